#include "store/entry_json.h"

#include <QCoreApplication>

namespace exo::store {

QJsonValue jsonNumber(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

double jsonDouble(const QJsonValue& v) { return v.isDouble() ? v.toDouble() : kUnknown; }

QJsonArray filesToJson(const QList<FileRef>& files)
{
    QJsonArray a;
    for (const auto& f : files)
        a.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("sha256"), f.sha256}});
    return a;
}

QList<FileRef> filesFromJson(const QJsonArray& a)
{
    QList<FileRef> out;
    for (const auto& v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("sha256")).toString()});
    }
    return out;
}

QJsonObject entryToJson(const CandidateEntry& e)
{
    QJsonObject o;
    o[QStringLiteral("mission")] = e.mission;
    o[QStringLiteral("target_id")] = double(e.targetId);
    o[QStringLiteral("target")] = e.starLabel();
    o[QStringLiteral("object_name")] = e.objectName;
    o[QStringLiteral("rank")] = e.rank;
    o[QStringLiteral("period_days")] = jsonNumber(e.periodDays);
    o[QStringLiteral("period_err_days")] = jsonNumber(e.periodErrDays);
    o[QStringLiteral("t0_bjd")] = jsonNumber(e.t0Bjd);
    o[QStringLiteral("t0_err_days")] = jsonNumber(e.t0ErrDays);
    o[QStringLiteral("t0")] = jsonNumber(e.t0);
    o[QStringLiteral("time_system")] = e.timeSystem;
    o[QStringLiteral("bjd_reference")] = jsonNumber(e.bjdReference);
    o[QStringLiteral("duration_hours")] = jsonNumber(e.durationHours);
    o[QStringLiteral("duration_err_hours")] = jsonNumber(e.durationErrHours);
    o[QStringLiteral("depth_ppm")] = jsonNumber(e.depthPpm);
    o[QStringLiteral("depth_err_ppm")] = jsonNumber(e.depthErrPpm);
    o[QStringLiteral("snr")] = jsonNumber(e.snr);
    o[QStringLiteral("sde")] = jsonNumber(e.sde);
    o[QStringLiteral("n_transits")] = e.nTransits;
    o[QStringLiteral("odd_even_sigma")] = jsonNumber(e.oddEvenSigma);
    o[QStringLiteral("secondary_depth_ppm")] = jsonNumber(e.secondaryDepthPpm);
    o[QStringLiteral("vetting")] = e.vetting;
    o[QStringLiteral("flags")] = QJsonArray::fromStringList(e.vettingFlags);
    o[QStringLiteral("flagged")] = e.annotation.flagged;
    o[QStringLiteral("disposition")] = dispositionKey(e.annotation.disposition);
    o[QStringLiteral("fp_reason")] = e.annotation.fpReason;
    o[QStringLiteral("note")] = e.annotation.note;
    o[QStringLiteral("author")] = e.author;
    o[QStringLiteral("created_utc")] = e.createdUtc.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("updated_utc")] = e.updatedUtc.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject prov;
    prov[QStringLiteral("software")] = QStringLiteral("ExoWorld Explorer");
    prov[QStringLiteral("software_version")] = e.softwareVersion;
    prov[QStringLiteral("files")] = filesToJson(e.files);
    prov[QStringLiteral("settings")] = e.settings;
    o[QStringLiteral("provenance")] = prov;
    return o;
}

bool entryFromJson(const QJsonObject& o, CandidateEntry& e, QString* why)
{
    e.mission = o.value(QStringLiteral("mission")).toString();
    e.targetId = qint64(o.value(QStringLiteral("target_id")).toDouble());
    e.targetLabel = o.value(QStringLiteral("target")).toString();
    e.objectName = o.value(QStringLiteral("object_name")).toString();
    e.rank = o.value(QStringLiteral("rank")).toInt();
    e.periodDays = jsonDouble(o.value(QStringLiteral("period_days")));
    e.periodErrDays = jsonDouble(o.value(QStringLiteral("period_err_days")));
    e.t0Bjd = jsonDouble(o.value(QStringLiteral("t0_bjd")));
    e.t0ErrDays = jsonDouble(o.value(QStringLiteral("t0_err_days")));
    e.t0 = jsonDouble(o.value(QStringLiteral("t0")));
    e.timeSystem = o.value(QStringLiteral("time_system")).toString();
    e.bjdReference = jsonDouble(o.value(QStringLiteral("bjd_reference")));
    e.durationHours = jsonDouble(o.value(QStringLiteral("duration_hours")));
    e.durationErrHours = jsonDouble(o.value(QStringLiteral("duration_err_hours")));
    e.depthPpm = jsonDouble(o.value(QStringLiteral("depth_ppm")));
    e.depthErrPpm = jsonDouble(o.value(QStringLiteral("depth_err_ppm")));
    e.snr = jsonDouble(o.value(QStringLiteral("snr")));
    e.sde = jsonDouble(o.value(QStringLiteral("sde")));
    e.nTransits = o.value(QStringLiteral("n_transits")).toInt();
    e.oddEvenSigma = jsonDouble(o.value(QStringLiteral("odd_even_sigma")));
    e.secondaryDepthPpm = jsonDouble(o.value(QStringLiteral("secondary_depth_ppm")));
    e.vetting = o.value(QStringLiteral("vetting")).toObject();
    e.vettingFlags.clear();
    for (const auto& v : o.value(QStringLiteral("flags")).toArray())
        e.vettingFlags.append(v.toString());
    e.annotation.flagged = o.value(QStringLiteral("flagged")).toBool();
    e.annotation.disposition =
        dispositionFromKey(o.value(QStringLiteral("disposition")).toString()).value_or(Disposition::Unreviewed);
    e.annotation.fpReason = o.value(QStringLiteral("fp_reason")).toString();
    e.annotation.note = o.value(QStringLiteral("note")).toString();
    e.author = o.value(QStringLiteral("author")).toString();
    e.createdUtc = QDateTime::fromString(o.value(QStringLiteral("created_utc")).toString(), Qt::ISODateWithMs);
    e.updatedUtc = QDateTime::fromString(o.value(QStringLiteral("updated_utc")).toString(), Qt::ISODateWithMs);
    const QJsonObject prov = o.value(QStringLiteral("provenance")).toObject();
    e.softwareVersion = prov.value(QStringLiteral("software_version")).toString();
    e.files = filesFromJson(prov.value(QStringLiteral("files")).toArray());
    e.settings = prov.value(QStringLiteral("settings")).toObject();
    if (e.mission.isEmpty() || e.targetId <= 0) {
        if (why)
            *why = QCoreApplication::translate("exo::store", "a candidate without mission or target id");
        return false;
    }
    if (!(e.periodDays > 0)) {
        if (why)
            *why = QCoreApplication::translate("exo::store", "a candidate of %1 without a period").arg(e.starLabel());
        return false;
    }
    return true;
}

}  // namespace exo::store
