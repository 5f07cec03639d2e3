#pragma once
/// @file results_model.h
/// The data behind the batch results browser: reading a results store off the GUI thread
/// (loadResults, run under QtConcurrent with a QPromise: progress, cancel, the cause of
/// a failure for a missing, foreign or damaged store) and a table model of its stars that
/// formats rows on demand (a store of tens of thousands of stars costs the GUI thread one
/// model reset, not one item per cell).

#include <QAbstractTableModel>
#include <QHash>
#include <QPromise>
#include <QString>

#include <memory>
#include <vector>

#include "batch/results_db.h"

namespace exo::app {

/// A results store as read.
struct ResultsData {
    QString path;     ///< the results.sqlite read
    QString failure;  ///< empty when read; else the cause in the store layer's words (the browser words the sentence)
    bool cancelled = false;
    std::vector<batchrun::StarRow> stars;            ///< by star key
    std::vector<batchrun::CandidateRow> candidates;  ///< by mission, target, rank
    /// Candidates of each star: key "MISSION:target_id" -> indexes into `candidates`.
    QHash<QString, std::vector<int>> byStar;
    int errors = 0;  ///< stars with status error
    static QString starKey(const std::string& mission, long long targetId);
};

/// Read the store at `path` (its results.sqlite or the results folder). Runs on a worker
/// thread (its own SQLite connection); reports progress as per-mille of rows read and stops
/// early when the promise is cancelled. Adds exactly one result.
void loadResults(QPromise<std::shared_ptr<const ResultsData>>& promise, const QString& path);

/// The stars of a ResultsData: Qt::DisplayRole text, Qt::UserRole the sort key (numbers as
/// numbers), Qt::ToolTipRole the object name / the error's cause.
class ResultsStarModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StarCol, StatusCol, BestPeriodCol, SnrCol, CandidatesCol, FlagsCol, FilesCol, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setData(std::shared_ptr<const ResultsData> data);
    const ResultsData* results() const { return m_data.get(); }
    const batchrun::StarRow* star(int sourceRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ResultsData> m_data;
};

}  // namespace exo::app
