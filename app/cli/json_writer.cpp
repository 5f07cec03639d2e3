#include "cli/json_writer.h"

#include <cmath>
#include <cstdio>

#include "common/safe_text.h"

namespace exo::cli {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out << ',';
        m_first.back() = false;
        m_out << '\n' << std::string(2 * m_depth, ' ');
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separator();
    m_out << '{';
    m_first.push_back(true);
    ++m_depth;
    return *this;
}
JsonWriter& JsonWriter::beginArray()
{
    separator();
    m_out << '[';
    m_first.push_back(true);
    ++m_depth;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    bool empty = m_first.back();
    m_first.pop_back();
    --m_depth;
    if (!empty)
        m_out << '\n' << std::string(2 * m_depth, ' ');
    m_out << '}';
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    bool empty = m_first.back();
    m_first.pop_back();
    --m_depth;
    if (!empty)
        m_out << '\n' << std::string(2 * m_depth, ' ');
    m_out << ']';
    return *this;
}

JsonWriter& JsonWriter::key(const std::string& k)
{
    separator();
    m_out << '"' << escape(k) << "\": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const std::string& s)
{
    separator();
    m_out << '"' << escape(s) << '"';
    return *this;
}
JsonWriter& JsonWriter::value(long long i)
{
    separator();
    m_out << i;
    return *this;
}
JsonWriter& JsonWriter::value(bool b)
{
    separator();
    m_out << (b ? "true" : "false");
    return *this;
}
JsonWriter& JsonWriter::null()
{
    separator();
    m_out << "null";
    return *this;
}

JsonWriter& JsonWriter::value(double d)
{
    separator();
    if (!std::isfinite(d)) {
        m_out << "null";
        return *this;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    m_out << buf;
    return *this;
}

std::string JsonWriter::escape(const std::string& raw)
{
    // Strings may carry file content (OBJECT cards, paths): always valid UTF-8 out.
    const std::string s = validUtf8(raw);
    std::string o;
    o.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // DEL and the C1 controls (U+0080..U+009F, e.g. U+009B = CSI) escaped too, so the
        // JSON printed to a terminal cannot drive it.
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            char b[8];
            std::snprintf(b, sizeof b, "\\u%04x", static_cast<unsigned char>(s[i + 1]));
            o += b;
            ++i;
            continue;
        }
        switch (c) {
        case '"': o += "\\\""; break;
        case '\\': o += "\\\\"; break;
        case '\n': o += "\\n"; break;
        case '\t': o += "\\t"; break;
        case '\r': o += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                char b[8];
                std::snprintf(b, sizeof b, "\\u%04x", c);
                o += b;
            } else
                o += char(c);
        }
    }
    return o;
}

}  // namespace exo::cli
