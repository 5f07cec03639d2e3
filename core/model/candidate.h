#pragma once
/// @file candidate.h
/// The one transit-candidate type of the product. The search fills it, the
/// pipeline adds the full-BJD epoch, the CLI prints it, the window shows it and
/// the store keeps it; the app adds only the user's annotations (flag,
/// disposition, note). Times in the input's mission days (BKJD/BTJD) unless
/// named *Bjd; durations in hours, depths in ppm.

#include <string>
#include <vector>

namespace exo {

struct Candidate {
    int rank = 0;  ///< 1 = first (strongest) search pass
    double periodDays = 0;
    double periodErrDays = 0;  ///< 1-sigma uncertainty (0 = not estimated)
    double t0 = 0;             ///< mid-transit of the first epoch with data, mission days
    double t0ErrDays = 0;      ///< 1-sigma uncertainty (0 = not estimated)
    double t0Bjd = 0;          ///< the same epoch in full BJD_TDB (0 = unknown)
    double durationHours = 0;
    double depthPpm = 0, depthErrPpm = 0;
    double snr = 0, sde = 0;      ///< snr: with white and red noise (Pont et al. 2006); see snrWhite
    double snrWhite = 0;          ///< depth over white noise only (locally measured scatter)
    double whiteNoisePpm = 0;     ///< per-point scatter (median of the local robust scatter)
    double redNoisePpm = 0;       ///< correlated noise at the transit duration
    double maxEventFraction = 0;  ///< share of the signal (delta chi^2) carried by the strongest event
    double sineDeltaLogL = 0;     ///< logL(sine) - logL(box) at the period; > 0 prefers a sine
    double power = 0;             ///< BLS power at the period
    int nTransits = 0;            ///< epochs with at least one in-transit point
    double oddDepthPpm = 0, evenDepthPpm = 0;
    double oddEvenSigma = 0;       ///< |odd - even| / sqrt(err_odd^2 + err_even^2)
    double secondaryDepthPpm = 0;  ///< box depth at phase 0.5 (astropy depth_phased)
    double secondaryErrPpm = 0;
    std::vector<double> transitTimes;  ///< mid-transit times with in-transit data (mission days)
    bool singleEvent = false;          ///< one or two events: periodDays is 0 (unknown), t0 the event
    bool operator==(const Candidate&) const = default;
};

/// True when `b` is the same signal as `a` found again (a re-run after a setting
/// change, a restored session, another attendee's export): periods within
/// `periodTolerance` (relative, default 0.1 %) and epochs consistent, i.e. a's
/// epoch projected to b's lies within half of the longer duration (or within
/// the accumulated period error over the elapsed cycles when that is larger).
bool sameSignal(const Candidate& a, const Candidate& b, double periodTolerance = 1e-3);

/// For each candidate of `fresh`, the index in `previous` of the same signal
/// (sameSignal), or -1. Each previous candidate matches at most once, the
/// closest period first, so annotations follow re-found signals one to one.
std::vector<int> matchCandidates(const std::vector<Candidate>& previous, const std::vector<Candidate>& fresh,
                                 double periodTolerance = 1e-3);

}  // namespace exo
