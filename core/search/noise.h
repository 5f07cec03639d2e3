#pragma once
/// @file noise.h
/// An honest noise model for the transit search (Pont, Zucker & Queloz 2006):
///  - white noise: a robust running scatter (1.4826 x MAD in a sliding time window,
///    within each segment), so a stretch with unflagged wiggles weighs less than a
///    quiet one, whatever the pipeline's errors say;
///  - red noise at the transit duration: the scatter of out-of-transit residuals
///    binned at the duration, beyond what white noise predicts.
/// SNR_red = depth / sqrt(sigma_w^2 / n_in + sigma_r^2 / N_tr).
/// Pure functions, thread-safe. Times in days, flux relative (~1).

#include <cstddef>
#include <vector>

namespace exo::search {

/// Robust running scatter per point: 1.4826 x MAD of the points within +-windowDays/2
/// (the series is cut at gaps longer than gapDays first). Evaluated on a grid of about
/// four windows per window width and interpolated, so O(n log n). Points whose window
/// holds fewer than 10 others get the global robust scatter.
std::vector<double> localScatter(const std::vector<double>& time, const std::vector<double>& flux,
                                 double windowDays = 1.0, double gapDays = 0.5);

/// Red-noise sigma (relative flux) at a time scale: bin the points not in `exclude` into
/// bins of `binDays` (within gaps), sigma_binned^2 - mean(sigma_w^2 / n_bin), floored at 0.
/// `whiteSigma` per point (e.g. localScatter). Needs at least 4 bins, else 0.
double redNoise(const std::vector<double>& time, const std::vector<double>& flux, const std::vector<double>& whiteSigma,
                const std::vector<bool>& exclude, double binDays);

}  // namespace exo::search
