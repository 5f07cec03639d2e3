#pragma once
/// @file segments.h
/// Splitting a light curve at gaps in time (the HelloExoWorld workshop's
/// TIMESPLIT step on Kepler-11): a new segment starts wherever no cadence
/// falls for longer than a gap, or where Series::segment changes (file
/// boundary after stitching). Segments with too few points are dropped.

#include <cstddef>
#include <span>
#include <vector>

#include "common/status.h"
#include "model/light_curve.h"

namespace exo::detrend {

/// Half-open index range [begin, end) into the input arrays.
struct IndexRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    bool operator==(const IndexRange&) const = default;
};

struct SegmentParams {
    double gapDays = 0.25;             ///< cut where consecutive cadences are more than this apart (days, > 0)
    std::size_t minPoints = 100;       ///< drop segments with fewer points (0 or 1 keeps all)
    bool splitOnSeriesSegment = true;  ///< also cut where Series::segment changes
};

struct SegmentSplit {
    std::vector<IndexRange> kept;     ///< segments with >= minPoints points, in time order
    std::vector<IndexRange> dropped;  ///< segments that were too short
};

/// Split sorted times at gaps longer than params.gapDays.
/// @param time   days, non-decreasing; NaN times never start a segment (they
///               stay with the segment in progress).
/// @param segmentIds optional per-cadence file index (empty to ignore).
/// @return InvalidParameter for a non-positive/NaN gap, empty input, or times
///         that go backwards. Pure function, thread-safe.
Result<SegmentSplit> splitAtGaps(std::span<const double> time, const SegmentParams& params,
                                 std::span<const int> segmentIds = {});

/// Convenience overload on a Series (uses time and, if requested, segment).
Result<SegmentSplit> splitAtGaps(const Series& series, const SegmentParams& params);

/// Copy the cadences [range.begin, range.end) of a series (all columns that are present).
Series sliceSeries(const Series& series, IndexRange range);

}  // namespace exo::detrend
