#pragma once
/// The explorer window. It only wires controllers and views: the Session (state,
/// undo), the AnalysisController (background computation) and the widgets.

#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "gui/error_list_dialog.h"
#include "gui/launch_options.h"
#include "pipeline/search.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;
class QToolButton;

namespace exo::ui {
class AxisCoordinator;
class CandidatesTable;
class FoldPlot;
class LightCurvePlot;
class PeriodogramPlot;
class PipelinePanel;
class PixelPanel;
class StarBrowser;
}  // namespace exo::ui

namespace exo::app {

class AnalysisController;
class AppSettings;
class CandidateStoreLink;
class MainWindowArchive;
class SearchAllStars;
class Session;
class VettingController;
class WorkshopController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Open what the command line named, or the demo star when nothing was named.
    void openInitial(const QStringList& paths);
    /// Open files, folders (recursively, FITS files) and session files.
    void openPaths(const QStringList& paths);
    /// Headless screenshot mode (see LaunchOptions); returns the exit code.
    int runScreenshot(const LaunchOptions& opts);

    Session* session() const { return m_session; }
    AnalysisController* controller() const { return m_controller; }
    ui::LightCurvePlot* rawPlot() const { return m_rawPlot; }
    ui::LightCurvePlot* flatPlot() const { return m_flatPlot; }
    ui::PeriodogramPlot* periodogramPlot() const { return m_periodogram; }
    ui::FoldPlot* foldPlot() const { return m_fold; }
    ui::PixelPanel* pixelPanel() const { return m_pixels; }
    ui::CandidatesTable* candidatesTable() const { return m_candidates; }
    VettingController* vetting() const { return m_vetting; }
    ui::StarBrowser* starBrowser() const { return m_browser; }
    /// Find Star Online, star names and known planets (main_window_archive.cpp).
    MainWindowArchive* archiveLink() const { return m_archiveLink; }
    /// The period the fold shows (days), 0 when none.
    double foldPeriod() const { return m_foldPeriod; }
    /// The fold's title for its period, epoch and depth (without a known planet's name).
    QString foldBaseTitle() const { return m_foldTitle; }
    /// True when the pipeline (and, if automatic, the search) has settled.
    bool isIdle() const;
    /// Errors met since start (for the screenshot mode and tests).
    QStringList errors() const { return m_errors; }
    /// Warnings core raised for the current star (translated).
    QStringList warnings() const { return m_warnings; }
    /// The list of problems (file and reason) shown by View > Problems.
    ErrorListDialog* errorDialog() const { return m_errorDialog; }
    /// Sizes the window to `requested` (or, when invalid, most of `available`) and places it
    /// inside `available` (a screen's available geometry).
    void fitToScreen(const QRect& available, const QSize& requested);
    /// True when the user changed something a session file would keep (undo history not clean).
    bool hasUserChanges() const;

    /// Fold on a period: uses the periodogram's best t0/duration at that period.
    void foldOnPeriod(double periodDays);
    void selectCandidate(int row);

    CandidateStoreLink* candidateStore() const { return m_storeLink; }
    /// The reviewer's table of several attendees' JSON exports (File > Import Candidates…).
    void openReview(const QStringList& paths);

    // The workshop (main_window_workshop.cpp): Help > Workshop and Analysis > Search All Stars.
    WorkshopController* workshop() const { return m_workshop; }
    SearchAllStars* searchAll() const { return m_searchAll; }
    /// Help > Workshop; `step` >= 0 jumps there, applying the settings of the steps before it.
    void openWorkshop(int step = -1);
    /// Analysis > Search All Stars: every star of the browser, with the current settings.
    void searchAllStars();
    /// Export the store's candidates (flagged only, or all) as CSV to `path`, as File > Export
    /// Candidates does without its dialogs; emits candidatesExported on success.
    bool exportCandidatesCsv(const QString& path, bool flaggedOnly, QString* why = nullptr);

    bool saveSessionTo(const QString& path, QString* error = nullptr);
    bool loadSessionFrom(const QString& path, QString* error = nullptr);

signals:
    void idle();
    /// The fold shows a new period (a clicked peak, a candidate, or the search's best).
    void foldShown(double periodDays);
    /// Candidates were exported to `path` (File > Export Candidates).
    void candidatesExported(const QString& path, int count);

protected:
    void closeEvent(QCloseEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void buildViews();
    void buildDocks();
    void buildVetting();   ///< main_window_vetting.cpp
    void buildWorkshop();  ///< main_window_workshop.cpp
    void buildActions();
    void connectSession();
    void connectController();
    void connectViews();

    void onFileLoaded(const QString& path);
    void onFileFailed(const QString& path, const QString& message);
    void onCurrentFileChanged(const QString& path);
    void onCurrentStarChanged();
    void refreshAnalysis();
    /// Files of the current star that are analysed together (one per stretch of time).
    QStringList analysedFiles() const;
    /// Every product of the current star, in the order opened.
    QStringList starFiles() const;
    void refreshAperture();
    void onPreparedReady();
    void onSearchProgress(std::shared_ptr<const pipeline::SearchOutcome> partial);
    void onSearchFinished();
    void showPeriodogram(const pipeline::SearchOutcome& o);
    void showFold(double period, double t0, double durationDays, double depthPpm);
    void updateCandidates();
    void checkIdle();
    void ensureDemoStar();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();

    void openFilesDialog();
    void openFolderDialog();
    void saveSession();
    void saveSessionAs();
    void openSessionDialog();
    void exportPlot();
    void exportLightCurve();
    /// Where an export's save dialog starts: the folder of the last export (of any kind), else
    /// the documents folder (not the folder of the data, often read-only), with `fileName`.
    QString exportStartPath(const QString& fileName = {}) const;
    /// Remembers the folder of a successful export's `path`.
    void rememberExportFolder(const QString& path);
    void showError(const QString& message);
    /// Records a problem with `file` (may be empty) and shows it in the status bar and the list.
    void reportProblem(const QString& file, const QString& message);
    void showProblems();

    // Layout, toolbar, language (main_window_layout.cpp).
    void buildToolBar();
    void buildLanguageMenu(QMenu* view);
    void connectLayout();
    void reflowDocks(int width);
    void balanceSplitters();
    /// "P = 5.71490 d · T0 = 1003.881 BKJD · depth 810 ppm" for the fold's title.
    QString foldTitle(double period, double t0, double depthPpm) const;
    void updateEmptyStates();
    void updateStarStatus();
    void setMaskTool(bool on);
    /// The first file of the last batch the user opened, shown as soon as it is loaded.
    void showOpenedWhenLoaded();
    // main_window_candidates.cpp: the candidate store, export and review.
    void wireCandidateStore();
    void buildCandidateActions(QMenu* file);
    void syncCandidatesWithStore();
    void exportCandidates();
    void importCandidates();

    Session* m_session = nullptr;
    AnalysisController* m_controller = nullptr;
    AppSettings* m_settings = nullptr;
    VettingController* m_vetting = nullptr;
    CandidateStoreLink* m_storeLink = nullptr;
    MainWindowArchive* m_archiveLink = nullptr;
    WorkshopController* m_workshop = nullptr;
    SearchAllStars* m_searchAll = nullptr;

    ui::StarBrowser* m_browser = nullptr;
    ui::PixelPanel* m_pixels = nullptr;
    ui::LightCurvePlot* m_rawPlot = nullptr;
    ui::LightCurvePlot* m_flatPlot = nullptr;
    ui::PeriodogramPlot* m_periodogram = nullptr;
    ui::FoldPlot* m_fold = nullptr;
    ui::PipelinePanel* m_pipelinePanel = nullptr;
    ui::CandidatesTable* m_candidates = nullptr;
    ui::AxisCoordinator* m_axes = nullptr;

    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QDockWidget* m_starDock = nullptr;
    QDockWidget* m_pipeDock = nullptr;
    QAction* m_actOpenFiles = nullptr;
    QAction* m_actOpenFolder = nullptr;
    QAction* m_actSave = nullptr;
    QAction* m_actUndo = nullptr;
    QAction* m_actRedo = nullptr;
    QAction* m_actRun = nullptr;
    QAction* m_actCancel = nullptr;
    QAction* m_actExportPlot = nullptr;
    QAction* m_actResetZoom = nullptr;
    QAction* m_actMaskTool = nullptr;
    QToolButton* m_problemsButton = nullptr;
    ErrorListDialog* m_errorDialog = nullptr;
    QVector<ProblemEntry> m_problems;
    QStringList m_showQueue;  ///< files of the last batch opened, in order, until one is shown
    bool m_docksTabified = false;
    bool m_splittersTouched = false;
    int m_lastClickedPlot = -1;    ///< 0 raw, 1 flat, 2 periodogram, 3 fold: Export Plot's first choice
    bool m_problemsPopup = false;  ///< a file of the current batch failed: list them when it ends

    QString m_sessionPath;
    QStringList m_analysed;
    QStringList m_errors;
    QStringList m_warnings;
    int m_pendingFiles = 0;
    bool m_searchPending = false;
    bool m_searchDone = false;
    double m_foldPeriod = 0;
    QString m_foldTitle;
};

}  // namespace exo::app
