#pragma once
/// @file export_plot_dialog.h
/// Export Plot: which plot to save (or all of them as one figure), asked before the file name.

#include <QDialog>
#include <QStringList>

class QButtonGroup;

namespace exo::app {

class ExportPlotDialog : public QDialog {
    Q_OBJECT
public:
    /// `names`: one entry per plot; an extra last choice exports them all as one figure.
    /// `current`: the choice selected at first (index into names, or names.size() for all).
    ExportPlotDialog(const QStringList& names, int current, QWidget* parent = nullptr);
    /// The chosen index; names.size() means "all as one figure".
    int choice() const;
    void setChoice(int index);

private:
    QButtonGroup* m_group = nullptr;
};

}  // namespace exo::app
