#pragma once
/// @file session_types.h
/// Plain value types of one analysis session: the opened files, the candidate
/// records and the full restorable state (what a session file stores).
/// No QObject here, so session_io and tests can use them without a Session.

#include "panels/candidate_row.h"
#include "pipeline/settings.h"

#include <QList>
#include <QString>

#include <map>

namespace exo::app {

/// One opened data file (a light-curve or target-pixel file of one quarter/sector).
struct SessionFile {
    QString path;    ///< absolute file path; the identity of the file in the session
    QString star;    ///< target label supplied by the caller, e.g. "KIC 9002278"
    QString season;  ///< quarter/sector/campaign label, e.g. "Q3" or "Sector 14" (may be empty)
    bool operator==(const SessionFile&) const = default;
};

/// One transit candidate found by the search (core's exo::Candidate), plus the user's
/// annotations (undoable through Session::setFlagged / setNote / setDisposition).
using CandidateRecord = exo::ui::CandidateRow;

/// The user annotations of one candidate, as a unit (what CandidateFlagCommand swaps).
struct CandidateAnnotation {
    bool flagged = false;
    QString disposition;
    QString note;
    bool operator==(const CandidateAnnotation&) const = default;
};

/// Everything a session restores: inputs and parameters, never derived arrays.
struct SessionState {
    QList<SessionFile> files;                                    ///< in insertion order
    std::map<QString, exo::pipeline::ApertureChoice> apertures;  ///< per file path
    exo::pipeline::PrepareSettings prepare;
    exo::pipeline::SearchSettings search;
    QList<CandidateRecord> candidates;
    QString currentFile;  ///< empty = none
    QString currentStar;  ///< empty = none
    bool operator==(const SessionState&) const = default;
};

}  // namespace exo::app
