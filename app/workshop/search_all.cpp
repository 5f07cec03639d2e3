// Analysis > Search All Stars (see search_all.h).
#include "workshop/search_all.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace exo::app {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;

QStandardItem* cell(const QString& text, const QVariant& sortKey)
{
    auto* it = new QStandardItem(text);
    it->setData(sortKey, kSortRole);
    it->setEditable(false);
    return it;
}
}  // namespace

SearchAllStars::SearchAllStars(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchAllPanel"));
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("searchAllTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("searchAllProgress"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("searchAllSummary"));
    m_summary->setWordWrap(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("searchAllCancel"));
    m_cancel->setEnabled(false);
    m_again = new QPushButton;
    m_again->setObjectName(QStringLiteral("searchAllRun"));
    // One row of controls (what happened, progress, cancel, again) over a compact table.
    m_progress->setMaximumWidth(220);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_again);
    auto* col = new QVBoxLayout(this);
    col->setContentsMargins(4, 4, 4, 4);
    col->addLayout(row);
    col->addWidget(m_table, 1);
    connect(m_cancel, &QPushButton::clicked, this, &SearchAllStars::cancel);
    connect(m_again, &QPushButton::clicked, this, &SearchAllStars::runRequested);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& i) {
        if (i.isValid())
            emit starRequested(starAtRow(i.row()));
    });
    retranslate();
}

SearchAllStars::~SearchAllStars() { shutdown(); }

void SearchAllStars::retranslate()
{
    m_model->setHorizontalHeaderLabels(
        {tr("Star"), tr("Best period (d)"), tr("SNR"), tr("Candidates"), tr("Flags"), tr("Status")});
    m_cancel->setText(tr("Cancel"));
    m_again->setText(tr("Search again"));
    m_again->setToolTip(tr("Run the search on every star of the list again, with the Pipeline panel's settings"));
    m_table->setToolTip(tr("Click a column title to sort; click a row to open that star."));
    updateSummary();
}

void SearchAllStars::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

bool SearchAllStars::isRunning() const { return m_watcher && m_watcher->isRunning(); }

void SearchAllStars::cancel()
{
    if (m_watcher && m_watcher->isRunning()) {
        m_cancelled = true;
        m_watcher->cancel();
    }
}

void SearchAllStars::shutdown()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void SearchAllStars::run(const QList<StarInput>& stars, const batch::BatchSettings& settings)
{
    shutdown();
    delete m_watcher;
    m_watcher = new QFutureWatcher<batch::StarOutcome>(this);
    m_model->removeRows(0, m_model->rowCount());
    m_total = int(stars.size());
    m_finished = 0;
    m_seconds = 0;
    m_cancelled = false;
    ++m_generation;
    m_progress->setRange(0, std::max(1, m_total));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_clock.start();
    std::vector<batch::BatchStar> jobs;
    for (const auto& s : stars) {
        batch::BatchStar b;
        b.key = b.label = s.label.toStdString();
        for (const auto& f : s.files)
            b.files.push_back(f.toStdString());
        std::sort(b.files.begin(), b.files.end());
        jobs.push_back(std::move(b));
    }
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int i) { addRow(m_watcher->resultAt(i)); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SearchAllStars::onFinished);
    // One star at a time; the search inside uses every core (search.threads = 0).
    m_watcher->setFuture(QtConcurrent::run([jobs, settings](QPromise<batch::StarOutcome>& promise) {
        for (const auto& star : jobs) {
            if (promise.isCanceled())
                return;
            promise.addResult(batch::analyseStar(star, settings));
        }
    }));
    updateSummary();
}

void SearchAllStars::addRow(const batch::StarOutcome& o)
{
    ++m_finished;
    m_progress->setValue(m_finished);
    m_seconds = m_clock.elapsed() / 1000.0;
    const QString label = QString::fromStdString(o.star.label);
    QList<QStandardItem*> row(ColumnCount, nullptr);
    row[StarCol] = cell(label, label);
    const bool any = o.status.ok() && !o.candidates.empty();
    const auto& best = any ? o.candidates.front() : Candidate{};
    row[PeriodCol] =
        cell(any ? QString::number(best.periodDays, 'f', 4) : QStringLiteral("–"), any ? best.periodDays : -1.0);
    row[SnrCol] = cell(any ? QString::number(best.snr, 'f', 1) : QStringLiteral("–"), any ? best.snr : -1.0);
    const int n = o.status.ok() ? int(o.candidates.size()) : -1;
    row[CandidatesCol] = cell(n >= 0 ? QString::number(n) : QStringLiteral("–"), n);
    QStringList flags;
    for (const auto& f : o.flags)
        flags << QString::fromStdString(f);
    row[FlagsCol] = cell(flags.join(QStringLiteral(", ")), flags.join(QLatin1Char(',')));
    const QString status = o.status.ok() ? tr("searched in %1 s").arg(o.seconds, 0, 'f', 1)
                                         : tr("failed: %1").arg(QString::fromStdString(o.status.detail));
    row[StatusCol] = cell(status, status);
    m_model->appendRow(row);
    m_table->resizeColumnsToContents();
    updateSummary();
    emit starAnalysed(label, std::max(0, n));
}

void SearchAllStars::onFinished()
{
    m_cancel->setEnabled(false);
    m_seconds = m_clock.elapsed() / 1000.0;
    updateSummary();
    emit finished(m_finished, m_seconds, m_cancelled);
}

void SearchAllStars::updateSummary()
{
    if (m_total == 0) {
        m_summary->setText(tr("No search yet."));
        return;
    }
    const QString time = tr("%1 s").arg(m_seconds, 0, 'f', 1);
    if (isRunning())
        m_summary->setText(tr("Searching: %1 of %2 stars done (%3)…").arg(m_finished).arg(m_total).arg(time));
    else if (m_cancelled)
        m_summary->setText(tr("Cancelled after %1 of %2 stars (%3).").arg(m_finished).arg(m_total).arg(time));
    else
        m_summary->setText(tr("%1 stars searched in %2. Click a row to open the star.").arg(m_finished).arg(time));
}

QString SearchAllStars::starAtRow(int viewRow) const
{
    const QModelIndex src = m_proxy->mapToSource(m_proxy->index(viewRow, StarCol));
    return src.isValid() ? m_model->item(src.row(), StarCol)->text() : QString();
}

}  // namespace exo::app
