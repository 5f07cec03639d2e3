#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace exo::cli {
/// Exit codes of exoworld-cli.
enum Exit { kOk = 0, kFailure = 1, kUsage = 2, kBadInput = 3, kArchive = 4 };

/// Whether these arguments draw a sheet or a PDF report (main() then creates a
/// QGuiApplication on the offscreen platform instead of a QCoreApplication).
bool needsGui(const std::vector<std::string>& args);

/// Run the CLI with arguments (without argv[0]); output to out, errors to err.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}  // namespace exo::cli
