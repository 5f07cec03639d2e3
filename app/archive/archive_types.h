#pragma once
/// Values the archive client passes around: a resolved target, a product that
/// can be downloaded, a filter, and the error kinds a request can end with.

#include <QList>
#include <QMetaType>
#include <QString>

namespace exo::archive {

/// Why a request failed (mapped to a translated message by errorText()).
enum class ErrorKind {
    None,
    Offline,      ///< host not found, connection refused, network unreachable
    Timeout,      ///< no data for transferTimeoutMs
    NotFound,     ///< HTTP 404
    Server,       ///< HTTP 5xx, or a service reporting status ERROR
    BadResponse,  ///< a body we could not parse
    Corrupted,    ///< a download failed the size or FITS check
    NotResolved,  ///< the name resolver knows no such object
    NoData,       ///< nothing matches
    Cancelled,
    Disk,  ///< the cache could not be written
};

/// A target as the MAST name resolver (or a catalogue number) gives it.
struct Target {
    QString query;              ///< what the user typed
    QString canonicalName;      ///< resolver's canonicalName, or "KIC 9002278"
    QString resolver;           ///< "SIMBAD", "NED", "TIC", "KIC" or "coordinates"/"catalogue"
    double ra = 0, dec = 0;     ///< degrees (NaN when resolved by catalogue number only)
    QString mission;            ///< for catalogue numbers: "Kepler", "K2", "TESS"; else empty
    long long catalogueId = 0;  ///< KIC/EPIC/TIC number when the query was one
    bool hasPosition() const { return ra == ra && dec == dec; }
};

/// One downloadable product (a MAST CAOM product row joined with its observation,
/// or a TESScut cut-out).
struct Product {
    QString mission;  ///< "Kepler", "K2", "TESS"
    QString kind;     ///< "lc", "tpf", "cutout"
    QString author;   ///< provenance_name: "Kepler", "K2", "SPOC", "TESS-SPOC", "QLP", "K2SFF", "TESScut"...
    int season = -1;  ///< quarter (Kepler), campaign (K2), sector (TESS)
    QString cadence;  ///< "long", "short", "120", "20", "200", "600", "1800", "ffi"
    double exptimeSeconds = 0;
    qint64 size = 0;      ///< bytes, 0 when unknown (cut-outs)
    QString obsId;        ///< obs_id (the cache folder)
    QString obsid;        ///< obsid (numeric product group id as text)
    QString targetName;   ///< target_name
    QString dataUri;      ///< "mast:KEPLER/url/..."; empty for cut-outs
    QString filename;     ///< productFilename
    QString description;  ///< MAST description
    bool hlsp = false;    ///< a high-level science product
    // Cut-outs only
    double ra = 0, dec = 0;
    int cutoutSize = 0;
    QString sectorName;  ///< "tess-s0012-2-1"

    /// "Q5", "C3", "S1" or "".
    QString seasonLabel() const;
    /// Path below downloadRoot(): Mission/obs_id/filename (lightkurve's layout).
    QString cacheRelativePath() const;
};

/// What the user narrows the list to; empty/negative fields match everything.
struct ProductFilter {
    QString mission;  ///< case-insensitive
    QString kind;     ///< "lc", "tpf", "cutout"
    QString author;   ///< case-insensitive
    QString cadence;  ///< "long", "short", "120", "20", "ffi" ("fast" = 20)
    int season = -1;
    bool matches(const Product& p) const;
};

using ProductList = QList<Product>;

}  // namespace exo::archive

Q_DECLARE_METATYPE(exo::archive::Target)
Q_DECLARE_METATYPE(exo::archive::Product)
