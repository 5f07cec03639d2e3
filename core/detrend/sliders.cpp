// Time-windowed sliders: moving mean, sliding median, wotan's biweight.
#include <cmath>
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
        while (hi < tt.size() && tt[hi] <= t + hw)
            win.insert(ff[hi++]);
        while (lo < hi && tt[lo] < t - hw)
            win.erase(ff[lo++]);
        if (!win.empty())
            out[i] = win.median();
    }
    return out;
}

double biweightLocation(std::span<const double> data, std::span<const double> sorted, double c, double tol,
                        int maxIterations)
{
    if (sorted.empty())
        return kNaN;
    const double med = detail::medianOfSorted(sorted);
    const double mad = detail::madOfSorted(sorted, med);
    if (mad == 0.0)  // wotan: neglecting this case was a bug in scikit-learn
        return med;
    const double cmad = 1.0 / (c * mad);
    const std::size_t n = data.size();
    const double* x = data.data();
    double centre = med;
    for (int it = 0; it < maxIterations; ++it) {
        // Four interleaved partial sums: breaks the add-latency chain so the
        // loop runs at throughput; the order is part of the documented contract.
        double sd[4] = {0, 0, 0, 0}, sw[4] = {0, 0, 0, 0};
        std::size_t j = 0;
        for (; j + 4 <= n; j += 4) {
            for (int l = 0; l < 4; ++l) {
                const double d = x[j + l] - centre;
                const double u = d * cmad;
                const double u2 = u * u;
                const double w = u2 < 1.0 ? (1.0 - u2) * (1.0 - u2) : 0.0;
                sd[l] += d * w;
                sw[l] += w;
            }
        }
        for (int l = 0; j < n; ++j, ++l) {
            const double d = x[j] - centre;
            const double u = d * cmad;
            const double u2 = u * u;
            const double w = u2 < 1.0 ? (1.0 - u2) * (1.0 - u2) : 0.0;
            sd[l] += d * w;
            sw[l] += w;
        }
        const double sumW = (sw[0] + sw[1]) + (sw[2] + sw[3]);
        if (!(sumW > 0.0))
            break;
        const double step = ((sd[0] + sd[1]) + (sd[2] + sd[3])) / sumW;
        centre += step;
        if (!(std::abs(step) > tol))
            break;
    }
    return centre;
}

Result<std::vector<double>> biweightTrend(std::span<const double> time, std::span<const double> flux,
                                          std::span<const std::uint8_t> exclude, double windowDays, double c,
                                          double edgeCutoffDays, double tol, int maxIterations,
                                          const ProgressFn& progress)
{
    using R = Result<std::vector<double>>;
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
    std::size_t lo = 0, hi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = time[i];
        if (t < lowT || t > highT)
            continue;
        while (hi < tt.size() && tt[hi] < t + hw)  // wotan: time[idx_end] < t + half_window
            win.insert(ff[hi++]);
        while (lo < hi && tt[lo] < t - hw)  // wotan: time[idx_start] < t - half_window
            win.erase(ff[lo++]);
        if (!win.empty())
            out[i] = biweightLocation(std::span<const double>(ff).subspan(lo, hi - lo), win.values(), c, tol,
                                      maxIterations);
        if ((i & 0x3FF) == 0 && !reportProgress(progress, (long long)i, (long long)n))
            return R::failure(ErrorCode::Cancelled);
    }
    return R::success(std::move(out));
}

}  // namespace exo::detrend
