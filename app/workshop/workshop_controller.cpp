// Help > Workshop: the tutorial's state, its checks and the workshop folder (see workshop_controller.h).
#include "workshop/workshop_controller.h"

#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <cmath>
#include <utility>

#include "demo/workshop.h"
#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "gui/main_window_vetting.h"
#include "panels/pipeline_panel.h"
#include "plots/light_curve_plot.h"
#include "session/session.h"
#include "workshop/highlight_frame.h"
#include "workshop/search_all.h"
#include "workshop/workshop_panel.h"
#include "workshop/workshop_steps.h"

namespace exo::app {

using pipeline::DetrendMethod;
using pipeline::FluxSource;

WorkshopController::WorkshopController(MainWindow* window, SearchAllStars* searchAll)
    : QObject(window), m_window(window), m_searchAll(searchAll)
{
    m_panel = new WorkshopPanel;
    m_dock = new QDockWidget(tr("Workshop"), window);
    m_dock->setObjectName(QStringLiteral("workshopDock"));
    m_dock->setWidget(m_panel);
    m_dock->hide();
    m_highlight = new HighlightFrame(window);
    m_done.fill(false, stepCount());

    connect(m_panel, &WorkshopPanel::nextClicked, this, &WorkshopController::next);
    connect(m_panel, &WorkshopPanel::backClicked, this, &WorkshopController::back);
    connect(m_panel, &WorkshopPanel::createClicked, this, [this] { createFolder(defaultFolder()); });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_highlight->setTarget(visible ? findTarget(workshopSteps()[m_step].target) : nullptr);
    });

    // What the steps watch: the session, the analysis, the views and Search All Stars.
    Session* s = window->session();
    for (auto sig : {&Session::filesChanged, &Session::prepareSettingsChanged, &Session::candidatesChanged})
        connect(s, sig, this, &WorkshopController::scheduleCheck);
    connect(s, &Session::currentStarChanged, this, &WorkshopController::scheduleCheck);
    connect(s, &Session::filesChanged, this, [this] {
        if (!m_pendingStar.isEmpty() && m_window->session()->stars().contains(m_pendingStar)) {
            m_window->session()->setCurrentStar(std::exchange(m_pendingStar, QString()));
        }
    });
    AnalysisController* c = window->controller();
    connect(c, &AnalysisController::preparedReady, this, &WorkshopController::scheduleCheck);
    connect(c, &AnalysisController::searchFinished, this, &WorkshopController::scheduleCheck);
    connect(c, &AnalysisController::busyChanged, this, &WorkshopController::scheduleCheck);
    connect(window, &MainWindow::foldShown, this, &WorkshopController::noteFold);
    connect(window, &MainWindow::candidatesExported, this, &WorkshopController::noteExport);
    if (VettingController* v = window->vetting()) {
        connect(v, &VettingController::reportReady, this, &WorkshopController::scheduleCheck);
        if (auto* vd = window->findChild<QDockWidget*>(QStringLiteral("vettingDock")))
            connect(vd, &QDockWidget::visibilityChanged, this, &WorkshopController::scheduleCheck);
    }
    if (searchAll)
        connect(searchAll, &SearchAllStars::finished, this, [this](int stars, double, bool cancelled) {
            if (stars > 0 && !cancelled)
                m_searchedAll = true;
            scheduleCheck();
        });
}

WorkshopController::~WorkshopController()
{
    if (m_create) {
        m_create->disconnect(this);
        m_create->waitForFinished();
    }
}

int WorkshopController::stepCount() const { return int(workshopSteps().size()); }

QString WorkshopController::defaultFolder()
{
    const QString env = qEnvironmentVariable("EXOWORLD_WORKSHOP_DIR");
    if (!env.isEmpty())
        return env;
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty())
        docs = QDir::homePath();
    return QDir(docs).filePath(QStringLiteral("ExoWorld workshop"));
}

bool WorkshopController::isCreating() const { return m_create && m_create->isRunning(); }

void WorkshopController::createFolder(const QString& dir)
{
    if (isCreating())
        return;
    delete m_create;
    m_create = new QFutureWatcher<QString>(this);
    m_panel->setCreating(true);
    m_panel->setCreateMessage(tr("Creating the workshop folder in %1…").arg(QDir::toNativeSeparators(dir)));
    connect(m_create, &QFutureWatcherBase::finished, this, [this, dir] {
        m_panel->setCreating(false);
        const QString error = m_create->result();
        if (!error.isEmpty()) {
            m_panel->setCreateMessage(tr("The workshop folder could not be created: %1").arg(error));
            emit folderFailed(error);
            return;
        }
        m_panel->setCreateMessage(
            tr("Workshop folder: %1 (the answer key is in its instructor folder).").arg(QDir::toNativeSeparators(dir)));
        m_window->openPaths({dir});
        emit folderCreated(dir);
    });
    m_create->setFuture(QtConcurrent::run([d = dir.toStdString()]() -> QString {
        demo::WorkshopParams p;
        auto r = demo::generateWorkshop(p, d);
        return r.ok() ? QString() : QString::fromStdString(r.status.detail);
    }));
}

void WorkshopController::open()
{
    // The workshop's own rows of the Pipeline panel (split, bin, dips) are shown.
    if (auto* pp = m_window->findChild<ui::PipelinePanel*>())
        pp->setWorkshopRowsVisible(true);
    const bool wasHidden = !m_dock->isVisible();
    m_dock->show();
    m_dock->raise();
    if (wasHidden)  // room for the step's text: about half the column, under the Pipeline panel
        m_window->resizeDocks({m_dock}, {std::max(300, m_window->height() * 9 / 20)}, Qt::Vertical);
    showCurrent();
}

void WorkshopController::goToStep(int step, bool catchUp)
{
    step = std::clamp(step, 0, stepCount() - 1);
    if (catchUp) {
        Session* s = m_window->session();
        if (step >= 2) {
            m_started = true;
            s->setPrepareSettings(settingsBefore(step, s->prepareSettings()));
        }
        if (step >= 2) {
            if (s->stars().contains(workshopFirstStar()))
                s->setCurrentStar(workshopFirstStar());
            else
                m_pendingStar = workshopFirstStar();
        }
        for (int i = 0; i < step; ++i)
            m_done[i] = true;
    } else if (step >= 2 && !m_started) {
        applyStartOfWorkshop();
    }
    m_step = step;
    m_foldsAtEntry = m_folds;
    m_exportsAtEntry = m_exports;
    open();
    emit stepChanged(m_step);
}

void WorkshopController::next()
{
    if (m_step + 1 >= stepCount()) {
        m_highlight->setTarget(nullptr);
        m_dock->hide();
        return;
    }
    if (isStepDone(m_step))
        goToStep(m_step + 1);
}

void WorkshopController::back()
{
    if (m_step > 0)
        goToStep(m_step - 1);
}

pipeline::PrepareSettings WorkshopController::settingsBefore(int step, pipeline::PrepareSettings p)
{
    // Step 2 begins from the raw light curve; each later step adds what its row asks for.
    if (step >= 2) {
        p.flux = FluxSource::Pdcsap;
        p.gapDays = 30.0;
        p.minSegmentPoints = 0;
        p.binMinutes = 0;
        p.detrend = DetrendMethod::None;
        p.dipSigma = 0;
    }
    if (step > 2)
        p.flux = FluxSource::Sap;
    if (step > 3) {
        p.gapDays = 0.25;
        p.minSegmentPoints = 100;
    }
    if (step > 4)
        p.binMinutes = 60;
    if (step > 5) {
        p.detrend = DetrendMethod::MovingMeanPoints;
        p.windowPoints = 5;
    }
    if (step > 7)
        p.dipSigma = 3;
    if (step > 9) {
        p.detrend = DetrendMethod::Biweight;
        p.binMinutes = 0;
    }
    return p;
}

void WorkshopController::applyStartOfWorkshop()
{
    m_started = true;
    Session* s = m_window->session();
    s->setPrepareSettings(settingsBefore(2, s->prepareSettings()));
}

QWidget* WorkshopController::findTarget(const char* name) const
{
    if (!name || !*name)
        return nullptr;
    const QString n = QString::fromLatin1(name);
    if (n == QLatin1String("workshopCreateButton"))
        return m_panel->createButton();
    if (n == QLatin1String("mainMenuBar"))
        return m_window->menuBar();
    if (auto* dock = m_window->findChild<QDockWidget*>(n))
        return dock->widget() ? dock->widget() : dock;
    return m_window->findChild<QWidget*>(n);
}

void WorkshopController::showCurrent()
{
    const int n = stepCount();
    m_panel->showStep(m_step, n, workshopStepTitle(m_step), workshopStepText(m_step));
    m_panel->setCreateVisible(m_step == 0);
    m_panel->setDone(isStepDone(m_step), m_step + 1 == n);
    m_highlight->setTarget(m_dock->isVisible() ? findTarget(workshopSteps()[m_step].target) : nullptr);
    scheduleCheck();
}

void WorkshopController::scheduleCheck()
{
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checkQueued = false;
        check();
    });
}

void WorkshopController::check()
{
    if (m_done[m_step] || !isDone(m_step))
        return;
    m_done[m_step] = true;
    m_panel->setDone(true, m_step + 1 == stepCount());
    emit stepDone(m_step);
}

bool WorkshopController::isDone(int step) const
{
    const Session* s = m_window->session();
    const auto& p = s->prepareSettings();
    const AnalysisController* c = m_window->controller();
    const bool ready = c->prepared() != nullptr && !c->busy();
    switch (workshopSteps()[step].check) {
    case WorkshopCheck::Read: return true;
    // (the workshop's own star 01, which the next step opens: any two stars did, e.g. the
    // demo star and Kepler-62, so step 1 said "Done" before the folder existed)
    case WorkshopCheck::FolderOpen: return s->stars().contains(workshopFirstStar());
    case WorkshopCheck::FirstStarOpen: return s->currentStar() == workshopFirstStar() && ready;
    case WorkshopCheck::FluxSap: return p.flux == FluxSource::Sap && ready;
    case WorkshopCheck::SplitAtGaps:
        return std::abs(p.gapDays * 24.0 - 6.0) <= 1.2 && p.minSegmentPoints >= 100 && ready;
    case WorkshopCheck::Binned: return p.binMinutes > 0 && ready;
    case WorkshopCheck::MovingAverage: return p.detrend == DetrendMethod::MovingMeanPoints && ready;
    case WorkshopCheck::DipsMarked: return p.dipSigma > 0 && ready && m_window->flatPlot()->dipMarkerCount() > 0;
    case WorkshopCheck::SearchedAll: return m_searchedAll;
    case WorkshopCheck::TransitSearch: {
        const auto o = c->searchOutcome();
        return p.detrend == DetrendMethod::Biweight && ready && o && !o->candidates.empty()
               && s->currentStar() == workshopFirstStar();
    }
    case WorkshopCheck::Folded: return m_folds > m_foldsAtEntry && m_window->foldPeriod() > 0;
    case WorkshopCheck::Vetted: {
        const VettingController* v = m_window->vetting();
        const auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("vettingDock"));
        return v && v->report() && dock && dock->isVisible();
    }
    case WorkshopCheck::Flagged:
        for (const auto& r : s->candidates())
            if (r.flagged)
                return true;
        return false;
    case WorkshopCheck::Exported: return m_exports > m_exportsAtEntry;
    }
    return false;
}

}  // namespace exo::app
