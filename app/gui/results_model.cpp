#include "gui/results_model.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

#include "batch/batch_runner.h"

namespace exo::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
QString flagsText(const std::string& flags)
{
    return qs(flags).split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
}
}  // namespace

QString ResultsData::starKey(const std::string& mission, long long targetId)
{
    return qs(mission) + QLatin1Char(':') + QString::number(targetId);
}

void loadResults(QPromise<std::shared_ptr<const ResultsData>>& promise, const QString& path)
{
    auto data = std::make_shared<ResultsData>();
    const std::string file = batchrun::resultsFile(path.toStdString());
    data->path = qs(file);
    // Progress in per-mille: the first half for the stars, the second for the candidates.
    promise.setProgressRange(0, 1000);
    auto phase = [&promise](int base) {
        return [&promise, base](long long done, long long total) {
            if (promise.isCanceled())
                return false;
            if (total > 0)
                promise.setProgressValue(base + int(500 * std::min(done, total) / total));
            return true;
        };
    };
    auto finish = [&](const std::string& why) {
        data->cancelled = promise.isCanceled();
        if (!why.empty() && !data->cancelled)
            data->failure = qs(why);
        if (!data->failure.isEmpty() || data->cancelled) {
            data->stars.clear();
            data->candidates.clear();
        }
        promise.addResult(std::shared_ptr<const ResultsData>(data));
    };
    batchrun::ResultsDb db;
    std::string why;
    if (!db.open(file, why, false) || !db.readStars(data->stars, why, phase(0))
        || !db.readCandidates(data->candidates, why, phase(500))) {
        finish(why.empty() ? std::string("cannot be read") : why);
        return;
    }
    db.close();
    for (const auto& s : data->stars)
        data->errors += s.status == "ok" ? 0 : 1;
    for (std::size_t i = 0; i < data->candidates.size(); ++i) {
        if (i % 1024 == 0 && promise.isCanceled())
            return finish({});
        const auto& c = data->candidates[i];
        data->byStar[ResultsData::starKey(c.mission, c.targetId)].push_back(int(i));
    }
    promise.setProgressValue(1000);
    finish({});
}

// The strings keep the browser's translation context (they were its item texts).
void ResultsStarModel::setData(std::shared_ptr<const ResultsData> data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

const batchrun::StarRow* ResultsStarModel::star(int row) const
{
    return m_data && row >= 0 && std::size_t(row) < m_data->stars.size() ? &m_data->stars[std::size_t(row)] : nullptr;
}

int ResultsStarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->stars.size());
}

int ResultsStarModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ResultsStarModel::data(const QModelIndex& index, int role) const
{
    const auto* r = star(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool ok = r->status == "ok";
    const bool any = r->nCandidates > 0;
    auto number = [&](double v, int decimals) -> QVariant {
        if (!std::isfinite(v))
            return {};
        if (role == Qt::UserRole)
            return v;
        return QLocale().toString(v, 'f', decimals);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == StarCol || index.column() == StatusCol || index.column() == FlagsCol
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (index.column() == StarCol)
            return qs(r->objectName);
        if (index.column() == StatusCol && !ok)
            return qs(r->errorDetail);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (Column(index.column())) {
    case StarCol: return qs(r->label);
    case StatusCol:
        return ok ? QCoreApplication::translate("exo::app::ResultsBrowser", "ok")
                  : QCoreApplication::translate("exo::app::ResultsBrowser", "error: %1").arg(qs(r->errorCode));
    case BestPeriodCol: return number(any ? r->bestPeriodDays : NAN, 5);
    case SnrCol: return number(any ? r->bestSnr : NAN, 1);
    case CandidatesCol: return number(r->nCandidates, 0);
    case FlagsCol: return flagsText(r->flags);
    case FilesCol: return number(double(r->files.size()), 0);
    case ColumnCount: break;
    }
    return {};
}

QVariant ResultsStarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StarCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Star");
    case StatusCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Status");
    case BestPeriodCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Best period (d)");
    case SnrCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "SNR");
    case CandidatesCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Candidates");
    case FlagsCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Flags");
    case FilesCol: return QCoreApplication::translate("exo::app::ResultsBrowser", "Files");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace exo::app
