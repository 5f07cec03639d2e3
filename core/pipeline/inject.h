#pragma once
/// @file inject.h
/// Injection and recovery, built in: limb-darkened transits are injected into a real
/// star's stitched light curve before detrending, the same pipeline runs (prepare +
/// search), and each injection is scored as recovered or not. The expected SNR of an
/// injection is its matched-filter SNR against the locally measured noise of the
/// un-injected flattened curve: sqrt(sum_i (1 - model_i)^2 / sigma_i^2) (white noise only).
/// The search reports SNR with white and red noise (Pont et al. 2006), so the injection
/// also gets the expectation under that noise model: the white expectation divided by
/// sqrt(1 + (sigma_r^2 / N_tr) / (sigma_w^2 / n_in)), sigma_r the red noise of the
/// un-injected curve at the injected duration. Compare snr with expectedSnrRed and
/// snrWhite with expectedSnr.
/// Thread-safe; long work on the calling thread with the staged progress hook.

#include <cstdint>
#include <vector>

#include "pipeline/engine.h"

namespace exo::pipeline {

struct InjectionSettings {
    int count = 100;
    double minPeriodDays = 1.0;
    double maxPeriodDays = 0;  ///< 0 = a third of the baseline (three transits)
    double minRadiusEarth = 1.0, maxRadiusEarth = 4.0;
    double stellarRadiusSun = 1.0, stellarMassSun = 1.0;
    double maxImpact = 0.7;
    std::uint64_t seed = 1;
};

struct Injection {
    double periodDays = 0, t0 = 0, radiusEarth = 0, rp = 0, impact = 0;
    double depthPpm = 0;        ///< deepest point of the injected model
    double durationHours = 0;   ///< total duration (first to fourth contact)
    double expectedSnr = 0;     ///< white noise, matched filter
    double expectedSnrRed = 0;  ///< with the red noise at the injected duration
    int nTransits = 0;          ///< injected events with data
    bool recovered = false;
    double foundPeriodDays = 0, foundSnr = 0, foundSnrWhite = 0, foundDepthPpm = 0;
    int foundRank = 0;
};

/// Run `settings.count` injections into the star of `request`. Periods log-uniform,
/// radii uniform, epochs uniform over one period, impact uniform in [0, maxImpact];
/// quadratic limb darkening (0.4, 0.25). Recovered = a candidate of the same signal
/// (period within 1 %, epoch within half a duration; exo::sameSignal).
Result<std::vector<Injection>> injectRecover(Engine& engine, const StarRequest& request, const SearchSettings& search,
                                             const InjectionSettings& settings, const StageProgressFn& progress = {});

/// Completeness in bins of expected (white-noise) SNR: edges, recovered fraction, counts, and
/// the mean ratios of the recovered injections in each bin: reported SNR / expectedSnrRed
/// (snrRatio) and reported white SNR / expectedSnr (snrRatioWhite).
struct CompletenessBin {
    double lo = 0, hi = 0;
    int n = 0, recovered = 0;
    double fraction = 0, snrRatio = 0, snrRatioWhite = 0;
};
std::vector<CompletenessBin> completenessBySnr(const std::vector<Injection>& inj, const std::vector<double>& edges);

}  // namespace exo::pipeline
