#pragma once
/// @file header_scan.h
/// Internal to core/io: our own walk over every header of a FITS file, run
/// BEFORE CFITSIO sees the file. It checks each card's syntax and each reserved
/// keyword's type (header_card.h), the order of the mandatory keywords, and
/// the geometry every HDU claims (NAXISn, PCOUNT, GCOUNT, TFIELDS, TFORMn
/// repeat counts, TDIMn, TBCOLn, THEAP) with overflow-checked arithmetic against
/// the real size of the file. Only headers are read; data units are skipped.
/// Errors: CorruptHeader (bad card, bad keyword type, impossible geometry),
/// Truncated (header or data unit cut short), Unsupported (random groups,
/// unknown extension types).

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "common/status.h"
#include "io/fits_handle.h"

namespace exo::io::detail {

/// Random-access bytes of a FITS file: the file on disk or an inflated buffer.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual long long size() const = 0;
    /// Read `n` bytes at `offset` (offset + n <= size()); false on an I/O error.
    virtual bool read(long long offset, char* dst, std::size_t n) const = 0;
};

class FileSource final : public ByteSource {
public:
    explicit FileSource(const std::string& path);
    ~FileSource() override;
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;
    bool isOpen() const { return m_file != nullptr; }
    long long size() const override { return m_size; }
    bool read(long long offset, char* dst, std::size_t n) const override;

private:
    std::FILE* m_file = nullptr;
    long long m_size = 0;
};

class MemorySource final : public ByteSource {
public:
    MemorySource(const unsigned char* data, std::size_t size) : m_data(data), m_size(size) {}
    long long size() const override { return static_cast<long long>(m_size); }
    bool read(long long offset, char* dst, std::size_t n) const override;

private:
    const unsigned char* m_data;
    std::size_t m_size;
};

/// Limits no mission product comes near.
inline constexpr int kMaxHdus = 1000;
inline constexpr int kMaxHeaderBlocks = 1000;  ///< 36,000 cards per header
inline constexpr int kMaxFields = 999;         ///< FITS Standard limit on TFIELDS and NAXIS

/// Scan every HDU of `src`. `name` prefixes every error detail (the file name).
/// On success `hdus` holds one HduInfo per HDU with keys, columns and geometry.
Status scanHeaders(const ByteSource& src, const std::string& name, std::vector<HduInfo>& hdus);

/// Parse a TDIMn value "(d1,d2,...)" with checked arithmetic; false if malformed,
/// any axis < 0 (K2 pixel files write '(0,10)' for empty columns), more than 999 axes, or the element count overflows.
bool parseTdimAxes(const std::string& tdim, std::vector<long long>& axes, long long& elements);

/// Bytes of `path` that are really stored (holes of a sparse file excluded);
/// `apparent` when the file system cannot tell.
long long storedBytes(const std::string& path, long long apparent);

}  // namespace exo::io::detail
