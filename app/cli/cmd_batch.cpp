// exoworld-cli batch / batch-merge: many stars, resumable, sharded for Slurm arrays.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ostream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "batch/batch_plan.h"
#include "batch/batch_runner.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "session/session_json.h"

namespace exo::cli {

namespace {
const char* kBatchHelp =
    "usage: exoworld-cli batch (FOLDER|MANIFEST.csv) --out RESULTS [--jobs N] [--shard I/N] [--resume]\n"
    "           [--aperture ...] [--flux pdcsap|sap] [--quality ...] [--detrend M] [--window DAYS]\n"
    "           [--window-points N] [--bin MINUTES]\n"
    "           [--min-period D] [--max-period D] [--oversample K] [--durations H,H,...]\n"
    "           [--max-planets N] [--min-snr X] [--min-sde X] [--redetrend masked|off] [--threads N]\n"
    "           [--progress bar|lines]\n"
    "       exoworld-cli batch-merge SHARD_RESULTS... --out MERGED\n"
    "\n"
    "Searches every star of a folder (recursively: .fits, .fits.gz, .gts) or of a manifest\n"
    "(CSV, first column a path relative to it). Files are grouped into stars as the window\n"
    "does; each star is searched as 'exoworld-cli search' would (one product per stretch of\n"
    "time); a manifest with a 'star' column (path,star: ...,KIC 9002278) is grouped by it\n"
    "without reading the files first. Every candidate is vetted as by 'search'. RESULTS is a\n"
    "folder: results.sqlite (a candidate store: 'candidates list --store RESULTS' lists the\n"
    "candidates with their vetting flags and files' SHA-256; plus the batch_stars table),\n"
    "stars.csv (one row per star) and candidates.csv (one per candidate, with its flags).\n"
    "\n"
    "  --jobs N        stars analysed in parallel (default 1); memory holds N stars at most\n"
    "  --shard I/N     only stars I, I+N, I+2N... of the sorted star list (0 <= I < N),\n"
    "                  e.g. one Slurm array task (scripts/slurm/exoworld-array.sbatch)\n"
    "  --resume        continue a killed run: stars already in RESULTS are skipped\n"
    "  --threads N     search threads per star (default 1)\n"
    "  --progress      bar (default on a terminal) or lines\n"
    "  --redetrend M   masked (default): refit the trend with each accepted candidate's transits\n"
    "                  left out, as 'search' does; off: keep the first trend (recorded in the\n"
    "                  run's settings; --resume needs the same)\n"
    "  other options   as for 'exoworld-cli search'\n"
    "\n"
    "A star that cannot be read or searched gets a row with status 'error' and its cause;\n"
    "the batch goes on. Killing the run loses at most the stars being analysed.\n"
    "batch-merge combines the RESULTS folders of the shards into MERGED.\n";

std::string jsonNum(double v)
{
    std::ostringstream o;
    o.precision(17);
    o << v;
    return o.str();
}

/// Qt Sql needs an application object for its driver plugins.
void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "exoworld-cli";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}
}  // namespace

int cmdBatch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"out",         "jobs",          "shard",   "aperture",   "flux",       "quality",    "detrend",
                  "window",      "window-points", "bin",     "min-period", "max-period", "oversample", "durations",
                  "max-planets", "min-snr",       "min-sde", "threads",    "objective",  "progress",
                  "redetrend"},
                 {"resume", "help"}};
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli batch: " << args.error() << "\n" << kBatchHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kBatchHelp;
        return kOk;
    }
    auto bad = [&](const std::string& m) {
        err << "exoworld-cli batch: " << m << "\n";
        return kUsage;
    };
    if (args.positional().size() != 1)
        return bad("give one folder or manifest");
    if (!args.value("out"))
        return bad("--out RESULTS is required");

    batchrun::RunOptions o;
    o.input = args.positional().front();
    o.outDir = *args.value("out");
    o.resume = args.has("resume");
    bool ok = true;
    std::string why;
    if (auto j = args.integer("jobs", ok, why)) {
        if (*j < 1 || *j > 256)
            return bad("--jobs must be between 1 and 256");
        o.jobs = int(*j);
    }
    if (auto s = args.value("shard"); s && !batch::parseShard(*s, o.shardIndex, o.shardCount))
        return bad("--shard must be I/N with 0 <= I < N, got '" + *s + "'");
    o.progressBar = isatty(STDERR_FILENO) != 0;
    if (auto p = args.value("progress")) {
        if (*p == "bar")
            o.progressBar = true;
        else if (*p == "lines")
            o.progressBar = false;
        else
            return bad("--progress must be bar or lines");
    }

    InputOptions in;
    if (!parseInputOptions(args, in, why))
        return bad(why);
    auto& ps = o.settings.prepare;
    auto& ss = o.settings.search;
    o.settings.aperture = in.aperture;
    ss.threads = 1;  // one thread per star: stars run in parallel (--jobs)
    if (!parseAnalysisOptions(args, in, ps, ss, why))
        return bad(why);

    std::string durations;
    for (double h : ss.durationsHours) {
        if (!durations.empty())
            durations += ',';  // not "," + std::string&& (GCC 12 false -Wrestrict)
        durations += jsonNum(h);
    }
    o.settingsJson =
        std::string("{\"aperture\":\"") + pipeline::apertureModeName(in.aperture.mode)
        + "\",\"threshold_sigma\":" + jsonNum(in.aperture.thresholdSigma) + ",\"mask\":\"" + in.maskPath
        + "\",\"flux\":\"" + pipeline::fluxSourceName(ps.flux) + "\",\"quality\":\"" + ps.quality + "\",\"detrend\":\""
        + pipeline::detrendMethodName(ps.detrend) + "\",\"auto_window\":" + (ps.autoWindow ? "true" : "false")
        + ",\"window_days\":" + jsonNum(ps.windowDays) + ",\"min_period_days\":" + jsonNum(ss.minPeriodDays)
        + ",\"max_period_days\":" + jsonNum(ss.maxPeriodDays) + ",\"oversample\":" + jsonNum(ss.oversample)
        + ",\"durations_hours\":[" + durations + "],\"max_planets\":" + std::to_string(ss.maxPlanets)
        + ",\"min_snr\":" + jsonNum(ss.minSnr) + ",\"min_sde\":" + jsonNum(ss.minSde) + ",\"objective\":\""
        + (ss.objective == pipeline::BlsObjective::Snr ? "snr" : "likelihood") + "\""
        + (ss.redetrendMasked ? "" : ",\"redetrend\":\"off\"") + "}";  // default left out: older runs resume
    // What each candidate record keeps (as `search --save` writes it), so a vetting sheet
    // or the window can rebuild the star from its files.
    QJsonObject candidateSettings;
    candidateSettings[QStringLiteral("prepare")] = app::json::prepareToJson(ps);
    QJsonObject searchJson = app::json::searchToJson(ss);
    if (!ss.redetrendMasked)  // as the run's settings: the default left out, so earlier records compare equal
        searchJson[QStringLiteral("redetrend")] = QStringLiteral("off");
    candidateSettings[QStringLiteral("search")] = searchJson;
    candidateSettings[QStringLiteral("aperture")] = app::json::apertureToJson(in.aperture);
    if (!in.maskPath.empty())
        candidateSettings[QStringLiteral("aperture_mask_file")] = QString::fromStdString(in.maskPath);
    candidateSettings[QStringLiteral("source")] = QStringLiteral("exoworld-cli batch");
    o.candidateSettingsJson = QJsonDocument(candidateSettings).toJson(QJsonDocument::Compact).toStdString();
    ensureCoreApplication();
    return batchrun::runBatch(o, out, err);
}

int cmdBatchMerge(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv, {{"out"}, {"help"}})) {
        err << "exoworld-cli batch-merge: " << args.error() << "\n" << kBatchHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kBatchHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli batch-merge: no shard results given\n";
        return kUsage;
    }
    if (!args.value("out")) {
        err << "exoworld-cli batch-merge: --out MERGED is required\n";
        return kUsage;
    }
    ensureCoreApplication();
    return batchrun::mergeShards(args.positional(), *args.value("out"), out, err);
}

}  // namespace exo::cli
