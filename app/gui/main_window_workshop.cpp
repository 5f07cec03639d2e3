// MainWindow: the workshop (Help > Workshop), Search All Stars and the CSV export they use.
#include "gui/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>

#include <utility>

#include "gui/app_icons.h"
#include "gui/candidate_store_link.h"
#include "panels/candidates_table.h"
#include "plots/periodogram_plot.h"
#include "session/session.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"
#include "workshop/search_all.h"
#include "workshop/workshop_controller.h"

namespace exo::app {

void MainWindow::buildWorkshop()
{
    menuBar()->setObjectName(QStringLiteral("mainMenuBar"));
    // Names the workshop's steps highlight (kept if another part already named them).
    for (auto [w, name] :
         {std::pair<QWidget*, const char*>{m_periodogram, "periodogramPlot"}, {m_candidates, "candidatesTable"}})
        if (w->objectName().isEmpty())
            w->setObjectName(QString::fromLatin1(name));
    m_searchAll = new SearchAllStars(this);
    auto* dock = new QDockWidget(tr("All stars"), this);
    dock->setObjectName(QStringLiteral("searchAllDock"));
    dock->setWidget(m_searchAll);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    connect(m_searchAll, &SearchAllStars::starRequested, this, [this](const QString& star) {
        if (m_session->stars().contains(star))
            m_session->setCurrentStar(star);
    });
    connect(m_searchAll, &SearchAllStars::runRequested, this, &MainWindow::searchAllStars);
    connect(m_searchAll, &SearchAllStars::finished, this, [this](int stars, double seconds, bool cancelled) {
        statusBar()->showMessage(cancelled ? tr("Search All Stars cancelled after %n star(s).", nullptr, stars)
                                           : tr("Searched %n star(s) in %1 s.", nullptr, stars).arg(seconds, 0, 'f', 1),
                                 8000);
    });

    m_workshop = new WorkshopController(this, m_searchAll);
    addDockWidget(Qt::RightDockWidgetArea, m_workshop->dock());

    auto* searchAll = new QAction(tr("Search &All Stars"), this);
    searchAll->setObjectName(QStringLiteral("searchAllAction"));
    searchAll->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    searchAll->setIcon(appIcon(AppIcon::SearchAll, palette(), style()));
    searchAll->setToolTip(tr("Run the pipeline on every star of the list, in the background"));
    connect(searchAll, &QAction::triggered, this, &MainWindow::searchAllStars);
    auto* workshop = new QAction(tr("&Workshop"), this);
    workshop->setObjectName(QStringLiteral("workshopAction"));
    workshop->setShortcut(QKeySequence::HelpContents);
    workshop->setToolTip(tr("A guided tutorial: from a star's raw flux to an exported planet candidate"));
    connect(workshop, &QAction::triggered, this, [this] { openWorkshop(); });
    if (auto* analysis = findChild<QMenu*>(QStringLiteral("analysisMenu"))) {
        analysis->addSeparator();
        analysis->addAction(searchAll);
    }
    if (auto* help = findChild<QMenu*>(QStringLiteral("helpMenu")))
        help->insertAction(help->actions().value(0), workshop);
    if (auto* tb = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        tb->addAction(searchAll);
        if (QWidget* w = tb->widgetForAction(searchAll))
            w->setObjectName(QStringLiteral("searchAllButton"));
    }
}

void MainWindow::openWorkshop(int step)
{
    if (step >= 0)
        m_workshop->goToStep(step, true);
    else
        m_workshop->open();
}

void MainWindow::searchAllStars()
{
    QList<SearchAllStars::StarInput> stars;
    for (const QString& star : m_session->stars()) {
        SearchAllStars::StarInput in{star, {}};
        for (const auto& f : m_session->filesOfStar(star))
            in.files << f.path;
        if (!in.files.isEmpty())
            stars << in;
    }
    if (stars.isEmpty()) {
        statusBar()->showMessage(tr("Open stars first (File > Open Folder)."), 6000);
        return;
    }
    batch::BatchSettings settings;
    settings.prepare = m_session->prepareSettings();
    settings.prepare.maskedRanges.clear();  // ranges masked on one star mean nothing on another
    settings.search = m_session->searchSettings();
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("searchAllDock")); dock && !dock->isVisible()) {
        dock->show();
        dock->raise();
        // A strip under the plots (about six rows), so they keep most of the height.
        resizeDocks({dock}, {std::max(160, height() / 4)}, Qt::Vertical);
    }
    m_searchAll->run(stars, settings);
}

bool MainWindow::exportCandidatesCsv(const QString& path, bool flaggedOnly, QString* why)
{
    auto* st = m_storeLink ? m_storeLink->store() : nullptr;
    if (!st) {
        if (why)
            *why = m_storeLink ? m_storeLink->lastError() : QString();
        return false;
    }
    store::StoreFilter filter;
    filter.flaggedOnly = flaggedOnly;
    store::StoreStatus status;
    const auto entries = st->list(filter, &status);
    if (!status.ok() || entries.isEmpty()) {
        if (why)
            *why = status.ok() ? tr("No candidate to export.") : status.message;
        return false;
    }
    const QByteArray bytes = store::toCsv(entries);
    QSaveFile f(path);
    if (!(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())) {
        if (why)
            *why = f.errorString();
        return false;
    }
    emit candidatesExported(path, int(entries.size()));
    return true;
}

}  // namespace exo::app
