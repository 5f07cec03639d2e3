#include "search/known_planets.h"

#include <algorithm>
#include <cmath>

namespace exo::search {

std::optional<PlanetMatch> matchKnownPlanet(const std::vector<KnownPlanet>& known, double periodDays, double t0Bjd,
                                            const PlanetMatchTolerance& tol)
{
    if (!std::isfinite(periodDays) || periodDays <= 0 || !std::isfinite(t0Bjd))
        return std::nullopt;
    std::optional<PlanetMatch> best;
    for (std::size_t i = 0; i < known.size(); ++i) {
        const KnownPlanet& k = known[i];
        if (!std::isfinite(k.periodDays) || k.periodDays <= 0 || !std::isfinite(k.t0Bjd))
            continue;
        const double ratio = periodDays / k.periodDays;
        if (std::abs(ratio - 1.0) > tol.periodRelative)
            continue;
        const double n = std::round((t0Bjd - k.t0Bjd) / k.periodDays);
        const double predicted = k.t0Bjd + n * k.periodDays;
        const double offsetDays = t0Bjd - predicted;
        const double durationDays = std::isfinite(k.durationHours) ? k.durationHours / 24.0 : 0.0;
        // The candidate's own period error accumulates over the epochs back to the
        // catalogue t0; the catalogue's is small in comparison and is covered by the floor.
        const double floorDays = std::max(tol.minEpochHours / 24.0, tol.epochFraction * durationDays);
        const double driftDays = std::abs(n) * std::abs(periodDays - k.periodDays);
        if (std::abs(offsetDays) > floorDays + driftDays)
            continue;
        PlanetMatch m;
        m.index = static_cast<int>(i);
        m.periodRatio = ratio;
        m.epochs = static_cast<long long>(n);
        m.epochOffsetHours = offsetDays * 24.0;
        if (!best || std::abs(m.epochOffsetHours) < std::abs(best->epochOffsetHours))
            best = m;
    }
    return best;
}

std::vector<double> predictedTransits(const KnownPlanet& planet, double startBjd, double stopBjd)
{
    std::vector<double> out;
    const double p = planet.periodDays;
    if (!std::isfinite(p) || p <= 0 || !std::isfinite(planet.t0Bjd) || !(stopBjd >= startBjd))
        return out;
    const double first = std::ceil((startBjd - planet.t0Bjd) / p);
    for (double n = first;; n += 1.0) {
        const double t = planet.t0Bjd + n * p;
        if (t > stopBjd || out.size() >= 100000)
            break;
        out.push_back(t);
    }
    return out;
}

}  // namespace exo::search
