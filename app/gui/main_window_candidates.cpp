// MainWindow: the candidate store (annotations that last), File > Export
// Candidates… and File > Import Candidates… (the reviewer's table).
#include "gui/main_window.h"

#include "gui/analysis_controller.h"
#include "gui/candidate_export_dialog.h"
#include "gui/candidate_store_link.h"
#include "gui/results_browser.h"
#include "gui/review_dialog.h"
#include "panels/candidates_table.h"
#include "session/app_settings.h"
#include "session/session.h"
#include "session/session_json.h"
#include "sheet/sheet_source.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"
#include "store/from_pipeline.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace exo::app {

void MainWindow::wireCandidateStore()
{
    m_storeLink = new CandidateStoreLink(m_session, m_settings->storePath(), this);
    m_storeLink->setAuthor(m_settings->author());
    connect(m_storeLink, &CandidateStoreLink::storeError, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Candidate store: %1").arg(message), 15000);
    });
    connect(m_candidates, &ui::CandidatesTable::dispositionEdited, this, [this](int row, const QString& key) {
        const auto c = m_session->candidates();
        if (row >= 0 && row < c.size())
            m_session->setDisposition(c[row].rank, key == QLatin1String("unreviewed") ? QString() : key);
    });
    connect(m_candidates, &ui::CandidatesTable::noteEdited, this, [this](int row, const QString& note) {
        const auto c = m_session->candidates();
        if (row >= 0 && row < c.size())
            m_session->setNote(c[row].rank, note);
    });
}

void MainWindow::buildCandidateActions(QMenu* file)
{
    file->addAction(tr("Export &Candidates…"), this, &MainWindow::exportCandidates);
    file->addAction(tr("&Import Candidates…"), this, &MainWindow::importCandidates);
    new ResultsBrowserLink(this, file);  // File > Open Batch Results… (results_browser.cpp)
}

void MainWindow::syncCandidatesWithStore()
{
    const auto o = m_controller->searchOutcome();
    const auto f = m_controller->file(m_session->currentFile());
    if (!o || !f || !m_storeLink)
        return;
    QJsonObject settings;
    settings[QStringLiteral("prepare")] = json::prepareToJson(m_session->prepareSettings());
    settings[QStringLiteral("search")] = json::searchToJson(m_session->searchSettings());
    QJsonObject apertures;
    for (const auto& path : m_analysed)
        apertures[path] = json::apertureToJson(m_session->aperture(path));
    settings[QStringLiteral("apertures")] = apertures;
    if (!m_analysed.isEmpty())
        settings[QStringLiteral("aperture")] = json::apertureToJson(m_session->aperture(m_analysed.front()));
    settings[QStringLiteral("source")] = QStringLiteral("exoworld window");
    m_storeLink->recordSearch(f->meta, m_analysed, settings, o->candidates);
}

void MainWindow::exportCandidates()
{
    auto* st = m_storeLink ? m_storeLink->store() : nullptr;
    if (!st) {
        showError(
            tr("The candidate store cannot be opened: %1").arg(m_storeLink ? m_storeLink->lastError() : QString()));
        return;
    }
    const auto current = m_storeLink->currentEntries();
    CandidateExportDialog dialog(!current.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::StoreFilter filter;
    filter.flaggedOnly = dialog.flaggedOnly();
    if (dialog.currentStarOnly() && !current.isEmpty()) {
        filter.mission = current.front().mission;
        filter.targetId = current.front().targetId;
    }
    store::StoreStatus status;
    const auto entries = st->list(filter, &status);
    if (!status.ok()) {
        showError(status.message);
        return;
    }
    if (entries.isEmpty()) {
        showError(tr("No candidate to export (nothing saved yet, or none flagged)."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Candidates"),
                                     exportStartPath(dialog.format() == CandidateExportDialog::Format::Ctoi
                                                         ? store::ctoiFileName(QDate::currentDate())
                                                         : QStringLiteral("candidates.%1").arg(dialog.suffix())),
                                     dialog.fileFilter());
    if (path.isEmpty())
        return;
    QString why;
    bool ok = true;
    const store::ExportInfo info{m_settings->author(), store::softwareVersion(), {}};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (dialog.format() == CandidateExportDialog::Format::Pdf) {
        const QStringList names = store::candidateNames(entries);
        QList<sheet::SheetData> sheets;
        for (qsizetype i = 0; i < entries.size(); ++i)
            sheets.append(sheet::sheetFromEntry(entries[i], names[i]));
        ok = sheet::writeReport(path, sheets, &why);
    } else {
        QByteArray bytes;
        if (dialog.format() == CandidateExportDialog::Format::Csv)
            bytes = store::toCsv(entries);
        else if (dialog.format() == CandidateExportDialog::Format::Json)
            bytes = store::toJsonExport(entries, info);
        else {
            store::CtoiOptions o;
            o.username = m_settings->author();
            const auto r = store::toCtoi(entries, o);
            bytes = r.text;
            if (r.rows == 0) {
                ok = false;
                why = tr("None of these candidates is a TESS target with an epoch in BJD.");
            }
        }
        if (ok) {
            QSaveFile f(path);
            ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
            if (!ok)
                why = f.errorString();
        }
    }
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Cannot export the candidates to %1: %2").arg(path, why));
        return;
    }
    rememberExportFolder(path);
    statusBar()->showMessage(tr("Exported %n candidate(s) to %1", nullptr, int(entries.size())).arg(path), 8000);
    emit candidatesExported(path, int(entries.size()));
}

void MainWindow::importCandidates()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Candidates (attendees' JSON exports)"),
                                                            QString(), tr("JSON exports (*.json)"));
    if (paths.isEmpty())
        return;
    openReview(paths);
}

void MainWindow::openReview(const QStringList& paths)
{
    QStringList errors;
    const auto sources = store::readReviewSources(paths, errors);
    if (sources.isEmpty()) {
        showError(tr("No candidate export could be read:\n%1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    auto* dialog = new ReviewDialog(store::mergeReviews(sources), errors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("reviewDialog"));
    dialog->setExportFolder(exportStartPath());
    connect(dialog, &ReviewDialog::exported, this, &MainWindow::rememberExportFolder);
    dialog->show();
}

}  // namespace exo::app
