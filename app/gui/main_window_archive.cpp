#include "gui/main_window_archive.h"

#include <QAction>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QStatusBar>
#include <QTreeWidget>
#include <cmath>

#include "archive/archive_session.h"
#include "archive/http_client.h"
#include "gui/analysis_controller.h"
#include "gui/find_star_dialog.h"
#include "gui/main_window.h"
#include "panels/candidates_table.h"
#include "panels/star_browser.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "session/session.h"

namespace exo::app {

MainWindowArchive::MainWindowArchive(MainWindow* window, QMenu* fileMenu)
    : QObject(window),
      m_window(window),
      m_archive(new archive::ArchiveSession(archive::ArchiveConfig::fromEnvironment(), this))
{
    QAction* find = new QAction(tr("Find Star &Online…"), this);
    find->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    find->setToolTip(tr("Search MAST for a star by name and download its Kepler, K2 or TESS data"));
    find->setObjectName(QStringLiteral("findStarOnlineAction"));
    connect(find, &QAction::triggered, this, &MainWindowArchive::openDialog);
    const QList<QAction*> actions = fileMenu->actions();
    fileMenu->insertAction(actions.size() > 2 ? actions[2] : nullptr, find);

    // Queued: these run after the window's own handlers have updated the views.
    Session* s = m_window->session();
    connect(s, &Session::filesChanged, this, &MainWindowArchive::lookupStars, Qt::QueuedConnection);
    connect(s, &Session::currentStarChanged, this, &MainWindowArchive::applyKnownPlanets, Qt::QueuedConnection);
    connect(s, &Session::candidatesChanged, this, &MainWindowArchive::annotateCandidates, Qt::QueuedConnection);
    connect(m_window->controller(), &AnalysisController::preparedReady, this, &MainWindowArchive::applyKnownPlanets,
            Qt::QueuedConnection);
    connect(m_window->controller(), &AnalysisController::searchFinished, this, &MainWindowArchive::updateFoldTitle,
            Qt::QueuedConnection);
    connect(m_window->candidatesTable(), &ui::CandidatesTable::candidateSelected, this,
            &MainWindowArchive::updateFoldTitle, Qt::QueuedConnection);
    connect(m_window->periodogramPlot(), &ui::PeriodogramPlot::peakClicked, this, &MainWindowArchive::updateFoldTitle,
            Qt::QueuedConnection);
    // One click from "matches Kepler-62 b" to the disposition "known planet" (undoable).
    QTableView* view = m_window->candidatesTable()->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        const int row = candidateRowAt(view->indexAt(pos));
        const QString name = m_window->candidatesTable()->model()->knownPlanet(row);
        if (name.isEmpty())
            return;
        QMenu menu(view);
        menu.addAction(tr("Mark as Known Planet (%1)").arg(name), this, [this, row] { markKnown(row); });
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == ui::CandidatesModel::KnownCol)
            markKnown(candidateRowAt(index));
    });
    connect(this, &MainWindowArchive::starInfoReady, this, [this](const QString& star) {
        applyNames(star);
        if (star == m_window->session()->currentStar()) {
            applyKnownPlanets();
            annotateCandidates();
        }
    });
}

MainWindowArchive::~MainWindowArchive()
{
    delete m_dialog;  // before the archive session it uses
}

FindStarDialog* MainWindowArchive::dialog()
{
    if (!m_dialog) {
        m_dialog = new FindStarDialog(m_archive, m_window);
        connect(m_dialog, &FindStarDialog::openRequested, this,
                [this](const QStringList& paths, const QString&) { m_window->openPaths(paths); });
    }
    return m_dialog;
}

void MainWindowArchive::openDialog()
{
    FindStarDialog* d = dialog();
    d->show();
    d->raise();
    d->activateWindow();
}

const archive::StarInfo* MainWindowArchive::starInfo(const QString& starLabel) const
{
    const auto it = m_info.find(starLabel);
    return it == m_info.end() ? nullptr : &it->second;
}

std::vector<search::KnownPlanet> MainWindowArchive::currentKnownPlanets() const
{
    const archive::StarInfo* info = starInfo(m_window->session()->currentStar());
    return info ? info->planets : std::vector<search::KnownPlanet>{};
}

QString MainWindowArchive::matchLabel(double periodDays, double t0Bjd) const
{
    const auto known = currentKnownPlanets();
    if (known.empty() || !(periodDays > 0))
        return {};
    if (std::isfinite(t0Bjd)) {
        const auto m = search::matchKnownPlanet(known, periodDays, t0Bjd);
        return m ? QString::fromStdString(known[m->index].name) : QString();
    }
    const search::PlanetMatchTolerance tol;
    for (const auto& k : known)
        if (k.periodDays > 0 && std::abs(periodDays / k.periodDays - 1.0) <= tol.periodRelative)
            return QString::fromStdString(k.name);
    return {};
}

int MainWindowArchive::candidateRowAt(const QModelIndex& viewIndex) const
{
    if (!viewIndex.isValid())
        return -1;
    QModelIndex source = viewIndex;
    if (auto* proxy = qobject_cast<const QSortFilterProxyModel*>(viewIndex.model()))
        source = proxy->mapToSource(viewIndex);
    return source.row();
}

bool MainWindowArchive::markKnown(int row)
{
    const auto cands = m_window->session()->candidates();
    if (row < 0 || row >= cands.size())
        return false;
    const QString name = m_window->candidatesTable()->model()->knownPlanet(row);
    if (name.isEmpty())
        return false;
    // The store's key for KP (known planet, as the TESS follow-up working group names it).
    const bool changed = m_window->session()->setDisposition(cands[row].rank, QStringLiteral("known_planet"));
    m_window->statusBar()->showMessage(tr("Candidate %1 marked as the known planet %2").arg(cands[row].rank).arg(name),
                                       5000);
    return changed;
}

void MainWindowArchive::lookupStars()
{
    for (const QString& star : m_window->session()->stars()) {
        if (m_asked.contains(star))
            continue;
        const archive::StarKey key = archive::StarKey::fromQuery(star);
        if (key.id <= 0)
            continue;  // only catalogue numbers (KIC/EPIC/TIC) are looked up
        // The Kepler Input Catalog stops below 14 million: the generated demo and workshop
        // stars (KIC 99000042...) are nobody's, and are never looked up (they work offline).
        if (key.mission == QLatin1String("Kepler") && key.id >= 14000000)
            continue;
        m_asked.insert(star);
        m_archive->exoplanets()->lookup(key, this, [this, star](const archive::StarInfo& info) {
            if (info.error != archive::ErrorKind::None) {
                m_asked.remove(star);  // ask again next time files change
                // Offline is the normal case for many users: said once, not at every change.
                if (m_saidUnavailable)
                    return;
                m_saidUnavailable = true;
                m_window->statusBar()->showMessage(
                    tr("Known planets of %1 unavailable: %2").arg(star, archive::errorText(info.error)), 6000);
                return;
            }
            m_info[star] = info;
            emit starInfoReady(star);
        });
    }
}

void MainWindowArchive::applyNames(const QString& starLabel)
{
    const archive::StarInfo* info = starInfo(starLabel);
    if (!info || info->commonName.isEmpty())
        return;
    ui::StarBrowser* browser = m_window->starBrowser();
    QTreeWidget* tree = browser->tree();
    struct Entry {
        QString path, season, kind;
    };
    QList<Entry> entries;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* star = tree->topLevelItem(i);
        if (star->data(0, ui::StarBrowser::StarRole).toString() != starLabel)
            continue;
        for (int j = 0; j < star->childCount(); ++j) {
            QTreeWidgetItem* f = star->child(j);
            entries.append({f->data(0, ui::StarBrowser::PathRole).toString(),
                            f->data(0, ui::StarBrowser::SeasonRole).toString(),
                            f->data(0, ui::StarBrowser::KindRole).toString()});
        }
    }
    // Re-adding a file updates it in place and names its star ("Kepler-62 (KIC 9002278)").
    for (const Entry& e : entries)
        browser->addFile(e.path, starLabel, e.season, e.kind, info->commonName);
}

void MainWindowArchive::applyKnownPlanets()
{
    const auto known = currentKnownPlanets();
    auto prepared = m_window->controller()->prepared();
    const QString current = m_window->session()->currentFile();
    auto file = current.isEmpty() ? nullptr : m_window->controller()->file(current);
    std::vector<double> marks;
    if (!known.empty() && prepared && file && !prepared->flat.time.empty()) {
        const double offset = file->meta.bjdOffset();
        const double t0 = prepared->flat.time.front() + offset, t1 = prepared->flat.time.back() + offset;
        for (const auto& k : known)
            for (double t : search::predictedTransits(k, t0, t1))
                marks.push_back(t - offset);
    }
    m_window->rawPlot()->setKnownTransitMarkers(marks);
    m_window->flatPlot()->setKnownTransitMarkers(marks);
    updateFoldTitle();
}

void MainWindowArchive::annotateCandidates()
{
    QStringList names;
    for (const auto& c : m_window->session()->candidates())
        names << matchLabel(c.periodDays, c.t0Bjd);
    m_window->candidatesTable()->setKnownPlanets(names);
    updateFoldTitle();
}

void MainWindowArchive::updateFoldTitle()
{
    const double period = m_window->foldPeriod();
    double t0Bjd = std::nan("");
    for (const auto& c : m_window->session()->candidates())
        if (c.periodDays > 0 && std::abs(c.periodDays - period) / c.periodDays < 1e-9)
            t0Bjd = c.t0Bjd;
    const QString name = matchLabel(period, t0Bjd);
    const QString base = m_window->foldBaseTitle();
    const QString known = name.isEmpty() ? QString() : tr("%1 (known planet)").arg(name);
    m_window->foldPlot()->setTitle(base.isEmpty()    ? known
                                   : known.isEmpty() ? base
                                                     : base + QStringLiteral(" · ") + known);
}

}  // namespace exo::app
