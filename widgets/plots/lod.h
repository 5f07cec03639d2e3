#pragma once
/// @file lod.h
/// Level-of-detail decimation for dense, x-sorted series: min and max per screen column.

#include <cstddef>
#include <utility>
#include <vector>

namespace exo::ui::lod {

/// How x maps to screen columns.
enum class Scale { Linear, Log10 };

/// Index range [first, last) of the points of sorted x that fall in [x0, x1], widened by one point
/// on each side so lines reach the edges. O(log n). NaN x must not occur (callers drop them).
std::pair<std::size_t, std::size_t> visibleRange(const double* x, std::size_t n, double x0, double x1);

/// Decimates sorted (x, y) over the visible range [x0, x1] drawn pixelWidth columns wide: for every
/// column that holds points it keeps the minimum and the maximum y, in x order (one point if they
/// coincide), so a single deep point (one-cadence transit) always survives. Points with NaN y are
/// skipped. Output holds at most 2 * pixelWidth + 2 points (the +2 are the edge neighbours).
/// If the visible range has no more than 2 * pixelWidth points they are all copied unchanged.
/// O(visible points) after the binary search. outIndex, if given, receives source indices.
void decimateMinMax(const double* x, const double* y, std::size_t n, double x0, double x1, int pixelWidth, Scale scale,
                    std::vector<double>& outX, std::vector<double>& outY, std::vector<std::size_t>* outIndex = nullptr);

/// Scatter decimation for clouds of points (e.g. a folded light curve) where min/max per column
/// would show only the envelope: keeps the first point landing on each screen pixel of the
/// width x height window [x0, x1] x [y0, y1]. Every occupied pixel stays drawn, so extremes and
/// isolated points survive and the cloud looks identical; output is at most width * height points
/// (usually far fewer). Points outside the y window are clamped to the edge rows. O(visible points).
void decimateOccupancy(const double* x, const double* y, std::size_t n, double x0, double x1, double y0, double y1,
                       int width, int height, std::vector<double>& outX, std::vector<double>& outY);

}  // namespace exo::ui::lod
