#include "demo/demo_physics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace exo::demo {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/// Area of the intersection of a unit circle and a circle of radius k whose
/// centres are z apart (|1-k| < z < 1+k).
double overlapArea(double z, double k)
{
    const double k2 = k * k, z2 = z * z;
    const double a1 = std::acos(std::clamp((z2 + k2 - 1.0) / (2.0 * z * k), -1.0, 1.0));
    const double a2 = std::acos(std::clamp((z2 + 1.0 - k2) / (2.0 * z), -1.0, 1.0));
    const double s = (-z + k + 1.0) * (z + k - 1.0) * (z - k + 1.0) * (z + k + 1.0);
    return k2 * a1 + a2 - 0.5 * std::sqrt(std::max(0.0, s));
}

/// Integral over each pixel of a 1-D unit Gaussian centred at `centre`.
void pixelIntegrals(double centre, double sigma, int n, double* out)
{
    const double inv = 1.0 / (std::sqrt(2.0) * sigma);
    double prev = std::erf((-0.5 - centre) * inv);
    for (int i = 0; i < n; ++i) {
        const double next = std::erf((double(i) + 0.5 - centre) * inv);
        out[i] = 0.5 * (next - prev);
        prev = next;
    }
}

}  // namespace

// ---------------------------------------------------------------- DemoRng

DemoRng::DemoRng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& s : m_s)
        s = splitmix64(x);
}

std::uint64_t DemoRng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRng::uniform() { return double(next() >> 11) * 0x1.0p-53; }

double DemoRng::uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

double DemoRng::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    m_spare = r * std::sin(2.0 * kPi * u2);
    m_hasSpare = true;
    return r * std::cos(2.0 * kPi * u2);
}

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b)
{
    std::uint64_t x = seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
    std::uint64_t h = splitmix64(x);
    x = h ^ (a * 0xbf58476d1ce4e5b9ULL);
    h = splitmix64(x);
    x = h ^ (b * 0x94d049bb133111ebULL);
    return splitmix64(x);
}

// ---------------------------------------------------------------- TransitModel

TransitModel::TransitModel(const DemoPlanet& planet, double u1, double u2)
    : m_period(planet.periodDays),
      m_t0(planet.t0Bkjd),
      m_halfT14(0.5 * planet.durationHours / 24.0),
      m_b(std::clamp(planet.impact, 0.0, 0.8)),
      m_k(0),
      m_u1(u1),
      m_u2(u2),
      m_norm(1.0 - u1 / 3.0 - u2 / 6.0),
      m_chordSq(0)
{
    // Central drop = k^2 I(b) / norm  =>  k from the requested depth.
    const double depth = std::max(0.0, planet.depthPpm) * 1e-6;
    m_k = std::sqrt(depth * m_norm / intensity(m_b));
    m_chordSq = (1.0 + m_k) * (1.0 + m_k) - m_b * m_b;
}

double TransitModel::intensity(double r) const
{
    const double mu = std::sqrt(std::max(0.0, 1.0 - r * r));
    return 1.0 - m_u1 * (1.0 - mu) - m_u2 * (1.0 - mu) * (1.0 - mu);
}

double TransitModel::drop(double t) const
{
    if (m_period <= 0 || m_k <= 0 || m_halfT14 <= 0)
        return 0.0;
    const double dt = t - m_t0 - m_period * std::round((t - m_t0) / m_period);
    if (std::abs(dt) >= m_halfT14)
        return 0.0;
    const double x = dt / m_halfT14;
    const double z = std::sqrt(m_b * m_b + x * x * m_chordSq);
    if (z <= 1.0 - m_k)
        return m_k * m_k * intensity(z) / m_norm;
    if (z >= 1.0 + m_k)
        return 0.0;
    const double rMid = std::min(1.0, 0.5 * (z - m_k + 1.0));
    return overlapArea(z, m_k) / kPi * intensity(rMid) / m_norm;
}

double TransitModel::dropIntegrated(double t, double exposureDays) const
{
    constexpr int kSub = 5;
    double sum = 0;
    for (int i = 0; i < kSub; ++i)
        sum += drop(t + exposureDays * ((double(i) + 0.5) / kSub - 0.5));
    return sum / kSub;
}

// ---------------------------------------------------------------- PSF

void addStar(std::vector<double>& image, int rows, int cols, const Psf& psf, double x, double y, double flux,
             double widthScale, std::vector<double>& work)
{
    work.resize(std::size_t(2 * (rows + cols)));
    double* cx = work.data();
    double* cy = cx + cols;
    double* hx = cy + rows;
    double* hy = hx + cols;
    pixelIntegrals(x, psf.coreSigmaX * widthScale, cols, cx);
    pixelIntegrals(y, psf.coreSigmaY * widthScale, rows, cy);
    pixelIntegrals(x, psf.haloSigma * widthScale, cols, hx);
    pixelIntegrals(y, psf.haloSigma * widthScale, rows, hy);
    const double fc = flux * (1.0 - psf.haloFraction), fh = flux * psf.haloFraction;
    for (int r = 0; r < rows; ++r) {
        double* row = image.data() + std::size_t(r) * std::size_t(cols);
        const double a = fc * cy[r], b = fh * hy[r];
        for (int c = 0; c < cols; ++c)
            row[c] += a * cx[c] + b * hx[c];
    }
}

// ---------------------------------------------------------------- aperture

std::vector<int> chooseOptimalAperture(const std::vector<double>& target, const std::vector<double>& contaminants,
                                       const std::vector<double>& background, double exposureSeconds,
                                       double readVariance)
{
    const std::size_t n = target.size();
    std::vector<double> var(n);
    for (std::size_t i = 0; i < n; ++i)
        var[i] = (target[i] + contaminants[i] + background[i]) * exposureSeconds + readVariance;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return target[a] / std::sqrt(var[a]) > target[b] / std::sqrt(var[b]);
    });
    double signal = 0, noise2 = 0, bestSnr = -1;
    std::size_t bestCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        signal += target[order[i]] * exposureSeconds;
        noise2 += var[order[i]];
        const double snr = signal / std::sqrt(noise2);
        if (snr > bestSnr) {
            bestSnr = snr;
            bestCount = i + 1;
        }
    }
    std::vector<int> mask(n, 0);
    for (std::size_t i = 0; i < bestCount; ++i)
        mask[order[i]] = 1;
    return mask;
}

double keplerFluxFromMag(double kepmag) { return 1.74e5 * std::pow(10.0, -0.4 * (kepmag - 12.0)); }

}  // namespace exo::demo
