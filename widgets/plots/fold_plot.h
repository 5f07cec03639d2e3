#pragma once
/// @file fold_plot.h
/// The phase-folded light curve: points of odd and even transits in distinct
/// colours, a binned curve, and a transit model overlay. The x axis is the
/// time from mid-transit in hours; "zoom to transit" shows +-3 durations.

#include <qcustomplot.h>
#include <cstdint>
#include <vector>

namespace exo::ui {

class FoldPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit FoldPlot(QWidget* parent = nullptr);

    /// x: hours from mid-transit; odd[i] != 0 for points of odd-numbered transits.
    /// periodHours bounds the full-phase view. Recomputes the binned curve.
    void setFolded(std::vector<double> hoursFromMid, std::vector<double> flux, std::vector<std::uint8_t> odd,
                   double periodHours);
    /// The model overlay (x in hours from mid-transit); empty vectors hide it.
    void setModel(std::vector<double> x, std::vector<double> y);
    /// Show +-3 durations around the transit and bin finely there.
    void zoomToTransit(double durationHours);
    /// Show the whole orbit.
    void showFullPhase();
    int binnedPointCount() const { return m_binned->dataCount(); }

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebin();
    void applyColors();

    std::vector<double> m_x, m_y;
    std::vector<std::uint8_t> m_odd;
    double m_periodHours = 0, m_durationHours = 0;
    QCPGraph* m_oddGraph = nullptr;
    QCPGraph* m_evenGraph = nullptr;
    QCPGraph* m_binned = nullptr;
    QCPGraph* m_model = nullptr;
};

}  // namespace exo::ui
