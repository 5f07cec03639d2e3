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
#include "model/light_curve.h"
#include "pipeline/settings.h"

namespace exo::pipeline {

/// One candidate signal. Times in mission days (BKJD/BTJD) unless named *Bjd.
struct CandidateInfo {
    int rank = 0;                 ///< 1 = strongest
    double periodDays = 0;
    double t0 = 0;                ///< mid-transit, mission time (days)
    double t0Bjd = 0;             ///< mid-transit, full BJD_TDB
    double durationHours = 0;
    double depthPpm = 0, depthErrPpm = 0;
    double snr = 0, sde = 0, power = 0;
    int nTransits = 0;            ///< transits with in-transit data
    double oddDepthPpm = 0, evenDepthPpm = 0, oddEvenSigma = 0;
    double secondaryDepthPpm = 0;
    std::vector<double> transitTimes; ///< mission time, those with data
};

struct SearchOutcome {
    std::vector<double> period;   ///< periodogram of the first pass (days)
    std::vector<double> power;    ///< BLS power of the first pass
    std::vector<double> sdePower; ///< the same, normalised as SDE (trend-removed)
    std::vector<double> duration; ///< best duration at each period (days)
    std::vector<double> transitTime; ///< best mid-transit time at each period (mission days)
    std::vector<double> depth;    ///< best depth at each period (relative flux)
    std::vector<CandidateInfo> candidates; ///< passing the thresholds, by rank
    std::size_t gridSize = 0;     ///< trial periods
    std::size_t nDurations = 0;   ///< trial durations
    std::size_t nPoints = 0;      ///< points searched
    double baselineDays = 0;
    double seconds = 0;           ///< wall time of the search
    bool partial = false;         ///< a coarse, progressive result
};

using PartialFn = std::function<void(const SearchOutcome&)>;

/// Run the multi-planet search on a flattened (normalised ~1) light curve.
/// `meta` provides the cadence and the BJD offset. Threading: blocks the
/// calling thread; uses settings.threads workers internally.
Result<SearchOutcome> runSearch(const Series& flat, const Metadata& meta, const SearchSettings& settings,
                                const ProgressFn& progress = {}, const PartialFn& partial = {});

}  // namespace exo::pipeline
