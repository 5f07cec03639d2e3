#pragma once
/// @file search_all.h
/// Analysis > Search All Stars: the whole pipeline (core's one engine, as
/// `exoworld-cli batch` runs it: core/batch/star_job) on every star of the browser,
/// one star after another on a worker thread (QtConcurrent + QPromise; cancel
/// stops after the star being analysed), with a progress bar. The sortable table
/// gets one row per star as it finishes: star, best period, SNR, number of
/// candidates, flags. Clicking a row asks the window to open that star.

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include "batch/star_job.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace exo::app {

class SearchAllStars : public QWidget {
    Q_OBJECT
public:
    enum Column { StarCol, PeriodCol, SnrCol, CandidatesCol, FlagsCol, StatusCol, ColumnCount };

    struct StarInput {
        QString label;  ///< "KIC 99100001", as the browser shows it
        QStringList files;
    };

    explicit SearchAllStars(QWidget* parent = nullptr);
    ~SearchAllStars() override;

    /// Start (a running search is cancelled and superseded). Clears the table.
    void run(const QList<StarInput>& stars, const batch::BatchSettings& settings);
    void cancel();
    /// Cancel and wait (window shutdown).
    void shutdown();
    bool isRunning() const;

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    int finishedStars() const { return m_finished; }
    int totalStars() const { return m_total; }
    double elapsedSeconds() const { return m_seconds; }
    /// The star label shown in table row `viewRow` (sorted order).
    QString starAtRow(int viewRow) const;

signals:
    void starRequested(const QString& label);
    void starAnalysed(const QString& label, int candidates);
    void finished(int stars, double seconds, bool cancelled);
    void runRequested();  ///< "Search again"

protected:
    void changeEvent(QEvent* e) override;

private:
    void addRow(const batch::StarOutcome& o);
    void onFinished();
    void retranslate();
    void updateSummary();

    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_again = nullptr;
    QFutureWatcher<batch::StarOutcome>* m_watcher = nullptr;
    QElapsedTimer m_clock;
    int m_total = 0, m_finished = 0;
    double m_seconds = 0;
    bool m_cancelled = false;
    quint64 m_generation = 0;
};

}  // namespace exo::app
