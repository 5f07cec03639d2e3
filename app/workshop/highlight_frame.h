#pragma once
/// @file highlight_frame.h
/// An orange frame drawn over the widget the current workshop step uses. It is a
/// child of the main window, transparent to the mouse, and follows its target
/// (moves, resizes, hides with it). Raises the dock or tab that holds the target.

#include <QPointer>
#include <QWidget>

class QTimer;

namespace exo::app {

class HighlightFrame : public QWidget {
    Q_OBJECT
public:
    explicit HighlightFrame(QWidget* window);
    /// Frame `target` (null hides the frame); its dock is raised and its tab selected.
    void setTarget(QWidget* target);
    QWidget* target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void follow();

    QPointer<QWidget> m_target;
    QTimer* m_timer = nullptr;
};

/// Make `w` visible to the user: raise the dock widget that holds it and select the tab page
/// (QTabWidget) it is on.
void revealWidget(QWidget* w);

}  // namespace exo::app
