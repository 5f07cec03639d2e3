#pragma once
/// @file transit_gallery.h
/// Small multiples of a candidate's transits: one cell per event with data, all on
/// one flux scale, the box model of the fold overlaid, the depth and SNR of the event
/// in the corner. Lets the eye spot the one event that makes the signal, the odd
/// ones deeper than the even ones, or a dip that is really a gap edge.

#include <QWidget>
#include <vector>

namespace exo::ui {

struct GalleryEvent {
    int epoch = 0;
    double center = 0;  ///< mid-transit, mission days
    double depthPpm = 0;
    double snr = 0;
};

/// GUI thread only. Painted with QPainter (no plot widget per cell, so hundreds of
/// events stay cheap); at most maxCells() cells, the strongest events first when more.
class TransitGallery : public QWidget {
    Q_OBJECT
public:
    explicit TransitGallery(QWidget* parent = nullptr);

    /// Flattened light curve (sorted by time), the ephemeris and the events to show.
    /// `modelDepthPpm` draws the box of the fold in every cell.
    void setData(std::vector<double> time, std::vector<double> flux, double periodDays, double durationDays,
                 std::vector<GalleryEvent> events, double modelDepthPpm);
    void clear();

    int cellCount() const { return int(m_shown.size()); }
    int eventCount() const { return int(m_events.size()); }
    static int maxCells() { return 48; }
    /// Grid geometry for a cell (tests, overlays).
    QRectF cellRect(int index) const;
    /// The label lines of cell `index` as painted: "#0  860 ppm  SNR 9.3" on one line when it
    /// fits the cell, else "#0  860 ppm" above "SNR 9.3" (never clipped in a narrow dock).
    QStringList cellLabel(int index) const;

    QSize sizeHint() const override { return {420, 320}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void layoutGrid(int& cols, int& rows) const;
    QFont labelFont() const;

    std::vector<double> m_time, m_flux;
    double m_period = 0, m_duration = 0, m_model = 0;
    std::vector<GalleryEvent> m_events;
    std::vector<int> m_shown;  ///< indices into m_events, in time order
    double m_yLo = 0, m_yHi = 0;
};

}  // namespace exo::ui
