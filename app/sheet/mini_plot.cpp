#include "sheet/mini_plot.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <limits>

namespace exo::sheet {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tickLabel(double v, double step)
{
    if (std::abs(v) < step * 1e-6)
        v = 0;
    const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step) + 1e-9)));
    return QString::number(v, 'f', decimals);
}

double percentile(std::vector<double>& v, double q)
{
    if (v.empty())
        return kNaN;
    const std::size_t k = std::min(v.size() - 1, std::size_t(q * double(v.size() - 1)));
    std::nth_element(v.begin(), v.begin() + long(k), v.end());
    return v[k];
}
}  // namespace

std::vector<double> niceTicks(double lo, double hi, int target)
{
    std::vector<double> t;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return t;
    const double raw = (hi - lo) / std::max(1, target);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
        t.push_back(v);
    return t;
}

double medianOf(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
    return v.empty() ? kNaN : percentile(v, 0.5);
}

MiniPlot::MiniPlot(QPainter& p, const QRectF& outer, const QString& title, const QString& xLabel, const QString& yLabel)
    : m_p(p), m_outer(outer), m_title(title), m_xLabel(xLabel), m_yLabel(yLabel)
{
    const QFontMetricsF fm(m_p.font());
    const double h = fm.height();
    const double left = m_yLabel.isEmpty() ? fm.horizontalAdvance(QStringLiteral("0.9999")) + 6
                                           : fm.horizontalAdvance(QStringLiteral("0.9999")) + h + 8;
    const double top = m_title.isEmpty() ? 4 : h + 6;
    const double bottom = h + 4 + (m_xLabel.isEmpty() ? 0 : h + 2);
    m_frame = QRectF(outer.left() + left, outer.top() + top, std::max(10.0, outer.width() - left - 6),
                     std::max(10.0, outer.height() - top - bottom));
}

void MiniPlot::setXRange(double lo, double hi)
{
    m_x0 = lo;
    m_x1 = hi;
}
void MiniPlot::setYRange(double lo, double hi)
{
    m_y0 = lo;
    m_y1 = hi;
}

void MiniPlot::autoX(const std::vector<double>& x)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : x)
        if (std::isfinite(v) && (!m_logX || v > 0)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (hi > lo)
        setXRange(lo, hi);
}

void MiniPlot::autoY(const std::vector<double>& y, double pad)
{
    std::vector<double> v;
    v.reserve(y.size());
    for (double a : y)
        if (std::isfinite(a))
            v.push_back(a);
    if (v.empty())
        return;
    const double lo = percentile(v, 0.005), hi = percentile(v, 0.995);
    const double span = hi > lo ? hi - lo : std::max(1e-6, std::abs(hi) * 1e-3);
    setYRange(lo - pad * span, hi + pad * span);
}

double MiniPlot::mapX(double x) const
{
    if (m_logX) {
        const double a = std::log10(m_x0), b = std::log10(m_x1);
        return m_frame.left() + (std::log10(x) - a) / (b - a) * m_frame.width();
    }
    return m_frame.left() + (x - m_x0) / (m_x1 - m_x0) * m_frame.width();
}

double MiniPlot::mapY(double y) const { return m_frame.bottom() - (y - m_y0) / (m_y1 - m_y0) * m_frame.height(); }

void MiniPlot::drawAxes()
{
    m_p.save();
    const QFontMetricsF fm(m_p.font());
    m_p.setPen(QPen(QColor(40, 40, 40), 1.0));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(m_frame);
    if (!m_title.isEmpty()) {
        QFont f = m_p.font();
        f.setBold(true);
        m_p.setFont(f);
        m_p.drawText(QRectF(m_frame.left(), m_outer.top(), m_frame.width(), fm.height() + 4),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
        f.setBold(false);
        m_p.setFont(f);
    }
    if (hasRange()) {
        std::vector<double> xt;
        if (m_logX) {
            for (double d = std::pow(10.0, std::floor(std::log10(m_x0))); d <= m_x1 * 1.0001; d *= 10)
                for (double k : {1.0, 2.0, 5.0})
                    if (d * k >= m_x0 * 0.9999 && d * k <= m_x1 * 1.0001)
                        xt.push_back(d * k);
        } else {
            xt = niceTicks(m_x0, m_x1, std::max(2, int(m_frame.width() / 90)));
        }
        const double xstep = xt.size() > 1 ? xt[1] - xt[0] : 1;
        for (double v : xt) {
            const double px = mapX(v);
            m_p.drawLine(QPointF(px, m_frame.bottom()), QPointF(px, m_frame.bottom() - 4));
            const QString s = m_logX ? QString::number(v, 'g', 3) : tickLabel(v, xstep);
            const double w = fm.horizontalAdvance(s);
            m_p.drawText(QPointF(std::clamp(px - w / 2, m_outer.left(), m_outer.right() - w),
                                 m_frame.bottom() + fm.ascent() + 2),
                         s);
        }
        const auto yt = niceTicks(m_y0, m_y1, std::max(2, int(m_frame.height() / 40)));
        const double ystep = yt.size() > 1 ? yt[1] - yt[0] : 1;
        for (double v : yt) {
            const double py = mapY(v);
            m_p.drawLine(QPointF(m_frame.left(), py), QPointF(m_frame.left() + 4, py));
            const QString s = tickLabel(v, ystep);
            m_p.drawText(QPointF(m_frame.left() - fm.horizontalAdvance(s) - 3, py + fm.ascent() / 2 - 1), s);
        }
    }
    if (!m_xLabel.isEmpty())
        m_p.drawText(QRectF(m_frame.left(), m_frame.bottom() + fm.height() + 2, m_frame.width(), fm.height() + 2),
                     Qt::AlignHCenter | Qt::AlignTop, m_xLabel);
    if (!m_yLabel.isEmpty()) {
        m_p.translate(m_outer.left() + fm.ascent(), m_frame.center().y());
        m_p.rotate(-90);
        m_p.drawText(QRectF(-m_frame.height() / 2, -fm.ascent(), m_frame.height(), fm.height()), Qt::AlignCenter,
                     m_yLabel);
    }
    m_p.restore();
}

void MiniPlot::drawPoints(const std::vector<double>& x, const std::vector<double>& y, const QColor& c, double size)
{
    if (!hasRange() || x.empty())
        return;
    m_p.save();
    m_p.setClipRect(m_frame);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(c);
    // Dense series: one dot per occupied cell of the dot's size (the cloud keeps its
    // look and a single deep point stays visible; a PDF stays small).
    const std::size_t n = std::min(x.size(), y.size());
    const double cell = std::max(1.0, size);
    const int cols = std::max(1, int(m_frame.width() / cell) + 1), rows = std::max(1, int(m_frame.height() / cell) + 1);
    std::vector<std::uint8_t> used(std::size_t(cols) * std::size_t(rows), 0);
    std::vector<QRectF> dots;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        const double px = mapX(x[i]), py = mapY(y[i]);
        const int cx = int((px - m_frame.left()) / cell), cy = int((py - m_frame.top()) / cell);
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rows)
            continue;
        auto& u = used[std::size_t(cy) * std::size_t(cols) + std::size_t(cx)];
        if (u)
            continue;
        u = 1;
        dots.emplace_back(px - size / 2, py - size / 2, size, size);
    }
    m_p.drawRects(dots.data(), int(dots.size()));
    m_p.restore();
}

void MiniPlot::drawLine(const std::vector<double>& x, const std::vector<double>& y, const QColor& c, double width,
                        Qt::PenStyle style)
{
    if (!hasRange())
        return;
    m_p.save();
    m_p.setClipRect(m_frame);
    m_p.setRenderHint(QPainter::Antialiasing, true);
    m_p.setPen(QPen(c, width, style));
    QPolygonF poly;
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i])) {
            if (poly.size() > 1)
                m_p.drawPolyline(poly);
            poly.clear();
            continue;
        }
        poly << QPointF(mapX(x[i]), mapY(y[i]));
    }
    if (poly.size() > 1)
        m_p.drawPolyline(poly);
    m_p.restore();
}

void MiniPlot::drawVLine(double x, const QColor& c, Qt::PenStyle style, double width)
{
    if (!hasRange() || x < std::min(m_x0, m_x1) || x > std::max(m_x0, m_x1))
        return;
    m_p.save();
    m_p.setPen(QPen(c, width, style));
    m_p.drawLine(QPointF(mapX(x), m_frame.top()), QPointF(mapX(x), m_frame.bottom()));
    m_p.restore();
}

void MiniPlot::drawHLine(double y, const QColor& c, Qt::PenStyle style, double width)
{
    if (!hasRange() || y < m_y0 || y > m_y1)
        return;
    m_p.save();
    m_p.setPen(QPen(c, width, style));
    m_p.drawLine(QPointF(m_frame.left(), mapY(y)), QPointF(m_frame.right(), mapY(y)));
    m_p.restore();
}

void MiniPlot::drawMarker(double x, const QColor& c)
{
    if (!hasRange() || x < m_x0 || x > m_x1)
        return;
    m_p.save();
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(c);
    m_p.setRenderHint(QPainter::Antialiasing, true);
    const double px = mapX(x), top = m_frame.top() + 1;
    m_p.drawPolygon(QPolygonF({QPointF(px - 4, top), QPointF(px + 4, top), QPointF(px, top + 7)}));
    m_p.restore();
}

void MiniPlot::drawNote(const QString& text, const QColor& c, int line, bool right)
{
    m_p.save();
    const QFontMetricsF fm(m_p.font());
    const QRectF r(m_frame.left() + 5, m_frame.top() + 3 + line * fm.height(), m_frame.width() - 10, fm.height());
    // A light backing so the text reads over data.
    const double w = fm.horizontalAdvance(text);
    const QRectF back(right ? r.right() - w - 2 : r.left() - 2, r.top(), w + 4, fm.height());
    m_p.fillRect(back, QColor(255, 255, 255, 200));
    m_p.setPen(c);
    m_p.drawText(r, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
    m_p.restore();
}

void MiniPlot::drawMessage(const QString& text)
{
    m_p.save();
    m_p.setPen(QColor(110, 110, 110));
    m_p.drawText(m_frame, Qt::AlignCenter | Qt::TextWordWrap, text);
    m_p.restore();
}

}  // namespace exo::sheet
