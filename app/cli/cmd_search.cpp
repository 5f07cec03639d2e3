// exoworld-cli search: detrend and run the multi-planet BLS transit search.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/pipeline_options.h"
#include "cli/report.h"
#include "common/safe_text.h"
#include "cli/vet_run.h"
#include "cli/vetting_json.h"
#include "cli/save_search.h"
#include "pipeline/search.h"

namespace exo::cli {

namespace {
const char* kSearchHelp = "usage: exoworld-cli search FILE... [--aperture ...] [--flux pdcsap|sap] [--quality ...]\n"
                          "           [--detrend biweight|median|mean|mean-points|savgol|none] [--window auto|DAYS]\n"
                          "           [--window-points N] [--bin MINUTES]\n"
                          "           [--min-period D] [--max-period D] [--oversample K] [--durations H,H,...]\n"
                          "           [--max-planets N] [--min-snr X] [--min-sde X] [--objective likelihood|snr]\n"
                          "           [--noise local|pipeline] [--min-transits N] [--redetrend masked|off]\n"
                          "           [--threads N] [--json]\n"
                          "           [--save [--store PATH] [--author NAME]]\n"
                          "\n"
                          "Clean (quality mask, NaNs, upper sigma clip), split at gaps, detrend (default: Tukey\n"
                          "biweight, automatic window) and search for transits with Box Least Squares over an\n"
                          "optimal (Ofir 2014) period grid. After each candidate its transits are masked and the\n"
                          "search runs again, up to --max-planets or until SNR or SDE fall below the thresholds.\n"
                          "\n"
                          "  --aperture, --flux, --quality   as for 'exoworld-cli lightcurve'\n"
                          "  --detrend M      biweight (default), median, mean, mean-points, savgol or none\n"
                          "  --window auto|DAYS  detrending window (default auto: 3 x the longest trial duration,\n"
                          "                   shortened to follow the star's variability; see README)\n"
                          "  --window-points N  mean-points: the moving average of N points either side (default 5,\n"
                          "                   the HelloExoWorld workshop's trend)\n"
                          "  --bin MINUTES    bin the cleaned flux into buckets of this width before detrending\n"
                          "  --min-period D   shortest trial period in days (default: 0.5 d or a few cadences)\n"
                          "  --max-period D   longest trial period (default: half the baseline: two transits)\n"
                          "  --oversample K   period-grid oversampling (default 3)\n"
                          "  --durations H,.. trial durations in hours (default: from the period, Sun-like star)\n"
                          "  --max-planets N  candidates to look for (default 3)\n"
                          "  --min-snr X      SNR threshold (default 7)\n"
                          "  --min-sde X      SDE threshold (default 7)\n"
                          "  --noise M        local (default): weight points by the locally measured scatter and\n"
                          "                   report SNR with white and red noise; pipeline: the file's flux errors\n"
                          "  --min-transits N events with data a periodic candidate needs (default 3); signals of\n"
                          "                   fewer events, or where one event carries most of the signal, are\n"
                          "                   listed as single events\n"
                          "  --redetrend M    masked (default): refit the trend with each found candidate's transits\n"
                          "                   masked before measuring it and searching on; off: keep the first trend\n"
                          "  --threads N      worker threads (default: all cores)\n"
                          "  --json           machine-readable output (see README)\n"
                          "  --save           write the candidates into the candidate store (a re-found signal\n"
                          "                   updates its record and keeps the flag, disposition and note)\n"
                          "  --store PATH     the store file (default: candidates.sqlite in the user's data folder)\n"
                          "  --author NAME    the name saved with the candidates (default: the app setting, $USER)\n";

}  // namespace

int cmdSearch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"aperture", "flux",       "quality",    "detrend",    "window",    "window-points",
                  "bin",      "min-period", "max-period", "oversample", "durations", "max-planets",
                  "min-snr",  "min-sde",    "threads",    "objective",  "noise",     "min-transits",
                  "store",    "author",     "redetrend"},
                 {"json", "help", "save"}};
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli search: " << args.error() << "\n" << kSearchHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kSearchHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli search: no file given\n" << kSearchHelp;
        return kUsage;
    }
    InputOptions in;
    std::string why;
    if (!parseInputOptions(args, in, why)) {
        err << "exoworld-cli search: " << safeText(why) << "\n";
        return kUsage;
    }

    pipeline::PrepareSettings ps;
    pipeline::SearchSettings ss;
    if (!parseAnalysisOptions(args, in, ps, ss, why)) {
        err << "exoworld-cli search: " << safeText(why) << "\n";
        return kUsage;
    }

    // The shared engine: one product per stretch of time, the first file given winning its stretch.
    const auto t0 = std::chrono::steady_clock::now();
    pipeline::Engine engine;
    if (int rc = loadFiles(engine, args.positional(), err); rc != kOk)
        return rc;
    pipeline::StarRequest req;
    req.files = args.positional();
    req.preferred = req.files.front();
    for (const auto& p : req.files)
        req.apertures[p] = in.aperture;
    req.prepare = ps;
    std::chrono::steady_clock::time_point t1, t2;
    bool searching = false;
    auto progress = [&](Stage stage, long long, long long) {
        if (stage == Stage::Searching && !searching) {
            searching = true;
            t2 = std::chrono::steady_clock::now();
        }
        return true;
    };
    t1 = std::chrono::steady_clock::now();
    auto r = pipeline::analyseStar(engine, req, ss, progress);
    const auto t3 = std::chrono::steady_clock::now();
    if (!searching)
        t2 = t3;
    if (!r.ok()) {
        // One line naming the input; 2 only for what the options caused (a grid too large, a
        // detail naming an option), 3 for the data (a short file, unsorted times...).
        const Step stage = searching ? Step::Search : Step::Prepare;
        const auto& named = r.value.data.analysed.empty() ? args.positional() : r.value.data.analysed;
        err << reportLine(inputName(named), stage, r.status) << "\n";
        const bool optionNamed = r.status.code == ErrorCode::InvalidParameter && r.status.detail.rfind("--", 0) == 0;
        return optionNamed ? kUsage : exitCodeFor(stage, r.status);
    }
    // Warnings only when there are results they qualify: a failure is said in one line.
    reportWarnings(r.warnings, err, "search");
    reportSkipped(r.value.data.skipped, err, "search");
    struct {
        const Metadata& meta;
        std::vector<std::string> files;
    } li{r.value.data.meta, r.value.data.analysed};
    const auto& o = r.value.search;
    const auto t4 = std::chrono::steady_clock::now();
    std::vector<std::shared_ptr<const pipeline::LoadedFile>> analysedFiles;
    for (const auto& path : r.value.data.analysed)
        analysedFiles.push_back(engine.loaded(path));
    // Vetted on the light curve the candidates were measured on (re-detrended around them).
    const auto reports = r.value.data.prepared
                             ? vetCandidates(o.candidates, o.flat.size() > 0 ? o.flat : r.value.data.prepared->flat,
                                             li.meta, pixelInputs(analysedFiles, in.aperture))
                             : std::vector<vetting::Report>(o.candidates.size());
    const auto t5 = std::chrono::steady_clock::now();
    auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    const std::string ts = timeSystemName(li.meta.timeSystem);
    if (args.has("save")) {
        if (int rc = saveSearch(args, in, li.meta, li.files, ps, ss, o, reports, err, err); rc != kOk)
            return rc;
    }

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
        for (const auto& file : li.files)
            j.value(file);
        j.endArray();
        j.key("skipped_files").beginArray();
        for (const auto& sk : r.value.data.skipped) {
            j.beginObject();
            j.field("file", sk.path);
            j.field("covered_by", sk.coveredBy);
            j.endObject();
        }
        j.endArray();
        j.field("n_points", o.nPoints);
        j.field("baseline_days", o.baselineDays);
        j.field("grid_size", o.gridSize);
        j.field("n_durations", o.nDurations);
        j.key("detrend_window").beginObject();
        j.field("automatic", ps.autoWindow && ps.detrend != pipeline::DetrendMethod::None);
        j.field("window_days", r.value.data.window.windowDays);
        j.field("transit_limit_days", r.value.data.window.transitLimitDays);
        j.field("variability_period_days", r.value.data.window.variabilityPeriodDays);
        j.field("variability_amplitude_ppm", r.value.data.window.variabilityAmplitude * 1e6);
        j.field("noise_hourly_ppm", r.value.data.window.noise * 1e6);
        j.field("limited_by_variability", r.value.data.window.limitedByVariability);
        j.endObject();
        j.key("timings").beginObject();
        j.field("load_seconds", secs(t0, t1));
        j.field("prepare_seconds", secs(t1, t2));
        j.field("search_seconds", secs(t2, t3));
        j.field("vetting_seconds", secs(t4, t5));
        j.endObject();
        j.key("candidates").beginArray();
        for (std::size_t ci = 0; ci < o.candidates.size(); ++ci) {
            const auto& c = o.candidates[ci];
            j.beginObject();
            j.field("rank", c.rank);
            j.field("period_days", c.periodDays);
            j.field("t0_bjd", c.t0Bjd);
            j.field("t0", c.t0);
            j.key("transit_times").beginArray();
            for (double t : c.transitTimes)
                j.value(t);
            j.endArray();
            j.field("duration_hours", c.durationHours);
            j.field("depth_ppm", c.depthPpm);
            j.field("depth_err_ppm", c.depthErrPpm);
            j.field("snr", c.snr);
            j.field("snr_white", c.snrWhite);
            j.field("white_noise_ppm", c.whiteNoisePpm);
            j.field("red_noise_ppm", c.redNoisePpm);
            j.field("max_event_fraction", c.maxEventFraction);
            j.field("period_err_days", c.periodErrDays);
            j.field("t0_err_days", c.t0ErrDays);
            j.field("sde", c.sde);
            j.field("n_transits", c.nTransits);
            j.field("odd_depth_ppm", c.oddDepthPpm);
            j.field("even_depth_ppm", c.evenDepthPpm);
            j.field("odd_even_sigma", c.oddEvenSigma);
            j.field("secondary_depth_ppm", c.secondaryDepthPpm);
            j.key("flags");
            writeFlagsJson(j, reports[ci]);
            j.key("vetting");
            writeVettingJson(j, reports[ci]);
            j.endObject();
        }
        j.endArray();
        j.key("single_events").beginArray();
        for (const auto& e : o.singleEvents) {
            j.beginObject();
            j.field("t0", e.t0);
            j.field("t0_bjd", e.t0Bjd);
            j.field("duration_hours", e.durationHours);
            j.field("depth_ppm", e.depthPpm);
            j.field("snr", e.snr);
            j.field("n_events", e.nTransits);
            j.endObject();
        }
        j.endArray();
        j.field("rejected_sinusoidal", o.rejectedSinusoidal);
        j.field("rejected_unphysical", o.rejectedUnphysical);
        j.key("warnings").beginArray();
        for (const auto& w : r.warnings)
            j.value(warningCodeName(w.code));
        j.endArray();
        j.endObject();
        out << j.str() << "\n";
        return kOk;
    }

    out << safeText(li.meta.targetLabel());
    if (!li.meta.objectName.empty() && li.meta.objectName != li.meta.targetLabel())
        out << " (" << safeText(li.meta.objectName) << ")";
    out << ", " << missionName(li.meta.mission) << ", " << li.files.size() << " file(s)\n";
    out << o.nPoints << " points over " << fixed(o.baselineDays, 2) << " d; " << o.gridSize << " trial periods x "
        << o.nDurations << " durations; search " << fixed(secs(t2, t3), 2) << " s\n";
    for (const auto& w : r.warnings)
        if (w.code == WarningCode::NearZeroFlux) {
            out << "Not searched: the flux is near zero against its scatter (an almost empty aperture?).\n";
            return kOk;
        }
    if (o.candidates.empty()) {
        out << "No candidate above SNR " << ss.minSnr << " and SDE " << ss.minSde << ".\n";
        return kOk;
    }
    char line[256];
    std::snprintf(line, sizeof line, "%-4s %12s %14s %8s %10s %7s %7s %4s %9s %10s  %s\n", "rank", "period (d)",
                  ("t0 (" + ts + ")").c_str(), "dur (h)", "depth ppm", "SNR", "SDE", "N", "odd/even", "sec. ppm",
                  "flags");
    out << line;
    for (std::size_t ci = 0; ci < o.candidates.size(); ++ci) {
        const auto& c = o.candidates[ci];
        const auto& v = reports[ci];
        std::snprintf(line, sizeof line, "%-4d %12.6f %14.5f %8.2f %10.0f %7.1f %7.1f %4d %9s %10s  ", c.rank,
                      c.periodDays, c.t0, c.durationHours, c.depthPpm, c.snr, c.sde, c.nTransits,
                      (std::isfinite(v.oddEvenSigma) ? fixed(v.oddEvenSigma, 1) + "s" : std::string("-")).c_str(),
                      (std::isfinite(v.secondary.ppm) ? fixed(v.secondary.ppm, 0) : std::string("-")).c_str());
        out << line;
        if (v.flags.empty())
            out << "-";
        for (std::size_t k = 0; k < v.flags.size(); ++k)
            out << (k ? "," : "") << vetting::flagName(v.flags[k]);
        out << "\n";
    }
    return kOk;
}

}  // namespace exo::cli
