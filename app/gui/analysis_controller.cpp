#include "gui/analysis_controller.h"

#include <QPromise>
#include <exception>
#include <new>
#include <QtConcurrent>

#include "common/error_text.h"
#include "gui/demo_launcher.h"

namespace exo::app {

struct AnalysisController::PrepareJobResult {
    quint64 generation = 0;
    std::shared_ptr<const pipeline::StarData> star;
    std::vector<Warning> warnings;
    Status status;
};

template <typename T>
StageProgressFn AnalysisController::stagedProgress(QPromise<T>& p)
{
    // The stage travels as the progress text (its number); the GUI thread translates it.
    return [&p](Stage stage, long long done, long long total) {
        if (total > 0) {
            p.setProgressRange(0, 1000);
            p.setProgressValueAndText(int(1000.0 * double(done) / double(total)), QString::number(int(stage)));
        }
        return !p.isCanceled();
    };
}

AnalysisController::AnalysisController(QObject* parent)
    : QObject(parent), m_engine(std::make_shared<pipeline::Engine>())
{}

AnalysisController::~AnalysisController() { shutdown(); }

QString AnalysisController::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Loading: return tr("Reading files");
    case Stage::Photometry: return tr("Measuring the aperture flux");
    case Stage::Preparing: return tr("Cleaning and detrending");
    case Stage::Searching: return tr("Searching for transits");
    case Stage::Vetting: return tr("Vetting candidates");
    case Stage::Generating: return tr("Generating the demo star");
    case Stage::Downloading: return tr("Downloading");
    }
    return tr("Working");
}

QString AnalysisController::warningText(const Warning& w)
{
    const qlonglong n = w.count;
    const QString d = QString::fromStdString(w.detail);
    switch (w.code) {
    case WarningCode::Other: return d;
    case WarningCode::ApertureIgnored: return tr("The file's aperture does not match its pixels and was ignored.");
    case WarningCode::EmptyAperture: return tr("The aperture holds no pixel: choose at least one.");
    case WarningCode::BackgroundNotEstimated:
        return tr("No pixel lies outside the aperture: the background was not subtracted.");
    case WarningCode::NonPositiveMedian: return tr("The median flux is not positive: normalisation is unreliable.");
    case WarningCode::PointsClipped: return tr("%n outlier(s) clipped.", nullptr, int(n));
    case WarningCode::ShortSegmentsDropped:
        return tr("%n cadence(s) in segments too short to detrend were left out.", nullptr, int(n));
    case WarningCode::AllSegmentsShort: return tr("Every segment is shorter than the minimum; all were kept.");
    case WarningCode::WindowLongerThanSegment:
        return tr("%n segment(s) are shorter than the detrending window.", nullptr, int(n));
    case WarningCode::TrendUndefined: return tr("A segment has no usable cadence: its trend is undefined (%1).").arg(d);
    case WarningCode::ProductsSkipped:
        return tr("%n product(s) cover the same stretch of time as the analysed ones and were not analysed: %1",
                  nullptr, int(n))
            .arg(d);
    case WarningCode::FileSkipped: return tr("A file was left out: %1").arg(d);
    case WarningCode::NearZeroFlux:
        return tr("The aperture's flux is near zero against its scatter (an almost empty aperture?): the star was "
                  "not searched. Choose another aperture or flux column.");
    case WarningCode::DepthAboveTotal:
        return tr("%n signal(s) deeper than 100 % of the flux were refused as candidates.", nullptr, int(n));
    }
    return d;
}

std::shared_ptr<const pipeline::LoadedFile> AnalysisController::file(const QString& path) const
{
    return m_engine->loaded(path.toStdString());
}

void AnalysisController::forgetFile(const QString& path) { m_engine->forget(path.toStdString()); }

std::shared_ptr<const Series> AnalysisController::raw(const QString& path) const
{
    if (!m_star)
        return nullptr;
    const std::string p = path.toStdString();
    for (std::size_t i = 0; i < m_star->analysed.size(); ++i)
        if (m_star->analysed[i] == p && i < m_star->raw.size())
            return m_star->raw[i];
    return nullptr;
}

QStringList AnalysisController::analysedFiles() const
{
    QStringList out;
    if (m_star)
        for (const auto& p : m_star->analysed)
            out << QString::fromStdString(p);
    return out;
}

QStringList AnalysisController::plannedFiles(const QStringList& starFiles, const QString& preferred) const
{
    std::vector<pipeline::ProductInfo> products;
    long pref = -1;
    for (const QString& p : starFiles) {
        auto f = file(p);
        if (!f)
            continue;
        if (p == preferred)
            pref = long(products.size());
        products.push_back(pipeline::describeProduct(*f));
    }
    QStringList out;
    for (std::size_t i : pipeline::chooseProducts(products, pref).analysed)
        out << QString::fromStdString(products[i].path);
    return out;
}

bool AnalysisController::busy() const
{
    return m_pendingJobs > 0 || (m_prepareWatcher && m_prepareWatcher->isRunning())
           || (m_searchWatcher && m_searchWatcher->isRunning());
}

void AnalysisController::updateBusy()
{
    const bool b = busy();
    if (b != m_busy) {
        m_busy = b;
        if (!m_shutDown)
            emit busyChanged(b);
    }
}

void AnalysisController::track(QFutureWatcherBase* w)
{
    ++m_pendingJobs;
    m_watchers.append(w);
    connect(w, &QFutureWatcherBase::progressValueChanged, this,
            [this, w](int v) { emit progress(stageText(Stage(w->progressText().toInt())), v, 1000); });
}

void AnalysisController::loadFiles(const QStringList& paths)
{
    if (m_shutDown)
        return;
    for (const QString& path : paths) {
        if (file(path)) {
            emit fileLoaded(path);
            continue;
        }
        using LoadResult = Result<std::shared_ptr<const pipeline::LoadedFile>>;
        auto* w = new QFutureWatcher<LoadResult>(this);
        track(w);
        connect(w, &QFutureWatcherBase::finished, this, [this, w, path] {
            --m_pendingJobs;
            w->deleteLater();
            const bool cancelled = w->isCanceled() || w->future().resultCount() == 0;
            if (!m_shutDown) {
                if (cancelled) {
                    emit fileFailed(path, tr("loading was cancelled"));
                } else {
                    const auto r = w->result();
                    if (r.ok())
                        emit fileLoaded(path);
                    else
                        emit fileFailed(path, ui::errorText(r.status, path));
                }
            }
            updateBusy();
        });
        auto engine = m_engine;
        w->setFuture(QtConcurrent::run([engine, p = path.toStdString()](QPromise<LoadResult>& promise) {
            const ProgressFn fn = [&promise](long long done, long long total) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValueAndText(total > 0 ? int(1000 * done / total) : 0,
                                                QString::number(int(Stage::Loading)));
                return !promise.isCanceled();
            };
            auto r = engine->load(p, fn);
            if (r.status.code == ErrorCode::Cancelled)
                return;
            promise.addResult(std::move(r));
        }));
    }
    updateBusy();
}

void AnalysisController::generateDemo(const QString& dir)
{
    if (m_shutDown)
        return;
    auto* w = new QFutureWatcher<bool>(this);
    track(w);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, dir] {
        --m_pendingJobs;
        w->deleteLater();
        const bool ok = !w->isCanceled() && w->future().resultCount() > 0 && w->result();
        if (!m_shutDown) {
            if (ok)
                emit demoReady(dir);
            else
                emit demoFailed(dir);
        }
        updateBusy();
    });
    w->setFuture(QtConcurrent::run([dir](QPromise<bool>& promise) {
        const ProgressFn fn = [&promise](long long done, long long total) {
            if (total > 0) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValueAndText(int(1000 * done / total), QString::number(int(Stage::Generating)));
            }
            return !promise.isCanceled();
        };
        promise.addResult(generateDemoInto(dir, fn));
    }));
    updateBusy();
}

void AnalysisController::setAnalysis(const QStringList& starFiles, const QString& preferred,
                                     const QHash<QString, pipeline::ApertureChoice>& apertures,
                                     const pipeline::PrepareSettings& prepare)
{
    m_starFiles = starFiles;
    m_preferred = preferred;
    m_apertures = apertures;
    m_prepareSettings = prepare;
    startPrepare();
}

void AnalysisController::startPrepare()
{
    if (m_shutDown)
        return;
    pipeline::StarRequest req;
    for (const QString& p : m_starFiles) {
        if (!file(p))
            continue;  // not loaded (yet), or failed to load
        req.files.push_back(p.toStdString());
        auto it = m_apertures.constFind(p);
        if (it != m_apertures.constEnd())
            req.apertures[p.toStdString()] = it.value();
    }
    req.preferred = m_preferred.toStdString();
    req.prepare = m_prepareSettings;
    if (m_prepareWatcher && m_prepareWatcher->isRunning())
        m_prepareWatcher->cancel();
    const quint64 gen = ++m_prepareGen;
    if (req.files.empty()) {
        m_star.reset();
        emit preparedReady();
        return;
    }
    auto engine = m_engine;
    auto job = [engine, req, gen](QPromise<std::shared_ptr<PrepareJobResult>>& promise) {
        auto res = std::make_shared<PrepareJobResult>();
        res->generation = gen;
        auto r = engine->prepareStar(req, stagedProgress(promise));
        if (r.status.code == ErrorCode::Cancelled)
            return;
        res->status = r.status;
        res->warnings = std::move(r.warnings);
        if (r.ok())
            res->star = std::make_shared<const pipeline::StarData>(std::move(r.value));
        promise.addResult(res);
    };
    if (!m_prepareWatcher) {
        m_prepareWatcher = new QFutureWatcher<std::shared_ptr<PrepareJobResult>>(this);
        connect(m_prepareWatcher, &QFutureWatcherBase::finished, this, &AnalysisController::onPrepareDone);
        connect(m_prepareWatcher, &QFutureWatcherBase::progressValueChanged, this,
                [this](int v) { emit progress(stageText(Stage(m_prepareWatcher->progressText().toInt())), v, 1000); });
    }
    // No exception leaves a worker job: an allocation failure becomes this job's error.
    auto guarded = [job, gen](QPromise<std::shared_ptr<PrepareJobResult>>& promise) {
        try {
            job(promise);
        } catch (const std::exception& e) {
            auto res = std::make_shared<PrepareJobResult>();
            res->generation = gen;
            res->status = dynamic_cast<const std::bad_alloc*>(&e)
                              ? Status::error(ErrorCode::TooLarge, "not enough memory to prepare the light curve")
                              : Status::error(ErrorCode::InternalError, e.what());
            promise.addResult(res);
        }
    };
    m_prepareWatcher->setFuture(QtConcurrent::run(guarded));
    updateBusy();
}

void AnalysisController::onPrepareDone()
{
    auto fut = m_prepareWatcher->future();
    updateBusy();
    if (m_shutDown || fut.isCanceled() || fut.resultCount() == 0)
        return;
    auto res = fut.result();
    if (!res || res->generation != m_prepareGen)
        return;  // stale
    QStringList warnings;
    for (const auto& w : res->warnings)
        warnings << warningText(w);
    if (!warnings.isEmpty())
        emit warningsRaised(warnings);
    if (!res->status.ok()) {
        emit prepareFailed(ui::errorText(res->status));
        return;
    }
    m_star = res->star;
    emit preparedReady();
}

void AnalysisController::runSearch()
{
    if (m_shutDown)
        return;
    if (m_searchWatcher && m_searchWatcher->isRunning())
        m_searchWatcher->cancel();
    const quint64 gen = ++m_searchGen;
    auto star = m_star;
    if (!star || !star->prepared)
        return;
    m_searchPrepared = star->prepared;
    const auto settings = m_search;
    QPointer<AnalysisController> self(this);
    auto job = [self, star, settings, gen](QPromise<std::shared_ptr<pipeline::SearchOutcome>>& promise) {
        auto partial = [&](const pipeline::SearchOutcome& o) {
            auto copy = std::make_shared<const pipeline::SearchOutcome>(o);
            QMetaObject::invokeMethod(
                self.data(),
                [self, gen, copy] {
                    if (self && !self->m_shutDown && gen == self->m_searchGen)
                        emit self->periodogramProgress(copy);
                },
                Qt::QueuedConnection);
        };
        const ProgressFn fn = [&promise](long long done, long long total) {
            if (total > 0) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValueAndText(int(1000.0 * double(done) / double(total)),
                                                QString::number(int(Stage::Searching)));
            }
            return !promise.isCanceled();
        };
        auto r = pipeline::runSearch(*star->prepared, star->window, star->meta, settings, fn, partial);
        if (!r.ok()) {
            if (r.status.code == ErrorCode::Cancelled)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, gen, st = r.status] {
                    if (self && !self->m_shutDown && gen == self->m_searchGen)
                        emit self->searchFailed(ui::errorText(st));
                },
                Qt::QueuedConnection);
            return;
        }
        promise.addResult(std::make_shared<pipeline::SearchOutcome>(std::move(r.value)));
    };
    if (!m_searchWatcher) {
        m_searchWatcher = new QFutureWatcher<std::shared_ptr<pipeline::SearchOutcome>>(this);
        connect(m_searchWatcher, &QFutureWatcherBase::finished, this, &AnalysisController::onSearchDone);
        connect(m_searchWatcher, &QFutureWatcherBase::progressValueChanged, this,
                [this](int v) { emit progress(stageText(Stage::Searching), v, 1000); });
    }
    auto guarded = [job, self, gen](QPromise<std::shared_ptr<pipeline::SearchOutcome>>& promise) {
        try {
            job(promise);
        } catch (const std::exception& e) {
            const Status st = dynamic_cast<const std::bad_alloc*>(&e)
                                  ? Status::error(ErrorCode::TooLarge, "not enough memory for the transit search")
                                  : Status::error(ErrorCode::InternalError, e.what());
            QMetaObject::invokeMethod(
                self.data(),
                [self, gen, st] {
                    if (self && !self->m_shutDown && gen == self->m_searchGen)
                        emit self->searchFailed(ui::errorText(st));
                },
                Qt::QueuedConnection);
        }
    };
    m_searchWatcher->setFuture(QtConcurrent::run(guarded));
    m_searchWatcher->setProperty("generation", QVariant::fromValue(gen));
    updateBusy();
}

void AnalysisController::onSearchDone()
{
    auto fut = m_searchWatcher->future();
    const quint64 gen = m_searchWatcher->property("generation").value<quint64>();
    updateBusy();
    if (m_shutDown || fut.isCanceled() || fut.resultCount() == 0 || gen != m_searchGen)
        return;
    m_outcome = fut.result();
    m_outcomePrepared = m_searchPrepared;
    emit searchFinished();
}

std::shared_ptr<const Series> AnalysisController::measuredFlat() const
{
    auto prepared = this->prepared();
    if (!prepared)
        return nullptr;
    if (m_outcome && m_outcomePrepared == prepared && m_outcome->flat.size() > 0)
        return std::shared_ptr<const Series>(m_outcome, &m_outcome->flat);
    return std::shared_ptr<const Series>(prepared, &prepared->flat);
}

void AnalysisController::cancelAll()
{
    ++m_prepareGen;
    ++m_searchGen;
    if (m_prepareWatcher)
        m_prepareWatcher->cancel();
    if (m_searchWatcher)
        m_searchWatcher->cancel();
    for (auto& w : m_watchers)
        if (w)
            w->cancel();
    updateBusy();
}

void AnalysisController::shutdown()
{
    if (m_shutDown)
        return;
    cancelAll();
    // From here on nothing is emitted: the owner may be half destroyed.
    m_shutDown = true;
    if (m_prepareWatcher)
        m_prepareWatcher->waitForFinished();
    if (m_searchWatcher)
        m_searchWatcher->waitForFinished();
    for (auto& w : m_watchers)
        if (w)
            w->waitForFinished();
}

}  // namespace exo::app
