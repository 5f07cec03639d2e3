#include "io/fits_handle.h"

#include <fitsio.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
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
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

std::string fileName(const std::string& path)
{
    return std::filesystem::path(path).filename().string();
}

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

bool HeaderMap::has(const std::string& key) const
{
    return m_values.count(key) > 0;
}

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
    const long long v = std::strtoll(s->c_str(), &end, 10);
    if (end == s->c_str())
        return std::nullopt;
    if (*end == '.' || *end == 'E' || *end == 'e') {  // written as a float
        auto d = num(key);
        if (!d || !std::isfinite(*d))
            return std::nullopt;
        return static_cast<long long>(std::llround(*d));
    }
    return v;
}

std::optional<bool> HeaderMap::logical(const std::string& key) const
{
    auto s = str(key);
    if (!s || s->empty())
        return std::nullopt;
    if ((*s)[0] == 'T') return true;
    if ((*s)[0] == 'F') return false;
    return std::nullopt;
}

// ---------------------------------------------------------------- HduInfo

bool HduInfo::isTable() const
{
    return type == BINARY_TBL || type == ASCII_TBL;
}

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

FitsFile::~FitsFile()
{
    close();
}

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
    const bool gzip = size >= 2 && static_cast<unsigned char>(head[0]) == 0x1f
                      && static_cast<unsigned char>(head[1]) == 0x8b;
    const bool simple = size >= 9 && std::string(head, 9) == "SIMPLE  =";
    if (!gzip && !simple)
        return fail(ErrorCode::NotFits, "does not start with a FITS 'SIMPLE' card nor a gzip signature");
    if (gzip) {
        // Look at the first decompressed bytes: a gzip'ed text file is NotFits,
        // not a truncated FITS file.
        char inner[9] = {0};
        int got = 0;
        if (gzFile gz = gzopen(path.c_str(), "rb")) {
            got = gzread(gz, inner, sizeof inner);
            gzclose(gz);
        }
        if (got < 9)
            return fail(got <= 0 ? ErrorCode::NotFits : ErrorCode::Truncated, "gzip stream too short or unreadable");
        if (std::string(inner, 9) != "SIMPLE  =")
            return fail(ErrorCode::NotFits, "compressed content does not start with a FITS 'SIMPLE' card");
    }

    int status = 0;
    // fits_open_diskfile: no extended-filename parsing (brackets in names are safe);
    // CFITSIO still recognises and decompresses gzip files into memory.
    fits_open_diskfile(&m_fptr, path.c_str(), READONLY, &status);
    if (status) {
        m_fptr = nullptr;
        if (gzip)
            return fail(status == NO_SIMPLE || status == BAD_HEADER_FILL ? ErrorCode::NotFits : ErrorCode::Truncated,
                        "compressed file is not a readable FITS stream", status);
        if (size < 2880 || size % 2880 != 0 || status == END_OF_FILE || status == READ_ERROR)
            return fail(ErrorCode::Truncated,
                        "primary header incomplete (file has " + std::to_string(size) + " bytes)", status);
        return fail(ErrorCode::NotFits, "malformed primary header", status);
    }
    return scanStructure();
}

Status FitsFile::scanStructure()
{
    const long long logical = m_fptr->Fptr->logfilesize;
    long long prevEnd = 0;
    for (int i = 1;; ++i) {
        int status = 0, type = 0;
        if (i > 1) {
            fits_movabs_hdu(m_fptr, i, &type, &status);
            if (status) {
                if (prevEnd >= logical)
                    break;  // clean end of file
                return fail(ErrorCode::Truncated,
                            "header of HDU " + std::to_string(i) + " incomplete at byte "
                                + std::to_string(prevEnd) + " of " + std::to_string(logical),
                            status);
            }
        } else {
            fits_get_hdu_type(m_fptr, &type, &status);
        }
        HduInfo info;
        info.index = i;
        info.type = type;
        int nkeys = 0, more = 0;
        fits_get_hdrspace(m_fptr, &nkeys, &more, &status);
        for (int k = 1; k <= nkeys && !status; ++k) {
            char name[FLEN_KEYWORD] = {0}, value[FLEN_VALUE] = {0}, comment[FLEN_COMMENT] = {0};
            fits_read_keyn(m_fptr, k, name, value, comment, &status);
            if (!status && name[0] && std::string(name) != "COMMENT" && std::string(name) != "HISTORY"
                && !info.keys.has(name))
                info.keys.set(name, trimRight(value));
        }
        LONGLONG headStart = 0, dataStart = 0, dataEnd = 0;
        fits_get_hduaddrll(m_fptr, &headStart, &dataStart, &dataEnd, &status);
        if (status)
            return fail(ErrorCode::Truncated, "cannot read header of HDU " + std::to_string(i), status);

        info.extname = info.keys.str("EXTNAME").value_or("");
        const long long naxis = info.keys.integer("NAXIS").value_or(0);
        long long elems = naxis > 0 ? 1 : 0;
        for (long long a = 1; a <= naxis; ++a) {
            const long long n = info.keys.integer("NAXIS" + std::to_string(a)).value_or(0);
            info.naxes.push_back(n);
            elems *= n;
        }
        const long long bitpix = std::llabs(info.keys.integer("BITPIX").value_or(8));
        const long long pcount = info.keys.integer("PCOUNT").value_or(0);
        const long long gcount = info.keys.integer("GCOUNT").value_or(1);
        const long long dataBytes = naxis > 0 ? bitpix / 8 * gcount * (pcount + elems) : 0;
        if (info.isTable()) {
            info.rows = info.naxes.size() >= 2 ? info.naxes[1] : 0;
            const long long tfields = info.keys.integer("TFIELDS").value_or(0);
            for (long long c = 1; c <= tfields; ++c)
                info.columns.push_back(info.keys.str("TTYPE" + std::to_string(c)).value_or(""));
        }
        if (dataStart + dataBytes > logical)
            return fail(ErrorCode::Truncated,
                        "data of HDU " + std::to_string(i) + " needs " + std::to_string(dataStart + dataBytes)
                            + " bytes but the file has " + std::to_string(logical));
        prevEnd = dataEnd;
        m_hdus.push_back(std::move(info));
    }
    if (m_hdus.empty())
        return fail(ErrorCode::NotFits, "no HDU");
    // Mission files announce their extensions; a file cut exactly at an HDU
    // boundary is otherwise indistinguishable from a complete one.
    // Here: a file holding only its primary HDU; per product in classifyFile().
    if (m_hdus.size() == 1 && missingExtensions() > 0)
        return fail(ErrorCode::Truncated, "primary header announces extensions (NEXTEND) but the file ends after it");
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
    if (!moveTo(hdu).ok())
        return 0;
    int status = 0, typecode = 0;
    long rep = 0, width = 0;
    fits_get_coltype(m_fptr, col, &typecode, &rep, &width, &status);
    return status ? 0 : rep;
}

template <typename T>
Status readColumnT(FitsFile& f, fitsfile* fptr, int hdu, int col, long long rows, int datatype,
                   std::vector<T>& out)
{
    Status s = f.moveTo(hdu);
    if (!s.ok())
        return s;
    // Fast path: decode from the table read in one pass.
    if (f.loadTableCache(hdu, rows) && f.decodeColumn(col, rows, out))
        return Status::success();
    int status = 0, typecode = 0;
    long rep = 0, width = 0;
    fits_get_coltype(fptr, col, &typecode, &rep, &width, &status);
    if (status)
        return f.fail(ErrorCode::MissingColumn, "bad column " + std::to_string(col), status);
    const long long n = rows * static_cast<long long>(rep);
    out.assign(static_cast<std::size_t>(std::max(0LL, n)), T{});
    if (n <= 0)
        return Status::success();
    T nulval{};
    int anynul = 0;
    fits_read_col(fptr, datatype, col, 1, 1, n, &nulval, out.data(), &anynul, &status);
    if (status) {
        const ErrorCode code = (status == END_OF_FILE || status == READ_ERROR) ? ErrorCode::Truncated
                                                                               : ErrorCode::InternalError;
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
    Status s = moveTo(hdu);
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
    Status s = moveTo(hdu);
    if (!s.ok())
        return s;
    long long n = h.naxes.empty() ? 0 : 1;
    for (long long a : h.naxes)
        n *= a;
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
