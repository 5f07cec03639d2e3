#pragma once
/// @file light_curve_plot.h
/// Flux versus time for up to millions of cadences, decimated per screen column (LOD).

#include <QPoint>
#include <cstdint>
#include <qcustomplot.h>
#include <vector>

#include "plots/time_gaps.h"

class QRubberBand;

namespace exo::ui {

/// Light-curve plot. Good points are small dots, quality-flagged points grey crosses (can be
/// hidden), user-masked points hollow circles; optional trend line and transit markers.
/// Mouse: wheel zooms time (Ctrl+wheel zooms flux), drag pans, Shift+drag or right-drag box-zooms,
/// Alt+drag (or DragMode::Brush) brushes a time range, double-click resets the view, a click
/// selects the nearest point. Only the visible range is drawn, as min/max per screen column,
/// rebuilt before each replot when the range or width changed. GUI thread only.
class LightCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class DragMode { Pan, BoxZoom, Brush };
    Q_ENUM(DragMode)

    explicit LightCurvePlot(QWidget* parent = nullptr);

    /// time (days) and flux of equal length; flagged[i] != 0 marks quality-flagged cadences
    /// (empty = none). Points with NaN time or flux are not drawn. Indices in pointClicked refer
    /// to these vectors. Resets the view, unless keepView is set and data was already shown
    /// (e.g. a re-analysis after an aperture edit keeps the user's zoom).
    void setData(std::vector<double> time, std::vector<double> flux, std::vector<std::uint8_t> flagged = {},
                 bool keepView = false);
    /// masked[i] != 0: user-excluded point, drawn in its own style (empty = none). Keeps the view.
    void setUserMask(std::vector<std::uint8_t> masked);
    void setShowFlagged(bool show);
    bool showFlagged() const { return m_showFlagged; }
    /// Trend (e.g. detrending model) drawn as a line; time sorted or not.
    void setTrend(std::vector<double> time, std::vector<double> trend);
    void clearTrend();
    /// Vertical markers at these times (e.g. predicted transits of the selected candidate).
    void setTransitMarkers(std::vector<double> times);
    /// Predicted transits of known planets (same time axis): short ticks along the bottom.
    void setKnownTransitMarkers(std::vector<double> times);
    /// Thresholded dips (the workshop's markers): a triangle at each dip's lowest point.
    /// `times` sorted, mission days; `flux` the same length.
    void setDipMarkers(std::vector<double> times, std::vector<double> flux);
    std::size_t dipMarkerCount() const { return m_dipTimes.size(); }
    const std::vector<double>& knownTransitMarkers() const { return m_knownMarkers; }
    void setAxisLabels(const QString& xLabel, const QString& yLabel);

    /// Gap-compressed time axis (several distant sectors): long gaps squeezed to a thin band
    /// marked by a dotted line; ticks and clicks stay in real time. An identity map restores a
    /// plain axis. Plots linked by an AxisCoordinator must share the same map.
    void setTimeGaps(const GapMap& map);
    const GapMap& timeGaps() const { return m_gaps; }

    void setDragMode(DragMode mode);
    DragMode dragMode() const { return m_dragMode; }

    /// Rescales to all data (good points set the flux range).
    void resetView();
    /// Rebuilds the decimated graph data for the current range now (normally done before replot).
    void rebuildNow();
    /// Points currently held by the point graphs (good + flagged + masked) after decimation.
    int drawnPointCount() const;
    /// Finite points given to setData.
    std::size_t pointCount() const { return m_pointCount; }

signals:
    /// Click near a point (within ~12 px): its index in the setData vectors and its time (days).
    void pointClicked(int index, double time);
    /// A time range brushed with Alt+drag or in Brush mode (t0 < t1, days).
    void rangeBrushed(double t0, double t1);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Series {
        std::vector<double> x, y;         ///< sorted by x
        std::vector<std::size_t> source;  ///< index into the setData vectors
        QCPGraph* graph = nullptr;
    };
    enum class Band { None, Zoom, Brush };

    void splitSeries();
    void rebuildIfNeeded();
    void rebuildSeries(Series& s, double x0, double x1, int width);
    void rebuildMarkers();
    void applyStyles();
    void handleClick(const QPointF& pos);

    std::vector<double> m_time, m_flux;
    std::vector<std::uint8_t> m_flagged, m_masked;
    std::size_t m_pointCount = 0;
    Series m_good, m_flaggedSeries, m_maskedSeries, m_trend;
    QCPGraph* m_markerGraph = nullptr;
    std::vector<double> m_markers;
    std::vector<double> m_trendTime, m_trendValue;  ///< as given (real time)
    GapMap m_gaps;
    std::vector<QCPItemStraightLine*> m_gapLines;
    QCPGraph* m_knownGraph = nullptr;
    std::vector<double> m_knownMarkers;
    QCPGraph* m_dipGraph = nullptr;
    std::vector<double> m_dipTimes, m_dipFlux;
    bool m_showFlagged = true;

    bool m_dirty = true;
    QCPRange m_builtX, m_builtY;
    int m_builtWidth = -1;

    DragMode m_dragMode = DragMode::Pan;
    Band m_band = Band::None;
    QRubberBand* m_rubber = nullptr;
    QPoint m_pressPos;
    bool m_pressed = false;
};

}  // namespace exo::ui
