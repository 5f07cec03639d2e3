#pragma once
/// One object owning the whole archive client (HTTP layer, MAST, downloads,
/// Exoplanet Archive) for a window or a CLI run. Create it on the thread whose
/// event loop will run the requests.

#include <QObject>

#include "archive/archive_config.h"

namespace exo::archive {

class HttpClient;
class MastClient;
class Downloader;
class ExoplanetArchive;
class ArchiveCache;

class ArchiveSession : public QObject {
    Q_OBJECT
public:
    explicit ArchiveSession(const ArchiveConfig& config = ArchiveConfig::fromEnvironment(), QObject* parent = nullptr);
    ~ArchiveSession() override;

    const ArchiveConfig& config() const;
    HttpClient* http() const { return m_http; }
    MastClient* mast() const { return m_mast; }
    Downloader* downloader() const { return m_downloader; }
    ExoplanetArchive* exoplanets() const { return m_exo; }
    /// Every FITS file in the cache (for offline use).
    QStringList cachedFiles() const;

private:
    HttpClient* m_http;
    MastClient* m_mast;
    Downloader* m_downloader;
    ExoplanetArchive* m_exo;
};

}  // namespace exo::archive
