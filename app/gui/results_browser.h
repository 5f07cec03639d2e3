#pragma once
/// The window's browser of a batch's results store (exoworld-cli batch --out RESULTS):
/// the stars (status, best period, SNR, candidates, flags), the candidates of the
/// selected star with their vetting flags, and a double-click that opens the star's
/// recorded files in the window (on a candidate: and selects that signal once searched). The store is read once when opened and then closed
/// (a batch may still be writing it; Reload reads it again).

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <vector>

class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace exo::app {

class MainWindow;

class ResultsBrowser : public QDialog {
    Q_OBJECT
public:
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

    /// Reads a results store: `path` is its results.sqlite or the results folder.
    /// False with a sentence in `error` (not found, not a batch's results, damaged...).
    bool openStore(const QString& path, QString* error = nullptr);
    QString storePath() const { return m_path; }

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
    void openFilesRequested(const QStringList& files);
    /// A candidate was double-clicked: open `files` and select the signal of that period.
    void openCandidateRequested(const QStringList& files, double periodDays);

private:
    struct Star {
        QString mission;
        qint64 targetId = -1;
        QStringList files;
    };
    struct Cand {
        QString mission;
        qint64 targetId = 0;
        QList<QVariant> cells;
    };
    int sourceRow(int viewRow) const;
    void showCandidates(int viewRow);
    void reload();

    QString m_path;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_stars = nullptr;
    QTableView* m_candidates = nullptr;
    QStandardItemModel* m_starModel = nullptr;
    QSortFilterProxyModel* m_starProxy = nullptr;
    QStandardItemModel* m_candModel = nullptr;
    std::vector<Star> m_starData;  ///< by source row
    std::vector<Cand> m_candData;
};

/// File > Open Batch Results…: the action and the browser it opens; a double-click
/// in the browser opens that star in `window`.
class ResultsBrowserLink : public QObject {
    Q_OBJECT
public:
    ResultsBrowserLink(MainWindow* window, QMenu* fileMenu);
    /// Opens (or re-reads) the browser on `path`; shows the error in a message box when
    /// `interactive`, else returns it in `error`.
    bool open(const QString& path, QString* error = nullptr, bool interactive = false);
    ResultsBrowser* browser() const { return m_browser; }

private:
    void chooseAndOpen();
    /// Open the files; when the window has settled, select its candidate of that period.
    void openCandidate(const QStringList& files, double periodDays);
    bool selectPending();

    MainWindow* m_window;
    QPointer<ResultsBrowser> m_browser;
    double m_pendingPeriod = 0;  ///< a double-clicked candidate's period, until selected
    QMetaObject::Connection m_idleConnection;
};

}  // namespace exo::app
