#include "gui/app_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

#include <initializer_list>

namespace exo::app {
namespace {
constexpr int kSize = 48;  // drawn at 48 px, scaled down by the toolbar (sharp on HiDPI)

QPen ink(const QColor& c, double w = 4.0) { return QPen(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin); }

/// A transparent kSize x kSize pixmap with an antialiased painter on it.
class Canvas {
public:
    Canvas() : m_pixmap(kSize, kSize)
    {
        m_pixmap.fill(Qt::transparent);
        m_painter.begin(&m_pixmap);
        m_painter.setRenderHint(QPainter::Antialiasing);
    }
    QPainter& painter() { return m_painter; }
    QIcon icon()
    {
        m_painter.end();
        return QIcon(m_pixmap);
    }

private:
    QPixmap m_pixmap;
    QPainter m_painter;
};

/// An open path through `points`, in order.
QPainterPath polyline(std::initializer_list<QPointF> points)
{
    QPainterPath path(*points.begin());
    for (auto it = points.begin() + 1; it != points.end(); ++it)
        path.lineTo(*it);
    return path;
}

QIcon folder(const QColor& c, bool plus)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(ink(c, 3.5));
    QPainterPath path =
        polyline({QPointF(5, 12), QPointF(18, 12), QPointF(22, 16), QPointF(43, 16), QPointF(43, 40), QPointF(5, 40)});
    path.closeSubpath();
    p.drawPath(path);
    if (plus) {
        p.drawLine(QPointF(24, 22), QPointF(24, 35));
        p.drawLine(QPointF(17.5, 28.5), QPointF(30.5, 28.5));
    } else {
        // a light curve with a dip inside the folder
        QPainterPath lc = polyline(
            {QPointF(10, 26), QPointF(20, 26), QPointF(22, 33), QPointF(27, 33), QPointF(29, 26), QPointF(38, 26)});
        p.drawPath(lc);
    }
    return canvas.icon();
}

QIcon arrow(const QColor& c, bool redo)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    if (redo) {
        p.translate(kSize, 0);
        p.scale(-1, 1);
    }
    p.setPen(ink(c, 4.5));
    QPainterPath path = polyline({QPointF(12, 20), QPointF(30, 20)});
    path.cubicTo(QPointF(44, 20), QPointF(44, 40), QPointF(30, 40));
    path.lineTo(20, 40);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({QPointF(4, 20), QPointF(16, 10), QPointF(16, 30)}));
    return canvas.icon();
}

QIcon run(const QColor& c, const QColor& accent)
{
    // A periodogram with a magnifier: "search".
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(ink(c, 3));
    QPainterPath pg(QPointF(4, 42));
    const double ys[] = {40, 36, 39, 30, 38, 12, 37, 33, 39, 35, 41};
    for (int i = 0; i < 11; ++i)
        pg.lineTo(QPointF(4 + i * 3.0, ys[i]));
    p.drawPath(pg);
    p.setPen(ink(accent, 4.5));
    p.drawEllipse(QPointF(31, 17), 9, 9);
    p.drawLine(QPointF(38, 24), QPointF(45, 31));
    return canvas.icon();
}

QIcon searchAll(const QColor& c, const QColor& accent)
{
    // Three light curves with a dip each and a magnifier: "search every star".
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(ink(c, 3));
    for (int k = 0; k < 3; ++k) {
        const double y = 10 + k * 13.0, x0 = 4 + k * 5.0;
        QPainterPath lc = polyline({QPointF(4, y), QPointF(x0 + 6, y), QPointF(x0 + 8, y + 5), QPointF(x0 + 11, y + 5),
                                    QPointF(x0 + 13, y), QPointF(26, y)});
        p.drawPath(lc);
    }
    p.setPen(ink(accent, 4.5));
    p.drawEllipse(QPointF(34, 24), 8, 8);
    p.drawLine(QPointF(40, 30), QPointF(46, 36));
    return canvas.icon();
}

QIcon stop(const QColor& accent)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(10, 10, 28, 28), 5, 5);
    return canvas.icon();
}

QIcon mask(const QColor& c, const QColor& accent)
{
    // A light curve with a hatched band: "hide this time range".
    Canvas canvas;
    QPainter& p = canvas.painter();
    QColor band = accent;
    band.setAlpha(90);
    p.fillRect(QRectF(17, 4, 14, 40), band);
    p.setPen(ink(accent, 2.5));
    p.drawLine(QPointF(17, 4), QPointF(17, 44));
    p.drawLine(QPointF(31, 4), QPointF(31, 44));
    p.setPen(ink(c, 3.5));
    QPainterPath lc =
        polyline({QPointF(3, 24), QPointF(12, 22), QPointF(20, 10), QPointF(26, 38), QPointF(36, 23), QPointF(45, 24)});
    p.drawPath(lc);
    return canvas.icon();
}

QIcon exportPlot(const QColor& c, const QColor& accent)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(ink(c, 3));
    p.drawRect(QRectF(4, 8, 30, 30));
    QPainterPath lc =
        polyline({QPointF(8, 20), QPointF(15, 20), QPointF(17, 29), QPointF(21, 29), QPointF(23, 20), QPointF(30, 20)});
    p.drawPath(lc);
    p.setPen(ink(accent, 4));
    p.drawLine(QPointF(30, 30), QPointF(44, 30));
    p.drawLine(QPointF(37, 23), QPointF(44, 30));
    p.drawLine(QPointF(37, 37), QPointF(44, 30));
    return canvas.icon();
}

QIcon resetZoom(const QColor& c)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(ink(c, 4));
    p.drawEllipse(QPointF(20, 20), 13, 13);
    p.drawLine(QPointF(30, 30), QPointF(43, 43));
    // four corner arrows inside the lens: "fit everything"
    p.setPen(ink(c, 3));
    p.drawLine(QPointF(14, 20), QPointF(26, 20));
    return canvas.icon();
}

QIcon problems(const QColor& accent)
{
    Canvas canvas;
    QPainter& p = canvas.painter();
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawPolygon(QPolygonF({QPointF(24, 4), QPointF(45, 42), QPointF(3, 42)}));
    p.setPen(ink(Qt::white, 5));
    p.drawLine(QPointF(24, 17), QPointF(24, 29));
    p.drawPoint(QPointF(24, 36));
    return canvas.icon();
}
}  // namespace

QIcon appIcon(AppIcon which, const QPalette& palette, QStyle* style)
{
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor accent = dark ? QColor(255, 140, 90) : QColor(200, 60, 20);
    const QColor blue = dark ? QColor(120, 180, 255) : QColor(30, 90, 200);
    switch (which) {
    case AppIcon::OpenFiles: return style ? style->standardIcon(QStyle::SP_DialogOpenButton) : folder(text, true);
    case AppIcon::OpenFolder: return folder(text, false);
    case AppIcon::Save: return style ? style->standardIcon(QStyle::SP_DialogSaveButton) : stop(text);
    case AppIcon::Undo: return arrow(text, false);
    case AppIcon::Redo: return arrow(text, true);
    case AppIcon::RunSearch: return run(text, blue);
    case AppIcon::Cancel: return stop(accent);
    case AppIcon::MaskRange: return mask(text, accent);
    case AppIcon::ExportPlot: return exportPlot(text, blue);
    case AppIcon::ResetZoom: return resetZoom(text);
    case AppIcon::Problems: return problems(accent);
    case AppIcon::SearchAll: return searchAll(text, blue);
    }
    return {};
}

}  // namespace exo::app
