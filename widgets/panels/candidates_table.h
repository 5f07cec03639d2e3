#pragma once
/// @file candidates_table.h
/// The list of transit candidates of the current star: a sortable table with a
/// per-row flag check box and an empty-state hint.

#include <QWidget>

#include "panels/candidates_model.h"

class QSortFilterProxyModel;
class QTableView;

namespace exo::ui {

class CandidatesTable : public QWidget {
    Q_OBJECT
public:
    explicit CandidatesTable(QWidget* parent = nullptr);

    /// Replaces the list. `timeSystem` ("BKJD", "BTJD", ...) labels the T0 column.
    /// Clears the selection without emitting candidateSelected.
    void setCandidates(QVector<CandidateRow> rows, QString timeSystem);
    const QVector<CandidateRow>& candidates() const;

    /// Selects candidate `row` (index into the vector given to setCandidates;
    /// -1 clears) without emitting candidateSelected.
    void setCurrentCandidate(int row);
    /// The selected candidate (index into the vector), or -1.
    int currentCandidate() const;
    /// Sets a flag without emitting flagToggled (e.g. to reflect undo/redo).
    void setFlagged(int row, bool flagged);
    /// Sets a row's flag, disposition and note without emitting the edit signals.
    void setAnnotation(int row, bool flagged, const QString& disposition, const QString& note);
    /// Known-planet name per candidate row (empty = none), shown as "matches NAME".
    void setKnownPlanets(const QStringList& names);

    QTableView* view() const { return m_view; }
    CandidatesModel* model() const { return m_model; }

signals:
    /// The user selected a candidate; `row` indexes the vector given to
    /// setCandidates (independent of sorting); -1 when the selection was cleared.
    void candidateSelected(int row);
    /// The user ticked or unticked the Flag check box of candidate `row`.
    void flagToggled(int row, bool flagged);
    /// The user chose a disposition (a CandidatesModel::dispositionKeys() key) for candidate `row`.
    void dispositionEdited(int row, const QString& disposition);
    /// The user edited the note of candidate `row`.
    void noteEdited(int row, const QString& note);

private:
    void onSelectionChanged();

    CandidatesModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    bool m_silent = false;
    int m_lastEmitted = -1;
};

}  // namespace exo::ui
