// MainWindow: showing results (pixels, light curves, periodogram, fold, candidates),
// the screenshot mode and exports.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "gui/main_window_archive.h"
#include "gui/main_window_vetting.h"
#include "io/lightcurve_writer.h"
#include "panels/candidates_table.h"
#include "panels/pipeline_panel.h"
#include "panels/star_browser.h"
#include "pixels/pixel_panel.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "plots/plot_export.h"
#include "io/quality.h"
#include "pipeline/display.h"
#include "session/session.h"
#include "common/safe_text.h"

namespace exo::app {

void MainWindow::connectViews()
{
    connect(m_browser, &ui::StarBrowser::fileActivated, this, [this](const QString& path) {
        for (const auto& f : m_session->files())
            if (f.path == path) {
                m_session->setCurrentStar(f.star);
                m_session->setCurrentFile(path);
            }
    });
    connect(m_browser, &ui::StarBrowser::filesDropped, this, &MainWindow::openPaths);
    connect(m_browser, &ui::StarBrowser::openFilesRequested, this, &MainWindow::openFilesDialog);
    connect(m_browser, &ui::StarBrowser::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_browser, &ui::StarBrowser::removeRequested, this, [this](const QString& path) {
        m_session->removeFile(path);
        m_browser->removeFile(path);
        m_controller->forgetFile(path);
        refreshAnalysis();
    });

    // Aperture edits: a completed gesture becomes one undoable custom aperture.
    connect(m_pixels->view(), &ui::PixelView::apertureEdited, this, [this](std::vector<std::uint8_t> mask) {
        const QString path = m_session->currentFile();
        auto f = m_controller->file(path);
        if (!f || !f->tpf)
            return;
        pipeline::ApertureChoice c;
        c.mode = pipeline::ApertureMode::Custom;
        c.rows = f->tpf->rows();
        c.cols = f->tpf->cols();
        c.custom = std::move(mask);
        m_session->setAperture(path, c);
    });
    connect(m_pixels, &ui::PixelPanel::aperturePresetRequested, this, [this](ui::PixelPanel::Preset p, double sigma) {
        const QString path = m_session->currentFile();
        auto f = m_controller->file(path);
        if (!f || !f->tpf)
            return;
        pipeline::ApertureChoice c;
        c.thresholdSigma = sigma;
        switch (p) {
        case ui::PixelPanel::Preset::Pipeline: c.mode = pipeline::ApertureMode::Pipeline; break;
        case ui::PixelPanel::Preset::Threshold: c.mode = pipeline::ApertureMode::Threshold; break;
        case ui::PixelPanel::Preset::All: c.mode = pipeline::ApertureMode::All; break;
        case ui::PixelPanel::Preset::Clear:
            c.mode = pipeline::ApertureMode::Custom;
            c.rows = f->tpf->rows();
            c.cols = f->tpf->cols();
            c.custom.assign(std::size_t(c.rows * c.cols), 0);
            break;
        }
        m_session->setAperture(path, c);
    });
    connect(m_pixels->view(), &ui::PixelView::pixelHovered, this, [this](int row, int col, double value, int bits) {
        statusBar()->showMessage(
            tr("Pixel column %1, row %2: %3 e-/s, aperture bits %4").arg(col).arg(row).arg(value, 0, 'f', 1).arg(bits),
            4000);
    });

    // Clicking a light-curve point moves the pixel view to that cadence.
    auto toCadence = [this](int, double time) {
        auto f = m_controller->file(m_session->currentFile());
        if (!f || !f->tpf || f->tpf->time.empty())
            return;
        const auto& t = f->tpf->time;
        std::size_t best = 0;
        double bestD = INFINITY;
        for (std::size_t i = 0; i < t.size(); ++i)
            if (std::isfinite(t[i]) && std::abs(t[i] - time) < bestD) {
                bestD = std::abs(t[i] - time);
                best = i;
            }
        if (bestD < 1.0) {
            m_pixels->setShowMedian(false);
            m_pixels->setFrameIndex(int(best));
        }
    };
    connect(m_rawPlot, &ui::LightCurvePlot::pointClicked, this, toCadence);
    connect(m_flatPlot, &ui::LightCurvePlot::pointClicked, this, toCadence);
    auto brush = [this](double t0, double t1) { m_session->addMaskedRange(t0, t1); };
    connect(m_rawPlot, &ui::LightCurvePlot::rangeBrushed, this, brush);
    connect(m_flatPlot, &ui::LightCurvePlot::rangeBrushed, this, brush);

    connect(m_pipelinePanel, &ui::PipelinePanel::prepareSettingsEdited, this,
            [this](const pipeline::PrepareSettings& s, int key) { m_session->setPrepareSettings(s, key); });
    connect(m_pipelinePanel, &ui::PipelinePanel::searchSettingsEdited, this,
            [this](const pipeline::SearchSettings& s, int key) { m_session->setSearchSettings(s, key); });
    connect(m_pipelinePanel, &ui::PipelinePanel::runSearchRequested, this, [this] {
        m_searchDone = false;
        m_controller->runSearch();
    });
    connect(m_pipelinePanel, &ui::PipelinePanel::clearMaskedRangesRequested, this,
            [this] { m_session->clearMaskedRanges(); });

    connect(m_periodogram, &ui::PeriodogramPlot::peakClicked, this, &MainWindow::foldOnPeriod);
    connect(m_candidates, &ui::CandidatesTable::candidateSelected, this, &MainWindow::selectCandidate);
    connect(m_candidates, &ui::CandidatesTable::flagToggled, this, [this](int row, bool on) {
        const auto c = m_session->candidates();
        if (row >= 0 && row < c.size())
            m_session->setFlagged(c[row].rank, on);
    });
}

void MainWindow::onCurrentStarChanged()
{
    m_browser->setCurrentFile(m_session->currentFile());
    updateTitle();
    refreshAnalysis();
}

void MainWindow::onCurrentFileChanged(const QString& path)
{
    m_browser->setCurrentFile(path);
    // Choosing another product of the same quarter changes what is analysed.
    if (analysedFiles() != m_analysed)
        refreshAnalysis();
    auto f = m_controller->file(path);
    if (!f)
        return;
    if (f->tpf) {
        std::shared_ptr<const PixelCube> cube(f->tpf, &f->tpf->flux);
        m_pixels->setCube(cube, f->tpf->time);
        // Frames flagged by the quality mask are skipped in playback and the pixel curves.
        const auto qmask = io::parseQualitySpec(f->meta.mission, m_session->prepareSettings().quality).value_or(0u);
        std::vector<std::uint8_t> excluded(f->tpf->quality.size(), 0);
        for (std::size_t i = 0; i < excluded.size(); ++i)
            excluded[i] = (f->tpf->quality[i] & qmask) != 0;
        m_pixels->setExcludedCadences(std::move(excluded));
        m_pixels->view()->setApertureBits(f->tpf->aperture);
        m_pixels->setEnabled(true);
    } else {
        m_pixels->setCube(nullptr, {});
        m_pixels->setEnabled(false);
    }
    refreshAperture();
}

void MainWindow::refreshAperture()
{
    auto f = m_controller->file(m_session->currentFile());
    if (!f || !f->tpf)
        return;
    const auto& aps = m_session->apertures();
    auto it = aps.find(m_session->currentFile());
    const pipeline::ApertureChoice choice = it == aps.end() ? pipeline::ApertureChoice{} : it->second;
    auto mask = pipeline::resolveAperture(*f->tpf, choice);
    if (mask.ok())
        m_pixels->view()->setAperture(mask.value);
}

QStringList MainWindow::starFiles() const
{
    QStringList paths;
    for (const auto& f : m_session->filesOfStar(m_session->currentStar()))
        paths << f.path;
    return paths;
}

QStringList MainWindow::analysedFiles() const
{
    // Core's one-product-per-stretch rule (pipeline/plan.h); the selected product wins its stretch.
    return m_controller->plannedFiles(starFiles(), m_session->currentFile());
}

void MainWindow::refreshAnalysis()
{
    const QStringList paths = starFiles();
    QHash<QString, pipeline::ApertureChoice> aps;
    for (const QString& p : paths) {
        auto it = m_session->apertures().find(p);
        if (it != m_session->apertures().end())
            aps.insert(p, it->second);
    }
    m_analysed = analysedFiles();
    m_searchDone = false;
    m_controller->setSearchSettings(m_session->searchSettings());
    m_controller->setAnalysis(paths, m_session->currentFile(), aps, m_session->prepareSettings());
}

void MainWindow::onPreparedReady()
{
    auto st = m_controller->stitched();
    auto pr = m_controller->prepared();
    if (!st || !pr) {
        m_rawPlot->setData({}, {}, {});
        m_flatPlot->setData({}, {}, {});
        m_flatPlot->setDipMarkers({}, {});
        checkIdle();
        return;
    }
    // Raw: every cadence of the stitched series, flagged ones marked; the trend on top.
    auto first = m_analysed.isEmpty() ? nullptr : m_controller->file(m_analysed.front());
    const auto mask =
        io::parseQualitySpec(first ? first->meta.mission : Mission::Kepler, m_session->prepareSettings().quality)
            .value_or(0u);
    std::vector<std::uint8_t> flagged(st->size(), 0), userMasked(st->size(), 0);
    for (std::size_t i = 0; i < st->size(); ++i) {
        if (i < st->quality.size() && (st->quality[i] & mask))
            flagged[i] = 1;
        for (const auto& [a, b] : m_session->maskedRanges())
            if (st->time[i] >= std::min(a, b) && st->time[i] <= std::max(a, b))
                userMasked[i] = 1;
    }
    if (auto f0 = m_controller->file(m_session->currentFile())) {
        const QString ts = QString::fromLatin1(timeSystemName(f0->meta.timeSystem));
        const QString x = tr("Time (%1 = BJD − %2)").arg(ts).arg(f0->meta.bjdOffset(), 0, 'f', 0);
        m_rawPlot->setAxisLabels(x, tr("Normalised flux"));
        m_flatPlot->setAxisLabels(x, tr("Flattened flux"));
    }
    m_rawPlot->setData(st->time, st->flux, flagged);
    m_rawPlot->setUserMask(userMasked);
    m_rawPlot->setTrend(pr->clean.time, pr->trend);
    m_flatPlot->setData(pr->flat.time, pr->flat.flux, {});
    {  // the workshop's thresholded dips (Pipeline > Mark dips below)
        std::vector<double> dx, dy;
        for (const auto& e : pr->dips) {
            dx.push_back(e.tMin);
            dy.push_back(pr->dipMedian * (1.0 - e.depthPpm * 1e-6));
        }
        m_flatPlot->setDipMarkers(std::move(dx), std::move(dy));
    }
    statusBar()->showMessage(tr("%1 cadences: %2 flagged by quality, %3 clipped, %4 masked by you")
                                 .arg(pr->clean.size())
                                 .arg(pr->nQualityMasked)
                                 .arg(pr->nClipped)
                                 .arg(pr->nUserMasked),
                             6000);
    if (m_pipelinePanel->autoSearch() || m_searchPending) {
        m_searchPending = false;
        m_searchDone = false;
        m_controller->runSearch();
    } else {
        m_searchDone = true;
    }
    checkIdle();
}

void MainWindow::onSearchProgress(std::shared_ptr<const pipeline::SearchOutcome> partial)
{
    if (partial)
        showPeriodogram(*partial);
}

void MainWindow::showPeriodogram(const pipeline::SearchOutcome& o)
{
    m_periodogram->setPeriodogram(o.period, o.sdePower.empty() ? o.power : o.sdePower);
    m_periodogram->setPowerLabel(o.sdePower.empty() ? tr("BLS power") : tr("SDE"));
}

void MainWindow::onSearchFinished()
{
    auto o = m_controller->searchOutcome();
    if (!o)
        return;
    showPeriodogram(*o);
    // The user's flag, disposition and note follow a signal found again (a re-run after a
    // setting change, a restored session): core decides what "the same signal" is.
    const QList<CandidateRecord> previous = m_session->candidates();
    const std::vector<Candidate> old(previous.begin(), previous.end());
    const std::vector<int> match = matchCandidates(old, o->candidates);
    QList<CandidateRecord> recs;
    for (std::size_t i = 0; i < o->candidates.size(); ++i) {
        CandidateRecord r(o->candidates[i]);
        if (match[i] >= 0) {
            const auto& prev = previous[match[i]];
            r.flagged = prev.flagged;
            r.disposition = prev.disposition;
            r.note = prev.note;
        }
        recs << r;
    }
    m_session->setCandidates(recs);
    syncCandidatesWithStore();
    statusBar()->showMessage(tr("Search done: %1 trial periods in %2 s, %3 candidate(s)")
                                 .arg(o->gridSize)
                                 .arg(o->seconds, 0, 'f', 2)
                                 .arg(o->candidates.size()),
                             8000);
    if (!o->candidates.empty())
        selectCandidate(0);
    m_searchDone = true;
    checkIdle();
}

void MainWindow::updateCandidates()
{
    const auto cands = m_session->candidates();
    auto f = m_session->files().isEmpty() ? nullptr : m_controller->file(m_session->currentFile());
    m_candidates->setCandidates(QVector<ui::CandidateRow>(cands.begin(), cands.end()),
                                f ? QString::fromLatin1(timeSystemName(f->meta.timeSystem)) : QString());
}

void MainWindow::selectCandidate(int row)
{
    const auto cands = m_session->candidates();
    // The table's row follows what the fold shows, whoever chose it (a click on a row or a
    // peak, or a new search showing candidate 1: its row stayed unselected). Silent: no loop.
    if (m_candidates->currentCandidate() != (row < 0 || row >= cands.size() ? -1 : row))
        m_candidates->setCurrentCandidate(row < 0 || row >= cands.size() ? -1 : row);
    if (row < 0 || row >= cands.size()) {
        m_rawPlot->setTransitMarkers({});
        m_flatPlot->setTransitMarkers({});
        return;
    }
    const auto& c = cands[row];
    showFold(c.periodDays, c.t0, c.durationHours / 24.0, c.depthPpm);
    m_rawPlot->setTransitMarkers(c.transitTimes);
    m_flatPlot->setTransitMarkers(c.transitTimes);
}

void MainWindow::foldOnPeriod(double periodDays)
{
    auto o = m_controller->searchOutcome();
    if (!o || o->period.empty())
        return;
    // Snap to the grid period nearest the click and use its best epoch and duration.
    std::size_t best = 0;
    for (std::size_t i = 0; i < o->period.size(); ++i)
        if (std::abs(o->period[i] - periodDays) < std::abs(o->period[best] - periodDays))
            best = i;
    const double t0 = best < o->transitTime.size() ? o->transitTime[best] : 0.0;
    const double dur = best < o->duration.size() ? o->duration[best] : 0.1;
    // A peak that is one of the candidates selects its row: fold, model, markers and guides.
    const auto cands = m_session->candidates();
    for (int i = 0; i < cands.size(); ++i)
        if (std::abs(cands[i].periodDays - o->period[best]) < 0.01 * o->period[best]) {
            selectCandidate(i);  // selects its row too
            return;
        }
    m_candidates->setCurrentCandidate(-1);
    // Any other peak: its best box from the search, drawn as the model.
    const double depthPpm = best < o->depth.size() ? o->depth[best] * 1e6 : 0.0;
    showFold(o->period[best], t0, dur, depthPpm);
    auto pr = m_controller->prepared();
    if (pr && !pr->flat.time.empty()) {
        const auto marks =
            pipeline::predictedTransits(o->period[best], t0, pr->flat.time.front(), pr->flat.time.back());
        m_rawPlot->setTransitMarkers(marks);
        m_flatPlot->setTransitMarkers(marks);
    }
}

void MainWindow::showFold(double period, double t0, double durationDays, double depthPpm)
{
    auto pr = m_controller->prepared();
    if (!pr || !(period > 0))
        return;
    m_foldPeriod = period;
    emit foldShown(period);
    const auto v = pipeline::foldForDisplay(pr->flat, period, t0, durationDays, depthPpm);
    m_fold->setTransitDuration(durationDays * 24.0);
    m_fold->setFolded(v.phaseHours, v.flux, v.odd);
    if (!v.model.empty())
        m_fold->setModel(v.modelHours, v.model);
    else
        m_fold->clearModel();
    m_fold->zoomToTransit();
    m_foldTitle = foldTitle(period, t0, depthPpm);
    m_fold->setTitle(m_foldTitle);
    if (m_archiveLink)
        m_archiveLink->updateFoldTitle();  // "· Kepler-62 d (known planet)"
    m_periodogram->setMarkedPeriod(period);
    updateEmptyStates();
}

bool MainWindow::isIdle() const
{
    // Settled: nothing loads or computes, and the search ran, failed, or has nothing to
    // run on (no file of the current star could be loaded, or its preparation failed);
    // the vetting of the selected candidate is done too.
    return m_pendingFiles <= 0 && !m_controller->busy() && (m_searchDone || m_analysed.isEmpty())
           && !(m_vetting && m_vetting->busy());
}

void MainWindow::checkIdle()
{
    if (isIdle())
        emit idle();
}

int MainWindow::runScreenshot(const LaunchOptions& opts)
{
    resize(opts.size);
    show();
    openInitial(opts.files);
    if (opts.workshopStep > 0)
        openWorkshop(opts.workshopStep - 1);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    connect(this, &MainWindow::idle, &loop, [&] {
        // Let queued replots and layout settle before grabbing.
        QTimer::singleShot(300, &loop, [&] {
            if (isIdle())
                loop.quit();
        });
    });
    timeout.start(opts.timeoutSeconds * 1000);
    QTimer::singleShot(0, this, [this] { checkIdle(); });
    loop.exec();
    // Exit codes (README, "exoworld --screenshot"): 0 done, 1 done but some input failed,
    // 3 nothing could be analysed (the input's problem is printed), 4 timed out,
    // 5 the PNG could not be written. One clean line per problem on stderr.
    QTextStream err(stderr);
    const auto say = [&err](const QString& line) {
        err << "exoworld: " << QString::fromStdString(safeText(line.toStdString())) << "\n";
    };
    if (timedOut) {
        say(tr("timed out after %n second(s) waiting for the pipeline (--timeout)", nullptr, opts.timeoutSeconds));
        err.flush();
        return 4;
    }
    for (const QString& e : m_errors)
        say(e);
    const bool analysed = m_controller->searchOutcome() != nullptr;
    if (!analysed && !m_errors.isEmpty())
        return 3;
    const QPixmap shot = grab();
    if (!shot.save(opts.screenshotPath)) {
        say(tr("%1: could not write the screenshot").arg(opts.screenshotPath));
        return 5;
    }
    return m_errors.isEmpty() ? 0 : 1;
}

void MainWindow::exportLightCurve()
{
    auto pr = m_controller->prepared();
    if (!pr) {
        QMessageBox::information(this, tr("Export light curve"), tr("Open a star first."));
        return;
    }
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export light curve"), exportStartPath(),
                                                tr("CSV table (*.csv);;FITS light curve (*.fits)"), &filter);
    if (path.isEmpty())
        return;
    path = ui::withFilterExtension(path, filter);  // "kepler62" + CSV filter -> "kepler62.csv"
    auto f = m_controller->file(m_session->currentFile());
    Metadata meta = f ? f->meta : Metadata{};
    if (m_analysed.size() > 1)
        meta.quarter = meta.campaign = meta.sector = -1;  // several stitched seasons
    const Status st = path.endsWith(QLatin1String(".fits"))
                          ? io::writeLightCurveFits(path.toStdString(), pr->flat, meta)
                          : io::writeLightCurveCsv(path.toStdString(), pr->flat, meta);
    if (!st.ok())
        QMessageBox::warning(this, tr("Export light curve"), tr("Could not write %1").arg(path));
    else
        rememberExportFolder(path);
}

}  // namespace exo::app
