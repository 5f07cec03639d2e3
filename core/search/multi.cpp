#include "search/multi.h"

#include <algorithm>
#include <cmath>

namespace exo::search {

double robustSigma(const std::vector<double>& x)
{
    if (x.empty()) return 0;
    std::vector<double> v = x;
    auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    const double med = *mid;
    for (double& a : v) a = std::abs(a - med);
    std::nth_element(v.begin(), mid, v.end());
    return 1.4826 * *mid;
}

Result<SearchResult> runSearch(const Series& s, const SearchParams& params, const ProgressFn& progress,
                               const CoarseCallback& coarse)
{
    return runSearch(s.time, s.flux, s.fluxErr, params, progress, coarse);
}

Result<SearchResult> runSearch(const std::vector<double>& time, const std::vector<double>& flux,
                               const std::vector<double>& fluxErr, const SearchParams& params,
                               const ProgressFn& progress, const CoarseCallback& coarse)
{
    using R = Result<SearchResult>;
    if (time.size() != flux.size() || (!fluxErr.empty() && fluxErr.size() != time.size()))
        return R::failure(ErrorCode::InvalidParameter, "array sizes differ");
    if (params.maxPlanets < 1 || !(params.maskFactor > 0) || params.binsPerDuration < 1)
        return R::failure(ErrorCode::InvalidParameter, "maxPlanets/maskFactor/binsPerDuration");
    // Finite points, sorted by time.
    bool useErr = !fluxErr.empty();
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < time.size(); ++i) {
        if (!std::isfinite(time[i]) || !std::isfinite(flux[i])) continue;
        if (useErr && !(std::isfinite(fluxErr[i]) && fluxErr[i] > 0)) useErr = false;
        keep.push_back(i);
    }
    std::sort(keep.begin(), keep.end(), [&](std::size_t a, std::size_t b) { return time[a] < time[b]; });
    if (keep.size() < 10) return R::failure(ErrorCode::InvalidParameter, "fewer than 10 finite points");
    std::vector<double> t, y, dy;
    for (std::size_t i : keep) {
        t.push_back(time[i]);
        y.push_back(flux[i]);
        if (useErr) dy.push_back(fluxErr[i]);
    }
    SearchResult out;
    if (!useErr) {
        const double sig = robustSigma(y);
        dy.assign(y.size(), sig > 0 ? sig : 1e-6);
        out.usedRobustErrors = true;
    }
    out.cadenceDays = medianCadence(t);
    out.baselineDays = t.back() - t.front();
    auto grid = makePeriodGrid(params.grid, out.baselineDays, out.cadenceDays);
    if (!grid.ok()) return R::failure(grid.status.code, grid.status.detail);
    out.gridSize = static_cast<long long>(grid.value.periods.size());

    BlsParams bp;
    bp.periods = grid.value.periods;
    bp.objective = params.objective;
    bp.method = params.method;
    bp.oversample = params.binsPerDuration;
    bp.threads = params.threads;
    bp.coarseStride = params.coarseStride;
    for (double h : params.durationsHours) bp.durations.push_back(h / 24.0);
    bp.durationFractions = params.durationFractions;
    bp.minDurationDays = 2.0 * out.cadenceDays;
    bp.stellarMassSun = params.grid.stellarMassSun;
    bp.stellarRadiusSun = params.grid.stellarRadiusSun;

    const long long total = out.gridSize * params.maxPlanets;
    for (int pass = 0; pass < params.maxPlanets; ++pass) {
        if (t.size() < 10) {
            out.stopReason = "too_few_points";
            break;
        }
        const long long before = out.gridSize * pass;
        auto pg = runBls(
            t, y, dy, bp,
            [&](long long done, long long) { return reportProgress(progress, before + done, total); },
            pass == 0 ? coarse : CoarseCallback{});
        if (!pg.ok()) return R::failure(pg.status.code, pg.status.detail);
        SearchPass sp;
        sp.nPoints = t.size();
        sp.sde = computeSde(pg.value.power, params.grid.oversampling);
        sp.periodogram = std::move(pg.value);
        const auto& g = sp.periodogram;
        const std::size_t i = sp.sde.peakIndex;
        if (!std::isfinite(g.power[i]) || !(g.depth[i] > 0)) {
            out.stopReason = "sde";
            out.passes.push_back(std::move(sp));
            break;
        }
        Candidate c;
        c.rank = pass + 1;
        c.periodDays = g.period[i];
        c.t0 = g.transitTime[i];
        c.durationHours = g.duration[i] * 24.0;
        c.depthPpm = g.depth[i] * 1e6;
        c.depthErrPpm = g.depthErr[i] * 1e6;
        c.snr = g.depthSnr[i];
        c.sde = sp.sde.sde;
        c.power = g.power[i];
        if (c.sde < params.minSde || c.snr < params.minSnr) {
            out.stopReason = c.sde < params.minSde ? "sde" : "snr";
            out.passes.push_back(std::move(sp));
            break;
        }
        BlsStats stats;
        auto st = computeBlsStats(t, y, dy, c.periodDays, g.duration[i], c.t0);
        if (st.ok()) {
            stats = std::move(st.value);
            c.nTransits = int(std::count_if(stats.perTransitCount.begin(), stats.perTransitCount.end(),
                                            [](int k) { return k > 0; }));
            c.oddDepthPpm = stats.depthOdd.value * 1e6;
            c.evenDepthPpm = stats.depthEven.value * 1e6;
            const double e = std::hypot(stats.depthOdd.error, stats.depthEven.error);
            c.oddEvenSigma = std::isfinite(e) && e > 0 ? std::abs(stats.depthOdd.value - stats.depthEven.value) / e : 0;
            c.secondaryDepthPpm = stats.depthPhased.value * 1e6;
            c.secondaryErrPpm = stats.depthPhased.error * 1e6;
            for (std::size_t k = 0; k < stats.transitTimes.size(); ++k)
                if (k >= stats.perTransitCount.size() || stats.perTransitCount[k] > 0)
                    c.transitTimes.push_back(stats.transitTimes[k]);
        }
        sp.accepted = true;
        out.passes.push_back(std::move(sp));
        out.candidates.push_back(std::move(c));
        out.stats.push_back(std::move(stats));
        // Mask this candidate's transits and search again.
        const auto& cc = out.candidates.back();
        const auto m = transitMask(t, cc.periodDays, params.maskFactor * cc.durationHours / 24.0, cc.t0);
        std::size_t w = 0;
        for (std::size_t k = 0; k < t.size(); ++k)
            if (!m[k]) {
                t[w] = t[k];
                y[w] = y[k];
                dy[w] = dy[k];
                ++w;
            }
        t.resize(w);
        y.resize(w);
        dy.resize(w);
        if (pass + 1 == params.maxPlanets) out.stopReason = "max_planets";
    }
    reportProgress(progress, total, total);
    return R::success(std::move(out));
}

}  // namespace exo::search
