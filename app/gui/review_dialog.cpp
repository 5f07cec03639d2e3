#include "gui/review_dialog.h"

#include "panels/candidates_model.h"
#include "store/candidate_entry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace exo::app {

namespace {
QString num(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}
}  // namespace

ReviewDialog::ReviewDialog(store::ReviewTable table, const QStringList& errors, QWidget* parent)
    : QDialog(parent), m_table(std::move(table))
{
    setWindowTitle(tr("Review of Imported Candidates"));
    resize(1100, 560);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_view = new QTableWidget(0, ColumnCount);
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setHorizontalHeaderLabels({tr("Target"), tr("Object"), tr("Period (d)"), tr("T0 (BJD)"), tr("Depth (ppm)"),
                                       tr("Found by"), tr("Attendees"), tr("Their dispositions"),
                                       tr("Final disposition"), tr("Review note")});
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(tr("Export Merged Table…"), QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewDialog::exportDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (!errors.isEmpty()) {
        auto* err = new QLabel(tr("Not imported:\n%1").arg(errors.join(QLatin1Char('\n'))));
        err->setWordWrap(true);
        err->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(err);
    }
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    fill();
}

void ReviewDialog::fill()
{
    int n = 0;
    for (const auto& s : m_table.sources)
        n += int(s.entries.size());
    m_summary->setText(tr("%1 candidate(s) from %2 attendee export(s), grouped into %3 signal(s). The same signal "
                          "(same star, period equal within 0.1 % or at a small-integer ratio, consistent epochs) "
                          "is one row.")
                           .arg(n)
                           .arg(m_table.sources.size())
                           .arg(m_table.groups.size()));
    m_view->setRowCount(int(m_table.groups.size()));
    for (int row = 0; row < int(m_table.groups.size()); ++row) {
        const auto& g = m_table.groups[row];
        const auto& r = g.reference;
        auto item = [&](int col, const QString& text, bool editable = false) {
            auto* it = new QTableWidgetItem(text);
            if (!editable)
                it->setFlags(it->flags() & ~Qt::ItemIsEditable);
            m_view->setItem(row, col, it);
        };
        item(TargetCol, r.starLabel());
        item(ObjectCol, r.objectName);
        item(PeriodCol, num(r.periodDays, 5));
        item(T0Col, num(r.t0Bjd, 4));
        item(DepthCol, num(r.depthPpm, 0));
        item(FoundByCol, tr("found by %n attendee(s)", nullptr, g.foundBy()));
        item(AttendeesCol, g.attendees.join(QStringLiteral(", ")));
        QStringList votes;
        for (auto it = g.votes.begin(); it != g.votes.end(); ++it)
            votes << QStringLiteral("%1 × %2")
                         .arg(it.value())
                         .arg(ui::CandidatesModel::dispositionLabel(store::dispositionKey(it.key())));
        item(VotesCol, votes.join(QStringLiteral(", ")));
        item(NoteCol, g.reviewNote, true);
        auto* combo = new QComboBox;
        for (auto d : store::allDispositions())
            combo->addItem(ui::CandidatesModel::dispositionLabel(store::dispositionKey(d)), int(d));
        combo->setCurrentIndex(combo->findData(int(g.finalDisposition)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo] {
            m_table.groups[row].finalDisposition = store::Disposition(combo->currentData().toInt());
        });
        m_view->setCellWidget(row, FinalCol, combo);
    }
    connect(m_view, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* it) {
        if (it->column() == NoteCol && it->row() < m_table.groups.size())
            m_table.groups[it->row()].reviewNote = it->text();
    });
}

bool ReviewDialog::exportTo(const QString& path, QString* error) const
{
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? store::reviewToJson(m_table)
                                                                                        : store::reviewToCsv(m_table);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ReviewDialog::exportDialog()
{
    const QString name = QStringLiteral("review.csv");
    const QString start = m_exportFolder.isEmpty() ? name : QDir(m_exportFolder).filePath(name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Merged Table"), start,
                                                      tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!exportTo(path, &why))
        QMessageBox::warning(this, tr("Export Merged Table"), why);
    else
        emit exported(path);
}

}  // namespace exo::app
