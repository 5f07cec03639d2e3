#pragma once
/// @file lod_graph.h
/// A sorted series feeding one QCPGraph through min/max LOD decimation.

#include <cstdint>
#include <vector>

#include "plots/lod.h"

class QCPGraph;
class QCPRange;

namespace exo::ui {

/// Holds the full sorted series; rebuild() puts only the decimated visible part into the graph.
struct LodSeries {
    std::vector<double> x, y;  ///< sorted by x, finite x
    QCPGraph* graph = nullptr;

    /// Copies finite-x points, sorting by x (stable). NaN y is kept (a gap or skipped).
    void assign(const std::vector<double>& xs, const std::vector<double>& ys);
    /// Same, keeping only points where keep[i] != 0.
    void assignIf(const std::vector<double>& xs, const std::vector<double>& ys, const std::vector<std::uint8_t>& keep,
                  bool keepValue);
    void rebuild(const QCPRange& range, int pixelWidth, lod::Scale scale = lod::Scale::Linear);
    /// Scatter clouds: one point per occupied screen pixel (lod::decimateOccupancy).
    void rebuildScatter(const QCPRange& xRange, const QCPRange& yRange, int pixelWidth, int pixelHeight);
};

}  // namespace exo::ui
