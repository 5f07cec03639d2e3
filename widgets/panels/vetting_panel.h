#pragma once
/// @file vetting_panel.h
/// The vetting checklist of one candidate: each test with its value and pass/flag,
/// and the named flags on top. Shows a core vetting::Report; computes nothing.

#include <QWidget>

#include "vetting/vetting.h"

class QLabel;
class QTableWidget;

namespace exo::ui {

/// GUI thread only. Rows: depth, odd/even, secondary, elsewhere, single event, shape,
/// sine vs box, planet radius, duration, centroid, ephemeris match, noise.
class VettingPanel : public QWidget {
    Q_OBJECT
public:
    explicit VettingPanel(QWidget* parent = nullptr);

    /// Shows a report; `title` names the candidate (e.g. "Candidate 1: P = 5.7149 d").
    void setReport(const exo::vetting::Report& report, const QString& title);
    /// Empties the checklist and shows `message` (e.g. "Run a search").
    void clear(const QString& message);

    /// For tests: rows shown, the result column of a row ("pass", "FLAG", "info", "n/a").
    int rowCount() const;
    QString resultAt(int row) const;
    QString checkAt(int row) const;
    QString flagsText() const;
    /// The checklist table (for tests: its column widths).
    QTableWidget* table() const { return m_table; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addRow(const QString& check, const QString& value, const QString& result, int state);
    /// The check names take at most a third of the table, so the values (the point of the
    /// list) keep room in a narrow dock; longer names are elided (whole in the tooltip).
    void fitColumns();

    QLabel* m_title = nullptr;
    QLabel* m_flags = nullptr;
    QTableWidget* m_table = nullptr;
};

}  // namespace exo::ui
