// computeBlsStats(): astropy BoxLeastSquares.compute_stats, same masks and formulas.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

#include "search/bls.h"
#include "search/bls_internal.h"

namespace exo::search {

namespace detail {
namespace {
#if defined(__GNUC__) && defined(__x86_64__)
// Nothing here can be contracted (the only products are the explicit fma calls); GCC is still
// told so, clang has no optimize attribute.
#if defined(__clang__)
__attribute__((target("fma"), noinline))
#else
__attribute__((target("fma"), optimize("fp-contract=off"), noinline))
#endif
double fmodFma(double a, double b)
{
    double q = std::trunc(a / b);  // |a / b| < 1e15: off by at most one
    double r = __builtin_fma(-q, b, a);
    if (a >= 0) {
        if (r < 0 || r >= b) {
            q += r < 0 ? -1.0 : 1.0;
            r = __builtin_fma(-q, b, a);
        }
    } else if (r > 0 || r <= -b) {
        q += r > 0 ? 1.0 : -1.0;
        r = __builtin_fma(-q, b, a);
    }
    return r == 0 ? std::copysign(0.0, a) : r;  // fmod's zero has the sign of a
}
const bool kHasFma = __builtin_cpu_supports("fma");
#else
double fmodFma(double a, double b)
{
    return std::fmod(a, b);
}
const bool kHasFma = false;
#endif
}  // namespace

double fmodExact(double a, double b)
{
    if (kHasFma && b > 0 && std::abs(a) < 1e15 * b)  // false for NaN and infinities
        return fmodFma(a, b);
    return std::fmod(a, b);
}
}  // namespace detail

namespace {

// Python's float modulo (result has the sign of the divisor).
double pymod(double a, double b)
{
    double r = detail::fmodExact(a, b);
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

struct Sums {
    double ivar = 0, yivar = 0;
    bool any = false;
};

// astropy _compute_depth: (y_m, var_m) for a mask alone, or (y_out - y_m, sqrt(var_m + var_out)).
DepthEstimate depthOf(const Sums& m, double yOut, double varOut)
{
    if (!m.any || !std::isfinite(varOut))
        return {};
    const double varM = 1.0 / m.ivar;
    const double yM = m.yivar * varM;
    return {yOut - yM, std::sqrt(varM + varOut)};
}

DepthEstimate levelOf(const Sums& m)  // first form: value = y_m, error = var_m (a variance!)
{
    if (!m.any)
        return {};
    const double varM = 1.0 / m.ivar;
    return {m.yivar * varM, varM};
}

}  // namespace

Result<BlsStats> computeBlsStats(const std::vector<double>& t, const std::vector<double>& y,
                                 const std::vector<double>& dy, double period, double duration, double t0)
{
    using R = Result<BlsStats>;
    if (t.size() != y.size() || (!dy.empty() && dy.size() != t.size()) || t.empty())
        return R::failure(ErrorCode::InvalidParameter, "array sizes");
    if (!(period > 0) || !(duration > 0) || !(duration < period) || !std::isfinite(t0))
        return R::failure(ErrorCode::InvalidParameter, "period/duration/transit time");
    const std::size_t n = t.size();
    const double hp = 0.5 * period, hd = 0.5 * duration;
    // Each point's inverse variance, computed once (the same value every use recomputed).
    std::vector<double> ivar(n, 1.0);
    if (!dy.empty())
        for (std::size_t i = 0; i < n; ++i)
            ivar[i] = 1.0 / (dy[i] * dy[i]);
    auto ivarAt = [&](std::size_t i) { return ivar[i]; };

    std::vector<char> in(n);
    Sums sIn, sOut, sOdd, sEven, sPhase, sPhaseOut, sHalf, sNotHalf;
    auto add = [&](Sums& s, std::size_t i) {
        s.ivar += ivarAt(i);
        s.yivar += y[i] * ivarAt(i);
        s.any = true;
    };
    for (std::size_t i = 0; i < n; ++i) {
        in[i] = std::abs(pymod(t[i] - t0 + hp, period) - hp) < hd;
        add(in[i] ? sIn : sOut, i);
        if (std::abs(pymod(t[i] - t0, 2 * period) - period) < hd)
            add(sOdd, i);
        if (std::abs(pymod(t[i] - t0 + period, 2 * period) - period) < hd)
            add(sEven, i);
        const bool ph = std::abs(pymod(t[i] - t0, period) - hp) < hd;
        if (ph)
            add(sPhase, i);
        else if (!in[i])
            add(sPhaseOut, i);
        const bool half = std::abs(pymod(t[i] - t0 + 0.25 * period, 0.5 * period) - 0.25 * period) < hd;
        add(half ? sHalf : sNotHalf, i);
    }
    BlsStats st;
    const DepthEstimate out = levelOf(sOut);
    const double yOut = out.value, varOut = out.error;
    st.depth = depthOf(sIn, yOut, varOut);
    st.depthOdd = depthOf(sOdd, yOut, varOut);
    st.depthEven = depthOf(sEven, yOut, varOut);
    const DepthEstimate phOut = levelOf(sPhaseOut);
    st.depthPhased = depthOf(sPhase, phOut.value, phOut.error);
    const DepthEstimate halfOut = levelOf(sNotHalf);
    st.depthHalf = depthOf(sHalf, halfOut.value, halfOut.error);
    const double yIn = yOut - st.depth.value;

    // Per-transit counts and log-likelihoods.
    std::map<long long, std::pair<int, double>> per;
    double fullLl = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double iv = ivarAt(i);
        if (in[i]) {
            const long long id = (long long)std::nearbyint((t[i] - t0) / period);
            auto& e = per[id];
            e.first += 1;
            e.second += -0.5 * iv * ((y[i] - yIn) * (y[i] - yIn) - (y[i] - yOut) * (y[i] - yOut));
            fullLl -= 0.5 * iv * (y[i] - yIn) * (y[i] - yIn);
        } else {
            fullLl -= 0.5 * iv * (y[i] - yOut) * (y[i] - yOut);
        }
    }
    if (!per.empty()) {
        const long long lo = per.begin()->first, hi = per.rbegin()->first;
        for (long long id = lo; id <= hi; ++id) {
            st.transitTimes.push_back(period * double(id - lo) + (period * double(lo) + t0));
            auto it = per.find(id);
            st.perTransitCount.push_back(it == per.end() ? 0 : it->second.first);
            st.perTransitLogLikelihood.push_back(it == per.end() ? 0.0 : it->second.second);
        }
    }
    // Sine model at the period: weighted least squares on [sin, cos, 1].
    // (sin, cos) of each point's phase are kept for the residuals (computed once, same values).
    Eigen::Matrix3d ata = Eigen::Matrix3d::Zero();
    Eigen::Vector3d aty = Eigen::Vector3d::Zero();
    std::vector<double> sn(n), cs(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double ph = 2 * M_PI * t[i] / period;
        sn[i] = std::sin(ph);
        cs[i] = std::cos(ph);
        const Eigen::Vector3d a(sn[i], cs[i], 1.0);
        ata += ivarAt(i) * a * a.transpose();
        aty += ivarAt(i) * y[i] * a;
    }
    const Eigen::Vector3d w = ata.fullPivLu().solve(aty);
    double sinLl = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = y[i] - (w[0] * sn[i] + w[1] * cs[i] + w[2]);
        sinLl -= 0.5 * r * r * ivarAt(i);
    }
    st.harmonicAmplitude = std::hypot(w[0], w[1]);
    st.harmonicDeltaLogLikelihood = sinLl - fullLl;
    return R::success(std::move(st));
}

}  // namespace exo::search
