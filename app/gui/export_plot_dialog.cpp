#include "gui/export_plot_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace exo::app {

ExportPlotDialog::ExportPlotDialog(const QStringList& names, int current, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportPlotDialog"));
    setWindowTitle(tr("Export Plot"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which plot do you want to save?")));
    m_group = new QButtonGroup(this);
    for (int i = 0; i <= names.size(); ++i) {
        auto* b = new QRadioButton(i < names.size() ? names[i] : tr("All of them, as one figure"));
        m_group->addButton(b, i);
        layout->addWidget(b);
    }
    layout->addWidget(new QLabel(tr("<small>The next step asks for a file name; choose PNG, PDF or SVG "
                                    "there.</small>")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* next = buttons->addButton(tr("Choose File…"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setChoice(current);
    // Enter goes on to the file name: the focus starts on the chosen plot, and Cancel never
    // becomes the default by taking the focus (it did, so Ctrl+E then Enter cancelled).
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (QAbstractButton* b = m_group->checkedButton())
        b->setFocus();
}

int ExportPlotDialog::choice() const { return m_group->checkedId(); }

void ExportPlotDialog::setChoice(int index)
{
    if (QAbstractButton* b = m_group->button(index))
        b->setChecked(true);
    else if (QAbstractButton* last = m_group->buttons().value(m_group->buttons().size() - 1))
        last->setChecked(true);
}

}  // namespace exo::app
