#include "detrend/segments.h"

#include <cmath>
#include <string>

namespace exo::detrend {

Result<SegmentSplit> splitAtGaps(std::span<const double> time, const SegmentParams& params,
                                 std::span<const int> segmentIds)
{
    using R = Result<SegmentSplit>;
    if (!(params.gapDays > 0.0) || !std::isfinite(params.gapDays))
        return R::failure(ErrorCode::InvalidParameter, "gapDays");
    if (time.empty())
        return R::failure(ErrorCode::InvalidParameter, "empty series");
    const bool useIds = !segmentIds.empty();
    if (useIds && segmentIds.size() != time.size())
        return R::failure(ErrorCode::InvalidParameter, "segment size");

    SegmentSplit out;
    auto close = [&](std::size_t b, std::size_t e) {
        if (e <= b)
            return;
        IndexRange r{b, e};
        if (r.size() >= params.minPoints)
            out.kept.push_back(r);
        else
            out.dropped.push_back(r);
    };

    std::size_t begin = 0;
    double last = std::nan("");
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double t = time[i];
        bool cut = false;
        if (std::isfinite(t) && std::isfinite(last)) {
            if (t < last)
                return R::failure(ErrorCode::InvalidParameter, "time not sorted at index " + std::to_string(i));
            cut = (t - last) > params.gapDays;
        }
        if (useIds && i > 0 && segmentIds[i] != segmentIds[i - 1])
            cut = true;
        if (cut && i > begin) {
            close(begin, i);
            begin = i;
        }
        if (std::isfinite(t))
            last = t;
    }
    close(begin, time.size());
    return R::success(std::move(out));
}

Result<SegmentSplit> splitAtGaps(const Series& series, const SegmentParams& params)
{
    std::span<const int> ids;
    if (params.splitOnSeriesSegment && series.segment.size() == series.size())
        ids = series.segment;
    return splitAtGaps(series.time, params, ids);
}

Series sliceSeries(const Series& s, IndexRange r)
{
    Series o;
    auto cp = [&](const auto& src, auto& dst) {
        if (src.size() == s.size())
            dst.assign(src.begin() + std::ptrdiff_t(r.begin), src.begin() + std::ptrdiff_t(r.end));
    };
    cp(s.time, o.time);
    cp(s.flux, o.flux);
    cp(s.fluxErr, o.fluxErr);
    cp(s.quality, o.quality);
    cp(s.cadenceNo, o.cadenceNo);
    cp(s.segment, o.segment);
    return o;
}

}  // namespace exo::detrend
