#pragma once
/// @file periodogram_plot.h
/// Power versus trial period (BLS / TLS / Lomb-Scargle), with annotated peaks and aliases.

#include <qcustomplot.h>
#include <vector>

#include "plots/lod_graph.h"

namespace exo::ui {

/// Periodogram view. The N highest distinct peaks are labelled with their period (labels never
/// overlap: one that would is lifted or hidden); dashed lines mark the aliases P/2 and 2P of the
/// marked period (setMarkedPeriod), or of the top peak when none is marked. A click near the curve emits peakClicked with the
/// period of the local maximum there. Wheel zooms and drag pans the period axis; double-click
/// resets. Dense grids are decimated per screen column. GUI thread only.
class PeriodogramPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit PeriodogramPlot(QWidget* parent = nullptr);

    /// periods (days, any order) and power of equal length. May be called repeatedly while a search
    /// progresses: the view is kept once the user zoomed unless resetView is true.
    void setPeriodogram(const std::vector<double>& periods, const std::vector<double>& power, bool resetView = false);
    void clear();
    void setLogPeriodAxis(bool log);
    bool logPeriodAxis() const { return m_log; }
    /// How many peaks get a label (default 3).
    void setPeakCount(int n);
    /// Highlights a period (e.g. the selected candidate) and moves the P/2 and 2P guides to it;
    /// NaN hides the marker.
    void setMarkedPeriod(double period);
    void setPowerLabel(const QString& label);
    void resetView();

    /// Periods of the labelled peaks, highest first.
    const std::vector<double>& peakPeriods() const { return m_peaks; }
    /// Periods of the P/2 and 2P guides currently drawn (empty when none).
    std::vector<double> aliasPeriods() const;
    /// Texts of the peak labels currently visible (for tests: no two overlap).
    QStringList visiblePeakLabels() const;
    /// Indices of the n highest local maxima of power (sorted by period), at least minSeparation
    /// (relative, e.g. 0.02 = 2 %) apart in period, highest first.
    static std::vector<std::size_t> findPeaks(const std::vector<double>& periods, const std::vector<double>& power,
                                              int n, double minSeparation = 0.02);
    /// Index of the local maximum reached by climbing from index start.
    static std::size_t climbToPeak(const std::vector<double>& power, std::size_t start);

signals:
    void peakClicked(double period);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyles();
    void rebuildAnnotations();
    void rebuildIfNeeded();
    void layoutLabels();

    LodSeries m_series;
    std::vector<double> m_peaks;
    std::vector<QCPAbstractItem*> m_items;
    std::vector<QCPItemText*> m_peakLabels, m_aliasLabels;
    QCPItemStraightLine* m_markLine = nullptr;
    QCPGraph* m_peakGraph = nullptr;
    double m_marked = qQNaN();
    bool m_log = true;
    int m_peakCount = 3;
    bool m_userZoomed = false;
    bool m_dirty = true;
    QCPRange m_builtX;
    int m_builtWidth = -1;
    QPoint m_pressPos;
};

}  // namespace exo::ui
