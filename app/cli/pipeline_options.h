#pragma once
/// Options shared by `lightcurve` and `search`: --aperture, --flux, --quality,
/// and loading + stitching the files they name.

#include <ostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "pipeline/analysis.h"
#include "pipeline/engine.h"

namespace exo::cli {

struct InputOptions {
    pipeline::ApertureChoice aperture;
    std::string maskPath;  ///< for --aperture mask:PATH
    pipeline::FluxSource flux = pipeline::FluxSource::Pdcsap;
    std::string quality = "default";
};

/// Value-taking option names used by InputOptions.
inline const char* const kInputOptionNames[] = {"aperture", "flux", "quality"};

/// Parse --aperture/--flux/--quality. Returns false with `why` on bad usage.
bool parseInputOptions(const Args& args, InputOptions& o, std::string& why);

/// Value-taking option names of the analysis settings shared by search, inject-recover and batch.
inline const char* const kAnalysisOptionNames[] = {
    "detrend",     "window",  "window-points", "bin",     "min-period", "max-period", "oversample",   "durations",
    "max-planets", "min-snr", "min-sde",       "threads", "objective",  "noise",      "min-transits", "redetrend"};

/// Parse the analysis options (whichever are present; absent ones keep the values in `ps`
/// and `ss`) and check them with pipeline::validate, the same limits as the pipeline panel
/// and session loading. Returns false with `why` on bad usage.
bool parseAnalysisOptions(const Args& args, const InputOptions& in, pipeline::PrepareSettings& ps,
                          pipeline::SearchSettings& ss, std::string& why);

/// The loaded, stitched input of a command.
struct LoadedInput {
    std::vector<pipeline::LoadedFile> files;     ///< the analysed products, in time order
    std::vector<pipeline::SkippedFile> skipped;  ///< products of the same stretch of time as an analysed one
    std::vector<Series> raw;                     ///< per file, un-normalised
    Series stitched;                             ///< normalised per file when several; raw when one
    Metadata meta;                               ///< of the first file
    bool normalised = false;
};

/// Load every file (through the shared engine), apply the one-product-per-stretch rule
/// (pipeline/plan.h: the first file given wins its stretch), run photometry / pick the
/// flux column, stitch. Errors go to `err`, one line per file naming it; skipped products
/// are named on `err` too. Returns an exit code (0 on success).
int loadInputs(const std::vector<std::string>& paths, const InputOptions& o, LoadedInput& in, std::ostream& err,
               const char* command);

/// Load every file through `engine`, printing one line per unreadable file. Returns an exit code.
int loadFiles(pipeline::Engine& engine, const std::vector<std::string>& paths, std::ostream& err);

/// Say which products were skipped and why (one line each, to `err`).
void reportSkipped(const std::vector<pipeline::SkippedFile>& skipped, std::ostream& err, const char* command);

/// Print core's warnings, one line each: "exoworld-cli COMMAND: warning: ...".
void reportWarnings(const std::vector<Warning>& warnings, std::ostream& err, const char* command);

}  // namespace exo::cli
