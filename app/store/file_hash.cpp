#include "store/file_hash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace exo::store {

QString sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) return {};
    return QString::fromLatin1(h.result().toHex());
}

QList<FileRef> fileRefs(const QStringList& paths)
{
    QList<FileRef> out;
    for (const auto& p : paths) out.append({QFileInfo(p).absoluteFilePath(), sha256OfFile(p)});
    return out;
}

}  // namespace exo::store
