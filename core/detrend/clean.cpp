#include "detrend/clean.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "detrend/sorted_window.h"

namespace exo::detrend {

namespace {
constexpr double kMadToSigma = 1.4826;

bool sizesOk(const Series& s)
{
    const std::size_t n = s.size();
    auto ok = [n](std::size_t m) { return m == 0 || m == n; };
    return s.flux.size() == n && ok(s.fluxErr.size()) && ok(s.quality.size()) && ok(s.cadenceNo.size())
           && ok(s.segment.size());
}
}  // namespace

double nanMedian(std::span<const double> values)
{
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
    if (v.empty())
        return std::nan("");
    const std::size_t n = v.size();
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(n / 2), v.end());
    const double hi = v[n / 2];
    if (n % 2 == 1)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(n / 2));
    return (lo + hi) / 2.0;
}

double robustSigma(std::span<const double> values)
{
    const double med = nanMedian(values);
    if (!std::isfinite(med))
        return std::nan("");
    std::vector<double> dev;
    dev.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x))
            dev.push_back(std::abs(x - med));
    return kMadToSigma * nanMedian(dev);
}

Result<std::vector<std::uint8_t>> sigmaClipMask(std::span<const double> time, std::span<const double> flux,
                                                std::span<const std::uint8_t> active, const ClipParams& clip,
                                                const ProgressFn& progress)
{
    using R = Result<std::vector<std::uint8_t>>;
    const std::size_t n = flux.size();
    if (!(clip.sigma > 0.0) || !std::isfinite(clip.sigma) || clip.maxIterations < 1 || !(clip.windowDays >= 0.0)
        || !std::isfinite(clip.windowDays))
        return R::failure(ErrorCode::InvalidParameter, "clip parameters");
    if (active.size() != n || (clip.windowDays > 0.0 && time.size() != n))
        return R::failure(ErrorCode::InvalidParameter, "clip array sizes");

    std::vector<std::uint8_t> keep(active.begin(), active.end());
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(flux[i]))
            keep[i] = 0;
    const bool upper = clip.side == ClipSide::Upper;
    auto outlier = [&](double x, double centre, double sigma) {
        if (!(sigma > 0.0))
            return false;  // flat data: nothing is an outlier
        const double d = x - centre;
        return upper ? d > clip.sigma * sigma : std::abs(d) > clip.sigma * sigma;
    };

    // Times of the cadences the previous pass clipped (ascending): from the second pass on,
    // only a cadence whose window held one of them can change its verdict; every other one
    // sees the same values, hence the same median, MAD and answer, and is not evaluated again.
    std::vector<double> clippedTimes;
    for (int iter = 0; iter < clip.maxIterations; ++iter) {
        std::vector<std::size_t> idx;
        for (std::size_t i = 0; i < n; ++i)
            if (keep[i])
                idx.push_back(i);
        if (idx.empty())
            break;
        std::vector<std::size_t> toClip;
        if (clip.windowDays <= 0.0) {
            std::vector<double> v;
            v.reserve(idx.size());
            for (std::size_t i : idx)
                v.push_back(flux[i]);
            const double med = nanMedian(v);
            const double sig = robustSigma(v);
            for (std::size_t i : idx)
                if (outlier(flux[i], med, sig))
                    toClip.push_back(i);
        } else {
            const double hw = clip.windowDays / 2.0;
            const double reach = hw * (1 + 1e-9) + 1e-12;  // a margin only re-evaluates more
            detail::SortedWindow win;
            std::size_t lo = 0, hi = 0;  // window over idx[lo..hi)
            bool windowCurrent = true;   // win holds idx[lo..hi) (false after skipped cadences)
            std::size_t nextClipped = 0;
            for (std::size_t k = 0; k < idx.size(); ++k) {
                if ((k & 0xFFF) == 0 && !reportProgress(progress, (long long)k, (long long)idx.size()))
                    return R::failure(ErrorCode::Cancelled);
                const double t = time[idx[k]];
                if (!std::isfinite(t))
                    return R::failure(ErrorCode::InvalidParameter, "NaN time in running clip");
                if (iter > 0) {
                    while (nextClipped < clippedTimes.size() && clippedTimes[nextClipped] < t - reach)
                        ++nextClipped;
                    if (nextClipped == clippedTimes.size() || clippedTimes[nextClipped] > t + reach) {
                        windowCurrent = false;  // same window as the last pass: same verdict (kept)
                        continue;
                    }
                    if (!windowCurrent) {  // rebuild from the first cadence of this window
                        const auto first =
                            std::partition_point(idx.begin() + std::ptrdiff_t(lo), idx.begin() + std::ptrdiff_t(k),
                                                 [&](std::size_t i) { return time[i] < t - hw; });
                        win.clear();
                        lo = hi = std::size_t(first - idx.begin());
                        windowCurrent = true;
                    }
                }
                std::size_t newHi = std::max(hi, lo), newLo = lo;
                while (newHi < idx.size() && time[idx[newHi]] <= t + hw)
                    ++newHi;
                while (newLo < newHi && time[idx[newLo]] < t - hw)
                    ++newLo;
                win.slide(lo, hi, newLo, newHi, [&](std::size_t j) { return flux[idx[j]]; });
                const double med = win.median();
                // Most cadences are well inside the threshold even against a lower bound of
                // the MAD (madLowerBound): the same verdict, without the MAD's searches.
                const double x = flux[idx[k]];
                const double bound = clip.sigma * (kMadToSigma * win.madLowerBound(med));
                if (bound > 0.0 && (upper ? x - med : std::abs(x - med)) <= bound)
                    continue;
                const double sig = kMadToSigma * win.mad(med);
                if (outlier(x, med, sig))
                    toClip.push_back(idx[k]);
            }
            clippedTimes.clear();
            for (std::size_t i : toClip)
                clippedTimes.push_back(time[i]);
        }
        if (toClip.empty())
            break;
        for (std::size_t i : toClip)
            keep[i] = 0;
    }
    // Inactive cadences are returned as they came (0), NaN flux as 0.
    return R::success(std::move(keep));
}

Result<CleanOutput> cleanSeries(const Series& in, const CleanParams& p, const ProgressFn& progress)
{
    using R = Result<CleanOutput>;
    const std::size_t n = in.size();
    if (n == 0)
        return R::failure(ErrorCode::InvalidParameter, "empty series");
    if (!sizesOk(in))
        return R::failure(ErrorCode::InvalidParameter, "column sizes differ");

    R res;
    CleanOutput& out = res.value;
    out.reason.assign(n, Removal::Kept);

    if (p.applyQuality && p.qualityBitmask != 0 && in.quality.size() == n) {
        for (std::size_t i = 0; i < n; ++i)
            if ((in.quality[i] & p.qualityBitmask) != 0) {
                out.reason[i] = Removal::Quality;
                ++out.removedQuality;
            }
    }
    if (p.removeNaN) {
        for (std::size_t i = 0; i < n; ++i)
            if (out.reason[i] == Removal::Kept && (!std::isfinite(in.time[i]) || !std::isfinite(in.flux[i]))) {
                out.reason[i] = Removal::NaN;
                ++out.removedNaN;
            }
    }

    std::vector<double> flux(in.flux);
    std::vector<double> err(in.fluxErr);
    {
        std::vector<double> kept;
        kept.reserve(n);
        const std::uint32_t removing = p.qualityBitmask & ~p.medianKeepsBits;
        for (std::size_t i = 0; i < n; ++i)
            if (out.reason[i] == Removal::Kept)
                kept.push_back(flux[i]);
            else if (out.reason[i] == Removal::Quality && p.medianKeepsBits != 0 && (in.quality[i] & removing) == 0
                     && std::isfinite(in.time[i]) && std::isfinite(flux[i]))
                kept.push_back(flux[i]);
        const double med = nanMedian(kept);
        if (!std::isfinite(med))
            return R::failure(ErrorCode::AllNaN, "no finite flux after masking");
        if (p.normalise) {
            if (med <= 0.0)
                res.warnings.push_back(Warning(WarningCode::NonPositiveMedian));
            if (med != 0.0) {
                for (double& f : flux)
                    f /= med;
                for (double& e : err)
                    e /= med;
                out.normalisation = med;
            }
        }
    }

    if (p.clip.enabled) {
        std::vector<std::uint8_t> active(n);
        for (std::size_t i = 0; i < n; ++i)
            active[i] = out.reason[i] == Removal::Kept && std::isfinite(flux[i]) ? 1 : 0;
        auto mask = sigmaClipMask(in.time, flux, active, p.clip, progress);
        if (!mask.ok()) {
            res.status = mask.status;
            return res;
        }
        for (std::size_t i = 0; i < n; ++i)
            if (active[i] && !mask.value[i]) {
                out.reason[i] = Removal::Clipped;
                ++out.removedClipped;
            }
    }

    out.keep.assign(n, 0);
    Series& s = out.series;
    for (std::size_t i = 0; i < n; ++i) {
        if (out.reason[i] != Removal::Kept)
            continue;
        out.keep[i] = 1;
        out.index.push_back(i);
        s.time.push_back(in.time[i]);
        s.flux.push_back(flux[i]);
        if (err.size() == n)
            s.fluxErr.push_back(err[i]);
        if (in.quality.size() == n)
            s.quality.push_back(in.quality[i]);
        if (in.cadenceNo.size() == n)
            s.cadenceNo.push_back(in.cadenceNo[i]);
        if (in.segment.size() == n)
            s.segment.push_back(in.segment[i]);
    }
    if (s.size() == 0)
        return R::failure(ErrorCode::AllNaN, "nothing left after cleaning");
    return res;
}

}  // namespace exo::detrend
