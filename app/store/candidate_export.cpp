#include "store/candidate_export.h"

#include "store/entry_json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace exo::store {

namespace {

QString fmt(double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString(); }
QString neg(double v, int decimals) { return std::isfinite(v) ? QString::number(-v, 'f', decimals) : QString(); }

QString csvField(const QString& s)
{
    static const QRegularExpression special(QStringLiteral("[\",\\r\\n]|^\\s|\\s$"));
    if (!s.contains(special))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// KOI false-positive flags from the vetting flag names: 1 / 0, empty when never vetted.
QString fpFlag(const CandidateEntry& e, const char* name)
{
    if (e.vetting.isEmpty() && e.vettingFlags.isEmpty())
        return {};
    return e.vettingFlags.contains(QLatin1String(name)) ? QStringLiteral("1") : QStringLiteral("0");
}

QStringList baseNames(const QList<FileRef>& files)
{
    QStringList out;
    for (const auto& f : files)
        out << QFileInfo(f.path).fileName();
    return out;
}

}  // namespace

QStringList candidateNames(const QList<CandidateEntry>& entries)
{
    // Number the candidates of each star by increasing period.
    QMap<QString, QList<std::pair<double, qsizetype>>> byStar;
    for (qsizetype i = 0; i < entries.size(); ++i)
        byStar[entries[i].starKey()].append({entries[i].periodDays, i});
    QStringList names(entries.size());
    for (auto& list : byStar) {
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype k = 0; k < list.size(); ++k) {
            const auto& e = entries[list[k].second];
            names[list[k].second] = e.starLabel() + QStringLiteral(".%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        }
    }
    return names;
}

QStringList csvColumns()
{
    return {QStringLiteral("candidate"),
            QStringLiteral("target"),
            QStringLiteral("mission"),
            QStringLiteral("target_id"),
            QStringLiteral("object_name"),
            QStringLiteral("disposition"),
            QStringLiteral("fp_reason"),
            QStringLiteral("flagged"),
            QStringLiteral("period"),
            QStringLiteral("period_err1"),
            QStringLiteral("period_err2"),
            QStringLiteral("time0"),
            QStringLiteral("time0_err1"),
            QStringLiteral("time0_err2"),
            QStringLiteral("time0_mission"),
            QStringLiteral("time_system"),
            QStringLiteral("duration"),
            QStringLiteral("duration_err1"),
            QStringLiteral("duration_err2"),
            QStringLiteral("depth"),
            QStringLiteral("depth_err1"),
            QStringLiteral("depth_err2"),
            QStringLiteral("model_snr"),
            QStringLiteral("sde"),
            QStringLiteral("num_transits"),
            QStringLiteral("odd_even_sigma"),
            QStringLiteral("secondary_depth"),
            QStringLiteral("fpflag_nt"),
            QStringLiteral("fpflag_ss"),
            QStringLiteral("fpflag_co"),
            QStringLiteral("fpflag_ec"),
            QStringLiteral("vetting_flags"),
            QStringLiteral("note"),
            QStringLiteral("author"),
            QStringLiteral("software_version"),
            QStringLiteral("files"),
            QStringLiteral("sha256"),
            QStringLiteral("created_utc"),
            QStringLiteral("updated_utc")};
}

QByteArray toCsv(const QList<CandidateEntry>& entries)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QLatin1Char('\n');
    const QStringList names = candidateNames(entries);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        QStringList sha;
        for (const auto& f : e.files)
            sha << f.sha256;
        const QStringList row = {names[i],
                                 e.starLabel(),
                                 e.mission,
                                 QString::number(e.targetId),
                                 e.objectName,
                                 dispositionKey(e.annotation.disposition),
                                 e.annotation.fpReason,
                                 e.annotation.flagged ? QStringLiteral("1") : QStringLiteral("0"),
                                 fmt(e.periodDays, 8),
                                 fmt(e.periodErrDays, 8),
                                 neg(e.periodErrDays, 8),
                                 fmt(e.t0Bjd, 6),
                                 fmt(e.t0ErrDays, 6),
                                 neg(e.t0ErrDays, 6),
                                 fmt(e.t0, 6),
                                 e.timeSystem,
                                 fmt(e.durationHours, 4),
                                 fmt(e.durationErrHours, 4),
                                 neg(e.durationErrHours, 4),
                                 fmt(e.depthPpm, 1),
                                 fmt(e.depthErrPpm, 1),
                                 neg(e.depthErrPpm, 1),
                                 fmt(e.snr, 2),
                                 fmt(e.sde, 2),
                                 QString::number(e.nTransits),
                                 fmt(e.oddEvenSigma, 2),
                                 fmt(e.secondaryDepthPpm, 1),
                                 fpFlag(e, "not_transit_like"),
                                 fpFlag(e, "stellar_eclipse"),
                                 fpFlag(e, "centroid_offset"),
                                 fpFlag(e, "ephemeris_match"),
                                 e.vettingFlags.join(QLatin1Char(' ')),
                                 e.annotation.note,
                                 e.author,
                                 e.softwareVersion,
                                 baseNames(e.files).join(QLatin1Char(';')),
                                 sha.join(QLatin1Char(';')),
                                 e.createdUtc.toUTC().toString(Qt::ISODate),
                                 e.updatedUtc.toUTC().toString(Qt::ISODate)};
        QStringList quoted;
        for (const auto& f : row)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJsonExport(const QList<CandidateEntry>& entries, const ExportInfo& info)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QString::fromLatin1(kJsonFormatName);
    root[QStringLiteral("format_version")] = kJsonFormatVersion;
    root[QStringLiteral("software")] = QStringLiteral("ExoWorld Explorer");
    root[QStringLiteral("software_version")] = info.softwareVersion;
    root[QStringLiteral("author")] = info.author;
    root[QStringLiteral("exported_utc")] =
        (info.exportedUtc.isValid() ? info.exportedUtc : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    QJsonArray list;
    const QStringList names = candidateNames(entries);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject o = entryToJson(entries[i]);
        o[QStringLiteral("candidate")] = names[i];
        list.append(o);
    }
    root[QStringLiteral("candidates")] = list;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool fromJsonExport(const QByteArray& bytes, QList<CandidateEntry>& entries, ExportInfo& info, QString* why,
                    int* skipped)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("exo::store", s); };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (why)
            *why = tr("not a JSON candidate export (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kJsonFormatName)) {
        if (why)
            *why = tr("not an ExoWorld candidate export (no \"format\": \"%1\")").arg(QLatin1String(kJsonFormatName));
        return false;
    }
    const int version = root.value(QStringLiteral("format_version")).toInt();
    if (version > kJsonFormatVersion) {
        if (why)
            *why = tr("written by a newer version of ExoWorld Explorer (export format %1; this version reads up to %2)")
                       .arg(version)
                       .arg(kJsonFormatVersion);
        return false;
    }
    info.author = root.value(QStringLiteral("author")).toString();
    info.softwareVersion = root.value(QStringLiteral("software_version")).toString();
    info.exportedUtc = QDateTime::fromString(root.value(QStringLiteral("exported_utc")).toString(), Qt::ISODate);
    int bad = 0;
    for (const auto& v : root.value(QStringLiteral("candidates")).toArray()) {
        CandidateEntry e;
        if (entryFromJson(v.toObject(), e))
            entries.append(e);
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return true;
}

QStringList ctoiColumns(CtoiTemplate layout)
{
    const QString classic =
        QStringLiteral("target|flag|disp|period|period_unc|epoch|epoch_unc|depth|depth_unc|duration|duration_unc|"
                       "inc|inc_unc|imp|imp_unc|r_planet|r_planet_unc|ar_star|ar_star_unc|radius|radius_unc|"
                       "mass|mass_unc|temp|temp_unc|insol|insol_unc|dens|dens_unc|sma|sma_unc|ecc|ecc_unc|"
                       "arg_peri|arg_peri_unc|time_peri|time_peri_unc|vsa|vsa_unc|tag|group|prop_period|notes");
    const QString recent =
        QStringLiteral("target|flag|disp|discovery|candname|period|period_unc|epoch|epoch_unc|depth|depth_unc|"
                       "duration|duration_unc|inc|inc_unc|imp|imp_unc|r_planet|r_planet_err|ar_star|ar_star_err|"
                       "radius|radius_unc|mass|mass_unc|temp|temp_unc|insol|insol_unc|dens|dens_unc|sma|sma_unc|"
                       "ecc|ecc_unc|arg_peri|arg_peri_err|time_peri|time_peri_unc|vsa|vsa_unc|tag|group|"
                       "prop_period|paper|notes");
    return (layout == CtoiTemplate::Classic43 ? classic : recent).split(QLatin1Char('|'));
}

QString ctoiFileName(const QDate& date, int sequence)
{
    return QStringLiteral("params_planet_%1_%2.txt")
        .arg(date.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 3, 10, QLatin1Char('0'));
}

CtoiResult toCtoi(const QList<CandidateEntry>& entries, const CtoiOptions& options)
{
    CtoiResult r;
    const QStringList cols = ctoiColumns(options.layout);
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    QString user = options.username;
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QString());
    if (user.isEmpty())
        user = QStringLiteral("anonymous");
    QString text;
    if (options.layout == CtoiTemplate::Recent46)
        text += cols.join(QLatin1Char('|')) + QLatin1Char('\n');
    // ExoFOP's own convention for the CTOI name: TIC<id>.NN; numbered per star by period.
    const QStringList names = candidateNames(entries);
    int serial = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const QString what = e.starLabel() + QStringLiteral(" P=%1 d").arg(e.periodDays, 0, 'f', 4);
        if (e.mission != QLatin1String("TESS")) {
            r.skipped << what + QStringLiteral(": not a TESS target");
            continue;
        }
        if (!(e.t0Bjd > 2000000.0)) {
            r.skipped << what + QStringLiteral(": no epoch in full BJD");
            continue;
        }
        QMap<QString, QString> v;
        v[QStringLiteral("target")] =
            QStringLiteral("TIC%1.%2").arg(e.targetId).arg(names[i].section(QLatin1Char('.'), -1));
        v[QStringLiteral("flag")] = QStringLiteral("newctoi");
        switch (e.annotation.disposition) {
        case Disposition::KnownPlanet: v[QStringLiteral("disp")] = QStringLiteral("CP"); break;
        case Disposition::EclipsingBinary:
        case Disposition::FalsePositive:
        case Disposition::Systematics: v[QStringLiteral("disp")] = QStringLiteral("FP"); break;
        default: v[QStringLiteral("disp")] = QStringLiteral("PC"); break;
        }
        v[QStringLiteral("discovery")] = QStringLiteral("TESS");
        v[QStringLiteral("period")] = fmt(e.periodDays, 7);
        v[QStringLiteral("period_unc")] = fmt(e.periodErrDays, 7);
        v[QStringLiteral("epoch")] = fmt(e.t0Bjd, 6);
        v[QStringLiteral("epoch_unc")] = fmt(e.t0ErrDays, 6);
        v[QStringLiteral("depth")] = fmt(e.depthPpm, 1);
        v[QStringLiteral("depth_unc")] = fmt(e.depthErrPpm, 1);
        v[QStringLiteral("duration")] = fmt(e.durationHours, 3);
        v[QStringLiteral("duration_unc")] = fmt(e.durationErrHours, 3);
        // "Parameter value is required if uncertainty value is present": we never
        // write an uncertainty without its value (fmt of NaN is empty for both).
        v[QStringLiteral("tag")] = QStringLiteral("%1_%2_exoworld_%3")
                                       .arg(date.toString(QStringLiteral("yyyyMMdd")), user)
                                       .arg(++serial, 5, 10, QLatin1Char('0'));
        v[QStringLiteral("prop_period")] = QStringLiteral("0");
        QString notes = QStringLiteral("ExoWorld BLS SNR %1 SDE %2").arg(e.snr, 0, 'f', 1).arg(e.sde, 0, 'f', 1);
        if (!e.vettingFlags.isEmpty())
            notes += QStringLiteral("; flags ") + e.vettingFlags.join(QLatin1Char(','));
        if (!e.annotation.note.isEmpty())
            notes += QStringLiteral("; ") + e.annotation.note.simplified();
        notes.replace(QLatin1Char('|'), QLatin1Char('/'));
        if (notes.size() > 119)
            notes = notes.left(116) + QStringLiteral("...");
        v[QStringLiteral("notes")] = notes;
        QStringList row;
        for (const auto& c : cols)
            row << v.value(c);
        text += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        ++r.rows;
    }
    r.text = text.toUtf8();
    return r;
}

}  // namespace exo::store
