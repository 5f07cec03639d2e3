#pragma once
/// @file candidates_model.h
/// One row per transit candidate, as shown by CandidatesTable.

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <QVector>

#include "panels/candidate_row.h"

namespace exo::ui {

/// Table model over a QVector<CandidateRow>. Qt::DisplayRole is formatted
/// text; CandidatesModel::SortRole gives the raw number for numeric sorting.
/// The Flag column is user-checkable: a check emits flagToggled and updates the row.
class CandidatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankCol,
        PeriodCol,
        T0Col,
        DurationCol,
        DepthCol,
        SnrCol,
        SdeCol,
        TransitsCol,
        OddEvenCol,
        FlagCol,
        DispositionCol,
        NoteCol,
        KnownCol,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CandidatesModel(QObject* parent = nullptr);

    void setCandidates(QVector<CandidateRow> rows, QString timeSystem);
    const QVector<CandidateRow>& candidates() const { return m_rows; }
    QString timeSystem() const { return m_timeSystem; }
    /// Sets a row's flag without emitting flagToggled (e.g. after undo).
    void setFlagged(int row, bool flagged);
    /// Known-planet names per row ("Kepler-62 b"; empty = none), shown as "matches NAME"
    /// in the Known planet column. setCandidates() keeps a name only for a row whose period is unchanged.
    void setKnownPlanets(const QStringList& names);
    QString knownPlanet(int row) const { return row >= 0 && row < m_known.size() ? m_known[row] : QString(); }

    /// Sets a row's annotation without emitting the edit signals (undo, the store).
    void setAnnotation(int row, bool flagged, const QString& disposition, const QString& note);
    /// The disposition keys in menu order (the store's vocabulary) and their labels.
    static QStringList dispositionKeys();
    static QString dispositionLabel(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void flagToggled(int row, bool flagged);
    /// The user chose a disposition (a key of dispositionKeys()) in the Disposition column.
    void dispositionEdited(int row, const QString& disposition);
    /// The user edited the Note column.
    void noteEdited(int row, const QString& note);

private:
    QVariant display(const CandidateRow& c, int column) const;
    QVariant sortValue(const CandidateRow& c, int column) const;
    QString rowToolTip(const CandidateRow& c) const;

    QVector<CandidateRow> m_rows;
    QStringList m_known;  ///< per row, parallel to m_rows
    QString m_timeSystem;
};

}  // namespace exo::ui
