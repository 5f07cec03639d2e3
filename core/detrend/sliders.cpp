// Time-windowed sliders: moving mean, sliding median, wotan's biweight.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "detrend/detrenders.h"
#include "detrend/sorted_window.h"

namespace exo::detrend {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool excluded(std::span<const std::uint8_t> ex, std::size_t i) { return !ex.empty() && ex[i] != 0; }

/// The unexcluded points, in time order.
void compress(std::span<const double> time, std::span<const double> flux, std::span<const std::uint8_t> ex,
              std::vector<double>& tt, std::vector<double>& ff)
{
    tt.clear();
    ff.clear();
    tt.reserve(time.size());
    ff.reserve(time.size());
    for (std::size_t i = 0; i < time.size(); ++i)
        if (!excluded(ex, i)) {
            tt.push_back(time[i]);
            ff.push_back(flux[i]);
        }
}
/// One Newton step's sums over the window, in eight partial sums: element j
/// goes to lane j % 8 for the leading multiple of eight and to lane j - full
/// for the tail; the caller folds them as documented in detrenders.h. The
/// lanes break the add-latency chain (one 8-lane vector per sum); every
/// lane is summed in index order, so the vector code, its AVX-512 and AVX2 clones and a plain
/// scalar loop written the same way (see the tests) agree bit for bit (no FP
/// contraction into FMA: see the attribute).
/// Weight: max(1 - u^2, 0)^2, which is wotan's "(1 - u^2)^2, 0 where |u| >= 1".
inline double weightOf(double d, double cmad)
{
    const double u = d * cmad;
    const double om = std::max(1.0 - u * u, 0.0);
    return om * om;
}

#if defined(__GNUC__)
typedef double V8d __attribute__((vector_size(64)));
typedef long long V8i __attribute__((vector_size(64)));
#if defined(__x86_64__) && !defined(__clang__)
// avx512f implies FMA, and GCC contracts a * b + c in C++ even in ISO mode: off here, so
// every clone rounds each product and sum as the scalar code does.
__attribute__((target_clones("avx512f", "avx2", "default"), optimize("fp-contract=off")))
#endif
void biweightSums(const double* x, std::size_t n, double centre, double cmad, double* sd, double* sw)
{
    // One 8-lane vector per sum: lane l takes elements j = l (mod 8), as documented above;
    // the compiler splits it into whatever registers the CPU has (4 x 2, 2 x 4 or 1 x 8
    // doubles), which does not change any lane's arithmetic.
    const V8d c = {centre, centre, centre, centre, centre, centre, centre, centre},
              k = {cmad, cmad, cmad, cmad, cmad, cmad, cmad, cmad}, one = {1, 1, 1, 1, 1, 1, 1, 1},
              zero = {0, 0, 0, 0, 0, 0, 0, 0};
    V8d a = zero, b = zero;
    const std::size_t full = n / 8 * 8;
    for (std::size_t j = 0; j < full; j += 8) {
        V8d v;
        std::memcpy(&v, x + j, sizeof v);
        const V8d d = v - c;
        const V8d u = d * k;
        const V8d om = one - u * u;
        const V8i pos = om > zero;
        const V8d w = (V8d)((V8i)(om * om) & pos);
        a += d * w;
        b += w;
    }
    std::memcpy(sd, &a, sizeof a);
    std::memcpy(sw, &b, sizeof b);
    for (std::size_t j = full; j < n; ++j) {
        const double d = x[j] - centre;
        const double w = weightOf(d, cmad);
        sd[j - full] += d * w;
        sw[j - full] += w;
    }
}
#else
void biweightSums(const double* x, std::size_t n, double centre, double cmad, double* sd, double* sw)
{
    const std::size_t full = n / 8 * 8;
    for (int l = 0; l < 8; ++l)
        sd[l] = sw[l] = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t l = j < full ? j % 8 : j - full;
        const double d = x[j] - centre;
        const double w = weightOf(d, cmad);
        sd[l] += d * w;
        sw[l] += w;
    }
}
#endif

/// Fold the eight lanes: (l, l + 4) pairs first, then ((0 + 1) + (2 + 3)).
inline double fold8(const double* s)
{
    const double q0 = s[0] + s[4], q1 = s[1] + s[5], q2 = s[2] + s[6], q3 = s[3] + s[7];
    return (q0 + q1) + (q2 + q3);
}
}  // namespace

std::vector<double> movingMean(std::span<const double> time, std::span<const double> flux,
                               std::span<const std::uint8_t> exclude, double windowDays)
{
    std::vector<double> tt, ff;
    compress(time, flux, exclude, tt, ff);
    std::vector<double> out(time.size(), kNaN);
    const double hw = windowDays / 2.0;
    // Neumaier-compensated running sum so adding and removing 1e6 values does not drift.
    double sum = 0.0, comp = 0.0;
    auto add = [&](double x) {
        const double t = sum + x;
        if (std::abs(sum) >= std::abs(x))
            comp += (sum - t) + x;
        else
            comp += (x - t) + sum;
        sum = t;
    };
    std::size_t lo = 0, hi = 0;
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double t = time[i];
        while (hi < tt.size() && tt[hi] <= t + hw)
            add(ff[hi++]);
        while (lo < hi && tt[lo] < t - hw)
            add(-ff[lo++]);
        if (hi > lo)
            out[i] = (sum + comp) / double(hi - lo);
    }
    return out;
}

std::vector<double> movingMeanPoints(std::span<const double> flux, std::span<const std::uint8_t> exclude,
                                     int halfWindow)
{
    const std::size_t n = flux.size();
    std::vector<double> out(n, kNaN);
    if (halfWindow < 0 || n == 0)
        return out;
    // Prefix sums (long double: 1e6 values near 1 keep ~1e-13 relative accuracy) and counts
    // of the unexcluded points, so each window is two subtractions.
    std::vector<long double> sum(n + 1, 0.0L);
    std::vector<std::size_t> cnt(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const bool use = (exclude.empty() || !exclude[i]) && std::isfinite(flux[i]);
        sum[i + 1] = sum[i] + (use ? (long double)flux[i] : 0.0L);
        cnt[i + 1] = cnt[i] + (use ? 1 : 0);
    }
    const std::size_t h = std::size_t(halfWindow);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t lo = i >= h ? i - h : 0, hi = std::min(n, i + h + 1);
        if (const std::size_t c = cnt[hi] - cnt[lo])
            out[i] = double((sum[hi] - sum[lo]) / (long double)c);
    }
    return out;
}

std::vector<double> slidingMedian(std::span<const double> time, std::span<const double> flux,
                                  std::span<const std::uint8_t> exclude, double windowDays)
{
    std::vector<double> tt, ff;
    compress(time, flux, exclude, tt, ff);
    std::vector<double> out(time.size(), kNaN);
    const double hw = windowDays / 2.0;
    detail::SortedWindow win;
    std::size_t lo = 0, hi = 0;
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double t = time[i];
        std::size_t newHi = hi, newLo = lo;
        while (newHi < tt.size() && tt[newHi] <= t + hw)
            ++newHi;
        while (newLo < newHi && tt[newLo] < t - hw)
            ++newLo;
        win.slide(lo, hi, newLo, newHi, [&](std::size_t k) { return ff[k]; });
        if (!win.empty())
            out[i] = win.median();
    }
    return out;
}

namespace {
/// What a Newton-iterated location leaves for the next cadence's predicted start: its scale
/// and the weight sum of its last Newton sum (sumW = 0: none, e.g. MAD = 0).
struct LastFit {
    double cmad = 0.0, sumW = 0.0;
};

double locate(std::span<const double> data, std::span<const double> sorted, double c, double tol, int maxIterations,
              double start, BiweightCounts* counts, LastFit* last, bool predicted = false)
{
    if (last)
        *last = {};
    if (sorted.empty())
        return kNaN;
    const double med = detail::medianOfSorted(sorted);
    const double mad = detail::madOfSorted(sorted, med);
    if (counts)
        ++counts->locations;
    if (mad == 0.0)  // wotan: neglecting this case was a bug in scikit-learn
        return med;
    const double cmad = 1.0 / (c * mad);
    const std::size_t n = data.size();
    const double* x = data.data();
    // Warm start (see detrenders.h): a finite `start` near the median of a window of enough
    // points replaces it.
    const bool warm = std::isfinite(start) && n >= kBiweightWarmStartMinPoints
                      && std::abs(start - med) <= kBiweightWarmStartMads * mad;
    double centre = warm ? start : med;
    if (counts) {
        counts->warm += warm ? 1 : 0;
        counts->predicted += warm && predicted ? 1 : 0;
        counts->refused += !warm && std::isfinite(start) ? 1 : 0;
    }
    int it = 0;
    while (it < maxIterations) {
        double sd[8], sw[8];
        biweightSums(x, n, centre, cmad, sd, sw);
        ++it;
        const double sumW = fold8(sw);
        if (!(sumW > 0.0))
            break;
        if (last)
            *last = {cmad, sumW};
        const double step = fold8(sd) / sumW;
        centre += step;
        if (!(std::abs(step) > tol))
            break;
    }
    if (counts)
        counts->sums += it;
    return centre;
}

/// The predicted start (detrenders.h): the previous cadence's location `prev` plus the Newton
/// step that the points entering (`in`, in order) and leaving (`out`, in order) the window
/// make at `prev`, with the previous window's scale and weight sum.
double predictStart(double prev, const LastFit& last, std::span<const double> in, std::span<const double> out)
{
    double dpsi = 0.0, dw = 0.0;
    for (const double x : in) {
        const double d = x - prev, w = weightOf(d, last.cmad);
        dpsi += d * w;
        dw += w;
    }
    for (const double x : out) {
        const double d = x - prev, w = weightOf(d, last.cmad);
        dpsi -= d * w;
        dw -= w;
    }
    const double sumW = last.sumW + dw;
    return sumW > 0.0 ? prev + dpsi / sumW : prev;
}
}  // namespace

double biweightLocation(std::span<const double> data, std::span<const double> sorted, double c, double tol,
                        int maxIterations, double start, BiweightCounts* counts)
{
    return locate(data, sorted, c, tol, maxIterations, start, counts, nullptr);
}

Result<std::vector<double>> biweightTrend(std::span<const double> time, std::span<const double> flux,
                                          std::span<const std::uint8_t> exclude, double windowDays, double c,
                                          double edgeCutoffDays, double tol, int maxIterations,
                                          const ProgressFn& progress, std::span<const std::uint8_t> recompute,
                                          std::span<const double> known, bool warmStart, BiweightCounts* counts)
{
    using R = Result<std::vector<double>>;
    const bool partial = recompute.size() == time.size() && known.size() == time.size();
    std::vector<double> tt, ff;
    compress(time, flux, exclude, tt, ff);
    const std::size_t n = time.size();
    std::vector<double> out(n, kNaN);
    if (n == 0)
        return R::success(std::move(out));
    const double hw = windowDays / 2.0;
    const double cut = std::min(std::max(edgeCutoffDays, 0.0), hw);
    const double lowT = time.front() + cut, highT = time.back() - cut;
    detail::SortedWindow win;
    std::size_t lo = 0, hi = 0;    // the window at cadence i: [lo, hi) of the unexcluded points
    std::size_t wlo = 0, whi = 0;  // the points the sorted window holds (behind while reusing)
    // The last cadence located here (its window [prevLo, prevHi) and fit), for the predicted start.
    std::size_t prevFit = n, prevLo = 0, prevHi = 0;
    LastFit last;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = time[i];
        if (t < lowT || t > highT)
            continue;
        while (hi < tt.size() && tt[hi] < t + hw)  // wotan: time[idx_end] < t + half_window
            ++hi;
        while (lo < hi && tt[lo] < t - hw)  // wotan: time[idx_start] < t - half_window
            ++lo;
        if (partial && !recompute[i]) {
            // A known value: the sorted window is not needed here and catches up at the next
            // cadence that is recomputed (rebuilt at once if it fell a whole window behind).
            if (hi > lo)
                out[i] = known[i];
        } else {
            win.slide(wlo, whi, lo, hi, [&](std::size_t k) { return ff[k]; });
            if (!win.empty()) {
                // Warm start: the previous cadence's trend (computed or known), when it has one,
                // plus the predicted step when it was computed here from a window a few points away.
                double start = warmStart && i > 0 ? out[i - 1] : kNaN;
                bool predicted = false;
                if (warmStart && prevFit == i - 1 && last.sumW > 0.0 && lo <= prevHi
                    && (lo - prevLo) + (hi - prevHi) <= kBiweightPredictMaxMoved) {
                    start = predictStart(out[i - 1], last, std::span<const double>(ff).subspan(prevHi, hi - prevHi),
                                         std::span<const double>(ff).subspan(prevLo, lo - prevLo));
                    predicted = true;
                }
                out[i] = locate(std::span<const double>(ff).subspan(lo, hi - lo), win.values(), c, tol, maxIterations,
                                start, counts, &last, predicted);
                prevFit = i;
                prevLo = lo;
                prevHi = hi;
            }
        }
        if ((i & 0x3FF) == 0 && !reportProgress(progress, (long long)i, (long long)n))
            return R::failure(ErrorCode::Cancelled);
    }
    return R::success(std::move(out));
}

}  // namespace exo::detrend
