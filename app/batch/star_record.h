#pragma once
/// @file star_record.h
/// What the results store records of one finished star, built on the worker
/// thread that analysed it (hashing the files and writing the vetting JSON cost
/// time; the recording thread only writes): the outcome, the star's files with
/// their SHA-256, and one candidate-store record per candidate with its vetting.
/// Threading: makeStarRecord runs on any thread (no shared state but the
/// store's bounded, locked hash cache).

#include <QJsonObject>
#include <QList>

#include "batch/star_job.h"
#include "store/candidate_entry.h"

namespace exo::batchrun {

struct StarRecord {
    batch::StarOutcome outcome;
    QList<store::FileRef> files;              ///< every file of the star: absolute path, SHA-256
    QList<store::CandidateEntry> candidates;  ///< the candidate store's records, by rank
};

/// `settings` is what each candidate record keeps as its settings (the candidate
/// store's "prepare"/"search"/"aperture" objects, so a sheet can rebuild the curve).
StarRecord makeStarRecord(batch::StarOutcome outcome, const QJsonObject& settings);

/// The files as the store's files_json array: [{"path": ..., "sha256": ...}].
QString filesJson(const QList<store::FileRef>& files);

}  // namespace exo::batchrun
