#include "io/fits_handle.h"

#include "io/gzip_input.h"
#include "io/header_scan.h"
#include "io/read_limits.h"

#include <fitsio.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace exo::io::detail {

namespace {

std::string trimRight(std::string s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    return s;
}

bool iequals(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

std::string cfitsioMessage(int status)
{
    std::string msg;
    if (status != 0) {
        char text[FLEN_STATUS] = {0};
        fits_get_errstatus(status, text);
        msg = "cfitsio " + std::to_string(status) + ": " + text;
    }
    char line[FLEN_ERRMSG] = {0};
    int extra = 0;
    while (fits_read_errmsg(line) && extra < 3) {  // keep the first few stack lines
        if (line[0] == 0)
            break;
        msg += msg.empty() ? "" : " | ";
        msg += trimRight(line);
        ++extra;
    }
    fits_clear_errmsg();
    return msg;
}

// ---------------------------------------------------------------- HeaderMap

bool HeaderMap::has(const std::string& key) const { return m_values.count(key) > 0; }

std::optional<std::string> HeaderMap::str(const std::string& key) const
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return std::nullopt;
    std::string v = it->second;
    if (v.empty())
        return std::nullopt;  // undefined value (KEY =   / comment)
    if (v.front() == '\'') {
        // FITS strings: '...' with '' as an escaped quote; trailing blanks insignificant.
        std::string out;
        for (std::size_t i = 1; i < v.size(); ++i) {
            if (v[i] == '\'') {
                if (i + 1 < v.size() && v[i + 1] == '\'') {
                    out += '\'';
                    ++i;
                    continue;
                }
                break;
            }
            out += v[i];
        }
        return trimRight(out);
    }
    return trimRight(v);
}

std::optional<double> HeaderMap::num(const std::string& key) const
{
    auto s = str(key);
    if (!s || s->empty())
        return std::nullopt;
    std::string t = *s;
    std::replace(t.begin(), t.end(), 'D', 'E');  // Fortran exponent
    char* end = nullptr;
    const double v = std::strtod(t.c_str(), &end);
    if (end == t.c_str())
        return std::nullopt;
    while (*end && std::isspace(static_cast<unsigned char>(*end)))
        ++end;
    if (*end)
        return std::nullopt;
    return v;
}

std::optional<long long> HeaderMap::integer(const std::string& key) const
{
    auto s = str(key);
    if (!s || s->empty())
        return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(s->c_str(), &end, 10);
    if (end == s->c_str())
        return std::nullopt;
    if (*end == '.' || *end == 'E' || *end == 'e' || *end == 'D') {  // written as a float
        auto d = num(key);
        if (!d || !std::isfinite(*d) || std::fabs(*d) >= 9.2e18)
            return std::nullopt;
        return static_cast<long long>(std::llround(*d));
    }
    if (errno == ERANGE)
        return std::nullopt;
    return v;
}

std::optional<bool> HeaderMap::logical(const std::string& key) const
{
    auto s = str(key);
    if (!s || s->empty())
        return std::nullopt;
    if ((*s)[0] == 'T')
        return true;
    if ((*s)[0] == 'F')
        return false;
    return std::nullopt;
}

// ---------------------------------------------------------------- HduInfo

bool HduInfo::isTable() const { return type == BINARY_TBL || type == ASCII_TBL; }

int HduInfo::column(const std::string& name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name)
            return int(i) + 1;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (iequals(columns[i], name))
            return int(i) + 1;
    return 0;
}

// ---------------------------------------------------------------- FitsFile

FitsFile::~FitsFile() { close(); }

void FitsFile::close()
{
    if (m_fptr) {
        int status = 0;
        fits_close_file(m_fptr, &status);
        m_fptr = nullptr;
        fits_clear_errmsg();
    }
}

Status FitsFile::fail(ErrorCode code, const std::string& what, int cfitsioStatus) const
{
    std::string d = fileName(m_path) + ": " + what;
    if (cfitsioStatus != 0)
        d += " (" + cfitsioMessage(cfitsioStatus) + ")";
    return Status::error(code, d);
}

Status FitsFile::open(const std::string& path)
{
    close();
    m_hdus.clear();
    m_inflated.clear();
    m_reserved = 0;
    m_path = path;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path p(path);
    const auto st = fs::status(p, ec);
    if (ec || !fs::exists(st))
        return fail(ErrorCode::FileNotFound, "no such file");
    if (fs::is_directory(st))
        return fail(ErrorCode::NotAFile, "is a directory");
    if (!fs::is_regular_file(st))
        return fail(ErrorCode::NotAFile, "not a regular file");
    const auto size = fs::file_size(p, ec);
    if (ec)
        return fail(ErrorCode::NotAFile, "cannot get file size: " + ec.message());
    if (size == 0)
        return fail(ErrorCode::EmptyFile, "file is empty (0 bytes)");

    char head[10] = {0};
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return fail(ErrorCode::NotAFile, "cannot be opened for reading");
        in.read(head, sizeof head);
    }
    const bool gzip =
        size >= 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b;
    const bool simple = size >= 9 && std::string(head, 9) == "SIMPLE  =";
    if (!gzip && !simple)
        return fail(ErrorCode::NotFits, "does not start with a FITS 'SIMPLE' card nor a gzip signature");

    const std::string name = fileName(path);
    Status s;
    if (gzip) {
        s = inflateGzipFile(path, name, gzipInflateLimit(size), m_inflated);
        // A gzip'ed text file is NotFits, not a truncated FITS file.
        if ((s.ok() || s.code == ErrorCode::Truncated)
            && (m_inflated.size() < 9
                || std::string(reinterpret_cast<const char*>(m_inflated.data()), 9) != "SIMPLE  ="))
            return fail(m_inflated.size() < 9 && !s.ok() ? ErrorCode::Truncated : ErrorCode::NotFits,
                        "compressed content does not start with a FITS 'SIMPLE' card");
        if (!s.ok())
            return s;
        m_realBytes = static_cast<long long>(m_inflated.size());
        s = scanHeaders(MemorySource(m_inflated.data(), m_inflated.size()), name, m_hdus);
    } else {
        m_realBytes = storedBytes(path, static_cast<long long>(size));
        FileSource src(path);
        if (!src.isOpen())
            return fail(ErrorCode::NotAFile, "cannot be opened for reading");
        s = scanHeaders(src, name, m_hdus);
    }
    if (!s.ok()) {
        m_hdus.clear();
        return s;
    }
    // Mission files announce their extensions; a file cut exactly at an HDU
    // boundary is otherwise indistinguishable from a complete one.
    // Here: a file holding only its primary HDU; per product in classifyFile().
    if (m_hdus.size() == 1 && missingExtensions() > 0)
        return fail(ErrorCode::Truncated, "primary header announces extensions (NEXTEND) but the file ends after it");

    int status = 0;
    if (gzip) {
        m_memPtr = m_inflated.data();
        m_memSize = m_inflated.size();
        fits_open_memfile(&m_fptr, "inflated.fits", READONLY, &m_memPtr, &m_memSize, 0, nullptr, &status);
    } else {
        // fits_open_diskfile: no extended-filename parsing (brackets in names are safe).
        fits_open_diskfile(&m_fptr, path.c_str(), READONLY, &status);
    }
    if (status) {
        m_fptr = nullptr;
        return fail(ErrorCode::CorruptHeader, "CFITSIO refused the primary header", status);
    }
    return Status::success();
}

Status FitsFile::reserve(long long bytes, const std::string& what)
{
    constexpr long long kMB = 1024 * 1024;
    constexpr long long kMargin = 64 * kMB;
    const long long budget = static_cast<long long>(std::min<std::uint64_t>(memoryBudget(), 1ull << 62));
    long long total = 0;
    if (bytes < 0 || __builtin_add_overflow(m_reserved, bytes, &total) || total > budget)
        return fail(ErrorCode::TooLarge, "reading " + what + " needs " + std::to_string(bytes / kMB)
                                             + " MB, beyond the memory budget of " + std::to_string(budget / kMB)
                                             + " MB (setting EXO_MEMORY_BUDGET_MB)");
    const long long held = m_realBytes > (1LL << 60) ? (1LL << 62) : 4 * m_realBytes + kMargin;
    if (total > held)
        return fail(ErrorCode::TooLarge, "reading " + what + " needs " + std::to_string(bytes / kMB)
                                             + " MB but the file holds only " + std::to_string(m_realBytes / kMB)
                                             + " MB of data (its header claims far more than it stores)");
    m_reserved = total;
    return Status::success();
}

int FitsFile::missingExtensions() const
{
    if (m_hdus.empty())
        return 0;
    const auto next = m_hdus.front().keys.integer("NEXTEND");
    if (!next || *next <= 0)
        return 0;
    return int(std::max(0LL, *next + 1 - (long long)m_hdus.size()));
}

const HduInfo* FitsFile::findExt(const std::string& name) const
{
    for (const auto& h : m_hdus)
        if (iequals(h.extname, name))
            return &h;
    return nullptr;
}

Status FitsFile::moveTo(int hdu)
{
    int status = 0, type = 0;
    fits_movabs_hdu(m_fptr, hdu, &type, &status);
    if (status)
        return fail(ErrorCode::Truncated, "cannot move to HDU " + std::to_string(hdu), status);
    return Status::success();
}

long long FitsFile::repeat(int hdu, int col)
{
    if (hdu < 1 || hdu > int(m_hdus.size()))
        return 0;
    const HduInfo& h = m_hdus[std::size_t(hdu - 1)];
    if (col < 1 || col > int(h.geom.size()))
        return 0;
    return h.geom[std::size_t(col - 1)].repeat;
}

template <typename T>
Status readColumnT(FitsFile& f, fitsfile* fptr, int hdu, int col, long long rows, int datatype, std::vector<T>& out)
{
    Status s = f.moveTo(hdu);
    if (!s.ok())
        return s;
    const HduInfo& h = f.hdus()[std::size_t(hdu - 1)];
    if (col < 1 || col > int(h.geom.size()))
        return f.fail(ErrorCode::MissingColumn, "no column " + std::to_string(col) + " in HDU " + std::to_string(hdu));
    const ColumnGeom& g = h.geom[std::size_t(col - 1)];
    if (g.code == 'P' || g.code == 'Q' || g.code == 'A')
        return f.fail(ErrorCode::Unsupported, "column " + std::to_string(col) + " of HDU " + std::to_string(hdu)
                                                  + " (TFORM type " + g.code + ") is not numeric");
    if (rows < 0 || rows > h.rows)
        return f.fail(ErrorCode::InternalError, "row count beyond the table");
    long long n = 0, bytes = 0;
    if (__builtin_mul_overflow(rows, g.repeat, &n)
        || __builtin_mul_overflow(n, static_cast<long long>(sizeof(T)), &bytes))
        return f.fail(ErrorCode::TooLarge, "column " + std::to_string(col) + " claims too many elements");
    s = f.reserve(bytes, "column " + std::to_string(col) + " of HDU " + std::to_string(hdu));
    if (!s.ok())
        return s;
    // Fast path: decode from the table read in one pass.
    if (f.loadTableCache(hdu, rows) && f.decodeColumn(col, rows, out))
        return Status::success();
    int status = 0;
    out.assign(static_cast<std::size_t>(std::max(0LL, n)), T{});
    if (n <= 0)
        return Status::success();
    T nulval{};
    int anynul = 0;
    fits_read_col(fptr, datatype, col, 1, 1, n, &nulval, out.data(), &anynul, &status);
    if (status) {
        if (status == NUM_OVERFLOW)
            return f.fail(ErrorCode::Unsupported, "column " + std::to_string(col) + " of HDU " + std::to_string(hdu)
                                                      + " holds values beyond the range of its type");
        const ErrorCode code =
            (status == END_OF_FILE || status == READ_ERROR) ? ErrorCode::Truncated : ErrorCode::Unsupported;
        return f.fail(code, "reading column " + std::to_string(col) + " of HDU " + std::to_string(hdu), status);
    }
    return Status::success();
}

Status FitsFile::readColumn(int hdu, int col, long long rows, std::vector<double>& out)
{
    return readColumnT(*this, m_fptr, hdu, col, rows, TDOUBLE, out);
}

Status FitsFile::readColumn(int hdu, int col, long long rows, std::vector<float>& out)
{
    return readColumnT(*this, m_fptr, hdu, col, rows, TFLOAT, out);
}

Status FitsFile::readColumn(int hdu, int col, long long rows, std::vector<std::int32_t>& out)
{
    static_assert(sizeof(int) == sizeof(std::int32_t));
    return readColumnT(*this, m_fptr, hdu, col, rows, TINT, out);
}

Status FitsFile::readImage(int hdu, std::vector<std::int32_t>& out, int& rows, int& cols)
{
    const HduInfo& h = m_hdus.at(std::size_t(hdu - 1));
    if (h.type != IMAGE_HDU || h.naxes.size() != 2)
        return fail(ErrorCode::Unsupported, "HDU " + std::to_string(hdu) + " is not a 2-D image");
    if (h.naxes[0] > 65535 || h.naxes[1] > 65535)
        return fail(ErrorCode::Unsupported, "HDU " + std::to_string(hdu) + ": image axes beyond 65535 pixels");
    Status s = moveTo(hdu);
    if (s.ok())
        s = reserve(h.naxes[0] * h.naxes[1] * 4, "image HDU " + std::to_string(hdu));
    if (!s.ok())
        return s;
    cols = int(h.naxes[0]);
    rows = int(h.naxes[1]);
    out.assign(std::size_t(rows) * std::size_t(cols), 0);
    if (out.empty())
        return Status::success();
    int status = 0, anynul = 0, nulval = 0;
    fits_read_img(m_fptr, TINT, 1, LONGLONG(out.size()), &nulval, out.data(), &anynul, &status);
    if (status)
        return fail(ErrorCode::Truncated, "reading image HDU " + std::to_string(hdu), status);
    return Status::success();
}

Status FitsFile::readImage(int hdu, std::vector<float>& out)
{
    const HduInfo& h = m_hdus.at(std::size_t(hdu - 1));
    if (h.type != IMAGE_HDU)
        return fail(ErrorCode::Unsupported, "HDU " + std::to_string(hdu) + " is not an image");
    Status s = moveTo(hdu);
    // The pre-scan bounded the product by the data size, so it cannot overflow.
    long long n = h.naxes.empty() ? 0 : 1;
    for (long long a : h.naxes)
        n *= a;
    if (s.ok())
        s = reserve(n * 4, "image HDU " + std::to_string(hdu));
    if (!s.ok())
        return s;
    out.assign(std::size_t(n), 0.f);
    if (n == 0)
        return Status::success();
    int status = 0, anynul = 0;
    float nulval = 0;
    fits_read_img(m_fptr, TFLOAT, 1, n, &nulval, out.data(), &anynul, &status);
    if (status)
        return fail(ErrorCode::Truncated, "reading image HDU " + std::to_string(hdu), status);
    return Status::success();
}

}  // namespace exo::io::detail
