#pragma once
/// Running the vetting from the CLI: the pixel inputs of the loaded files and
/// the vetting of a list of search candidates (each against the others).
/// The work is core's (pipeline/vet_star.h), shared with `exoworld-cli batch`.

#include <memory>
#include <vector>

#include "cli/pipeline_options.h"
#include "pipeline/search.h"
#include "pipeline/vet_star.h"
#include "vetting/vetting.h"

namespace exo::cli {

using pipeline::pixelInputs;
using pipeline::vetCandidates;

}  // namespace exo::cli
