// exoworld-cli search: detrend and run the multi-planet BLS transit search.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/pipeline_options.h"
#include "pipeline/search.h"

namespace exo::cli {

namespace {
const char* kSearchHelp =
    "usage: exoworld-cli search FILE... [--aperture ...] [--flux pdcsap|sap] [--quality ...]\n"
    "           [--detrend biweight|median|mean|savgol|none] [--window DAYS]\n"
    "           [--min-period D] [--max-period D] [--oversample K] [--durations H,H,...]\n"
    "           [--max-planets N] [--min-snr X] [--min-sde X] [--objective likelihood|snr]\n"
    "           [--threads N] [--json]\n"
    "\n"
    "Clean (quality mask, NaNs, upper sigma clip), split at gaps, detrend (default: Tukey\n"
    "biweight, 0.75-day window) and search for transits with Box Least Squares over an\n"
    "optimal (Ofir 2014) period grid. After each candidate its transits are masked and the\n"
    "search runs again, up to --max-planets or until SNR or SDE fall below the thresholds.\n"
    "\n"
    "  --aperture, --flux, --quality   as for 'exoworld-cli lightcurve'\n"
    "  --detrend M      biweight (default), median, mean, savgol or none\n"
    "  --window DAYS    detrending window in days (default 0.75)\n"
    "  --min-period D   shortest trial period in days (default: 0.5 d or a few cadences)\n"
    "  --max-period D   longest trial period (default: half the baseline: two transits)\n"
    "  --oversample K   period-grid oversampling (default 3)\n"
    "  --durations H,.. trial durations in hours (default: from the period, Sun-like star)\n"
    "  --max-planets N  candidates to look for (default 3)\n"
    "  --min-snr X      SNR threshold (default 7)\n"
    "  --min-sde X      SDE threshold (default 7)\n"
    "  --threads N      worker threads (default: all cores)\n"
    "  --json           machine-readable output (see README)\n";

std::string f(double v, int prec)
{
    if (!std::isfinite(v)) return "n/a";
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", prec, v);
    return b;
}
}  // namespace

int cmdSearch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"aperture", "flux", "quality", "detrend", "window", "min-period", "max-period", "oversample",
                  "durations", "max-planets", "min-snr", "min-sde", "threads", "objective"},
                 {"json", "help"}};
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli search: " << args.error() << "\n" << kSearchHelp;
        return kUsage;
    }
    if (args.has("help")) { out << kSearchHelp; return kOk; }
    if (args.positional().empty()) {
        err << "exoworld-cli search: no file given\n" << kSearchHelp;
        return kUsage;
    }
    InputOptions in;
    std::string why;
    if (!parseInputOptions(args, in, why)) { err << "exoworld-cli search: " << why << "\n"; return kUsage; }

    pipeline::PrepareSettings ps;
    ps.flux = in.flux;
    ps.quality = in.quality;
    pipeline::SearchSettings ss;
    bool ok = true;
    if (auto d = args.value("detrend"); d && !pipeline::parseDetrendMethod(*d, ps.detrend)) {
        err << "exoworld-cli search: --detrend must be biweight, median, mean, savgol or none\n";
        return kUsage;
    }
    if (auto w = args.number("window", ok, why)) {
        if (!(*w > 0) || *w > 100) { err << "exoworld-cli search: --window must be between 0 and 100 days\n"; return kUsage; }
        ps.windowDays = *w;
    }
    if (auto v = args.number("min-period", ok, why)) ss.minPeriodDays = *v;
    if (auto v = args.number("max-period", ok, why)) ss.maxPeriodDays = *v;
    if (auto v = args.number("oversample", ok, why)) ss.oversample = *v;
    if (auto v = args.numberList("durations", ok, why)) ss.durationsHours = *v;
    if (auto v = args.integer("max-planets", ok, why)) ss.maxPlanets = int(*v);
    if (auto v = args.number("min-snr", ok, why)) ss.minSnr = *v;
    if (auto v = args.number("min-sde", ok, why)) ss.minSde = *v;
    if (auto v = args.integer("threads", ok, why)) ss.threads = int(*v);
    if (auto o = args.value("objective")) {
        if (*o == "likelihood") ss.objective = pipeline::BlsObjective::Likelihood;
        else if (*o == "snr") ss.objective = pipeline::BlsObjective::Snr;
        else { ok = false; why = "--objective must be likelihood or snr"; }
    }
    if (!ok) { err << "exoworld-cli search: " << why << "\n"; return kUsage; }
    // Parameter sanity that needs no data.
    auto bad = [&](const std::string& m) { err << "exoworld-cli search: " << m << "\n"; return kUsage; };
    if (ss.minPeriodDays < 0 || ss.maxPeriodDays < 0) return bad("periods must be positive");
    if (ss.minPeriodDays > 0 && ss.maxPeriodDays > 0 && ss.minPeriodDays >= ss.maxPeriodDays)
        return bad("--min-period must be below --max-period");
    if (!(ss.oversample > 0) || ss.oversample > 1000) return bad("--oversample must be between 0 and 1000");
    for (double h : ss.durationsHours)
        if (!(h > 0) || h > 24 * 30) return bad("--durations must be positive hours");
    if (ss.maxPlanets < 1 || ss.maxPlanets > 20) return bad("--max-planets must be between 1 and 20");
    if (ss.threads < 0 || ss.threads > 256) return bad("--threads must be between 0 and 256");

    const auto t0 = std::chrono::steady_clock::now();
    LoadedInput li;
    if (int rc = loadInputs(args.positional(), in, li, err, "search"); rc != kOk) return rc;
    const auto t1 = std::chrono::steady_clock::now();
    auto prepared = pipeline::prepare(li.stitched, li.meta.mission, ps);
    if (!prepared.ok()) {
        err << fileError(args.positional().front(), int(prepared.status.code), prepared.status.detail) << "\n";
        return prepared.status.code == ErrorCode::InvalidParameter ? kUsage : kBadInput;
    }
    const auto t2 = std::chrono::steady_clock::now();
    auto r = pipeline::runSearch(prepared.value.flat, li.meta, ss);
    const auto t3 = std::chrono::steady_clock::now();
    if (!r.ok()) {
        err << "exoworld-cli search: " << errorCodeDescription(r.status.code);
        if (!r.status.detail.empty()) err << " (" << r.status.detail << ")";
        err << "\n";
        const auto c = r.status.code;
        return (c == ErrorCode::InvalidParameter || c == ErrorCode::TooLarge) ? kUsage : kBadInput;
    }
    const auto& o = r.value;
    auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    const std::string ts = timeSystemName(li.meta.timeSystem);

    if (args.has("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("target", li.meta.targetLabel());
        j.field("target_id", li.meta.targetId);
        j.field("object_name", li.meta.objectName);
        j.field("mission", missionName(li.meta.mission));
        j.field("time_system", ts);
        j.field("bjd_reference", li.meta.bjdOffset());
        j.key("files").beginArray();
        for (const auto& file : li.files) j.value(file.path);
        j.endArray();
        j.field("n_points", o.nPoints);
        j.field("baseline_days", o.baselineDays);
        j.field("grid_size", o.gridSize);
        j.field("n_durations", o.nDurations);
        j.key("timings").beginObject();
        j.field("load_seconds", secs(t0, t1));
        j.field("prepare_seconds", secs(t1, t2));
        j.field("search_seconds", secs(t2, t3));
        j.endObject();
        j.key("candidates").beginArray();
        for (const auto& c : o.candidates) {
            j.beginObject();
            j.field("rank", c.rank);
            j.field("period_days", c.periodDays);
            j.field("t0_bjd", c.t0Bjd);
            j.field("t0", c.t0);
            j.field("duration_hours", c.durationHours);
            j.field("depth_ppm", c.depthPpm);
            j.field("depth_err_ppm", c.depthErrPpm);
            j.field("snr", c.snr);
            j.field("sde", c.sde);
            j.field("n_transits", c.nTransits);
            j.field("odd_depth_ppm", c.oddDepthPpm);
            j.field("even_depth_ppm", c.evenDepthPpm);
            j.field("odd_even_sigma", c.oddEvenSigma);
            j.field("secondary_depth_ppm", c.secondaryDepthPpm);
            j.endObject();
        }
        j.endArray();
        j.endObject();
        out << j.str() << "\n";
        return kOk;
    }

    out << li.meta.targetLabel();
    if (!li.meta.objectName.empty() && li.meta.objectName != li.meta.targetLabel()) out << " (" << li.meta.objectName << ")";
    out << ", " << missionName(li.meta.mission) << ", " << li.files.size() << " file(s)\n";
    out << o.nPoints << " points over " << f(o.baselineDays, 2) << " d; " << o.gridSize << " trial periods x "
        << o.nDurations << " durations; search " << f(secs(t2, t3), 2) << " s\n";
    if (o.candidates.empty()) {
        out << "No candidate above SNR " << ss.minSnr << " and SDE " << ss.minSde << ".\n";
        return kOk;
    }
    char line[256];
    std::snprintf(line, sizeof line, "%-4s %12s %14s %8s %10s %7s %7s %4s %9s %10s\n", "rank", "period (d)",
                  ("t0 (" + ts + ")").c_str(), "dur (h)", "depth ppm", "SNR", "SDE", "N", "odd/even", "sec. ppm");
    out << line;
    for (const auto& c : o.candidates) {
        std::snprintf(line, sizeof line, "%-4d %12.6f %14.5f %8.2f %10.0f %7.1f %7.1f %4d %8.1fs %10.0f\n", c.rank,
                      c.periodDays, c.t0, c.durationHours, c.depthPpm, c.snr, c.sde, c.nTransits, c.oddEvenSigma,
                      c.secondaryDepthPpm);
        out << line;
    }
    return kOk;
}

}  // namespace exo::cli
