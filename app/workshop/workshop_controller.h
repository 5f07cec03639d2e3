#pragma once
/// @file workshop_controller.h
/// Help > Workshop: runs the guided tutorial (steps in workshop_steps.h) in a
/// dock beside the window. It shows a step, highlights the widget it uses, and
/// watches the session, the analysis controller, the views and Search All Stars
/// for the step's condition; when it holds, the step is done (it stays done) and
/// Next is enabled. It also creates the workshop folder (core/demo/workshop) in
/// the background and opens it. Jumping ahead (goToStep with catch-up) applies
/// the settings the skipped steps would have set, so any step can be shown as the
/// attendee would see it (exoworld --workshop-step N).

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "pipeline/settings.h"

class QDockWidget;

namespace exo::app {

class HighlightFrame;
class MainWindow;
class SearchAllStars;
class WorkshopPanel;

class WorkshopController : public QObject {
    Q_OBJECT
public:
    WorkshopController(MainWindow* window, SearchAllStars* searchAll);
    ~WorkshopController() override;

    QDockWidget* dock() const { return m_dock; }
    WorkshopPanel* panel() const { return m_panel; }
    HighlightFrame* highlight() const { return m_highlight; }
    int currentStep() const { return m_step; }
    int stepCount() const;
    bool isStepDone(int step) const { return step >= 0 && step < m_done.size() && m_done[step]; }

    /// Show the dock at the current step (the first time: step 1).
    void open();
    /// Go to `step` (0-based). With `catchUp`, apply what the steps before it set.
    void goToStep(int step, bool catchUp = false);
    void next();
    void back();

    /// Generate the workshop folder into `dir` in the background, then open it.
    void createFolder(const QString& dir);
    /// Where the Create button writes: $EXOWORLD_WORKSHOP_DIR, else Documents/ExoWorld workshop.
    static QString defaultFolder();
    bool isCreating() const;

    /// The settings after the workshop's steps before `step` (from the session's `base`).
    static pipeline::PrepareSettings settingsBefore(int step, pipeline::PrepareSettings base);

signals:
    void stepChanged(int step);
    void stepDone(int step);
    void folderCreated(const QString& dir);
    void folderFailed(const QString& message);

public slots:
    /// Re-check the current step (coalesced; called by every watched signal).
    void scheduleCheck();
    /// Count these events (the window's signals): steps wait for one after they began.
    void noteFold()
    {
        ++m_folds;
        scheduleCheck();
    }
    void noteExport()
    {
        ++m_exports;
        scheduleCheck();
    }

private:
    void check();
    bool isDone(int step) const;
    void showCurrent();
    void applyStartOfWorkshop();
    QWidget* findTarget(const char* name) const;

    MainWindow* m_window;
    QPointer<SearchAllStars> m_searchAll;
    QDockWidget* m_dock = nullptr;
    WorkshopPanel* m_panel = nullptr;
    HighlightFrame* m_highlight = nullptr;
    QFutureWatcher<QString>* m_create = nullptr;
    QVector<bool> m_done;
    int m_step = 0;
    int m_folds = 0, m_foldsAtEntry = 0;
    int m_exports = 0, m_exportsAtEntry = 0;
    bool m_searchedAll = false;
    bool m_started = false;  ///< the raw-light-curve start was applied
    bool m_checkQueued = false;
    QString m_pendingStar;  ///< select when it appears (catch-up before the files loaded)
};

}  // namespace exo::app
