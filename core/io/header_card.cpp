/// @file header_card.cpp
/// Strict FITS card syntax (FITS Standard 4.0, section 4.1-4.2): printable ASCII
/// only, keyword of [A-Z0-9_-] left-justified in columns 1-8, "= " in columns
/// 9-10 for value cards, a closed quoted string, T/F, an integer, a real or a
/// complex value, then only blanks or a "/ comment".
#include "io/header_card.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace exo::io::detail {

namespace {

bool isKeyChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string hexByte(unsigned char c)
{
    char b[8];
    std::snprintf(b, sizeof b, "0x%02X", unsigned(c));
    return b;
}

/// FITS integer or real constant; sets `real` when it has a fraction or exponent.
bool isNumber(const std::string& s, bool& real)
{
    std::size_t i = 0;
    real = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    std::size_t digits = 0;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        real = true;
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'E' || s[i] == 'D' || s[i] == 'e' || s[i] == 'd')) {
        real = true;
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t exp = 0;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++exp;
        }
        if (exp == 0)
            return false;
    }
    return i == s.size();
}

std::string trimBlanks(const std::string& s)
{
    std::size_t a = 0, b = s.size();
    while (a < b && s[a] == ' ')
        ++a;
    while (b > a && s[b - 1] == ' ')
        --b;
    return s.substr(a, b - a);
}

/// After a value ends at `pos`: only blanks, then the end or a '/' comment.
bool restIsComment(const char* card, std::size_t pos)
{
    while (pos < kCardBytes && card[pos] == ' ')
        ++pos;
    return pos == kCardBytes || card[pos] == '/';
}

/// The value field starting at `pos` (just after "= ").
bool parseValue(const char* card, std::size_t pos, Card& out, std::string& why)
{
    while (pos < kCardBytes && card[pos] == ' ')
        ++pos;
    if (pos == kCardBytes || card[pos] == '/') {
        out.type = Card::Type::Undefined;
        return true;
    }
    const char c = card[pos];
    if (c == '\'') {
        std::size_t i = pos + 1;
        for (;;) {
            if (i >= kCardBytes) {
                why = "string value has no closing quote";
                return false;
            }
            if (card[i] == '\'') {
                if (i + 1 < kCardBytes && card[i + 1] == '\'') {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        if (!restIsComment(card, i + 1)) {
            why = "text after the closing quote of a string value";
            return false;
        }
        out.type = Card::Type::String;
        out.value.assign(card + pos, i + 1 - pos);
        return true;
    }
    if (c == '(') {
        const char* close = static_cast<const char*>(std::memchr(card + pos, ')', kCardBytes - pos));
        if (!close) {
            why = "complex value has no closing parenthesis";
            return false;
        }
        const std::string inner(card + pos + 1, close);
        const auto comma = inner.find(',');
        bool real = false;
        if (comma == std::string::npos || !isNumber(trimBlanks(inner.substr(0, comma)), real)
            || !isNumber(trimBlanks(inner.substr(comma + 1)), real)) {
            why = "malformed complex value";
            return false;
        }
        const std::size_t end = std::size_t(close - card) + 1;
        if (!restIsComment(card, end)) {
            why = "text after a complex value";
            return false;
        }
        out.type = Card::Type::Complex;
        out.value.assign(card + pos, end - pos);
        return true;
    }
    std::size_t end = pos;
    while (end < kCardBytes && card[end] != ' ' && card[end] != '/')
        ++end;
    const std::string token(card + pos, end - pos);
    if (!restIsComment(card, end)) {
        why = "text after the value '" + token + "'";
        return false;
    }
    if (token == "T" || token == "F") {
        out.type = Card::Type::Logical;
    } else {
        bool real = false;
        if (!isNumber(token, real)) {
            why = "malformed value '" + token + "'";
            return false;
        }
        out.type = real ? Card::Type::Float : Card::Type::Integer;
    }
    out.value = token;
    return true;
}

/// "TFORM12" -> prefix "TFORM" with index 12 (1..999, no leading zero).
bool splitIndexed(const std::string& key, const char* prefix)
{
    const std::size_t n = std::strlen(prefix);
    if (key.size() <= n || key.size() > n + 3 || key.compare(0, n, prefix) != 0 || key[n] == '0')
        return false;
    for (std::size_t i = n; i < key.size(); ++i)
        if (!isDigit(key[i]))
            return false;
    return true;
}

}  // namespace

bool parseCard(const char* card, Card& out, std::string& why)
{
    out = Card{};
    for (std::size_t i = 0; i < kCardBytes; ++i) {
        const auto c = static_cast<unsigned char>(card[i]);
        if (c < 0x20 || c > 0x7E) {
            why = "byte " + hexByte(c) + " at column " + std::to_string(i + 1)
                  + " (header cards must be printable ASCII)";
            return false;
        }
    }
    if (std::strncmp(card, "HIERARCH ", 9) == 0) {
        // ESO HIERARCH convention: "HIERARCH A B C = value".
        const char* eq = static_cast<const char*>(std::memchr(card + 9, '=', kCardBytes - 9));
        out.key = "HIERARCH";
        if (!eq)
            return true;
        out.key = trimBlanks(std::string(card + 9, eq));
        out.kind = Card::Kind::Value;
        return parseValue(card, std::size_t(eq - card) + 1, out, why);
    }
    std::size_t n = 0;
    while (n < 8 && card[n] != ' ') {
        if (!isKeyChar(card[n])) {
            why = "invalid character '" + std::string(1, card[n]) + "' in keyword name '"
                  + trimBlanks(std::string(card, 8)) + "'";
            return false;
        }
        ++n;
    }
    for (std::size_t i = n; i < 8; ++i)
        if (card[i] != ' ') {
            why = "blank inside keyword name '" + trimBlanks(std::string(card, 8)) + "'";
            return false;
        }
    out.key.assign(card, n);
    if (out.key == "END") {
        out.kind = Card::Kind::End;
        return true;
    }
    if (out.key.empty() || out.key == "COMMENT" || out.key == "HISTORY" || out.key == "CONTINUE")
        return true;  // commentary: free text
    if (card[8] == '=' && card[9] == ' ') {
        out.kind = Card::Kind::Value;
        if (!parseValue(card, 10, out, why)) {
            why = "keyword " + out.key + ": " + why;
            return false;
        }
        return true;
    }
    // No value indicator: a commentary keyword. A reserved keyword must have a value.
    if (reservedType(out.key, false) || isStructuralKey(out.key)) {
        why = "keyword " + out.key + " has no '= ' value indicator in columns 9-10";
        return false;
    }
    return true;
}

std::optional<Card::Type> reservedType(const std::string& key, bool asciiTable)
{
    if (key.empty() || std::strchr("SGBPTXEN", key[0]) == nullptr)
        return std::nullopt;  // cheap exit: most keywords start with other letters
    // Only keywords that CFITSIO interprets while parsing a header or reading data are
    // typed here; informational ones (INHERIT, EXTVER, TUNITn...) are left as written,
    // since real HLSPs write e.g. INHERIT = 'T'.
    using T = Card::Type;
    if (key == "SIMPLE" || key == "GROUPS")
        return T::Logical;
    if (key == "BITPIX" || key == "NAXIS" || key == "PCOUNT" || key == "GCOUNT" || key == "TFIELDS" || key == "THEAP"
        || key == "BLANK")
        return T::Integer;
    if (key == "XTENSION" || key == "EXTNAME")
        return T::String;
    if (key == "BSCALE" || key == "BZERO")
        return T::Float;
    if (splitIndexed(key, "NAXIS") || splitIndexed(key, "TBCOL"))
        return T::Integer;
    for (const char* p : {"TFORM", "TTYPE", "TDIM"})
        if (splitIndexed(key, p))
            return T::String;
    if (splitIndexed(key, "TSCAL") || splitIndexed(key, "TZERO"))
        return T::Float;
    if (splitIndexed(key, "TNULL"))
        return asciiTable ? T::String : T::Integer;
    return std::nullopt;
}

bool isStructuralKey(const std::string& key)
{
    if (key.empty() || std::strchr("SGBPTXN", key[0]) == nullptr)
        return false;
    for (const char* k : {"SIMPLE", "XTENSION", "BITPIX", "NAXIS", "PCOUNT", "GCOUNT", "TFIELDS", "GROUPS", "THEAP",
                          "BSCALE", "BZERO", "BLANK"})
        if (key == k)
            return true;
    for (const char* p : {"NAXIS", "TFORM", "TTYPE", "TDIM", "TBCOL", "TSCAL", "TZERO", "TNULL"})
        if (splitIndexed(key, p))
            return true;
    return false;
}

std::optional<long long> parseInteger(const std::string& text)
{
    const std::string t = trimBlanks(text);
    bool real = false;
    if (t.empty() || !isNumber(t, real) || real)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(t.c_str(), &end, 10);
    if (errno == ERANGE || end != t.c_str() + t.size())
        return std::nullopt;
    return v;
}

}  // namespace exo::io::detail
