#pragma once
/// @file candidate_entry.h
/// One stored transit candidate: the star, the provenance (files with their
/// SHA-256, software version, every setting), the measurements with their
/// uncertainties, the vetting results and the user's annotation.
/// Plain values (Qt containers); no database here.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace exo::store {

/// The user's verdict on a candidate. Stored and exported as the snake_case key.
enum class Disposition { Unreviewed, PlanetCandidate, EclipsingBinary, FalsePositive, KnownPlanet, Systematics };

/// "unreviewed", "planet_candidate", "eclipsing_binary", "false_positive", "known_planet", "systematics".
QString dispositionKey(Disposition d);
/// Parses a key (also the legacy session codes "PC", "FP", "EB", "KP", "SYS" and "").
std::optional<Disposition> dispositionFromKey(const QString& key);
/// Every disposition, in menu order.
QList<Disposition> allDispositions();

/// One input file of the analysis and its content hash.
struct FileRef {
    QString path;    ///< absolute path when saved
    QString sha256;  ///< lower-case hex; empty when the file could not be read
    bool operator==(const FileRef&) const = default;
};

/// The user's annotation of one candidate (what the window edits and undoes).
struct Annotation {
    bool flagged = false;
    Disposition disposition = Disposition::Unreviewed;
    QString fpReason;  ///< why a false positive (free text); meaningful with FalsePositive
    QString note;
    bool operator==(const Annotation&) const = default;
};

inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

/// A candidate record. Times: t0 in mission days (BKJD/BTJD, see timeSystem),
/// t0Bjd in full BJD_TDB. Unknown numbers are NaN (stored as NULL).
struct CandidateEntry {
    qint64 id = 0;  ///< row id in a store; 0 = not stored

    // The star.
    QString mission;      ///< "Kepler", "K2", "TESS"
    qint64 targetId = 0;  ///< KIC / EPIC / TIC number
    QString targetLabel;  ///< e.g. "TIC 261136679"
    QString objectName;   ///< the OBJECT keyword, e.g. "Kepler-62"

    // Provenance.
    QList<FileRef> files;
    QString softwareVersion;
    QJsonObject settings;            ///< every setting of the analysis (prepare, search, aperture)
    QString timeSystem;              ///< "BKJD" or "BTJD"
    double bjdReference = kUnknown;  ///< BJD of mission time 0

    // The signal.
    int rank = 0;  ///< 1 = strongest of its search
    double periodDays = kUnknown, periodErrDays = kUnknown;
    double t0 = kUnknown, t0Bjd = kUnknown, t0ErrDays = kUnknown;
    double durationHours = kUnknown, durationErrHours = kUnknown;
    double depthPpm = kUnknown, depthErrPpm = kUnknown;
    double snr = kUnknown, sde = kUnknown;
    int nTransits = 0;
    double oddEvenSigma = kUnknown;
    double secondaryDepthPpm = kUnknown;

    // Vetting (produced by core/vetting; kept as its JSON so the store does not
    // depend on its struct) and its named flags, e.g. "centroid_offset".
    QJsonObject vetting;
    QStringList vettingFlags;

    // The user's annotation.
    Annotation annotation;
    QString author;  ///< who annotated / saved it (a setting)

    QDateTime createdUtc, updatedUtc;

    /// "TIC 261136679" style label, built from mission + id when targetLabel is empty.
    QString starLabel() const;
    /// Stable key of the star: "TESS:261136679".
    QString starKey() const;
};

}  // namespace exo::store
