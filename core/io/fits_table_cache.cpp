// One-pass binary-table reading: the raw rows are read with a single
// fits_read_tblbytes call and columns are decoded from memory (big-endian to
// native). CFITSIO's fits_read_col walks the whole table once per column, which
// dominated the read time of uncompressed pixel files. Scaled columns (TSCAL/TZERO),
// strings, bits, variable-length arrays, or any layout whose widths do not add up to
// NAXIS1, fall back to fits_read_col.
#include <cstring>
#include <limits>
#include <type_traits>

#include "io/fits_handle.h"

namespace exo::io::detail {

namespace {
template <typename Src>
Src loadBE(const unsigned char* p)
{
    unsigned char b[sizeof(Src)];
    for (std::size_t i = 0; i < sizeof(Src); ++i)
        b[i] = p[sizeof(Src) - 1 - i];
    Src v;
    std::memcpy(&v, b, sizeof(Src));
    return v;
}

int elementBytes(int typecode)
{
    switch (typecode) {
    case TBYTE:
    case TSBYTE:
    case TLOGICAL: return 1;
    case TSHORT: return 2;
    case TLONG:
    case TFLOAT: return 4;
    case TLONGLONG:
    case TDOUBLE:
    case TCOMPLEX: return 8;
    case TDBLCOMPLEX: return 16;
    default: return 0;
    }
}
}  // namespace

bool FitsFile::loadTableCache(int hdu, long long rows)
{
    if (m_table.hdu == hdu)
        return m_table.valid;
    m_table = TableCache{};
    m_table.hdu = hdu;
    int status = 0, ncols = 0;
    long long naxis1 = 0, naxis2 = 0;
    fits_get_num_cols(m_fptr, &ncols, &status);
    fits_read_key(m_fptr, TLONGLONG, "NAXIS1", &naxis1, nullptr, &status);
    fits_read_key(m_fptr, TLONGLONG, "NAXIS2", &naxis2, nullptr, &status);
    if (status || ncols <= 0 || naxis1 <= 0 || naxis2 != rows)
        return false;
    long long offset = 0;
    for (int c = 1; c <= ncols; ++c) {
        int typecode = 0;
        long rep = 0, width = 0;
        fits_get_coltype(m_fptr, c, &typecode, &rep, &width, &status);
        if (status)
            return false;
        ColumnLayout L;
        L.typecode = typecode;
        L.repeat = rep;
        L.offset = offset;
        long long bytes = 0;
        if (typecode < 0)
            bytes = (typecode == -TLONGLONG || std::abs(typecode) > 80) ? 16 : 8;  // P/Q descriptors
        else if (typecode == TSTRING)
            bytes = rep;
        else if (typecode == TBIT)
            bytes = (rep + 7) / 8;
        else
            bytes = rep * elementBytes(typecode);
        if (typecode > 0 && typecode != TSTRING && typecode != TBIT && elementBytes(typecode) == 0)
            return false;
        // Plain numeric columns only: no TSCAL/TZERO scaling.
        double tscal = 1, tzero = 0;
        int st = 0;
        fits_read_key(m_fptr, TDOUBLE, ("TSCAL" + std::to_string(c)).c_str(), &tscal, nullptr, &st);
        if (st == KEY_NO_EXIST) {
            st = 0;
            tscal = 1;
        }
        fits_read_key(m_fptr, TDOUBLE, ("TZERO" + std::to_string(c)).c_str(), &tzero, nullptr, &st);
        if (st == KEY_NO_EXIST) {
            st = 0;
            tzero = 0;
        }
        fits_clear_errmsg();
        L.plain = st == 0 && tscal == 1.0 && tzero == 0.0
                  && (typecode == TFLOAT || typecode == TDOUBLE || typecode == TLONG || typecode == TSHORT
                      || typecode == TBYTE || typecode == TLONGLONG);
        m_table.columns.push_back(L);
        offset += bytes;
    }
    if (offset != naxis1)
        return false;  // layout not understood: use fits_read_col
    long long total = 0;
    if (__builtin_mul_overflow(naxis1, naxis2, &total) || total <= 0 || total > (1LL << 34))
        return false;
    // Over budget: the per-column path needs less memory (and reports the budget).
    if (!reserve(total, "the table of HDU " + std::to_string(hdu)).ok())
        return false;
    m_table.bytes.resize(std::size_t(total));
    fits_read_tblbytes(m_fptr, 1, 1, total, m_table.bytes.data(), &status);
    if (status) {  // e.g. truncated data: let fits_read_col report it
        fits_clear_errmsg();
        m_table.bytes.clear();
        return false;
    }
    m_table.rows = naxis2;
    m_table.rowBytes = naxis1;
    m_table.valid = true;
    return true;
}

template <typename T>
bool FitsFile::decodeColumn(int col, long long rows, std::vector<T>& out) const
{
    if (!m_table.valid || col < 1 || col > int(m_table.columns.size()) || rows != m_table.rows)
        return false;
    const ColumnLayout& L = m_table.columns[std::size_t(col - 1)];
    if (!L.plain)
        return false;
    const long long rep = L.repeat;
    out.resize(std::size_t(std::max(0LL, rows * rep)));
    T* dst = out.data();
    const unsigned char* base = m_table.bytes.data() + L.offset;
    bool inRange = true;
    auto run = [&](auto tag) {
        using Src = decltype(tag);
        for (long long r = 0; r < rows; ++r) {
            const unsigned char* p = base + r * m_table.rowBytes;
            for (long long k = 0; k < rep; ++k) {
                const Src v = loadBE<Src>(p + k * static_cast<long long>(sizeof(Src)));
                if constexpr (std::is_integral_v<T> && std::is_floating_point_v<Src>) {
                    // A real number that no integer of T holds (NaN, 1e98) is undefined to
                    // convert: leave such a column to fits_read_col, which reports it.
                    if (!(v >= Src(std::numeric_limits<T>::min()) && v <= Src(std::numeric_limits<T>::max()))) {
                        inRange = false;
                        return;
                    }
                }
                *dst++ = static_cast<T>(v);
            }
        }
    };
    switch (L.typecode) {
    case TFLOAT: run(float{}); break;
    case TDOUBLE: run(double{}); break;
    case TLONG: run(std::int32_t{}); break;
    case TSHORT: run(std::int16_t{}); break;
    case TBYTE: run(std::uint8_t{}); break;
    case TLONGLONG: run(std::int64_t{}); break;
    default: return false;
    }
    if (!inRange)
        out.clear();
    return inRange;
}

template bool FitsFile::decodeColumn<double>(int, long long, std::vector<double>&) const;
template bool FitsFile::decodeColumn<float>(int, long long, std::vector<float>&) const;
template bool FitsFile::decodeColumn<std::int32_t>(int, long long, std::vector<std::int32_t>&) const;

}  // namespace exo::io::detail
