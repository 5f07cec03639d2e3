#include "common/safe_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace exo {

std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    std::size_t n;
    char32_t min;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else
        return 0;
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

namespace {

bool isBidiControl(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

std::string hexEscape(unsigned value, bool unicode)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, unicode ? "\\u%04X" : "\\x%02X", value);
    return buf;
}

}  // namespace

std::string safeText(std::string_view in, std::size_t maxBytes)
{
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
    std::string out;
    out.reserve(std::min(in.size(), maxBytes) + kEllipsis.size());
    bool lastSpace = false;
    for (std::size_t i = 0; i < in.size();) {
        char32_t cp = 0;
        const std::size_t n = decodeUtf8(in, i, cp);
        std::string piece;
        if (n == 0) {
            piece = hexEscape(static_cast<unsigned char>(in[i]), false);
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            piece = lastSpace ? std::string() : std::string(" ");
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            piece = hexEscape(unsigned(cp), false);
        } else if (isBidiControl(cp)) {
            piece = hexEscape(unsigned(cp), true);
        } else {
            piece.assign(in.substr(i, n));
        }
        if (out.size() + piece.size() > maxBytes) {
            out += kEllipsis;
            return out;
        }
        if (!piece.empty())
            lastSpace = piece == " ";
        out += piece;
        i += n == 0 ? 1 : n;
    }
    return out;
}

std::string validUtf8(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        char32_t cp = 0;
        const std::size_t n = decodeUtf8(in, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD
            ++i;
        } else {
            out.append(in.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace exo

namespace exo {

std::string stripFilePrefix(std::string_view detail, std::string_view path)
{
    std::string_view base = path;
    if (const auto slash = path.find_last_of('/'); slash != std::string_view::npos)
        base = path.substr(slash + 1);
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (std::string_view p : {path, base}) {
            if (p.empty() || detail.size() < p.size() + 1 || detail.substr(0, p.size()) != p)
                continue;
            std::string_view rest = detail.substr(p.size());
            if (rest.substr(0, 1) != ":")
                continue;
            rest.remove_prefix(1);
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            detail = rest;
            stripped = true;
            break;
        }
    }
    return std::string(detail);
}

}  // namespace exo
