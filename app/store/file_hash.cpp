#include "store/file_hash.h"

#include "common/sha256.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace exo::store {

namespace {
// Hashes already computed in this process, keyed by path and checked against
// size and modification time (a re-search must not re-read gigabytes).
struct Known {
    qint64 size;
    QDateTime modified;
    QString sha;
};
QMutex g_mutex;
QHash<QString, Known> g_known;
}  // namespace

QString sha256OfFile(const QString& path)
{
    const QFileInfo fi(path);
    {
        QMutexLocker lock(&g_mutex);
        const auto it = g_known.constFind(fi.absoluteFilePath());
        if (it != g_known.constEnd() && it->size == fi.size() && it->modified == fi.lastModified())
            return it->sha;
    }
    // core's SHA-256: on the CPU's SHA extensions when it has them (several times faster
    // than QCryptographicHash, which a batch felt: ~14 % of its time on TESS light curves).
    const std::string hex = sha256FileHex(QFile::encodeName(path).toStdString());
    if (hex.empty())
        return {};
    const QString sha = QString::fromLatin1(hex.data(), qsizetype(hex.size()));
    QMutexLocker lock(&g_mutex);
    // Bounded: a batch over millions of files must not keep one entry per file.
    if (g_known.size() >= 4096)
        g_known.clear();
    g_known.insert(fi.absoluteFilePath(), {fi.size(), fi.lastModified(), sha});
    return sha;
}

QList<FileRef> fileRefs(const QStringList& paths)
{
    QList<FileRef> out;
    for (const auto& p : paths)
        out.append({QFileInfo(p).absoluteFilePath(), sha256OfFile(p)});
    return out;
}

}  // namespace exo::store
