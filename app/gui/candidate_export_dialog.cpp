#include "gui/candidate_export_dialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace exo::app {

CandidateExportDialog::CandidateExportDialog(bool haveCurrentStar, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Candidates"));
    auto* form = new QFormLayout;
    auto* star = new QRadioButton(tr("This star"));
    auto* all = new QRadioButton(tr("Every star in the store"));
    m_scope = new QButtonGroup(this);
    m_scope->addButton(star, 0);
    m_scope->addButton(all, 1);
    star->setEnabled(haveCurrentStar);
    (haveCurrentStar ? star : all)->setChecked(true);
    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(star);
    scopeBox->addWidget(all);
    form->addRow(tr("Candidates of:"), scopeBox);
    m_flagged = new QCheckBox(tr("Flagged candidates only"));
    form->addRow(QString(), m_flagged);
    m_format = new QComboBox;
    m_format->addItem(tr("CSV (KOI-like columns)"), int(Format::Csv));
    m_format->addItem(tr("JSON (full provenance, for a reviewer)"), int(Format::Json));
    m_format->addItem(tr("ExoFOP-TESS CTOI upload file (TESS targets)"), int(Format::Ctoi));
    m_format->addItem(tr("PDF report (one vetting sheet per candidate)"), int(Format::Pdf));
    form->addRow(tr("Format:"), m_format);
    auto* hint = new QLabel(tr("The PDF report recomputes each candidate's light curves from its files."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

bool CandidateExportDialog::currentStarOnly() const { return m_scope->checkedId() == 0; }
bool CandidateExportDialog::flaggedOnly() const { return m_flagged->isChecked(); }
CandidateExportDialog::Format CandidateExportDialog::format() const { return Format(m_format->currentData().toInt()); }

QString CandidateExportDialog::suffix() const
{
    switch (format()) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    case Format::Ctoi: return QStringLiteral("txt");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("csv");
}

QString CandidateExportDialog::fileFilter() const
{
    switch (format()) {
    case Format::Csv: return tr("CSV files (*.csv)");
    case Format::Json: return tr("JSON files (*.json)");
    case Format::Ctoi: return tr("ExoFOP upload files (*.txt)");
    case Format::Pdf: return tr("PDF files (*.pdf)");
    }
    return {};
}

}  // namespace exo::app
