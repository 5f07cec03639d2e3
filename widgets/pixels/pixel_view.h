#pragma once
/// @file pixel_view.h
/// Custom-painted view of one target-pixel image with an editable aperture outline.

#include <QImage>
#include <QPointer>
#include <QWidget>
#include <cstdint>
#include <vector>

#include "pixels/color_map.h"

namespace exo {
struct PixelCube;
}

namespace exo::ui {

/// A point drawn over the image (e.g. a centroid), 0-based fractional pixel coordinates.
struct PixelMarker {
    double col = 0, row = 0;
    QColor color;
    QString label;
};

/// Shows a rows x cols image (e-/s) scaled with nearest neighbour, aspect-correct and centred,
/// data row 0 at the BOTTOM (origin='lower'). Draws the aperture as an outline and lets the user
/// edit it: a click toggles a pixel, a drag paints (press pixel was off) or erases (it was on).
/// GUI thread only. Masks and images are row-major, index = row * cols + col.
class PixelView : public QWidget {
    Q_OBJECT
public:
    explicit PixelView(QWidget* parent = nullptr);

    /// Copies a rows x cols frame. Keeps the aperture if the shape is unchanged, else clears it.
    void setFrame(const float* data, int rows, int cols);
    void setImage(std::vector<float> image, int rows, int cols);
    const std::vector<float>& image() const { return m_image; }
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }

    /// Per-pixel median over cadences, ignoring NaN (numpy.nanmedian(cube, axis=0)); NaN where a
    /// pixel has no finite value. Runs on any thread.
    static std::vector<float> medianImage(const exo::PixelCube& cube);

    void setColorMap(ColorMap map);
    ColorMap colorMap() const { return m_map; }
    void setStretch(Stretch stretch);
    Stretch stretch() const { return m_stretch; }
    /// Display limits from these percentiles of the finite pixels (default 1 and 99.5 %).
    void setPercentiles(double loPercent, double hiPercent);
    DisplayLimits limits() const { return m_limits; }
    /// Fixed display limits (e-/s) instead of per-image percentiles, so that frames of a movie
    /// share one scale. An invalid DisplayLimits (hi <= lo) returns to percentiles.
    void setManualLimits(DisplayLimits limits);

    /// Aperture mask (0/1), rows*cols. An empty vector means no aperture.
    void setAperture(std::vector<std::uint8_t> mask);
    const std::vector<std::uint8_t>& aperture() const { return m_mask; }
    /// Pipeline APERTURE image bits (exo::ApertureBits), rows*cols, shown on hover.
    void setApertureBits(std::vector<std::int32_t> bits);

    void setEditingEnabled(bool enabled);
    bool editingEnabled() const { return m_editing; }

    /// Grid mode: each cell shows its own normalised light curve, binned to the cell width.
    /// perPixelFlux[row * cols + col] holds one value per time; NaN values are skipped.
    void setPixelLightCurves(std::vector<double> times, std::vector<std::vector<float>> perPixelFlux);
    bool hasPixelLightCurves() const { return !m_lcTimes.empty() && m_lcFlux.size() == m_image.size(); }
    void setGridMode(bool on);
    bool gridMode() const { return m_gridMode; }
    /// The curve drawn in cell (row, col) of grid mode, in the unit square (x: time from the
    /// first to the last finite time, y: flux from the pixel's lowest to highest bin); a NaN
    /// point breaks the line (a gap in the data). Empty without curves. For tests.
    std::vector<QPointF> pixelCurve(int row, int col);

    void setColorBarVisible(bool on);

    /// Crosses with labels drawn over the image (e.g. the vetting centroids); empty = none.
    void setMarkers(std::vector<PixelMarker> markers);
    /// The unit written above the colour bar; empty = flux (e-/s).
    void setValueUnit(const QString& unit);
    QString valueUnit() const { return m_valueUnit; }
    const std::vector<PixelMarker>& markers() const { return m_markers; }

    /// Geometry (widget coordinates), public for tests and overlays.
    QRectF imageRect() const;
    QRectF cellRect(int row, int col) const;
    /// Data (row, col) under a widget position, or (-1, -1) outside the image.
    QPoint cellAt(const QPointF& pos) const;  // QPoint(col, row)
    /// Status text of the last hovered pixel, e.g. "12, 7: 1532.4 e-/s, bits 3".
    QString hoverText() const { return m_hoverText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// Live mask during a drag (each time a pixel changes).
    void apertureChanging(std::vector<std::uint8_t> mask);
    /// Once per completed gesture (mouse release) that changed the mask.
    void apertureEdited(std::vector<std::uint8_t> newMask);
    /// Hover over a pixel: value in e-/s (NaN if none), APERTURE bits (0 if unknown).
    void pixelHovered(int row, int col, double value, int apertureBits);
    void hoverLeft();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildImage();
    void paintAperture(QPainter& p) const;
    void paintMarkers(QPainter& p) const;
    void paintGrid(QPainter& p);
    void ensureBinned(int cellWidth);
    void paintColorBar(QPainter& p, const QRectF& bar) const;
    QRectF colorBarRect() const;
    int colorBarReserve() const;
    void updateHover(const QPointF& pos);
    bool applyStroke(QPoint fromCell, QPoint toCell);

    std::vector<float> m_image;
    int m_rows = 0, m_cols = 0;
    QImage m_rendered;
    ColorMap m_map = ColorMap::Viridis;
    Stretch m_stretch = Stretch::Sqrt;
    double m_loPct = 1.0, m_hiPct = 99.5;
    DisplayLimits m_limits;
    DisplayLimits m_manualLimits{0.0, 0.0};

    std::vector<std::uint8_t> m_mask;
    std::vector<std::int32_t> m_bits;
    bool m_editing = true;
    bool m_gesture = false;
    bool m_gestureChanged = false;
    std::uint8_t m_paintValue = 1;
    QPoint m_lastCell{-1, -1};

    bool m_gridMode = false;
    std::vector<double> m_lcTimes;
    std::vector<std::vector<float>> m_lcFlux;
    int m_lcBinnedWidth = -1;                      ///< cell width the cache was built for
    QString m_valueUnit;                           ///< empty: e-/s
    std::vector<std::vector<QPointF>> m_lcBinned;  ///< unit-square polylines per pixel (NaN = break)

    bool m_colorBar = true;
    QString m_hoverText;
    std::vector<PixelMarker> m_markers;
};

}  // namespace exo::ui
