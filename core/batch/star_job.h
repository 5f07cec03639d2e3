#pragma once
/// @file star_job.h
/// One star of a batch, end to end, through the one engine (pipeline::analyseStar):
/// read its files, keep one product per stretch of time, photometry or flux
/// column, stitch, clean, detrend, search, and vet every candidate as
/// `exoworld-cli search` does (pipeline::vetCandidates).
/// Never throws: every failure becomes the outcome's status (the batch goes on).
/// Threading: independent calls run in parallel safely (no shared state).

#include <string>
#include <vector>

#include "batch/batch_plan.h"
#include "common/status.h"
#include "model/candidate.h"
#include "pipeline/search.h"
#include "pipeline/settings.h"
#include "vetting/vetting.h"

namespace exo::batch {

/// The analysis settings of every star of a batch.
struct BatchSettings {
    pipeline::ApertureChoice aperture;  ///< for pixel files
    pipeline::PrepareSettings prepare;
    pipeline::SearchSettings search;  ///< search.threads: per star (the batch runs stars in parallel)
};

/// What a batch records of one star.
struct StarOutcome {
    BatchStar star;
    Status status;                      ///< not ok: the cause (the star's row says it)
    std::vector<std::string> analysed;  ///< files analysed, time order
    std::vector<std::string> skipped;   ///< files covered by another product of the same stretch
    Metadata meta;                      ///< of the analysed light curve (default when not read)
    std::string timeSystem;             ///< "BKJD"/"BTJD"
    double bjdReference = 0;
    std::size_t nPoints = 0;  ///< points searched
    double baselineDays = 0;
    std::vector<Candidate> candidates;     ///< by rank (transitTimes dropped)
    std::vector<vetting::Report> vetting;  ///< one per candidate, same order
    /// The star's flags: "skipped_products", "no_candidate", then the vetting flags of the
    /// best candidate (vetting::flagName, e.g. "odd_even", "centroid_offset").
    std::vector<std::string> flags;
    double seconds = 0;  ///< wall time of the star
};

/// Analyse one star. `star.status` not ok is passed through as the outcome.
StarOutcome analyseStar(const BatchStar& star, const BatchSettings& settings);

}  // namespace exo::batch
