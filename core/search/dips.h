#pragma once
/// @file dips.h
/// The workshop's threshold test: flag points of the flattened flux lying more
/// than k robust sigmas below the median, and group neighbouring flagged points
/// into dip events. No periodicity assumed (single transits, eclipses, Boyajian-like dips).
/// Pure function, thread-safe, O(N log N).

#include <vector>

#include "common/status.h"

namespace exo::search {

struct DipParams {
    double kSigma = 3.0;      ///< threshold: flux < median - kSigma * sigma
    int maxGapPoints = 1;     ///< unflagged points allowed inside one event
    double maxGapDays = 0.1;  ///< and never across a time gap longer than this (days)
    int minPoints = 2;        ///< events with fewer flagged points are dropped
};

struct DipEvent {
    double tStart = 0, tEnd = 0;                ///< first/last flagged point (mission days)
    double tMin = 0;                            ///< time of the lowest point
    double depthPpm = 0;                        ///< median - min flux, ppm of the median
    double durationHours = 0;                   ///< tEnd - tStart + one cadence (hours)
    int nPoints = 0;                            ///< flagged points
    double significance = 0;                    ///< depth / sigma of the deepest point
    std::size_t firstIndex = 0, lastIndex = 0;  ///< indices into the input arrays
};

struct DipResult {
    double median = 0, sigma = 0;  ///< robust level and sigma (1.4826 MAD)
    std::vector<char> flagged;     ///< per input point
    std::vector<DipEvent> events;  ///< in time order
};

/// time in days (sorted ascending), flux normalised. Non-finite points are ignored.
Result<DipResult> findDips(const std::vector<double>& time, const std::vector<double>& flux,
                           const DipParams& params = {});

}  // namespace exo::search
