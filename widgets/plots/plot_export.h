#pragma once
/// @file plot_export.h
/// Saves a plot to PNG, JPEG or PDF, chosen by the file extension.

#include <QList>
#include <QString>

class QCustomPlot;

namespace exo::ui {

/// Writes the plot to path; the format follows the extension (.png, .jpg/.jpeg, .pdf).
/// width/height 0 keep the on-screen size; scale multiplies raster resolution (PNG/JPEG).
/// SVG is written by our own vector paint device (svg_device.h; Qt Svg is not in our stack). Returns false and fills *error (translated)
/// on failure. GUI thread only.
bool savePlot(QCustomPlot* plot, const QString& path, int width = 0, int height = 0, double scale = 2.0,
              QString* error = nullptr);

/// Writes several plots as one figure, `columns` per row, each drawn at cellWidth x cellHeight
/// (PNG/JPEG scaled by `scale`; PDF and SVG vector). Format from the extension, as savePlot.
bool savePlotsAsFigure(const QList<QCustomPlot*>& plots, int columns, const QString& path, int cellWidth,
                       int cellHeight, double scale = 2.0, QString* error = nullptr);

/// `path` with the extension of `selectedFilter` (e.g. "PDF document (*.pdf)") appended when it
/// has none of the filter's extensions; unchanged otherwise.
QString withFilterExtension(const QString& path, const QString& selectedFilter);

/// Name filters for a QFileDialog, e.g. "PNG image (*.png);;PDF document (*.pdf)".
QString plotExportFilters();

}  // namespace exo::ui
