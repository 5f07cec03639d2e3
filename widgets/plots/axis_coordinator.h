#pragma once
/// @file axis_coordinator.h
/// Links the x (time) axes of several plots through one object, not plot-to-plot wiring.

#include <QObject>
#include <QPointer>
#include <QVector>

class QCustomPlot;
class QCPRange;

namespace exo::ui {

/// When the x range of any registered plot changes, sets the same range on all the others with
/// their x axis signals blocked (QSignalBlocker), so nothing echoes back, then queues their replot.
/// Plots may be destroyed at any time (tracked with QPointer). GUI thread only; does not own plots.
class AxisCoordinator : public QObject {
    Q_OBJECT
public:
    explicit AxisCoordinator(QObject* parent = nullptr);

    /// Registers a plot; if others are linked it adopts their current range.
    void addPlot(QCustomPlot* plot);
    void removePlot(QCustomPlot* plot);
    int plotCount() const;

public slots:
    /// Sets the range on every linked plot (e.g. from a "reset zoom" action).
    void setRange(const QCPRange& range);

signals:
    /// The shared range changed (after propagation).
    void rangeChanged(const QCPRange& range);

private:
    void propagate(QCustomPlot* source, const QCPRange& range);

    QVector<QPointer<QCustomPlot>> m_plots;
    bool m_propagating = false;
};

}  // namespace exo::ui
