#include "archive/archive_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtGlobal>

namespace exo::archive {

QString appVersion() { return QStringLiteral("0.1.0"); }

ArchiveConfig ArchiveConfig::fromEnvironment()
{
    ArchiveConfig c;
    const QString mast = qEnvironmentVariable("EXOWORLD_MAST_URL");
    const QString exo = qEnvironmentVariable("EXOWORLD_EXOARCHIVE_URL");
    c.mastBase = QUrl(mast.isEmpty() ? QStringLiteral("https://mast.stsci.edu") : mast);
    c.exoArchiveBase = QUrl(exo.isEmpty() ? QStringLiteral("https://exoplanetarchive.ipac.caltech.edu") : exo);
    c.cacheRoot = qEnvironmentVariable("EXOWORLD_CACHE_DIR");
    if (c.cacheRoot.isEmpty()) {
        // One cache for the window and the CLI, whatever their application names.
        QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        if (base.isEmpty())
            base = QDir::homePath() + QStringLiteral("/.cache");
        c.cacheRoot = base + QStringLiteral("/exoworld");
    }
    bool ok = false;
    const int t = qEnvironmentVariableIntValue("EXOWORLD_NET_TIMEOUT_MS", &ok);
    if (ok && t > 0)
        c.transferTimeoutMs = t;
    c.userAgent = QStringLiteral("ExoWorldExplorer/%1 (Qt %2; %3)")
                      .arg(appVersion(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    return c;
}

QString ArchiveConfig::downloadRoot() const { return cacheRoot + QStringLiteral("/mastDownload"); }
QString ArchiveConfig::metadataRoot() const { return cacheRoot + QStringLiteral("/archive-metadata"); }

QUrl ArchiveConfig::join(const QUrl& base, const QString& path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    return u;
}

QUrl ArchiveConfig::withQuery(QUrl url, const QList<QPair<QString, QString>>& items)
{
    QByteArray q;
    for (const auto& [k, v] : items) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}

}  // namespace exo::archive
