#include "gui/error_list_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace exo::app {

ErrorListDialog::ErrorListDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("errorListDialog"));
    setWindowTitle(tr("Problems"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per problem (the full text is in the tooltip and in Copy All): wrapped rows
    // sized before the dialog is shown came out many lines tall.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every problem as text, one per line (to paste into a report)"));
    QPushButton* clear = buttons->addButton(tr("Clear List"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (int r = 0; r < m_table->rowCount(); ++r)
            lines << m_table->item(r, 0)->toolTip() + QStringLiteral("\t") + m_table->item(r, 1)->text();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(clear, &QPushButton::clicked, this, &ErrorListDialog::clearRequested);

    // The rows are one line each: the selected one is shown in full below, wrapped (the
    // reasons are long, e.g. which HDU of a truncated file needs how many bytes).
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(3 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* file = row >= 0 ? m_table->item(row, 0) : nullptr;
        const QTableWidgetItem* msg = row >= 0 ? m_table->item(row, 1) : nullptr;
        m_detail->setText(
            file && msg ? (file->toolTip().isEmpty() ? msg->text() : file->toolTip() + QLatin1Char('\n') + msg->text())
                        : QString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(720, 320);
}

void ErrorListDialog::setEntries(const QVector<ProblemEntry>& entries)
{
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        auto* file = new QTableWidgetItem(e.file.isEmpty() ? QStringLiteral("—") : QFileInfo(e.file).fileName());
        file->setToolTip(QDir::toNativeSeparators(e.file));
        auto* msg = new QTableWidgetItem(e.message);
        msg->setToolTip(e.message);
        m_table->setItem(i, 0, file);
        m_table->setItem(i, 1, msg);
    }
    m_table->setCurrentCell(entries.isEmpty() ? -1 : int(entries.size()) - 1, 0);  // the latest
    if (entries.isEmpty())
        m_detail->clear();
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 320));
    m_summary->setText(entries.isEmpty() ? tr("No problems.")
                                         : tr("%n problem(s) since the list was last cleared. Hover a file name "
                                              "for its full path.",
                                              nullptr, int(entries.size())));
}

int ErrorListDialog::entryCount() const { return m_table->rowCount(); }

}  // namespace exo::app
