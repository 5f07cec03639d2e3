#include "gui/results_browser.h"

#include "batch/batch_runner.h"
#include "batch/results_db.h"
#include "gui/main_window.h"
#include "gui/results_model.h"
#include "panels/candidates_table.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
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
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter stars (name, status or flag)…"));
    m_filter->setClearButtonEnabled(true);

    static_assert(int(StarColumnCount) == int(ResultsStarModel::ColumnCount));
    m_starModel = new ResultsStarModel(this);
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

    // While a store is read: a progress bar and Cancel (the rows on view stay usable).
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("resultsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel Loading"), this);
    m_cancel->setObjectName(QStringLiteral("resultsCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ResultsBrowser::cancelLoading);
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

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
    layout->addLayout(busy);
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

ResultsBrowser::~ResultsBrowser()
{
    // Cancel, then wait: the loader holds an SQLite connection and must end before us.
    if (m_watcher) {
        m_watcher->disconnect();
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

bool ResultsBrowser::isLoading() const { return m_watcher != nullptr; }

void ResultsBrowser::openStore(const QString& path)
{
    if (m_watcher) {  // superseded: its result is dropped
        m_watcher->disconnect();
        m_watcher->cancel();
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
    }
    auto* watcher = new QFutureWatcher<std::shared_ptr<const ResultsData>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (m_watcher != watcher)
            return;
        m_watcher = nullptr;
        const auto future = watcher->future();
        // Cancelled (even after the loader had finished): nothing changes on view.
        loaded(!future.isCanceled() && future.resultCount() > 0 ? future.result() : nullptr, path);
    });
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_summary->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    watcher->setFuture(QtConcurrent::run(
        [path](QPromise<std::shared_ptr<const ResultsData>>& promise) { loadResults(promise, path); }));
}

void ResultsBrowser::cancelLoading()
{
    if (m_watcher)
        m_watcher->cancel();  // the loader stops at its next row block; loaded() reports it
}

void ResultsBrowser::loaded(std::shared_ptr<const ResultsData> data, const QString& requested)
{
    m_progress->hide();
    m_cancel->hide();
    if (!data || data->cancelled) {
        showSummary();
        emit loadFinished(false, QString());
        return;
    }
    if (!data->failure.isEmpty()) {
        const QString why =
            tr("Cannot open the batch results %1: %2").arg(QDir::toNativeSeparators(requested), data->failure);
        showSummary();
        if (m_path.isEmpty())
            m_summary->setText(why);
        emit loadFinished(false, why);
        return;
    }
    m_path = data->path;
    m_candModel->removeRows(0, m_candModel->rowCount());
    m_starModel->setData(std::move(data));
    showSummary();
    m_stars->resizeColumnsToContents();
    if (m_starModel->rowCount() > 0)
        selectStar(0);
    emit loadFinished(true, QString());
}

void ResultsBrowser::showSummary()
{
    const auto* d = m_starModel->results();
    if (!d) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%1: %n star(s), %2 with errors, %3 candidate(s).", nullptr, int(d->stars.size()))
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(d->errors)
                           .arg(d->candidates.size()));
}

void ResultsBrowser::reload()
{
    if (!m_path.isEmpty())
        openStore(m_path);
}

int ResultsBrowser::starCount() const { return m_starProxy->rowCount(); }

int ResultsBrowser::sourceRow(int viewRow) const
{
    const QModelIndex i = m_starProxy->mapToSource(m_starProxy->index(viewRow, 0));
    return i.isValid() ? i.row() : -1;
}

QStringList ResultsBrowser::starFiles(int row) const
{
    QStringList files;
    if (const auto* star = m_starModel->star(sourceRow(row)))
        for (const auto& f : star->files)
            files << qs(f);
    return files;
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
    const auto* star = m_starModel->star(sourceRow(viewRow));
    const auto* data = m_starModel->results();
    if (!star || !data || star->mission.empty())
        return;
    const auto it = data->byStar.constFind(ResultsData::starKey(star->mission, star->targetId));
    if (it == data->byStar.constEnd())
        return;
    for (int i : *it) {
        const auto& c = data->candidates[std::size_t(i)];
        const double cells[] = {double(c.rank), c.periodDays, c.t0Bjd, c.durationHours,
                                c.depthPpm,     c.snr,        c.sde,   double(c.nTransits)};
        const int decimals[] = {0, 6, 5, 2, 0, 1, 1, 0};
        QList<QStandardItem*> row;
        for (int k = 0; k < CandFlagsCol; ++k)
            row << number(cells[k], decimals[k]);
        auto* flags = new QStandardItem(flagsText(c.flags));
        flags->setData(flags->text(), Qt::UserRole);
        row << flags;
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
        open(path, true);
}

void ResultsBrowserLink::open(const QString& path, bool interactive)
{
    if (!m_browser) {
        m_browser = new ResultsBrowser(m_window);
        connect(m_browser, &ResultsBrowser::openFilesRequested, m_window, &MainWindow::openPaths);
        connect(m_browser, &ResultsBrowser::openCandidateRequested, this, &ResultsBrowserLink::openCandidate);
        connect(m_browser, &ResultsBrowser::loadFinished, this, [this](bool ok, const QString& why) {
            if (!ok && !why.isEmpty() && m_interactive)
                QMessageBox::warning(m_browser, tr("Open Batch Results"), why);
        });
    }
    m_interactive = interactive;
    m_browser->openStore(path);
    m_browser->show();
    m_browser->raise();
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
