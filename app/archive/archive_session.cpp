#include "archive/archive_session.h"

#include "archive/archive_cache.h"
#include "archive/downloader.h"
#include "archive/exoplanet_archive.h"
#include "archive/http_client.h"
#include "archive/mast_client.h"

namespace exo::archive {

ArchiveSession::ArchiveSession(const ArchiveConfig& config, QObject* parent)
    : QObject(parent),
      m_http(new HttpClient(config, this)),
      m_mast(new MastClient(m_http, this)),
      m_downloader(new Downloader(m_http, this)),
      m_exo(new ExoplanetArchive(m_http, this))
{}

ArchiveSession::~ArchiveSession() = default;

const ArchiveConfig& ArchiveSession::config() const { return m_http->config(); }

QStringList ArchiveSession::cachedFiles() const { return ArchiveCache(config()).cachedFiles(); }

}  // namespace exo::archive
