#include "plots/lod.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace exo::ui::lod {

std::pair<std::size_t, std::size_t> visibleRange(const double* x, std::size_t n, double x0, double x1)
{
    if (n == 0 || !(x1 >= x0))
        return {0, 0};
    std::size_t first = std::size_t(std::lower_bound(x, x + n, x0) - x);
    std::size_t last = std::size_t(std::upper_bound(x, x + n, x1) - x);
    if (first > 0)
        --first;
    if (last < n)
        ++last;
    return {first, last};
}

void decimateMinMax(const double* x, const double* y, std::size_t n, double x0, double x1, int pixelWidth, Scale scale,
                    std::vector<double>& outX, std::vector<double>& outY, std::vector<std::size_t>* outIndex)
{
    outX.clear();
    outY.clear();
    if (outIndex)
        outIndex->clear();
    const auto [first, last] = visibleRange(x, n, x0, x1);
    if (first >= last)
        return;
    const int width = std::max(1, pixelWidth);
    auto emit = [&](std::size_t i) {
        outX.push_back(x[i]);
        outY.push_back(y[i]);
        if (outIndex)
            outIndex->push_back(i);
    };
    if (last - first <= std::size_t(2 * width)) {
        for (std::size_t i = first; i < last; ++i)
            if (!std::isnan(y[i]))
                emit(i);
        return;
    }
    const bool logScale = scale == Scale::Log10 && x0 > 0;
    const double a = logScale ? std::log10(x0) : x0;
    const double b = logScale ? std::log10(x1) : x1;
    const double perUnit = (b > a) ? width / (b - a) : 0.0;
    auto column = [&](double xv) -> long {
        if (xv < x0)
            return -1;  // the left neighbour: its own column
        if (xv > x1)
            return width;  // the right neighbour
        const double u = logScale ? std::log10(xv) : xv;
        return std::min<long>(width - 1, long((u - a) * perUnit));
    };
    outX.reserve(std::size_t(2 * width + 2));
    outY.reserve(std::size_t(2 * width + 2));
    std::size_t i = first;
    while (i < last) {
        const long col = column(x[i]);
        std::size_t iMin = last, iMax = last;
        for (; i < last && column(x[i]) == col; ++i) {
            if (std::isnan(y[i]))
                continue;
            if (iMin == last || y[i] < y[iMin])
                iMin = i;
            if (iMax == last || y[i] > y[iMax])
                iMax = i;
        }
        if (iMin == last)
            continue;
        if (iMin == iMax) {
            emit(iMin);
        } else {
            emit(std::min(iMin, iMax));
            emit(std::max(iMin, iMax));
        }
    }
}

void decimateOccupancy(const double* x, const double* y, std::size_t n, double x0, double x1, double y0, double y1,
                       int width, int height, std::vector<double>& outX, std::vector<double>& outY)
{
    outX.clear();
    outY.clear();
    const auto [first, last] = visibleRange(x, n, x0, x1);
    if (first >= last)
        return;
    const int w = std::max(1, width), h = std::max(1, height);
    const double sx = x1 > x0 ? w / (x1 - x0) : 0.0, sy = y1 > y0 ? h / (y1 - y0) : 0.0;
    std::vector<std::uint8_t> taken(std::size_t(h) + 2);  // rows of the current column (+2 clamp rows)
    long column = std::numeric_limits<long>::min();
    for (std::size_t i = first; i < last; ++i) {
        if (std::isnan(y[i]))
            continue;
        const long col = std::clamp(long(std::floor((x[i] - x0) * sx)), -1L, long(w));
        if (col != column) {
            column = col;
            std::fill(taken.begin(), taken.end(), 0);
        }
        const long row = std::clamp(long(std::floor((y[i] - y0) * sy)), -1L, long(h)) + 1;
        if (taken[std::size_t(row)])
            continue;
        taken[std::size_t(row)] = 1;
        outX.push_back(x[i]);
        outY.push_back(y[i]);
    }
}

}  // namespace exo::ui::lod
