#pragma once
/// @file vet_star.h
/// The vetting of a search's candidates as the CLI (`search`, `vet`) and the batch
/// run it: each candidate against the flattened light curve, the pixel files with
/// their apertures, and the other candidates of the same search (ephemeris matches;
/// stronger ones masked). One function so every front end reports the same flags.
/// Threading: independent calls run in parallel safely (no shared state).

#include <memory>
#include <vector>

#include "pipeline/analysis.h"
#include "pipeline/search.h"
#include "vetting/vetting.h"

namespace exo::pipeline {

/// One PixelInput per pixel file among `files`, with `aperture` resolved on it.
/// The returned inputs point into the files (they must outlive them).
std::vector<vetting::PixelInput> pixelInputs(const std::vector<std::shared_ptr<const LoadedFile>>& files,
                                             const ApertureChoice& aperture);

/// Vet every candidate (same order) on the flattened series `flat`; the other
/// candidates of the same search are its ephemeris-match list, and those of a lower
/// rank are masked. A failed vetting gives an empty report whose warnings hold the
/// error code name (never throws for bad data).
std::vector<vetting::Report> vetCandidates(const std::vector<Candidate>& candidates, const Series& flat,
                                           const Metadata& meta, const std::vector<vetting::PixelInput>& pixels);

}  // namespace exo::pipeline
