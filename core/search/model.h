#pragma once
/// @file model.h
/// Phase folding, folded binning and transit models for overlays.
/// Pure functions, thread-safe. Times in days, phases in cycles.

#include <vector>

namespace exo::search {

/// Phase in cycles in [-0.5, 0.5), 0 = mid-transit: ((t - t0)/P + 0.5) mod 1 - 0.5.
std::vector<double> fold(const std::vector<double>& time, double periodDays, double t0);

/// Mean flux per phase bin of a folded curve.
struct FoldedBins {
    std::vector<double> phase;   ///< bin centres (cycles)
    std::vector<double> mean;    ///< mean flux (NaN if empty)
    std::vector<double> error;   ///< standard error of the mean (std/sqrt(n); NaN if n < 2)
    std::vector<double> median;  ///< median flux (numpy: mean of the two middle values; NaN if empty)
    std::vector<int> count;
};

/// Bin a folded curve into `nBins` equal bins over [phaseMin, phaseMax).
/// Non-finite flux ignored; points outside the range are dropped.
FoldedBins binFolded(const std::vector<double>& phase, const std::vector<double>& flux, int nBins,
                     double phaseMin = -0.5, double phaseMax = 0.5);

/// Trapezoid transit: flux 1 - depth at |dt| <= T/2 - tau, linear ingress/egress of
/// length tau (days), 1 outside |dt| >= T/2; T = total duration (days), depth in
/// flux units. tau = 0 gives a box.
std::vector<double> trapezoidModel(const std::vector<double>& time, double periodDays, double t0, double depth,
                                   double durationDays, double ingressDays);

/// Circular-orbit limb-darkened transit (quadratic law I(mu) = 1 - u1(1-mu) - u2(1-mu)^2),
/// flux obtained by integrating the occulted intensity over the stellar radius
/// (equivalent to Mandel & Agol 2002 to ~1e-4 of the depth).
struct LimbDarkenedParams {
    double periodDays = 1, t0 = 0;
    double rp = 0.1;  ///< planet/star radius ratio
    double aRs = 10;  ///< semi-major axis in stellar radii
    double b = 0;     ///< impact parameter
    double u1 = 0.4, u2 = 0.25;
};
std::vector<double> limbDarkenedModel(const std::vector<double>& time, const LimbDarkenedParams& p);

/// Relative flux of a star occulted by a disk of radius p at centre distance z
/// (both in stellar radii), quadratic limb darkening.
double occultedFluxQuadratic(double z, double p, double u1, double u2);

}  // namespace exo::search
