#include "plots/fold_plot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "plots/plot_style.h"

namespace exo::ui {

FoldPlot::FoldPlot(QWidget* parent) : QCustomPlot(parent)
{
    setNotAntialiasedElements(QCP::aeAll);
    m_evenGraph = addGraph();
    m_oddGraph = addGraph();
    m_binned = addGraph();
    m_model = addGraph();
    for (auto* g : {m_evenGraph, m_oddGraph}) {
        g->setLineStyle(QCPGraph::lsNone);
        g->setAdaptiveSampling(true);
    }
    m_evenGraph->setName(tr("Even transits"));
    m_oddGraph->setName(tr("Odd transits"));
    m_binned->setName(tr("Binned"));
    m_model->setName(tr("Model"));
    m_binned->setLineStyle(QCPGraph::lsLine);
    m_model->setLineStyle(QCPGraph::lsLine);
    xAxis->setLabel(tr("Hours from mid-transit"));
    yAxis->setLabel(tr("Flattened flux"));
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    applyPlotPalette(this);
    applyColors();
    setMinimumHeight(140);
}

void FoldPlot::applyColors()
{
    const auto c = plotColors(palette());
    QColor odd = c.odd, even = c.even;
    odd.setAlpha(110);
    even.setAlpha(110);
    m_oddGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, odd, odd, 3));
    m_evenGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, even, even, 3));
    m_oddGraph->setPen(QPen(odd));
    m_evenGraph->setPen(QPen(even));
    m_binned->setPen(QPen(c.binned, 2));
    m_binned->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c.binned, c.binned, 5));
    m_model->setPen(QPen(c.trend, 2));
}

void FoldPlot::setFolded(std::vector<double> x, std::vector<double> y, std::vector<std::uint8_t> odd,
                         double periodHours)
{
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](auto a, auto b) { return x[a] < x[b]; });
    m_x.resize(n);
    m_y.resize(n);
    m_odd.assign(n, 0);
    QVector<QCPGraphData> o, e;
    for (std::size_t k = 0; k < n; ++k) {
        m_x[k] = x[idx[k]];
        m_y[k] = y[idx[k]];
        m_odd[k] = idx[k] < odd.size() ? odd[idx[k]] : 0;
        (m_odd[k] ? o : e).append(QCPGraphData(m_x[k], m_y[k]));
    }
    m_oddGraph->data()->set(o, true);
    m_evenGraph->data()->set(e, true);
    m_periodHours = periodHours;
    rebin();
    replot(rpQueuedReplot);
}

void FoldPlot::setModel(std::vector<double> x, std::vector<double> y)
{
    QVector<QCPGraphData> d;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) d.append(QCPGraphData(x[i], y[i]));
    m_model->data()->set(d, false);
    m_model->setVisible(!d.isEmpty());
    replot(rpQueuedReplot);
}

void FoldPlot::rebin()
{
    // Bins over the visible x range: ~8 bins per transit duration when zoomed in,
    // 200 across the orbit otherwise. Mean of the points in each bin.
    const QCPRange r = xAxis->range();
    const double width = m_durationHours > 0 && r.size() < m_periodHours * 0.9 ? m_durationHours / 8.0
                                                                                : std::max(1e-6, r.size() / 200.0);
    QVector<QCPGraphData> b;
    if (!m_x.empty() && width > 0) {
        auto it = std::lower_bound(m_x.begin(), m_x.end(), r.lower);
        double edge = r.lower;
        while (it != m_x.end() && *it <= r.upper) {
            const double next = edge + width;
            double sum = 0;
            int cnt = 0;
            while (it != m_x.end() && *it < next) {
                const double v = m_y[std::size_t(it - m_x.begin())];
                if (std::isfinite(v)) { sum += v; ++cnt; }
                ++it;
            }
            if (cnt >= 3) b.append(QCPGraphData(edge + width / 2, sum / cnt));
            edge = next;
        }
    }
    m_binned->data()->set(b, true);
}

void FoldPlot::zoomToTransit(double durationHours)
{
    m_durationHours = durationHours;
    if (!(durationHours > 0)) { showFullPhase(); return; }
    xAxis->setRange(-3 * durationHours, 3 * durationHours);
    // y from the points in view, robustly (1st to 99.5th percentile).
    std::vector<double> v;
    for (std::size_t i = 0; i < m_x.size(); ++i)
        if (std::abs(m_x[i]) <= 3 * durationHours && std::isfinite(m_y[i])) v.push_back(m_y[i]);
    if (v.size() > 10) {
        std::sort(v.begin(), v.end());
        const double lo = v[std::size_t(0.01 * double(v.size()))], hi = v[std::size_t(0.995 * double(v.size() - 1))];
        const double pad = 0.15 * (hi - lo + 1e-9);
        yAxis->setRange(lo - pad, hi + pad);
    }
    rebin();
    replot(rpQueuedReplot);
}

void FoldPlot::showFullPhase()
{
    const double h = m_periodHours > 0 ? m_periodHours / 2 : 24;
    xAxis->setRange(-h, h);
    rescaleAxes(true);
    xAxis->setRange(-h, h);
    rebin();
    replot(rpQueuedReplot);
}

void FoldPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    // Double-click toggles between the transit and the whole orbit.
    if (xAxis->range().size() < m_periodHours * 0.9) showFullPhase();
    else zoomToTransit(m_durationHours);
}

void FoldPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPlotPalette(this);
        applyColors();
        replot(rpQueuedReplot);
    }
}

}  // namespace exo::ui
