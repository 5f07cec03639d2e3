// exoworld-cli gts export|import: light curves in Warp 10's GTS input format (core/io/gts.h).
#include <cmath>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "io/gts.h"
#include "io/lightcurve_writer.h"

namespace exo::cli {

namespace {
const char* kGtsHelp = "usage: exoworld-cli gts export FILE... [--out FILE.gts] [--aperture ...]\n"
                       "       exoworld-cli gts import FILE.gts [--out DIR | --out FILE.fits|FILE.csv]\n"
                       "\n"
                       "Warp 10 GTS input format, as the HelloExoWorld workshop loaded Kepler light curves:\n"
                       "  TS// CLASS{LABELS} VALUE      one reading per line, TS in microseconds since 1970\n"
                       "Classes sap.flux, sap.flux.err, pdcsap.flux, pdcsap.flux.err (every flux column of the\n"
                       "file, lower case, '_' -> '.'), quality, cadenceno; label KEPLERID=<id> (Kepler, K2) or\n"
                       "TICID=<id> (TESS). TS = (TIME + BJDREF - 2440587.5) * 86400e6: BJD_TDB written as a\n"
                       "Unix time without leap seconds, the workshop's convention. '# exoworld.file' comment\n"
                       "lines keep each file's metadata (Warp 10 ignores comments).\n"
                       "\n"
                       "export: pixel files contribute their aperture light curve (sap.flux, --aperture as for\n"
                       "        'lightcurve'); output to --out or stdout.\n"
                       "import: lists the stars and files a GTS file holds; --out DIR writes one FITS light\n"
                       "        curve per file block, --out FILE.fits|.csv the star's blocks joined (one star).\n"
                       "        .gts files can also be given directly to 'search', 'info' and the window.\n";

bool endsWith(const std::string& s, const std::string& suf)
{
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

/// A pixel file's aperture light curve as a LightCurveFile with one SAP_FLUX column.
LightCurveFile fromSeries(const Series& s, const Metadata& meta)
{
    LightCurveFile lc;
    lc.meta = meta;
    lc.time = s.time;
    lc.quality = s.quality;
    lc.cadenceNo = s.cadenceNo;
    lc.columns.push_back(FluxColumn{"SAP_FLUX", s.flux, s.fluxErr});
    return lc;
}

/// Series of a light curve for the FITS/CSV writers: its default flux column.
Series defaultSeries(const LightCurveFile& lc)
{
    Series s;
    const FluxColumn* c = lc.defaultColumn();
    s.time = lc.time;
    s.flux = c ? c->flux : std::vector<double>(lc.size(), NAN);
    if (c && c->error.size() == lc.size())
        s.fluxErr = c->error;
    s.quality = lc.quality;
    s.cadenceNo = lc.cadenceNo;
    return s;
}

int gtsExport(const Args& args, std::ostream& out, std::ostream& err)
{
    InputOptions opt;
    std::string why;
    if (!parseInputOptions(args, opt, why)) {
        err << "exoworld-cli gts export: " << why << "\n";
        return kUsage;
    }
    const std::string outPath = args.value("out").value_or("");
    std::ofstream file;
    if (!outPath.empty()) {
        file.open(outPath, std::ios::binary | std::ios::trunc);
        if (!file) {
            err << fileError(outPath, int(ErrorCode::WriteFailed), "cannot create") << "\n";
            return kFailure;
        }
    }
    std::ostream& o = outPath.empty() ? out : file;
    o << "# ExoWorld Explorer light curves in Warp 10 GTS input format (exoworld-cli gts export)\n"
         "# TS = (TIME + BJDREFI + BJDREFF - 2440587.5) * 86400e6 us (BJD_TDB as Unix time, no leap seconds)\n";
    int rc = kOk;
    long long points = 0;
    for (const auto& path : args.positional()) {
        auto f = pipeline::loadFile(path);
        if (!f.ok()) {
            err << fileError(path, int(f.status.code), f.status.detail) << "\n";
            rc = kBadInput;
            continue;
        }
        LightCurveFile lc;
        if (f.value.lc) {
            lc = *f.value.lc;
        } else {
            auto raw = pipeline::rawLightCurve(f.value, opt.aperture, opt.flux);
            if (!raw.ok()) {
                err << fileError(path, int(raw.status.code), raw.status.detail) << "\n";
                rc = kBadInput;
                continue;
            }
            lc = fromSeries(raw.value, f.value.meta);
        }
        lc.meta.path = path;
        const Status st = io::writeGts(o, lc);
        if (!st.ok()) {
            err << fileError(path, int(st.code), st.detail) << "\n";
            if (st.code == ErrorCode::WriteFailed)
                return kFailure;
            rc = kBadInput;
            continue;
        }
        points += (long long)lc.size();
    }
    if (!outPath.empty()) {
        file.close();
        if (!file) {
            err << fileError(outPath, int(ErrorCode::WriteFailed), "write error") << "\n";
            return kFailure;
        }
        err << "wrote " << points << " cadences to " << outPath << "\n";
    }
    return rc;
}

int gtsImport(const Args& args, std::ostream& out, std::ostream& err)
{
    if (args.positional().size() != 1) {
        err << "exoworld-cli gts import: give exactly one .gts file\n";
        return kUsage;
    }
    const std::string& path = args.positional().front();
    auto all = io::readGtsFile(path);
    if (!all.ok()) {
        err << fileError(path, int(all.status.code), all.status.detail) << "\n";
        return kBadInput;
    }
    for (const auto& lc : all.value) {
        out << lc.meta.targetLabel() << "  " << missionName(lc.meta.mission);
        if (lc.meta.season() >= 0)
            out << " season " << lc.meta.season();
        out << "  " << lc.size() << " cadences  " << timeSystemName(lc.meta.timeSystem) << " " << lc.meta.tstart
            << " .. " << lc.meta.tstop << "  columns:";
        for (const auto& c : lc.columns)
            out << " " << c.name;
        out << "\n";
    }
    const std::string outPath = args.value("out").value_or("");
    if (outPath.empty())
        return kOk;
    Status st;
    if (endsWith(outPath, ".fits") || endsWith(outPath, ".csv")) {
        auto one = io::readGtsLightCurve(path);
        if (!one.ok()) {
            err << fileError(path, int(one.status.code), one.status.detail) << "\n";
            return kBadInput;
        }
        const Series s = defaultSeries(one.value);
        st = endsWith(outPath, ".csv") ? io::writeLightCurveCsv(outPath, s, one.value.meta)
                                       : io::writeLightCurveFits(outPath, s, one.value.meta);
        if (!st.ok()) {
            err << fileError(outPath, int(st.code), st.detail) << "\n";
            return kFailure;
        }
        err << "wrote " << outPath << "\n";
        return kOk;
    }
    std::error_code ec;
    std::filesystem::create_directories(outPath, ec);
    if (ec) {
        err << fileError(outPath, int(ErrorCode::WriteFailed), ec.message()) << "\n";
        return kFailure;
    }
    int k = 0;
    for (const auto& lc : all.value) {
        std::string name = lc.meta.idPrefix + std::to_string(lc.meta.targetId);
        // Appended piece by piece: "-" + std::string&& trips GCC 12's false -Wrestrict.
        if (lc.meta.season() >= 0)
            (name += '-') += std::to_string(lc.meta.season());
        ((name += '-') += std::to_string(++k)) += ".fits";
        const std::string p = (std::filesystem::path(outPath) / name).string();
        st = io::writeLightCurveFits(p, defaultSeries(lc), lc.meta);
        if (!st.ok()) {
            err << fileError(p, int(st.code), st.detail) << "\n";
            return kFailure;
        }
        err << "wrote " << p << "\n";
    }
    return kOk;
}
}  // namespace

int cmdGts(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    if (argv.empty()) {
        err << kGtsHelp;
        return kUsage;
    }
    if (argv[0] == "--help" || argv[0] == "-h") {
        out << kGtsHelp;
        return kOk;
    }
    const std::string sub = argv[0];
    if (sub != "export" && sub != "import") {
        err << "exoworld-cli gts: unknown subcommand '" << sub << "' (export or import)\n" << kGtsHelp;
        return kUsage;
    }
    Args args;
    std::vector<std::string> rest(argv.begin() + 1, argv.end());
    if (!args.parse(rest, {{"aperture", "flux", "quality", "out"}, {"help"}})) {
        err << "exoworld-cli gts " << sub << ": " << args.error() << "\n" << kGtsHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kGtsHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli gts " << sub << ": no file given\n" << kGtsHelp;
        return kUsage;
    }
    return sub == "export" ? gtsExport(args, out, err) : gtsImport(args, out, err);
}

}  // namespace exo::cli
