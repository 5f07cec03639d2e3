#include "plots/fold_plot.h"

#include "search/model.h"

#include <algorithm>
#include <cmath>

#include "plots/plot_style.h"

namespace exo::ui {

FoldPlot::FoldPlot(QWidget* parent) : QCustomPlot(parent)
{
    m_even.graph = addGraph();
    m_odd.graph = addGraph();
    m_binned.graph = addGraph();
    m_model.graph = addGraph();
    for (LodSeries* s : {&m_even, &m_odd, &m_binned, &m_model})
        s->graph->setAdaptiveSampling(false);
    m_even.graph->setName(tr("Even transits"));
    m_odd.graph->setName(tr("Odd transits"));
    m_binned.graph->setName(tr("Binned"));
    m_model.graph->setName(tr("Model"));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    xAxis->setLabel(tr("Hours from mid-transit"));
    yAxis->setLabel(tr("Normalised flux"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMinimumSize(160, 100);
    setToolTip(tr("Every transit stacked on one another. Odd and even transits have their own colour: "
                  "different depths suggest an eclipsing binary. Double-click to switch between "
                  "the transit and the whole orbit."));
    applyStyles();
    connect(this, &QCustomPlot::beforeReplot, this, &FoldPlot::rebuildIfNeeded);
    connect(this, &QCustomPlot::beforeReplot, this, &FoldPlot::fitTitle);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { replot(rpQueuedReplot); });
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { replot(rpQueuedReplot); });
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        if (axisRect()->width() != m_builtWidth || axisRect()->height() != m_builtHeight)
            replot(rpQueuedReplot);
    });
}

void FoldPlot::setTitle(const QString& title)
{
    if (!m_title && title.isEmpty())
        return;
    if (!m_title) {
        plotLayout()->insertRow(0);
        m_title = new QCPTextElement(this, title);
        QFont f = font();
        f.setBold(true);
        m_title->setFont(f);
        m_title->setMargins(QMargins(4, 2, 4, 0));
        plotLayout()->addElement(0, 0, m_title);
        plotLayout()->setRowStretchFactor(0, 0.001);
    }
    m_titleText = title;
    m_title->setTextColor(palette().color(QPalette::WindowText));
    fitTitle();
    replot(rpQueuedReplot);
}

void FoldPlot::fitTitle()
{
    if (!m_title)
        return;
    // On a narrow plot the parts of the title (separated by " · ") go on separate lines.
    const QFontMetrics fm(m_title->font());
    const int room = std::max(60, width() - 12);
    QStringList parts = m_titleText.split(QStringLiteral(" · "));
    QStringList lines;
    QString line;
    for (const QString& part : parts) {
        const QString next = line.isEmpty() ? part : line + QStringLiteral(" · ") + part;
        if (!line.isEmpty() && fm.horizontalAdvance(next) > room) {
            lines << line;
            line = part;
        } else {
            line = next;
        }
    }
    lines << line;
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_title->text() != text)
        m_title->setText(text);
}

QString FoldPlot::title() const { return m_titleText; }

void FoldPlot::applyStyles()
{
    applyPlotPalette(this);
    const PlotColors c = plotColors(palette());
    auto dots = [](QCPGraph* g, QColor col) {
        col.setAlpha(150);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, col, col, 2.5));
    };
    dots(m_even.graph, c.even);
    dots(m_odd.graph, c.odd);
    m_binned.graph->setLineStyle(QCPGraph::lsNone);
    m_binned.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c.binned, 1.5), c.binned, 5));
    m_model.graph->setLineStyle(QCPGraph::lsLine);
    m_model.graph->setPen(QPen(c.trend, 2));
}

void FoldPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyStyles();
        replot(rpQueuedReplot);
    }
}

void FoldPlot::setFolded(const std::vector<double>& phaseHours, const std::vector<double>& flux,
                         const std::vector<std::uint8_t>& isOdd)
{
    const std::size_t n = std::min(phaseHours.size(), flux.size());
    m_phase.assign(phaseHours.begin(), phaseHours.begin() + std::ptrdiff_t(n));
    m_flux.assign(flux.begin(), flux.begin() + std::ptrdiff_t(n));
    std::vector<std::uint8_t> odd = isOdd;
    if (odd.size() != n)
        odd.assign(n, 0);
    m_odd.assignIf(m_phase, m_flux, odd, true);
    m_even.assignIf(m_phase, m_flux, odd, false);
    rebinAndView();
}

void FoldPlot::setModel(const std::vector<double>& phaseHours, const std::vector<double>& flux)
{
    m_model.assign(phaseHours, flux);
    m_dirty = true;
    replot(rpQueuedReplot);
}

void FoldPlot::clearModel() { setModel({}, {}); }

void FoldPlot::setTransitDuration(double hours)
{
    m_duration = std::isfinite(hours) && hours > 0 ? hours : 0.0;
    rebinAndView();
}

void FoldPlot::setBinWidth(double hours)
{
    m_binWidth = std::isfinite(hours) && hours > 0 ? hours : 0.0;
    rebinAndView();
}

void FoldPlot::setShowOddEven(bool show)
{
    const PlotColors c = plotColors(palette());
    QColor odd = show ? c.odd : c.even;
    odd.setAlpha(150);
    m_odd.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, odd, odd, 2.5));
    m_odd.graph->removeFromLegend();
    if (show)
        m_odd.graph->addToLegend();
    m_even.graph->setName(show ? tr("Even transits") : tr("Data"));
    replot(rpQueuedReplot);
}

void FoldPlot::rebinAndView()
{
    // Median of all points (odd and even) per bin: robust to the odd outlier.
    m_binned.x.clear();
    m_binned.y.clear();
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (std::size_t i = 0; i < m_phase.size(); ++i)
        if (std::isfinite(m_phase[i]) && std::isfinite(m_flux[i])) {
            lo = std::min(lo, m_phase[i]);
            hi = std::max(hi, m_phase[i]);
        }
    if (hi > lo) {
        double w = m_binWidth;
        if (w <= 0)
            w = m_duration > 0 ? m_duration / 8.0 : (hi - lo) / 150.0;
        const int nb = int(std::max(1.0, std::min(100000.0, std::ceil((hi - lo) / w))));
        // Bins of width w from lo; the last bin is closed so the latest point is kept.
        const auto bins = exo::search::binFolded(m_phase, m_flux, nb, lo, std::nextafter(lo + nb * w, HUGE_VAL));
        for (std::size_t b = 0; b < bins.phase.size(); ++b) {
            if (bins.count[b] < 3)
                continue;
            m_binned.x.push_back(bins.phase[b]);
            m_binned.y.push_back(bins.median[b]);
        }
    }
    m_dirty = true;
    applyView();
}

void FoldPlot::setViewMode(ViewMode mode)
{
    m_mode = mode;
    applyView();
}

void FoldPlot::applyView()
{
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (const LodSeries* s : {&m_odd, &m_even})
        if (!s->x.empty()) {
            lo = std::min(lo, s->x.front());
            hi = std::max(hi, s->x.back());
        }
    if (!(hi > lo)) {
        lo = -12;
        hi = 12;
    }
    double x0 = lo, x1 = hi;
    if (m_mode == ViewMode::Transit && m_duration > 0) {
        x0 = std::max(lo, -3.0 * m_duration);
        x1 = std::min(hi, 3.0 * m_duration);
        if (!(x1 > x0)) {
            x0 = -3.0 * m_duration;
            x1 = 3.0 * m_duration;
        }
    }
    xAxis->setRange(x0, x1);
    // Flux range from the binned curve and the points in view (1st-99th percentile of the latter).
    std::vector<double> ys;
    for (const LodSeries* s : {&m_odd, &m_even}) {
        auto a = std::lower_bound(s->x.begin(), s->x.end(), x0) - s->x.begin();
        auto b = std::upper_bound(s->x.begin(), s->x.end(), x1) - s->x.begin();
        for (auto i = a; i < b; ++i)
            if (std::isfinite(s->y[std::size_t(i)]))
                ys.push_back(s->y[std::size_t(i)]);
    }
    if (!ys.empty()) {
        const auto k0 = ys.size() / 200, k1 = ys.size() - 1 - ys.size() / 200;
        std::nth_element(ys.begin(), ys.begin() + std::ptrdiff_t(k0), ys.end());
        double y0 = ys[k0];
        std::nth_element(ys.begin(), ys.begin() + std::ptrdiff_t(k1), ys.end());
        double y1 = ys[k1];
        for (double v : m_binned.y) {
            y0 = std::min(y0, v);
            y1 = std::max(y1, v);
        }
        const double pad = std::max((y1 - y0) * 0.08, 1e-9);
        yAxis->setRange(y0 - pad, y1 + pad);
    }
    m_dirty = true;
    replot(rpQueuedReplot);
}

void FoldPlot::rebuildIfNeeded()
{
    if (!m_dirty && xAxis->range() == m_builtX && yAxis->range() == m_builtY && axisRect()->width() == m_builtWidth
        && axisRect()->height() == m_builtHeight)
        return;
    const int width = axisRect()->width() > 0 ? axisRect()->width() : std::max(100, this->width());
    const int height = axisRect()->height() > 0 ? axisRect()->height() : std::max(100, this->height());
    // Point clouds: one point per occupied screen pixel keeps the look of the full scatter.
    for (LodSeries* s : {&m_even, &m_odd})
        s->rebuildScatter(xAxis->range(), yAxis->range(), width, height);
    for (LodSeries* s : {&m_binned, &m_model})
        s->rebuild(xAxis->range(), width);
    m_builtX = xAxis->range();
    m_builtY = yAxis->range();
    m_builtHeight = axisRect()->height();
    m_builtWidth = axisRect()->width();
    m_dirty = false;
}

void FoldPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    if (event->button() == Qt::LeftButton)
        setViewMode(m_mode == ViewMode::Transit ? ViewMode::FullPhase : ViewMode::Transit);
}

}  // namespace exo::ui
