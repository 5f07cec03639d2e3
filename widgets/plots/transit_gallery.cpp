#include "plots/transit_gallery.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "panels/panel_style.h"

namespace exo::ui {

TransitGallery::TransitGallery(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(minimumSizeHint());
    setAutoFillBackground(true);
}

void TransitGallery::clear()
{
    m_time.clear();
    m_flux.clear();
    m_events.clear();
    m_shown.clear();
    update();
}

void TransitGallery::setData(std::vector<double> time, std::vector<double> flux, double periodDays, double durationDays,
                             std::vector<GalleryEvent> events, double modelDepthPpm)
{
    m_time = std::move(time);
    m_flux = std::move(flux);
    m_period = periodDays;
    m_duration = durationDays;
    m_model = modelDepthPpm;
    m_events = std::move(events);
    // Too many events: keep the strongest (highest SNR), shown in time order.
    std::vector<int> idx(m_events.size());
    std::iota(idx.begin(), idx.end(), 0);
    if (int(idx.size()) > maxCells()) {
        std::partial_sort(idx.begin(), idx.begin() + maxCells(), idx.end(),
                          [&](int a, int b) { return m_events[std::size_t(a)].snr > m_events[std::size_t(b)].snr; });
        idx.resize(std::size_t(maxCells()));
        std::sort(idx.begin(), idx.end());
    }
    m_shown = idx;
    // One flux scale for all cells: the model depth plus the scatter of the points shown.
    std::vector<double> v;
    const double half = 1.5 * m_duration;
    for (int i : m_shown) {
        const double c = m_events[std::size_t(i)].center;
        auto lo = std::lower_bound(m_time.begin(), m_time.end(), c - half);
        for (auto it = lo; it != m_time.end() && *it <= c + half; ++it) {
            const double f = m_flux[std::size_t(it - m_time.begin())];
            if (std::isfinite(f))
                v.push_back(f);
        }
    }
    if (v.size() > 4) {
        std::sort(v.begin(), v.end());
        const double p1 = v[v.size() / 100], p99 = v[v.size() - 1 - v.size() / 100];
        const double d = m_model * 1e-6;
        m_yLo = std::min(p1, 1.0 - 1.3 * d);
        m_yHi = std::max(p99, 1.0 + 0.3 * d);
    } else {
        m_yLo = 1.0 - std::max(1e-3, 1.5 * m_model * 1e-6);
        m_yHi = 1.0 + 5e-4;
    }
    if (!(m_yHi > m_yLo))
        m_yHi = m_yLo + 1e-3;
    update();
}

void TransitGallery::layoutGrid(int& cols, int& rows) const
{
    const int n = std::max(1, int(m_shown.size()));
    const double aspect = double(std::max(1, width())) / std::max(1, height());
    cols = std::max(1, int(std::ceil(std::sqrt(n * aspect / 1.3))));
    cols = std::min(cols, n);
    rows = (n + cols - 1) / cols;
}

QRectF TransitGallery::cellRect(int index) const
{
    int cols = 1, rows = 1;
    layoutGrid(cols, rows);
    const double w = double(width()) / cols, h = double(height()) / rows;
    return QRectF((index % cols) * w, (index / cols) * h, w, h).adjusted(2, 2, -2, -2);
}

QFont TransitGallery::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.8));
    return small;
}

QStringList TransitGallery::cellLabel(int index) const
{
    if (index < 0 || index >= int(m_shown.size()))
        return {};
    const GalleryEvent& e = m_events[std::size_t(m_shown[std::size_t(index)])];
    const QString depth = QString::number(e.depthPpm, 'f', 0), snr = QString::number(e.snr, 'f', 1);
    const QString one = tr("#%1  %2 ppm  SNR %3").arg(e.epoch).arg(depth, snr);
    const QFontMetrics fm(labelFont());
    if (fm.horizontalAdvance(one) <= cellRect(index).width() - 6)
        return {one};
    return {tr("#%1  %2 ppm").arg(e.epoch).arg(depth), tr("SNR %1").arg(snr)};
}

void TransitGallery::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_shown.empty() || !(m_duration > 0)) {
        paintEmptyHint(p, rect(), this, tr("Select a candidate to see each of its transits."));
        return;
    }
    const QColor fg = palette().color(QPalette::WindowText);
    QColor frame = fg;
    frame.setAlphaF(0.25);
    QColor dots = palette().color(QPalette::Highlight);
    p.setFont(labelFont());
    const int lineHeight = QFontMetrics(labelFont()).height();
    const double half = 1.5 * m_duration;
    for (int k = 0; k < int(m_shown.size()); ++k) {
        const GalleryEvent& e = m_events[std::size_t(m_shown[std::size_t(k)])];
        const QRectF cell = cellRect(k);
        const QStringList label = cellLabel(k);
        const QRectF plot = cell.adjusted(3, 2 + int(label.size()) * lineHeight, -3, -3);
        p.setPen(frame);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        auto X = [&](double dt) { return plot.left() + (dt + half) / (2 * half) * plot.width(); };
        auto Y = [&](double f) { return plot.bottom() - (f - m_yLo) / (m_yHi - m_yLo) * plot.height(); };
        // Points.
        p.setPen(Qt::NoPen);
        p.setBrush(dots);
        const double r = plot.width() > 120 ? 1.6 : 1.2;
        auto lo = std::lower_bound(m_time.begin(), m_time.end(), e.center - half);
        for (auto it = lo; it != m_time.end() && *it <= e.center + half; ++it) {
            const double f = m_flux[std::size_t(it - m_time.begin())];
            if (!std::isfinite(f))
                continue;
            const double y = std::clamp(Y(f), plot.top(), plot.bottom());
            p.drawEllipse(QPointF(X(*it - e.center), y), r, r);
        }
        // Box model of the fold.
        if (m_model > 0) {
            QPen pen(errorAccent(), 1.2);
            p.setPen(pen);
            const double d = 1.0 - m_model * 1e-6, tx = 0.5 * m_duration;
            QPainterPath path;
            path.moveTo(X(-half), Y(1.0));
            path.lineTo(X(-tx), Y(1.0));
            path.lineTo(X(-tx), Y(d));
            path.lineTo(X(tx), Y(d));
            path.lineTo(X(tx), Y(1.0));
            path.lineTo(X(half), Y(1.0));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        // Label: epoch, depth, SNR (a negative depth is not a dip).
        p.setPen(e.depthPpm > 0 ? fg : errorAccent());
        p.drawText(cell.adjusted(3, 1, -3, 0), Qt::AlignLeft | Qt::AlignTop, label.join(QLatin1Char('\n')));
    }
    if (int(m_events.size()) > int(m_shown.size())) {
        p.setPen(fg);
        p.drawText(rect().adjusted(0, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom,
                   tr("%1 strongest of %2 transits").arg(m_shown.size()).arg(m_events.size()));
    }
}

}  // namespace exo::ui
