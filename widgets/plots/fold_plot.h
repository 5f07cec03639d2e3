#pragma once
/// @file fold_plot.h
/// Phase-folded light curve: odd and even transits, binned curve and transit model.

#include <cstdint>
#include <qcustomplot.h>
#include <vector>

#include "plots/lod_graph.h"

namespace exo::ui {

/// Folded view in hours from mid-transit. Odd and even transits are drawn in distinct colours
/// (a depth difference betrays an eclipsing binary at twice the period), a binned median curve on
/// top, and an optional model. Either zoomed on the transit (±3 durations) or the full phase.
/// GUI thread only.
class FoldPlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class ViewMode { Transit, FullPhase };
    Q_ENUM(ViewMode)

    explicit FoldPlot(QWidget* parent = nullptr);

    /// phaseHours: time from the nearest mid-transit (hours); isOdd[i] != 0 for odd-numbered
    /// transits (empty = all even). Recomputes the binned curve.
    void setFolded(const std::vector<double>& phaseHours, const std::vector<double>& flux,
                   const std::vector<std::uint8_t>& isOdd = {});
    /// Model curve (hours, flux); any order.
    void setModel(const std::vector<double>& phaseHours, const std::vector<double>& flux);
    void clearModel();
    /// Transit duration (hours), used by the Transit view and the default bin width.
    void setTransitDuration(double hours);
    /// Bin width in hours; 0 = automatic (duration / 8, or span / 150).
    void setBinWidth(double hours);
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    void setShowOddEven(bool show);
    /// A caption at the top of the plot (e.g. "Kepler-62 d"); empty hides it.
    void setTitle(const QString& title);
    QString title() const { return m_titleText; }

    /// Binned curve currently shown (bin centres in hours, median flux).
    const std::vector<double>& binnedX() const { return m_binned.x; }
    const std::vector<double>& binnedY() const { return m_binned.y; }

public slots:
    void zoomToTransit() { setViewMode(ViewMode::Transit); }
    void showFullPhase() { setViewMode(ViewMode::FullPhase); }

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyles();
    void rebinAndView();
    void applyView();
    void rebuildIfNeeded();

    std::vector<double> m_phase, m_flux;
    LodSeries m_odd, m_even, m_model, m_binned;
    double m_duration = 0.0;
    double m_binWidth = 0.0;
    ViewMode m_mode = ViewMode::Transit;
    QCPItemText* m_title = nullptr;
    QString m_titleText;
    bool m_dirty = true;
    QCPRange m_builtX, m_builtY;
    int m_builtWidth = -1, m_builtHeight = -1;
};

}  // namespace exo::ui
