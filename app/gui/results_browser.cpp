#include "gui/results_browser.h"

#include "batch/batch_runner.h"
#include "batch/results_db.h"
#include "gui/main_window.h"
#include "panels/candidates_table.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace exo::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// A cell that sorts by its number (empty when unknown).
QStandardItem* number(double v, int decimals)
{
    auto* item = new QStandardItem;
    if (std::isfinite(v)) {
        item->setData(v, Qt::UserRole);
        item->setText(QLocale().toString(v, 'f', decimals));
    }
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* text(const QString& s)
{
    auto* item = new QStandardItem(s);
    item->setData(s, Qt::UserRole);
    return item;
}

QString flagsText(const std::string& flags)
{
    return qs(flags).split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
}

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

}  // namespace

ResultsBrowser::ResultsBrowser(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("resultsBrowser"));
    setWindowTitle(tr("Batch Results"));
    resize(900, 600);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter stars (name, status or flag)…"));
    m_filter->setClearButtonEnabled(true);

    m_starModel = new QStandardItemModel(0, StarColumnCount, this);
    m_starModel->setHorizontalHeaderLabels(
        {tr("Star"), tr("Status"), tr("Best period (d)"), tr("SNR"), tr("Candidates"), tr("Flags"), tr("Files")});
    m_starProxy = new QSortFilterProxyModel(this);
    m_starProxy->setSourceModel(m_starModel);
    m_starProxy->setSortRole(Qt::UserRole);
    m_starProxy->setFilterKeyColumn(-1);
    m_starProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_stars = makeTable(this);
    m_stars->setObjectName(QStringLiteral("resultsStars"));
    m_stars->setModel(m_starProxy);
    m_stars->setSortingEnabled(true);
    m_stars->sortByColumn(-1, Qt::AscendingOrder);  // the store's order until the user sorts
    m_stars->setToolTip(tr("Double-click a star to open its files in the window."));

    m_candModel = new QStandardItemModel(0, CandidateColumnCount, this);
    m_candModel->setHorizontalHeaderLabels({tr("Rank"), tr("Period (d)"), tr("T0 (BJD)"), tr("Duration (h)"),
                                            tr("Depth (ppm)"), tr("SNR"), tr("SDE"), tr("Transits"),
                                            tr("Vetting flags")});
    m_candidates = makeTable(this);
    m_candidates->setObjectName(QStringLiteral("resultsCandidates"));
    m_candidates->setModel(m_candModel);
    m_candidates->setToolTip(tr("Double-click a candidate to open its star in the window."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stars);
    split->addWidget(m_candidates);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* openButton = buttons->addButton(tr("&Open Star"), QDialogButtonBox::ActionRole);
    auto* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_stars->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openStar(rows.front().row());
    });
    connect(reloadButton, &QPushButton::clicked, this, &ResultsBrowser::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_starProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stars->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCandidates(current.isValid() ? current.row() : -1); });
    connect(m_stars, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openStar(index.row()); });
    connect(m_candidates, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openCandidate(index.row()); });
}

bool ResultsBrowser::openStore(const QString& path, QString* error)
{
    const std::string file = batchrun::resultsFile(path.toStdString());
    batchrun::ResultsDb db;
    std::string why;
    if (!db.open(file, why, false)) {
        if (error)
            *error = tr("Cannot open the batch results %1: %2").arg(QDir::toNativeSeparators(path), qs(why));
        return false;
    }
    const auto stars = db.stars();
    const auto candidates = db.candidates();
    db.close();

    m_path = qs(file);
    m_starModel->removeRows(0, m_starModel->rowCount());
    m_candModel->removeRows(0, m_candModel->rowCount());
    m_starData.clear();
    m_candData.clear();
    int errors = 0;
    for (const auto& r : stars) {
        const bool ok = r.status == "ok";
        errors += ok ? 0 : 1;
        QList<QStandardItem*> row;
        row << text(qs(r.label));
        auto* status = text(ok ? tr("ok") : tr("error: %1").arg(qs(r.errorCode)));
        if (!ok)
            status->setToolTip(qs(r.errorDetail));
        row << status << number(r.nCandidates ? r.bestPeriodDays : NAN, 5) << number(r.nCandidates ? r.bestSnr : NAN, 1)
            << number(r.nCandidates, 0) << text(flagsText(r.flags)) << number(double(r.files.size()), 0);
        row.front()->setToolTip(qs(r.objectName));
        m_starModel->appendRow(row);
        Star s;
        s.mission = qs(r.mission);
        s.targetId = r.targetId;
        for (const auto& f : r.files)
            s.files << qs(f);
        m_starData.push_back(std::move(s));
    }
    for (const auto& c : candidates) {
        Cand k;
        k.mission = qs(c.mission);
        k.targetId = c.targetId;
        k.cells = {c.rank, c.periodDays, c.t0Bjd,     c.durationHours,   c.depthPpm,
                   c.snr,  c.sde,        c.nTransits, flagsText(c.flags)};
        m_candData.push_back(std::move(k));
    }
    m_summary->setText(tr("%1: %n star(s), %2 with errors, %3 candidate(s).", nullptr, int(stars.size()))
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(errors)
                           .arg(candidates.size()));
    m_stars->resizeColumnsToContents();
    if (!stars.empty())
        selectStar(0);
    return true;
}

void ResultsBrowser::reload()
{
    QString why;
    if (!m_path.isEmpty() && !openStore(m_path, &why))
        QMessageBox::warning(this, windowTitle(), why);
}

int ResultsBrowser::starCount() const { return m_starProxy->rowCount(); }

int ResultsBrowser::sourceRow(int viewRow) const
{
    const QModelIndex i = m_starProxy->mapToSource(m_starProxy->index(viewRow, 0));
    return i.isValid() ? i.row() : -1;
}

QStringList ResultsBrowser::starFiles(int row) const
{
    const int s = sourceRow(row);
    return s >= 0 && std::size_t(s) < m_starData.size() ? m_starData[std::size_t(s)].files : QStringList();
}

void ResultsBrowser::selectStar(int row)
{
    m_stars->selectRow(row);
    m_stars->setCurrentIndex(m_starProxy->index(row, 0));
    showCandidates(row);
}

void ResultsBrowser::showCandidates(int viewRow)
{
    m_candModel->removeRows(0, m_candModel->rowCount());
    const int s = sourceRow(viewRow);
    if (s < 0 || std::size_t(s) >= m_starData.size())
        return;
    const auto& star = m_starData[std::size_t(s)];
    if (star.mission.isEmpty())
        return;
    for (const auto& c : m_candData) {
        if (c.mission != star.mission || c.targetId != star.targetId)
            continue;
        QList<QStandardItem*> row;
        const int decimals[] = {0, 6, 5, 2, 0, 1, 1, 0};
        for (int k = 0; k < CandFlagsCol; ++k)
            row << number(c.cells[k].toDouble(), decimals[k]);
        row << text(c.cells[CandFlagsCol].toString());
        m_candModel->appendRow(row);
    }
    m_candidates->resizeColumnsToContents();
}

void ResultsBrowser::openStar(int row)
{
    const QStringList files = starFiles(row);
    if (!files.isEmpty())
        emit openFilesRequested(files);
}

void ResultsBrowser::openCandidate(int row)
{
    const auto stars = m_stars->selectionModel()->selectedRows();
    const double period = m_candModel->index(row, PeriodCol).data(Qt::UserRole).toDouble();
    if (stars.isEmpty() || !(period > 0))
        return;
    const QStringList files = starFiles(stars.front().row());
    if (!files.isEmpty())
        emit openCandidateRequested(files, period);
}

ResultsBrowserLink::ResultsBrowserLink(MainWindow* window, QMenu* fileMenu) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("resultsBrowserLink"));
    auto* act = fileMenu->addAction(tr("Open Batch &Results…"), this, &ResultsBrowserLink::chooseAndOpen);
    act->setObjectName(QStringLiteral("actionOpenResults"));
    act->setStatusTip(tr("Browse the stars and candidates of an exoworld-cli batch run"));
}

void ResultsBrowserLink::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Batch Results"), QString(),
                                                      tr("Batch results (results.sqlite *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        open(path, nullptr, true);
}

bool ResultsBrowserLink::open(const QString& path, QString* error, bool interactive)
{
    if (!m_browser) {
        m_browser = new ResultsBrowser(m_window);
        connect(m_browser, &ResultsBrowser::openFilesRequested, m_window, &MainWindow::openPaths);
        connect(m_browser, &ResultsBrowser::openCandidateRequested, this, &ResultsBrowserLink::openCandidate);
    }
    QString why;
    if (!m_browser->openStore(path, &why)) {
        if (interactive)
            QMessageBox::warning(m_window, tr("Open Batch Results"), why);
        if (error)
            *error = why;
        return false;
    }
    m_browser->show();
    m_browser->raise();
    return true;
}

void ResultsBrowserLink::openCandidate(const QStringList& files, double periodDays)
{
    m_pendingPeriod = periodDays;
    disconnect(m_idleConnection);
    m_window->openPaths(files);
    if (m_window->isIdle() && selectPending())
        return;  // the star was open and searched already
    // The window settles (loaded, prepared, searched) later; select then, once.
    m_idleConnection = connect(m_window, &MainWindow::idle, this, [this] {
        selectPending();
        m_pendingPeriod = 0;
        disconnect(m_idleConnection);
    });
}

bool ResultsBrowserLink::selectPending()
{
    const auto candidates = m_window->session()->candidates();
    for (int i = 0; i < candidates.size(); ++i) {
        if (std::abs(candidates[i].periodDays / m_pendingPeriod - 1) > 0.01)
            continue;  // the same signal
        // As if the user clicked its row: the fold, the vetting panel and the known-planet
        // check all follow the table's signal.
        auto* table = m_window->candidatesTable();
        table->setCurrentCandidate(i);
        emit table->candidateSelected(i);
        return true;
    }
    return false;
}

}  // namespace exo::app
