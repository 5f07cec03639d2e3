#include "search/dips.h"

#include <algorithm>
#include <cmath>

#include "search/grid.h"
#include "search/multi.h"

namespace exo::search {

Result<DipResult> findDips(const std::vector<double>& time, const std::vector<double>& flux, const DipParams& p)
{
    using R = Result<DipResult>;
    if (time.size() != flux.size())
        return R::failure(ErrorCode::InvalidParameter, "sizes differ");
    if (!(p.kSigma > 0) || p.maxGapPoints < 0 || p.minPoints < 1 || !(p.maxGapDays >= 0))
        return R::failure(ErrorCode::InvalidParameter, "dip parameters");
    std::vector<double> good;
    for (std::size_t i = 0; i < flux.size(); ++i)
        if (std::isfinite(flux[i]) && std::isfinite(time[i]))
            good.push_back(flux[i]);
    if (good.size() < 3)
        return R::failure(ErrorCode::InvalidParameter, "fewer than 3 finite points");
    DipResult r;
    {
        std::vector<double> v = good;
        auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
        std::nth_element(v.begin(), mid, v.end());
        r.median = *mid;
    }
    r.sigma = robustSigma(good);
    const double thr = r.median - p.kSigma * r.sigma;
    const std::size_t n = flux.size();
    r.flagged.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        r.flagged[i] = std::isfinite(flux[i]) && std::isfinite(time[i]) && flux[i] < thr;
    const double cadence = medianCadence(time);

    std::size_t i = 0;
    while (i < n) {
        if (!r.flagged[i]) {
            ++i;
            continue;
        }
        DipEvent e;
        e.firstIndex = e.lastIndex = i;
        e.nPoints = 1;
        double fmin = flux[i];
        e.tMin = time[i];
        std::size_t j = i + 1;
        int gap = 0;
        while (j < n) {
            if (!std::isfinite(flux[j]) || !std::isfinite(time[j])) {
                ++j;
                continue;
            }
            if (time[j] - time[e.lastIndex] > p.maxGapDays + cadence)
                break;
            if (r.flagged[j]) {
                e.lastIndex = j;
                ++e.nPoints;
                gap = 0;
                if (flux[j] < fmin) {
                    fmin = flux[j];
                    e.tMin = time[j];
                }
            } else if (++gap > p.maxGapPoints) {
                break;
            }
            ++j;
        }
        e.tStart = time[e.firstIndex];
        e.tEnd = time[e.lastIndex];
        e.depthPpm = (r.median - fmin) / r.median * 1e6;
        e.durationHours = (e.tEnd - e.tStart + cadence) * 24.0;
        e.significance = r.sigma > 0 ? (r.median - fmin) / r.sigma : 0;
        if (e.nPoints >= p.minPoints)
            r.events.push_back(e);
        i = e.lastIndex + 1;
    }
    return R::success(std::move(r));
}

}  // namespace exo::search
