#include "cli/args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace exo::cli {

bool Args::parse(const std::vector<std::string>& argv, const ArgSpec& spec)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a.substr(2), val;
            bool hasInline = false;
            if (auto eq = name.find('='); eq != std::string::npos) {
                val = name.substr(eq + 1);
                name = name.substr(0, eq);
                hasInline = true;
            }
            if (spec.flags.count(name)) {
                if (hasInline) {
                    m_error = "option --" + name + " takes no value";
                    return false;
                }
                m_flags.insert(name);
            } else if (spec.valued.count(name)) {
                if (!hasInline) {
                    if (i + 1 >= argv.size()) {
                        m_error = "option --" + name + " needs a value";
                        return false;
                    }
                    val = argv[++i];
                }
                m_values[name] = val;
            } else {
                m_error = "unknown option --" + name;
                return false;
            }
        } else if (a == "-h") {
            m_flags.insert("help");
        } else {
            m_positional.push_back(a);
        }
    }
    return true;
}

bool Args::has(const std::string& name) const { return m_flags.count(name) || m_values.count(name); }

std::optional<std::string> Args::value(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

static bool parseDouble(const std::string& s, double& out)
{
    if (s.empty())
        return false;
    char* end = nullptr;
    errno = 0;
    out = std::strtod(s.c_str(), &end);
    return errno == 0 && end && *end == '\0' && std::isfinite(out);
}

std::optional<double> Args::number(const std::string& name, bool& ok, std::string& why) const
{
    auto v = value(name);
    if (!v)
        return std::nullopt;
    double d;
    if (!parseDouble(*v, d)) {
        ok = false;
        why = "--" + name + " expects a number, got '" + *v + "'";
        return std::nullopt;
    }
    return d;
}

std::optional<long long> Args::integer(const std::string& name, bool& ok, std::string& why) const
{
    auto v = value(name);
    if (!v)
        return std::nullopt;
    char* end = nullptr;
    errno = 0;
    long long x = std::strtoll(v->c_str(), &end, 10);
    if (v->empty() || errno || !end || *end) {
        ok = false;
        why = "--" + name + " expects an integer, got '" + *v + "'";
        return std::nullopt;
    }
    return x;
}

std::optional<std::vector<double>> Args::numberList(const std::string& name, bool& ok, std::string& why) const
{
    auto v = value(name);
    if (!v)
        return std::nullopt;
    std::vector<double> out;
    std::size_t start = 0;
    while (start <= v->size()) {
        auto comma = v->find(',', start);
        std::string item = v->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        double d;
        if (!parseDouble(item, d)) {
            ok = false;
            why = "--" + name + " expects comma-separated numbers, got '" + *v + "'";
            return std::nullopt;
        }
        out.push_back(d);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

}  // namespace exo::cli
