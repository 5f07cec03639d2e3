// MainWindow: fitting the screen (laptop first), the toolbar, the dock reflow, the
// "Mask time range" tool, the problem list and the language menu.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "gui/analysis_controller.h"
#include "gui/app_icons.h"
#include "gui/export_plot_dialog.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "panels/pipeline_panel.h"
#include "panels/star_browser.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "plots/plot_empty.h"
#include "plots/plot_export.h"
#include "session/app_settings.h"
#include "session/session.h"

namespace exo::app {

namespace {
// Below this window width the Stars and Pipeline docks share one tabbed column, so the plots
// keep most of a 1280-1440 px laptop screen; above it they sit on either side.
constexpr int kSplitDocksWidth = 1560;
}  // namespace

void MainWindow::fitToScreen(const QRect& available, const QSize& requested)
{
    QSize size = requested;
    if (!size.isValid()) {
        // Most of the screen, leaving room for the window frame; never beyond a comfortable size.
        size = QSize(available.width() - 16, available.height() - 48).boundedTo(QSize(1800, 1120));
        if (available.width() < 1600)
            size = QSize(available.width() - 16, available.height() - 48);
    }
    size = size.boundedTo(QSize(available.width() - 8, available.height() - 40));
    size = size.expandedTo(minimumSizeHint().boundedTo(available.size()));
    resize(size);
    const QPoint topLeft(available.left() + std::max(0, (available.width() - size.width()) / 2),
                         available.top() + std::max(0, (available.height() - size.height() - 32) / 2));
    move(topLeft);
    reflowDocks(size.width());
}

void MainWindow::buildToolBar()
{
    auto* tb = addToolBar(tr("Main Toolbar"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setMovable(false);
    tb->setIconSize(QSize(22, 22));
    tb->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto icon = [this](AppIcon which) { return appIcon(which, palette(), style()); };
    m_actOpenFiles->setIcon(icon(AppIcon::OpenFiles));
    m_actOpenFolder->setIcon(icon(AppIcon::OpenFolder));
    m_actSave->setIcon(icon(AppIcon::Save));
    m_actUndo->setIcon(icon(AppIcon::Undo));
    m_actRedo->setIcon(icon(AppIcon::Redo));
    m_actRun->setIcon(icon(AppIcon::RunSearch));
    m_actCancel->setIcon(icon(AppIcon::Cancel));
    m_actExportPlot->setIcon(icon(AppIcon::ExportPlot));
    m_actResetZoom->setIcon(icon(AppIcon::ResetZoom));
    m_actMaskTool->setIcon(icon(AppIcon::MaskRange));
    // Names that do not depend on the language (tests, scripts/drive).
    m_actOpenFiles->setObjectName(QStringLiteral("openFilesAction"));
    m_actOpenFolder->setObjectName(QStringLiteral("openFolderAction"));
    m_actSave->setObjectName(QStringLiteral("saveSessionAction"));
    m_actUndo->setObjectName(QStringLiteral("undoAction"));
    m_actRedo->setObjectName(QStringLiteral("redoAction"));
    m_actRun->setObjectName(QStringLiteral("runSearchAction"));
    m_actCancel->setObjectName(QStringLiteral("cancelAction"));
    m_actExportPlot->setObjectName(QStringLiteral("exportPlotAction"));
    m_actResetZoom->setObjectName(QStringLiteral("resetZoomAction"));

    m_actOpenFiles->setToolTip(tr("Open Kepler, K2 or TESS files (Ctrl+O)"));
    m_actOpenFolder->setToolTip(tr("Open every FITS file of a folder (Ctrl+Shift+O)"));
    m_actSave->setToolTip(tr("Save the session: files, apertures, settings and your flags (Ctrl+S)"));
    m_actUndo->setToolTip(tr("Undo the last change of aperture, settings or masked ranges (Ctrl+Z)"));
    m_actRedo->setToolTip(tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"));
    m_actRun->setToolTip(tr("Run the transit search now (Ctrl+R)"));
    m_actCancel->setToolTip(tr("Stop the computation that is running (Esc)"));
    m_actExportPlot->setToolTip(tr("Save a plot, or all of them as one figure, as PNG, PDF or SVG (Ctrl+E)"));
    m_actResetZoom->setToolTip(tr("Show the whole light curve again (Ctrl+0)"));
    m_actMaskTool->setToolTip(tr("Mask time range: while this is on, drag across a light curve to leave "
                                 "that stretch out of the analysis (undoable)"));

    tb->addAction(m_actOpenFiles);
    tb->addAction(m_actOpenFolder);
    tb->addAction(m_actSave);
    tb->addSeparator();
    tb->addAction(m_actUndo);
    tb->addAction(m_actRedo);
    tb->addSeparator();
    tb->addAction(m_actMaskTool);
    tb->addAction(m_actResetZoom);
    tb->addSeparator();
    tb->addAction(m_actRun);
    tb->addAction(m_actCancel);
    tb->addSeparator();
    tb->addAction(m_actExportPlot);
    // The undo actions' text changes to "Undo <command>"; keep the toolbar tooltips stable.
    for (QAction* a : {m_actUndo, m_actRedo})
        connect(a, &QAction::changed, this, [a, tip = a->toolTip()] {
            if (a->toolTip() != tip)
                a->setToolTip(tip);
        });
}

void MainWindow::connectLayout()
{
    // Durations are typed as the window's language writes numbers: "1,5" in French and Spanish.
    const QString language = resolveLanguage(m_settings->language(), QLocale::system().uiLanguages());
    m_pipelinePanel->setDecimalComma(QLocale(language).decimalPoint() == QStringLiteral(","));
    m_errorDialog = new ErrorListDialog(this);
    connect(m_errorDialog, &ErrorListDialog::clearRequested, this, [this] {
        m_problems.clear();
        m_errorDialog->setEntries(m_problems);
        m_problemsButton->setVisible(false);
    });
    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setIcon(appIcon(AppIcon::Problems, palette(), style()));
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setVisible(false);
    m_problemsButton->setToolTip(tr("Show every file that could not be opened and why"));
    connect(m_problemsButton, &QToolButton::clicked, this, &MainWindow::showProblems);
    statusBar()->insertPermanentWidget(0, m_problemsButton);

    for (auto* sp : findChildren<QSplitter*>())
        connect(sp, &QSplitter::splitterMoved, this, [this] { m_splittersTouched = true; });
    // Several distant sectors: one gap-compressed time axis for both light-curve plots, set
    // before the window's own preparedReady handler gives them the new data.
    connect(m_controller, &AnalysisController::preparedReady, this, [this] {
        auto st = m_controller->stitched();
        const ui::GapMap map = st ? ui::GapMap::fromTimes(st->time) : ui::GapMap{};
        m_rawPlot->setTimeGaps(map);
        m_flatPlot->setTimeGaps(map);
    });
    // Empty states and the star list's search status follow the analysis.
    // (queued: the window's own handlers of the same signals run first and update the state)
    auto later = [this] { QTimer::singleShot(0, this, &MainWindow::updateEmptyStates); };
    connect(m_controller, &AnalysisController::preparedReady, this, later);
    connect(m_controller, &AnalysisController::prepareFailed, this, later);
    connect(m_controller, &AnalysisController::periodogramProgress, this, later);
    connect(m_controller, &AnalysisController::fileFailed, this, later);
    connect(m_controller, &AnalysisController::fileLoaded, this, later);
    connect(m_controller, &AnalysisController::searchFinished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            updateStarStatus();
            updateEmptyStates();
        });
    });
    connect(m_session, &Session::candidatesChanged, this, [this] {
        if (m_searchDone)
            updateStarStatus();
    });
    updateEmptyStates();
    const QList<QCustomPlot*> plots{m_rawPlot, m_flatPlot, m_periodogram, m_fold};
    for (int i = 0; i < plots.size(); ++i)
        connect(plots[i], &QCustomPlot::mousePress, this, [this, i] { m_lastClickedPlot = i; });
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_browser, &ui::StarBrowser::starActivated, this, [this](const QString& star) {
        const auto files = m_session->filesOfStar(star);
        if (files.isEmpty())
            return;
        // The star's first product (in the browser's order: earliest season, pixels first).
        QString first = files.front().path;
        for (const QString& p : m_browser->files())
            if (std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.path == p; })) {
                first = p;
                break;
            }
        m_session->setCurrentStar(star);
        m_session->setCurrentFile(first);
    });
}

void MainWindow::resizeEvent(QResizeEvent* e)
{
    QMainWindow::resizeEvent(e);
    reflowDocks(e->size().width());
    // Until the user drags a splitter, share the width sensibly: about a third for the
    // pixels and candidates, the rest for the plots; periodogram and fold half each.
    if (!m_splittersTouched)
        QTimer::singleShot(0, this, &MainWindow::balanceSplitters);
}

void MainWindow::balanceSplitters()
{
    auto* central = findChild<QSplitter*>(QStringLiteral("centralSplitter"));
    auto* lower = findChild<QSplitter*>(QStringLiteral("lowerSplitter"));
    if (!central || !lower || m_splittersTouched)
        return;
    const int w = central->width();
    // (a third: the candidate table shows #, Period, Flag, Disposition and Note at 1366x768)
    const int left = std::clamp(w * 32 / 100, central->widget(0)->minimumSizeHint().width(), 460);
    const QSignalBlocker b1(central), b2(lower);
    central->setSizes({left, w - left});
    const int lw = w - left;
    lower->setSizes({lw / 2, lw - lw / 2});
}

void MainWindow::reflowDocks(int width)
{
    if (!m_starDock || !m_pipeDock || m_starDock->isFloating() || m_pipeDock->isFloating())
        return;
    const bool tabify = width < kSplitDocksWidth;
    if (tabify == m_docksTabified)
        return;
    m_docksTabified = tabify;
    if (tabify) {
        tabifyDockWidget(m_pipeDock, m_starDock);
        m_pipeDock->raise();
        resizeDocks({m_pipeDock}, {std::clamp(width / 4, 250, 310)}, Qt::Horizontal);
    } else {
        removeDockWidget(m_starDock);
        addDockWidget(Qt::LeftDockWidgetArea, m_starDock);
        m_starDock->show();
        resizeDocks({m_pipeDock, m_starDock}, {310, 220}, Qt::Horizontal);
    }
}

void MainWindow::setMaskTool(bool on)
{
    const auto mode = on ? ui::LightCurvePlot::DragMode::Brush : ui::LightCurvePlot::DragMode::Pan;
    for (ui::LightCurvePlot* p : {m_rawPlot, m_flatPlot}) {
        p->setDragMode(mode);
        if (on)
            p->setCursor(Qt::SplitHCursor);
        else
            p->unsetCursor();
    }
    if (m_actMaskTool->isChecked() != on)
        m_actMaskTool->setChecked(on);
    if (on)
        statusBar()->showMessage(tr("Mask time range: drag across a light curve to hide that stretch from the "
                                    "analysis. Click the tool again to pan and zoom."),
                                 8000);
}

void MainWindow::reportProblem(const QString& file, const QString& message)
{
    m_problems.append(ProblemEntry{file, message});
    // The full path for the screenshot mode's stderr and tests; the file's name on screen.
    m_errors << (file.isEmpty() ? message : tr("%1: %2").arg(QDir::toNativeSeparators(file), message));
    statusBar()->showMessage(file.isEmpty() ? message : tr("%1: %2").arg(QFileInfo(file).fileName(), message), 10000);
    m_problemsButton->setText(tr("%n problem(s)", nullptr, int(m_problems.size())));
    m_problemsButton->setVisible(true);
    m_errorDialog->setEntries(m_problems);
}

void MainWindow::showProblems()
{
    m_errorDialog->setEntries(m_problems);
    m_errorDialog->show();
    m_errorDialog->raise();
}

void MainWindow::showOpenedWhenLoaded()
{
    // Walk the batch in the order the user gave it: failed files are skipped, and the first
    // one that loaded becomes the current star and file.
    while (!m_showQueue.isEmpty()) {
        const QString& path = m_showQueue.front();
        if (m_session->hasFile(path)) {
            QString star;
            for (const auto& f : m_session->files())
                if (f.path == path)
                    star = f.star;
            m_showQueue.clear();
            if (star != m_session->currentStar())
                m_session->setCurrentStar(star);
            if (path != m_session->currentFile())
                m_session->setCurrentFile(path);
            return;
        }
        const bool failed =
            std::any_of(m_problems.begin(), m_problems.end(), [&](const ProblemEntry& p) { return p.file == path; });
        if (!failed)
            return;  // still loading
        m_showQueue.removeFirst();
    }
}

QString MainWindow::foldTitle(double period, double t0, double depthPpm) const
{
    QString ts;
    if (auto f = m_controller->file(m_session->currentFile()))
        ts = QString::fromLatin1(timeSystemName(f->meta.timeSystem));
    QLocale loc;                                        // the same decimal mark as the axes and the table
    loc.setNumberOptions(QLocale::OmitGroupSeparator);  // "2,147 ppm" reads as 2.147 in French
    QString title =
        tr("P = %1 d · T0 = %2 %3").arg(loc.toString(period, 'f', period < 10 ? 5 : 4), loc.toString(t0, 'f', 4), ts);
    if (depthPpm > 0)
        title += tr(" · depth %1 ppm").arg(loc.toString(depthPpm, 'f', 0));
    return title;
}

void MainWindow::updateEmptyStates()
{
    const bool noFiles = m_session->files().isEmpty();
    const bool loading = m_pendingFiles > 0;
    const auto prepared = m_controller->prepared();
    const bool haveCurve = prepared && !prepared->flat.time.empty();
    QString curveMsg;
    if (!haveCurve) {
        if (loading)
            curveMsg = tr("Opening the files…");
        else if (noFiles && !m_problems.isEmpty())
            curveMsg = tr("Nothing could be opened. The list of problems says why (View > Problems).");
        else if (noFiles)
            curveMsg = tr("Open a star to see its light curve: File > Open, the toolbar, or drop "
                          "Kepler, K2 or TESS files on the Stars list.");
        else
            curveMsg = tr("Preparing the light curve…");
    }
    ui::setPlotEmptyMessage(m_rawPlot, curveMsg);
    ui::setPlotEmptyMessage(m_flatPlot, haveCurve
                                            ? QString()
                                            : (noFiles && !loading ? tr("The flattened light curve, with the "
                                                                        "star's slow changes removed, appears here.")
                                                                   : curveMsg));
    const auto outcome = m_controller->searchOutcome();
    const bool havePgram = m_periodogram->graphCount() > 0 && m_periodogram->graph(0)->dataCount() > 0;
    ui::setPlotEmptyMessage(m_periodogram, havePgram || outcome
                                               ? QString()
                                               : tr("The transit search runs once a light curve is ready; its "
                                                    "periodogram appears here."));
    const bool haveFold = !m_fold->title().isEmpty() && haveCurve;
    ui::setPlotEmptyMessage(m_fold, haveFold ? QString()
                                             : tr("Click a periodogram peak or a candidate to fold the light "
                                                  "curve on its period."));
}

void MainWindow::updateStarStatus()
{
    const QString star = m_session->currentStar();
    if (star.isEmpty() || !m_controller->searchOutcome())
        return;
    const auto cands = m_session->candidates();
    const int flagged = int(std::count_if(cands.begin(), cands.end(), [](const auto& c) { return c.flagged; }));
    m_browser->setStarStatus(star, true, int(cands.size()), flagged);
}

void MainWindow::exportPlot()
{
    const QList<QCustomPlot*> plots{m_rawPlot, m_flatPlot, m_periodogram, m_fold};
    const QStringList names{tr("Light curve (raw, with trend)"), tr("Flattened light curve"), tr("Periodogram"),
                            tr("Folded transit")};
    ExportPlotDialog choose(names, m_lastClickedPlot >= 0 ? m_lastClickedPlot : int(names.size()), this);
    if (choose.exec() != QDialog::Accepted)
        return;
    const int which = choose.choice();
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export plot"), exportStartPath(),
                                     tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    path = ui::withFilterExtension(path, filter);  // a name typed without extension gets the chosen one
    QString err;
    const bool ok = which >= 0 && which < plots.size() ? ui::savePlot(plots[which], path, 0, 0, 2.0, &err)
                                                       : ui::savePlotsAsFigure(plots, 2, path, 760, 460, 2.0, &err);
    if (!ok) {
        QMessageBox::warning(this, tr("Export plot"), err);
    } else {
        rememberExportFolder(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
    }
}

QString MainWindow::exportStartPath(const QString& fileName) const
{
    QString dir = m_settings->lastExportDir();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();  // no documents folder (a fresh account)
    return fileName.isEmpty() ? dir : QDir(dir).filePath(fileName);
}

void MainWindow::rememberExportFolder(const QString& path)
{
    m_settings->setLastExportDir(QFileInfo(path).absolutePath());
}

bool MainWindow::hasUserChanges() const { return !m_session->undoStack()->isClean(); }

void MainWindow::buildLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = m_settings->language();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    for (const auto& [code, name] : choices) {
        QAction* a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
        if (code.isEmpty())
            menu->addSeparator();
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction* a) {
        const QString code = a->data().toString();
        if (code == m_settings->language())
            return;
        m_settings->setLanguage(code);
        m_settings->sync();
        if (QApplication::platformName() == QLatin1String("offscreen"))
            return;
        // Every label, menu and tooltip is built in the new language on the next start.
        QMessageBox box(QMessageBox::Information, tr("Language"),
                        tr("ExoWorld Explorer will use the new language the next time it starts."),
                        QMessageBox::NoButton, this);
        QPushButton* restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != restart)
            return;
        QStringList args;
        if (!m_sessionPath.isEmpty() && !hasUserChanges())
            args << m_sessionPath;
        else
            for (const auto& f : m_session->files())
                args << f.path;
        if (close())
            QProcess::startDetached(QApplication::applicationFilePath(), args);
    });
}

}  // namespace exo::app
