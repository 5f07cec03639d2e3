#pragma once
/// @file results_db.h
/// The results store of a batch: one SQLite file that is a candidate store
/// (app/store's CandidateStore opens, creates and migrates it, so the window and
/// `candidates list|export` read a batch's candidates like any others: files with
/// SHA-256, settings, vetting JSON and flags) plus the batch's own tables:
///   - `batch_stars`: one row per star (status and cause, files with SHA-256, points,
///     baseline, candidates, flags, wall time), what resume and the summary read;
///   - `batch_meta`: the run's settings (a resume must use the same ones);
///   - `batch_attempts`: starts per star (a star that killed the process is not retried forever).
/// Every star (its row and its candidates) is written in one transaction on the
/// store's connection (WAL, synchronous=FULL), so a SIGKILL loses at most the
/// stars that were still being analysed.
/// Threading: one ResultsDb per thread (its connection belongs to it).

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "batch/star_job.h"

namespace exo::batchrun {

/// A star row as stored (and as the CSV summary writes it).
struct StarRow {
    std::string key, label, objectName, mission;
    long long targetId = -1;
    std::string status;  ///< "ok" or "error"
    std::string errorCode, errorDetail;
    int nFiles = 0, nAnalysed = 0, nSkipped = 0;
    long long nPoints = 0;
    double baselineDays = 0;
    int nCandidates = 0;
    double bestPeriodDays = 0, bestT0Bjd = 0, bestDepthPpm = 0, bestSnr = 0, bestSde = 0;  ///< 0 without candidate
    std::string flags;                                                                     ///< ';'-separated
    double seconds = 0;
    std::vector<std::string> files, sha256;  ///< every file of the star (absolute paths), its SHA-256
};

/// A candidate row (the columns of the candidate store a batch fills).
struct CandidateRow {
    std::string mission, targetLabel, objectName;
    long long targetId = 0;
    int rank = 0;
    double periodDays = 0, t0 = 0, t0Bjd = 0, durationHours = 0, depthPpm = 0, depthErrPpm = 0;
    double snr = 0, sde = 0, oddEvenSigma = 0, secondaryDepthPpm = 0;
    int nTransits = 0;
    std::string timeSystem;
    std::string flags;  ///< the vetting flags, ';'-separated
};

struct StarRecord;

class ResultsDb {
public:
    ResultsDb();
    ~ResultsDb();
    ResultsDb(const ResultsDb&) = delete;
    ResultsDb& operator=(const ResultsDb&) = delete;

    /// Open, or create when `create` (else a file without the batch tables is refused:
    /// "not the results of a batch"). False with `why` (cannot open, not a database,
    /// newer schema...).
    bool open(const std::string& path, std::string& why, bool create = true);
    void close();

    /// Keys of the stars already recorded (done, with or without error).
    std::set<std::string> doneKeys() const;
    long long starCount() const;
    /// A value of batch_meta ("" when absent), and setting one.
    std::string meta(const std::string& key) const;
    bool setMeta(const std::string& key, const std::string& value, std::string& why);
    /// Count one more start of a star's analysis (committed at once), and the counts so
    /// far: a star whose analysis killed the process again and again is not retried forever.
    bool markAttempt(const std::string& starKey, std::string& why);
    std::map<std::string, int> attempts() const;

    /// Record one star and its candidates (replacing any of the same star) in one transaction.
    bool writeStar(const StarRecord& record, std::string& why);
    /// Copy every star and candidate of another results file (a shard) into this one;
    /// stars already present are skipped (counted in `duplicates`).
    bool mergeFrom(const std::string& otherPath, int& added, int& duplicates, std::string& why);

    /// Rows in a stable order (stars by key; candidates by mission, target, rank).
    std::vector<StarRow> stars() const;
    std::vector<CandidateRow> candidates() const;
    /// The same, for a reader that must know of a failed read (a damaged file) and may cancel:
    /// `progress(done, total)` is called every few hundred rows; false from it stops the read
    /// (`why` = "cancelled"). False with `why` on a read error.
    using RowProgress = std::function<bool(long long done, long long total)>;
    bool readStars(std::vector<StarRow>& out, std::string& why, const RowProgress& progress = {}) const;
    bool readCandidates(std::vector<CandidateRow>& out, std::string& why, const RowProgress& progress = {}) const;
    /// The path of the open file (the candidate store of the batch).
    std::string path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Write `stars.csv` and `candidates.csv` of the rows (see README for the columns).
bool writeSummaryCsv(const std::vector<StarRow>& stars, const std::vector<CandidateRow>& candidates,
                     const std::string& starsPath, const std::string& candidatesPath, std::string& why);

}  // namespace exo::batchrun
