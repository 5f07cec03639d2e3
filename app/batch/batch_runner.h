#pragma once
/// @file batch_runner.h
/// Runs a batch: plan the stars, skip those already recorded (--resume), analyse
/// the rest on N worker threads (one star per worker at a time, so memory is
/// bounded by N stars whatever the folder size), record each finished star in
/// the results store from this thread, report progress, then write the CSV
/// summary. Per-star errors are recorded with their cause and never stop the run.

#include <iosfwd>
#include <string>

#include "batch/star_job.h"

namespace exo::batchrun {

struct RunOptions {
    std::string input;   ///< folder or manifest CSV
    std::string outDir;  ///< results folder (results.sqlite, stars.csv, candidates.csv)
    int jobs = 1;        ///< worker threads
    int shardIndex = 0, shardCount = 1;
    bool resume = false;
    bool progressBar = false;  ///< true: one refreshed line (a terminal); false: a line per star
    batch::BatchSettings settings;
    std::string settingsJson;  ///< the settings as recorded (resume must match)
    /// Each candidate record's settings (JSON object: the candidate store's "prepare",
    /// "search", "aperture"), so a vetting sheet can rebuild the star's light curve.
    std::string candidateSettingsJson = "{}";
};

/// File names inside a results folder.
std::string resultsDbPath(const std::string& outDir);
/// `path` itself when it is a file, else `path`/results.sqlite (a results folder).
std::string resultsFile(const std::string& path);
std::string starsCsvPath(const std::string& outDir);
std::string candidatesCsvPath(const std::string& outDir);

/// Run; `out` gets the final summary, `err` progress and errors.
/// Returns an exoworld-cli exit code (0 when every star was processed, even
/// with per-star errors; 2 bad usage; 3 unreadable input; 1 results not writable).
int runBatch(const RunOptions& options, std::ostream& out, std::ostream& err);

/// Merge shard results folders into `outDir` (created; must not hold results yet).
int mergeShards(const std::vector<std::string>& shardDirs, const std::string& outDir, std::ostream& out,
                std::ostream& err);

}  // namespace exo::batchrun
