#pragma once
/// The archive cache on disk: mission files under mastDownload/ (lightkurve's
/// layout: Mission/obs_id/file) and the answers of the resolver, MAST listings
/// and the Exoplanet Archive (one JSON file per request, keyed by a hash).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "archive/archive_config.h"

namespace exo::archive {

class ArchiveCache {
public:
    explicit ArchiveCache(const ArchiveConfig& config) : m_config(config) {}

    /// A stored answer for @p key, or empty. With @p maxAgeHours < 0 any age is accepted.
    QByteArray get(const QString& key, int maxAgeHours) const;
    /// Store an answer; false when the folder cannot be written.
    bool put(const QString& key, const QByteArray& body) const;

    /// Absolute path of a product's file in the cache.
    QString filePath(const QString& relativePath) const;
    /// Every FITS file in the cache (absolute paths, sorted).
    QStringList cachedFiles() const;

private:
    QString keyPath(const QString& key) const;
    ArchiveConfig m_config;
};

}  // namespace exo::archive
