#pragma once
/// A tiny ordered JSON emitter (keys keep insertion order, which makes the
/// CLI's --json output stable and readable). Non-finite numbers become null.

#include <sstream>
#include <string>
#include <vector>

namespace exo::cli {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const std::string& k);
    JsonWriter& value(const std::string& s);
    JsonWriter& value(const char* s) { return value(std::string(s)); }
    JsonWriter& value(double d);
    JsonWriter& value(long long i);
    JsonWriter& value(int i) { return value(static_cast<long long>(i)); }
    JsonWriter& value(std::size_t i) { return value(static_cast<long long>(i)); }
    JsonWriter& value(bool b);
    JsonWriter& null();
    template <typename T>
    JsonWriter& field(const std::string& k, const T& v)
    {
        key(k);
        return value(v);
    }
    std::string str() const { return m_out.str(); }

    static std::string escape(const std::string& s);

private:
    void separator();
    std::ostringstream m_out;
    std::vector<bool> m_first;  // per nesting level: no element written yet
    bool m_afterKey = false;
    int m_depth = 0;
};

}  // namespace exo::cli
