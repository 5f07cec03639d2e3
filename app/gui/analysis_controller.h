#pragma once
/// AnalysisController runs the pipeline of the current star off the GUI thread:
///   load files -> photometry per file (cached per aperture) -> stitch + prepare -> search.
/// Each stage runs under QtConcurrent::run with a QPromise whose cancel flag
/// feeds core's progress hook. A newer request supersedes an older one: every
/// stage has a generation counter and stale results are discarded. Results
/// arrive on the GUI thread through QFutureWatcher / queued calls.

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "pipeline/analysis.h"
#include "pipeline/search.h"

namespace exo::app {

class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Start loading files (each in the background). fileLoaded/fileFailed follow.
    void loadFiles(const QStringList& paths);
    /// Synchronous load for callers that need the result now (tests, CLI-like use).
    bool isLoaded(const QString& path) const { return m_loaded.contains(path); }
    std::shared_ptr<const pipeline::LoadedFile> file(const QString& path) const;

    /// The files analysed together (one star), their apertures and settings.
    void setAnalysis(const QStringList& paths, const QHash<QString, pipeline::ApertureChoice>& apertures,
                     const pipeline::PrepareSettings& prepare);
    void setSearchSettings(const pipeline::SearchSettings& s) { m_search = s; }

    /// Run the search on the current prepared light curve (supersedes a running one).
    void runSearch();
    /// Cancel everything that runs; results of cancelled jobs are dropped.
    void cancelAll();
    /// Cancel, then wait for every worker to finish (shutdown).
    void shutdown();

    std::shared_ptr<const pipeline::Prepared> prepared() const { return m_prepared; }
    std::shared_ptr<const Series> stitched() const { return m_stitched; }
    std::shared_ptr<const pipeline::SearchOutcome> searchOutcome() const { return m_outcome; }
    /// Raw (per-file, un-normalised) light curve of a file, if computed.
    std::shared_ptr<const Series> raw(const QString& path) const;
    bool busy() const;

signals:
    void fileLoaded(const QString& path);
    void fileFailed(const QString& path, const QString& message);
    void preparedReady();                          ///< stitched + prepared are new
    void prepareFailed(const QString& message);
    void periodogramProgress(std::shared_ptr<const pipeline::SearchOutcome> partial);
    void searchFinished();
    void searchFailed(const QString& message);
    void progress(const QString& stage, int done, int total);
    void busyChanged(bool busy);

private:
    struct RawEntry {
        pipeline::ApertureChoice aperture;
        pipeline::FluxSource flux = pipeline::FluxSource::Pdcsap;
        std::shared_ptr<const Series> series;
    };
    struct PrepEntry {
        std::shared_ptr<const Series> raw;        ///< the raw series it was prepared from
        pipeline::PrepareSettings settings;
        std::shared_ptr<const pipeline::Prepared> prepared;
    };
    struct PrepareJobResult;
    void startPrepare();
    void onPrepareDone();
    void onSearchDone();
    void updateBusy();

    QHash<QString, std::shared_ptr<const pipeline::LoadedFile>> m_loaded;
    QHash<QString, RawEntry> m_raw;
    QHash<QString, PrepEntry> m_prep;  ///< per-file prepared pieces (files that do not overlap)
    QStringList m_paths;
    QHash<QString, pipeline::ApertureChoice> m_apertures;
    pipeline::PrepareSettings m_prepareSettings;
    pipeline::SearchSettings m_search;

    std::shared_ptr<const Series> m_stitched;
    std::shared_ptr<const pipeline::Prepared> m_prepared;
    std::shared_ptr<const pipeline::SearchOutcome> m_outcome;

    quint64 m_prepareGen = 0, m_searchGen = 0;
    QList<QPointer<QFutureWatcherBase>> m_watchers;
    QFutureWatcher<std::shared_ptr<PrepareJobResult>>* m_prepareWatcher = nullptr;
    QFutureWatcher<std::shared_ptr<pipeline::SearchOutcome>>* m_searchWatcher = nullptr;
    int m_pendingLoads = 0;
    bool m_busy = false;
};

}  // namespace exo::app
