#include "io/gzip_input.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace exo::io::detail {

namespace {
constexpr std::size_t kChunk = 256 * 1024;

std::string megabytes(unsigned long long bytes)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.0f MB", double(bytes) / (1024.0 * 1024.0));
    return b;
}
}  // namespace

Status inflateGzipFile(const std::string& path, const std::string& name, unsigned long long limit, ByteBuffer& out)
{
    out.clear();
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        return Status::error(ErrorCode::NotAFile, name + ": cannot be opened for reading");
    // The gzip trailer's ISIZE (inflated size mod 2^32) sizes the first allocation,
    // clamped to the limit; it is a hint, never trusted.
    unsigned long long hint = 1 << 20;
    if (std::fseek(file.get(), -4, SEEK_END) == 0) {
        unsigned char t[4] = {0, 0, 0, 0};
        if (std::fread(t, 1, 4, file.get()) == 4)
            hint = std::max<unsigned long long>(hint, t[0] | (t[1] << 8) | (t[2] << 16) | (unsigned(t[3]) << 24));
    }
    std::rewind(file.get());

    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return Status::error(ErrorCode::InternalError, name + ": zlib initialisation failed");
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, &inflateEnd);
    std::vector<unsigned char> in(kChunk);
    const unsigned long long cap = limit + 1;  // one byte more than allowed proves the excess
    if (!out.reserve(std::size_t(std::min(hint, cap))))
        return Status::error(ErrorCode::TooLarge, name + ": not enough memory to inflate");
    std::size_t used = 0;
    bool streamEnd = false, inputDone = false;
    int rc = Z_OK;
    for (;;) {
        if (zs.avail_in == 0 && !inputDone) {
            const std::size_t got = std::fread(in.data(), 1, in.size(), file.get());
            if (got == 0) {
                inputDone = true;
            } else {
                zs.next_in = in.data();
                zs.avail_in = uInt(got);
            }
        }
        if (streamEnd) {
            // Another gzip member may follow; anything else after a member is ignored.
            if (zs.avail_in == 0 && inputDone)
                break;
            if (zs.avail_in == 0)
                continue;
            if (zs.avail_in >= 2 && (zs.next_in[0] != 0x1f || zs.next_in[1] != 0x8b))
                break;
            inflateReset(&zs);
            streamEnd = false;
        }
        if (used == out.capacity()) {
            if (out.capacity() >= cap) {
                out.clear();
                return Status::error(ErrorCode::TooLarge,
                                     name + ": compressed file inflates to more than " + megabytes(limit)
                                         + ", far beyond any mission product (gzip bomb?); refused");
            }
            const auto next =
                std::min<unsigned long long>(cap, std::max<unsigned long long>(out.capacity() * 2, 1 << 20));
            if (!out.reserve(std::size_t(next)))
                return Status::error(ErrorCode::TooLarge, name + ": not enough memory to inflate");
        }
        zs.next_out = out.data() + used;
        const std::size_t room = std::min<std::size_t>(out.capacity() - used, 1u << 30);
        zs.avail_out = uInt(room);
        rc = inflate(&zs, Z_NO_FLUSH);
        used += room - zs.avail_out;
        if (rc == Z_STREAM_END) {
            streamEnd = true;
            continue;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && !(zs.avail_in == 0 && inputDone))
            continue;  // no progress possible until more input or more room
        break;         // input exhausted inside a member, or damaged data
    }
    if (used > limit) {
        out.clear();
        return Status::error(ErrorCode::TooLarge, name + ": compressed file inflates to more than " + megabytes(limit)
                                                      + ", far beyond any mission product (gzip bomb?); refused");
    }
    out.setSize(used);
    if (out.capacity() > used + used / 2)
        out.reserve(used);  // shrinking realloc: in place
    if (!streamEnd) {
        if (used == 0)
            return Status::error(ErrorCode::NotFits, name + ": gzip stream too short or unreadable");
        return Status::error(ErrorCode::Truncated, name + ": compressed stream "
                                                       + (rc == Z_DATA_ERROR ? "is damaged" : "ends early") + " after "
                                                       + std::to_string(used) + " inflated bytes");
    }
    return Status::success();
}

}  // namespace exo::io::detail
