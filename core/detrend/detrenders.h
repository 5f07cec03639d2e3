#pragma once
/// @file detrenders.h
/// Removing slow stellar and instrumental trends while keeping transits.
///
/// Every detrender returns the trend and the flattened flux (flux / trend).
/// Time-windowed sliders (moving mean, sliding median, biweight) take their
/// window in days; Savitzky-Golay follows lightkurve and counts cadences.
/// No method ever smooths across a gap: detrendSeries() first splits the series
/// at Series::segment changes and at gaps (see segments.h), then runs the
/// method on each segment separately.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "model/light_curve.h"

namespace exo::detrend {

enum class DetrendMethod { None, MovingMean, SlidingMedian, Biweight, SavGol, MovingMeanPoints };

/// Stable lower-case name for JSON, sessions and the CLI: "none", "mean",
/// "median", "biweight", "savgol", "mean-points".
const char* detrendMethodName(DetrendMethod method);

/// Inverse of detrendMethodName(); false (and `out` untouched) for an unknown name.
bool parseDetrendMethod(const std::string& name, DetrendMethod& out);

/// What the biweight cost (for benchmarks and tests): locations computed (known values of a
/// refit not counted), Newton sums over their windows, and how many started from the previous
/// cadence's trend (`warm`; `predicted` of them with the predicted step, see biweightTrend) or
/// were refused that start (too far from the median, or too small a window).
struct BiweightCounts {
    long long locations = 0, sums = 0, warm = 0, predicted = 0, refused = 0;
};

/// A warm start further than this many (unscaled) MADs from the window median is refused and
/// the Newton steps start from the median: after a jump (a transit or a flare filling the
/// window, a step in the flux) the previous trend may sit near another fixed point of the
/// biweight, and the median is where wotan starts.
inline constexpr double kBiweightWarmStartMads = 1.0;
/// Windows of fewer points start from the median even with a warm start: consecutive small
/// windows differ by a large share of their points, and on GJ 1243's 0.19-d window of
/// Kepler 30-min cadences (about 9 points) the previous trend was a worse start than the
/// median (6.2 against 5.8 Newton sums per cadence).
inline constexpr std::size_t kBiweightWarmStartMinPoints = 32;
/// The warm start adds the predicted step (see biweightTrend) only when the window moved by at
/// most this many points (entering plus leaving) since the previous cadence.
inline constexpr std::size_t kBiweightPredictMaxMoved = 8;

struct DetrendParams {
    DetrendMethod method = DetrendMethod::Biweight;

    // Time-windowed sliders (MovingMean, SlidingMedian, Biweight)
    double windowDays = 0.75;  ///< full window width (days, > 0)
    double breakToleranceDays =
        -1.0;  ///< split at gaps longer than this (days); < 0: windowDays / 2 (wotan default); 0: never split at gaps
    double edgeCutoffDays =
        0.0;  ///< wotan edge_cutoff: trend = NaN within this of each segment end (days, clamped to windowDays/2)
    double biweightC = 5.0;           ///< Tukey biweight tuning constant c (in MADs)
    double biweightTolerance = 1e-6;  ///< stop when the location moves by <= this (wotan FTOL, flux units)
    int biweightMaxIterations = 100;  ///< safety cap on Newton steps (wotan has none; ~5 are typical)
    /// Start each cadence's Newton steps from the previous cadence's trend (see biweightTrend);
    /// false: from the window median at every cadence, as wotan.
    bool biweightWarmStart = true;

    // MovingMeanPoints: the HelloExoWorld workshop's moving average, counted in cadences
    int halfWindowPoints = 5;  ///< points either side of each cadence (>= 1); the mean spans 2N+1 points

    // Savitzky-Golay, lightkurve LightCurve.flatten() semantics
    int windowLength = 101;  ///< cadences, odd, > polyorder
    int polyorder = 2;
    int niters = 3;               ///< sigma-clip-and-refit iterations (>= 1)
    double sigma = 3.0;           ///< clip threshold in standard deviations
    double breakTolerance = 5.0;  ///< split where dt > breakTolerance * median dt (cadences)

    /// Optional, empty or one entry per cadence: nonzero = exclude from the trend
    /// fit (e.g. in transit). The trend there comes from the surrounding fit.
    std::vector<std::uint8_t> transitMask;

    /// Optional (refits, Biweight only), empty or one entry per cadence each: where
    /// `recompute` is zero the cadence's window holds the same unexcluded points as when
    /// `knownTrend` was computed, so its biweight is taken from there instead of being
    /// iterated again (bit for bit the same value). A cadence whose window is empty still
    /// gets its trend filled from its neighbours.
    std::vector<std::uint8_t> recompute;
    std::vector<double> knownTrend;
};

struct DetrendOutput {
    std::vector<double> trend;    ///< per input cadence, flux units; NaN where the input was NaN or cut at an edge
    std::vector<double> flat;     ///< flux / trend
    std::vector<double> flatErr;  ///< fluxErr / trend (empty if the input had no errors)
    std::size_t segments = 0;     ///< number of independently detrended segments
    BiweightCounts biweight;      ///< Biweight only: how many locations and Newton sums it took
};

/// Detrend a series (sorted by time). NaN time or flux cadences are ignored and
/// get a NaN trend. Masked cadences (transitMask) get the windowed estimate from
/// their unmasked neighbours, or a linear interpolation in time of the trend
/// around them when a window holds no unmasked cadence.
/// @return InvalidParameter for empty input, a NaN/negative/too-long window,
///         polyorder >= windowLength, an even windowLength, mismatched mask size
///         or unsorted time; AllNaN when no finite cadence; Cancelled.
/// Runs on the caller's thread; `progress` is called from it. Thread-safe.
Result<DetrendOutput> detrendSeries(const Series& series, const DetrendParams& params, const ProgressFn& progress = {});

// ---- Single-segment building blocks (no gap handling; times sorted, finite) ----

/// Moving mean of the unexcluded points with |t_j - t_i| <= window/2, for each i.
/// O(n) with two pointers and a compensated running sum. NaN where no point qualifies.
std::vector<double> movingMean(std::span<const double> time, std::span<const double> flux,
                               std::span<const std::uint8_t> exclude, double windowDays);

/// The workshop's moving average: mean of the unexcluded points among the
/// `halfWindow` cadences either side of i and i itself (2N+1 points, fewer at the
/// segment ends, where the window is truncated rather than shifted). Counted in
/// points, not days, so it follows the cadence (30 min Kepler, 2 or 10 min TESS).
/// O(n) with prefix sums. NaN where no point qualifies.
std::vector<double> movingMeanPoints(std::span<const double> flux, std::span<const std::uint8_t> exclude,
                                     int halfWindow);

/// Sliding median (numpy median) of the unexcluded points with |t_j - t_i| <= window/2.
/// O(n log w) searches plus O(w) memmoves on a sorted window.
std::vector<double> slidingMedian(std::span<const double> time, std::span<const double> flux,
                                  std::span<const std::uint8_t> exclude, double windowDays);

/// Tukey biweight location (wotan location_iter, method 'biweight'): scale = unscaled MAD,
/// weights (1 - u^2)^2 for |u| < 1 with u = (x - centre) / (c * MAD), Newton steps until
/// |step| <= tol (at most maxIterations sums). The steps start at `start` when it is finite,
/// the window holds at least kBiweightWarmStartMinPoints points and `start` is within
/// kBiweightWarmStartMads MADs of the median; at the median otherwise (wotan always starts at
/// the median). MAD == 0 returns the median. `sorted` must hold the same values as
/// `data`, sorted. The Newton sums run over `data` in order into eight partial sums (element j
/// to lane j % 8 for the leading multiple of 8, the tail to lanes 0, 1, ...), folded as
/// q_l = s_l + s_(l+4), then (q0 + q1) + (q2 + q3): a fixed order, so results are reproducible
/// bit for bit on every CPU. `counts` (optional) is added to.
double biweightLocation(std::span<const double> data, std::span<const double> sorted, double c, double tol,
                        int maxIterations, double start = std::numeric_limits<double>::quiet_NaN(),
                        BiweightCounts* counts = nullptr);

/// wotan's time-windowed biweight slider on one segment: for cadence i the window
/// holds the unexcluded points with t_i - w/2 <= t_j < t_i + w/2 (wotan's
/// half-open window). Deviation from wotan: the segment's last cadence is part
/// of windows (wotan's idx_end < size-1 guard leaves it out). Points within
/// edgeCutoffDays of either end get NaN, as wotan. Returns Cancelled via status.
/// `recompute` / `known` (both empty or one per cadence): where recompute[i] is zero and the
/// window is not empty, the trend is known[i] (the caller vouches that the window's points
/// are unchanged since known[i] was computed) instead of the Newton steps.
/// Warm start (`warmStart`, the default): cadence i starts its Newton steps from the trend of
/// cadence i - 1 when that one is finite (computed or known; not edge-cut, window not empty),
/// subject to biweightLocation's guard; the first cadence and one after an empty window or an
/// edge cut start from the median. When cadence i - 1 was computed here (not known) with
/// Newton steps (MAD > 0) and the window moved by at most kBiweightPredictMaxMoved points, the
/// start is its trend c plus the predicted step: with u = (x - c) * K and w = max(1 - u^2, 0)^2,
/// K = 1 / (c_tuning * MAD) and S the weight sum of cadence i - 1's last Newton sum,
/// P = sum over entering points (time order) of (x - c) w, then minus the same over leaving
/// points, W likewise with w, start = c + P / (S + W) (c when S + W <= 0): the first Newton step
/// on the new window, computed from the points that changed. Every start converges to within
/// about `tol` of the same fixed point, in fewer sums; the result is no longer wotan's to the
/// last bits.
Result<std::vector<double>> biweightTrend(std::span<const double> time, std::span<const double> flux,
                                          std::span<const std::uint8_t> exclude, double windowDays, double c = 5.0,
                                          double edgeCutoffDays = 0.0, double tol = 1e-6, int maxIterations = 100,
                                          const ProgressFn& progress = {},
                                          std::span<const std::uint8_t> recompute = {},
                                          std::span<const double> known = {}, bool warmStart = true,
                                          BiweightCounts* counts = nullptr);

/// scipy.signal.savgol_filter(x, windowLength, polyorder, mode='interp'):
/// least-squares polynomial convolution inside, polynomial fit to the first /
/// last windowLength samples for the edges. InvalidParameter if windowLength is
/// even, < 1, > x.size(), or polyorder >= windowLength.
Result<std::vector<double>> savgolFilter(std::span<const double> x, int windowLength, int polyorder);

/// lightkurve LightCurve.flatten() trend on one series (already finite, sorted):
/// initial mask = not excluded and |f - median| <= std * sigma; then niters times:
/// split kept cadences where dt > breakTolerance * median(dt), savgol each piece
/// (median for pieces shorter than windowLength or breakTolerance), keep points
/// with |f - trend| < std(f - trend) * sigma + 1e-14, and linearly interpolate /
/// extrapolate the trend in time from the kept points to every cadence.
Result<std::vector<double>> savgolFlattenTrend(std::span<const double> time, std::span<const double> flux,
                                               std::span<const std::uint8_t> exclude, int windowLength, int polyorder,
                                               int niters, double sigma, double breakTolerance);

}  // namespace exo::detrend
