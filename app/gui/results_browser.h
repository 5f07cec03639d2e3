#pragma once
/// The window's browser of a batch's results store (exoworld-cli batch --out RESULTS):
/// the stars (status, best period, SNR, candidates, flags), the candidates of the
/// selected star with their vetting flags, and a double-click that opens the star's
/// recorded files in the window (on a candidate: and selects that signal once searched).
/// The store is read in the background (results_model.h: QtConcurrent, progress bar, Cancel)
/// and then closed (a batch may still be writing it; Reload reads it again); the GUI thread
/// only swaps the model's data. A newer open supersedes one still loading; closing the
/// browser's owner cancels and waits.

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace exo::app {

class MainWindow;
class ResultsStarModel;
struct ResultsData;

class ResultsBrowser : public QDialog {
    Q_OBJECT
public:
    /// The columns of the stars table (= ResultsStarModel::Column).
    enum StarColumn { StarCol, StatusCol, BestPeriodCol, SnrCol, CandidatesCol, FlagsCol, FilesCol, StarColumnCount };
    enum CandidateColumn {
        RankCol,
        PeriodCol,
        T0Col,
        DurationCol,
        DepthCol,
        CandSnrCol,
        SdeCol,
        TransitsCol,
        CandFlagsCol,
        CandidateColumnCount
    };

    explicit ResultsBrowser(QWidget* parent = nullptr);
    ~ResultsBrowser() override;

    /// Starts reading a results store in the background (`path`: its results.sqlite or the
    /// results folder); loadFinished() tells the outcome. The rows on view stay until the
    /// new ones are read. A load still running is cancelled (its result is dropped).
    void openStore(const QString& path);
    /// The store on view (empty before the first successful load).
    QString storePath() const { return m_path; }
    bool isLoading() const;
    /// Cancels a load in progress (the rows on view stay); loadFinished(false, "") follows.
    void cancelLoading();

    QTableView* starsView() const { return m_stars; }
    QTableView* candidatesView() const { return m_candidates; }
    /// Stars shown (after the filter).
    int starCount() const;
    /// The recorded files of the star on view row `row`.
    QStringList starFiles(int row) const;
    /// Select the star on view row `row` (its candidates fill the lower table).
    void selectStar(int row);
    /// Ask the window to open the files of the star on view row `row`.
    void openStar(int row);

    /// Ask the window to open the star of the selected star row and show candidate `row`
    /// of the lower table.
    void openCandidate(int row);

signals:
    /// A load ended: `ok`, or the sentence saying why not (empty when cancelled).
    void loadFinished(bool ok, const QString& error);
    void openFilesRequested(const QStringList& files);
    /// A candidate was double-clicked: open `files` and select the signal of that period.
    void openCandidateRequested(const QStringList& files, double periodDays);

private:
    int sourceRow(int viewRow) const;
    void showCandidates(int viewRow);
    void reload();
    void loaded(std::shared_ptr<const ResultsData> data, const QString& requested);
    void showSummary();

    QString m_path;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_stars = nullptr;
    QTableView* m_candidates = nullptr;
    ResultsStarModel* m_starModel = nullptr;
    QSortFilterProxyModel* m_starProxy = nullptr;
    QStandardItemModel* m_candModel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QFutureWatcher<std::shared_ptr<const ResultsData>>* m_watcher = nullptr;  ///< the current load
};

/// File > Open Batch Results…: the action and the browser it opens; a double-click
/// in the browser opens that star in `window`.
class ResultsBrowserLink : public QObject {
    Q_OBJECT
public:
    ResultsBrowserLink(MainWindow* window, QMenu* fileMenu);
    /// Shows the browser and starts reading `path` in the background (ResultsBrowser::
    /// loadFinished tells the outcome); when `interactive`, a failure is also shown in a
    /// message box.
    void open(const QString& path, bool interactive = false);
    ResultsBrowser* browser() const { return m_browser; }

private:
    void chooseAndOpen();
    /// Open the files; when the window has settled, select its candidate of that period.
    void openCandidate(const QStringList& files, double periodDays);
    bool selectPending();

    MainWindow* m_window;
    QPointer<ResultsBrowser> m_browser;
    bool m_interactive = false;  ///< the current load was asked for by the user (errors in a message box)
    double m_pendingPeriod = 0;  ///< a double-clicked candidate's period, until selected
    QMetaObject::Connection m_idleConnection;
};

}  // namespace exo::app
