#include "plots/light_curve_plot.h"

#include <QRubberBand>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "plots/lod.h"
#include "plots/plot_style.h"

namespace exo::ui {
namespace {
constexpr int kClickRadius = 12;   // px
constexpr int kDragThreshold = 4;  // px

void setGraphData(QCPGraph* graph, const std::vector<double>& x, const std::vector<double>& y)
{
    QVector<QCPGraphData> data(qsizetype(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        data[qsizetype(i)] = QCPGraphData(x[i], y[i]);
    graph->data()->set(data, true);  // already sorted: no re-sort
}
}  // namespace

LightCurvePlot::LightCurvePlot(QWidget* parent) : QCustomPlot(parent)
{
    m_trend.graph = addGraph();
    m_flaggedSeries.graph = addGraph();
    m_maskedSeries.graph = addGraph();
    m_good.graph = addGraph();
    m_markerGraph = addGraph();
    m_knownGraph = addGraph();
    m_dipGraph = addGraph();
    m_dipGraph->setName(tr("Dips"));
    m_dipGraph->setLineStyle(QCPGraph::lsNone);
    m_dipGraph->setAdaptiveSampling(false);
    m_knownGraph->setName(tr("Known planets' transits"));
    m_knownGraph->setLineStyle(QCPGraph::lsLine);
    for (QCPGraph* g :
         {m_trend.graph, m_flaggedSeries.graph, m_maskedSeries.graph, m_good.graph, m_markerGraph, m_knownGraph})
        g->setAdaptiveSampling(false);  // our LOD already bounds the points
    m_good.graph->setName(tr("Flux"));
    m_flaggedSeries.graph->setName(tr("Quality-flagged"));
    m_maskedSeries.graph->setName(tr("Masked by you"));
    m_trend.graph->setName(tr("Trend"));
    m_markerGraph->setName(tr("Transits"));
    xAxis->setLabel(tr("Time (days)"));
    yAxis->setLabel(tr("Flux"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    setMinimumSize(160, 100);
    setToolTip(tr("Wheel: zoom time (Ctrl+wheel: flux). Drag: pan. Shift+drag or right-drag: "
                  "zoom to a box. Mask time range tool: drag to select a time range. Double-click: show everything. "
                  "Click a point to select it."));
    applyStyles();

    connect(this, &QCustomPlot::beforeReplot, this, &LightCurvePlot::rebuildIfNeeded);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { replot(rpQueuedReplot); });
    // The axis rect width is only known after layout: if it changed, draw once more.
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        if (axisRect()->width() != m_builtWidth)
            replot(rpQueuedReplot);
    });
}

void LightCurvePlot::applyStyles()
{
    applyPlotPalette(this);
    const PlotColors c = plotColors(palette());
    m_good.graph->setLineStyle(QCPGraph::lsNone);
    m_good.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c.good, c.good, 3));
    m_flaggedSeries.graph->setLineStyle(QCPGraph::lsNone);
    m_flaggedSeries.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, c.flagged, 4));
    m_maskedSeries.graph->setLineStyle(QCPGraph::lsNone);
    m_maskedSeries.graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c.masked, 1), Qt::NoBrush, 5));
    m_trend.graph->setLineStyle(QCPGraph::lsLine);
    m_trend.graph->setPen(QPen(c.trend, 1.5));
    m_trend.graph->setScatterStyle(QCPScatterStyle::ssNone);
    m_markerGraph->setLineStyle(QCPGraph::lsLine);
    m_markerGraph->setPen(QPen(c.marker, 1, Qt::DashLine));
    m_dipGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, QPen(c.marker, 1.5), c.marker, 9));
}

void LightCurvePlot::setDipMarkers(std::vector<double> times, std::vector<double> flux)
{
    flux.resize(times.size());
    m_dipTimes = std::move(times);
    m_dipFlux = std::move(flux);
    rebuildMarkers();
    replot(rpQueuedReplot);
}

void LightCurvePlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyStyles();
        replot(rpQueuedReplot);
    }
}

void LightCurvePlot::setData(std::vector<double> time, std::vector<double> flux, std::vector<std::uint8_t> flagged,
                             bool keepView)
{
    const bool hadData = m_pointCount > 0;
    const std::size_t n = std::min(time.size(), flux.size());
    time.resize(n);
    flux.resize(n);
    if (flagged.size() != n)
        flagged.assign(n, 0);
    m_time = std::move(time);
    m_flux = std::move(flux);
    m_flagged = std::move(flagged);
    if (m_masked.size() != n)
        m_masked.assign(n, 0);
    splitSeries();
    if (keepView && hadData && m_pointCount > 0)
        replot(rpQueuedReplot);
    else
        resetView();
}

void LightCurvePlot::setUserMask(std::vector<std::uint8_t> masked)
{
    if (masked.size() != m_time.size())
        masked.assign(m_time.size(), 0);
    m_masked = std::move(masked);
    splitSeries();
    replot(rpQueuedReplot);
}

void LightCurvePlot::setShowFlagged(bool show)
{
    m_showFlagged = show;
    m_flaggedSeries.graph->setVisible(show);
    replot(rpQueuedReplot);
}

void LightCurvePlot::splitSeries()
{
    const std::size_t n = m_time.size();
    std::vector<std::size_t> order;
    order.reserve(n);
    m_pointCount = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(m_time[i]) && std::isfinite(m_flux[i]))
            order.push_back(i);
    m_pointCount = order.size();
    if (!std::is_sorted(order.begin(), order.end(),
                        [&](std::size_t a, std::size_t b) { return m_time[a] < m_time[b]; }))
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return m_time[a] < m_time[b]; });
    for (Series* s : {&m_good, &m_flaggedSeries, &m_maskedSeries}) {
        s->x.clear();
        s->y.clear();
        s->source.clear();
    }
    for (std::size_t i : order) {
        Series& s = m_masked[i] ? m_maskedSeries : (m_flagged[i] ? m_flaggedSeries : m_good);
        s.x.push_back(m_gaps.toAxis(m_time[i]));
        s.y.push_back(m_flux[i]);
        s.source.push_back(i);
    }
    m_dirty = true;
}

void LightCurvePlot::setTrend(std::vector<double> time, std::vector<double> trend)
{
    m_trendTime = time;
    m_trendValue = trend;
    const std::size_t n = std::min(time.size(), trend.size());
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(time[i]))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return time[a] < time[b]; });
    m_trend.x.clear();
    m_trend.y.clear();
    for (std::size_t i : order) {
        m_trend.x.push_back(m_gaps.toAxis(time[i]));
        m_trend.y.push_back(trend[i]);  // NaN y leaves a gap
    }
    m_dirty = true;
    replot(rpQueuedReplot);
}

void LightCurvePlot::clearTrend() { setTrend({}, {}); }

void LightCurvePlot::setTransitMarkers(std::vector<double> times)
{
    m_markers = std::move(times);
    m_markers.erase(std::remove_if(m_markers.begin(), m_markers.end(), [](double t) { return !std::isfinite(t); }),
                    m_markers.end());
    std::sort(m_markers.begin(), m_markers.end());
    m_dirty = true;
    replot(rpQueuedReplot);
}

void LightCurvePlot::setKnownTransitMarkers(std::vector<double> times)
{
    times.erase(std::remove_if(times.begin(), times.end(), [](double t) { return !std::isfinite(t); }), times.end());
    std::sort(times.begin(), times.end());
    m_knownMarkers = std::move(times);
    m_dirty = true;
    replot(rpQueuedReplot);
}

void LightCurvePlot::setAxisLabels(const QString& xLabel, const QString& yLabel)
{
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    replot(rpQueuedReplot);
}

void LightCurvePlot::setTimeGaps(const GapMap& map)
{
    if (map == m_gaps)
        return;
    m_gaps = map;
    if (m_gaps.identity())
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    else
        xAxis->setTicker(QSharedPointer<GapTicker>::create(m_gaps));
    for (QCPItemStraightLine* line : m_gapLines)
        removeItem(line);
    m_gapLines.clear();
    for (double x : m_gaps.gapCentres()) {
        auto* line = new QCPItemStraightLine(this);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(plotColors(palette()).flagged, 1.5, Qt::DotLine));
        m_gapLines.push_back(line);
    }
    splitSeries();
    setTrend(m_trendTime, m_trendValue);
    resetView();
}

void LightCurvePlot::setDragMode(DragMode mode) { m_dragMode = mode; }

void LightCurvePlot::resetView()
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const Series* s : {&m_good, &m_maskedSeries, &m_flaggedSeries}) {
        if (!s->x.empty()) {
            x0 = std::min(x0, s->x.front());
            x1 = std::max(x1, s->x.back());
        }
    }
    const Series& ySource = m_good.y.empty() ? (m_maskedSeries.y.empty() ? m_flaggedSeries : m_maskedSeries) : m_good;
    for (double v : ySource.y) {
        y0 = std::min(y0, v);
        y1 = std::max(y1, v);
    }
    if (!(x1 >= x0)) {
        x0 = 0;
        x1 = 1;
    }
    if (!(y1 >= y0)) {
        y0 = 0;
        y1 = 1;
    }
    const double px = std::max((x1 - x0) * 0.01, 1e-6), py = std::max((y1 - y0) * 0.05, 1e-9);
    xAxis->setRange(x0 - px, x1 + px);
    yAxis->setRange(y0 - py, y1 + py);
    m_dirty = true;
    replot(rpQueuedReplot);
}

void LightCurvePlot::rebuildSeries(Series& s, double x0, double x1, int width)
{
    std::vector<double> outX, outY;
    lod::decimateMinMax(s.x.data(), s.y.data(), s.x.size(), x0, x1, width, lod::Scale::Linear, outX, outY);
    if (&s == &m_trend) {
        setGraphData(s.graph, outX, outY);
        return;
    }
    const auto [first, last] = lod::visibleRange(s.x.data(), s.x.size(), x0, x1);
    const bool decimated = last - first > std::size_t(2 * width);
    if (decimated) {
        // Min/max pairs drawn as dots would show only the edges of the noise band: draw them as
        // one vertical stroke per column instead (a filled envelope), broken across data gaps.
        const double gap = 2.5 * (x1 - x0) / std::max(1, width);
        std::vector<double> gx, gy;
        gx.reserve(outX.size() + 16);
        gy.reserve(outY.size() + 16);
        for (std::size_t i = 0; i < outX.size(); ++i) {
            if (i > 0 && outX[i] - outX[i - 1] > gap) {
                gx.push_back(0.5 * (outX[i] + outX[i - 1]));
                gy.push_back(std::numeric_limits<double>::quiet_NaN());
            }
            gx.push_back(outX[i]);
            gy.push_back(outY[i]);
        }
        setGraphData(s.graph, gx, gy);
    } else {
        setGraphData(s.graph, outX, outY);
    }
    const PlotColors c = plotColors(palette());
    const QColor col = &s == &m_good ? c.good : (&s == &m_maskedSeries ? c.masked : c.flagged);
    s.graph->setLineStyle(decimated ? QCPGraph::lsLine : QCPGraph::lsNone);
    s.graph->setPen(QPen(col, 1));
    if (decimated)
        s.graph->setScatterStyle(QCPScatterStyle::ssNone);
    else if (&s == &m_good)
        s.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, col, col, 3));
    else if (&s == &m_maskedSeries)
        s.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(col, 1), Qt::NoBrush, 5));
    else
        s.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, col, 4));
}

void LightCurvePlot::rebuildMarkers()
{
    std::vector<double> mx, my;
    const QCPRange xr = xAxis->range(), yr = yAxis->range();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto first = std::lower_bound(m_markers.begin(), m_markers.end(), m_gaps.toTime(xr.lower));
    const auto last = std::upper_bound(first, m_markers.end(), m_gaps.toTime(xr.upper));
    // Many transits in view: short ticks along the top instead of full-height lines.
    const bool ticks = (last - first) * 12 > std::max(1, axisRect()->width());
    const double bottom = ticks ? yr.upper - 0.06 * yr.size() : yr.lower;
    for (auto it = first; it != last && mx.size() < 30000; ++it) {
        // a vertical segment, then a NaN gap
        const double x = m_gaps.toAxis(*it);
        mx.insert(mx.end(), {x, x, x});
        my.insert(my.end(), {bottom, yr.upper, nan});
    }
    m_markerGraph->setPen(QPen(plotColors(palette()).marker, ticks ? 1.5 : 1, ticks ? Qt::SolidLine : Qt::DashLine));
    setGraphData(m_markerGraph, mx, my);
    // Known planets: ticks rising from the bottom edge, so they never hide a candidate's marks.
    std::vector<double> kx, ky;
    const auto kFirst = std::lower_bound(m_knownMarkers.begin(), m_knownMarkers.end(), xr.lower);
    const auto kLast = std::upper_bound(kFirst, m_knownMarkers.end(), xr.upper);
    for (auto it = kFirst; it != kLast && kx.size() < 30000; ++it) {
        kx.insert(kx.end(), {*it, *it, *it});
        ky.insert(ky.end(), {yr.lower, yr.lower + 0.08 * yr.size(), nan});
    }
    m_knownGraph->setPen(QPen(plotColors(palette()).trend, 2.5, Qt::SolidLine));
    setGraphData(m_knownGraph, kx, ky);
    std::vector<double> dx;
    for (double t : m_dipTimes)
        dx.push_back(m_gaps.toAxis(t));
    setGraphData(m_dipGraph, dx, m_dipFlux);
}

void LightCurvePlot::rebuildNow()
{
    const int width = axisRect()->width() > 0 ? axisRect()->width() : std::max(100, this->width());
    const QCPRange xr = xAxis->range();
    for (Series* s : {&m_good, &m_flaggedSeries, &m_maskedSeries, &m_trend})
        rebuildSeries(*s, xr.lower, xr.upper, width);
    rebuildMarkers();
    m_builtX = xr;
    m_builtY = yAxis->range();
    m_builtWidth = axisRect()->width();
    m_dirty = false;
}

void LightCurvePlot::rebuildIfNeeded()
{
    if (m_dirty || xAxis->range() != m_builtX || axisRect()->width() != m_builtWidth)
        rebuildNow();
    else if (yAxis->range() != m_builtY && (!m_markers.empty() || !m_knownMarkers.empty() || !m_dipTimes.empty()))
        rebuildMarkers();
}

int LightCurvePlot::drawnPointCount() const
{
    int n = 0;  // real points only: NaN gap separators are not data
    for (const Series* s : {&m_good, &m_flaggedSeries, &m_maskedSeries})
        for (auto it = s->graph->data()->constBegin(); it != s->graph->data()->constEnd(); ++it)
            n += std::isnan(it->value) ? 0 : 1;
    return n;
}

void LightCurvePlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    m_pressed = true;
    const bool inRect = axisRect()->rect().contains(event->pos());
    const auto mods = event->modifiers();
    Band band = Band::None;
    if (inRect
        && (event->button() == Qt::RightButton || (event->button() == Qt::LeftButton && (mods & Qt::ShiftModifier))
            || (event->button() == Qt::LeftButton && m_dragMode == DragMode::BoxZoom)))
        band = Band::Zoom;
    if (inRect && event->button() == Qt::LeftButton && ((mods & Qt::AltModifier) || m_dragMode == DragMode::Brush))
        band = Band::Brush;
    if (band != Band::None) {
        m_band = band;
        if (!m_rubber)
            m_rubber = new QRubberBand(QRubberBand::Rectangle, this);
        const QRect r = axisRect()->rect();
        m_rubber->setGeometry(band == Band::Brush ? QRect(event->pos().x(), r.top(), 1, r.height())
                                                  : QRect(event->pos(), QSize(1, 1)));
        m_rubber->show();
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void LightCurvePlot::mouseMoveEvent(QMouseEvent* event)
{
    if (m_band != Band::None && m_rubber) {
        const QRect r = axisRect()->rect();
        QRect g = QRect(m_pressPos, event->pos()).normalized().intersected(r);
        if (m_band == Band::Brush)
            g = QRect(QPoint(g.left(), r.top()), QPoint(g.right(), r.bottom()));
        m_rubber->setGeometry(g);
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
}

void LightCurvePlot::mouseReleaseEvent(QMouseEvent* event)
{
    const bool wasPressed = m_pressed;
    m_pressed = false;
    if (m_band != Band::None) {
        const Band band = m_band;
        m_band = Band::None;
        if (m_rubber)
            m_rubber->hide();
        const QRect r = QRect(m_pressPos, event->pos()).normalized();
        if (r.width() >= kDragThreshold) {
            const double t0 = xAxis->pixelToCoord(r.left()), t1 = xAxis->pixelToCoord(r.right());
            if (band == Band::Brush) {
                emit rangeBrushed(m_gaps.toTime(std::min(t0, t1)), m_gaps.toTime(std::max(t0, t1)));
            } else {
                xAxis->setRange(std::min(t0, t1), std::max(t0, t1));
                if (r.height() >= kDragThreshold)
                    yAxis->setRange(yAxis->pixelToCoord(r.bottom()), yAxis->pixelToCoord(r.top()));
                replot(rpQueuedReplot);
            }
        }
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
    if (wasPressed && event->button() == Qt::LeftButton
        && (event->pos() - m_pressPos).manhattanLength() < kDragThreshold)
        handleClick(event->position());
}

void LightCurvePlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    if (event->button() == Qt::LeftButton)
        resetView();
}

void LightCurvePlot::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        axisRect()->setRangeZoom(Qt::Vertical);
        QCustomPlot::wheelEvent(event);
        axisRect()->setRangeZoom(Qt::Horizontal);
        return;
    }
    QCustomPlot::wheelEvent(event);
}

void LightCurvePlot::handleClick(const QPointF& pos)
{
    const double xa = xAxis->pixelToCoord(pos.x() - kClickRadius);
    const double xb = xAxis->pixelToCoord(pos.x() + kClickRadius);
    double best = double(kClickRadius) * kClickRadius;
    std::size_t bestIndex = std::numeric_limits<std::size_t>::max();
    for (const Series* s : {&m_good, &m_maskedSeries, &m_flaggedSeries}) {
        if (s == &m_flaggedSeries && !m_showFlagged)
            continue;
        auto lo = std::lower_bound(s->x.begin(), s->x.end(), std::min(xa, xb));
        auto hi = std::upper_bound(s->x.begin(), s->x.end(), std::max(xa, xb));
        for (auto it = lo; it != hi; ++it) {
            const std::size_t k = std::size_t(it - s->x.begin());
            const double dx = xAxis->coordToPixel(s->x[k]) - pos.x();
            const double dy = yAxis->coordToPixel(s->y[k]) - pos.y();
            const double d2 = dx * dx + dy * dy;
            if (d2 <= best) {
                best = d2;
                bestIndex = s->source[k];
            }
        }
    }
    if (bestIndex != std::numeric_limits<std::size_t>::max())
        emit pointClicked(int(bestIndex), m_time[bestIndex]);
}

}  // namespace exo::ui
