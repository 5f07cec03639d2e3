#include "session/json_guard.h"

#include "common/safe_text.h"

#include <set>
#include <string>
#include <vector>

namespace exo::app {

namespace {

struct Frame {
    bool object = false;
    bool expectKey = false;      ///< inside an object, the next string is a key
    std::set<std::string> keys;  ///< keys seen so far in this object
};

}  // namespace

QString checkJsonStructure(const QByteArray& bytes, const JsonGuardLimits& limits)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = begin + bytes.size();
    const auto* p = begin;
    const std::string_view whole(bytes.constData(), std::size_t(bytes.size()));
    std::vector<Frame> stack;
    long long values = 0;
    auto at = [&](const unsigned char* q) { return QStringLiteral(" at offset %1").arg(qlonglong(q - begin)); };

    while (p < end) {
        const unsigned char c = *p;
        if (c == '"') {
            const unsigned char* start = ++p;
            while (p < end && *p != '"') {
                if (*p == '\\') {
                    p = end - p >= 2 ? p + 2 : end;
                    continue;
                }
                char32_t cp = 0;
                const std::size_t n = decodeUtf8(whole, std::size_t(p - begin), cp);
                if (n == 0)
                    return QStringLiteral("invalid UTF-8") + at(p);
                p += n;
            }
            if (p >= end)
                return {};  // unterminated string: Qt reports it
            const std::string text(reinterpret_cast<const char*>(start), std::size_t(p - start));
            ++p;
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                if (!stack.back().keys.insert(text).second)
                    return QStringLiteral("duplicate key \"%1\"").arg(QString::fromUtf8(text.c_str())) + at(start - 1);
                stack.back().expectKey = false;
                continue;
            }
            ++values;
        } else if (c == '{' || c == '[') {
            if (int(stack.size()) >= limits.maxDepth)
                return QStringLiteral("nesting deeper than %1 levels").arg(limits.maxDepth) + at(p);
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            stack.push_back(std::move(f));
            ++values;
            ++p;
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                return {};  // Qt reports the stray bracket
            stack.pop_back();
            ++p;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            ++p;
        } else if (c >= 0x80) {
            return QStringLiteral("non-ASCII byte outside a string") + at(p);
        } else {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ':') {
                ++values;  // a number or literal: skip its characters
                while (p < end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' && *p != '\n' && *p != '\r'
                       && *p != '\t' && *p != '"' && *p != '[' && *p != '{')
                    ++p;
            } else {
                ++p;
            }
        }
        if (values > limits.maxValues)
            return QStringLiteral("more than %1 values").arg(limits.maxValues) + at(p);
    }
    return {};
}

}  // namespace exo::app
