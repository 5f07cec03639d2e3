#pragma once
/// @file from_pipeline.h
/// Builds store records from what the search produced (core's one Candidate type).
/// The one place that knows both, so the CLI and the window save the same thing.

#include "store/candidate_entry.h"

#include "model/mission.h"
#include "model/candidate.h"

#include <QStringList>

namespace exo::store {

/// Everything about a search that every one of its candidates shares.
struct SearchProvenance {
    Metadata meta;         ///< of the star (first file)
    QStringList files;     ///< the input files (hashed here)
    QJsonObject settings;  ///< every setting, as JSON
    QString softwareVersion;
    QString author;
};

/// One entry per candidate, with the files' SHA-256 computed once.
QList<CandidateEntry> entriesFromSearch(const std::vector<Candidate>& candidates, const SearchProvenance& provenance);

/// The application version compiled in (PROJECT_VERSION).
QString softwareVersion();

}  // namespace exo::store
