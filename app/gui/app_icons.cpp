#include "gui/app_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

namespace exo::app {
namespace {
constexpr int kSize = 48;  // drawn at 48 px, scaled down by the toolbar (sharp on HiDPI)

QPixmap blank()
{
    QPixmap pm(kSize, kSize);
    pm.fill(Qt::transparent);
    return pm;
}

QPen ink(const QColor& c, double w = 4.0) { return QPen(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin); }

QIcon folder(const QColor& c, bool plus)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink(c, 3.5));
    QPainterPath path(QPointF(5, 12));
    path.lineTo(18, 12);
    path.lineTo(22, 16);
    path.lineTo(43, 16);
    path.lineTo(43, 40);
    path.lineTo(5, 40);
    path.closeSubpath();
    p.drawPath(path);
    if (plus) {
        p.drawLine(QPointF(24, 22), QPointF(24, 35));
        p.drawLine(QPointF(17.5, 28.5), QPointF(30.5, 28.5));
    } else {
        // a light curve with a dip inside the folder
        QPainterPath lc(QPointF(10, 26));
        lc.lineTo(20, 26);
        lc.lineTo(22, 33);
        lc.lineTo(27, 33);
        lc.lineTo(29, 26);
        lc.lineTo(38, 26);
        p.drawPath(lc);
    }
    return QIcon(pm);
}

QIcon arrow(const QColor& c, bool redo)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (redo) {
        p.translate(kSize, 0);
        p.scale(-1, 1);
    }
    p.setPen(ink(c, 4.5));
    QPainterPath path(QPointF(12, 20));
    path.lineTo(30, 20);
    path.cubicTo(QPointF(44, 20), QPointF(44, 40), QPointF(30, 40));
    path.lineTo(20, 40);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({QPointF(4, 20), QPointF(16, 10), QPointF(16, 30)}));
    return QIcon(pm);
}

QIcon run(const QColor& c, const QColor& accent)
{
    // A periodogram with a magnifier: "search".
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink(c, 3));
    QPainterPath pg(QPointF(4, 42));
    const double ys[] = {40, 36, 39, 30, 38, 12, 37, 33, 39, 35, 41};
    for (int i = 0; i < 11; ++i)
        pg.lineTo(QPointF(4 + i * 3.0, ys[i]));
    p.drawPath(pg);
    p.setPen(ink(accent, 4.5));
    p.drawEllipse(QPointF(31, 17), 9, 9);
    p.drawLine(QPointF(38, 24), QPointF(45, 31));
    return QIcon(pm);
}

QIcon searchAll(const QColor& c, const QColor& accent)
{
    // Three light curves with a dip each and a magnifier: "search every star".
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink(c, 3));
    for (int k = 0; k < 3; ++k) {
        const double y = 10 + k * 13.0, x0 = 4 + k * 5.0;
        QPainterPath lc(QPointF(4, y));
        lc.lineTo(x0 + 6, y);
        lc.lineTo(x0 + 8, y + 5);
        lc.lineTo(x0 + 11, y + 5);
        lc.lineTo(x0 + 13, y);
        lc.lineTo(26, y);
        p.drawPath(lc);
    }
    p.setPen(ink(accent, 4.5));
    p.drawEllipse(QPointF(34, 24), 8, 8);
    p.drawLine(QPointF(40, 30), QPointF(46, 36));
    return QIcon(pm);
}

QIcon stop(const QColor& accent)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(10, 10, 28, 28), 5, 5);
    return QIcon(pm);
}

QIcon mask(const QColor& c, const QColor& accent)
{
    // A light curve with a hatched band: "hide this time range".
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QColor band = accent;
    band.setAlpha(90);
    p.fillRect(QRectF(17, 4, 14, 40), band);
    p.setPen(ink(accent, 2.5));
    p.drawLine(QPointF(17, 4), QPointF(17, 44));
    p.drawLine(QPointF(31, 4), QPointF(31, 44));
    p.setPen(ink(c, 3.5));
    QPainterPath lc(QPointF(3, 24));
    lc.lineTo(12, 22);
    lc.lineTo(20, 10);
    lc.lineTo(26, 38);
    lc.lineTo(36, 23);
    lc.lineTo(45, 24);
    p.drawPath(lc);
    return QIcon(pm);
}

QIcon exportPlot(const QColor& c, const QColor& accent)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink(c, 3));
    p.drawRect(QRectF(4, 8, 30, 30));
    QPainterPath lc(QPointF(8, 20));
    lc.lineTo(15, 20);
    lc.lineTo(17, 29);
    lc.lineTo(21, 29);
    lc.lineTo(23, 20);
    lc.lineTo(30, 20);
    p.drawPath(lc);
    p.setPen(ink(accent, 4));
    p.drawLine(QPointF(30, 30), QPointF(44, 30));
    p.drawLine(QPointF(37, 23), QPointF(44, 30));
    p.drawLine(QPointF(37, 37), QPointF(44, 30));
    return QIcon(pm);
}

QIcon resetZoom(const QColor& c)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink(c, 4));
    p.drawEllipse(QPointF(20, 20), 13, 13);
    p.drawLine(QPointF(30, 30), QPointF(43, 43));
    // four corner arrows inside the lens: "fit everything"
    p.setPen(ink(c, 3));
    p.drawLine(QPointF(14, 20), QPointF(26, 20));
    return QIcon(pm);
}

QIcon problems(const QColor& accent)
{
    QPixmap pm = blank();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawPolygon(QPolygonF({QPointF(24, 4), QPointF(45, 42), QPointF(3, 42)}));
    p.setPen(ink(Qt::white, 5));
    p.drawLine(QPointF(24, 17), QPointF(24, 29));
    p.drawPoint(QPointF(24, 36));
    return QIcon(pm);
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
