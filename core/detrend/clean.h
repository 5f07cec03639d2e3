#pragma once
/// @file clean.h
/// Cleaning a light curve before detrending: quality masking, NaN removal,
/// normalisation by the median and robust sigma clipping. Every step records
/// why a cadence went, so the GUI can show what was removed.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "model/light_curve.h"

namespace exo::detrend {

/// Why a cadence was removed (first reason wins, in pipeline order).
enum class Removal : std::uint8_t { Kept = 0, Quality, NaN, Clipped };

enum class ClipSide { Upper, Symmetric };

struct ClipParams {
    bool enabled = true;
    double sigma = 3.0;               ///< threshold in robust sigmas (MAD * 1.4826), > 0
    ClipSide side = ClipSide::Upper;  ///< Upper keeps transits (dips); Symmetric clips both sides
    double windowDays =
        0.0;                ///< 0: one global median/sigma; > 0: running median/sigma over |t - t_i| <= window/2 (days)
    int maxIterations = 5;  ///< repeat until nothing more is clipped or this many passes (>= 1)
};

struct CleanParams {
    bool applyQuality = true;
    std::uint32_t qualityBitmask =
        0;                  ///< keep cadences with (quality & mask) == 0; take it from exo::io::qualityBitmask()
    bool removeNaN = true;  ///< drop cadences whose time or flux is NaN/inf
    bool normalise = true;  ///< divide flux and fluxErr by the nan-median flux
    /// Quality bits whose cadences are removed but still count in the normalising median
    /// (a user's masked time range: hiding a stretch must not change the flux scale).
    std::uint32_t medianKeepsBits = 0;
    ClipParams clip;
};

struct CleanOutput {
    Series series;                   ///< the cleaned cadences, input order
    std::vector<std::uint8_t> keep;  ///< per input cadence: 1 if it is in `series`
    std::vector<Removal> reason;     ///< per input cadence: why it was removed (Kept if kept)
    std::vector<std::size_t> index;  ///< per output cadence: its index in the input
    double normalisation = 1.0;      ///< the median the flux was divided by (1 if not normalised)
    std::size_t removedQuality = 0, removedNaN = 0, removedClipped = 0;
};

/// Run the enabled steps in order quality -> NaN -> normalise -> clip.
/// @return InvalidParameter for an empty series, mismatched column sizes or
///         bad clip parameters; AllNaN if no finite cadence remains; Cancelled
///         if `progress` returns false. Warnings note a non-positive median.
/// Pure function on its inputs, thread-safe; the result owns its arrays.
Result<CleanOutput> cleanSeries(const Series& input, const CleanParams& params, const ProgressFn& progress = {});

/// nanmedian (numpy semantics: mean of the two middle values); NaN if no finite value.
double nanMedian(std::span<const double> values);

/// Robust sigma: 1.4826 * median(|x - median(x)|) over finite values.
double robustSigma(std::span<const double> values);

/// Sigma-clip mask over the cadences where `active` is 1 (others untouched and
/// ignored in the statistics). Returns 1 for cadences that survive.
/// Global or running (time-windowed) median and robust sigma, iterated.
/// `time` is only read when clip.windowDays > 0 and must then be sorted.
Result<std::vector<std::uint8_t>> sigmaClipMask(std::span<const double> time, std::span<const double> flux,
                                                std::span<const std::uint8_t> active, const ClipParams& clip,
                                                const ProgressFn& progress = {});

}  // namespace exo::detrend
