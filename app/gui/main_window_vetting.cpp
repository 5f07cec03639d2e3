// Wiring of the vetting into the window (the panel, the gallery, the pixel layers).
#include "gui/main_window_vetting.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <cmath>
#include <QSplitter>
#include <QtConcurrent>

#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "panels/candidates_table.h"
#include "panels/vetting_panel.h"
#include "pixels/pixel_panel.h"
#include "plots/transit_gallery.h"
#include "cli/vetting_json.h"
#include "gui/candidate_store_link.h"
#include "session/session.h"
#include "store/candidate_store.h"

namespace exo::app {

struct VettingController::Job {
    quint64 generation = 0;
    int row = -1;
    Result<vetting::Report> result;
    std::shared_ptr<const pipeline::Prepared> prepared;
    std::shared_ptr<const Series> flat;  ///< the curve vetted (AnalysisController::measuredFlat)
    std::vector<std::string> files;
};

void MainWindow::buildVetting()
{
    m_vetting = new VettingController(this);
    auto* dock = new QDockWidget(tr("Vetting"), this);
    dock->setObjectName(QStringLiteral("vettingDock"));
    dock->setWidget(m_vetting->dockWidget());
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* pipe = findChild<QDockWidget*>(QStringLiteral("pipelineDock"))) {
        tabifyDockWidget(pipe, dock);
        pipe->raise();
    }
    connect(m_vetting, &VettingController::reportReady, this, &MainWindow::checkIdle);
}

void VettingController::addStoredEphemerides(vetting::Input& in, const Metadata& star) const
{
    CandidateStoreLink* link = m_window->candidateStore();
    store::CandidateStore* st = link ? link->store() : nullptr;
    if (!st)
        return;
    const QString mission = QString::fromLatin1(missionName(star.mission));
    for (const store::CandidateEntry& e : st->list()) {
        if (e.targetId == star.targetId && e.mission == mission)
            continue;  // this star's own candidates come from the search
        if (!(e.periodDays > 0) || !std::isfinite(e.t0Bjd))
            continue;
        const QString label = QStringLiteral("%1 P=%2 d").arg(e.targetLabel).arg(e.periodDays, 0, 'f', 4);
        in.others.push_back({label.toStdString(), e.periodDays, e.t0Bjd, e.durationHours});
    }
}

VettingController::VettingController(MainWindow* window) : QObject(window), m_window(window)
{
    auto* split = new QSplitter(Qt::Vertical);
    m_panel = new ui::VettingPanel(split);
    m_gallery = new ui::TransitGallery(split);
    m_gallery->setToolTip(tr("Each transit of the selected candidate on one flux scale, with the box of the "
                             "fold: a signal made by one event, or deeper odd than even events, shows here."));
    split->addWidget(m_panel);
    split->addWidget(m_gallery);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_container = split;

    m_watcher = new QFutureWatcher<std::shared_ptr<Job>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &VettingController::onDone);

    auto* ctl = window->controller();
    auto* table = window->candidatesTable();
    connect(table, &ui::CandidatesTable::candidateSelected, this, [this](int row) { vetCandidate(row); });
    // A new search result: vet its first candidate (the window folds on it too).
    connect(ctl, &AnalysisController::searchFinished, this, [this] {
        const int n = int(m_window->session()->candidates().size());
        vetCandidate(n > 0 ? 0 : -1);
    });
    // A new prepared light curve (aperture edit, setting): vet the same ephemeris again, live.
    connect(ctl, &AnalysisController::preparedReady, this, [this] {
        if (m_row >= 0 && m_row < int(m_window->session()->candidates().size()))
            vetCandidate(m_row);
    });
    // Another file of the star shown in the pixel view: its layers.
    connect(window->session(), &Session::currentFileChanged, this, [this] { applyPixelLayers(); });
}

VettingController::~VettingController() { shutdown(); }

bool VettingController::busy() const { return m_watcher->isRunning(); }

void VettingController::shutdown()
{
    ++m_generation;
    m_restart = false;
    m_watcher->waitForFinished();
}

void VettingController::vetCandidate(int row)
{
    m_row = row;
    ++m_generation;
    if (row < 0) {
        m_report.reset();
        m_panel->clear(tr("Select a candidate to vet it."));
        m_gallery->clear();
        m_window->pixelPanel()->setVettingLayers({}, {}, {});
        return;
    }
    if (m_watcher->isRunning()) {
        m_restart = true;  // start again when the running job ends (its result is stale)
        return;
    }
    start();
}

void VettingController::start()
{
    const auto cands = m_window->session()->candidates();
    auto* ctl = m_window->controller();
    auto prepared = ctl->prepared();
    auto star = ctl->star();
    if (m_row < 0 || m_row >= int(cands.size()) || !prepared || !star)
        return;
    const exo::Candidate c = cands[m_row];

    vetting::Input in;
    in.ephemeris = {c.periodDays, c.t0, c.durationHours, c.depthPpm};
    in.meta = star->meta;
    for (const auto& o : cands) {
        if (o.rank == c.rank)
            continue;
        in.others.push_back(
            {std::string(1, '#').append(std::to_string(o.rank)), o.periodDays, o.t0Bjd, o.durationHours});
        if (o.rank < c.rank)
            in.masked.push_back({o.periodDays, o.t0, o.durationHours, o.depthPpm});
    }
    // And the candidates of the other stars in the candidate store: a signal whose period and
    // epochs match another star's is likely light from one source seen in both apertures.
    addStoredEphemerides(in, star->meta);
    // The pixel files analysed, with the user's aperture of each.
    std::vector<std::shared_ptr<const pipeline::LoadedFile>> keep;
    std::vector<std::string> files;
    for (const auto& path : star->analysed) {
        auto f = ctl->file(QString::fromStdString(path));
        if (!f || !f->tpf)
            continue;
        vetting::PixelInput px;
        px.tpf = f->tpf.get();
        auto ap = pipeline::resolveAperture(*f->tpf, m_window->session()->aperture(QString::fromStdString(path)));
        if (ap.ok())
            px.aperture = std::move(ap.value);
        in.pixels.push_back(std::move(px));
        keep.push_back(f);
        files.push_back(path);
    }
    auto job = std::make_shared<Job>();
    job->generation = m_generation;
    job->row = m_row;
    job->prepared = prepared;
    job->flat = ctl->measuredFlat();
    job->files = files;
    m_panel->clear(tr("Vetting candidate %1…").arg(c.rank));
    m_watcher->setFuture(QtConcurrent::run([job, in = std::move(in), keep, prepared]() mutable {
        in.flat = *job->flat;
        job->result = vetting::vet(in);
        return job;
    }));
}

void VettingController::onDone()
{
    auto job = m_watcher->future().result();
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    if (!job || job->generation != m_generation)
        return;  // superseded
    const auto cands = m_window->session()->candidates();
    if (job->row < 0 || job->row >= int(cands.size()))
        return;
    const auto& c = cands[job->row];
    if (!job->result.ok()) {
        m_report.reset();
        m_panel->clear(tr("Candidate %1 cannot be vetted: %2")
                           .arg(c.rank)
                           .arg(QString::fromLatin1(errorCodeName(job->result.status.code))));
        m_gallery->clear();
        m_window->pixelPanel()->setVettingLayers({}, {}, {});
        emit reportReady();
        return;
    }
    m_report = std::make_shared<const vetting::Report>(std::move(job->result.value));
    m_reportPrepared = job->prepared;
    m_reportFiles = job->files;
    const auto& r = *m_report;
    m_panel->setReport(
        r, tr("Candidate %1: P = %2 d, %3 h").arg(c.rank).arg(c.periodDays, 0, 'f', 5).arg(c.durationHours, 0, 'f', 2));
    std::vector<ui::GalleryEvent> ev;
    for (const auto& e : r.events)
        ev.push_back({e.epoch, e.time, e.depthPpm, e.snr});
    m_gallery->setData(job->flat->time, job->flat->flux, c.periodDays, c.durationHours / 24.0, std::move(ev),
                       r.primary.ppm);
    applyPixelLayers();
    // The store keeps the vetting with the candidate (the same JSON as search --save).
    if (CandidateStoreLink* link = m_window->candidateStore()) {
        cli::JsonWriter j;
        cli::writeVettingJson(j, r, cli::VettingJsonOptions{true, false});  // with the difference image, for the sheet
        QStringList flags;
        for (auto f : r.flags)
            flags << QString::fromLatin1(vetting::flagName(f));
        link->recordVetting(c.rank, c.periodDays, QJsonDocument::fromJson(QByteArray::fromStdString(j.str())).object(),
                            flags);
    }
    emit reportReady();
}

void VettingController::applyPixelLayers()
{
    auto* pixels = m_window->pixelPanel();
    if (!m_report) {
        pixels->setVettingLayers({}, {}, {});
        return;
    }
    const std::string current = m_window->session()->currentFile().toStdString();
    for (std::size_t i = 0; i < m_reportFiles.size() && i < m_report->pixels.size(); ++i) {
        if (m_reportFiles[i] != current)
            continue;
        const auto& p = m_report->pixels[i];
        if (p.diffImage.empty())
            break;
        std::vector<float> diff(p.diffImage.begin(), p.diffImage.end());
        std::vector<float> depth(p.depthMapPpm.begin(), p.depthMapPpm.end());
        std::vector<ui::PixelMarker> marks;
        marks.push_back({p.outCentroid.col, p.outCentroid.row, QColor(255, 255, 255), tr("star")});
        marks.push_back({p.diffCentroid.col, p.diffCentroid.row, QColor(255, 80, 60), tr("signal")});
        if (std::isfinite(p.target.col))
            marks.push_back({p.target.col, p.target.row, QColor(80, 220, 255), tr("catalogue")});
        pixels->setVettingLayers(std::move(diff), std::move(depth), std::move(marks));
        return;
    }
    pixels->setVettingLayers({}, {}, {});
}

}  // namespace exo::app
