// MainWindow: construction, views, docks, actions and wiring (files and sessions:
// main_window_files.cpp).
#include "gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "gui/analysis_controller.h"
#include "gui/demo_launcher.h"
#include "gui/main_window_archive.h"
#include "panels/candidates_table.h"
#include "panels/pipeline_panel.h"
#include "panels/star_browser.h"
#include "pixels/pixel_panel.h"
#include "plots/axis_coordinator.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "session/app_settings.h"
#include "session/session.h"
#include "session/session_io.h"

namespace exo::app {

namespace {
/// "FILE: " for a message about the analysed files (named once: when the message quotes
/// one of their paths, that file alone is named and the path leaves the message), and
/// the message itself. Returns {prefix, message} for tr("%1...%2").arg(...).
std::pair<QString, QString> namePrefixAndMessage(const QStringList& analysed, QString message)
{
    QStringList names;
    for (const QString& p : analysed) {
        const QString base = QFileInfo(p).fileName();
        if (message.contains(p + QLatin1String(": ")) || message.contains(base + QLatin1String(": "))) {
            message.remove(p + QLatin1String(": "));
            message.remove(base + QLatin1String(": "));
            names = QStringList{base};
            break;
        }
        names << base;
    }
    return {names.isEmpty() ? QString() : names.join(QLatin1String(", ")) + QLatin1String(": "), message};
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("ExoWorldMainWindow"));
    m_session = new Session(this);
    m_controller = new AnalysisController(this);
    m_settings = new AppSettings(this);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);

    buildViews();
    buildDocks();
    buildActions();
    buildToolBar();
    connectLayout();
    connectSession();
    connectController();
    connectViews();
    buildVetting();
    wireCandidateStore();
    buildWorkshop();
    updateTitle();
    statusBar()->showMessage(tr("Open a star: File > Open, or drop Kepler/K2/TESS files here."));
}

MainWindow::~MainWindow()
{
    // Shutdown order: no signal may reach this half-destroyed window. First cut every
    // connection from our children (controller, session, views, timers) to the window's
    // slots and lambdas, then stop the background work and destroy the controller while
    // the Session and the views still exist. Only then do QWidget/QObject destroy the
    // remaining children (the Session among them), with nothing left to call back here.
    m_searchDebounce->stop();
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
    m_controller->shutdown();
    delete m_controller;
    m_controller = nullptr;
}

void MainWindow::buildViews()
{
    m_pixels = new ui::PixelPanel(this);
    m_rawPlot = new ui::LightCurvePlot(this);
    m_rawPlot->setObjectName(QStringLiteral("rawPlot"));
    m_rawPlot->setAxisLabels(tr("Time"), tr("Normalised flux"));
    m_rawPlot->setToolTip(tr("The star's brightness through the aperture, with the fitted trend.\n"
                             "Wheel: zoom. Drag: pan. Shift+drag: box zoom. Double-click: reset. Click a point to see "
                             "its pixels. To hide a time range from the analysis, switch on the Mask time range "
                             "tool (toolbar or Ctrl+M) and drag across it."));
    m_flatPlot = new ui::LightCurvePlot(this);
    m_flatPlot->setObjectName(QStringLiteral("flatPlot"));
    m_flatPlot->setAxisLabels(tr("Time"), tr("Flattened flux"));
    m_flatPlot->setToolTip(tr("The light curve divided by its trend: transits show up as short dips."));
    m_periodogram = new ui::PeriodogramPlot(this);
    m_periodogram->setToolTip(tr("Transit search (BLS) power against trial period. Click a peak to fold on it."));
    m_fold = new ui::FoldPlot(this);
    m_fold->setToolTip(tr("The flattened light curve folded on the period: every transit stacked on top of "
                          "each other. Odd and even transits are drawn in different colours."));

    // The fold's legend goes in a row above the plot, so it never hides the transit.
    if (m_fold->axisRect()->insetLayout()->take(m_fold->legend)) {
        m_fold->plotLayout()->insertRow(0);
        m_fold->plotLayout()->addElement(0, 0, m_fold->legend);
        m_fold->legend->setWrap(2);
        m_fold->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        m_fold->legend->setBorderPen(Qt::NoPen);
        m_fold->legend->setBrush(Qt::NoBrush);
        m_fold->legend->setMargins(QMargins(2, 2, 2, 0));
        m_fold->plotLayout()->setRowStretchFactor(0, 0.001);
        m_fold->plotLayout()->setRowSpacing(0);
    }

    m_axes = new ui::AxisCoordinator(this);
    m_axes->addPlot(m_rawPlot);
    m_axes->addPlot(m_flatPlot);

    // Periodogram and fold side by side: click a peak on the left, see the transit on the right.
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("lowerSplitter"));
    lower->addWidget(m_periodogram);
    lower->addWidget(m_fold);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_rawPlot);
    right->addWidget(m_flatPlot);
    right->addWidget(lower);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 4);
    right->setChildrenCollapsible(false);

    // Left column: the pixels above the candidate list; right: the plots.
    m_candidates = new ui::CandidatesTable(this);
    auto* leftCol = new QSplitter(Qt::Vertical, this);
    leftCol->addWidget(m_pixels);
    leftCol->addWidget(m_candidates);
    leftCol->setStretchFactor(0, 3);
    leftCol->setStretchFactor(1, 2);
    leftCol->setChildrenCollapsible(false);

    auto* central = new QSplitter(Qt::Horizontal, this);
    central->setObjectName(QStringLiteral("centralSplitter"));
    central->addWidget(leftCol);
    central->addWidget(right);
    central->setStretchFactor(0, 2);
    central->setStretchFactor(1, 5);
    central->setSizes({330, 900});
    central->setChildrenCollapsible(false);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the computation that is running (Esc)"));
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::buildDocks()
{
    m_browser = new ui::StarBrowser(this);
    auto* starDock = m_starDock = new QDockWidget(tr("Stars"), this);
    starDock->setObjectName(QStringLiteral("starsDock"));
    starDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, starDock);

    m_pipelinePanel = new ui::PipelinePanel(this);
    auto* pipeDock = m_pipeDock = new QDockWidget(tr("Pipeline"), this);
    pipeDock->setObjectName(QStringLiteral("pipelineDock"));
    pipeDock->setWidget(m_pipelinePanel);
    addDockWidget(Qt::RightDockWidgetArea, pipeDock);

    resizeDocks({pipeDock, starDock}, {300, 190}, Qt::Horizontal);

    m_pipelinePanel->setPrepareSettings(m_session->prepareSettings());
    m_pipelinePanel->setSearchSettings(m_session->searchSettings());
    m_pipelinePanel->setAutoSearch(true);  // the search follows every change by default
}

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* openFiles = m_actOpenFiles = file->addAction(tr("&Open Files…"), this, &MainWindow::openFilesDialog);
    openFiles->setShortcut(QKeySequence::Open);
    openFiles->setToolTip(tr("Open Kepler, K2 or TESS pixel files or light curves (.fits, .fits.gz)"));
    m_actOpenFolder =
        file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openFolderDialog);
    m_archiveLink = new MainWindowArchive(this, file);  // adds File > Find Star Online…
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("Open &Session…"), this, &MainWindow::openSessionDialog);
    m_actSave = file->addAction(tr("&Save Session"), QKeySequence::Save, this, &MainWindow::saveSession);
    file->addAction(tr("Save Session &As…"), QKeySequence::SaveAs, this, &MainWindow::saveSessionAs);
    file->addSeparator();
    m_actExportPlot = file->addAction(tr("Export &Plot…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportPlot);
    file->addAction(tr("Export &Light Curve…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportLightCurve);
    buildCandidateActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_actUndo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_actRedo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // Both common bindings, each once: QKeySequence::Redo repeats one of them on Linux, and a
    // key bound twice is an "Ambiguous shortcut overload" that does nothing.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_actMaskTool = edit->addAction(tr("&Mask Time Range"));
    m_actMaskTool->setObjectName(QStringLiteral("maskToolAction"));
    m_actMaskTool->setCheckable(true);
    m_actMaskTool->setShortcut(QKeySequence(tr("Ctrl+M")));
    connect(m_actMaskTool, &QAction::toggled, this, &MainWindow::setMaskTool);
    edit->addAction(tr("Clear &Masked Ranges"), this, [this] { m_session->clearMaskedRanges(); });

    auto* view = menuBar()->addMenu(tr("&View"));
    QAction* flagged = view->addAction(tr("Show &Flagged Cadences"));
    flagged->setCheckable(true);
    flagged->setChecked(m_settings->showFlaggedCadences());
    flagged->setShortcut(QKeySequence(tr("Ctrl+F")));
    flagged->setToolTip(tr("Show cadences that the mission's quality flags mark as suspect"));
    connect(flagged, &QAction::toggled, this, [this](bool on) {
        m_settings->setShowFlaggedCadences(on);
        m_rawPlot->setShowFlagged(on);
    });
    m_rawPlot->setShowFlagged(flagged->isChecked());
    m_actResetZoom = view->addAction(tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")), this, [this] {
        m_rawPlot->resetView();
        m_flatPlot->resetView();
    });
    view->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addAction(tr("&Problems…"), this, &MainWindow::showProblems);
    view->addSeparator();
    buildLanguageMenu(view);

    auto* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->setObjectName(QStringLiteral("analysisMenu"));
    m_actRun = analysis->addAction(tr("Run &Search"), QKeySequence(tr("Ctrl+R")), this, [this] {
        m_searchDone = false;
        m_controller->runSearch();
    });
    QAction* cancel = m_actCancel =
        analysis->addAction(tr("&Cancel"), QKeySequence(Qt::Key_Escape), this, [this] { m_controller->cancelAll(); });
    connect(m_cancel, &QToolButton::clicked, cancel, &QAction::trigger);
    analysis->addAction(tr("&Next Quarter/Sector"), QKeySequence(tr("Ctrl+]")), this, [this] {
        const auto files = m_session->filesOfStar(m_session->currentStar());
        for (int i = 0; i + 1 < files.size(); ++i)
            if (files[i].path == m_session->currentFile()) {
                m_session->setCurrentFile(files[i + 1].path);
                return;
            }
    });
    analysis->addAction(tr("&Previous Quarter/Sector"), QKeySequence(tr("Ctrl+[")), this, [this] {
        const auto files = m_session->filesOfStar(m_session->currentStar());
        for (int i = 1; i < files.size(); ++i)
            if (files[i].path == m_session->currentFile()) {
                m_session->setCurrentFile(files[i - 1].path);
                return;
            }
    });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Quick Start"), this, [this] {
        QMessageBox::information(
            this, tr("Quick start"),
            tr("<b>Find a planet in four steps</b><ol>"
               "<li>Open a star (File &gt; Open). Its pixels appear on the left, its light curve on the right.</li>"
               "<li>Click pixels to add or remove them from the aperture; the light curve follows.</li>"
               "<li>The transit search runs by itself. Click the highest peak of the periodogram.</li>"
               "<li>The folded view shows the transit. Flag convincing candidates in the list.</li></ol>"));
    });
    help->addAction(tr("&About ExoWorld Explorer"), this, [this] {
        QMessageBox::about(
            this, tr("About ExoWorld Explorer"),
            tr("<b>ExoWorld Explorer %1</b><p>Hunt transiting exoplanets in Kepler, K2 and TESS data.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::currentFileChanged, this, &MainWindow::onCurrentFileChanged);
    connect(m_session, &Session::currentStarChanged, this, [this] { onCurrentStarChanged(); });
    connect(m_session, &Session::apertureChanged, this, [this](const QString& path) {
        if (path == m_session->currentFile())
            refreshAperture();
        refreshAnalysis();
    });
    connect(m_session, &Session::prepareSettingsChanged, this, [this] {
        m_pipelinePanel->setPrepareSettings(m_session->prepareSettings());
        refreshAnalysis();
    });
    connect(m_session, &Session::maskedRangesChanged, this, [this] {
        m_pipelinePanel->setPrepareSettings(m_session->prepareSettings());
        refreshAnalysis();
    });
    connect(m_session, &Session::searchSettingsChanged, this, [this] {
        m_pipelinePanel->setSearchSettings(m_session->searchSettings());
        m_controller->setSearchSettings(m_session->searchSettings());
        if (m_pipelinePanel->autoSearch())
            m_searchDebounce->start();
    });
    connect(m_session, &Session::candidatesChanged, this, &MainWindow::updateCandidates);
    // A restored session signals once: everything is re-read and recomputed once.
    connect(m_session, &Session::restored, this, [this] {
        m_pipelinePanel->setPrepareSettings(m_session->prepareSettings());
        m_pipelinePanel->setSearchSettings(m_session->searchSettings());
        m_controller->setSearchSettings(m_session->searchSettings());
        updateCandidates();
        updateTitle();
        refreshAnalysis();
        onCurrentFileChanged(m_session->currentFile());  // no second refresh: same analysed files
    });
    connect(m_session, &Session::modifiedChanged, this, &MainWindow::updateTitle);
}

void MainWindow::connectController()
{
    connect(m_controller, &AnalysisController::fileLoaded, this, &MainWindow::onFileLoaded);
    connect(m_controller, &AnalysisController::fileFailed, this, &MainWindow::onFileFailed);
    connect(m_controller, &AnalysisController::preparedReady, this, &MainWindow::onPreparedReady);
    connect(m_controller, &AnalysisController::prepareFailed, this, [this](const QString& m) {
        const auto [file, message] = namePrefixAndMessage(m_analysed, m);
        showError(tr("%1could not prepare the light curve: %2").arg(file, message));
        m_searchDone = true;  // a definite outcome: nothing to search until the inputs change
        checkIdle();
    });
    connect(m_controller, &AnalysisController::warningsRaised, this, [this](const QStringList& w) {
        m_warnings = w;
        statusBar()->showMessage(w.join(QLatin1Char(' ')), 10000);
    });
    connect(m_controller, &AnalysisController::demoReady, this, [this](const QString& dir) {
        --m_pendingFiles;
        openPaths({dir});
    });
    connect(m_controller, &AnalysisController::demoFailed, this, [this](const QString& dir) {
        --m_pendingFiles;
        showError(tr("Could not generate the demo star in %1").arg(dir));
        checkIdle();
    });
    connect(m_controller, &AnalysisController::periodogramProgress, this, &MainWindow::onSearchProgress);
    connect(m_controller, &AnalysisController::searchFinished, this, &MainWindow::onSearchFinished);
    connect(m_controller, &AnalysisController::searchFailed, this, [this](const QString& m) {
        const auto [file, message] = namePrefixAndMessage(m_analysed, m);
        showError(tr("%1the transit search failed: %2").arg(file, message));
        m_searchDone = true;
        checkIdle();
    });
    connect(m_controller, &AnalysisController::progress, this, [this](const QString& stage, int done, int total) {
        m_statusLabel->setText(stage);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_controller, &AnalysisController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (!busy) {
            m_statusLabel->clear();
            checkIdle();
        }
    });
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        m_searchDone = false;
        m_controller->runSearch();
    });
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    // Only the user's own edits (undoable) are worth a prompt: opening files and the derived
    // search results are not, so an untouched demo closes without a question.
    if (hasUserChanges() && isVisible() && QApplication::platformName() != QLatin1String("offscreen")) {
        const auto b = QMessageBox::question(this, tr("Unsaved analysis"), tr("Save the session before closing?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (b == QMessageBox::Cancel) {
            e->ignore();
            return;
        }
        if (b == QMessageBox::Save)
            saveSession();
    }
    m_controller->shutdown();
    e->accept();
}

}  // namespace exo::app
