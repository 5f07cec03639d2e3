#pragma once
/// @file grid.h
/// Trial-period and trial-duration grids for the transit search.
///
/// Default: Ofir (2014, A&A 561, A138) optimal frequency sampling, as in
/// TLS (hippke/tls, grid.py period_grid): uniform in f^(1/3) with a step set by
/// the baseline, the stellar density and an oversampling factor. Parity grid:
/// astropy BoxLeastSquares.autoperiod (uniform in frequency). Pure arithmetic,
/// thread-safe, no allocation before the size has been checked.

#include <cstddef>
#include <vector>

#include "common/status.h"

namespace exo::search {

/// Expected central-transit duration T14 (days) of a small planet on a circular
/// orbit of period `periodDays` around a star of mass/radius in solar units:
/// T14 = R* (4 P / (pi G M*))^(1/3)  (~12.97 h at P = 365.25 d for the Sun).
double centralTransitDurationDays(double periodDays, double massSun = 1.0, double radiusSun = 1.0);

enum class GridKind {
    Ofir,        ///< Ofir (2014) optimal sampling (default, TLS-compatible)
    Autoperiod,  ///< astropy BoxLeastSquares.autoperiod (uniform in frequency)
    Explicit,    ///< GridParams::periods used as given
};

/// How the trial periods are chosen. Zero/empty means "automatic".
struct GridParams {
    GridKind kind = GridKind::Ofir;
    double minPeriodDays = 0;     ///< 0 = max(0.5 d, 4 cadences)
    double maxPeriodDays = 0;     ///< 0 = baseline / minTransits (Ofir, TLS convention: T/2);
                                  ///<     baseline / (minTransits - 1) for Autoperiod (astropy)
    int minTransits = 2;          ///< for the automatic maximum period (astropy's default is 3)
    double oversampling = 3;      ///< Ofir oversampling factor (TLS default 3)
    double stellarMassSun = 1.0;  ///< star for the Ofir grid and default durations
    double stellarRadiusSun = 1.0;
    /// Autoperiod only: df = frequencyFactor * min(duration) / baseline^2.
    double frequencyFactor = 1.0;
    /// Autoperiod only: the durations (days) whose minimum sets df (required).
    std::vector<double> autoperiodDurationsDays;
    /// Explicit grid (days), any order; sorted ascending on use.
    std::vector<double> periods;
    /// If > 0, thin/extend to exactly this many periods, log-uniform in frequency^(1/3)
    /// between the limits (Ofir only; overrides oversampling).
    long long numPeriods = 0;
    /// Refusal limits (TooLarge), checked before any allocation.
    long long maxGridPeriods = 50'000'000;
};

/// Resolved grid.
struct PeriodGrid {
    std::vector<double> periods;  ///< days, strictly ascending
    double baselineDays = 0;
    double cadenceDays = 0;  ///< median time step of the input
    double minPeriodDays = 0, maxPeriodDays = 0;
};

/// Predict the number of periods without allocating. Errors: InvalidParameter
/// (nonpositive / min > max / baseline 0), TooLarge (> maxGridPeriods).
Result<long long> predictGridSize(const GridParams& p, double baselineDays, double cadenceDays);

/// Build the grid for a light curve with the given baseline and cadence (days).
Result<PeriodGrid> makePeriodGrid(const GridParams& p, double baselineDays, double cadenceDays);

/// Median of the positive time differences of a sorted time array (days); 0 if < 2 points.
double medianCadence(const std::vector<double>& time);

/// Default trial durations (days) at one period: the fractions `fractions` of the
/// central-transit duration for that period and star, clamped to >= minDays and
/// <= maxFractionOfPeriod * P, sorted and deduplicated.
std::vector<double> durationsForPeriod(double periodDays, const std::vector<double>& fractions, double minDays,
                                       double massSun, double radiusSun, double maxFractionOfPeriod = 0.25);

/// The default fractions of T14 used per period: {0.25, 0.4, 0.6, 0.85, 1.2}.
const std::vector<double>& defaultDurationFractions();

}  // namespace exo::search
