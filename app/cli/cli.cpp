#include "cli/cli.h"
#include <ostream>

namespace exo::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        out << "usage: exoworld-cli <command> [options]\n";
        return args.empty() ? kUsage : kOk;
    }
    err << "exoworld-cli: unknown command '" << args[0] << "'\n";
    return kUsage;
}

}  // namespace exo::cli
