#pragma once
// Hostile FITS inputs generated at test time from small real files (never
// committed): one header card rewritten, sparse tails, gzip bombs. Shared by
// test_fits_hostile.cpp and the fuzz seed generator.

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace hostile {

using Bytes = std::vector<char>;

inline Bytes readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline bool writeAll(const std::string& path, const Bytes& b)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(b.data(), std::streamsize(b.size()));
    return bool(out);
}

/// A card: `text` padded with blanks to 80 bytes.
inline std::string card(const std::string& text)
{
    std::string c = text.substr(0, 80);
    c.resize(80, ' ');
    return c;
}

/// Offset of the `nth` (0-based) card whose keyword field is `key`, -1 if none.
inline long long findCard(const Bytes& b, const std::string& key, int nth = 0)
{
    std::string k = key;
    k.resize(8, ' ');
    for (std::size_t i = 0; i + 80 <= b.size(); i += 80)
        if (std::equal(k.begin(), k.end(), b.begin() + long(i)) && nth-- == 0)
            return (long long)i;
    return -1;
}

/// Replace the `nth` card with keyword `key` by `text`; false if absent.
inline bool setCard(Bytes& b, const std::string& key, const std::string& text, int nth = 0)
{
    const long long at = findCard(b, key, nth);
    if (at < 0)
        return false;
    const std::string c = card(text);
    std::copy(c.begin(), c.end(), b.begin() + at);
    return true;
}

/// "KEY     = value" with the value right-justified to column 30 like CFITSIO.
inline std::string valueCard(const std::string& key, const std::string& value)
{
    std::string k = key;
    k.resize(8, ' ');
    std::string v = value;
    if (v.size() < 20)
        v = std::string(20 - v.size(), ' ') + v;
    return k + "= " + v;
}

/// gzip of `first` followed by `zeroMegabytes` MB of zeros, written as separate
/// gzip members (each 1 MB of zeros compresses to ~1 KB): a small file that
/// inflates enormously.
inline bool writeGzipBomb(const std::string& path, const Bytes& first, int zeroMegabytes)
{
    auto member = [](const Bytes& in) {
        z_stream zs{};
        Bytes out(compressBound(uLong(in.size())) + 64);
        deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        zs.avail_in = uInt(in.size());
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, Z_FINISH);
        out.resize(zs.total_out);
        deflateEnd(&zs);
        return out;
    };
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const Bytes head = member(first);
    out.write(head.data(), std::streamsize(head.size()));
    const Bytes zeros = member(Bytes(1 << 20, 0));
    for (int i = 0; i < zeroMegabytes; ++i)
        out.write(zeros.data(), std::streamsize(zeros.size()));
    return bool(out);
}

/// gzip of `b` as one member.
inline bool writeGzip(const std::string& path, const Bytes& b)
{
    gzFile gz = gzopen(path.c_str(), "wb");
    if (!gz)
        return false;
    const int n = gzwrite(gz, b.data(), unsigned(b.size()));
    gzclose(gz);
    return n == int(b.size());
}

}  // namespace hostile
