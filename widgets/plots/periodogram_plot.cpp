#include "plots/periodogram_plot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "plots/log_ticker.h"
#include "plots/plot_style.h"

namespace exo::ui {
namespace {
constexpr int kSnapRadius = 8;  // px
constexpr int kDragThreshold = 4;
}  // namespace

PeriodogramPlot::PeriodogramPlot(QWidget* parent) : QCustomPlot(parent)
{
    m_series.graph = addGraph();
    m_series.graph->setAdaptiveSampling(false);
    m_series.graph->setName(tr("Power"));
    m_peakGraph = addGraph();
    m_peakGraph->setLineStyle(QCPGraph::lsNone);
    m_peakGraph->setName(tr("Peaks"));
    xAxis->setLabel(tr("Period (days)"));
    yAxis->setLabel(tr("Power"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeDrag(Qt::Horizontal);
    setMinimumSize(160, 100);
    setToolTip(tr("Click a peak to try that period. Wheel: zoom; drag: pan; double-click: show all. "
                  "Dashed lines mark half and double the best period: a true planet's signal "
                  "often echoes there."));
    setLogPeriodAxis(true);
    applyStyles();
    connect(this, &QCustomPlot::beforeReplot, this, &PeriodogramPlot::rebuildIfNeeded);
    connect(this, &QCustomPlot::mouseWheel, this, [this] { m_userZoomed = true; });
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { replot(rpQueuedReplot); });
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        if (axisRect()->width() != m_builtWidth)
            replot(rpQueuedReplot);
    });
}

void PeriodogramPlot::applyStyles()
{
    applyPlotPalette(this);
    const PlotColors c = plotColors(palette());
    m_series.graph->setPen(QPen(c.good, 1));
    m_series.graph->setLineStyle(QCPGraph::lsLine);
    m_peakGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, QPen(c.trend, 1.5), c.trend, 8));
    rebuildAnnotations();
}

void PeriodogramPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyStyles();
        replot(rpQueuedReplot);
    }
}

void PeriodogramPlot::setPeriodogram(const std::vector<double>& periods, const std::vector<double>& power, bool reset)
{
    const bool first = m_series.x.empty();
    m_series.assign(periods, power);
    if (m_log) {  // a log axis cannot show P <= 0
        const auto firstPositive = std::upper_bound(m_series.x.begin(), m_series.x.end(), 0.0) - m_series.x.begin();
        m_series.x.erase(m_series.x.begin(), m_series.x.begin() + firstPositive);
        m_series.y.erase(m_series.y.begin(), m_series.y.begin() + firstPositive);
    }
    m_dirty = true;
    rebuildAnnotations();
    if (first || reset || !m_userZoomed)
        resetView();
    else
        replot(rpQueuedReplot);
}

void PeriodogramPlot::clear() { setPeriodogram({}, {}, true); }

void PeriodogramPlot::setLogPeriodAxis(bool log)
{
    m_log = log;
    xAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        xAxis->setTicker(QSharedPointer<PeriodLogTicker>::create());
        xAxis->setNumberFormat(QStringLiteral("g"));
    } else {
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        xAxis->setNumberFormat(QStringLiteral("g"));
    }
    m_dirty = true;
    replot(rpQueuedReplot);
}

void PeriodogramPlot::setPeakCount(int n)
{
    m_peakCount = std::max(0, n);
    rebuildAnnotations();
    replot(rpQueuedReplot);
}

void PeriodogramPlot::setMarkedPeriod(double period)
{
    m_marked = period;
    rebuildAnnotations();
    replot(rpQueuedReplot);
}

void PeriodogramPlot::setPowerLabel(const QString& label)
{
    yAxis->setLabel(label);
    replot(rpQueuedReplot);
}

void PeriodogramPlot::resetView()
{
    m_userZoomed = false;
    if (m_series.x.empty()) {
        xAxis->setRange(m_log ? 0.5 : 0.0, 50.0);
        yAxis->setRange(0, 1);
    } else {
        double lo = m_series.x.front(), hi = m_series.x.back();
        if (hi <= lo)
            hi = lo * 1.01 + 1e-6;
        xAxis->setRange(lo, hi);
        double ymin = 0, ymax = 0;
        for (double v : m_series.y)
            if (std::isfinite(v)) {
                ymin = std::min(ymin, v);
                ymax = std::max(ymax, v);
            }
        if (ymax <= ymin)
            ymax = ymin + 1;
        yAxis->setRange(ymin, ymax + (ymax - ymin) * 0.25);  // headroom for the labels (peak, P/2, 2P)
    }
    m_userZoomed = false;
    m_dirty = true;
    replot(rpQueuedReplot);
}

std::vector<std::size_t> PeriodogramPlot::findPeaks(const std::vector<double>& periods,
                                                    const std::vector<double>& power, int n, double minSeparation)
{
    const std::size_t m = std::min(periods.size(), power.size());
    std::vector<std::size_t> maxima;
    auto at = [&](std::size_t i) { return std::isfinite(power[i]) ? power[i] : -HUGE_VAL; };
    for (std::size_t i = 0; i < m; ++i) {
        if (!std::isfinite(power[i]))
            continue;
        const bool leftOk = i == 0 || at(i - 1) <= power[i];
        const bool rightOk = i + 1 == m || at(i + 1) < power[i];
        if (leftOk && rightOk)
            maxima.push_back(i);
    }
    std::stable_sort(maxima.begin(), maxima.end(), [&](auto a, auto b) { return power[a] > power[b]; });
    std::vector<std::size_t> chosen;
    for (std::size_t i : maxima) {
        if (int(chosen.size()) >= n)
            break;
        const bool distinct = std::none_of(chosen.begin(), chosen.end(), [&](std::size_t j) {
            return std::abs(periods[i] - periods[j]) < minSeparation * periods[j];
        });
        if (distinct)
            chosen.push_back(i);
    }
    return chosen;
}

std::size_t PeriodogramPlot::climbToPeak(const std::vector<double>& power, std::size_t i)
{
    if (power.empty())
        return 0;
    i = std::min(i, power.size() - 1);
    for (;;) {
        const double here = std::isfinite(power[i]) ? power[i] : -HUGE_VAL;
        const double left = i > 0 && std::isfinite(power[i - 1]) ? power[i - 1] : -HUGE_VAL;
        const double right = i + 1 < power.size() && std::isfinite(power[i + 1]) ? power[i + 1] : -HUGE_VAL;
        if (right > here && right >= left)
            ++i;
        else if (left > here)
            --i;
        else
            return i;
    }
}

void PeriodogramPlot::rebuildAnnotations()
{
    for (QCPAbstractItem* item : m_items)
        removeItem(item);
    m_items.clear();
    m_peakLabels.clear();
    m_aliasLabels.clear();
    m_markLine = nullptr;
    m_peaks.clear();
    const PlotColors c = plotColors(palette());
    const auto idx = findPeaks(m_series.x, m_series.y, m_peakCount);
    QVector<QCPGraphData> peakData;
    for (std::size_t i : idx) {
        const double p = m_series.x[i], pw = m_series.y[i];
        m_peaks.push_back(p);
        peakData.append(QCPGraphData(p, pw));
        auto* label = new QCPItemText(this);
        label->position->setCoords(p, pw);
        // Near an edge of the plot, anchor the label on the inner side so it is not clipped.
        const double px = xAxis->coordToPixel(p);
        const QRect ar = axisRect()->rect();
        Qt::Alignment h = Qt::AlignHCenter;
        if (px - ar.left() < 45)
            h = Qt::AlignLeft;
        else if (ar.right() - px < 45)
            h = Qt::AlignRight;
        label->setPositionAlignment(Qt::AlignBottom | h);
        label->setPadding(QMargins(2, 0, 2, 10));
        label->setText(tr("%1 d").arg(locale().toString(p, 'f', p < 10 ? 4 : 3)));
        label->setColor(c.text);
        label->setClipToAxisRect(true);
        m_items.push_back(label);
        m_peakLabels.push_back(label);
    }
    std::sort(peakData.begin(), peakData.end(), [](auto& a, auto& b) { return a.key < b.key; });
    m_peakGraph->data()->set(peakData, true);
    // The alias guides follow the period being looked at (the clicked peak or the selected
    // candidate), else the highest peak.
    if (!m_peaks.empty() || std::isfinite(m_marked)) {
        const double top = std::isfinite(m_marked) ? m_marked : m_peaks.front();
        const std::pair<double, QString> aliases[] = {{top / 2, tr("P/2")}, {top * 2, tr("2P")}};
        for (const auto& [p, name] : aliases) {
            auto* line = new QCPItemStraightLine(this);
            line->point1->setCoords(p, 0);
            line->point2->setCoords(p, 1);
            line->setPen(QPen(c.flagged, 1, Qt::DashLine));
            m_items.push_back(line);
            auto* text = new QCPItemText(this);
            text->position->setTypeX(QCPItemPosition::ptPlotCoords);
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            text->position->setCoords(p, 0.0);
            text->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
            text->setPadding(QMargins(3, 2, 2, 2));
            text->setText(name);
            text->setColor(c.flagged);
            text->setClipToAxisRect(true);
            m_items.push_back(text);
            m_aliasLabels.push_back(text);
        }
    }
    if (std::isfinite(m_marked)) {
        m_markLine = new QCPItemStraightLine(this);
        m_markLine->point1->setCoords(m_marked, 0);
        m_markLine->point2->setCoords(m_marked, 1);
        m_markLine->setPen(QPen(c.marker, 1.5));
        m_items.push_back(m_markLine);
    }
}

std::vector<double> PeriodogramPlot::aliasPeriods() const
{
    std::vector<double> out;
    for (const QCPItemText* t : m_aliasLabels)
        out.push_back(t->position->key());
    return out;
}

QStringList PeriodogramPlot::visiblePeakLabels() const
{
    QStringList out;
    for (const QCPItemText* t : m_peakLabels)
        if (t->visible())
            out << t->text();
    return out;
}

void PeriodogramPlot::layoutLabels()
{
    // Labels never overlap and never leave the plot: the highest peak's label is placed first
    // (then the other peaks', then the alias guides' names);
    // a later one that would overlap goes beside its peak (ending or starting there), then is
    // lifted by a line, and is hidden only if none of that is enough.
    const QRect ar = axisRect()->rect();
    if (ar.width() <= 0)
        return;
    std::vector<QRect> placed;
    auto boxFor = [](QCPItemText* t, double px, double py, Qt::Alignment align) {
        const QFontMetrics fm(t->font());
        const QMargins pad = t->padding();
        const int w = fm.horizontalAdvance(t->text()) + pad.left() + pad.right();
        const int h = fm.height() + pad.top() + pad.bottom();
        int x = int(px) - w / 2;
        if (align & Qt::AlignLeft)
            x = int(px);
        else if (align & Qt::AlignRight)
            x = int(px) - w;
        const int y = (align & Qt::AlignTop) ? int(py) : int(py) - h;
        return QRect(x, y, w, h);
    };
    for (QCPItemText* t : m_peakLabels) {
        const double px = xAxis->coordToPixel(t->position->key());
        const double py = yAxis->coordToPixel(t->position->value());
        Qt::Alignment h = Qt::AlignHCenter;
        if (px - ar.left() < 45)
            h = Qt::AlignLeft;
        else if (ar.right() - px < 45)
            h = Qt::AlignRight;
        const Qt::Alignment sides[] = {h, Qt::AlignRight, Qt::AlignLeft};
        const int lineH = QFontMetrics(t->font()).height();
        bool shown = false;
        for (int lift = 0; lift < 3 && !shown; ++lift) {
            for (const Qt::Alignment side : sides) {
                const Qt::Alignment align = Qt::AlignBottom | side;
                t->setPositionAlignment(align);
                t->setPadding(QMargins(2, 0, 2, 10 + lift * lineH));
                const QRect box = boxFor(t, px, py, align);
                const bool inside =
                    box.top() >= ar.top() && box.left() >= ar.left() - 2 && box.right() <= ar.right() + 2;
                // Only the text and the gap above the marker are taken: a lifted label's
                // padding down to its peak is empty, and another label may sit there.
                const QRect text(box.left(), box.top(), box.width(), lineH + 2);
                const QRect marker(int(px) - 6, int(py) - 10, 12, 10);
                const bool clash =
                    std::any_of(placed.begin(), placed.end(), [&](const QRect& r) { return r.intersects(text); });
                if (inside && !clash) {
                    placed.push_back(text);
                    placed.push_back(marker);
                    shown = true;
                    break;
                }
            }
        }
        t->setVisible(shown && px >= ar.left() && px <= ar.right());
    }
    // The P/2 and 2P names go at the top of their guide, or a line lower when a peak's label
    // is there (the peaks' labels matter more: they are placed first).
    for (QCPItemText* t : m_aliasLabels) {
        const double px = xAxis->coordToPixel(t->position->key());
        const QFontMetrics fm(t->font());
        const bool right = px + fm.horizontalAdvance(t->text()) + 6 > ar.right();
        const Qt::Alignment sides[] = {right ? Qt::AlignRight : Qt::AlignLeft, right ? Qt::AlignLeft : Qt::AlignRight};
        bool shown = false;
        for (int row = 0; row < 3 && !shown && px >= ar.left() && px <= ar.right(); ++row)
            for (const Qt::Alignment side : sides) {
                const int y = ar.top() + row * fm.height();
                const QRect box = boxFor(t, px, y, Qt::AlignTop | side);
                if (box.left() < ar.left() - 2 || box.right() > ar.right() + 2
                    || std::any_of(placed.begin(), placed.end(), [&](const QRect& r) { return r.intersects(box); }))
                    continue;
                t->setPositionAlignment(Qt::AlignTop | side);
                t->position->setCoords(t->position->key(), double(y - ar.top()) / std::max(1, ar.height()));
                placed.push_back(box);
                shown = true;
                break;
            }
        t->setVisible(shown);
    }
}

void PeriodogramPlot::rebuildIfNeeded()
{
    if (auto ticker = xAxis->ticker())
        ticker->setTickCount(std::max(2, axisRect()->width() / 55));
    layoutLabels();
    if (!m_dirty && xAxis->range() == m_builtX && axisRect()->width() == m_builtWidth)
        return;
    const int width = axisRect()->width() > 0 ? axisRect()->width() : std::max(100, this->width());
    m_series.rebuild(xAxis->range(), width, m_log ? lod::Scale::Log10 : lod::Scale::Linear);
    m_builtX = xAxis->range();
    m_builtWidth = axisRect()->width();
    m_dirty = false;
}

void PeriodogramPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void PeriodogramPlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if ((event->pos() - m_pressPos).manhattanLength() >= kDragThreshold) {
        m_userZoomed = true;
        return;
    }
    if (event->button() != Qt::LeftButton || m_series.x.empty() || !axisRect()->rect().contains(event->pos()))
        return;
    const double xa = xAxis->pixelToCoord(event->position().x() - kSnapRadius);
    const double xb = xAxis->pixelToCoord(event->position().x() + kSnapRadius);
    const auto& xs = m_series.x;
    auto lo = std::size_t(std::lower_bound(xs.begin(), xs.end(), std::min(xa, xb)) - xs.begin());
    auto hi = std::size_t(std::upper_bound(xs.begin(), xs.end(), std::max(xa, xb)) - xs.begin());
    std::size_t best;
    if (lo >= hi) {  // no sample under the cursor: nearest one
        best = std::min(lo, xs.size() - 1);
    } else {
        best = lo;
        for (std::size_t i = lo; i < hi; ++i)
            if (std::isfinite(m_series.y[i]) && (!std::isfinite(m_series.y[best]) || m_series.y[i] > m_series.y[best]))
                best = i;
    }
    best = climbToPeak(m_series.y, best);
    emit peakClicked(xs[best]);
}

void PeriodogramPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    if (event->button() == Qt::LeftButton)
        resetView();
}

}  // namespace exo::ui
