#include "archive/zip_extract.h"

#include <zlib.h>

namespace exo::archive {

namespace {

quint32 u32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}
quint16 u16(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

struct Entry {
    QString name;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressed = 0, uncompressed = 0, localOffset = 0;
};

QList<Entry> centralDirectory(const QByteArray& zip)
{
    QList<Entry> out;
    if (zip.size() < 22)
        return out;
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 22 - 65535; --i) {
        if (u32(zip, i) == 0x06054b50u) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return out;
    const quint16 count = u16(zip, eocd + 10);
    qsizetype at = u32(zip, eocd + 16);
    for (int k = 0; k < count; ++k) {
        if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50u)
            return {};
        Entry e;
        e.method = u16(zip, at + 10);
        e.crc = u32(zip, at + 16);
        e.compressed = u32(zip, at + 20);
        e.uncompressed = u32(zip, at + 24);
        const quint16 nameLen = u16(zip, at + 28), extraLen = u16(zip, at + 30), commentLen = u16(zip, at + 32);
        e.localOffset = u32(zip, at + 42);
        if (at + 46 + nameLen > zip.size())
            return {};
        e.name = QString::fromUtf8(zip.constData() + at + 46, nameLen);
        out << e;
        at += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

}  // namespace

QStringList zipEntries(const QByteArray& zip)
{
    QStringList names;
    for (const Entry& e : centralDirectory(zip))
        names << e.name;
    return names;
}

bool zipExtract(const QByteArray& zip, const QString& name, QByteArray& out, QString& error)
{
    for (const Entry& e : centralDirectory(zip)) {
        if (e.name != name)
            continue;
        const qsizetype lh = e.localOffset;
        if (lh + 30 > zip.size() || u32(zip, lh) != 0x04034b50u) {
            error = QStringLiteral("bad local header");
            return false;
        }
        const qsizetype data = lh + 30 + u16(zip, lh + 26) + u16(zip, lh + 28);
        if (data + qsizetype(e.compressed) > zip.size()) {
            error = QStringLiteral("truncated zip");
            return false;
        }
        auto crcOk = [&] {
            const uLong c = crc32(0L, reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size()));
            if (quint32(c) == e.crc)
                return true;
            error = QStringLiteral("zip entry fails its CRC check");
            return false;
        };
        if (e.method == 0) {
            out = zip.mid(data, e.compressed);
            return crcOk();
        }
        if (e.method != 8) {
            error = QStringLiteral("unsupported zip method %1").arg(e.method);
            return false;
        }
        out.resize(e.uncompressed);
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
            error = QStringLiteral("zlib init failed");
            return false;
        }
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.constData() + data));
        zs.avail_in = e.compressed;
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = e.uncompressed;
        const int rc = inflate(&zs, Z_FINISH);
        inflateEnd(&zs);
        if (rc != Z_STREAM_END || zs.total_out != e.uncompressed) {
            error = QStringLiteral("corrupted zip entry");
            return false;
        }
        return crcOk();
    }
    error = QStringLiteral("no entry %1").arg(name);
    return false;
}

}  // namespace exo::archive
