#include "plots/axis_coordinator.h"

#include <QSignalBlocker>
#include <qcustomplot.h>

namespace exo::ui {

AxisCoordinator::AxisCoordinator(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QCPRange>("QCPRange");  // queued connections and QSignalSpy
}

void AxisCoordinator::addPlot(QCustomPlot* plot)
{
    if (!plot || m_plots.contains(plot))
        return;
    m_plots.removeAll(nullptr);
    const bool adopt = !m_plots.isEmpty();
    const QCPRange current = adopt ? m_plots.first()->xAxis->range() : QCPRange();
    m_plots.append(plot);
    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, plot](const QCPRange& r) { propagate(plot, r); });
    if (adopt) {
        plot->xAxis->setRange(current);  // not blocked: the plot's own listeners must see it
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void AxisCoordinator::removePlot(QCustomPlot* plot)
{
    if (!plot)
        return;
    m_plots.removeAll(plot);
    disconnect(plot->xAxis, nullptr, this, nullptr);
}

int AxisCoordinator::plotCount() const
{
    int n = 0;
    for (const auto& p : m_plots)
        n += p ? 1 : 0;
    return n;
}

void AxisCoordinator::setRange(const QCPRange& range) { propagate(nullptr, range); }

void AxisCoordinator::propagate(QCustomPlot* source, const QCPRange& range)
{
    if (m_propagating)
        return;
    m_propagating = true;
    for (const auto& p : m_plots) {
        if (!p || p == source)
            continue;
        {
            const QSignalBlocker block(p->xAxis);
            p->xAxis->setRange(range);
        }
        // Plots that rebuild data per range (LightCurvePlot) do so before each replot.
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    if (source)
        source->replot(QCustomPlot::rpQueuedReplot);
    m_propagating = false;
    emit rangeChanged(range);
}

}  // namespace exo::ui
