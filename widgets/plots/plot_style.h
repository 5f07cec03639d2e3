#pragma once
/// @file plot_style.h
/// Shared look of the QCustomPlot views: system palette (light or dark), no antialiasing on data.

#include <QColor>

class QCustomPlot;
class QPalette;

namespace exo::ui {

/// Applies the widget palette to background, axes, grid, tick labels and legend of a plot.
/// Call again on QEvent::PaletteChange. Does not replot.
void applyPlotPalette(QCustomPlot* plot);

/// Data colours that read on both light and dark backgrounds.
struct PlotColors {
    QColor good;       ///< normal points
    QColor flagged;    ///< quality-flagged points
    QColor masked;     ///< user-excluded points
    QColor trend;      ///< trend / model line
    QColor marker;     ///< transit markers, selected period
    QColor odd, even;  ///< odd/even transits in folds
    QColor binned;     ///< binned curve
    QColor text;       ///< annotations
};
PlotColors plotColors(const QPalette& palette);

}  // namespace exo::ui
