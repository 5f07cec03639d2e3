// exoworld-cli lightcurve --dips SIGMA: the workshop's thresholded dips, as CSV.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "cli/report.h"
#include "common/safe_text.h"
#include "pipeline/engine.h"

namespace exo::cli {

namespace {}  // namespace

int runLightCurveDips(const Args& args, const InputOptions& in, std::ostream& out, std::ostream& err)
{
    pipeline::PrepareSettings ps;
    pipeline::SearchSettings ss;
    std::string why;
    if (!parseAnalysisOptions(args, in, ps, ss, why)) {
        err << "exoworld-cli lightcurve: " << safeText(why) << "\n";
        return kUsage;
    }
    if (!(ps.dipSigma > 0)) {
        err << "exoworld-cli lightcurve: --dips must be a positive number of sigmas\n";
        return kUsage;
    }
    pipeline::Engine engine;
    if (int rc = loadFiles(engine, args.positional(), err); rc != kOk)
        return rc;
    pipeline::StarRequest req;
    req.files = args.positional();
    req.preferred = req.files.front();
    for (const auto& p : req.files)
        req.apertures[p] = in.aperture;
    req.prepare = ps;
    auto r = engine.prepareStar(req);
    reportWarnings(r.warnings, err, "lightcurve");
    if (!r.ok() || !r.value.prepared) {
        err << reportLine(inputName(args.positional()), Step::Prepare, r.status) << "\n";
        return exitCodeFor(Step::Prepare, r.status);
    }
    reportSkipped(r.value.skipped, err, "lightcurve");
    const pipeline::Prepared& p = *r.value.prepared;
    const std::string ts = timeSystemName(r.value.meta.timeSystem);
    std::ofstream file;
    const std::string outPath = args.value("out").value_or("");
    if (!outPath.empty()) {
        file.open(outPath);
        if (!file) {
            err << fileError(outPath, int(ErrorCode::WriteFailed), "cannot create the file") << "\n";
            return kFailure;
        }
    }
    std::ostream& o = outPath.empty() ? out : file;
    o << "# target: " << safeText(r.value.meta.targetLabel()) << "\n"
      << "# dips below " << fixed(ps.dipSigma, 2, "nan") << " robust sigma of the flattened flux (detrend "
      << pipeline::detrendMethodName(ps.detrend) << "); level " << fixed(p.dipMedian, 6, "nan") << ", sigma "
      << fixed(p.dipSigmaFlux * 1e6, 1, "nan") << " ppm; times in " << ts << "\n"
      << "t_min,t_start,t_end,depth_ppm,duration_hours,n_points,significance\n";
    for (const auto& e : p.dips)
        o << fixed(e.tMin, 5, "nan") << ',' << fixed(e.tStart, 5, "nan") << ',' << fixed(e.tEnd, 5, "nan") << ','
          << fixed(e.depthPpm, 1, "nan") << ',' << fixed(e.durationHours, 2, "nan") << ',' << e.nPoints << ','
          << fixed(e.significance, 2, "nan") << "\n";
    if (!outPath.empty()) {
        file.close();
        if (!file) {
            err << fileError(outPath, int(ErrorCode::WriteFailed), "write failed") << "\n";
            return kFailure;
        }
    }
    err << p.dips.size() << " dips in " << r.value.meta.targetLabel() << " (" << p.flat.size() << " points)\n";
    return kOk;
}

}  // namespace exo::cli
