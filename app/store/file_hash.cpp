#include "store/file_hash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDateTime>
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
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    const QString sha = QString::fromLatin1(h.result().toHex());
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
