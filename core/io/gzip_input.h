#pragma once
/// @file gzip_input.h
/// Internal to core/io: bounded inflation of a .fits.gz into memory. CFITSIO's
/// own gzip support inflates without any bound (a 2 MB gzip bomb became 2 GB),
/// so we inflate ourselves, stop at io::gzipInflateLimit(), and hand CFITSIO the
/// buffer as a memory file.

#include <cstddef>
#include <cstdlib>
#include <string>

#include "common/status.h"

namespace exo::io::detail {

/// Bytes grown with realloc (no zero-fill, large blocks grow in place).
class ByteBuffer {
public:
    ByteBuffer() = default;
    ~ByteBuffer() { std::free(m_data); }
    ByteBuffer(const ByteBuffer&) = delete;
    ByteBuffer& operator=(const ByteBuffer&) = delete;
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }
    void clear()
    {
        std::free(m_data);
        m_data = nullptr;
        m_size = m_capacity = 0;
    }
    /// Capacity becomes `n` (>= size()); false if memory is refused.
    bool reserve(std::size_t n)
    {
        void* p = std::realloc(m_data, n ? n : 1);
        if (!p)
            return false;
        m_data = static_cast<unsigned char*>(p);
        m_capacity = n;
        return true;
    }
    void setSize(std::size_t n) { m_size = n; }

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0, m_capacity = 0;
};

/// Inflate every gzip member of `path` into `out`. `name` prefixes error details.
/// Errors: TooLarge (inflates beyond `limit` bytes: memory and time stay bounded
/// by the limit), Truncated (stream damaged or cut short), NotFits (nothing decodable).
Status inflateGzipFile(const std::string& path, const std::string& name, unsigned long long limit, ByteBuffer& out);

}  // namespace exo::io::detail
