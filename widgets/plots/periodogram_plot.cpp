#include "plots/periodogram_plot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "plots/plot_style.h"

namespace exo::ui {

PeriodogramPlot::PeriodogramPlot(QWidget* parent) : QCustomPlot(parent)
{
    setNotAntialiasedElements(QCP::aeAll);
    m_graph = addGraph();
    m_graph->setAdaptiveSampling(true);
    xAxis->setLabel(tr("Period (days)"));
    yAxis->setLabel(tr("Signal detection efficiency (SDE)"));
    setLogPeriod(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    m_selected = new QCPItemStraightLine(this);
    m_selected->setVisible(false);
    applyPlotPalette(this);
    const auto c = plotColors(palette());
    m_graph->setPen(QPen(c.good, 1));
    m_selected->setPen(QPen(c.marker, 2));
    setMinimumHeight(140);
}

void PeriodogramPlot::setLogPeriod(bool on)
{
    if (on) {
        xAxis->setScaleType(QCPAxis::stLogarithmic);
        xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    } else {
        xAxis->setScaleType(QCPAxis::stLinear);
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    replot(rpQueuedReplot);
}

void PeriodogramPlot::clear()
{
    setPeriodogram({}, {});
}

void PeriodogramPlot::setPeriodogram(std::vector<double> periods, std::vector<double> power)
{
    const std::size_t n = std::min(periods.size(), power.size());
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](auto a, auto b) { return periods[a] < periods[b]; });
    m_period.resize(n);
    m_power.resize(n);
    QVector<QCPGraphData> data;
    data.reserve(int(n));
    for (std::size_t k = 0; k < n; ++k) {
        m_period[k] = periods[idx[k]];
        m_power[k] = std::isfinite(power[idx[k]]) ? power[idx[k]] : 0.0;
        data.append(QCPGraphData(m_period[k], m_power[k]));
    }
    m_graph->data()->set(data, true);
    findPeaks();
    if (n > 0) {
        xAxis->setRange(m_period.front(), m_period.back());
        const auto [lo, hi] = std::minmax_element(m_power.begin(), m_power.end());
        const double pad = 0.12 * (*hi - *lo + 1e-12);
        yAxis->setRange(*lo - 0.02 * (*hi - *lo), *hi + pad);
    }
    rebuildAnnotations();
    replot(rpQueuedReplot);
}

void PeriodogramPlot::findPeaks()
{
    // Local maxima, strongest first, at least 2 % apart in period (so one peak's
    // shoulders are not annotated twice), at most 3.
    m_peaks.clear();
    const std::size_t n = m_period.size();
    if (n < 3) return;
    std::vector<std::size_t> cand;
    for (std::size_t i = 1; i + 1 < n; ++i)
        if (m_power[i] >= m_power[i - 1] && m_power[i] > m_power[i + 1]) cand.push_back(i);
    std::sort(cand.begin(), cand.end(), [&](auto a, auto b) { return m_power[a] > m_power[b]; });
    for (std::size_t i : cand) {
        bool near = false;
        for (double p : m_peaks) near = near || std::abs(m_period[i] - p) / p < 0.02;
        if (!near) m_peaks.push_back(m_period[i]);
        if (m_peaks.size() == 3) break;
    }
}

void PeriodogramPlot::rebuildAnnotations()
{
    for (auto* it : m_items) removeItem(it);
    m_items.clear();
    if (m_peaks.empty()) return;
    const auto c = plotColors(palette());
    auto powerAt = [&](double p) {
        auto it = std::lower_bound(m_period.begin(), m_period.end(), p);
        const std::size_t i = std::min<std::size_t>(std::size_t(it - m_period.begin()), m_period.size() - 1);
        return m_power[i];
    };
    for (std::size_t k = 0; k < m_peaks.size(); ++k) {
        auto* label = new QCPItemText(this);
        label->position->setCoords(m_peaks[k], powerAt(m_peaks[k]));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(2, 0, 2, 2));
        label->setColor(k == 0 ? c.marker : c.text);
        label->setText(QStringLiteral("%1 d").arg(m_peaks[k], 0, 'f', m_peaks[k] < 10 ? 4 : 3));
        QFont f = font();
        f.setBold(k == 0);
        label->setFont(f);
        m_items << label;
    }
    // Aliases of the top peak.
    const double top = m_peaks.front();
    const struct { double factor; const char* name; } aliases[] = {{0.5, "P/2"}, {2.0, "2P"}};
    for (const auto& a : aliases) {
        const double p = top * a.factor;
        if (m_period.empty() || p < m_period.front() || p > m_period.back()) continue;
        auto* line = new QCPItemStraightLine(this);
        line->point1->setCoords(p, 0);
        line->point2->setCoords(p, 1);
        QPen pen(c.text, 1, Qt::DashLine);
        line->setPen(pen);
        auto* t = new QCPItemText(this);
        t->position->setType(QCPItemPosition::ptPlotCoords);
        t->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        t->position->setCoords(p, 0.02);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        t->setColor(c.text);
        t->setText(tr(a.name));
        m_items << line << t;
    }
}

void PeriodogramPlot::setSelectedPeriod(double periodDays)
{
    m_selectedPeriod = periodDays;
    m_selected->setVisible(periodDays > 0);
    if (periodDays > 0) {
        m_selected->point1->setCoords(periodDays, 0);
        m_selected->point2->setCoords(periodDays, 1);
    }
    replot(rpQueuedReplot);
}

double PeriodogramPlot::snapToPeak(double periodDays) const
{
    if (m_period.empty()) return periodDays;
    // Search +-6 screen pixels around the click for the highest power.
    const double px = xAxis->coordToPixel(periodDays);
    const double lo = xAxis->pixelToCoord(px - 6), hi = xAxis->pixelToCoord(px + 6);
    auto b = std::lower_bound(m_period.begin(), m_period.end(), std::min(lo, hi));
    auto e = std::upper_bound(m_period.begin(), m_period.end(), std::max(lo, hi));
    if (b == e) {
        auto it = std::lower_bound(m_period.begin(), m_period.end(), periodDays);
        if (it == m_period.end()) --it;
        return *it;
    }
    std::size_t best = std::size_t(b - m_period.begin());
    for (auto it = b; it != e; ++it) {
        const std::size_t i = std::size_t(it - m_period.begin());
        if (m_power[i] > m_power[best]) best = i;
    }
    return m_period[best];
}

void PeriodogramPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void PeriodogramPlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_period.empty()) return;
    if ((event->pos() - m_pressPos).manhattanLength() > 4) return;  // a drag, not a click
    if (!axisRect()->rect().contains(event->pos())) return;
    const double p = snapToPeak(xAxis->pixelToCoord(event->pos().x()));
    setSelectedPeriod(p);
    emit peakClicked(p);
}

void PeriodogramPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPlotPalette(this);
        m_graph->setPen(QPen(plotColors(palette()).good, 1));
        rebuildAnnotations();
        replot(rpQueuedReplot);
    }
}

}  // namespace exo::ui
