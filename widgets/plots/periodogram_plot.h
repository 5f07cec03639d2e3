#pragma once
/// @file periodogram_plot.h
/// The BLS periodogram: power against trial period (log axis), updatable as a
/// progressive search refines it. The highest peaks are annotated with their
/// period, and the aliases of the top peak (P/2, 2P) are marked with dashed
/// lines. Clicking near a peak emits peakClicked() with the local maximum.

#include <qcustomplot.h>
#include <vector>

namespace exo::ui {

class PeriodogramPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit PeriodogramPlot(QWidget* parent = nullptr);

    /// Periods in days (any order), power of the same length. Replots (queued).
    void setPeriodogram(std::vector<double> periods, std::vector<double> power);
    void clear();
    /// Periods of the annotated peaks, strongest first.
    const std::vector<double>& peaks() const { return m_peaks; }
    /// Highlight a period (e.g. the one the fold shows); 0 hides the marker.
    void setSelectedPeriod(double periodDays);
    void setLogPeriod(bool on);
    /// The local maximum within a few screen pixels of `periodDays`.
    double snapToPeak(double periodDays) const;

signals:
    void peakClicked(double periodDays);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void findPeaks();
    void rebuildAnnotations();

    std::vector<double> m_period, m_power;  ///< sorted by period
    std::vector<double> m_peaks;
    QCPGraph* m_graph = nullptr;
    QList<QCPAbstractItem*> m_items;
    QCPItemStraightLine* m_selected = nullptr;
    double m_selectedPeriod = 0;
    QPoint m_pressPos;
};

}  // namespace exo::ui
