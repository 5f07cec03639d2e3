#pragma once
/// @file candidate_row.h
/// A transit candidate with the user's annotations: core's one Candidate type
/// plus what only the user adds (flag, disposition, note). The table shows it,
/// the session keeps it (app::CandidateRecord is this type).

#include <QString>

#include "model/candidate.h"

namespace exo::ui {

struct CandidateRow : exo::Candidate {
    CandidateRow() = default;
    explicit CandidateRow(const exo::Candidate& c) : exo::Candidate(c) {}
    bool flagged = false;
    QString disposition;  ///< "", "PC" (planet candidate), "FP" (false positive), ...
    QString note;
    bool operator==(const CandidateRow&) const = default;
};

}  // namespace exo::ui
