#pragma once
/// @file significance.h
/// Signal Detection Efficiency of a periodogram, TLS style (Hippke & Heller
/// 2019; hippke/tls stats.py spectra()).
///
/// Definitions (p = BLS power per trial period, ascending periods):
///  - SDE_raw = (max(p) - mean(p)) / std(p)          (population std)
///  - d = p - runningMedian(p, k), k = 30 * oversampling rounded, made odd
///    (TLS SDE_MEDIAN_KERNEL_SIZE = 30); edges padded with the first/last
///    full-window median, as TLS running_median. This removes the slow rise of
///    BLS power with period. If size(p) <= 2k no detrending: d = p.
///  - spectrum = (d - mean(d)) / std(d);  SDE = max(spectrum).
/// Non-finite powers (periods without data) are replaced by min(finite p).

#include <vector>

namespace exo::search {

struct SdeResult {
    double sde = 0;                ///< max of the detrended, normalised spectrum
    double sdeRaw = 0;             ///< (max - mean)/std of the raw power
    std::vector<double> spectrum;  ///< detrended normalised power (peak = sde); plot this
    std::size_t peakIndex = 0;     ///< argmax of spectrum (first on ties)
};

/// Compute SDE and the detrended spectrum. O(n k) with k ~ 30*oversampling;
/// thread-safe. `oversampling` is the period-grid oversampling (>= 1).
SdeResult computeSde(const std::vector<double>& power, double oversampling = 3.0);

}  // namespace exo::search
