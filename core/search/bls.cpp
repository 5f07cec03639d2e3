// runBls(): validation, data preparation, the thread pool over periods and the
// progressive (coarse-then-full) schedule. Kernels live in bls_kernel.cpp / bls_exact.cpp.
#include "search/bls.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <string>
#include <thread>

#include "search/bls_internal.h"
#include "search/grid.h"

namespace exo::search {

using detail::PeriodOut;
using detail::Prepared;

std::size_t BlsPeriodogram::argmax() const
{
    std::size_t best = npos;
    double m = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < power.size(); ++i)
        if (power[i] > m) {
            m = power[i];
            best = i;
        }
    return best;
}

namespace {

Status validateInput(const std::vector<double>& t, const std::vector<double>& y, const std::vector<double>& dy)
{
    if (t.size() < 2)
        return Status::error(ErrorCode::InvalidParameter, "need at least 2 points");
    if (y.size() != t.size())
        return Status::error(ErrorCode::InvalidParameter, "time/flux sizes differ");
    if (!dy.empty() && dy.size() != t.size())
        return Status::error(ErrorCode::InvalidParameter, "time/flux_err sizes differ");
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!std::isfinite(t[i]) || !std::isfinite(y[i]))
            return Status::error(ErrorCode::InvalidParameter, "non-finite time or flux at index " + std::to_string(i));
        if (!dy.empty() && !(std::isfinite(dy[i]) && dy[i] > 0))
            return Status::error(ErrorCode::InvalidParameter, "flux_err must be > 0 at index " + std::to_string(i));
    }
    return Status::success();
}

/// Input and parameter checks shared by runBls and runBlsNearTransit: `periods` receives the
/// sorted trial periods, minDur/maxDur the shortest and longest trial durations.
Status validateAll(const std::vector<double>& time, const std::vector<double>& flux,
                   const std::vector<double>& fluxErr, const BlsParams& params, std::vector<double>& periods,
                   double& minDur, double& maxDur)
{
    if (Status st = validateInput(time, flux, fluxErr); !st.ok())
        return st;
    if (params.periods.empty())
        return Status::error(ErrorCode::InvalidParameter, "no trial periods");
    if (params.oversample < 1)
        return Status::error(ErrorCode::InvalidParameter, "oversample must be >= 1");
    periods = params.periods;
    std::sort(periods.begin(), periods.end());
    for (double x : periods)
        if (!(std::isfinite(x) && x > 0))
            return Status::error(ErrorCode::InvalidParameter, "period must be > 0");
    // Duration checks (astropy: max duration < min period).
    if (!params.durations.empty()) {
        for (double x : params.durations)
            if (!(std::isfinite(x) && x > 0))
                return Status::error(ErrorCode::InvalidParameter, "duration must be > 0");
        minDur = *std::min_element(params.durations.begin(), params.durations.end());
        maxDur = *std::max_element(params.durations.begin(), params.durations.end());
        if (!(maxDur < periods.front()))
            return Status::error(ErrorCode::InvalidParameter, "maximum duration must be shorter than minimum period");
    } else {
        if (params.minDurationDays < 0 || !(params.stellarMassSun > 0) || !(params.stellarRadiusSun > 0))
            return Status::error(ErrorCode::InvalidParameter, "bad relative-duration parameters");
        std::vector<double> d;
        detail::durationsAt(params, periods.front(), d);
        if (d.empty() || !(d.front() > 0))
            return Status::error(ErrorCode::InvalidParameter, "duration must be > 0");
        minDur = d.front();
        detail::durationsAt(params, periods.back(), d);
        maxDur = d.back();
    }
    return Status::success();
}

Prepared prepare(const std::vector<double>& t, const std::vector<double>& y, const std::vector<double>& dy)
{
    Prepared d;
    const std::size_t n = t.size();
    d.tmin = *std::min_element(t.begin(), t.end());
    d.dt.resize(n);
    d.pts.resize(n);
    // Each point's inverse variance, kept in pts[i].w until it is normalised (computed once).
    double sIvar = 0;
    for (std::size_t i = 0; i < n; ++i) {
        d.pts[i].w = dy.empty() ? 1.0 : 1.0 / (dy[i] * dy[i]);
        sIvar += d.pts[i].w;
    }
    d.ivarScale = sIvar / double(n);
    double sw = 0, swy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = d.pts[i].w / d.ivarScale;
        d.pts[i].w = w;
        sw += w;
        swy += w * y[i];
    }
    const double ybar = swy / sw;
    d.sumW = 0;
    d.sumWy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        d.dt[i] = t[i] - d.tmin;
        d.pts[i].wy = d.pts[i].w * (y[i] - ybar);
        d.sumW += d.pts[i].w;
        d.sumWy += d.pts[i].wy;
    }
    return d;
}

}  // namespace

namespace detail {
void storeOut(BlsPeriodogram& r, std::size_t i, const PeriodOut& o)
{
    r.power[i] = o.power;
    r.depth[i] = o.depth;
    r.depthErr[i] = o.depthErr;
    r.duration[i] = o.duration;
    r.transitTime[i] = o.transitTime;
    r.depthSnr[i] = o.depthSnr;
    r.logLikelihood[i] = o.logLike;
}

BlsPeriodogram subsample(const BlsPeriodogram& r, std::size_t stride)
{
    BlsPeriodogram c;
    c.objective = r.objective;
    for (std::size_t i = 0; i < r.size(); i += stride) {
        c.period.push_back(r.period[i]);
        c.power.push_back(r.power[i]);
        c.depth.push_back(r.depth[i]);
        c.depthErr.push_back(r.depthErr[i]);
        c.duration.push_back(r.duration[i]);
        c.transitTime.push_back(r.transitTime[i]);
        c.depthSnr.push_back(r.depthSnr[i]);
        c.logLikelihood.push_back(r.logLikelihood[i]);
    }
    return c;
}
}  // namespace detail

namespace {

// Runs `count` work items (item k -> period index map(k)) on `threads` threads.
// The calling thread works too and alone reports progress; returns false if cancelled.
template <typename Map>
bool parallelPeriods(const Prepared& d, const BlsParams& p, BlsPeriodogram& r, std::size_t count, Map map, int threads,
                     const ProgressFn& progress, long long doneBefore, long long total)
{
    if (count == 0)
        return true;
    const std::size_t chunk = std::clamp<std::size_t>(count / (std::size_t(threads) * 32 + 1), 1, 512);
    std::atomic<std::size_t> next{0};
    std::atomic<long long> done{0};
    std::atomic<bool> cancel{false};
    auto work = [&](bool reporter) {
        detail::Scratch s;
        PeriodOut o;
        for (;;) {
            if (cancel.load(std::memory_order_relaxed))
                return;
            const std::size_t a = next.fetch_add(chunk);
            if (a >= count)
                return;
            const std::size_t b = std::min(count, a + chunk);
            for (std::size_t k = a; k < b; ++k) {
                const std::size_t i = map(k);
                if (p.method == BlsMethod::Exact)
                    detail::exactPeriod(d, p, r.period[i], s, o);
                else
                    detail::binnedPeriod(d, p, r.period[i], s, o);
                detail::storeOut(r, i, o);
            }
            const long long now = done.fetch_add(static_cast<long long>(b - a)) + static_cast<long long>(b - a);
            if (reporter && !reportProgress(progress, doneBefore + now, total))
                cancel = true;
        }
    };
    std::vector<std::thread> pool;
    const int helpers = std::max(0, std::min<int>(threads, int(count)) - 1);
    pool.reserve(std::size_t(helpers));
    for (int k = 0; k < helpers; ++k)
        pool.emplace_back(work, false);
    work(true);
    for (auto& th : pool)
        th.join();
    if (!cancel && !reportProgress(progress, doneBefore + static_cast<long long>(count), total))
        cancel = true;
    return !cancel;
}

}  // namespace

Result<BlsPeriodogram> runBls(const std::vector<double>& time, const std::vector<double>& flux,
                              const std::vector<double>& fluxErr, const BlsParams& params, const ProgressFn& progress,
                              const CoarseCallback& coarse)
{
    using R = Result<BlsPeriodogram>;
    std::vector<double> periods;
    double minDur = 0, maxDur = 0;
    if (Status st = validateAll(time, flux, fluxErr, params, periods, minDur, maxDur); !st.ok())
        return R::failure(st.code, st.detail);
    // Memory: outputs (8 arrays) + per-thread bins/cumsums (4 doubles per bin) + indices.
    unsigned hw = std::thread::hardware_concurrency();
    const int threads = params.threads > 0 ? params.threads : int(hw ? hw : 1);
    const double bins = detail::maxBinsEstimate(params, periods.back(), std::min(minDur, maxDur));
    double bytes = double(periods.size()) * 8 * 8 + double(threads) * (bins * 40 + double(time.size()) * 24)
                   + double(time.size()) * 24;
    if (params.method == BlsMethod::FastFold) {
        const auto [lo, hi] = std::minmax_element(time.begin(), time.end());
        bytes +=
            double(threads) * detail::foldedScratchBytes(params, *hi - *lo, std::min(minDur, maxDur), periods.back());
    }
    if (!(bytes <= double(params.maxMemoryBytes)) || bins > 2e9)
        return R::failure(ErrorCode::TooLarge, "periodogram needs ~" + std::to_string(bytes / 1e9) + " GB");

    const Prepared d = prepare(time, flux, fluxErr);
    BlsPeriodogram r;
    r.objective = params.objective;
    r.period = std::move(periods);
    const std::size_t n = r.period.size();
    for (auto* v : {&r.power, &r.depth, &r.depthErr, &r.duration, &r.transitTime, &r.depthSnr, &r.logLikelihood})
        v->assign(n, 0.0);
    const long long total = static_cast<long long>(n);

    if (params.method == BlsMethod::FastFold) {
        if (!detail::foldedPeriodogram(d, params, r, threads, progress, coarse))
            return R::failure(ErrorCode::Cancelled);
        return R::success(std::move(r));
    }
    const std::size_t stride = std::size_t(std::max(1, params.coarseStride));
    if (coarse && stride > 1 && n > stride) {
        const std::size_t nc = (n + stride - 1) / stride;
        if (!parallelPeriods(
                d, params, r, nc, [stride](std::size_t k) { return k * stride; }, threads, progress, 0, total))
            return R::failure(ErrorCode::Cancelled);
        coarse(detail::subsample(r, stride));
        // The remaining periods: item k -> k-th index that is not a multiple of stride.
        const std::size_t rest = n - nc;
        auto map = [stride](std::size_t k) { return (k / (stride - 1)) * stride + 1 + k % (stride - 1); };
        if (!parallelPeriods(d, params, r, rest, map, threads, progress, static_cast<long long>(nc), total))
            return R::failure(ErrorCode::Cancelled);
    } else {
        if (!parallelPeriods(
                d, params, r, n, [](std::size_t k) { return k; }, threads, progress, 0, total))
            return R::failure(ErrorCode::Cancelled);
    }
    return R::success(std::move(r));
}

Result<BlsPeriodogram> runBlsNearTransit(const std::vector<double>& time, const std::vector<double>& flux,
                                         const std::vector<double>& fluxErr, const BlsParams& params,
                                         double anchorTime, double halfWindowDays, double recomputeWithin)
{
    using R = Result<BlsPeriodogram>;
    std::vector<double> periods;
    double minDur = 0, maxDur = 0;
    if (Status st = validateAll(time, flux, fluxErr, params, periods, minDur, maxDur); !st.ok())
        return R::failure(st.code, st.detail);
    if (!std::isfinite(anchorTime) || !(halfWindowDays >= 0) || !std::isfinite(halfWindowDays))
        return R::failure(ErrorCode::InvalidParameter, "anchor time must be finite and the half window >= 0");
    if (!(recomputeWithin >= 0) || !std::isfinite(recomputeWithin))
        return R::failure(ErrorCode::InvalidParameter, "recompute tolerance must be >= 0");
    if (detail::maxBinsEstimate(params, periods.back(), std::min(minDur, maxDur)) > 2e9)
        return R::failure(ErrorCode::TooLarge, "too many phase bins");
    BlsParams q = params;
    q.method = BlsMethod::Binned;
    const Prepared d = prepare(time, flux, fluxErr);
    const bool sorted = std::is_sorted(d.dt.begin(), d.dt.end());
    BlsPeriodogram r;
    r.objective = q.objective;
    r.period = std::move(periods);
    const std::size_t n = r.period.size();
    for (auto* v : {&r.power, &r.depth, &r.depthErr, &r.duration, &r.transitTime, &r.depthSnr, &r.logLikelihood})
        v->assign(n, 0.0);
    detail::Scratch s;
    PeriodOut o;
    for (std::size_t i = 0; i < n; ++i) {
        detail::nearPeriod(d, q, r.period[i], anchorTime - d.tmin, halfWindowDays, sorted, s, o);
        detail::storeOut(r, i, o);
    }
    // The near-best periods by the full kernel. Its power at a period is at least the near
    // kernel's there (a superset of windows; the same window's power agrees to ~1e-13), so the
    // best of them is above every period not recomputed.
    if (const std::size_t k = r.argmax(); recomputeWithin > 0 && k != BlsPeriodogram::npos) {
        const double top = r.power[k];
        for (std::size_t i = 0; i < n; ++i)
            if (r.power[i] >= top - recomputeWithin * std::abs(top)) {
                detail::binnedPeriod(d, q, r.period[i], s, o);
                detail::storeOut(r, i, o);
            }
    }
    return R::success(std::move(r));
}

std::vector<bool> transitMask(const std::vector<double>& time, double period, double duration, double t0)
{
    std::vector<bool> m(time.size());
    const double hp = 0.5 * period;
    for (std::size_t i = 0; i < time.size(); ++i) {
        double x = detail::fmodExact(time[i] - t0 + hp, period);
        if (x < 0)
            x += period;
        m[i] = std::abs(x - hp) < 0.5 * duration;
    }
    return m;
}

}  // namespace exo::search
