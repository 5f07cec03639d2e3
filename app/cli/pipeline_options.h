#pragma once
/// Options shared by `lightcurve` and `search`: --aperture, --flux, --quality,
/// and loading + stitching the files they name.

#include <ostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "pipeline/analysis.h"

namespace exo::cli {

struct InputOptions {
    pipeline::ApertureChoice aperture;
    std::string maskPath;               ///< for --aperture mask:PATH
    pipeline::FluxSource flux = pipeline::FluxSource::Pdcsap;
    std::string quality = "default";
};

/// Value-taking option names used by InputOptions.
inline const char* const kInputOptionNames[] = {"aperture", "flux", "quality"};

/// Parse --aperture/--flux/--quality. Returns false with `why` on bad usage.
bool parseInputOptions(const Args& args, InputOptions& o, std::string& why);

/// The loaded, stitched input of a command.
struct LoadedInput {
    std::vector<pipeline::LoadedFile> files;
    std::vector<Series> raw;   ///< per file, un-normalised
    Series stitched;           ///< normalised per file when several; raw when one
    Metadata meta;             ///< of the first file
    bool normalised = false;
};

/// Load every file, run photometry / pick the flux column, stitch. Errors go
/// to `err`, one line per file naming it. Returns an exit code (0 on success).
int loadInputs(const std::vector<std::string>& paths, const InputOptions& o, LoadedInput& in, std::ostream& err,
               const char* command);

}  // namespace exo::cli
