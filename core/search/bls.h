#pragma once
/// @file bls.h
/// Box Least Squares periodogram, semantics of astropy.timeseries.BoxLeastSquares
/// (Kovacs, Zucker & Mazeh 2002; Hartman & Bakos 2016), computed much faster:
/// binned phase folding with cumulative sums (astropy's 'fast' method), double
/// accumulation, multi-threaded across periods with std::thread; by default
/// with fast folding of time-binned data (BlsMethod::FastFold).
///
/// Threading contract: runBls() may be called from any thread; it starts
/// `threads - 1` helper threads and also works on the calling thread, joins
/// them all before returning, and shares no state between calls. The progress
/// hook and the coarse callback are invoked on the calling thread only.
/// Each period is computed independently into its own output slot, so the
/// result is bitwise identical for any thread count.

#include <cstddef>
#include <functional>
#include <limits>
#include <vector>

#include "common/progress.h"
#include "common/status.h"

namespace exo::search {

/// What is maximised over phase, duration and depth at each period.
enum class Objective {
    Likelihood,  ///< astropy 'likelihood': 0.5 * ivar_in * (y_out - y_in)^2 (default)
    Snr,         ///< astropy 'snr': depth / depth_err
};

enum class BlsMethod {
    /// Default: fast folding (bls_fold.cpp). The light curve is binned once in
    /// time (bins of width bw <= min(duration)/oversample, shared by a band of
    /// periods); for each base period nb*bw the bins are laid out as rows of one
    /// cycle and the trial periods nb*bw + s*bw/(rows-1) are obtained by shifting
    /// rows (fast folding algorithm, Staelin 1969), evaluating only the shifts
    /// the period grid needs. Each trial period of the grid is computed at the
    /// nearest shift (phase drift error <= 0.5 bin over the baseline); extra phase
    /// smearing vs Binned is about one bin (bw), float sums, double cumulative sums.
    FastFold,
    /// Per-point folding: phase bins of width min(duration)/oversample, folded
    /// circularly (windows may straddle phase 0); phase index via multiplication.
    Binned,
    /// Bit-for-bit the binning of astropy's bls.c ('fast'), including its
    /// quirks (last partial phase bin overwritten by the wrap padding, windows
    /// crossing phase 0 limited to `oversample` bins). For parity tests.
    AstropyFast,
    /// Unbinned, equivalent to astropy's method='slow' (phase grid of step
    /// duration/oversample, exact in-transit masks). O(N log N) per period: tests only.
    Exact,
};

/// Parameters of one periodogram. Periods and durations in days.
struct BlsParams {
    Objective objective = Objective::Likelihood;
    BlsMethod method = BlsMethod::FastFold;
    std::vector<double> periods;  ///< trial periods (days), > max duration; any order
    /// Fixed trial durations (days) used at every period (astropy semantics).
    /// If empty, durations follow each period: durationFractions x T14(P, star),
    /// clamped to >= minDurationDays and <= 0.25 P (see grid.h durationsForPeriod).
    std::vector<double> durations;
    std::vector<double> durationFractions;  ///< empty = defaultDurationFractions()
    double minDurationDays = 0;             ///< clamp for relative durations (e.g. 2 cadences)
    double stellarMassSun = 1.0, stellarRadiusSun = 1.0;
    int oversample = 3;  ///< phase bins per minimum duration (astropy's `oversample`, default 10 there)
    int threads = 0;     ///< 0 = std::thread::hardware_concurrency()
    /// Progressive mode: if a coarse callback is given, periods at indices
    /// multiple of coarseStride (of the ascending grid) are computed first and
    /// delivered, then the rest (coarse periods are not recomputed).
    int coarseStride = 8;
    std::size_t maxMemoryBytes = std::size_t(3) << 30;  ///< refuse (TooLarge) above this
};

/// The periodogram: one entry per trial period (ascending), astropy's field meanings.
struct BlsPeriodogram {
    Objective objective = Objective::Likelihood;
    std::vector<double> period;         ///< days
    std::vector<double> power;          ///< objective maximised over phase, duration, depth
    std::vector<double> depth;          ///< y_out - y_in (flux units, e.g. 1e-3 = 1000 ppm)
    std::vector<double> depthErr;       ///< sqrt(1/ivar_in + 1/ivar_out)
    std::vector<double> duration;       ///< days
    std::vector<double> transitTime;    ///< mid-transit time (input time units), in [tmin, tmin + P)
    std::vector<double> depthSnr;       ///< depth / depthErr
    std::vector<double> logLikelihood;  ///< 0.5 * ivar_in * depth^2
    std::size_t size() const { return period.size(); }
    /// Index of the highest power (first one on ties); npos if empty or all -inf.
    std::size_t argmax() const;
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
};

/// Receives the coarse periodogram of the progressive mode (calling thread).
using CoarseCallback = std::function<void(const BlsPeriodogram& coarse)>;

/// Compute the BLS periodogram.
/// @param time  days (any zero point; NaNs not allowed), size N >= 2
/// @param flux  normalised flux (~1.0), size N, finite
/// @param fluxErr  1-sigma errors (size N, > 0) or empty for unit weights (astropy dy=None)
/// Errors: InvalidParameter (sizes, NaN, no periods, duration >= period,
/// oversample < 1), TooLarge (memory), Cancelled (progress returned false).
/// A period where no window has data gets power = -inf and NaN parameters.
Result<BlsPeriodogram> runBls(const std::vector<double>& time, const std::vector<double>& flux,
                              const std::vector<double>& fluxErr, const BlsParams& params,
                              const ProgressFn& progress = {}, const CoarseCallback& coarse = {});

/// The `Binned` periodogram restricted to the windows near one transit: at each trial period P,
/// only the windows starting from (anchor phase − halfWindowDays − longest duration/2) to
/// (anchor phase + halfWindowDays) are scanned, anchor phase = (anchorTime − tmin) mod P. Every
/// window whose centre is within halfWindowDays of the anchor transit is among them. Only the
/// points that fall in those windows' phase bins are folded (found by binary search on the
/// time-sorted series), so a period costs (points near the transits) instead of (points).
/// The bins hold exactly the sums `Binned` would (same points, same order, same four-copy
/// layout); the window sums are differences of prefix sums started at the region, not at
/// phase 0, so power, depth and the other fields may differ from `Binned`'s in the last bits.
/// Where the region would cover the whole period, or the times are not sorted, the period is
/// computed by the full `Binned` kernel. params.method is ignored (always binned). Errors as runBls.
/// With recomputeWithin > 0, the periods whose power is within that fraction of the highest are
/// then computed again by the full `Binned` kernel (every phase) and their entries replaced:
/// those are bit for bit `Binned`'s, and the highest power is one of them.
/// Single-threaded (it is meant for a few hundred periods).
Result<BlsPeriodogram> runBlsNearTransit(const std::vector<double>& time, const std::vector<double>& flux,
                                         const std::vector<double>& fluxErr, const BlsParams& params,
                                         double anchorTime, double halfWindowDays, double recomputeWithin = 0);

/// A depth with its 1-sigma error (flux units); error = +inf when undefined.
struct DepthEstimate {
    double value = 0;
    double error = std::numeric_limits<double>::infinity();
};

/// Equivalent of astropy BoxLeastSquares.compute_stats(period, duration, transit_time).
struct BlsStats {
    DepthEstimate depth;                    ///< at the given ephemeris
    DepthEstimate depthOdd;                 ///< odd transits only (model at 2P)
    DepthEstimate depthEven;                ///< even transits only
    DepthEstimate depthHalf;                ///< model at period P/2
    DepthEstimate depthPhased;              ///< box at phase 0.5 (secondary eclipse)
    double harmonicAmplitude = 0;           ///< sqrt(a^2+b^2) of a sine fit at P
    double harmonicDeltaLogLikelihood = 0;  ///< logL(sine) - logL(box); > 0 prefers the sine
    std::vector<double> transitTimes;       ///< mid-transit times spanning the data with in-transit points
    std::vector<int> perTransitCount;       ///< points in each of those transits
    std::vector<double> perTransitLogLikelihood;
};

/// Statistics of one transit model (astropy compute_stats semantics).
/// Units as runBls; durations/periods in days. Thread-safe, O(N).
Result<BlsStats> computeBlsStats(const std::vector<double>& time, const std::vector<double>& flux,
                                 const std::vector<double>& fluxErr, double periodDays, double durationDays,
                                 double transitTime);

/// astropy BoxLeastSquares.transit_mask: |(t - t0 + P/2) mod P - P/2| < duration/2.
std::vector<bool> transitMask(const std::vector<double>& time, double periodDays, double durationDays,
                              double transitTime);

}  // namespace exo::search
