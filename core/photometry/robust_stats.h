#pragma once
/// @file robust_stats.h
/// Internal helpers of core/photometry: numpy-compatible nanmedian and MAD on
/// scratch buffers. Not part of the public API.

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace exo::phot::detail {

/// numpy.nanmedian of values[0..n): non-finite values are dropped, an even
/// count averages the two middle values, no finite value gives NaN.
/// Reorders the buffer in place; allocates nothing.
template <typename T>
double nanmedianInPlace(T* values, std::size_t n)
{
    T* end = std::remove_if(values, values + n, [](T v) { return !std::isfinite(v); });
    const std::size_t m = std::size_t(end - values);
    if (m == 0)
        return std::numeric_limits<double>::quiet_NaN();
    T* mid = values + m / 2;
    std::nth_element(values, mid, end);
    const double hi = double(*mid);
    if (m % 2 == 1)
        return hi;
    const double lo = double(*std::max_element(values, mid));
    return 0.5 * (lo + hi);
}

/// Copying convenience wrapper.
inline double nanmedian(std::vector<double> values) { return nanmedianInPlace(values.data(), values.size()); }

/// astropy median_absolute_deviation of the finite values: median(|x - median(x)|).
inline double nanMedianAbsoluteDeviation(std::vector<double> values)
{
    const double med = nanmedianInPlace(values.data(), values.size());
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    for (double& v : values)
        v = std::abs(v - med);
    return nanmedianInPlace(values.data(), values.size());
}

}  // namespace exo::phot::detail
