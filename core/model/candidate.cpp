#include "model/candidate.h"

#include <algorithm>
#include <cmath>

namespace exo {

bool sameSignal(const Candidate& a, const Candidate& b, double periodTolerance)
{
    if (!(a.periodDays > 0) || !(b.periodDays > 0))
        return false;
    const double dp = std::abs(a.periodDays - b.periodDays);
    if (dp / a.periodDays >= periodTolerance)
        return false;
    // Project a's epoch onto b's: the same signal lands within about half a transit,
    // plus what the period difference (or the period errors) accumulates over the cycles.
    const double n = std::round((b.t0 - a.t0) / a.periodDays);
    const double predicted = a.t0 + n * a.periodDays;
    const double halfDur = 0.5 * std::max(a.durationHours, b.durationHours) / 24.0;
    const double drift = std::abs(n) * std::max(dp, std::hypot(a.periodErrDays, b.periodErrDays));
    const double epochErr = std::hypot(a.t0ErrDays, b.t0ErrDays);
    return std::abs(predicted - b.t0) <= halfDur + drift + 3 * epochErr;
}

std::vector<int> matchCandidates(const std::vector<Candidate>& previous, const std::vector<Candidate>& fresh,
                                 double periodTolerance)
{
    std::vector<int> match(fresh.size(), -1);
    std::vector<char> used(previous.size(), 0);
    // Pairs by closeness of period so that a near-alias never steals an exact match.
    struct Pair {
        double d;
        std::size_t i, j;
    };
    std::vector<Pair> pairs;
    for (std::size_t j = 0; j < fresh.size(); ++j)
        for (std::size_t i = 0; i < previous.size(); ++i)
            if (sameSignal(previous[i], fresh[j], periodTolerance))
                pairs.push_back(
                    {std::abs(previous[i].periodDays - fresh[j].periodDays) / previous[i].periodDays, i, j});
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.d < y.d; });
    for (const auto& p : pairs)
        if (!used[p.i] && match[p.j] < 0) {
            used[p.i] = 1;
            match[p.j] = int(p.i);
        }
    return match;
}

}  // namespace exo
