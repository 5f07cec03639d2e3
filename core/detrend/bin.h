#pragma once
/// @file bin.h
/// Binning into fixed time buckets (the workshop's BUCKETIZE step): one output
/// cadence per non-empty bucket, at the bucket centre.

#include <cstddef>
#include <limits>
#include <span>

#include "common/progress.h"
#include "common/status.h"
#include "model/light_curve.h"

namespace exo::detrend {

enum class BinStatistic { Mean, Median };

struct BinParams {
    double binDays = 0.0208333333;  ///< bucket width (days, > 0); default 30 min
    BinStatistic statistic = BinStatistic::Mean;
    double originDays =
        std::numeric_limits<double>::quiet_NaN();  ///< left edge of bucket 0 (days); NaN = first finite time
    std::size_t minPoints = 1;                     ///< buckets with fewer finite points are skipped
};

/// Error of a bucket mean: sqrt(sum err^2) / n over the finite errors when any
/// error is given, else std(flux) / sqrt(n) (population std, as numpy.std),
/// which is NaN for n < 2. Pure arithmetic, exposed for tests.
double binMeanError(std::span<const double> flux, std::span<const double> err);

/// Error of a bucket median: sqrt(pi/2) = 1.2533 times binMeanError (the
/// asymptotic efficiency of the median for Gaussian noise).
double binMedianError(std::span<const double> flux, std::span<const double> err);

/// Bin a series. Output time = bucket centre (days); flux = mean or median of
/// the finite fluxes; fluxErr as above; quality = OR of the bucket's flags;
/// segment = segment of the bucket's first cadence; cadenceNo = first cadence.
/// Input times must be sorted; NaN time/flux cadences are ignored.
/// @return InvalidParameter for empty input, bad width or unsorted time;
///         AllNaN if no finite cadence. Thread-safe, pure.
Result<Series> binSeries(const Series& input, const BinParams& params, const ProgressFn& progress = {});

}  // namespace exo::detrend
