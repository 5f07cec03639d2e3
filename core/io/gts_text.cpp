/// @file gts_text.cpp
/// Text helpers of the Warp 10 GTS format (see gts_text.h).

#include "io/gts_text.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace exo::io::gts_text {

/// Whole days between BJDREFI and the Unix epoch JD, kept apart from the
/// fraction so the sum stays exact in double precision.
double epochOffsetDays(long bjdRefI, double bjdRefF) { return (double(bjdRefI) - 2440587.0) + (bjdRefF - 0.5); }

static bool unreserved(unsigned char c) { return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '~'; }

std::string urlEncode(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (unreserved(c)) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// URL decoding as Warp 10 does it (java.net.URLDecoder: '+' is a space).
bool urlDecode(std::string_view s, std::string& out)
{
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size())
                return false;
            const int a = hexValue(s[i + 1]), b = hexValue(s[i + 2]);
            if (a < 0 || b < 0)
                return false;
            out += char(a * 16 + b);
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return true;
}

/// Column name -> class name, the workshop's rule: lower case, '_' -> '.'.
std::string className(const std::string& column)
{
    std::string s = column;
    for (char& c : s)
        c = (c == '_') ? '.' : char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Class name -> column name (inverse rule).
std::string columnName(const std::string& cls)
{
    std::string s = cls;
    for (char& c : s)
        c = (c == '.') ? '_' : char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

/// Shortest round-trip text of a double, always with a '.' so Warp 10 stores a DOUBLE.
void appendDouble(std::string& out, double v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, r.ptr);
    if (s.find('.') == std::string::npos) {
        const auto e = s.find('e');
        if (e == std::string::npos)
            s += ".0";
        else
            s.insert(e, ".0");
    }
    out += s;
}

void appendLong(std::string& out, long long v)
{
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

std::string fmt(double v)
{
    std::string s;
    appendDouble(s, v);
    return s;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

/// "# exoworld.file k=v k=v" -> map (values URL-decoded).
std::map<std::string, std::string> parseMetaComment(std::string_view rest)
{
    std::map<std::string, std::string> m;
    while (!rest.empty()) {
        rest = trim(rest);
        const auto sp = rest.find(' ');
        std::string_view tok = rest.substr(0, sp);
        rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
        const auto eq = tok.find('=');
        if (eq == std::string_view::npos)
            continue;
        std::string v;
        if (urlDecode(tok.substr(eq + 1), v))
            m[std::string(tok.substr(0, eq))] = v;
    }
    return m;
}

bool parseValue(std::string_view v, double& out, std::string& why)
{
    if (v.empty()) {
        why = "no value";
        return false;
    }
    if (v == "T" || v == "true") {
        out = 1;
        return true;
    }
    if (v == "F" || v == "false") {
        out = 0;
        return true;
    }
    if (v.front() == '\'' || v.front() == '"') {
        why = "string value";
        return false;
    }
    if (v.front() == '[' || v.front() == 'b' || v.front() == ':') {
        why = "non-numeric value";
        return false;
    }
    std::string s(v);
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0') {
        why = "bad number '" + s + "'";
        return false;
    }
    return true;
}

double metaNumber(const std::map<std::string, std::string>& m, const char* key, double dflt)
{
    auto it = m.find(key);
    if (it == m.end() || it->second.empty())
        return dflt;
    char* end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    return (end && *end == '\0') ? v : dflt;
}

std::string metaText(const std::map<std::string, std::string>& m, const char* key)
{
    auto it = m.find(key);
    return it == m.end() ? std::string{} : it->second;
}

Mission missionFromName(const std::string& s)
{
    if (s == "Kepler")
        return Mission::Kepler;
    if (s == "K2")
        return Mission::K2;
    if (s == "TESS")
        return Mission::TESS;
    return Mission::Unknown;
}

}  // namespace exo::io::gts_text
