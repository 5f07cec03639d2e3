#include "gui/analysis_controller.h"

#include <QPromise>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

#include "common/error_text.h"

namespace exo::app {

struct AnalysisController::PrepareJobResult {
    quint64 generation = 0;
    QHash<QString, RawEntry> newRaw;   // entries computed by this job
    QHash<QString, PrepEntry> newPrep;
    std::shared_ptr<const Series> stitched;
    std::shared_ptr<const pipeline::Prepared> prepared;
    Status status;
};

namespace {
template <typename T>
ProgressFn promiseProgress(QPromise<T>& p)
{
    return [&p](long long done, long long total) {
        if (total > 0) {
            p.setProgressRange(0, 1000);
            p.setProgressValue(int(1000.0 * double(done) / double(total)));
        }
        return !p.isCanceled();
    };
}
}  // namespace

AnalysisController::AnalysisController(QObject* parent) : QObject(parent) {}

AnalysisController::~AnalysisController() { shutdown(); }

std::shared_ptr<const pipeline::LoadedFile> AnalysisController::file(const QString& path) const
{
    return m_loaded.value(path);
}

std::shared_ptr<const Series> AnalysisController::raw(const QString& path) const
{
    auto it = m_raw.constFind(path);
    return it == m_raw.constEnd() ? nullptr : it->series;
}

bool AnalysisController::busy() const
{
    return m_pendingLoads > 0 || (m_prepareWatcher && m_prepareWatcher->isRunning()) ||
           (m_searchWatcher && m_searchWatcher->isRunning());
}

void AnalysisController::updateBusy()
{
    const bool b = busy();
    if (b != m_busy) {
        m_busy = b;
        emit busyChanged(b);
    }
}

void AnalysisController::loadFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (m_loaded.contains(path)) {
            emit fileLoaded(path);
            continue;
        }
        auto* w = new QFutureWatcher<Result<pipeline::LoadedFile>>(this);
        ++m_pendingLoads;
        connect(w, &QFutureWatcherBase::finished, this, [this, w, path] {
            --m_pendingLoads;
            auto r = w->result();
            w->deleteLater();
            if (r.ok()) {
                m_loaded.insert(path, std::make_shared<const pipeline::LoadedFile>(std::move(r.value)));
                emit fileLoaded(path);
            } else {
                emit fileFailed(path, ui::errorText(r.status));
            }
            updateBusy();
        });
        m_watchers.append(w);
        w->setFuture(QtConcurrent::run([p = path.toStdString()] { return pipeline::loadFile(p); }));
    }
    updateBusy();
}

void AnalysisController::setAnalysis(const QStringList& paths,
                                     const QHash<QString, pipeline::ApertureChoice>& apertures,
                                     const pipeline::PrepareSettings& prepare)
{
    m_paths = paths;
    m_apertures = apertures;
    m_prepareSettings = prepare;
    startPrepare();
}

void AnalysisController::startPrepare()
{
    // Snapshot the inputs: files that are loaded, their apertures and the cache.
    std::vector<std::shared_ptr<const pipeline::LoadedFile>> files;
    std::vector<pipeline::ApertureChoice> apertures;
    std::vector<std::shared_ptr<const Series>> cached;
    std::vector<PrepEntry> prepCache;
    QStringList paths;
    for (const QString& p : m_paths) {
        auto f = m_loaded.value(p);
        if (!f) continue;
        auto ap = m_apertures.value(p);
        files.push_back(f);
        apertures.push_back(ap);
        auto it = m_raw.constFind(p);
        const bool hit = it != m_raw.constEnd() && it->aperture == ap &&
                         (f->isPixelFile() || it->flux == m_prepareSettings.flux);
        cached.push_back(hit ? it->series : nullptr);
        prepCache.push_back(m_prep.value(p));
        paths << p;
    }
    if (m_prepareWatcher && m_prepareWatcher->isRunning()) m_prepareWatcher->cancel();
    const quint64 gen = ++m_prepareGen;
    if (files.empty()) {
        m_stitched.reset();
        m_prepared.reset();
        emit preparedReady();
        return;
    }
    const auto settings = m_prepareSettings;
    auto job = [=](QPromise<std::shared_ptr<PrepareJobResult>>& promise) {
        auto res = std::make_shared<PrepareJobResult>();
        res->generation = gen;
        std::vector<Series> series;
        std::vector<std::shared_ptr<const Series>> rawPtrs;
        std::vector<Metadata> metas;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (promise.isCanceled()) return;
            std::shared_ptr<const Series> s = cached[i];
            if (!s) {
                auto r = pipeline::rawLightCurve(*files[i], apertures[i], settings.flux);
                if (!r.ok()) {
                    res->status = Status::error(r.status.code, paths[int(i)].toStdString() + ": " + r.status.detail);
                    promise.addResult(res);
                    return;
                }
                s = std::make_shared<const Series>(std::move(r.value));
                res->newRaw.insert(paths[int(i)], RawEntry{apertures[i], settings.flux, s});
            }
            series.push_back(*s);
            rawPtrs.push_back(s);
            metas.push_back(files[i]->meta);
        }
        auto st = pipeline::stitch(series, metas);
        if (!st.ok()) { res->status = st.status; promise.addResult(res); return; }
        res->stitched = std::make_shared<const Series>(st.value);

        // Files that do not overlap in time are prepared one by one and cached, so an
        // aperture edit in one quarter re-detrends that quarter only.
        std::vector<std::size_t> order(files.size());
        std::vector<double> tmin(files.size(), INFINITY), tmax(files.size(), -INFINITY);
        for (std::size_t i = 0; i < files.size(); ++i) {
            order[i] = i;
            for (double t : series[i].time)
                if (std::isfinite(t)) { tmin[i] = std::min(tmin[i], t); tmax[i] = std::max(tmax[i], t); }
        }
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return tmin[a] < tmin[b]; });
        bool disjoint = files.size() > 1;
        for (std::size_t k = 0; k + 1 < order.size(); ++k)
            disjoint = disjoint && tmax[order[k]] < tmin[order[k + 1]];
        if (disjoint) {
            std::vector<std::shared_ptr<const pipeline::Prepared>> pieces;
            std::vector<std::size_t> offsets;
            std::size_t offset = 0;
            for (std::size_t i : order) {
                if (promise.isCanceled()) return;
                std::shared_ptr<const pipeline::Prepared> piece;
                if (prepCache[i].prepared && prepCache[i].raw == rawPtrs[i] && prepCache[i].settings == settings) {
                    piece = prepCache[i].prepared;
                } else {
                    auto one = pipeline::stitch({series[i]}, {metas[i]});
                    if (!one.ok()) { res->status = one.status; promise.addResult(res); return; }
                    auto pr = pipeline::prepare(one.value, metas[i].mission, settings);
                    if (!pr.ok() && pr.status.code != ErrorCode::AllNaN && pr.status.code != ErrorCode::NoRows) {
                        res->status = pr.status;
                        promise.addResult(res);
                        return;
                    }
                    piece = std::make_shared<const pipeline::Prepared>(pr.ok() ? std::move(pr.value) : pipeline::Prepared{});
                    res->newPrep.insert(paths[int(i)], PrepEntry{rawPtrs[i], settings, piece});
                }
                pieces.push_back(piece);
                offsets.push_back(offset);
                offset += series[i].size();
            }
            std::vector<const pipeline::Prepared*> ptrs;
            for (const auto& p : pieces) ptrs.push_back(p.get());
            auto joined = pipeline::joinPrepared(ptrs, offsets);
            if (joined.clean.size() == 0) {
                res->status = Status::error(ErrorCode::AllNaN, "no cadence left after quality masking");
                promise.addResult(res);
                return;
            }
            res->prepared = std::make_shared<const pipeline::Prepared>(std::move(joined));
            promise.addResult(res);
            return;
        }
        auto pr = pipeline::prepare(st.value, metas.front().mission, settings, promiseProgress(promise));
        if (!pr.ok()) { res->status = pr.status; promise.addResult(res); return; }
        res->prepared = std::make_shared<const pipeline::Prepared>(std::move(pr.value));
        promise.addResult(res);
    };
    if (!m_prepareWatcher) {
        m_prepareWatcher = new QFutureWatcher<std::shared_ptr<PrepareJobResult>>(this);
        connect(m_prepareWatcher, &QFutureWatcherBase::finished, this, &AnalysisController::onPrepareDone);
    }
    m_prepareWatcher->setFuture(QtConcurrent::run(job));
    updateBusy();
}

void AnalysisController::onPrepareDone()
{
    auto fut = m_prepareWatcher->future();
    updateBusy();
    if (fut.isCanceled() || fut.resultCount() == 0) return;
    auto res = fut.result();
    if (!res || res->generation != m_prepareGen) return;  // stale
    for (auto it = res->newRaw.cbegin(); it != res->newRaw.cend(); ++it) m_raw.insert(it.key(), it.value());
    for (auto it = res->newPrep.cbegin(); it != res->newPrep.cend(); ++it) m_prep.insert(it.key(), it.value());
    if (!res->status.ok()) {
        emit prepareFailed(ui::errorText(res->status));
        return;
    }
    m_stitched = res->stitched;
    m_prepared = res->prepared;
    emit preparedReady();
}

void AnalysisController::runSearch()
{
    if (m_searchWatcher && m_searchWatcher->isRunning()) m_searchWatcher->cancel();
    const quint64 gen = ++m_searchGen;
    auto prepared = m_prepared;
    if (!prepared || m_paths.isEmpty()) return;
    auto f = m_loaded.value(m_paths.front());
    if (!f) return;
    const Metadata meta = f->meta;
    const auto settings = m_search;
    QPointer<AnalysisController> self(this);
    auto job = [=](QPromise<std::shared_ptr<pipeline::SearchOutcome>>& promise) {
        auto partial = [&](const pipeline::SearchOutcome& o) {
            auto copy = std::make_shared<const pipeline::SearchOutcome>(o);
            QMetaObject::invokeMethod(self.data(), [self, gen, copy] {
                if (self && gen == self->m_searchGen) emit self->periodogramProgress(copy);
            }, Qt::QueuedConnection);
        };
        auto r = pipeline::runSearch(prepared->flat, meta, settings, promiseProgress(promise), partial);
        if (!r.ok()) {
            if (r.status.code == ErrorCode::Cancelled) return;
            QMetaObject::invokeMethod(self.data(), [self, gen, st = r.status] {
                if (self && gen == self->m_searchGen) emit self->searchFailed(ui::errorText(st));
            }, Qt::QueuedConnection);
            return;
        }
        promise.addResult(std::make_shared<pipeline::SearchOutcome>(std::move(r.value)));
    };
    if (!m_searchWatcher) {
        m_searchWatcher = new QFutureWatcher<std::shared_ptr<pipeline::SearchOutcome>>(this);
        connect(m_searchWatcher, &QFutureWatcherBase::finished, this, &AnalysisController::onSearchDone);
        connect(m_searchWatcher, &QFutureWatcherBase::progressValueChanged, this,
                [this](int v) { emit progress(tr("Searching for transits"), v, 1000); });
    }
    m_searchWatcher->setFuture(QtConcurrent::run(job));
    m_searchWatcher->setProperty("generation", QVariant::fromValue(gen));
    updateBusy();
}

void AnalysisController::onSearchDone()
{
    auto fut = m_searchWatcher->future();
    const quint64 gen = m_searchWatcher->property("generation").value<quint64>();
    updateBusy();
    if (fut.isCanceled() || fut.resultCount() == 0 || gen != m_searchGen) return;
    m_outcome = fut.result();
    emit searchFinished();
}

void AnalysisController::cancelAll()
{
    ++m_prepareGen;
    ++m_searchGen;
    if (m_prepareWatcher) m_prepareWatcher->cancel();
    if (m_searchWatcher) m_searchWatcher->cancel();
    updateBusy();
}

void AnalysisController::shutdown()
{
    cancelAll();
    if (m_prepareWatcher) m_prepareWatcher->waitForFinished();
    if (m_searchWatcher) m_searchWatcher->waitForFinished();
    for (auto& w : m_watchers)
        if (w) w->waitForFinished();
}

}  // namespace exo::app
