#pragma once
/// @file error_list_dialog.h
/// The list of problems met while opening and analysing: one row per file (or "—" when no
/// file is concerned) with the reason, so that a folder or a drop with several bad files
/// is reported in full instead of one status-bar message at a time. Non-modal.

#include <QDialog>
#include <QString>
#include <QVector>

class QLabel;
class QTableWidget;

namespace exo::app {

struct ProblemEntry {
    QString file;     ///< full path, empty when no file is concerned
    QString message;  ///< translated reason
};

class ErrorListDialog : public QDialog {
    Q_OBJECT
public:
    explicit ErrorListDialog(QWidget* parent = nullptr);

    void setEntries(const QVector<ProblemEntry>& entries);
    int entryCount() const;
    /// The table (for tests).
    QTableWidget* table() const { return m_table; }
    /// The selected problem in full (its path and the whole reason, wrapped) under the table.
    QLabel* detail() const { return m_detail; }

signals:
    void clearRequested();

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
};

}  // namespace exo::app
