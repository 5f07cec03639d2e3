#pragma once
/// @file session_types.h
/// Plain value types of one analysis session: the opened files, the candidate
/// records and the full restorable state (what a session file stores).
/// No QObject here, so session_io and tests can use them without a Session.

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

/// One transit candidate found by the search, plus the user's annotations.
/// Times: t0 in mission days (BKJD/BTJD as in the file), t0Bjd in BJD_TDB.
struct CandidateRecord {
    int rank = 0;  ///< 1 = strongest signal of this search
    double periodDays = 0;
    double t0 = 0;     ///< mid-transit epoch, mission time (days)
    double t0Bjd = 0;  ///< mid-transit epoch, BJD_TDB (days)
    double durationHours = 0;
    double depthPpm = 0;
    double depthErrPpm = 0;
    double snr = 0;
    double sde = 0;
    int nTransits = 0;
    double oddDepthPpm = 0;
    double evenDepthPpm = 0;
    double oddEvenSigma = 0;       ///< odd/even depth difference in sigma
    double secondaryDepthPpm = 0;  ///< depth at phase 0.5
    // User annotations (undoable through Session::setFlagged / setNote / setDisposition).
    bool flagged = false;
    QString disposition;  ///< "", "PC" (planet candidate), "FP" (false positive), ...
    QString note;
    bool operator==(const CandidateRecord&) const = default;
};

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
