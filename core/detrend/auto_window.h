#pragma once
/// @file auto_window.h
/// Variability-aware choice of the detrending window (issue 8).
///
/// Two limits, the window being the smaller:
///  - transits: wotan's guidance (Hippke et al. 2019, AJ 158, 143) is a window of about
///    three times the longest transit sought, so the filter does not eat the transit;
///  - variability: the star's dominant time scale P and semi-amplitude A are measured with
///    a Lomb-Scargle periodogram of the hourly-binned light curve. A running location filter
///    of width w leaves about A (1 - sinc(pi w / P)) of a sinusoid (boxcar response), so w is
///    the longest window whose residual, as it changes across the longest transit D (by its
///    amplitude x min(1, pi D / P)), stays below the hourly white noise sigma (from
///    second differences of hourly bins; bins beyond 4 robust sigma, i.e. deep transits and
///    flares, are left out of the periodogram, computed per chunk of at most 90 days).
/// The result never goes below `minWindowDays`.
/// Threading: pure function, call from any thread.

#include <cstdint>
#include <string>

#include "model/light_curve.h"

namespace exo::detrend {

struct AutoWindowParams {
    double longestDurationDays = 0.5;  ///< longest transit duration searched (days)
    double durationFactor = 3.0;       ///< window = factor x longest duration (wotan)
    double minWindowDays = 0.15;       ///< floor (3.6 h: 7 Kepler long cadences)
    double maxWindowDays = 3.0;        ///< ceiling
    double minPeriodDays = 0.1;        ///< variability periods searched (days)
    double maxPeriodDays = 20.0;
    double binDays = 1.0 / 24.0;       ///< light curve binned to this before the periodogram
    std::uint32_t qualityBitmask = 0;  ///< cadences with these quality bits are ignored
};

struct WindowChoice {
    double windowDays = 0;              ///< chosen window
    double transitLimitDays = 0;        ///< factor x longest duration
    double variabilityPeriodDays = 0;   ///< strongest Lomb-Scargle period (0 = none measured)
    double variabilityAmplitude = 0;    ///< its semi-amplitude (relative flux)
    double noise = 0;                   ///< hourly white noise (relative flux)
    bool limitedByVariability = false;  ///< the variability limit was the smaller
};

/// Choose the window for a normalised (median ~1) light curve. Non-finite points and
/// points with quality bits in `qualityBitmask` are ignored. With too few points for a
/// periodogram the transit limit alone is used.
WindowChoice chooseWindow(const Series& series, const AutoWindowParams& params);

/// The variability period when it shortened the window and its semi-amplitude is above three
/// times the hourly noise, else 0: what the search rejects signals at. (A slow trend, e.g. a
/// periodogram peak at the longest period searched, never shortens a window of a few days,
/// so it never rejects a planet at half or twice its period: K2-3 b at 10.05 d.)
double significantVariabilityPeriod(const WindowChoice& c);

/// Residual fraction of a sinusoid of period `periodDays` after a running mean of width
/// `windowDays`: 1 - sinc(pi w / P), sinc(x) = sin(x)/x.
double sinusoidResidual(double windowDays, double periodDays);

}  // namespace exo::detrend
