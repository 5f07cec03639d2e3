#pragma once
/// @file session_io.h
/// Session files: versioned JSON of the INPUTS and PARAMETERS of an analysis
/// (files, per-file apertures, preparation/search settings, candidates with
/// their annotations, selection), never of derived arrays, which are
/// recomputed on load. Format "exoworld-session", version 1:
///
///   { "format": "exoworld-session", "version": 1, "app_version": "<version>",
///     "files": [ { "path": "/abs/x.fits", "relative": "../data/x.fits",
///                  "star": "KIC 9002278", "season": "Q3" } ],
///     "apertures": { "/abs/x.fits": { "mode": "custom", "sigma": 3, "rows": 2,
///                                     "cols": 3, "mask": "011010" } },
///     "prepare": { "flux": "pdcsap", "quality": "default", "sigma_clip": true,
///                  "clip_sigma": 5, "detrend": "biweight", "window_days": 0.75,
///                  "gap_days": 0.25, "min_segment_points": 100,
///                  "masked_ranges": [[t0, t1], ...] },
///     "search": { "min_period_days": 0, "max_period_days": 0, "oversample": 3,
///                 "durations_hours": [], "max_planets": 3, "min_snr": 7,
///                 "min_sde": 9, "objective": "likelihood", "threads": 0 },
///     "candidates": [ { "rank": 1, "period_days": ..., ..., "flagged": false,
///                       "disposition": "PC", "note": "" } ],
///     "current_file": "/abs/x.fits", "current_star": "KIC 9002278" }
///
/// Non-finite numbers are written as null and read back as NaN. Keys missing
/// from a version-1 file take their defaults. All functions are reentrant;
/// call them from any thread (no shared state).

#include "session/session_types.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace exo::app {

class Session;

inline constexpr int kSessionFormatVersion = 1;  ///< the version this build writes and reads
inline constexpr const char* kSessionFormatName = "exoworld-session";
inline constexpr const char* kSessionFileSuffix = "exoworld";  ///< suggested file suffix

enum class SessionIoError {
    None,
    Unreadable,    ///< file missing or not readable
    NotJson,       ///< not a JSON object
    WrongFormat,   ///< "format" is not "exoworld-session"
    NewerVersion,  ///< written by a newer ExoWorld ("version" > kSessionFormatVersion)
    Invalid,       ///< version missing/invalid or structure broken
    WriteFailed,   ///< could not write or commit the file
};

/// The outcome of loadSession: on success `state` holds the restored state, and
/// `warnings` what the user should know (missing data files, dropped entries).
struct SessionLoadResult {
    SessionIoError error = SessionIoError::None;
    QString errorMessage;  ///< translated, user-facing; empty on success
    SessionState state;
    QStringList warnings;      ///< translated, user-facing
    QStringList missingFiles;  ///< data files found neither by relative nor absolute path
    int formatVersion = 0;     ///< the "version" read from the file
    QString appVersion;        ///< the "app_version" read from the file
    bool ok() const { return error == SessionIoError::None; }
};

/// The version string written as "app_version".
QString sessionAppVersion();

/// Serialises a state. `sessionDir` is the folder of the session file, used for
/// the "relative" paths (empty = no relative paths).
QJsonObject sessionToJson(const SessionState& state, const QString& sessionDir);

/// Parses a session object. Data files are resolved relative to `sessionDir`
/// first, then by their absolute path; unresolved ones keep their absolute path
/// and are listed in missingFiles and warnings (the load still succeeds).
SessionLoadResult sessionFromJson(const QJsonObject& root, const QString& sessionDir);

/// Writes the state atomically (QSaveFile: the previous file survives any failure).
/// Returns false and sets *error (translated) on failure.
bool saveSessionState(const SessionState& state, const QString& path, QString* error = nullptr);

/// saveSessionState(session.snapshot(), ...). Does not call markSaved(); the
/// caller does it on success.
bool saveSession(const Session& session, const QString& path, QString* error = nullptr);

/// Limits on what a session file may hold; beyond them the load is refused
/// with a clear message instead of building huge structures.
inline constexpr qint64 kMaxSessionBytes = 256 * 1024 * 1024;
inline constexpr int kMaxSessionFiles = 50000;
inline constexpr int kMaxSessionCandidates = 250000;
inline constexpr int kMaxListedMissingFiles = 20;  ///< further missing files are summarised in one warning

/// Reads and parses a session file. Apply with Session::restore(result.state).
/// Never reads more than kMaxSessionBytes (safe on /dev/zero, FIFOs, huge files).
SessionLoadResult loadSession(const QString& path);

/// Parses the bytes of a session file that lives at `path` (used for messages
/// and to resolve relative data paths). Refuses, with a clear message, invalid
/// UTF-8, duplicate keys, deep nesting and oversized content before Qt builds
/// the document (json_guard.h).
SessionLoadResult sessionFromBytes(const QByteArray& bytes, const QString& path);

}  // namespace exo::app
