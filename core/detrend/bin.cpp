#include "detrend/bin.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "detrend/clean.h"

namespace exo::detrend {

namespace {
constexpr double kMedianEfficiency = 1.2533141373155;  // sqrt(pi / 2)
}

double binMeanError(std::span<const double> flux, std::span<const double> err)
{
    double sum2 = 0.0;
    std::size_t nErr = 0;
    for (double e : err)
        if (std::isfinite(e)) {
            sum2 += e * e;
            ++nErr;
        }
    if (nErr > 0)
        return std::sqrt(sum2) / double(nErr);
    double mean = 0.0;
    std::size_t n = 0;
    for (double f : flux)
        if (std::isfinite(f)) {
            mean += f;
            ++n;
        }
    if (n < 2)
        return std::nan("");
    mean /= double(n);
    double var = 0.0;
    for (double f : flux)
        if (std::isfinite(f))
            var += (f - mean) * (f - mean);
    var /= double(n);
    return std::sqrt(var) / std::sqrt(double(n));
}

double binMedianError(std::span<const double> flux, std::span<const double> err)
{
    return kMedianEfficiency * binMeanError(flux, err);
}

Result<Series> binSeries(const Series& in, const BinParams& p, const ProgressFn& progress)
{
    using R = Result<Series>;
    const std::size_t n = in.size();
    if (n == 0 || in.flux.size() != n)
        return R::failure(ErrorCode::InvalidParameter, "empty series");
    if (!(p.binDays > 0.0) || !std::isfinite(p.binDays))
        return R::failure(ErrorCode::InvalidParameter, "binDays");
    const bool hasErr = in.fluxErr.size() == n;
    const bool hasQ = in.quality.size() == n, hasC = in.cadenceNo.size() == n, hasS = in.segment.size() == n;

    double origin = p.originDays;
    double last = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(in.time[i]))
            continue;
        if (in.time[i] < last)
            return R::failure(ErrorCode::InvalidParameter, "time not sorted");
        last = in.time[i];
        if (!std::isfinite(origin))
            origin = in.time[i];
    }
    if (!std::isfinite(origin))
        return R::failure(ErrorCode::AllNaN, "no finite time");

    Series out;
    std::vector<double> f, e;
    std::uint32_t q = 0;
    std::int32_t cad = 0;
    int seg = 0;
    long long current = std::numeric_limits<long long>::min();
    auto flush = [&]() {
        if (f.size() < std::max<std::size_t>(p.minPoints, 1))
            return;
        double value;
        if (p.statistic == BinStatistic::Mean) {
            double s = 0.0;
            for (double x : f)
                s += x;
            value = s / double(f.size());
            out.fluxErr.push_back(binMeanError(f, e));
        } else {
            value = nanMedian(f);
            out.fluxErr.push_back(binMedianError(f, e));
        }
        out.time.push_back(origin + (double(current) + 0.5) * p.binDays);
        out.flux.push_back(value);
        if (hasQ)
            out.quality.push_back(q);
        if (hasC)
            out.cadenceNo.push_back(cad);
        if (hasS)
            out.segment.push_back(seg);
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double t = in.time[i];
        if (!std::isfinite(t) || !std::isfinite(in.flux[i]))
            continue;
        const long long b = (long long)std::floor((t - origin) / p.binDays);
        if (b != current) {
            flush();
            f.clear();
            e.clear();
            q = 0;
            current = b;
            cad = hasC ? in.cadenceNo[i] : 0;
            seg = hasS ? in.segment[i] : 0;
        }
        f.push_back(in.flux[i]);
        if (hasErr)
            e.push_back(in.fluxErr[i]);
        if (hasQ)
            q |= in.quality[i];
        if ((i & 0xFFFF) == 0 && !reportProgress(progress, (long long)i, (long long)n))
            return R::failure(ErrorCode::Cancelled);
    }
    flush();
    if (out.size() == 0)
        return R::failure(ErrorCode::AllNaN, "no bucket with enough points");
    return R::success(std::move(out));
}

}  // namespace exo::detrend
