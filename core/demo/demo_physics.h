#pragma once
/// @file demo_physics.h
/// The physics of the demo star, factored out so it can be tested on its own:
/// a portable random generator, the limb-darkened transit model, the pixel-
/// integrated PSF and the pipeline-aperture choice. Pure arithmetic, no I/O.

#include <cstdint>
#include <vector>

#include "demo/demo_star.h"

namespace exo::demo {

/// xoshiro256** seeded through splitmix64. Used instead of <random>
/// distributions so that the files are identical on every standard library.
class DemoRng {
public:
    explicit DemoRng(std::uint64_t seed);
    std::uint64_t next();
    double uniform();                      ///< [0, 1)
    double uniform(double lo, double hi);  ///< [lo, hi)
    double normal();                       ///< N(0, 1), Box-Muller

private:
    std::uint64_t m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

/// Mix a seed with stream numbers (quarter, purpose) into an independent seed.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0);

/// Quadratic limb-darkened transit of a small planet (Mandel & Agol 2002,
/// small-planet approximation), parametrised so that the relative flux drop at
/// mid-transit equals depthPpm exactly.
class TransitModel {
public:
    TransitModel(const DemoPlanet& planet, double u1 = 0.40, double u2 = 0.26);
    /// Relative flux drop (0 out of transit, depthPpm*1e-6 at mid-transit) at BKJD t.
    double drop(double t) const;
    /// Mean drop over a cadence of length `exposureDays` centred on t (5 sub-samples).
    double dropIntegrated(double t, double exposureDays) const;
    double radiusRatio() const { return m_k; }

private:
    double intensity(double r) const;  ///< I(r)/I(0)
    double m_period, m_t0, m_halfT14, m_b, m_k, m_u1, m_u2, m_norm, m_chordSq;
};

/// Point-spread function: sum of a core and a halo Gaussian, each elongated
/// along the pixel axes, so the pixel integral is an exact product of erf terms.
struct Psf {
    double coreSigmaX = 0.80, coreSigmaY = 0.66;  ///< pixels
    double haloSigma = 1.9;                       ///< pixels
    double haloFraction = 0.22;
};

/// Adds `flux` times the pixel-integrated PSF of a star centred at (x, y)
/// (pixel coordinates, 0-based; pixel i spans [i-0.5, i+0.5]) to image[rows*cols],
/// with every sigma scaled by `widthScale` (focus). Work space is reused.
void addStar(std::vector<double>& image, int rows, int cols, const Psf& psf, double x, double y, double flux,
             double widthScale, std::vector<double>& work);

/// Kepler-pipeline-like optimal aperture: pixels sorted by target flux over
/// noise, added while the aperture's S/N keeps rising. Returns a mask (1 = in).
/// Images are mean e-/s per pixel; readVariance is e-^2 per pixel per cadence.
std::vector<int> chooseOptimalAperture(const std::vector<double>& target, const std::vector<double>& contaminants,
                                       const std::vector<double>& background, double exposureSeconds,
                                       double readVariance);

/// Flux of a Kp-magnitude star collected by Kepler [e-/s]: 1.74e5 at Kp = 12
/// (Kepler Instrument Handbook, KSCI-19033, section 4.8).
double keplerFluxFromMag(double kepmag);

}  // namespace exo::demo
