#include "plots/plot_style.h"

#include <qcustomplot.h>

namespace exo::ui {
namespace {
bool isDark(const QPalette& pal) { return pal.color(QPalette::Base).lightness() < 128; }
}  // namespace

PlotColors plotColors(const QPalette& pal)
{
    const bool dark = isDark(pal);
    PlotColors c;
    c.good = dark ? QColor(120, 180, 255) : QColor(20, 60, 150);
    c.flagged = dark ? QColor(150, 150, 150) : QColor(140, 140, 140);
    c.masked = dark ? QColor(255, 170, 60) : QColor(230, 120, 0);
    c.trend = dark ? QColor(255, 90, 90) : QColor(200, 30, 30);
    c.marker = dark ? QColor(255, 100, 200) : QColor(200, 0, 120);
    c.odd = dark ? QColor(110, 190, 255) : QColor(30, 100, 200);
    c.even = dark ? QColor(255, 160, 80) : QColor(220, 100, 0);
    c.binned = dark ? QColor(240, 240, 240) : QColor(0, 0, 0);
    c.text = pal.color(QPalette::WindowText);
    return c;
}

void applyPlotPalette(QCustomPlot* plot)
{
    const QPalette pal = plot->palette();
    const QColor fg = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxisRect* rect : plot->axisRects())
        rect->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis* axis :
         plot->xAxis ? QList<QCPAxis*>{plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2} : QList<QCPAxis*>{}) {
        axis->setBasePen(QPen(fg, 1));
        axis->setTickPen(QPen(fg, 1));
        axis->setSubTickPen(QPen(fg, 1));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    if (plot->legend) {
        plot->legend->setBrush(pal.brush(QPalette::Base));
        plot->legend->setTextColor(fg);
        plot->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    }
    // Dense data: never antialias points or lines (house style 11); text stays smooth.
    plot->setNotAntialiasedElements(QCP::aePlottables | QCP::aeScatters | QCP::aeAxes | QCP::aeGrid);
    plot->setAntialiasedElements(QCP::aeItems);
}

}  // namespace exo::ui
