#pragma once
/// @file review_dialog.h
/// File > Import Candidates…: the reviewer's table. Several attendees' JSON
/// exports merged (store/review_merge.h): one row per signal, "found by N",
/// the attendees' votes, and the reviewer's final disposition and note,
/// exported as CSV or JSON.

#include <QDialog>

#include "store/review_merge.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace exo::app {

class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        TargetCol,
        ObjectCol,
        PeriodCol,
        T0Col,
        DepthCol,
        FoundByCol,
        AttendeesCol,
        VotesCol,
        FinalCol,
        NoteCol,
        ColumnCount
    };

    /// `errors`: exports that could not be read ("file: why"), listed above the table.
    ReviewDialog(store::ReviewTable table, const QStringList& errors, QWidget* parent = nullptr);

    /// The table with the reviewer's final dispositions and notes.
    const store::ReviewTable& table() const { return m_table; }
    QTableWidget* view() const { return m_view; }
    /// Writes the merged table (CSV or JSON by suffix). Returns false with `error`.
    bool exportTo(const QString& path, QString* error) const;
    /// The folder "Export Merged Table…" starts in (the window's last export folder).
    void setExportFolder(const QString& dir) { m_exportFolder = dir; }
    QPushButton* exportButton() const { return m_exportButton; }

signals:
    /// The merged table was written to `path` by "Export Merged Table…".
    void exported(const QString& path);

private:
    void fill();
    void exportDialog();

    store::ReviewTable m_table;
    QTableWidget* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_exportButton = nullptr;
    QString m_exportFolder;
};

}  // namespace exo::app
