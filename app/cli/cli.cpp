#include "cli/cli.h"

#include <exception>
#include <new>
#include <ostream>

#include "cli/commands.h"
#include "common/safe_text.h"
#include "exo_version.h"

namespace exo::cli {

namespace {
const char* kUsageText =
    "usage: exoworld-cli <command> [options]\n"
    "\n"
    "Find transiting planets in Kepler, K2 and TESS files, headless.\n"
    "\n"
    "commands:\n"
    "  info FILE... [--json]          what each file holds (mission, target, cadences, pixels)\n"
    "  lightcurve FILE... [options]   aperture photometry / stitching, written as CSV or FITS\n"
    "  search FILE... [options]       detrend and run a BLS transit search\n"
    "  inject-recover FILE... [opts]  injection and recovery: completeness of the search on a star\n"
    "  vet FILE... --period D --t0 T --duration H   vet one transit ephemeris\n"
    "  demo --out DIR                 generate the synthetic demo star (Kepler-format pixel files)\n"
    "  batch FOLDER --out RESULTS      search every star of a folder (resumable, --jobs, --shard)\n"
    "  batch-merge SHARD... --out M   merge the results of shards (Slurm array tasks)\n"
    "  gts export|import ...          light curves in Warp 10's GTS input format (HelloExoWorld)\n"
    "  fetch TARGET [options]         find a star at MAST and download its files (cached)\n"
    "  planets TARGET [--json]        known planets of a star (NASA Exoplanet Archive)\n"
    "  candidates list|export|merge   the candidate store: list, export (csv, json, ctoi), merge reviews\n"
    "\n"
    "Run 'exoworld-cli <command> --help' for a command's options.\n"
    "Exit status: 0 success, 2 bad usage, 3 unreadable or unsupported input,\n"
    "4 archive unreachable or nothing found (fetch, planets).\n";
}

namespace {
int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
}

bool needsGui(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--sheet" || a.rfind("--sheet=", 0) == 0 || a == "--format=pdf")
            return true;
        if (a == "--plot" || a.rfind("--plot=", 0) == 0)
            return true;  // inject-recover's PNG
        if (a == "--format" && i + 1 < args.size() && args[i + 1] == "pdf")
            return true;
    }
    return args.size() > 1 && args[0] == "candidates" && args[1] == "sheet";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    // No exception leaves the CLI: file loads report allocation failures as the file's own
    // error (exit 3, with the memory it needs); anything else still ends in one clear line
    // naming the input, never std::terminate.
    std::string input = "exoworld-cli";
    for (std::size_t i = 1; i < args.size(); ++i)
        if (args[i].rfind("--", 0) != 0) {
            input = args[i];
            break;
        }
    try {
        return dispatch(args, out, err);
    } catch (const std::bad_alloc&) {
        err << safeText(input + ": not enough memory to process it") << "\n";
        return kBadInput;
    } catch (const std::exception& e) {
        err << safeText(input + ": internal error: " + e.what()) << "\n";
    } catch (...) {
        err << safeText(input + ": internal error") << "\n";
    }
    return kFailure;
}

namespace {
int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        err << kUsageText;
        return kUsage;
    }
    const std::string& cmd = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        out << kUsageText;
        return kOk;
    }
    if (cmd == "--version") {
        out << "exoworld-cli " << exo::kVersion << "\n";
        return kOk;
    }
    if (cmd == "info")
        return cmdInfo(rest, out, err);
    if (cmd == "lightcurve")
        return cmdLightCurve(rest, out, err);
    if (cmd == "search")
        return cmdSearch(rest, out, err);
    if (cmd == "inject-recover")
        return cmdInjectRecover(rest, out, err);
    if (cmd == "vet")
        return cmdVet(rest, out, err);
    if (cmd == "demo")
        return cmdDemo(rest, out, err);
    if (cmd == "gts")
        return cmdGts(rest, out, err);
    if (cmd == "batch")
        return cmdBatch(rest, out, err);
    if (cmd == "batch-merge")
        return cmdBatchMerge(rest, out, err);
    if (cmd == "fetch")
        return cmdFetch(rest, out, err);
    if (cmd == "planets")
        return cmdPlanets(rest, out, err);
    if (cmd == "candidates")
        return cmdCandidates(rest, out, err);
    err << "exoworld-cli: unknown command '" << cmd << "'\n" << kUsageText;
    return kUsage;
}

}  // namespace

}  // namespace exo::cli
