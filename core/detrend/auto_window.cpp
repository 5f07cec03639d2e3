#include "detrend/auto_window.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <vector>

namespace exo::detrend {

namespace {

constexpr double kPi = 3.14159265358979323846;

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

struct Bins {
    std::vector<double> t, y;
};

/// Median per bin of width `bw` (medians keep flares out), in time order.
Bins binMedians(const Series& s, std::uint32_t mask, double bw)
{
    Bins b;
    std::vector<double> cur;
    long long curBin = 0;
    double t0 = 0;
    bool have = false;
    auto flush = [&] {
        if (!cur.empty()) {
            b.t.push_back(t0 + (double(curBin) + 0.5) * bw);
            b.y.push_back(medianOf(cur));
        }
        cur.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!std::isfinite(s.time[i]) || !std::isfinite(s.flux[i]))
            continue;
        if (mask && s.quality.size() == s.size() && (s.quality[i] & mask))
            continue;
        if (!have) {
            t0 = s.time[i];
            have = true;
        }
        const long long k = (long long)std::floor((s.time[i] - t0) / bw);
        if (k != curBin) {
            flush();
            curBin = k;
        }
        cur.push_back(s.flux[i]);
    }
    flush();
    return b;
}

struct Peak {
    double period = 0, amplitude = 0;
};

/// Lomb-Scargle (mean-subtracted, least-squares sinusoid) of one chunk; frequencies are
/// stepped with a rotating phasor per point (no trigonometry in the inner loop).
Peak lombScargle(const double* t, const double* y0, std::size_t n, double fmin, double fmax)
{
    Peak best;
    if (n < 24)
        return best;
    const double span = t[n - 1] - t[0];
    if (!(span > 0))
        return best;
    double mean = 0;
    for (std::size_t i = 0; i < n; ++i)
        mean += y0[i];
    mean /= double(n);
    const double df = 1.0 / (3.0 * span);
    const std::size_t nf = std::min<std::size_t>(20000, std::size_t((fmax - fmin) / df) + 1);
    // Complex sums as separate real and imaginary parts, written out as std::complex's
    // operators compute them for finite values ((a + ib)(c + id) = (ac - bd) + i(ad + bc)),
    // four points at a time: their phasor chains are independent (the multiplications
    // overlap), and each frequency's sums still take the points in order, so every sum
    // rounds as in the one-point-at-a-time loop.
    std::vector<double> syr(nf, 0.0), syi(nf, 0.0), s2r(nf, 0.0), s2i(nf, 0.0);
    constexpr std::size_t kLanes = 4;
    for (std::size_t i = 0; i < n; i += kLanes) {
        const std::size_t m = std::min(kLanes, n - i);
        double yi[kLanes] = {}, zr[kLanes] = {}, zi[kLanes] = {}, dr[kLanes] = {}, di[kLanes] = {};
        for (std::size_t l = 0; l < m; ++l) {
            const double ti = t[i + l] - t[0];
            yi[l] = y0[i + l] - mean;
            const std::complex<double> z0 = std::polar(1.0, 2 * kPi * fmin * ti);
            const std::complex<double> dz = std::polar(1.0, 2 * kPi * df * ti);
            zr[l] = z0.real();
            zi[l] = z0.imag();
            dr[l] = dz.real();
            di[l] = dz.imag();
        }
        for (std::size_t k = 0; k < nf; ++k) {
            double ar = syr[k], ai = syi[k], br = s2r[k], bi = s2i[k];
            for (std::size_t l = 0; l < m; ++l) {
                ar += yi[l] * zr[l];
                ai += yi[l] * zi[l];
                br += zr[l] * zr[l] - zi[l] * zi[l];
                bi += zr[l] * zi[l] + zi[l] * zr[l];
                const double nr = zr[l] * dr[l] - zi[l] * di[l], ni = zr[l] * di[l] + zi[l] * dr[l];
                zr[l] = nr;
                zi[l] = ni;
            }
            syr[k] = ar;
            syi[k] = ai;
            s2r[k] = br;
            s2i[k] = bi;
        }
    }
    double bestPower = 0;
    const double N = double(n);
    for (std::size_t k = 0; k < nf; ++k) {
        const double C = syr[k], S = syi[k];
        const double CC = 0.5 * (N + s2r[k]), SS = 0.5 * (N - s2r[k]), CS = 0.5 * s2i[k];
        const double det = CC * SS - CS * CS;
        if (!(det > 1e-9 * N * N))
            continue;
        const double a = (SS * C - CS * S) / det, b = (CC * S - CS * C) / det;
        const double power = a * C + b * S;  // variance explained
        if (power > bestPower) {
            bestPower = power;
            best.period = 1.0 / (fmin + double(k) * df);
            best.amplitude = std::sqrt(a * a + b * b);
        }
    }
    return best;
}

}  // namespace

double significantVariabilityPeriod(const WindowChoice& c)
{
    return c.limitedByVariability && c.variabilityPeriodDays > 0 && c.variabilityAmplitude > 3 * c.noise
               ? c.variabilityPeriodDays
               : 0.0;
}

double sinusoidResidual(double windowDays, double periodDays)
{
    if (!(periodDays > 0))
        return 0;
    const double x = kPi * windowDays / periodDays;
    return x < 1e-8 ? 0.0 : 1.0 - std::sin(x) / x;
}

WindowChoice chooseWindow(const Series& s, const AutoWindowParams& p)
{
    WindowChoice c;
    c.transitLimitDays = std::clamp(p.durationFactor * p.longestDurationDays, p.minWindowDays, p.maxWindowDays);
    c.windowDays = c.transitLimitDays;
    Bins all = binMedians(s, p.qualityBitmask, p.binDays);
    if (all.t.size() < 48)
        return c;
    // Deep dips (transits, eclipses) and flares are not the variability the window must
    // follow: bins more than 4 robust sigma from the median are left out.
    Bins b;
    {
        const double med = medianOf(all.y);
        std::vector<double> dev;
        for (double y : all.y)
            dev.push_back(std::abs(y - med));
        const double sig = 1.4826 * medianOf(dev);
        for (std::size_t i = 0; i < all.t.size(); ++i)
            if (!(sig > 0) || std::abs(all.y[i] - med) <= 4 * sig) {
                b.t.push_back(all.t[i]);
                b.y.push_back(all.y[i]);
            }
    }
    if (b.t.size() < 48)
        return c;

    // Hourly white noise from second differences of consecutive bins, y_i - (y_{i-1} + y_{i+1})/2
    // (variance 1.5 sigma^2 for white noise), which a smooth rotational signal barely enters.
    std::vector<double> d;
    for (std::size_t i = 1; i + 1 < b.t.size(); ++i)
        if (b.t[i + 1] - b.t[i - 1] < 2.5 * p.binDays)
            d.push_back(b.y[i] - 0.5 * (b.y[i - 1] + b.y[i + 1]));
    if (d.size() < 24)
        return c;
    const double md = medianOf(d);
    for (double& v : d)
        v = std::abs(v - md);
    c.noise = 1.4826 * medianOf(d) / std::sqrt(1.5);

    // Periodogram per chunk of data (split at gaps > 10 d and every 90 d, so widely spaced
    // sectors and whole missions need no fine frequency grid: periods up to 20 d are
    // resolved in 90 d); the most restrictive chunk decides.
    std::size_t start = 0;
    double bestLimit = c.transitLimitDays;
    for (std::size_t i = 1; i <= b.t.size(); ++i) {
        // (A 90-d cut leaves at least 30 d behind it, so no scrap of a few days is analysed alone.)
        if (i < b.t.size() && b.t[i] - b.t[i - 1] < 10.0 && (b.t[i] - b.t[start] < 90.0 || b.t.back() - b.t[i] < 30.0))
            continue;
        const std::size_t n = i - start;
        const double span = n > 1 ? b.t[i - 1] - b.t[start] : 0;
        const double pmax = std::min(p.maxPeriodDays, span / 2);
        if (n >= 48 && pmax > p.minPeriodDays) {
            const Peak pk = lombScargle(&b.t[start], &b.y[start], n, 1.0 / pmax, 1.0 / p.minPeriodDays);
            const double across =
                pk.period > 0 ? std::min(1.0, kPi * c.transitLimitDays / p.durationFactor / pk.period) : 1.0;
            if (pk.period > 0 && pk.amplitude * across > c.noise
                && pk.amplitude * across * sinusoidResidual(c.transitLimitDays, pk.period) > c.noise) {
                // Longest w (<= period) whose residual A (1 - sinc(pi w / P)) changes by less than
                // the noise across the longest transit D: a residual slower than the transit
                // (pi D / P < 1) changes by about its amplitude x pi D / P there.
                const double longest = c.transitLimitDays / p.durationFactor;
                const double across = std::min(1.0, kPi * longest / pk.period);
                const double target = c.noise / (pk.amplitude * across);
                double lo = 0, hi = std::min(c.transitLimitDays, pk.period);
                for (int it = 0; it < 60; ++it) {
                    const double mid = 0.5 * (lo + hi);
                    (sinusoidResidual(mid, pk.period) > target ? hi : lo) = mid;
                }
                if (lo < bestLimit) {
                    bestLimit = lo;
                    c.variabilityPeriodDays = pk.period;
                    c.variabilityAmplitude = pk.amplitude;
                }
            } else if (c.variabilityPeriodDays == 0 && pk.amplitude > c.variabilityAmplitude) {
                c.variabilityPeriodDays = pk.period;
                c.variabilityAmplitude = pk.amplitude;
            }
        }
        start = i;
    }
    if (bestLimit < c.transitLimitDays) {
        c.limitedByVariability = true;
        c.windowDays = std::max(p.minWindowDays, bestLimit);
    }
    return c;
}

}  // namespace exo::detrend
