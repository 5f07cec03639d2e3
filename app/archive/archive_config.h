#pragma once
/// Where the archive client talks to and keeps its files, and how patient it is.

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace exo::archive {

struct ArchiveConfig {
    QUrl mastBase;                     ///< https://mast.stsci.edu or $EXOWORLD_MAST_URL
    QUrl exoArchiveBase;               ///< https://exoplanetarchive.ipac.caltech.edu or $EXOWORLD_EXOARCHIVE_URL
    QString cacheRoot;                 ///< <GenericCacheLocation>/exoworld or $EXOWORLD_CACHE_DIR
    int transferTimeoutMs = 20000;     ///< no byte for this long = timeout ($EXOWORLD_NET_TIMEOUT_MS)
    int maxAttempts = 3;               ///< per request, including the first
    int backoffMs = 400;               ///< first retry delay, doubled each time
    int metadataMaxAgeHours = 24 * 7;  ///< listing/planet answers reused for a week
    QString userAgent;                 ///< "ExoWorldExplorer/0.1.0 (Qt 6.x; +https://...)"

    /// Defaults, overridden by the environment variables above.
    static ArchiveConfig fromEnvironment();
    /// The mission-files cache, laid out like lightkurve's (cacheRoot/mastDownload).
    QString downloadRoot() const;
    /// Where resolver, listing and Exoplanet Archive answers are kept.
    QString metadataRoot() const;
    /// A base URL with @p path appended (the base's own path kept, so mirrors work).
    static QUrl join(const QUrl& base, const QString& path);
    /// @p url with a query of fully percent-encoded key=value pairs (RFC 3986).
    static QUrl withQuery(QUrl url, const QList<QPair<QString, QString>>& items);
};

/// The application version used in the User-Agent.
QString appVersion();

}  // namespace exo::archive
