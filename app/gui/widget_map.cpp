#include "gui/widget_map.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <algorithm>
#include <cmath>

#include "plots/periodogram_plot.h"

namespace exo::app {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

QString actionName(const QAction* a) { return a->objectName().isEmpty() ? plain(a->text()) : a->objectName(); }

void line(QString& out, const char* kind, const QRect& r, const QString& name)
{
    out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QLatin1String(kind))
               .arg(r.x())
               .arg(r.y())
               .arg(r.width())
               .arg(r.height())
               .arg(name);
}

QRect globalRect(const QWidget* w, const QRect& local) { return QRect(w->mapToGlobal(local.topLeft()), local.size()); }

void addRows(QString& out, const QAbstractItemView* view, const QModelIndex& parent, const QString& prefix, int depth)
{
    const auto* model = view->model();
    if (!model || depth > 2)
        return;
    const auto* tree = qobject_cast<const QTreeView*>(view);
    const QRect port = view->viewport()->rect();
    for (int r = 0; r < std::min(model->rowCount(parent), 200); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        const QString name = prefix + QString::number(r);
        QRect rect = view->visualRect(idx);
        if (rect.isValid() && rect.intersects(port)) {
            rect.setRight(port.right());  // the whole row, not only its first column
            line(out, "row", globalRect(view->viewport(), rect.intersected(port)),
                 name + QLatin1Char(' ') + plain(idx.data().toString()));
        }
        if (tree && tree->isExpanded(idx))
            addRows(out, view, idx, name + QLatin1Char('.'), depth + 1);
    }
}

void addPeaks(QString& out, const ui::PeriodogramPlot* plot)
{
    if (!plot->graph(0))
        return;
    const auto data = plot->graph(0)->data();
    int n = 0;
    for (double p : plot->peakPeriods()) {
        // The curve's highest point within 0.5 % of the peak's period.
        double best = std::nan("");
        for (auto it = data->findBegin(p * 0.995, false); it != data->constEnd() && it->key <= p * 1.005; ++it)
            if (std::isnan(best) || it->value > best)
                best = it->value;
        if (std::isnan(best))
            continue;
        const QPoint local(int(std::lround(plot->xAxis->coordToPixel(p))),
                           int(std::lround(plot->yAxis->coordToPixel(best))));
        if (!plot->rect().contains(local))
            continue;
        line(out, "peak", QRect(plot->mapToGlobal(local), QSize(1, 1)),
             QStringLiteral("%1 %2").arg(n++).arg(p, 0, 'g', 8));
    }
}

void addWidget(QString& out, QWidget* w)
{
    if (!w->isVisible())
        return;
    if (w->isWindow())
        line(out, "window", w->frameGeometry(), plain(w->windowTitle()));
    const QString name = w->objectName();
    if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
        line(out, "widget", globalRect(w, w->rect()), name);
    if (auto* bar = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < bar->count(); ++i)
            if (bar->isTabVisible(i))
                line(out, "tab", globalRect(bar, bar->tabRect(i)), plain(bar->tabText(i)));
    } else if (auto* menuBar = qobject_cast<QMenuBar*>(w)) {
        for (QAction* a : menuBar->actions())
            if (a->isVisible() && !menuBar->actionGeometry(a).isEmpty())
                line(out, "menu", globalRect(menuBar, menuBar->actionGeometry(a)), actionName(a));
    } else if (auto* menu = qobject_cast<QMenu*>(w)) {
        for (QAction* a : menu->actions())
            if (a->isVisible() && !a->isSeparator())
                line(out, "menu", globalRect(menu, menu->actionGeometry(a)), actionName(a));
    } else if (auto* tb = qobject_cast<QToolBar*>(w)) {
        for (QAction* a : tb->actions())
            if (QWidget* b = tb->widgetForAction(a); b && b->isVisible())
                line(out, "tool", globalRect(b, b->rect()), actionName(a));
    } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && !name.isEmpty()) {
        addRows(out, view, view->rootIndex(), name + QLatin1Char(':'), 0);
    } else if (auto* plot = qobject_cast<ui::PeriodogramPlot*>(w)) {
        addPeaks(out, plot);
    } else if (auto* button = qobject_cast<QAbstractButton*>(w);
               button && name.isEmpty() && !button->text().isEmpty()) {
        line(out, "button", globalRect(button, button->rect()), plain(button->text()));
    }
    for (QObject* child : w->children())
        if (auto* cw = qobject_cast<QWidget*>(child))
            addWidget(out, cw);
}

}  // namespace

QString widgetMapText()
{
    QString out;
    for (QWidget* w : QApplication::topLevelWidgets())
        addWidget(out, w);
    return out;
}

void startWidgetMap(const QString& path, QObject* parent, int intervalMs)
{
    auto* timer = new QTimer(parent);
    QObject::connect(timer, &QTimer::timeout, timer, [path] {
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Text)) {
            f.write(widgetMapText().toUtf8());
            f.commit();
        }
    });
    timer->start(intervalMs);
}

}  // namespace exo::app
