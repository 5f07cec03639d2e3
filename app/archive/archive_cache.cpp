#include "archive/archive_cache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace exo::archive {

QString ArchiveCache::keyPath(const QString& key) const
{
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_config.metadataRoot() + QLatin1Char('/') + QString::fromLatin1(h) + QStringLiteral(".json");
}

QByteArray ArchiveCache::get(const QString& key, int maxAgeHours) const
{
    const QString path = keyPath(key);
    QFileInfo fi(path);
    if (!fi.isFile())
        return {};
    if (maxAgeHours >= 0 && fi.lastModified().secsTo(QDateTime::currentDateTime()) > qint64(maxAgeHours) * 3600)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool ArchiveCache::put(const QString& key, const QByteArray& body) const
{
    if (!QDir().mkpath(m_config.metadataRoot()))
        return false;
    QSaveFile f(keyPath(key));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(body);
    return f.commit();
}

QString ArchiveCache::filePath(const QString& relativePath) const
{
    return m_config.downloadRoot() + QLatin1Char('/') + relativePath;
}

QStringList ArchiveCache::cachedFiles() const
{
    QStringList out;
    QDirIterator it(m_config.downloadRoot(), {QStringLiteral("*.fits"), QStringLiteral("*.fits.gz")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

}  // namespace exo::archive
