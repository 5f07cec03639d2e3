#include "search/model.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exo::search {

std::vector<double> fold(const std::vector<double>& time, double period, double t0)
{
    std::vector<double> ph(time.size());
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double x = (time[i] - t0) / period + 0.5;
        ph[i] = x - std::floor(x) - 0.5;
    }
    return ph;
}

FoldedBins binFolded(const std::vector<double>& phase, const std::vector<double>& flux, int nBins, double lo, double hi)
{
    FoldedBins b;
    if (nBins < 1 || !(hi > lo) || phase.size() != flux.size())
        return b;
    const std::size_t nb = std::size_t(nBins);
    std::vector<double> s(nb, 0.0), q(nb, 0.0);
    std::vector<std::vector<double>> values(nb);
    b.count.assign(nb, 0);
    const double w = (hi - lo) / nBins;
    for (std::size_t i = 0; i < phase.size(); ++i) {
        if (!std::isfinite(flux[i]) || !(phase[i] >= lo) || !(phase[i] < hi))
            continue;
        const std::size_t k = std::min(nb - 1, std::size_t((phase[i] - lo) / w));
        s[k] += flux[i];
        q[k] += flux[i] * flux[i];
        values[k].push_back(flux[i]);
        ++b.count[k];
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t k = 0; k < nb; ++k) {
        b.phase.push_back(lo + (double(k) + 0.5) * w);
        const int n = b.count[k];
        const double m = n > 0 ? s[k] / n : nan;
        b.mean.push_back(m);
        auto& v = values[k];
        double med = nan;
        if (!v.empty()) {
            const std::size_t mid = v.size() / 2;
            std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
            med = v[mid];
            if (v.size() % 2 == 0)
                med = 0.5 * (med + *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid)));
        }
        b.median.push_back(med);
        if (n > 1) {
            const double var = std::max(0.0, (q[k] - n * m * m) / (n - 1));
            b.error.push_back(std::sqrt(var / n));
        } else {
            b.error.push_back(nan);
        }
    }
    return b;
}

std::vector<double> trapezoidModel(const std::vector<double>& time, double period, double t0, double depth,
                                   double duration, double ingress)
{
    std::vector<double> f(time.size(), 1.0);
    const double half = 0.5 * duration;
    ingress = std::clamp(ingress, 0.0, half);
    for (std::size_t i = 0; i < time.size(); ++i) {
        double dt = std::fmod(time[i] - t0, period);
        if (dt < -0.5 * period)
            dt += period;
        if (dt >= 0.5 * period)
            dt -= period;
        const double a = std::abs(dt);
        if (a >= half)
            continue;
        if (a <= half - ingress || ingress <= 0)
            f[i] = 1.0 - depth;
        else
            f[i] = 1.0 - depth * (half - a) / ingress;
    }
    return f;
}

double occultedFluxQuadratic(double z, double p, double u1, double u2)
{
    if (p <= 0 || z >= 1 + p)
        return 1.0;
    const double norm = M_PI * (1.0 - u1 / 3.0 - u2 / 6.0);
    const double r0 = std::max(0.0, z - p), r1 = std::min(1.0, z + p);
    if (r1 <= r0)
        return 1.0;
    // Substitution r = r0 + (r1 - r0) * (1 - cos(pi*s))/2 clusters nodes at both
    // ends, where the arc length and the limb intensity have sqrt-type edges.
    const int n = 400;
    double blocked = 0;
    for (int k = 0; k < n; ++k) {
        const double s = (k + 0.5) / n;
        const double r = r0 + (r1 - r0) * 0.5 * (1.0 - std::cos(M_PI * s));
        const double drds = (r1 - r0) * 0.5 * M_PI * std::sin(M_PI * s);
        double kappa;  // half-angle of the annulus inside the planet disk
        if (r <= p - z)
            kappa = M_PI;
        else if (z == 0)
            kappa = r < p ? M_PI : 0;
        else
            kappa = std::acos(std::clamp((r * r + z * z - p * p) / (2 * r * z), -1.0, 1.0));
        const double mu = std::sqrt(std::max(0.0, 1.0 - r * r));
        const double intensity = 1.0 - u1 * (1.0 - mu) - u2 * (1.0 - mu) * (1.0 - mu);
        blocked += intensity * 2.0 * r * kappa * drds;
    }
    blocked /= n;
    return 1.0 - blocked / norm;
}

std::vector<double> limbDarkenedModel(const std::vector<double>& time, const LimbDarkenedParams& p)
{
    std::vector<double> f(time.size(), 1.0);
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double phi = 2 * M_PI * (time[i] - p.t0) / p.periodDays;
        if (std::cos(phi) <= 0)
            continue;  // planet behind the star
        const double x = p.aRs * std::sin(phi), yv = p.b * std::cos(phi);
        f[i] = occultedFluxQuadratic(std::hypot(x, yv), p.rp, p.u1, p.u2);
    }
    return f;
}

}  // namespace exo::search
