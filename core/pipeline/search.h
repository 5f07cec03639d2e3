#pragma once
/// @file search.h
/// The transit search as the window and the CLI run it: the BLS engine
/// (core/search) on a flattened light curve with the user's SearchSettings,
/// returning candidates in mission time and full BJD.

#include <functional>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "model/candidate.h"
#include "model/light_curve.h"
#include "pipeline/analysis.h"
#include "pipeline/settings.h"

namespace exo::pipeline {

/// The one candidate type (model/candidate.h).
using Candidate = exo::Candidate;

struct SearchOutcome {
    std::vector<double> period;           ///< periodogram of the first pass (days)
    std::vector<double> power;            ///< BLS power of the first pass
    std::vector<double> sdePower;         ///< the same, normalised as SDE (trend-removed)
    std::vector<double> duration;         ///< best duration at each period (days)
    std::vector<double> transitTime;      ///< best mid-transit time at each period (mission days)
    std::vector<double> depth;            ///< best depth at each period (relative flux)
    std::vector<Candidate> candidates;    ///< passing the thresholds, by rank
    std::vector<Candidate> singleEvents;  ///< one- or two-event signals (singleEvent = true), by SNR
    int rejectedSinusoidal = 0;           ///< signals a sine fits better than a box (stellar variability)
    int rejectedUnphysical = 0;           ///< signals deeper than 100 % of the flux (WarningCode::DepthAboveTotal)
    std::size_t gridSize = 0;             ///< trial periods
    std::size_t nDurations = 0;           ///< trial durations
    std::size_t nPoints = 0;              ///< points searched
    double baselineDays = 0;
    double seconds = 0;    ///< wall time of the search
    bool partial = false;  ///< a coarse, progressive result
    /// The flattened light curve the candidates were measured on: the prepared one with its
    /// trend refitted around the candidates' transits, which were left out of the fit
    /// (redetrend.h). Empty when nothing was refitted (then it is the prepared `flat`).
    Series flat;
};

using PartialFn = std::function<void(const SearchOutcome&)>;

/// Longest default trial duration, as a fraction of the central-transit duration T14 of a
/// Sun-like star (search.cpp's duration set); the automatic window is three times it.
inline constexpr double kLongestDurationFraction = 1.7;

/// Run the multi-planet search on a flattened (normalised ~1) light curve.
/// `meta` provides the cadence and the BJD offset. Threading: blocks the
/// calling thread; uses settings.threads workers internally.
/// `variabilityPeriodDays`: the star's measured variability period (Prepared::window), whose
/// residual signals are rejected (search::SearchParams::variabilityPeriodDays); 0 = none.
Result<SearchOutcome> runSearch(const Series& flat, const Metadata& meta, const SearchSettings& settings,
                                const ProgressFn& progress = {}, const PartialFn& partial = {},
                                double variabilityPeriodDays = 0);

/// The search of a prepared light curve, as every front end runs it: its flat series, the
/// variability period of the star's detrending window (StarData::window; the window of a
/// piece prepared with a fixed window does not know it), and, unless settings.redetrendMasked is off, the
/// trend refitted with each found candidate's transits masked before its depth and SNR are
/// measured and before the next pass (redetrend.h).
Result<SearchOutcome> runSearch(const Prepared& prepared, const detrend::WindowChoice& window, const Metadata& meta,
                                const SearchSettings& settings, const ProgressFn& progress = {},
                                const PartialFn& partial = {});

}  // namespace exo::pipeline
