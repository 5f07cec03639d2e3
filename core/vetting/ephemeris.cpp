// Ephemeris match: another candidate whose period is a small-integer fraction of
// this one and whose transits coincide with these (a blend, an alias, a twin).
#include <cmath>
#include <numeric>

#include "vetting/vetting_internal.h"

namespace exo::vetting::detail {

std::vector<EphemerisMatch> matchEphemerides(const Ephemeris& e, double bjdOffset,
                                             const std::vector<OtherEphemeris>& others, const Thresholds& th)
{
    std::vector<EphemerisMatch> out;
    const double t0a = e.t0 + bjdOffset;
    for (const OtherEphemeris& o : others) {
        if (!(o.periodDays > 0) || !std::isfinite(o.t0Bjd))
            continue;
        const double ratio = e.periodDays / o.periodDays;
        // Smallest fraction m/n (coprime, up to maxRatioInteger) within the tolerance.
        int bm = 0, bn = 0;
        for (int n = 1; n <= th.maxRatioInteger && bm == 0; ++n)
            for (int m = 1; m <= th.maxRatioInteger; ++m) {
                if (std::gcd(m, n) != 1)
                    continue;
                const double frac = double(m) / n;
                if (std::abs(ratio - frac) / frac < th.periodMatchTolerance) {
                    bm = m;
                    bn = n;
                    break;
                }
            }
        if (bm == 0)
            continue;
        // Both ephemerides are subsets of one with period P/m = P_other/n: their epochs
        // must differ by a whole number of that base period, within the durations.
        const double base = 0.5 * (e.periodDays / bm + o.periodDays / bn);
        const double d = t0a - o.t0Bjd;
        const double off = d - std::round(d / base) * base;
        const double tol = 0.5 * std::max(e.durationHours, o.durationHours) / 24.0;
        // Same period, half a period apart: one is the other's secondary eclipse.
        const double offHalf = d - (std::round(d / base - 0.5) + 0.5) * base;
        const bool half = bm == 1 && bn == 1 && std::abs(offHalf) <= tol;
        if (std::abs(off) > tol && !half)
            continue;
        EphemerisMatch m;
        m.label = o.label;
        m.periodRatio = ratio;
        m.numerator = bm;
        m.denominator = bn;
        m.epochOffsetHours = (half && std::abs(off) > tol ? offHalf : off) * 24.0;
        m.halfPhase = half && std::abs(off) > tol;
        out.push_back(m);
    }
    return out;
}

}  // namespace exo::vetting::detail
