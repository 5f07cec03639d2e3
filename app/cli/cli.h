#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace exo::cli {
/// Exit codes of exoworld-cli.
enum Exit { kOk = 0, kFailure = 1, kUsage = 2, kBadInput = 3, kArchive = 4 };

/// Run the CLI with arguments (without argv[0]); output to out, errors to err.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}
