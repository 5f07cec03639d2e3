// Host-star consistency: planet radius from the depth, the duration of a central transit.
#include <cmath>

#include "vetting/vetting_internal.h"

namespace exo::vetting::detail {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kLoggSun = 4.438;        // IAU 2015 nominal solar surface gravity, log10(cm/s^2)
constexpr double kEarthPerSun = 109.076;  // R_sun / R_earth (IAU 2015 nominal)
constexpr double kRsunPerAu = 215.032;
}  // namespace

Host hostConsistency(const Metadata& meta, double periodDays, double depthPpm, double durationHours)
{
    Host h;
    auto positive = [](double v) { return std::isfinite(v) && v > 0 ? v : kNaN; };
    h.teffK = positive(meta.teff);
    h.logg = positive(meta.logg);
    h.radiusSun = positive(meta.radiusSun);
    if (!std::isfinite(h.radiusSun))
        return h;
    const double k = depthPpm > 0 ? std::sqrt(depthPpm * 1e-6) : kNaN;
    h.planetRadiusEarth = k * h.radiusSun * kEarthPerSun;
    if (!std::isfinite(h.logg))
        return h;
    h.known = true;
    h.massSun = std::pow(10.0, h.logg - kLoggSun) * h.radiusSun * h.radiusSun;
    h.densitySolar = h.massSun / (h.radiusSun * h.radiusSun * h.radiusSun);
    // Kepler's third law in solar units: a[AU]^3 = M[Msun] P[yr]^2.
    const double years = periodDays / 365.25;
    const double aAu = std::cbrt(h.massSun * years * years);
    h.aOverRs = aAu * kRsunPerAu / h.radiusSun;
    // Central (b = 0), circular: T14 = P/pi * asin((1 + k) / (a/R*)) (Seager & Mallen-Ornelas 2003).
    const double kk = std::isfinite(k) ? k : 0.0;
    const double arg = std::min(1.0, (1.0 + kk) / h.aOverRs);
    h.expectedDurationHours = periodDays / kPi * std::asin(arg) * 24.0;
    if (durationHours > 0 && h.expectedDurationHours > 0)
        h.durationRatio = durationHours / h.expectedDurationHours;
    if (std::isfinite(h.teffK))
        h.equilibriumK = h.teffK * std::sqrt(0.5 / h.aOverRs);
    return h;
}

}  // namespace exo::vetting::detail
