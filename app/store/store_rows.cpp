#include "store/store_rows.h"

#include "store/entry_json.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace exo::store::rows {

namespace {

QVariant num(double v) { return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType(QMetaType::Double)); }
double toNum(const QVariant& v) { return v.isNull() ? kUnknown : v.toDouble(); }
QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

}  // namespace

const QStringList kColumns = {
    QStringLiteral("mission"),
    QStringLiteral("target_id"),
    QStringLiteral("target_label"),
    QStringLiteral("object_name"),
    QStringLiteral("files_json"),
    QStringLiteral("software_version"),
    QStringLiteral("settings_json"),
    QStringLiteral("time_system"),
    QStringLiteral("bjd_reference"),
    QStringLiteral("rank"),
    QStringLiteral("period_days"),
    QStringLiteral("period_err_days"),
    QStringLiteral("t0"),
    QStringLiteral("t0_bjd"),
    QStringLiteral("t0_err_days"),
    QStringLiteral("duration_hours"),
    QStringLiteral("duration_err_hours"),
    QStringLiteral("depth_ppm"),
    QStringLiteral("depth_err_ppm"),
    QStringLiteral("snr"),
    QStringLiteral("sde"),
    QStringLiteral("n_transits"),
    QStringLiteral("odd_even_sigma"),
    QStringLiteral("secondary_depth_ppm"),
    QStringLiteral("vetting_json"),
    QStringLiteral("vetting_flags"),
    QStringLiteral("updated_utc"),
};
const QStringList kAnnotationColumns = {QStringLiteral("flagged"), QStringLiteral("disposition"),
                                        QStringLiteral("fp_reason"), QStringLiteral("note"), QStringLiteral("author")};

QString sqlText(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QVariantList measuredValues(const CandidateEntry& e, const QString& now)
{
    return {sqlText(e.mission),
            e.targetId,
            sqlText(e.targetLabel),
            sqlText(e.objectName),
            QString::fromUtf8(QJsonDocument(filesToJson(e.files)).toJson(QJsonDocument::Compact)),
            sqlText(e.softwareVersion),
            compactJson(e.settings),
            sqlText(e.timeSystem),
            num(e.bjdReference),
            e.rank,
            num(e.periodDays),
            num(e.periodErrDays),
            num(e.t0),
            num(e.t0Bjd),
            num(e.t0ErrDays),
            num(e.durationHours),
            num(e.durationErrHours),
            num(e.depthPpm),
            num(e.depthErrPpm),
            num(e.snr),
            num(e.sde),
            e.nTransits,
            num(e.oddEvenSigma),
            num(e.secondaryDepthPpm),
            compactJson(e.vetting),
            sqlText(e.vettingFlags.join(QLatin1Char(' '))),
            now};
}

QVariantList annotationValues(const CandidateEntry& e)
{
    return {e.annotation.flagged ? 1 : 0, dispositionKey(e.annotation.disposition), sqlText(e.annotation.fpReason),
            sqlText(e.annotation.note), sqlText(e.author)};
}

const QString kSelect = QStringLiteral(
    "SELECT id, mission, target_id, target_label, object_name, files_json, software_version, settings_json,"
    " time_system, bjd_reference, rank, period_days, period_err_days, t0, t0_bjd, t0_err_days,"
    " duration_hours, duration_err_hours, depth_ppm, depth_err_ppm, snr, sde, n_transits, odd_even_sigma,"
    " secondary_depth_ppm, vetting_json, vetting_flags, flagged, disposition, fp_reason, note, author,"
    " created_utc, updated_utc FROM candidates");

CandidateEntry readRow(const QSqlQuery& q)
{
    CandidateEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.mission = q.value(i++).toString();
    e.targetId = q.value(i++).toLongLong();
    e.targetLabel = q.value(i++).toString();
    e.objectName = q.value(i++).toString();
    e.files = filesFromJson(QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array());
    e.softwareVersion = q.value(i++).toString();
    e.settings = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    e.timeSystem = q.value(i++).toString();
    e.bjdReference = toNum(q.value(i++));
    e.rank = q.value(i++).toInt();
    e.periodDays = toNum(q.value(i++));
    e.periodErrDays = toNum(q.value(i++));
    e.t0 = toNum(q.value(i++));
    e.t0Bjd = toNum(q.value(i++));
    e.t0ErrDays = toNum(q.value(i++));
    e.durationHours = toNum(q.value(i++));
    e.durationErrHours = toNum(q.value(i++));
    e.depthPpm = toNum(q.value(i++));
    e.depthErrPpm = toNum(q.value(i++));
    e.snr = toNum(q.value(i++));
    e.sde = toNum(q.value(i++));
    e.nTransits = q.value(i++).toInt();
    e.oddEvenSigma = toNum(q.value(i++));
    e.secondaryDepthPpm = toNum(q.value(i++));
    e.vetting = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    e.vettingFlags = q.value(i++).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.annotation.flagged = q.value(i++).toInt() != 0;
    e.annotation.disposition = dispositionFromKey(q.value(i++).toString()).value_or(Disposition::Unreviewed);
    e.annotation.fpReason = q.value(i++).toString();
    e.annotation.note = q.value(i++).toString();
    e.author = q.value(i++).toString();
    e.createdUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    e.updatedUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    return e;
}

}  // namespace exo::store::rows
