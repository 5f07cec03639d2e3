// The workshop's highlight of the widget to use (see highlight_frame.h).
#include "workshop/highlight_frame.h"

#include <QDockWidget>
#include <QEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>

namespace exo::app {

HighlightFrame::HighlightFrame(QWidget* window) : QWidget(window)
{
    setObjectName(QStringLiteral("workshopHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    // Docks re-layout without telling their children's watchers: follow on a slow timer too.
    m_timer = new QTimer(this);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &HighlightFrame::follow);
}

void HighlightFrame::setTarget(QWidget* target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (target) {
        target->installEventFilter(this);
        revealWidget(target);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    follow();
}

bool HighlightFrame::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_target
        && (e->type() == QEvent::Move || e->type() == QEvent::Resize || e->type() == QEvent::Show
            || e->type() == QEvent::Hide))
        QTimer::singleShot(0, this, &HighlightFrame::follow);
    return QWidget::eventFilter(watched, e);
}

void HighlightFrame::follow()
{
    QWidget* window = parentWidget();
    if (!m_target || !window || !m_target->isVisible() || m_target->window() != window) {
        hide();
        return;
    }
    const QRect r(m_target->mapTo(window, QPoint(0, 0)), m_target->size());
    setGeometry(r.adjusted(-3, -3, 3, 3).intersected(window->rect()));
    show();
    raise();
}

void HighlightFrame::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 140, 0), 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
}

void revealWidget(QWidget* w)
{
    for (QWidget* p = w; p; p = p->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(p)) {
            dock->show();
            dock->raise();
        }
        if (auto* stack = qobject_cast<QStackedWidget*>(p->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget()))
                tabs->setCurrentWidget(p);
    }
}

}  // namespace exo::app
