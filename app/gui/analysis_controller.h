#pragma once
/// AnalysisController is the Qt plumbing around core's one analysis engine
/// (pipeline::Engine, core/pipeline/engine.h): it runs loading, demo generation,
/// preparation and the search off the GUI thread under QtConcurrent::run with a
/// QPromise whose cancel flag feeds core's staged progress hook, and delivers
/// results on the GUI thread. Every rule of the analysis (which products are
/// analysed together, caching, stitching, detrending, search) lives in core.
/// A newer request supersedes an older one: each stage has a generation counter
/// and stale results are discarded. At shutdown everything is cancelled, then
/// waited for, and no signal is emitted any more.

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "common/progress.h"
#include "pipeline/engine.h"

namespace exo::app {

class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Start loading files (each in the background). fileLoaded/fileFailed follow.
    void loadFiles(const QStringList& paths);
    bool isLoaded(const QString& path) const { return file(path) != nullptr; }
    std::shared_ptr<const pipeline::LoadedFile> file(const QString& path) const;
    /// Drop everything cached for a removed file.
    void forgetFile(const QString& path);
    /// Generate the demo star into `dir` in the background: demoReady or demoFailed follow.
    void generateDemo(const QString& dir);

    /// Analyse one star: its products (in the user's order), the one the user selected
    /// (it wins its stretch of time), the apertures and settings.
    void setAnalysis(const QStringList& starFiles, const QString& preferred,
                     const QHash<QString, pipeline::ApertureChoice>& apertures,
                     const pipeline::PrepareSettings& prepare);
    void setSearchSettings(const pipeline::SearchSettings& s) { m_search = s; }
    /// The settings the next runSearch() hands to the engine.
    const pipeline::SearchSettings& searchSettings() const { return m_search; }

    /// The products core's plan would analyse for these files (loaded ones only), in time order.
    QStringList plannedFiles(const QStringList& starFiles, const QString& preferred) const;

    /// Run the search on the current prepared light curve (supersedes a running one).
    void runSearch();
    /// Cancel everything that runs; results of cancelled jobs are dropped.
    void cancelAll();
    /// Cancel, then wait for every worker to finish; no signal is emitted afterwards.
    void shutdown();

    std::shared_ptr<const pipeline::Prepared> prepared() const { return m_star ? m_star->prepared : nullptr; }
    std::shared_ptr<const Series> stitched() const { return m_star ? m_star->stitched : nullptr; }
    std::shared_ptr<const pipeline::StarData> star() const { return m_star; }
    std::shared_ptr<const pipeline::SearchOutcome> searchOutcome() const { return m_outcome; }
    /// The flattened curve the candidates were measured on: the search's, re-detrended around
    /// them, when that search ran on the current prepared light curve; else its flat series.
    std::shared_ptr<const Series> measuredFlat() const;
    /// The analysed products of the current star (time order) and those skipped.
    QStringList analysedFiles() const;
    /// Raw (per-file, un-normalised) light curve of an analysed file, if computed.
    std::shared_ptr<const Series> raw(const QString& path) const;
    pipeline::Engine& engine() { return *m_engine; }
    bool busy() const;

    /// Translated name of a stage, as the status bar shows it.
    static QString stageText(Stage stage);
    /// Translated text of one of core's warnings.
    static QString warningText(const Warning& w);

signals:
    void fileLoaded(const QString& path);
    void fileFailed(const QString& path, const QString& message);
    void demoReady(const QString& dir);
    void demoFailed(const QString& dir);
    void preparedReady();  ///< stitched + prepared are new
    void prepareFailed(const QString& message);
    void warningsRaised(const QStringList& messages);  ///< translated, from the last preparation
    void periodogramProgress(std::shared_ptr<const pipeline::SearchOutcome> partial);
    void searchFinished();
    void searchFailed(const QString& message);
    void progress(const QString& stage, int done, int total);
    void busyChanged(bool busy);

private:
    struct PrepareJobResult;
    template <typename T>
    static StageProgressFn stagedProgress(QPromise<T>& promise);
    void startPrepare();
    void onPrepareDone();
    void onSearchDone();
    void updateBusy();
    void track(QFutureWatcherBase* w);

    std::shared_ptr<pipeline::Engine> m_engine;
    QStringList m_starFiles;
    QString m_preferred;
    QHash<QString, pipeline::ApertureChoice> m_apertures;
    pipeline::PrepareSettings m_prepareSettings;
    pipeline::SearchSettings m_search;

    std::shared_ptr<const pipeline::StarData> m_star;
    std::shared_ptr<const pipeline::SearchOutcome> m_outcome;
    std::shared_ptr<const pipeline::Prepared> m_searchPrepared;   ///< what the latest search runs on
    std::shared_ptr<const pipeline::Prepared> m_outcomePrepared;  ///< what m_outcome was computed on

    quint64 m_prepareGen = 0, m_searchGen = 0;
    QList<QPointer<QFutureWatcherBase>> m_watchers;  ///< loads and demo generation
    QFutureWatcher<std::shared_ptr<PrepareJobResult>>* m_prepareWatcher = nullptr;
    QFutureWatcher<std::shared_ptr<pipeline::SearchOutcome>>* m_searchWatcher = nullptr;
    int m_pendingJobs = 0;
    bool m_busy = false;
    bool m_shutDown = false;
};

}  // namespace exo::app
