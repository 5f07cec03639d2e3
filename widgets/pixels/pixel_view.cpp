#include "pixels/pixel_view.h"

#include "photometry/aperture.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "model/pixel_file.h"

namespace exo::ui {
namespace {
constexpr int kMargin = 4;
constexpr int kColorBarWidth = 12;
constexpr int kColorBarMinReserve = 64;  // bar + tick labels, at least

QString limitLabel(double v) { return QString::number(v, 'g', 4); }
const QRgb kNanColor = qRgb(128, 128, 128);
}  // namespace

PixelView::PixelView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PixelView::setFrame(const float* data, int rows, int cols)
{
    const std::size_t n = std::size_t(std::max(0, rows)) * std::size_t(std::max(0, cols));
    setImage(std::vector<float>(data, data + (data ? n : 0)), rows, cols);
}

void PixelView::setImage(std::vector<float> image, int rows, int cols)
{
    if (rows < 0 || cols < 0 || image.size() != std::size_t(rows) * std::size_t(cols)) {
        image.clear();
        rows = cols = 0;
    }
    const bool reshaped = rows != m_rows || cols != m_cols;
    m_image = std::move(image);
    m_rows = rows;
    m_cols = cols;
    if (reshaped) {
        m_mask.clear();
        m_bits.clear();
        m_lcTimes.clear();
        m_lcFlux.clear();
        m_lcBinnedWidth = -1;
        updateGeometry();
    }
    rebuildImage();
}

std::vector<float> PixelView::medianImage(const exo::PixelCube& cube)
{
    const std::vector<double> m = exo::phot::medianImage(cube);
    return std::vector<float>(m.begin(), m.end());
}

void PixelView::setColorMap(ColorMap map)
{
    m_map = map;
    rebuildImage();
}

void PixelView::setStretch(Stretch stretch)
{
    m_stretch = stretch;
    rebuildImage();
}

void PixelView::setPercentiles(double loPercent, double hiPercent)
{
    m_loPct = loPercent;
    m_hiPct = hiPercent;
    rebuildImage();
}

void PixelView::setManualLimits(DisplayLimits limits)
{
    m_manualLimits = limits;
    rebuildImage();
}

void PixelView::setAperture(std::vector<std::uint8_t> mask)
{
    if (!mask.empty() && mask.size() != m_image.size())
        mask.clear();
    m_mask = std::move(mask);
    update();
}

void PixelView::setApertureBits(std::vector<std::int32_t> bits)
{
    if (!bits.empty() && bits.size() != m_image.size())
        bits.clear();
    m_bits = std::move(bits);
}

void PixelView::setEditingEnabled(bool enabled)
{
    m_editing = enabled;
    m_gesture = false;
}

void PixelView::setPixelLightCurves(std::vector<double> times, std::vector<std::vector<float>> perPixelFlux)
{
    m_lcTimes = std::move(times);
    m_lcFlux = std::move(perPixelFlux);
    m_lcBinnedWidth = -1;
    update();
}

void PixelView::setGridMode(bool on)
{
    m_gridMode = on;
    update();
}

void PixelView::setColorBarVisible(bool on)
{
    m_colorBar = on;
    update();
}

void PixelView::rebuildImage()
{
    if (m_image.empty()) {
        m_rendered = QImage();
        m_limits = {};
    } else {
        m_limits = m_manualLimits.valid() ? m_manualLimits
                                          : percentileLimits(m_image.data(), m_image.size(), m_loPct, m_hiPct);
        m_rendered = renderImage(m_image.data(), m_rows, m_cols, m_limits, m_map, m_stretch, kNanColor);
    }
    update();
}

int PixelView::colorBarReserve() const
{
    const QFontMetrics fm(font());
    const int labels =
        std::max({fm.horizontalAdvance(limitLabel(m_limits.lo)), fm.horizontalAdvance(limitLabel(m_limits.hi)),
                  fm.horizontalAdvance(tr("e-/s")) - kColorBarWidth});
    return std::max(kColorBarMinReserve, kMargin + kColorBarWidth + 3 + labels + kMargin);
}

QRectF PixelView::colorBarRect() const
{
    if (!m_colorBar || width() < 3 * colorBarReserve() || m_image.empty())
        return {};
    const QRectF img = imageRect();
    const double unitLine = QFontMetrics(font()).height() + 2;  // room for the unit above the bar
    return QRectF(width() - colorBarReserve() + kMargin, img.top() + unitLine, kColorBarWidth,
                  std::max(10.0, img.height() - unitLine));
}

QRectF PixelView::imageRect() const
{
    if (m_rows <= 0 || m_cols <= 0)
        return {};
    const int reserve = colorBarReserve();
    const bool bar = m_colorBar && width() >= 3 * reserve;
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin - (bar ? reserve : 0), -kMargin);
    if (area.width() <= 0 || area.height() <= 0)
        return {};
    const double cell = std::min(area.width() / m_cols, area.height() / m_rows);
    const QSizeF size(cell * m_cols, cell * m_rows);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF PixelView::cellRect(int row, int col) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    const double cw = r.width() / m_cols, ch = r.height() / m_rows;
    return QRectF(r.left() + col * cw, r.top() + (m_rows - 1 - row) * ch, cw, ch);
}

QPoint PixelView::cellAt(const QPointF& pos) const
{
    const QRectF r = imageRect();
    if (r.isEmpty() || !r.contains(pos))
        return {-1, -1};
    const int col = std::clamp(int((pos.x() - r.left()) / r.width() * m_cols), 0, m_cols - 1);
    const int rowFromTop = std::clamp(int((pos.y() - r.top()) / r.height() * m_rows), 0, m_rows - 1);
    return {col, m_rows - 1 - rowFromTop};
}

QSize PixelView::sizeHint() const { return {360, 320}; }
QSize PixelView::minimumSizeHint() const { return {120, 100}; }

void PixelView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF r = imageRect();
    if (m_rendered.isNull() || r.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No pixel data"));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // nearest neighbour
    p.drawImage(r, m_rendered);
    if (m_gridMode)
        paintGrid(p);
    paintAperture(p);
    paintMarkers(p);
    if (const QRectF bar = colorBarRect(); !bar.isEmpty())
        paintColorBar(p, bar);
}

void PixelView::setValueUnit(const QString& unit)
{
    if (unit == m_valueUnit)
        return;
    m_valueUnit = unit;
    update();
}

void PixelView::setMarkers(std::vector<PixelMarker> markers)
{
    m_markers = std::move(markers);
    update();
}

void PixelView::paintMarkers(QPainter& p) const
{
    if (m_markers.empty() || m_rows <= 0 || m_cols <= 0)
        return;
    const QRectF r = imageRect();
    const double cw = r.width() / m_cols, ch = r.height() / m_rows;
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(p.font());
    std::vector<QRectF> placed;  // labels already drawn: a label never covers another
    for (const PixelMarker& m : m_markers) {
        if (!std::isfinite(m.col) || !std::isfinite(m.row))
            continue;
        // Pixel centres are at integer coordinates; data row 0 is at the bottom.
        const QPointF c(r.left() + (m.col + 0.5) * cw, r.bottom() - (m.row + 0.5) * ch);
        const double s = std::clamp(std::min(cw, ch) * 0.3, 5.0, 12.0);
        p.setPen(QPen(QColor(0, 0, 0, 160), 4.0));
        p.drawLine(c - QPointF(s, s), c + QPointF(s, s));
        p.drawLine(c - QPointF(s, -s), c + QPointF(s, -s));
        p.setPen(QPen(m.color, 2.0));
        p.drawLine(c - QPointF(s, s), c + QPointF(s, s));
        p.drawLine(c - QPointF(s, -s), c + QPointF(s, -s));
        if (!m.label.isEmpty()) {
            // Beside the cross; markers that coincide (a planet on its star) stack their labels.
            QRectF box(c.x() + s + 2, c.y() - fm.height() / 2, fm.horizontalAdvance(m.label) + 2, fm.height());
            for (bool moved = true; moved;) {
                moved = false;
                for (const QRectF& other : placed)
                    if (box.intersects(other)) {
                        box.moveTop(other.bottom() + 1);
                        moved = true;
                    }
            }
            placed.push_back(box);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(box.translated(1, 1), Qt::AlignLeft | Qt::AlignVCenter, m.label);
            p.setPen(m.color);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, m.label);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void PixelView::paintAperture(QPainter& p) const
{
    if (m_mask.empty())
        return;
    auto on = [&](int r, int c) {
        return r >= 0 && c >= 0 && r < m_rows && c < m_cols && m_mask[std::size_t(r) * m_cols + c];
    };
    QPainterPath path;
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            if (!on(r, c))
                continue;
            const QRectF cell = cellRect(r, c);
            if (!on(r + 1, c)) {  // row + 1 is drawn above
                path.moveTo(cell.topLeft());
                path.lineTo(cell.topRight());
            }
            if (!on(r - 1, c)) {
                path.moveTo(cell.bottomLeft());
                path.lineTo(cell.bottomRight());
            }
            if (!on(r, c - 1)) {
                path.moveTo(cell.topLeft());
                path.lineTo(cell.bottomLeft());
            }
            if (!on(r, c + 1)) {
                path.moveTo(cell.topRight());
                path.lineTo(cell.bottomRight());
            }
        }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0, 0, 0, 170), 4.5, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawPath(path);
    p.setPen(QPen(QColor(255, 64, 96), 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawPath(path);
    p.restore();
}

std::vector<QPointF> PixelView::pixelCurve(int row, int col)
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return {};
    ensureBinned(std::max(2, int(imageRect().width() / std::max(1, m_cols))));
    const std::size_t i = std::size_t(row) * std::size_t(m_cols) + std::size_t(col);
    return i < m_lcBinned.size() ? m_lcBinned[i] : std::vector<QPointF>{};
}

void PixelView::ensureBinned(int cw)
{
    const std::size_t npix = m_image.size();
    const bool haveCurves = !m_lcTimes.empty() && m_lcFlux.size() == npix;
    if (!haveCurves) {
        m_lcBinned.clear();
        return;
    }
    if (m_lcBinnedWidth == cw && m_lcBinned.size() == npix)
        return;
    // Bin every pixel's light curve to about one bin per screen pixel of cell width. Cadences
    // without a time (NaN) are left out, never placed at a made-up time: one would squash the
    // whole curve into a corner. Empty bins (data gaps) break the line.
    m_lcBinned.assign(npix, {});
    double t0 = std::numeric_limits<double>::infinity(), t1 = -t0;
    for (double t : m_lcTimes)
        if (std::isfinite(t)) {
            t0 = std::min(t0, t);
            t1 = std::max(t1, t);
        }
    const int nb = std::max(2, cw);
    m_lcBinnedWidth = cw;
    if (!(t1 > t0))
        return;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sum(static_cast<std::size_t>(nb)), cnt(static_cast<std::size_t>(nb)),
        mean(static_cast<std::size_t>(nb));
    for (std::size_t px = 0; px < npix; ++px) {
        const auto& f = m_lcFlux[px];
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(cnt.begin(), cnt.end(), 0.0);
        for (std::size_t i = 0; i < std::min(f.size(), m_lcTimes.size()); ++i) {
            if (!std::isfinite(m_lcTimes[i]) || !std::isfinite(f[i]))
                continue;
            const auto b = std::size_t(std::clamp(int((m_lcTimes[i] - t0) / (t1 - t0) * nb), 0, nb - 1));
            sum[b] += f[i];
            cnt[b] += 1;
        }
        std::vector<double> finite;
        for (int b = 0; b < nb; ++b) {
            mean[std::size_t(b)] = cnt[std::size_t(b)] > 0 ? sum[std::size_t(b)] / cnt[std::size_t(b)] : nan;
            if (cnt[std::size_t(b)] > 0)
                finite.push_back(mean[std::size_t(b)]);
        }
        if (finite.size() < 2)
            continue;
        // Scale between the 2nd and 98th percentile of the bins, so one odd bin (a cosmic
        // ray, a momentum dump) does not flatten the rest into a line.
        std::sort(finite.begin(), finite.end());
        const double lo = finite[std::size_t(0.02 * double(finite.size() - 1))];
        const double hi = finite[std::size_t(std::ceil(0.98 * double(finite.size() - 1)))];
        auto& poly = m_lcBinned[px];
        bool gap = false;
        for (int b = 0; b < nb; ++b) {
            const double m = mean[std::size_t(b)];
            if (!std::isfinite(m)) {
                gap = true;
                continue;
            }
            if (gap && !poly.empty())
                poly.emplace_back(nan, nan);
            gap = false;
            const double y = hi > lo ? std::clamp((m - lo) / (hi - lo), 0.0, 1.0) : 0.5;
            poly.emplace_back((b + 0.5) / nb, y);
        }
    }
}

void PixelView::paintGrid(QPainter& p)
{
    const QRectF r = imageRect();
    const int cw = std::max(2, int(r.width() / std::max(1, m_cols)));
    const std::size_t npix = m_image.size();
    ensureBinned(cw);
    const bool haveCurves = !m_lcBinned.empty();
    p.save();
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(190);
    p.fillRect(r, veil);
    QColor gridColor = palette().color(QPalette::Mid);
    p.setPen(QPen(gridColor, 1));
    for (int c = 0; c <= m_cols; ++c) {
        const double x = r.left() + c * r.width() / m_cols;
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    for (int row = 0; row <= m_rows; ++row) {
        const double y = r.top() + row * r.height() / m_rows;
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    if (haveCurves && m_lcBinned.size() == npix) {
        p.setPen(QPen(palette().color(QPalette::Text), 1));
        QPolygonF poly;
        for (int row = 0; row < m_rows; ++row)
            for (int c = 0; c < m_cols; ++c) {
                const auto& pts = m_lcBinned[std::size_t(row) * m_cols + c];
                if (pts.size() < 2)
                    continue;
                const QRectF cell = cellRect(row, c).adjusted(2, 3, -2, -3);
                poly.clear();
                for (const QPointF& u : pts) {
                    if (std::isnan(u.x())) {  // a gap in the data: end this stroke
                        if (poly.size() > 1)
                            p.drawPolyline(poly);
                        poly.clear();
                        continue;
                    }
                    poly << QPointF(cell.left() + u.x() * cell.width(), cell.bottom() - u.y() * cell.height());
                }
                if (poly.size() > 1)
                    p.drawPolyline(poly);
            }
    }
    p.restore();
}

void PixelView::paintColorBar(QPainter& p, const QRectF& bar) const
{
    const auto& lut = colorMapLut(m_map);
    const int h = std::max(1, int(bar.height()));
    QImage strip(1, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        const double t = 1.0 - double(y) / std::max(1, h - 1);
        strip.setPixel(0, y, lut[std::size_t(std::lround(applyStretch(m_stretch, t) * 255.0))]);
    }
    p.drawImage(bar, strip);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(bar);
    const QFontMetrics fm(font());
    auto label = [&](double v, double y) {
        const QString s = limitLabel(v);
        p.drawText(QPointF(bar.right() + 3, std::clamp(y + fm.ascent() / 2.0, bar.top() + fm.ascent(), bar.bottom())),
                   s);
    };
    label(m_limits.hi, bar.top());
    label(m_limits.lo, bar.bottom() - fm.ascent() / 2.0);
    p.drawText(QPointF(bar.left(), bar.top() - fm.descent() - 2), m_valueUnit.isEmpty() ? tr("e-/s") : m_valueUnit);
}

void PixelView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

void PixelView::updateHover(const QPointF& pos)
{
    const QPoint cell = cellAt(pos);
    if (cell.x() < 0) {
        if (!m_hoverText.isEmpty()) {
            m_hoverText.clear();
            emit hoverLeft();
        }
        return;
    }
    const std::size_t i = std::size_t(cell.y()) * m_cols + cell.x();
    const double v = m_image[i];
    const int bits = m_bits.empty() ? 0 : m_bits[i];
    m_hoverText = std::isfinite(v)
                      ? tr("%1, %2: %3 e-/s, bits %4").arg(cell.x()).arg(cell.y()).arg(v, 0, 'f', 1).arg(bits)
                      : tr("%1, %2: no data, bits %3").arg(cell.x()).arg(cell.y()).arg(bits);
    emit pixelHovered(cell.y(), cell.x(), v, bits);
}

bool PixelView::applyStroke(QPoint from, QPoint to)
{
    // Bresenham over cells so a fast drag leaves no gaps.
    bool changed = false;
    int x0 = from.x(), y0 = from.y();
    const int x1 = to.x(), y1 = to.y();
    const int dx = std::abs(x1 - x0), dy = -std::abs(y1 - y0);
    const int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    for (;;) {
        auto& m = m_mask[std::size_t(y0) * m_cols + x0];
        if (m != m_paintValue) {
            m = m_paintValue;
            changed = true;
        }
        if (x0 == x1 && y0 == y1)
            break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            x0 += sx;
        }
        if (e2 <= dx) {
            err += dx;
            y0 += sy;
        }
    }
    return changed;
}

void PixelView::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position());
    if (!m_editing || event->button() != Qt::LeftButton || cell.x() < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_mask.size() != m_image.size())
        m_mask.assign(m_image.size(), 0);
    m_paintValue = m_mask[std::size_t(cell.y()) * m_cols + cell.x()] ? 0 : 1;
    m_gesture = true;
    m_lastCell = cell;
    m_gestureChanged = applyStroke(cell, cell);
    if (m_gestureChanged)
        emit apertureChanging(m_mask);
    update();
    event->accept();
}

void PixelView::mouseMoveEvent(QMouseEvent* event)
{
    updateHover(event->position());
    if (!m_hoverText.isEmpty() && !m_gesture)
        QToolTip::showText(event->globalPosition().toPoint(),
                           m_editing ? m_hoverText + QLatin1Char('\n')
                                           + tr("Click to add or remove this pixel from the aperture; "
                                                "drag to paint or erase.")
                                     : m_hoverText,
                           this);
    if (m_gesture && (event->buttons() & Qt::LeftButton)) {
        const QPoint cell = cellAt(event->position());
        if (cell.x() >= 0 && cell != m_lastCell) {
            if (applyStroke(m_lastCell, cell)) {
                m_gestureChanged = true;
                emit apertureChanging(m_mask);
                update();
            }
            m_lastCell = cell;
        }
    }
    event->accept();
}

void PixelView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_gesture && event->button() == Qt::LeftButton) {
        m_gesture = false;
        if (m_gestureChanged)
            emit apertureEdited(m_mask);
        m_gestureChanged = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void PixelView::leaveEvent(QEvent* event)
{
    if (!m_hoverText.isEmpty()) {
        m_hoverText.clear();
        emit hoverLeft();
    }
    QWidget::leaveEvent(event);
}

}  // namespace exo::ui
