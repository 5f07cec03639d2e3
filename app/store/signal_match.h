#pragma once
/// @file signal_match.h
/// When two transit signals of one star are "the same": plain arithmetic, no Qt.
/// Used by the store (a re-found signal updates its record) and by the
/// reviewer merge (several attendees found one planet).

#include <cmath>
#include <limits>

namespace exo::store {

/// The ephemeris of one signal. Times in full BJD (days); NaN = unknown.
struct Ephemeris {
    double periodDays = std::numeric_limits<double>::quiet_NaN();
    double t0Bjd = std::numeric_limits<double>::quiet_NaN();
    double durationHours = std::numeric_limits<double>::quiet_NaN();
    double periodErrDays = std::numeric_limits<double>::quiet_NaN();
    double t0ErrDays = std::numeric_limits<double>::quiet_NaN();
};

struct MatchTolerance {
    double periodRelative = 1e-3;  ///< periods equal within 0.1 %
    int maxHarmonic = 1;           ///< 1 = same period only; N = also ratios 2..N and 1/2..1/N
};

/// The result of comparing two ephemerides.
struct SignalMatch {
    bool match = false;
    int ratioNum = 1, ratioDen = 1;  ///< a.period / b.period = num / den when matched
    double epochOffsetDays = std::numeric_limits<double>::quiet_NaN();  ///< |residual| of the epochs
};

/// Whether a and b are the same signal: periods equal within the tolerance (or,
/// with maxHarmonic > 1, at an integer ratio num:1 or 1:den), and epochs
/// consistent: a's epoch falls on one of b's transits (for the shorter of the
/// two periods) within half the longer duration plus the period uncertainty
/// propagated over the epochs apart (1 h when no duration is known).
SignalMatch matchSignals(const Ephemeris& a, const Ephemeris& b, const MatchTolerance& tol = {});

}  // namespace exo::store
