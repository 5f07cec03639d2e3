// exoworld-cli lightcurve: aperture photometry / stitching, written as CSV or FITS.
#include <cmath>
#include <cstdio>
#include <unistd.h>
#include <fstream>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "common/safe_text.h"
#include "io/lightcurve_writer.h"
#include "io/quality.h"

namespace exo::cli {

namespace {
const char* kLcHelp = "usage: exoworld-cli lightcurve FILE... [--aperture pipeline|threshold[:SIGMA]|all|mask:PATH]\n"
                      "                               [--flux sap|pdcsap] [--quality default|hard|hardest|none|INT]\n"
                      "                               [--out PATH.csv|PATH.fits]\n"
                      "       exoworld-cli lightcurve FILE... --dips SIGMA [--detrend M] [--window DAYS]\n"
                      "                               [--window-points N] [--bin MINUTES] [--out DIPS.csv]\n"
                      "\n"
                      "Write the light curve of one file, or the stitched light curve of several files of one\n"
                      "star. Pixel files are summed over the chosen aperture (default: the pipeline aperture);\n"
                      "light-curve files use the chosen flux column (default PDCSAP). Cadences flagged by the\n"
                      "quality mask (default: lightkurve's 'default' preset) and NaN cadences are left out.\n"
                      "A single file keeps its flux in e-/s; several files are each normalised by their median.\n"
                      "\n"
                      "  --aperture MODE  pipeline | threshold[:SIGMA] (default sigma 3) | all | mask:PATH\n"
                      "                   (PATH: a text grid of 0/1, one pixel row per line, row 0 first)\n"
                      "  --flux KIND      pdcsap (default) or sap, for light-curve files\n"
                      "  --quality Q      default | hard | hardest | none | an integer bitmask\n"
                      "  --out PATH       .csv or .fits (readable by astropy and lightkurve); default: CSV on stdout\n"
                      "\n"
                      "With --dips SIGMA the light curve is prepared as 'search' does (clean, split at gaps,\n"
                      "optional --bin, detrend with --detrend/--window, or mean-points with --window-points N\n"
                      "cadences either side) and the points of the flattened flux more than SIGMA robust sigmas\n"
                      "(1.4826 MAD) below its median are grouped into dip events, written as CSV (t_min, t_start,\n"
                      "t_end, depth_ppm, duration_hours, n_points, significance): the HelloExoWorld workshop's\n"
                      "threshold, which needs no period.\n";

bool endsWith(const std::string& s, const std::string& suf)
{
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}
}  // namespace

int cmdLightCurve(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv, {{"aperture", "flux", "quality", "out", "dips", "detrend", "window", "window-points", "bin"},
                           {"help"}})) {
        err << "exoworld-cli lightcurve: " << args.error() << "\n" << kLcHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kLcHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli lightcurve: no file given\n" << kLcHelp;
        return kUsage;
    }
    InputOptions opt;
    std::string why;
    if (!parseInputOptions(args, opt, why)) {
        err << "exoworld-cli lightcurve: " << safeText(why) << "\n";
        return kUsage;
    }
    if (args.has("dips"))
        return runLightCurveDips(args, opt, out, err);
    for (const char* o : {"detrend", "window", "window-points", "bin"})
        if (args.has(o)) {
            err << "exoworld-cli lightcurve: --" << o << " only applies with --dips\n";
            return kUsage;
        }
    const std::string outPath = args.value("out").value_or("");
    if (!outPath.empty() && !endsWith(outPath, ".csv") && !endsWith(outPath, ".fits")) {
        err << "exoworld-cli lightcurve: --out must end in .csv or .fits\n";
        return kUsage;
    }

    LoadedInput in;
    if (int rc = loadInputs(args.positional(), opt, in, err, "lightcurve"); rc != kOk)
        return rc;

    const auto mask = io::parseQualitySpec(in.meta.mission, opt.quality);
    if (!mask) {
        err << "exoworld-cli lightcurve: invalid --quality '" << opt.quality << "'\n";
        return kUsage;
    }
    // Keep good cadences only (quality mask, finite time and flux).
    const Series& s = in.stitched;
    Series o;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::uint32_t q = i < s.quality.size() ? s.quality[i] : 0u;
        if ((q & *mask) || !std::isfinite(s.time[i]) || !std::isfinite(s.flux[i]))
            continue;
        o.time.push_back(s.time[i]);
        o.flux.push_back(s.flux[i]);
        o.fluxErr.push_back(i < s.fluxErr.size() ? s.fluxErr[i] : NAN);
        o.quality.push_back(q);
        o.cadenceNo.push_back(i < s.cadenceNo.size() ? s.cadenceNo[i] : int(i));
        if (!s.segment.empty())
            o.segment.push_back(s.segment[i]);
    }
    if (o.size() == 0) {
        err << fileError(args.positional().front(), int(ErrorCode::AllNaN), "no cadence passes the quality mask")
            << "\n";
        return kBadInput;
    }

    Status st;
    if (outPath.empty()) {
        // CSV on stdout: write through a private temporary file, then copy it out.
        char tmpl[] = "/tmp/exoworld-lc-XXXXXX";
        const int fd = mkstemp(tmpl);
        if (fd < 0) {
            st = Status::error(ErrorCode::WriteFailed, "temporary file");
        } else {
            close(fd);
            st = io::writeLightCurveCsv(tmpl, o, in.meta);
            if (st.ok())
                out << std::ifstream(tmpl).rdbuf();
            std::remove(tmpl);
        }
    } else if (endsWith(outPath, ".csv")) {
        st = io::writeLightCurveCsv(outPath, o, in.meta);
    } else {
        st = io::writeLightCurveFits(outPath, o, in.meta);
    }
    if (!st.ok()) {
        err << fileError(outPath.empty() ? "stdout" : outPath, int(st.code), st.detail) << "\n";
        return kFailure;
    }
    if (!outPath.empty())
        err << "wrote " << o.size() << " cadences of " << in.meta.targetLabel() << " to " << outPath << "\n";
    return kOk;
}

}  // namespace exo::cli
