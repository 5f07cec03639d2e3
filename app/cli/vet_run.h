#pragma once
/// Running the vetting from the CLI: the pixel inputs of the loaded files and
/// the vetting of a list of search candidates (each against the others).

#include <memory>
#include <vector>

#include "cli/pipeline_options.h"
#include "pipeline/search.h"
#include "vetting/vetting.h"

namespace exo::cli {

/// One PixelInput per pixel file among `files`, with the aperture the user chose.
/// The returned inputs point into the files (they must outlive them).
std::vector<vetting::PixelInput> pixelInputs(const std::vector<std::shared_ptr<const pipeline::LoadedFile>>& files,
                                             const pipeline::ApertureChoice& aperture);

/// Vet every candidate of a search on the flattened series; the other candidates
/// of the same search are its ephemeris-match list. Failed vettings give an
/// empty report with the error code name in its warnings.
std::vector<vetting::Report> vetCandidates(const std::vector<pipeline::Candidate>& candidates, const Series& flat,
                                           const Metadata& meta, const std::vector<vetting::PixelInput>& pixels);

}  // namespace exo::cli
