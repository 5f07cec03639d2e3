#include "gui/find_star_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "archive/archive_session.h"
#include "archive/downloader.h"
#include "archive/http_client.h"
#include "archive/mast_client.h"

namespace exo::app {

namespace {
enum Col { MissionCol, ProductCol, AuthorCol, SeasonCol, CadenceCol, SizeCol, CachedCol, FileCol, ColCount };
constexpr int kProductIndexRole = Qt::UserRole + 1;
}  // namespace

FindStarDialog::FindStarDialog(archive::ArchiveSession* archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Find Star Online"));
    buildUi();
    archive::Downloader* dl = m_archive->downloader();
    connect(dl, &archive::Downloader::fileStarted, this, [this, dl](int i) {
        if (!m_downloading)
            return;
        setStatus(
            tr("Downloading %1 (%2 of %3)…").arg(dl->items()[i].product.filename).arg(i + 1).arg(dl->items().size()));
        m_fileProgress->setValue(0);
    });
    connect(dl, &archive::Downloader::fileProgress, this, [this](int, qint64 got, qint64 total) {
        if (!m_downloading)
            return;
        m_fileProgress->setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            m_fileProgress->setValue(int(1000.0 * double(got) / double(total)));
    });
    connect(dl, &archive::Downloader::totalProgress, this, [this](qint64 got, qint64 total) {
        if (!m_downloading)
            return;
        m_totalProgress->setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            m_totalProgress->setValue(int(1000.0 * double(got) / double(total)));
        m_totalProgress->setFormat(
            tr("%1 of %2").arg(QLocale().formattedDataSize(got), QLocale().formattedDataSize(total)));
    });
    connect(dl, &archive::Downloader::finished, this, &FindStarDialog::onDownloadFinished);
    refreshCached();
    updateButtons();
}

FindStarDialog::~FindStarDialog()
{
    if (m_downloading)
        m_archive->downloader()->cancel();
}

void FindStarDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Kepler-11, TOI-700, WASP-126, KIC 9002278, TIC 25155310, or RA Dec in degrees"));
    m_query->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setDefault(true);
    row->addWidget(new QLabel(tr("Star:"), this));
    row->addWidget(m_query, 1);
    row->addWidget(m_searchButton);
    layout->addLayout(row);
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });

    auto* filters = new QHBoxLayout;
    auto combo = [this, filters](const QString& label, const QList<QPair<QString, QString>>& items) {
        auto* c = new QComboBox(this);
        for (const auto& [text, data] : items)
            c->addItem(text, data);
        filters->addWidget(new QLabel(label, this));
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &FindStarDialog::applyFilters);
        return c;
    };
    m_mission = combo(tr("Mission:"), {{tr("All"), {}},
                                       {tr("Kepler"), QStringLiteral("Kepler")},
                                       {tr("K2"), QStringLiteral("K2")},
                                       {tr("TESS"), QStringLiteral("TESS")}});
    m_product = combo(tr("Product:"), {{tr("All"), {}},
                                       {tr("Light curve"), QStringLiteral("lc")},
                                       {tr("Pixel file"), QStringLiteral("tpf")},
                                       {tr("FFI cut-out"), QStringLiteral("cutout")}});
    m_cadence = combo(tr("Cadence:"), {{tr("All"), {}},
                                       {tr("Long (30 min)"), QStringLiteral("long")},
                                       {tr("Short (1 min)"), QStringLiteral("short")},
                                       {tr("120 s"), QStringLiteral("120")},
                                       {tr("20 s"), QStringLiteral("20")},
                                       {tr("FFI"), QStringLiteral("ffi")}});
    m_author = combo(tr("Author:"), {{tr("All"), {}}});
    filters->addWidget(new QLabel(tr("Cut-out size:"), this));
    m_cutoutSize = new QSpinBox(this);
    m_cutoutSize->setRange(1, 100);
    m_cutoutSize->setValue(10);
    m_cutoutSize->setSuffix(tr(" px"));
    m_cutoutSize->setToolTip(tr("Side of a TESS full-frame-image cut-out (TESScut); applies to the next search"));
    filters->addWidget(m_cutoutSize);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColCount, this);
    m_table->setHorizontalHeaderLabels({tr("Mission"), tr("Product"), tr("Author"), tr("Season"), tr("Cadence"),
                                        tr("Size"), tr("Cached"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindStarDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) {
        selectRows({r});
        downloadSelected();
    });
    layout->addWidget(m_table, 3);

    auto* progress = new QFormLayout;
    m_fileProgress = new QProgressBar(this);
    m_fileProgress->setRange(0, 1000);
    m_fileProgress->setValue(0);
    m_totalProgress = new QProgressBar(this);
    m_totalProgress->setRange(0, 1000);
    m_totalProgress->setValue(0);
    progress->addRow(tr("This file:"), m_fileProgress);
    progress->addRow(tr("All files:"), m_totalProgress);
    layout->addLayout(progress);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_download = new QPushButton(tr("&Download and Open"), this);
    m_cancel = new QPushButton(tr("&Cancel Download"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_download);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_download, &QPushButton::clicked, this, &FindStarDialog::downloadSelected);
    connect(m_cancel, &QPushButton::clicked, this, &FindStarDialog::cancelDownload);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* cachedBox = new QGroupBox(tr("Already downloaded (open without network)"), this);
    auto* cachedLayout = new QHBoxLayout(cachedBox);
    m_cached = new QListWidget(cachedBox);
    m_cached->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_openCached = new QPushButton(tr("&Open"), cachedBox);
    cachedLayout->addWidget(m_cached, 1);
    cachedLayout->addWidget(m_openCached, 0, Qt::AlignTop);
    layout->addWidget(cachedBox, 1);
    auto openCached = [this] {
        QStringList paths;
        for (QListWidgetItem* it : m_cached->selectedItems())
            paths << it->data(Qt::UserRole).toString();
        if (!paths.isEmpty())
            emit openRequested(paths, QString());
    };
    connect(m_openCached, &QPushButton::clicked, this, openCached);
    connect(m_cached, &QListWidget::itemDoubleClicked, this, openCached);
    connect(m_cached, &QListWidget::itemSelectionChanged, this, &FindStarDialog::updateButtons);
    resize(900, 620);
}

QString FindStarDialog::statusText() const { return m_status->text(); }

void FindStarDialog::setStatus(const QString& text) { m_status->setText(text); }

void FindStarDialog::search(const QString& text)
{
    const QString q = text.simplified();
    if (q.isEmpty()) {
        setStatus(tr("Type a star name, a KIC/EPIC/TIC number or coordinates."));
        return;
    }
    if (m_query->text() != text)
        m_query->setText(text);
    m_searching = true;
    m_searchedText = q;
    const quint64 gen = ++m_generation;
    m_table->setRowCount(0);
    m_all.clear();
    m_shown.clear();
    setStatus(tr("Searching MAST for %1…").arg(q));
    updateButtons();
    m_archive->mast()->search(
        q, this,
        [this, gen](const archive::SearchAnswer& a) {
            if (gen != m_generation)
                return;  // superseded by a newer search
            onSearchAnswer(a);
        },
        m_cutoutSize->value());
}

void FindStarDialog::onSearchAnswer(const archive::SearchAnswer& a)
{
    m_searching = false;
    if (a.error != archive::ErrorKind::None) {
        setStatus(archive::errorText(a.error, a.detail));
        refreshCached();
        updateButtons();
        emit searchFinished(false);
        return;
    }
    m_all = a.products;
    m_targetName = a.target.canonicalName.isEmpty() ? m_searchedText : a.target.canonicalName;
    const QString current = m_author->currentData().toString();
    m_author->blockSignals(true);
    m_author->clear();
    m_author->addItem(tr("All"), QString());
    QStringList authors;
    for (const auto& p : m_all)
        if (!authors.contains(p.author))
            authors << p.author;
    for (const QString& au : authors)
        m_author->addItem(au, au);
    m_author->setCurrentIndex(std::max(0, m_author->findData(current)));
    m_author->blockSignals(false);
    applyFilters();
    QString text = tr("%1: %n product(s)", nullptr, int(m_all.size())).arg(m_targetName);
    if (a.fromCache)
        text += tr(" (from the cache)");
    setStatus(text);
    emit searchFinished(true);
}

void FindStarDialog::applyFilters()
{
    archive::ProductFilter f;
    f.mission = m_mission->currentData().toString();
    f.kind = m_product->currentData().toString();
    f.cadence = m_cadence->currentData().toString();
    f.author = m_author->currentData().toString();
    m_shown.clear();
    for (const auto& p : m_all)
        if (f.matches(p))
            m_shown << p;
    m_table->setRowCount(int(m_shown.size()));
    const QLocale loc;
    for (int r = 0; r < m_shown.size(); ++r) {
        const archive::Product& p = m_shown[r];
        const QString kind = p.kind == QLatin1String("tpf")  ? tr("Pixel file")
                             : p.kind == QLatin1String("lc") ? tr("Light curve")
                                                             : tr("FFI cut-out %1×%1").arg(p.cutoutSize);
        QString cadence = p.cadence;
        if (p.cadence == QLatin1String("long"))
            cadence = tr("long (30 min)");
        else if (p.cadence == QLatin1String("short"))
            cadence = tr("short (1 min)");
        else if (p.cadence == QLatin1String("ffi"))
            cadence = tr("FFI");
        else if (!p.cadence.isEmpty())
            cadence = tr("%1 s").arg(p.cadence);
        const bool cached = QFileInfo::exists(m_archive->downloader()->destinationPath(p));
        const QStringList cells{p.mission,
                                kind,
                                p.author,
                                p.seasonLabel(),
                                cadence,
                                p.size > 0 ? loc.formattedDataSize(p.size) : tr("—"),
                                cached ? tr("yes") : QString(),
                                p.filename};
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kProductIndexRole, r);
            item->setToolTip(p.description);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void FindStarDialog::selectRows(const QList<int>& rows)
{
    m_table->clearSelection();
    for (int r : rows)
        if (r >= 0 && r < m_table->rowCount())
            m_table->selectionModel()->select(m_table->model()->index(r, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    updateButtons();
}

void FindStarDialog::downloadSelected()
{
    if (m_downloading)
        return;
    archive::ProductList chosen;
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (int r : rows)
        chosen << m_shown[r];
    if (chosen.isEmpty()) {
        setStatus(tr("Select the products to download first."));
        return;
    }
    m_downloading = true;
    m_fileProgress->setValue(0);
    m_totalProgress->setValue(0);
    updateButtons();
    m_archive->downloader()->start(chosen);
}

void FindStarDialog::cancelDownload()
{
    if (m_downloading)
        m_archive->downloader()->cancel();
}

void FindStarDialog::onDownloadFinished(int ok, int failed)
{
    if (!m_downloading)
        return;
    m_downloading = false;
    QStringList paths, errors;
    for (const auto& it : m_archive->downloader()->items()) {
        if (it.error == archive::ErrorKind::None)
            paths << it.path;
        else if (it.error != archive::ErrorKind::Cancelled)
            errors << it.message;
    }
    if (failed == 0)
        setStatus(tr("%n file(s) ready.", nullptr, ok));
    else if (!errors.isEmpty())
        setStatus(tr("%n file(s) failed: %1", nullptr, failed).arg(errors.join(QLatin1Char(' '))));
    else
        setStatus(tr("Download cancelled; a partial file is kept and resumes next time."));
    if (failed == 0)
        m_totalProgress->setValue(m_totalProgress->maximum());
    applyFilters();
    refreshCached();
    updateButtons();
    if (!paths.isEmpty())
        emit openRequested(paths, m_targetName);
}

void FindStarDialog::refreshCached()
{
    m_cached->clear();
    const QString root = m_archive->config().downloadRoot() + QLatin1Char('/');
    for (const QString& path : m_archive->cachedFiles()) {
        QString rel = path.startsWith(root) ? path.mid(root.size()) : path;
        auto* item = new QListWidgetItem(rel, m_cached);
        item->setData(Qt::UserRole, path);
    }
}

void FindStarDialog::updateButtons()
{
    m_download->setEnabled(!m_downloading && !m_searching && m_table->selectionModel()->hasSelection());
    m_cancel->setEnabled(m_downloading);
    m_searchButton->setEnabled(!m_downloading);
    m_openCached->setEnabled(!m_cached->selectedItems().isEmpty());
}

}  // namespace exo::app
