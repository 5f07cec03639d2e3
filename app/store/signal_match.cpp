#include "store/signal_match.h"

#include <algorithm>

namespace exo::store {

namespace {
bool finite(double v) { return std::isfinite(v); }
double orZero(double v) { return finite(v) ? v : 0.0; }
}  // namespace

SignalMatch matchSignals(const Ephemeris& a, const Ephemeris& b, const MatchTolerance& tol)
{
    SignalMatch m;
    if (!finite(a.periodDays) || !finite(b.periodDays) || a.periodDays <= 0 || b.periodDays <= 0)
        return m;
    const double ratio = a.periodDays / b.periodDays;
    int num = 0, den = 0;
    for (int k = 1; k <= std::max(1, tol.maxHarmonic) && num == 0; ++k) {
        if (std::abs(ratio / k - 1.0) <= tol.periodRelative) {
            num = k;
            den = 1;
        } else if (std::abs(ratio * k - 1.0) <= tol.periodRelative) {
            num = 1;
            den = k;
        }
    }
    if (num == 0)
        return m;

    // Compare the epochs on the shorter period's transit train.
    const bool aShorter = a.periodDays <= b.periodDays;
    const double p = aShorter ? a.periodDays : b.periodDays;
    const double pErr = aShorter ? orZero(a.periodErrDays) : orZero(b.periodErrDays);
    if (!finite(a.t0Bjd) || !finite(b.t0Bjd))
        return m;
    const double dt = a.t0Bjd - b.t0Bjd;
    const double n = std::round(dt / p);
    const double residual = std::abs(dt - n * p);
    // Period of the two as measured, for the drift over n epochs when periods differ.
    const double pOther = (aShorter ? b.periodDays : a.periodDays) / (aShorter ? den : num);
    const double drift = std::abs(n) * std::abs(pOther - p) * 0.5;
    const double durDays = std::max(orZero(a.durationHours), orZero(b.durationHours)) / 24.0;
    const double sigma = std::sqrt(orZero(a.t0ErrDays) * orZero(a.t0ErrDays) + orZero(b.t0ErrDays) * orZero(b.t0ErrDays)
                                   + (n * pErr) * (n * pErr));
    const double allowed = (durDays > 0 ? 0.5 * durDays : 1.0 / 24.0) + drift + 3.0 * sigma;
    m.epochOffsetDays = residual;
    if (residual > allowed)
        return m;
    m.match = true;
    m.ratioNum = num;
    m.ratioDen = den;
    return m;
}

}  // namespace exo::store
