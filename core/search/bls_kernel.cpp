// Binned BLS kernel: one period at a time, cache-friendly, vectorisable loops.
// See bls.h for the semantics and bls_internal.h for the data layout.
#include <algorithm>
#include <cmath>
#include <climits>
#include <cstdint>
#include <limits>

#include "search/bls_internal.h"
#include "search/grid.h"

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
// avx512f implies FMA and GCC contracts a * b + c in C++ by default: contraction off, so
// every clone rounds as the plain code does (the same bits on every CPU).
#define EXO_CLONES __attribute__((target_clones("avx512f", "avx2", "default"), optimize("fp-contract=off")))
#else
#define EXO_CLONES
#endif

namespace exo::search::detail {
namespace {

constexpr double kEmptyWeight = 1e-12;  // windows with less normalised weight hold no point

// 1-based phase-bin position of every point: 1 + floor(((t - tmin) mod P) / bw), clamped to [1, nb].
// The integer part of dt/P is taken by truncation (dt >= 0), which vectorises.
EXO_CLONES void phaseIndices(const double* dt, std::size_t n, double period, double bw, int nb, int* idx)
{
    const double invP = 1.0 / period, invBw = 1.0 / bw;
    const int last = nb - 1;
    for (std::size_t i = 0; i < n; ++i) {
        const double k = double(int(dt[i] * invP));
        double ph = dt[i] - k * period;
        ph = ph < 0 ? 0 : ph;
        const int j = int(ph * invBw);
        idx[i] = (j < last ? j : last) + 1;
    }
}

// astropy bls.c, verbatim arithmetic: ind = (int)(wrap_into(x, P) / bw) + 1.
void astropyIndices(const double* dt, std::size_t n, double period, double bw, int* idx)
{
    for (std::size_t i = 0; i < n; ++i) {
        const double wrap = dt[i] - period * std::floor(dt[i] / period);
        idx[i] = int(wrap / bw) + 1;
    }
}

// Four interleaved histograms (point i -> copy i % 4, each `stride` long): time-sorted
// neighbours often hit the same bin, and four copies break the store-to-load
// dependency chain. Copies are summed into copy 0 afterwards (fixed order).
void scatter4(const WPoint* pts, const int* idx, std::size_t n, WPoint* bins, std::size_t stride)
{
    WPoint* b0 = bins;
    WPoint* b1 = bins + stride;
    WPoint* b2 = bins + 2 * stride;
    WPoint* b3 = bins + 3 * stride;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        b0[idx[i]].w += pts[i].w;
        b0[idx[i]].wy += pts[i].wy;
        b1[idx[i + 1]].w += pts[i + 1].w;
        b1[idx[i + 1]].wy += pts[i + 1].wy;
        b2[idx[i + 2]].w += pts[i + 2].w;
        b2[idx[i + 2]].wy += pts[i + 2].wy;
        b3[idx[i + 3]].w += pts[i + 3].w;
        b3[idx[i + 3]].wy += pts[i + 3].wy;
    }
    for (; i < n; ++i) {
        b0[idx[i]].w += pts[i].w;
        b0[idx[i]].wy += pts[i].wy;
    }
    for (std::size_t k = 0; k < stride; ++k) {
        b0[k].w += (b1[k].w + b2[k].w) + b3[k].w;
        b0[k].wy += (b1[k].wy + b2[k].wy) + b3[k].wy;
    }
}

void scatter(const WPoint* pts, const int* idx, std::size_t n, WPoint* bins)
{
    for (std::size_t i = 0; i < n; ++i) {
        WPoint& b = bins[idx[i]];
        b.w += pts[i].w;
        b.wy += pts[i].wy;
    }
}

// Objective key of every window [n, n+D) for n in [0, nStart): a positive multiple
// of astropy's objective (likelihood: sy^2/(sw*so^2), snr: sy^2/(sw*so)), or -1
// where the window is empty, the complement is empty or the depth is negative.
EXO_CLONES void windowKeys(const double* cw, const double* cy, int nStart, int D, double sumW, bool snr, double* key)
{
    for (int n = 0; n < nStart; ++n) {
        const double sw = cw[n + D] - cw[n];
        const double sy = cy[n + D] - cy[n];
        const double so = sumW - sw;
        const double den = snr ? sw * so : sw * so * so;
        const bool ok = (sw > kEmptyWeight) & (so > kEmptyWeight) & (sy <= 0.0);
        key[n] = ok ? (sy * sy) / den : -1.0;
    }
}

// First index of the maximum (strict '>' scan order, as astropy).
std::size_t firstMax(const double* key, int n, double& best)
{
    double m0 = -2, m1 = -2, m2 = -2, m3 = -2;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        m0 = key[i] > m0 ? key[i] : m0;
        m1 = key[i + 1] > m1 ? key[i + 1] : m1;
        m2 = key[i + 2] > m2 ? key[i + 2] : m2;
        m3 = key[i + 3] > m3 ? key[i + 3] : m3;
    }
    double m = std::max(std::max(m0, m1), std::max(m2, m3));
    for (; i < n; ++i)
        m = key[i] > m ? key[i] : m;
    best = m;
    for (int j = 0; j < n; ++j)
        if (key[j] == m)
            return std::size_t(j);
    return 0;
}

double keyAt(const double* cw, const double* cy, int n, int D, double sumW, bool snr)
{
    const double sw = cw[n + D] - cw[n];
    const double sy = cy[n + D] - cy[n];
    const double so = sumW - sw;
    const double den = snr ? sw * so : sw * so * so;
    const bool ok = (sw > kEmptyWeight) & (so > kEmptyWeight) & (sy <= 0.0);
    return ok ? (sy * sy) / den : -1.0;
}

// Window starts where the content changes: 0, j (non-empty position j leaves the
// window [n+1, n+D]) and j - D (it enters). nz holds non-empty positions, ascending.
std::size_t sparseFirstMax(const double* cw, const double* cy, const std::vector<int>& nz, int nStart, int D,
                           double sumW, bool snr, double& best)
{
    best = keyAt(cw, cy, 0, D, sumW, snr);
    std::size_t at = 0;
    std::size_t a = 0, b = 0;  // a over j, b over j - D
    const std::size_t m = nz.size();
    int last = 0;
    while (a < m || b < m) {
        const int ca = a < m ? nz[a] : INT32_MAX;
        const int cb = b < m ? nz[b] - D : INT32_MAX;
        int n;
        if (ca <= cb) {
            n = ca;
            ++a;
            if (ca == cb)
                ++b;
        } else {
            n = cb;
            ++b;
        }
        if (n <= last)
            continue;
        if (n >= nStart)
            break;
        last = n;
        const double k = keyAt(cw, cy, n, D, sumW, snr);
        if (k > best) {
            best = k;
            at = std::size_t(n);
        }
    }
    return at;
}

}  // namespace

void durationsAt(const BlsParams& p, double period, std::vector<double>& out)
{
    if (!p.durations.empty()) {
        out = p.durations;
        return;
    }
    out = durationsForPeriod(period, p.durationFractions.empty() ? defaultDurationFractions() : p.durationFractions,
                             p.minDurationDays, p.stellarMassSun, p.stellarRadiusSun);
}

double maxBinsEstimate(const BlsParams& p, double maxPeriod, double minDuration)
{
    return std::ceil(maxPeriod / (minDuration / std::max(1, p.oversample))) + 2.0 * p.oversample + 2;
}

PeriodOut emptyModel()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {-std::numeric_limits<double>::infinity(), nan, nan, nan, nan, nan, nan};
}

PeriodOut finishModel(const Prepared& d, const BlsParams& p, double sw, double sy, double durationDays,
                      double midPhaseDays, double period)
{
    const double so = d.sumW - sw, syo = d.sumWy - sy;
    const double yIn = sy / sw, yOut = syo / so;
    const double depth = yOut - yIn;
    const double ivarIn = sw * d.ivarScale, ivarOut = so * d.ivarScale;
    PeriodOut o;
    o.depth = depth;
    o.depthErr = std::sqrt(1.0 / ivarIn + 1.0 / ivarOut);
    o.depthSnr = depth / o.depthErr;
    o.logLike = 0.5 * ivarIn * depth * depth;
    o.power = p.objective == Objective::Likelihood ? o.logLike : o.depthSnr;
    o.duration = durationDays;
    o.transitTime = d.tmin + std::fmod(midPhaseDays, period);
    return o;
}

void scanBins(const Prepared& d, const BlsParams& p, double period, double bw, int nReal, bool astropy, Scratch& s,
              PeriodOut& out)
{
    const int os = std::max(1, p.oversample);
    const bool snr = p.objective == Objective::Snr;
    int dmax = 0;
    for (double du : s.durs)
        dmax = std::max(dmax, std::max(1, int(std::round(du / bw))));
    const int len = astropy ? nReal + os : nReal + dmax;
    if (astropy) {
        for (int k = 1, ind = len - os; k <= os; ++k, ++ind)
            s.bins[std::size_t(ind)] = s.bins[std::size_t(k)];
    } else {
        for (int k = 0; k < dmax; ++k)
            s.bins[std::size_t(nReal + 1 + k)] = s.bins[std::size_t(1 + k % nReal)];
    }
    s.cw.resize(std::size_t(len) + 1);
    s.cy.resize(std::size_t(len) + 1);
    s.nz.clear();
    double aw = 0, ay = 0;
    for (int k = 0; k <= len; ++k) {
        const WPoint b = s.bins[std::size_t(k)];
        aw += b.w;
        ay += b.wy;
        s.cw[std::size_t(k)] = aw;
        s.cy[std::size_t(k)] = ay;
        if (b.w != 0.0)
            s.nz.push_back(k);
    }
    s.key.resize(std::size_t(len) + 1);

    double bestKey = -1;
    int bestN = -1, bestD = 0;
    for (double du : s.durs) {
        const int D = std::max(1, int(std::round(du / bw)));
        const int nStart = astropy ? len - D + 1 : nReal;
        if (nStart <= 0)
            continue;
        double m;
        std::size_t at;
        if (4 * s.nz.size() + 2 < std::size_t(nStart)) {
            // Sparse: a window's sums only change when its start passes a non-empty
            // bin or its end reaches one, so only the first start of each constant
            // run is evaluated (same values, same first-maximum as the dense scan).
            at = sparseFirstMax(s.cw.data(), s.cy.data(), s.nz, nStart, D, d.sumW, snr, m);
        } else {
            windowKeys(s.cw.data(), s.cy.data(), nStart, D, d.sumW, snr, s.key.data());
            at = firstMax(s.key.data(), nStart, m);
        }
        if (m >= 0 && (bestN < 0 || m > bestKey)) {
            bestKey = m;
            bestN = int(at);
            bestD = D;
        }
    }
    if (bestN < 0) {
        out = emptyModel();
        return;
    }
    const double sw = s.cw[std::size_t(bestN + bestD)] - s.cw[std::size_t(bestN)];
    const double sy = s.cy[std::size_t(bestN + bestD)] - s.cy[std::size_t(bestN)];
    out = finishModel(d, p, sw, sy, bestD * bw, bestN * bw + 0.5 * bestD * bw, period);
}

void binnedPeriod(const Prepared& d, const BlsParams& p, double period, Scratch& s, PeriodOut& out)
{
    durationsAt(p, period, s.durs);
    const double dmin = *std::min_element(s.durs.begin(), s.durs.end());
    const int os = std::max(1, p.oversample);
    const double bw = dmin / os;
    const std::size_t n = d.dt.size();
    const bool astropy = p.method == BlsMethod::AstropyFast;

    int dmax = 0;
    for (double du : s.durs)
        dmax = std::max(dmax, std::max(1, int(std::round(du / bw))));
    const int nReal = int(std::ceil(period / bw));
    // Array layout (1-based like astropy; position 0 is the zero of the cumulative sum):
    //  Binned:      positions 1..nReal real bins, then dmax wrapped copies; starts n in [0, nReal)
    //  AstropyFast: n_bins = nReal + os positions, astropy's padding; starts n in [0, n_bins - D]
    const int len = astropy ? nReal + os : nReal + dmax;
    const std::size_t stride = std::size_t(len) + 1;
    const bool four = 8 * stride < n;  // merging 4 copies pays off only for few bins
    s.bins.assign(four ? 4 * stride : stride, WPoint{0, 0});
    s.idx.resize(n);
    if (astropy) {
        astropyIndices(d.dt.data(), n, period, bw, s.idx.data());
    } else {
        phaseIndices(d.dt.data(), n, period, bw, nReal, s.idx.data());
    }
    if (four)
        scatter4(d.pts.data(), s.idx.data(), n, s.bins.data(), stride);
    else
        scatter(d.pts.data(), s.idx.data(), n, s.bins.data());
    scanBins(d, p, period, bw, nReal, astropy, s, out);
}

void nearPeriod(const Prepared& d, const BlsParams& p, double period, double anchorDt, double halfWindow, bool sorted,
                Scratch& s, PeriodOut& out)
{
    durationsAt(p, period, s.durs);
    const double dmin = *std::min_element(s.durs.begin(), s.durs.end());
    const int os = std::max(1, p.oversample);
    const double bw = dmin / os;
    const std::size_t n = d.dt.size();
    int dmax = 0;
    for (double du : s.durs)
        dmax = std::max(dmax, std::max(1, int(std::round(du / bw))));
    const int nReal = int(std::ceil(period / bw));
    // Window starts nLo..nHi (bin numbers of binnedPeriod, taken modulo nReal) around the anchor's
    // phase; local bin l is bin (nLo + l) mod nReal, and L local bins hold every such window.
    double phi = std::fmod(anchorDt, period);
    if (phi < 0)
        phi += period;
    const double lo = std::floor((phi - halfWindow) / bw - 0.5 * dmax);
    const double hi = std::ceil((phi + halfWindow) / bw);
    if (!sorted || n == 0 || !(hi - lo + double(dmax) <= double(nReal))) {
        binnedPeriod(d, p, period, s, out);
        return;
    }
    const int nLo = int(lo);
    const int nStarts = int(hi) - nLo + 1;
    const std::size_t L = std::size_t(nStarts + dmax - 1);
    // binnedPeriod's layout: with four copies, point i goes to copy i % 4, except the last n % 4
    // points, which go to copy 0 (scatter4's tail); each copy adds its points in index order.
    const bool four = 8 * (std::size_t(nReal + dmax) + 1) < n;
    const std::size_t full4 = n - n % 4;
    s.bins.assign(four ? 4 * L : L, WPoint{0, 0});
    s.idx.resize(n);
    // The bins' points, cycle by cycle: times c P + [nLo bw, (nLo + L) bw), one bin of margin on
    // each side against rounding (each point's bin is then computed exactly as binnedPeriod does,
    // and points outside the local bins are dropped). A point is never taken twice (`next`).
    const double* dt = d.dt.data();
    const double a0 = (nLo - 1) * bw, a1 = (double(nLo) + double(L) + 1) * bw;
    std::size_t next = 0;
    for (long long c = (long long)std::floor(-a1 / period); next < n; ++c) {
        const double from = double(c) * period + a0, to = double(c) * period + a1;
        if (from > dt[n - 1])
            break;
        if (to < 0)
            continue;
        const std::size_t a = std::size_t(std::lower_bound(dt + next, dt + n, from) - dt);
        const std::size_t b = std::size_t(std::lower_bound(dt + a, dt + n, to) - dt);
        if (b <= a)
            continue;
        phaseIndices(dt + a, b - a, period, bw, nReal, s.idx.data());
        for (std::size_t i = a; i < b; ++i) {
            int l = s.idx[i - a] - 1 - nLo;  // in (-nReal, 2 nReal): bin in [0, nReal), |nLo| < nReal
            if (l < 0)
                l += nReal;
            else if (l >= nReal)
                l -= nReal;
            if (std::size_t(l) >= L)
                continue;
            WPoint& bin = s.bins[(four && i < full4 ? (i & 3) * L : 0) + std::size_t(l)];
            bin.w += d.pts[i].w;
            bin.wy += d.pts[i].wy;
        }
        next = b;
    }
    WPoint* b0 = s.bins.data();
    if (four) {
        const WPoint* b1 = b0 + L;
        const WPoint* b2 = b0 + 2 * L;
        const WPoint* b3 = b0 + 3 * L;
        for (std::size_t k = 0; k < L; ++k) {
            b0[k].w += (b1[k].w + b2[k].w) + b3[k].w;
            b0[k].wy += (b1[k].wy + b2[k].wy) + b3[k].wy;
        }
    }
    s.cw.resize(L + 1);
    s.cy.resize(L + 1);
    double aw = 0, ay = 0;
    s.cw[0] = 0;
    s.cy[0] = 0;
    for (std::size_t k = 0; k < L; ++k) {
        aw += b0[k].w;
        ay += b0[k].wy;
        s.cw[k + 1] = aw;
        s.cy[k + 1] = ay;
    }
    // Best window: first maximum in binnedPeriod's order (durations in order, strictly better
    // only; within a duration the smallest start bin among equal keys).
    const bool snr = p.objective == Objective::Snr;
    s.key.resize(std::size_t(nStarts));
    double bestKey = -1;
    int bestL = -1, bestG = 0, bestD = 0;
    for (double du : s.durs) {
        const int D = std::max(1, int(std::round(du / bw)));
        windowKeys(s.cw.data(), s.cy.data(), nStarts, D, d.sumW, snr, s.key.data());
        double m = -2;
        int at = 0, atG = 0;
        for (int l = 0, g = nLo < 0 ? nLo + nReal : nLo; l < nStarts; ++l, g = g + 1 == nReal ? 0 : g + 1) {
            const double k = s.key[std::size_t(l)];
            if (k > m || (k == m && g < atG)) {
                m = k;
                at = l;
                atG = g;
            }
        }
        if (m >= 0 && (bestL < 0 || m > bestKey)) {
            bestKey = m;
            bestL = at;
            bestG = atG;
            bestD = D;
        }
    }
    if (bestL < 0) {
        out = emptyModel();
        return;
    }
    const double sw = s.cw[std::size_t(bestL + bestD)] - s.cw[std::size_t(bestL)];
    const double sy = s.cy[std::size_t(bestL + bestD)] - s.cy[std::size_t(bestL)];
    out = finishModel(d, p, sw, sy, bestD * bw, bestG * bw + 0.5 * bestD * bw, period);
}

}  // namespace exo::search::detail
