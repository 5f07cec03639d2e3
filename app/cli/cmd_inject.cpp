// exoworld-cli inject-recover: completeness of the search on a real star.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/completeness_plot.h"
#include "cli/pipeline_options.h"
#include "pipeline/inject.h"

namespace exo::cli {

namespace {
const char* kInjectHelp =
    "usage: exoworld-cli inject-recover FILE... [--n N] [--period-range MIN,MAX] [--radius-range MIN,MAX]\n"
    "           [--stellar-radius RSUN] [--stellar-mass MSUN] [--seed N] [--out TABLE.csv] [--plot PLOT.png]\n"
    "           [--aperture ...] [--flux ...] [--quality ...] [--detrend ...] [--window auto|DAYS] [--threads N]\n"
    "\n"
    "Inject limb-darkened transits into the star's own light curve before detrending, run the\n"
    "same pipeline as 'search' (default settings), and report which are recovered: a table with\n"
    "one row per injection and the completeness against the expected SNR (matched-filter SNR\n"
    "against the locally measured noise).\n"
    "\n"
    "  --n N                injections (default 100)\n"
    "  --period-range A,B   periods in days, log-uniform (default 1 to a third of the baseline)\n"
    "  --radius-range A,B   planet radii in Earth radii, uniform (default 1,4)\n"
    "  --stellar-radius R   host radius in solar radii (default 1)\n"
    "  --stellar-mass M     host mass in solar masses (default 1)\n"
    "  --seed N             random seed (default 1): the same seed gives the same injections\n"
    "  --out PATH.csv       the table (columns: period_days, t0, radius_earth, impact, depth_ppm,\n"
    "                       duration_hours, n_transits, expected_snr, recovered, found_period_days,\n"
    "                       found_snr, found_depth_ppm, found_rank, expected_snr_red, found_snr_white)\n"
    "                       expected_snr: white noise (matched filter); expected_snr_red: with the red\n"
    "                       noise at the injected duration, the noise model of the reported snr\n"
    "  --plot PATH.png      recovered fraction against expected SNR, and against period\n";
}  // namespace

int cmdInjectRecover(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"aperture", "flux", "quality", "n", "period-range", "radius-range", "stellar-radius", "stellar-mass",
                  "seed", "out", "plot"},
                 {"help"}};
    for (const char* o : kAnalysisOptionNames)
        spec.valued.insert(o);
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli inject-recover: " << args.error() << "\n" << kInjectHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kInjectHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli inject-recover: no file given\n" << kInjectHelp;
        return kUsage;
    }
    InputOptions in;
    std::string why;
    if (!parseInputOptions(args, in, why)) {
        err << "exoworld-cli inject-recover: " << why << "\n";
        return kUsage;
    }
    pipeline::PrepareSettings ps;
    pipeline::SearchSettings ss;
    if (!parseAnalysisOptions(args, in, ps, ss, why)) {
        err << "exoworld-cli inject-recover: " << why << "\n";
        return kUsage;
    }
    pipeline::InjectionSettings is;
    bool ok = true;
    if (auto v = args.integer("n", ok, why))
        is.count = int(*v);
    if (auto v = args.integer("seed", ok, why))
        is.seed = std::uint64_t(*v);
    if (auto v = args.number("stellar-radius", ok, why))
        is.stellarRadiusSun = *v;
    if (auto v = args.number("stellar-mass", ok, why))
        is.stellarMassSun = *v;
    for (const char* name : {"period-range", "radius-range"})
        if (auto v = args.numberList(name, ok, why)) {
            if (v->size() != 2) {
                ok = false;
                why = std::string("--") + name + " takes two numbers: MIN,MAX";
                break;
            }
            if (std::string(name) == "period-range") {
                is.minPeriodDays = (*v)[0];
                is.maxPeriodDays = (*v)[1];
            } else {
                is.minRadiusEarth = (*v)[0];
                is.maxRadiusEarth = (*v)[1];
            }
        }
    if (!ok) {
        err << "exoworld-cli inject-recover: " << why << "\n";
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
    auto r = pipeline::injectRecover(engine, req, ss, is);
    if (!r.ok()) {
        err << "exoworld-cli inject-recover: " << errorCodeDescription(r.status.code);
        if (!r.status.detail.empty())
            err << " (" << r.status.detail << ")";
        err << "\n";
        return r.status.code == ErrorCode::InvalidParameter ? kUsage : kBadInput;
    }
    const auto& inj = r.value;
    if (auto path = args.value("out")) {
        std::ofstream f(*path);
        if (!f) {
            err << "exoworld-cli inject-recover: cannot write " << *path << "\n";
            return kBadInput;
        }
        f << "period_days,t0,radius_earth,impact,depth_ppm,duration_hours,n_transits,expected_snr,recovered,"
             "found_period_days,found_snr,found_depth_ppm,found_rank,expected_snr_red,found_snr_white\n";
        char line[512];
        for (const auto& i : inj) {
            std::snprintf(line, sizeof line, "%.8f,%.6f,%.4f,%.4f,%.2f,%.4f,%d,%.3f,%d,%.8f,%.3f,%.2f,%d,%.3f,%.3f\n",
                          i.periodDays, i.t0, i.radiusEarth, i.impact, i.depthPpm, i.durationHours, i.nTransits,
                          i.expectedSnr, i.recovered ? 1 : 0, i.foundPeriodDays, i.foundSnr, i.foundDepthPpm,
                          i.foundRank, i.expectedSnrRed, i.foundSnrWhite);
            f << line;
        }
    }
    const std::vector<double> edges{0, 5, 7.5, 10, 12.5, 15, 20, 30, 50, 1e9};
    const auto bins = pipeline::completenessBySnr(inj, edges);
    out << "expected SNR   injected  recovered  fraction  snr/expected_red  snr_white/expected\n";
    char line[256];
    for (const auto& b : bins) {
        if (b.n == 0)
            continue;
        std::snprintf(line, sizeof line, "%5.1f - %-6s %8d %10d %9.2f %17.2f %19.2f\n", b.lo,
                      b.hi > 1e8 ? "inf" : std::to_string(int(b.hi * 10) / 10.0).substr(0, 5).c_str(), b.n, b.recovered,
                      b.fraction, b.snrRatio, b.snrRatioWhite);
        out << line;
    }
    int n10 = 0, r10 = 0;
    for (const auto& i : inj)
        if (i.expectedSnr >= 10 && i.nTransits >= 3) {
            ++n10;
            r10 += i.recovered;
        }
    std::snprintf(line, sizeof line, "completeness at expected SNR >= 10 with >= 3 transits: %d / %d = %.1f %%\n", r10,
                  n10, n10 ? 100.0 * r10 / n10 : 0.0);
    out << line;
    if (auto plot = args.value("plot")) {
        std::string perr;
        if (!writeCompletenessPlot(inj, *plot, perr)) {
            err << "exoworld-cli inject-recover: cannot write " << *plot << ": " << perr << "\n";
            return kBadInput;
        }
    }
    return kOk;
}

}  // namespace exo::cli
