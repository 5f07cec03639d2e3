// Serialization of aperture masks: text grids (mask files) and the compact
// "ROWSxCOLS:HEX" token.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "photometry/aperture.h"

namespace exo::phot {

namespace {

Result<ApertureMask> invalid(std::string detail)
{
    return Result<ApertureMask>::failure(ErrorCode::InvalidParameter, std::move(detail));
}

int hexValue(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

}  // namespace

std::string toGridString(const ApertureMask& mask)
{
    std::string out;
    out.reserve(std::size_t(mask.rows) * (mask.cols + 1));
    for (int r = 0; r < mask.rows; ++r) {
        for (int c = 0; c < mask.cols; ++c)
            out.push_back(mask.at(r, c) ? '1' : '0');
        out.push_back('\n');
    }
    return out;
}

Result<ApertureMask> parseGridString(const std::string& text)
{
    std::vector<std::vector<std::uint8_t>> rows;
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        std::vector<std::uint8_t> row;
        bool comment = false;
        for (char ch : line) {
            if (ch == ' ' || ch == '\t' || ch == '\r')
                continue;
            if (row.empty() && ch == '#') {
                comment = true;
                break;
            }
            if (ch == '0' || ch == '.')
                row.push_back(0);
            else if (ch == '1' || ch == 'x' || ch == 'X' || ch == '*')
                row.push_back(1);
            else
                return invalid("line " + std::to_string(lineNo) + ": unexpected character '" + std::string(1, ch)
                               + "'");
        }
        if (comment || row.empty())
            continue;
        if (!rows.empty() && row.size() != rows.front().size())
            return invalid("line " + std::to_string(lineNo) + ": " + std::to_string(row.size()) + " columns, expected "
                           + std::to_string(rows.front().size()));
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return invalid("no mask rows");
    ApertureMask m(int(rows.size()), int(rows.front().size()));
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c)
            m.set(r, c, rows[r][c] != 0);
    return Result<ApertureMask>::success(std::move(m));
}

std::string toCompactString(const ApertureMask& mask)
{
    static const char* digits = "0123456789abcdef";
    std::string out = std::to_string(mask.rows) + "x" + std::to_string(mask.cols) + ":";
    for (std::size_t i = 0; i < mask.bits.size(); i += 4) {
        int nib = 0;
        for (std::size_t k = 0; k < 4; ++k)
            nib = (nib << 1) | ((i + k < mask.bits.size() && mask.bits[i + k]) ? 1 : 0);
        out.push_back(digits[nib]);
    }
    return out;
}

Result<ApertureMask> parseCompactString(const std::string& text)
{
    const auto x = text.find('x');
    const auto colon = text.find(':');
    if (x == std::string::npos || colon == std::string::npos || x > colon)
        return invalid("expected ROWSxCOLS:HEX");
    int rows = 0, cols = 0;
    try {
        std::size_t used = 0;
        rows = std::stoi(text.substr(0, x), &used);
        if (used != x)
            return invalid("bad row count");
        cols = std::stoi(text.substr(x + 1, colon - x - 1), &used);
        if (used != colon - x - 1)
            return invalid("bad column count");
    } catch (...) {
        return invalid("bad mask shape");
    }
    if (rows <= 0 || cols <= 0 || rows > 4096 || cols > 4096)
        return invalid("bad mask shape");
    ApertureMask m(rows, cols);
    const std::string hex = text.substr(colon + 1);
    if (hex.size() != (m.size() + 3) / 4)
        return invalid("expected " + std::to_string((m.size() + 3) / 4) + " hex digits");
    for (std::size_t h = 0; h < hex.size(); ++h) {
        const int nib = hexValue(hex[h]);
        if (nib < 0)
            return invalid("bad hex digit");
        for (std::size_t k = 0; k < 4; ++k) {
            const std::size_t i = h * 4 + k;
            const bool on = (nib >> (3 - k)) & 1;
            if (i < m.size())
                m.bits[i] = on ? 1 : 0;
            else if (on)
                return invalid("padding bits set");
        }
    }
    return Result<ApertureMask>::success(std::move(m));
}

Result<ApertureMask> readMaskFile(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Result<ApertureMask>::failure(ErrorCode::FileNotFound, path);
    if (!std::filesystem::is_regular_file(path, ec))
        return Result<ApertureMask>::failure(ErrorCode::NotAFile, path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Result<ApertureMask>::failure(ErrorCode::FileNotFound, path);
    std::ostringstream ss;
    ss << in.rdbuf();
    auto r = parseGridString(ss.str());
    if (!r.ok())
        r.status.detail = path + ": " + r.status.detail;
    return r;
}

Status writeMaskFile(const std::string& path, const ApertureMask& mask)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return Status::error(ErrorCode::WriteFailed, path);
    out << toGridString(mask);
    out.close();
    if (!out)
        return Status::error(ErrorCode::WriteFailed, path);
    return Status::success();
}

}  // namespace exo::phot
