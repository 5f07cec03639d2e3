#pragma once
/// @file mini_plot.h
/// A small static plot painted with QPainter (axes, nice ticks, points, lines),
/// for the vetting sheet: the same code draws on a PDF page and on a PNG.
/// Not interactive; the window's plots are in widgets/plots.

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace exo::sheet {

class MiniPlot {
public:
    /// `outer` is the whole panel; the frame is inset for tick labels and the title.
    MiniPlot(QPainter& p, const QRectF& outer, const QString& title, const QString& xLabel, const QString& yLabel);

    void setXRange(double lo, double hi);
    void setYRange(double lo, double hi);
    void setLogX(bool on) { m_logX = on; }
    /// Y range from the 0.5 and 99.5 percentiles of `y` (robust to outliers), padded.
    void autoY(const std::vector<double>& y, double pad = 0.08);
    void autoX(const std::vector<double>& x);

    /// Frame, ticks, labels and title. Call before or after the data.
    void drawAxes();
    /// Points (dots of `size` px), decimated to min/max per pixel column when dense.
    void drawPoints(const std::vector<double>& x, const std::vector<double>& y, const QColor& c, double size = 1.6);
    void drawLine(const std::vector<double>& x, const std::vector<double>& y, const QColor& c, double width = 1.4,
                  Qt::PenStyle style = Qt::SolidLine);
    void drawVLine(double x, const QColor& c, Qt::PenStyle style = Qt::DashLine, double width = 1.0);
    void drawHLine(double y, const QColor& c, Qt::PenStyle style = Qt::DashLine, double width = 1.0);
    /// A small downward triangle at the top of the frame (a transit marker).
    void drawMarker(double x, const QColor& c);
    /// Text at the frame's top-left inside corner (legend lines).
    void drawNote(const QString& text, const QColor& c, int line = 0, bool right = false);
    /// A centred message instead of data ("no pixel data").
    void drawMessage(const QString& text);

    QRectF frame() const { return m_frame; }
    double mapX(double x) const;
    double mapY(double y) const;
    double yLo() const { return m_y0; }
    double yHi() const { return m_y1; }
    bool hasRange() const { return m_x1 > m_x0 && m_y1 > m_y0; }

private:
    QPainter& m_p;
    QRectF m_outer, m_frame;
    QString m_title, m_xLabel, m_yLabel;
    double m_x0 = 0, m_x1 = 0, m_y0 = 0, m_y1 = 0;
    bool m_logX = false;
};

/// "Nice" tick positions (1, 2, 5 x 10^k) covering [lo, hi], about `target` of them.
std::vector<double> niceTicks(double lo, double hi, int target = 5);
/// Median of the finite values (NaN when none).
double medianOf(std::vector<double> v);

}  // namespace exo::sheet
