#pragma once
/// @file fits_handle.h
/// RAII wrapper around one CFITSIO `fitsfile*` (internal to core/io).
///
/// Ownership and threading: a FitsFile owns its handle, closes it in the
/// destructor and must be used by one thread only. The readers create one per
/// call (open, read into owned memory, close), as HOUSE-STYLE rule 7 asks.
///
/// Opening validates the whole HDU structure up front, before CFITSIO sees the
/// file: our own pre-scan (header_scan.h) checks every card and the geometry of
/// every HDU against the real file size. A .fits.gz is inflated by us with a
/// bound (gzip_input.h) and handed to CFITSIO as a memory file. Every data read
/// reserves its memory against the budget (read_limits.h) first.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "io/gzip_input.h"

#include <fitsio.h>

namespace exo::io::detail {

/// Raw header keywords of one HDU: KEYWORD -> value text as written
/// (strings keep their quotes so that '' and undefined values can be told apart).
class HeaderMap {
public:
    void set(const std::string& key, std::string raw) { m_values[key] = std::move(raw); }
    /// Keep the first value: false (and no change) if `key` is already present.
    bool insert(const std::string& key, std::string raw) { return m_values.emplace(key, std::move(raw)).second; }
    bool has(const std::string& key) const;
    /// String value without quotes and trailing blanks; nullopt if absent/undefined.
    std::optional<std::string> str(const std::string& key) const;
    /// Numeric value; also parses quoted numbers ('218795833'); nullopt if
    /// absent, undefined, empty or not a number.
    std::optional<double> num(const std::string& key) const;
    std::optional<long long> integer(const std::string& key) const;
    std::optional<bool> logical(const std::string& key) const;

private:
    std::map<std::string, std::string> m_values;
};

/// Byte layout of one table column, from TFORMn/TDIMn (validated by the pre-scan).
struct ColumnGeom {
    char code = 0;                ///< TFORM data type letter (L X B I J K A E D C M P Q; ASCII: A I F E D)
    long long repeat = 0;         ///< elements per row (bits for X)
    long long bytes = 0;          ///< bytes per row
    long long offset = 0;         ///< byte offset within a row
    std::vector<long long> tdim;  ///< TDIMn axes (first fastest), empty if none
};

/// What the structure scan learnt about one HDU.
struct HduInfo {
    int index = 0;                     ///< 1-based CFITSIO HDU number
    int type = 0;                      ///< IMAGE_HDU, ASCII_TBL or BINARY_TBL
    std::string extname;               ///< EXTNAME (empty if none; "PRIMARY" not implied)
    long long rows = 0;                ///< NAXIS2 for tables
    std::vector<long long> naxes;      ///< image axes (NAXIS1 first)
    std::vector<std::string> columns;  ///< TTYPEn for tables, in order
    std::vector<ColumnGeom> geom;      ///< layout of each column (same order as columns)
    long long headerStart = 0;         ///< byte offset of the header in the (inflated) file
    long long dataStart = 0;           ///< byte offset of the data unit
    long long dataBytes = 0;           ///< size of the data unit without padding (checked arithmetic)
    long long rowBytes = 0;            ///< NAXIS1 for tables
    HeaderMap keys;

    bool isTable() const;
    /// 1-based column number of `name` (exact match first, then case-insensitive), 0 if absent.
    int column(const std::string& name) const;
    bool hasColumn(const std::string& name) const { return column(name) > 0; }
};

class FitsFile {
public:
    FitsFile() = default;
    ~FitsFile();
    FitsFile(const FitsFile&) = delete;
    FitsFile& operator=(const FitsFile&) = delete;

    /// Check the path (exists, regular, non-empty, FITS signature), pre-scan
    /// every header (.gz inflated in memory, bounded), then open it with CFITSIO.
    Status open(const std::string& path);

    /// Account for `bytes` about to be allocated for `what`; TooLarge if the total
    /// for this file would exceed the memory budget, or 4x the bytes the file
    /// really holds (sparse files) plus a fixed margin.
    Status reserve(long long bytes, const std::string& what);

    const std::string& path() const { return m_path; }
    const std::vector<HduInfo>& hdus() const { return m_hdus; }
    const HduInfo& primary() const { return m_hdus.front(); }

    /// Extensions announced by the primary NEXTEND keyword but absent (0 if
    /// NEXTEND is missing). Some HLSPs copy a stale NEXTEND, so callers decide.
    int missingExtensions() const;

    /// First HDU whose EXTNAME equals `name` (case-insensitive), nullptr if none.
    const HduInfo* findExt(const std::string& name) const;

    Status moveTo(int hdu);
    /// Read a whole column (all rows, all elements of a vector column) into `out`.
    /// Floating values keep NaN; no null substitution for integers.
    Status readColumn(int hdu, int col, long long rows, std::vector<double>& out);
    Status readColumn(int hdu, int col, long long rows, std::vector<float>& out);
    Status readColumn(int hdu, int col, long long rows, std::vector<std::int32_t>& out);
    /// Number of elements per row of a column (TFORM repeat).
    long long repeat(int hdu, int col);
    /// Read a 2-D int image HDU (e.g. APERTURE) row-major: rows = NAXIS2, cols = NAXIS1.
    Status readImage(int hdu, std::vector<std::int32_t>& out, int& rows, int& cols);
    /// Read an N-D float image HDU in FITS order (NAXIS1 fastest).
    Status readImage(int hdu, std::vector<float>& out);

    /// Error Status naming the file, the cause and the pending CFITSIO message.
    Status fail(ErrorCode code, const std::string& what, int cfitsioStatus = 0) const;

private:
    void close();

public:
    /// Raw bytes of a binary table, read in one pass (fits_read_tblbytes), with the byte
    /// layout of each column. Columns are then decoded from memory instead of one CFITSIO
    /// pass over the table per column (fits_table_cache.cpp).
    struct ColumnLayout {
        int typecode = 0;      ///< CFITSIO type code (TFLOAT, TDOUBLE, TLONG, ...)
        long long repeat = 0;  ///< elements per row
        long long offset = 0;  ///< byte offset within a row
        bool plain = false;    ///< numeric, unscaled (TSCAL 1, TZERO 0): decodable from bytes
    };
    struct TableCache {
        int hdu = 0;
        long long rows = 0, rowBytes = 0;
        std::vector<unsigned char> bytes;
        std::vector<ColumnLayout> columns;  ///< index col-1
        bool valid = false;
    };

private:
    /// Load (once per HDU) the raw table; false if its layout is not fully understood,
    /// in which case callers use fits_read_col.
    bool loadTableCache(int hdu, long long rows);
    template <typename T>
    bool decodeColumn(int col, long long rows, std::vector<T>& out) const;
    template <typename T>
    friend Status readColumnT(FitsFile& f, fitsfile* fptr, int hdu, int col, long long rows, int datatype,
                              std::vector<T>& out);
    TableCache m_table;

    fitsfile* m_fptr = nullptr;
    std::string m_path;
    std::vector<HduInfo> m_hdus;
    ByteBuffer m_inflated;     ///< .gz content (CFITSIO memory file)
    void* m_memPtr = nullptr;  ///< CFITSIO keeps the address of these two
    std::size_t m_memSize = 0;
    long long m_realBytes = 0;  ///< bytes really held: inflated size, or stored bytes on disk
    long long m_reserved = 0;   ///< bytes reserved by reads so far
};

/// CFITSIO error text for a status code plus the error-stack messages (cleared).
std::string cfitsioMessage(int status);

}  // namespace exo::io::detail
