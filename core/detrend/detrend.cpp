// detrendSeries(): validation, segmentation and dispatch to the single-segment methods.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "detrend/detrenders.h"
#include "detrend/segments.h"

namespace exo::detrend {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isSlider(DetrendMethod m)
{
    return m == DetrendMethod::MovingMean || m == DetrendMethod::SlidingMedian || m == DetrendMethod::Biweight;
}

Status validate(const DetrendParams& p, std::size_t n)
{
    auto bad = [](const char* what) { return Status::error(ErrorCode::InvalidParameter, what); };
    if (!p.transitMask.empty() && p.transitMask.size() != n)
        return bad("transitMask size");
    if (p.recompute.size() != p.knownTrend.size() || (!p.recompute.empty() && p.recompute.size() != n))
        return bad("recompute / knownTrend size");
    if (isSlider(p.method)) {
        if (!std::isfinite(p.windowDays) || !(p.windowDays > 0.0))
            return bad("windowDays");
        if (!std::isfinite(p.breakToleranceDays) || !std::isfinite(p.edgeCutoffDays) || p.edgeCutoffDays < 0.0)
            return bad("breakToleranceDays/edgeCutoffDays");
        if (p.method == DetrendMethod::Biweight
            && (!(p.biweightC > 0.0) || !std::isfinite(p.biweightC) || !(p.biweightTolerance > 0.0)
                || !std::isfinite(p.biweightTolerance) || p.biweightMaxIterations < 1))
            return bad("biweight parameters");
    }
    if (p.method == DetrendMethod::MovingMeanPoints && (p.halfWindowPoints < 1 || p.halfWindowPoints > 100000))
        return bad("halfWindowPoints must be between 1 and 100000");
    if (p.method == DetrendMethod::SavGol) {
        if (p.windowLength < 1 || p.windowLength % 2 == 0)
            return bad("windowLength must be odd and positive");
        if (p.polyorder < 0 || p.polyorder >= p.windowLength)
            return bad("polyorder >= windowLength");
        if (p.niters < 1 || !std::isfinite(p.sigma) || !(p.sigma > 0.0) || !std::isfinite(p.breakTolerance)
            || !(p.breakTolerance > 0.0))
            return bad("savgol niters/sigma/breakTolerance");
    }
    return Status::success();
}

/// Fill NaN trend values at indices [b, e) flagged in `fill` by linear
/// interpolation in time between the nearest finite trend values (nearest
/// value beyond the last one).
void fillGaps(const std::vector<double>& t, std::vector<double>& tr, const std::vector<std::uint8_t>& fill)
{
    const std::size_t n = t.size();
    std::size_t prev = n;  // last index with a finite trend
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(tr[i])) {
            prev = i;
            continue;
        }
        if (!fill[i])
            continue;
        std::size_t next = i + 1;
        while (next < n && !std::isfinite(tr[next]))
            ++next;
        if (prev == n && next == n)
            return;
        double v;
        if (prev == n)
            v = tr[next];
        else if (next == n)
            v = tr[prev];
        else
            v = tr[prev] + (tr[next] - tr[prev]) * (t[i] - t[prev]) / (t[next] - t[prev]);
        tr[i] = v;  // not `prev = i`: keep interpolating from the real fit
    }
}
}  // namespace

const char* detrendMethodName(DetrendMethod m)
{
    switch (m) {
    case DetrendMethod::None: return "none";
    case DetrendMethod::MovingMean: return "mean";
    case DetrendMethod::SlidingMedian: return "median";
    case DetrendMethod::Biweight: return "biweight";
    case DetrendMethod::SavGol: return "savgol";
    case DetrendMethod::MovingMeanPoints: return "mean-points";
    }
    return "none";
}

bool parseDetrendMethod(const std::string& name, DetrendMethod& out)
{
    for (DetrendMethod m : {DetrendMethod::None, DetrendMethod::MovingMean, DetrendMethod::SlidingMedian,
                            DetrendMethod::Biweight, DetrendMethod::SavGol, DetrendMethod::MovingMeanPoints})
        if (name == detrendMethodName(m)) {
            out = m;
            return true;
        }
    return false;
}

Result<DetrendOutput> detrendSeries(const Series& s, const DetrendParams& p, const ProgressFn& progress)
{
    using R = Result<DetrendOutput>;
    const std::size_t n = s.size();
    if (n == 0 || s.flux.size() != n)
        return R::failure(ErrorCode::InvalidParameter, "empty series");
    if (Status st = validate(p, n); !st.ok()) {
        R r;
        r.status = st;
        return r;
    }

    // Finite cadences, compressed.
    std::vector<std::size_t> idx;
    idx.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(s.time[i]) && std::isfinite(s.flux[i]))
            idx.push_back(i);
    if (idx.empty())
        return R::failure(ErrorCode::AllNaN, "no finite cadence");
    const std::size_t m = idx.size();
    std::vector<double> t(m), f(m);
    std::vector<std::uint8_t> ex(m, 0);
    // Refit hint (Biweight): cadences whose window is unchanged keep their known trend.
    const bool partial = p.method == DetrendMethod::Biweight && !p.recompute.empty();
    std::vector<std::uint8_t> rc(partial ? m : 0);
    std::vector<double> kn(partial ? m : 0);
    std::vector<int> ids;
    const bool hasIds = s.segment.size() == n;
    if (hasIds)
        ids.resize(m);
    for (std::size_t k = 0; k < m; ++k) {
        t[k] = s.time[idx[k]];
        f[k] = s.flux[idx[k]];
        if (!p.transitMask.empty())
            ex[k] = p.transitMask[idx[k]] ? 1 : 0;
        if (hasIds)
            ids[k] = s.segment[idx[k]];
        if (partial) {
            rc[k] = p.recompute[idx[k]];
            kn[k] = p.knownTrend[idx[k]];
        }
        if (k > 0 && t[k] < t[k - 1])
            return R::failure(ErrorCode::InvalidParameter, "time not sorted");
    }
    if (isSlider(p.method) && p.windowDays > t.back() - t.front())
        return R::failure(ErrorCode::InvalidParameter, "window longer than data");
    if (p.method == DetrendMethod::SavGol && std::size_t(p.windowLength) > m)
        return R::failure(ErrorCode::InvalidParameter, "windowLength longer than data");

    SegmentParams sp;
    sp.minPoints = 1;
    if (p.method == DetrendMethod::MovingMeanPoints)  // counted in points: split only at real gaps
        sp.gapDays = p.breakToleranceDays > 0.0 ? p.breakToleranceDays : std::numeric_limits<double>::max();
    else if (isSlider(p.method))
        sp.gapDays = p.breakToleranceDays < 0.0    ? p.windowDays / 2.0
                     : p.breakToleranceDays == 0.0 ? std::numeric_limits<double>::max()  // wotan: 0 disables
                                                   : p.breakToleranceDays;
    else
        sp.gapDays = std::numeric_limits<double>::max();  // savgol splits itself (breakTolerance * median dt)
    auto split = splitAtGaps(t, sp, hasIds ? std::span<const int>(ids) : std::span<const int>());
    if (!split.ok())
        return R::failure(split.status.code, split.status.detail);

    R res;
    DetrendOutput& out = res.value;
    out.segments = split.value.kept.size();
    std::vector<double> trend(m, kNaN);
    std::vector<std::uint8_t> fillable(m, 0);
    std::size_t done = 0;
    for (const IndexRange& r : split.value.kept) {
        const std::span<const double> ts(t.data() + r.begin, r.size()), fs(f.data() + r.begin, r.size());
        const std::span<const std::uint8_t> es(ex.data() + r.begin, r.size());
        std::vector<double> tr;
        switch (p.method) {
        case DetrendMethod::None: tr.assign(r.size(), 1.0); break;
        case DetrendMethod::MovingMean: tr = movingMean(ts, fs, es, p.windowDays); break;
        case DetrendMethod::MovingMeanPoints: tr = movingMeanPoints(fs, es, p.halfWindowPoints); break;
        case DetrendMethod::SlidingMedian: tr = slidingMedian(ts, fs, es, p.windowDays); break;
        case DetrendMethod::Biweight: {
            const long long base = (long long)done;
            ProgressFn sub;
            if (progress)
                sub = [&, base](long long d, long long) { return progress(base + d, (long long)m); };
            const std::span<const std::uint8_t> rs =
                partial ? std::span<const std::uint8_t>(rc.data() + r.begin, r.size()) : std::span<const std::uint8_t>();
            const std::span<const double> ks =
                partial ? std::span<const double>(kn.data() + r.begin, r.size()) : std::span<const double>();
            auto b = biweightTrend(ts, fs, es, p.windowDays, p.biweightC, p.edgeCutoffDays, p.biweightTolerance,
                                   p.biweightMaxIterations, sub, rs, ks, p.biweightWarmStart, &out.biweight);
            if (!b.ok())
                return R::failure(b.status.code, b.status.detail);
            tr = std::move(b.value);
            break;
        }
        case DetrendMethod::SavGol: {
            auto g = savgolFlattenTrend(ts, fs, es, p.windowLength, p.polyorder, p.niters, p.sigma, p.breakTolerance);
            if (!g.ok())
                return R::failure(g.status.code, g.status.detail);
            tr = std::move(g.value);
            break;
        }
        }
        // Edge cut-off applies to every slider (wotan edge_cutoff).
        const double cut = std::min(p.edgeCutoffDays, p.windowDays / 2.0);
        const double lowT = ts.front() + cut, highT = ts.back() - cut;
        for (std::size_t k = 0; k < r.size(); ++k) {
            const bool inEdge = isSlider(p.method) && (ts[k] < lowT || ts[k] > highT);
            trend[r.begin + k] = inEdge ? kNaN : tr[k];
            fillable[r.begin + k] = !inEdge;
        }
        {
            std::vector<double> tt(ts.begin(), ts.end()),
                seg(trend.begin() + std::ptrdiff_t(r.begin), trend.begin() + std::ptrdiff_t(r.end));
            std::vector<std::uint8_t> fl(fillable.begin() + std::ptrdiff_t(r.begin),
                                         fillable.begin() + std::ptrdiff_t(r.end));
            fillGaps(tt, seg, fl);
            std::copy(seg.begin(), seg.end(), trend.begin() + std::ptrdiff_t(r.begin));
            for (std::size_t k = 0; k < r.size(); ++k)
                if (fl[k] && !std::isfinite(seg[k])) {
                    res.warnings.push_back(
                        Warning(WarningCode::TrendUndefined, 1, "segment starting at t=" + std::to_string(ts.front())));
                    break;
                }
        }
        done += r.size();
        if (!reportProgress(progress, (long long)done, (long long)m))
            return R::failure(ErrorCode::Cancelled);
    }

    out.trend.assign(n, kNaN);
    out.flat.assign(n, kNaN);
    const bool hasErr = s.fluxErr.size() == n;
    if (hasErr)
        out.flatErr.assign(n, kNaN);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = idx[k];
        out.trend[i] = trend[k];
        out.flat[i] = s.flux[i] / trend[k];
        if (hasErr)
            out.flatErr[i] = s.fluxErr[i] / trend[k];
    }
    return res;
}

}  // namespace exo::detrend
