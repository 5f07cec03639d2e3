#pragma once
/// @file plot_empty.h
/// Empty state of a plot: instead of bare 0-1 axes, a sentence saying what will appear and
/// how to get it. GUI thread only.

#include <QString>

class QCustomPlot;

namespace exo::ui {

/// Shows `message` centred in the plot and hides its axes; an empty message restores the axes.
/// Does not replot immediately (queues one).
void setPlotEmptyMessage(QCustomPlot* plot, const QString& message);
/// The message shown, or empty when the plot shows data.
QString plotEmptyMessage(const QCustomPlot* plot);

}  // namespace exo::ui
