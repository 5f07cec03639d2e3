#pragma once
/// @file kepler_calendar.h
/// Kepler mission bookkeeping used by the demo generator: quarter time ranges,
/// MAST file-name timestamps, seasons, CCD module/output/channel arithmetic and
/// BKJD to calendar conversion. Pure arithmetic, no I/O.

#include <string>

namespace exo::demo {

/// One long-cadence quarter of the real mission.
struct KeplerQuarterInfo {
    int quarter = 0;
    double tstart = 0, tstop = 0;  ///< BKJD (days) of the real quarter, rounded to 0.001 d
    const char* timestamp = "";    ///< 13-digit MAST LC/TPF file timestamp (YYYYDDDHHMMSS)
};

/// Quarter 1..17; nullptr otherwise.
const KeplerQuarterInfo* keplerQuarter(int quarter);

/// Mission season (0..3) of a quarter: Kepler rolls 90 degrees per quarter,
/// and real headers give SEASON = (QUARTER + 2) mod 4 (Q4 and Q8 -> 2, Q5 -> 3, Q10 -> 0).
int keplerSeason(int quarter);

/// CCD channel (1..84) from module (2..24, corners 1/5/21/25 absent) and output (1..4):
/// 4 * (index of module among the 21 real modules) + output.
/// Real headers: module 7 / output 4 -> 20, module 18 / output 2 -> 62.
int keplerChannel(int module, int output);

/// Module hit by a point after a 90-degree roll of the focal plane (5x5 grid).
int rotateModule(int module);

/// Long-cadence cadence number of a spacecraft (uncorrected) mid-cadence time.
/// Anchored on the real Q5 file (CADENCENO 16373 at 443.49115 spacecraft time)
/// with TIMEDEL 0.02043359821692 d.
long long keplerCadenceNumber(double spacecraftBkjd);

/// "YYYY-MM-DDThh:mm:ss.sssZ" of JD = t + 2454833 for a spacecraft-time instant t,
/// the way real Kepler headers fill DATE-OBS/DATE-END: TSTART - TIMECORR, with no
/// TDB-UTC offset (Q5: TSTART 443.47984573, TIMECORR -0.00109 -> 2010-03-20T23:32:33Z).
std::string bkjdToIsoUtc(double spacecraftBkjd);

/// Modified Julian date of a BKJD instant (no time-scale change): MJD = BKJD + 54832.5.
inline double bkjdToMjd(double bkjd) { return bkjd + 54832.5; }

/// Kepler long-cadence constants (real header values).
struct KeplerLongCadence {
    static constexpr double kTimedel = 0.02043359821692;  ///< d
    static constexpr double kIntTime = 6.019802903270;    ///< s per frame
    static constexpr double kReadTime = 0.518948526144;   ///< s per frame
    static constexpr int kNumFrames = 270;
    static constexpr double kDeadC = 0.92063492;
    static constexpr double kGain = 110.13;          ///< e-/ADU (channel 20)
    static constexpr double kReadNoise = 85.626075;  ///< e- per read
    static constexpr long kLcFixedOffset = 419400;
    static constexpr long kScFixedOffset = 219400;
    static constexpr long kMeanBlack = 744;
    /// Photon accumulation time per cadence [s].
    static constexpr double exposureSeconds() { return kIntTime * kNumFrames; }
};

}  // namespace exo::demo
