#pragma once
/// Minimal command-line parser for exoworld-cli subcommands: positional
/// arguments plus `--name value`, `--name=value` and boolean `--flag` options.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace exo::cli {

struct ArgSpec {
    std::set<std::string> valued;  ///< options taking a value (without "--")
    std::set<std::string> flags;   ///< boolean options (without "--")
};

class Args {
public:
    /// Parse; on error returns false and sets error().
    bool parse(const std::vector<std::string>& argv, const ArgSpec& spec);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    const std::string& error() const { return m_error; }

    /// Typed accessors: nullopt if absent; sets ok=false with a message if malformed.
    std::optional<double> number(const std::string& name, bool& ok, std::string& why) const;
    std::optional<long long> integer(const std::string& name, bool& ok, std::string& why) const;
    /// Comma-separated list of numbers ("1,2.5,3").
    std::optional<std::vector<double>> numberList(const std::string& name, bool& ok, std::string& why) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::string m_error;
};

}  // namespace exo::cli
