// Transit shape: trapezoid fit (flat-bottomed or V-shaped) and sine-versus-box comparison.
#include <algorithm>
#include <array>
#include <cmath>

#include "vetting/vetting_internal.h"

namespace exo::vetting::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Unit-depth trapezoid at time from centre x: 1 inside the flat bottom, linear ingress.
double trapezoid(double x, double total, double ingress)
{
    const double a = std::abs(x), half = 0.5 * total;
    if (a >= half)
        return 0.0;
    if (ingress <= 0 || a <= half - ingress)
        return 1.0;
    return (half - a) / ingress;
}

struct Binned {
    std::vector<double> x, y, w;  // centre (days from transit), mean residual, points
};

/// The folded residuals within +-window of the transit, in nb equal bins.
Binned binFolded(const std::vector<double>& t, const std::vector<double>& r, const Ephemeris& e, double window, int nb)
{
    std::vector<double> sum(std::size_t(nb), 0.0), cnt(std::size_t(nb), 0.0);
    const double bw = 2.0 * window / nb;
    for (std::size_t i = 0; i < t.size(); ++i) {
        long long k = 0;
        const double dt = phaseTime(t[i], e.t0, e.periodDays, k);
        if (std::abs(dt) >= window)
            continue;
        const int b = std::clamp(int((dt + window) / bw), 0, nb - 1);
        sum[std::size_t(b)] += r[i];
        cnt[std::size_t(b)] += 1;
    }
    Binned out;
    for (int b = 0; b < nb; ++b)
        if (cnt[std::size_t(b)] > 0) {
            out.x.push_back(-window + (b + 0.5) * bw);
            out.y.push_back(sum[std::size_t(b)] / cnt[std::size_t(b)]);
            out.w.push_back(cnt[std::size_t(b)]);
        }
    return out;
}

constexpr int kNT = 29, kNQ = 11, kNS = 11;  // coarse grid: totals, ingress ratios, shifts

struct Fit {
    double gain = -1;  ///< chi2 improvement x sigma^2 (sum w y s)^2 / sum w s^2, with depth > 0
    double depth = 0, total = 0, ingress = 0, shift = 0;
};

Fit evaluate(const Binned& b, double total, double q, double shift, double cadence)
{
    static constexpr std::array<double, 5> kSub{-0.4, -0.2, 0.0, 0.2, 0.4};
    const double ingress = q * total;
    double sys = 0, sss = 0;
    // A bin whose five sub-samples all fall outside the trapezoid (|x - shift| at or beyond
    // total/2 + 0.4 cadence) adds exactly zero to both sums: only the bins that can touch it
    // are visited (b.x is ascending; the margin only admits more of the zero ones), which
    // leaves the sums, added in the same order, bit for bit the same.
    const double reach = (0.5 * total + 0.4 * std::abs(cadence)) * (1 + 1e-9) + 1e-12;
    const std::size_t first = std::size_t(std::lower_bound(b.x.begin(), b.x.end(), shift - reach) - b.x.begin());
    const std::size_t last = std::size_t(std::upper_bound(b.x.begin(), b.x.end(), shift + reach) - b.x.begin());
    // A bin whose five sub-samples all lie well inside the flat bottom has s = 5 x 1 / 5 = 1
    // exactly, which is what the loop would compute: it is not computed (a relative margin
    // of 1e-9 keeps rounding of the sub-sample positions out of the question).
    const double flat = (0.5 * total - std::max(ingress, 0.0)) * (1 - 1e-9) - 0.4 * std::abs(cadence) - 1e-12;
    for (std::size_t i = first; i < last; ++i) {
        double s = 0;
        if (std::abs(b.x[i] - shift) < flat) {
            s = 1.0;
        } else {
            for (double u : kSub)
                s += trapezoid(b.x[i] - shift + u * cadence, total, ingress);
            s /= double(kSub.size());
        }
        sys += b.w[i] * b.y[i] * s;
        sss += b.w[i] * s * s;
    }
    Fit f;
    f.total = total;
    f.ingress = ingress;
    f.shift = shift;
    if (sss > 0 && sys < 0) {
        f.depth = -sys / sss;
        f.gain = sys * sys / sss;
    }
    return f;
}

/// Best fit over a grid of (total, ingress ratio, shift), refined once around the best.
/// `coarse(i, j, k, total, q, shift)` gives the fit of the coarse grid's point (i, j, k).
template <typename Coarse>
Fit gridFit(const Binned& b, double T, double cadence, double qMax, Coarse coarse)
{
    Fit best;
    double bt = T, bq = 0, bs = 0;
    for (int i = 0; i < kNT; ++i)
        for (int j = 0; j < kNQ; ++j)
            for (int k = 0; k < kNS; ++k) {
                const double total = T * (0.4 + 1.4 * i / (kNT - 1));
                const double q = qMax * j / (kNQ - 1);
                const double shift = T * (-0.25 + 0.5 * k / (kNS - 1));
                const Fit f = coarse(i, j, k, total, q, shift);
                if (f.gain > best.gain) {
                    best = f;
                    bt = total;
                    bq = q;
                    bs = shift;
                }
            }
    const double dT = T * 1.4 / (kNT - 1), dQ = qMax / (kNQ - 1), dS = T * 0.5 / (kNS - 1);
    for (int i = -3; i <= 3; ++i)
        for (int j = -3; j <= 3; ++j)
            for (int k = -3; k <= 3; ++k) {
                const double total = bt + dT * i / 3.0;
                const double q = std::clamp(bq + dQ * j / 3.0, 0.0, qMax);
                const double shift = bs + dS * k / 3.0;
                if (total <= 0)
                    continue;
                const Fit f = evaluate(b, total, q, shift, cadence);
                if (f.gain > best.gain)
                    best = f;
            }
    return best;
}

/// The two fits of fitShape: ingress up to half the duration (`best`) and up to a quarter
/// (`flat`). The flat fit's even coarse ingress steps are the first fit's steps 0..5 (0.25 j/10
/// = 0.5 (j/2)/10 exactly, same totals and shifts): those trapezoids are evaluated once, and both
/// fits are bit for bit what two separate grids give.
void gridFits(const Binned& b, double T, double cadence, Fit& best, Fit& flat)
{
    constexpr int kShared = (kNQ - 1) / 2 + 1;  // first-grid steps j = 0..5
    std::vector<Fit> shared(std::size_t(kNT * kShared * kNS));
    auto at = [](int i, int j, int k) { return std::size_t((i * kShared + j) * kNS + k); };
    best = gridFit(b, T, cadence, 0.5, [&](int i, int j, int k, double total, double q, double shift) {
        const Fit f = evaluate(b, total, q, shift, cadence);
        if (j < kShared)
            shared[at(i, j, k)] = f;
        return f;
    });
    flat = gridFit(b, T, cadence, 0.25, [&](int i, int j, int k, double total, double q, double shift) {
        return j % 2 == 0 ? shared[at(i, j / 2, k)] : evaluate(b, total, q, shift, cadence);
    });
}

}  // namespace

Shape fitShape(const std::vector<double>& t, const std::vector<double>& r, const Ephemeris& e, const Noise& noise,
               double cadenceDays)
{
    Shape sh;
    const double T = e.durationHours / 24.0, P = e.periodDays;
    const double sw = noise.whitePpm * 1e-6;
    if (!(sw > 0) || t.size() < 10)
        return sh;
    double cadence = cadenceDays;
    if (!(cadence > 0)) {
        std::vector<double> d;
        for (std::size_t i = 1; i < t.size(); ++i)
            d.push_back(t[i] - t[i - 1]);
        cadence = median(d);
    }
    if (!(cadence > 0) || !std::isfinite(cadence))
        cadence = 0;

    // Box and sine at the ephemeris, unbinned, in units of the white noise.
    double mean = 0;
    for (double v : r)
        mean += v;
    mean /= double(r.size());
    double sIn = 0, nIn = 0, sOut = 0, nOut = 0;
    double ata[3][3] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}, atb[3] = {0, 0, 0};
    for (std::size_t i = 0; i < t.size(); ++i) {
        long long k = 0;
        const double dt = phaseTime(t[i], e.t0, P, k);
        if (std::abs(dt) < 0.5 * T) {
            sIn += r[i];
            nIn += 1;
        } else {
            sOut += r[i];
            nOut += 1;
        }
        const double ph = 2.0 * kPi * dt / P;
        const double a[3] = {1.0, std::sin(ph), std::cos(ph)};
        for (int u = 0; u < 3; ++u) {
            atb[u] += a[u] * r[i];
            for (int v = 0; v < 3; ++v)
                ata[u][v] += a[u] * a[v];
        }
    }
    if (nIn > 0 && nOut > 0) {
        // SSR reduction of two means vs one: nIn*nOut/n * (meanIn - meanOut)^2.
        const double mi = sIn / nIn, mo = sOut / nOut;
        const double red = nIn * nOut / (nIn + nOut) * (mi - mo) * (mi - mo);
        sh.boxDeltaChi2 = (mi < mo ? red : -red) / (sw * sw);
    }
    {
        // Solve the 3x3 normal equations (Cramer's rule; well conditioned for a full phase coverage).
        auto det3 = [](double m[3][3]) {
            return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                   + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        };
        const double D = det3(ata);
        if (std::abs(D) > 1e-12 * std::pow(double(t.size()), 3)) {
            double x[3];
            for (int c = 0; c < 3; ++c) {
                double m[3][3];
                for (int u = 0; u < 3; ++u)
                    for (int v = 0; v < 3; ++v)
                        m[u][v] = v == c ? atb[u] : ata[u][v];
                x[c] = det3(m) / D;
            }
            // SSR reduction = x . atb - n mean^2 (relative to the constant-only fit).
            const double red = x[0] * atb[0] + x[1] * atb[1] + x[2] * atb[2] - double(t.size()) * mean * mean;
            sh.sineDeltaChi2 = red / (sw * sw);
            sh.sineAmplitudePpm = std::hypot(x[1], x[2]) * 1e6;
        }
    }

    // Trapezoid on the folded, binned transit.
    const double window = std::max(1.5 * T, T + 3.0 * cadence);
    const Binned b = binFolded(t, r, e, window, 150);
    if (b.x.size() < 10)
        return sh;
    Fit best, flat;
    gridFits(b, T, cadence, best, flat);
    if (best.gain <= 0)
        return sh;
    const double beta2 = std::isfinite(noise.beta) ? std::max(1.0, noise.beta * noise.beta) : 1.0;
    sh.valid = true;
    sh.depthPpm = best.depth * 1e6;
    sh.durationHours = best.total * 24.0;
    sh.ingressHours = best.ingress * 24.0;
    sh.ingressRatio = best.total > 0 ? best.ingress / best.total : kNaN;
    sh.t0ShiftHours = best.shift * 24.0;
    sh.vShapeDeltaChi2 = std::max(0.0, best.gain - std::max(0.0, flat.gain)) / (sw * sw) / beta2;
    return sh;
}

}  // namespace exo::vetting::detail
