#include "plots/lod_graph.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>

namespace exo::ui {

void LodSeries::assign(const std::vector<double>& xs, const std::vector<double>& ys) { assignIf(xs, ys, {}, true); }

void LodSeries::assignIf(const std::vector<double>& xs, const std::vector<double>& ys,
                         const std::vector<std::uint8_t>& keep, bool keepValue)
{
    const std::size_t n = std::min(xs.size(), ys.size());
    std::vector<std::size_t> order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(xs[i]) && (keep.size() != n || (keep[i] != 0) == keepValue))
            order.push_back(i);
    if (!std::is_sorted(order.begin(), order.end(), [&](auto a, auto b) { return xs[a] < xs[b]; }))
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return xs[a] < xs[b]; });
    x.resize(order.size());
    y.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        x[k] = xs[order[k]];
        y[k] = ys[order[k]];
    }
}

namespace {
void setData(QCPGraph* graph, const std::vector<double>& ox, const std::vector<double>& oy)
{
    QVector<QCPGraphData> data(qsizetype(ox.size()));
    for (std::size_t i = 0; i < ox.size(); ++i)
        data[qsizetype(i)] = QCPGraphData(ox[i], oy[i]);
    graph->data()->set(data, true);
}
}  // namespace

void LodSeries::rebuild(const QCPRange& range, int pixelWidth, lod::Scale scale)
{
    if (!graph)
        return;
    std::vector<double> ox, oy;
    lod::decimateMinMax(x.data(), y.data(), x.size(), range.lower, range.upper, pixelWidth, scale, ox, oy);
    setData(graph, ox, oy);
}

void LodSeries::rebuildScatter(const QCPRange& xr, const QCPRange& yr, int pixelWidth, int pixelHeight)
{
    if (!graph)
        return;
    std::vector<double> ox, oy;
    lod::decimateOccupancy(x.data(), y.data(), x.size(), xr.lower, xr.upper, yr.lower, yr.upper, pixelWidth,
                           pixelHeight, ox, oy);
    setData(graph, ox, oy);
}

}  // namespace exo::ui
