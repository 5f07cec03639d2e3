#include "plots/plot_empty.h"

#include <qcustomplot.h>

namespace exo::ui {
namespace {
const char* const kHintProperty = "exoEmptyHint";

QCPItemText* hintItem(const QCustomPlot* plot)
{
    return qobject_cast<QCPItemText*>(plot->property(kHintProperty).value<QObject*>());
}
}  // namespace

void setPlotEmptyMessage(QCustomPlot* plot, const QString& message)
{
    QCPItemText* item = hintItem(plot);
    const bool empty = !message.isEmpty();
    if (empty && !item) {
        item = new QCPItemText(plot);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setCoords(0.5, 0.5);
        item->setPositionAlignment(Qt::AlignCenter);
        item->setTextAlignment(Qt::AlignCenter);
        item->setClipToAxisRect(false);
        item->setPadding(QMargins(8, 8, 8, 8));
        plot->setProperty(kHintProperty, QVariant::fromValue<QObject*>(item));
    }
    if (item) {
        item->setVisible(empty);
        item->setColor(plot->palette().color(QPalette::PlaceholderText));
        // Wrap to the plot's width: a long sentence on one line would be cut off.
        const int width = std::max(120, plot->width() - 40);
        const QFontMetrics fm(item->font());
        QString wrapped;
        QString line;
        for (const QString& word : message.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString next = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && fm.horizontalAdvance(next) > width) {
                wrapped += line + QLatin1Char('\n');
                line = word;
            } else {
                line = next;
            }
        }
        wrapped += line;
        item->setText(wrapped);
        item->setProperty("exoMessage", message);
    }
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setVisible(!empty);
        axis->grid()->setVisible(!empty);
    }
    if (plot->legend && plot->legend->property("exoWasVisible").isNull())
        plot->legend->setProperty("exoWasVisible", plot->legend->visible());
    if (plot->legend)
        plot->legend->setVisible(!empty && plot->legend->property("exoWasVisible").toBool());
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QString plotEmptyMessage(const QCustomPlot* plot)
{
    const QCPItemText* item = hintItem(plot);
    return item && item->visible() ? item->property("exoMessage").toString() : QString();
}

}  // namespace exo::ui
