// Pure parts of the MAST client: query parsing, Mashup request/response format,
// product classification and JSON (de)serialisation. No network here.
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

#include "archive/mast_client.h"

namespace exo::archive {

std::optional<Target> parseDirectTarget(const QString& query)
{
    const QString q = query.trimmed();
    static const QRegularExpression cat(QStringLiteral("^(KIC|EPIC|TIC|KPLR|KTWO)[\\s_-]*0*(\\d+)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto m = cat.match(q);
    if (m.hasMatch()) {
        Target t;
        t.query = query;
        t.ra = t.dec = std::nan("");
        const QString prefix = m.captured(1).toUpper();
        t.catalogueId = m.captured(2).toLongLong();
        if (prefix == QLatin1String("KIC") || prefix == QLatin1String("KPLR")) {
            t.mission = QStringLiteral("Kepler");
            t.canonicalName = QStringLiteral("KIC %1").arg(t.catalogueId);
        } else if (prefix == QLatin1String("EPIC") || prefix == QLatin1String("KTWO")) {
            t.mission = QStringLiteral("K2");
            t.canonicalName = QStringLiteral("EPIC %1").arg(t.catalogueId);
        } else {
            t.mission = QStringLiteral("TESS");
            t.canonicalName = QStringLiteral("TIC %1").arg(t.catalogueId);
        }
        t.resolver = QStringLiteral("catalogue");
        return t;
    }
    static const QRegularExpression coords(
        QStringLiteral("^([+-]?\\d+(?:\\.\\d*)?)\\s*[, ]\\s*([+-]?\\d+(?:\\.\\d*)?)$"));
    m = coords.match(q);
    if (m.hasMatch()) {
        const double ra = m.captured(1).toDouble(), dec = m.captured(2).toDouble();
        if (ra < 0 || ra >= 360 || dec < -90 || dec > 90)
            return std::nullopt;
        Target t;
        t.query = query;
        t.ra = ra;
        t.dec = dec;
        t.canonicalName = QStringLiteral("%1 %2").arg(ra, 0, 'f', 5).arg(dec, 0, 'f', 5);
        t.resolver = QStringLiteral("coordinates");
        return t;
    }
    return std::nullopt;
}

QByteArray mashupBody(const QJsonObject& request)
{
    const QByteArray json = QJsonDocument(request).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("request=") + QUrl::toPercentEncoding(QString::fromUtf8(json));
}

QJsonArray mashupRows(const QJsonObject& answer) { return answer.value(QStringLiteral("data")).toArray(); }

namespace {

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

double num(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nan("");
}

QString kindOf(const QString& description, const QString& filename)
{
    const QString d = description.toLower(), f = filename.toLower();
    if (d.contains(QLatin1String("target pixel")) || f.endsWith(QLatin1String("_tp.fits"))
        || f.contains(QLatin1String("targ.fits")))
        return QStringLiteral("tpf");
    if (d.contains(QLatin1String("light curve")) || d.contains(QLatin1String("lightcurve"))
        || f.endsWith(QLatin1String("_lc.fits")) || f.contains(QLatin1String("llc.fits"))
        || f.contains(QLatin1String("slc.fits")))
        return QStringLiteral("lc");
    return {};
}

}  // namespace

ProductList classifyProducts(const QJsonArray& observations, const QJsonArray& products)
{
    QHash<QString, QJsonObject> obsById;
    for (const QJsonValue& v : observations) {
        const QJsonObject o = v.toObject();
        obsById.insert(str(o, "obsid"), o);
    }
    static const QRegularExpression quarterRe(QStringLiteral("Q(\\d+)\\s*$"));
    static const QRegularExpression campaignRe(QStringLiteral("C(\\d+)\\s*$"));
    ProductList out;
    for (const QJsonValue& v : products) {
        const QJsonObject p = v.toObject();
        const QString filename = str(p, "productFilename");
        const QString lower = filename.toLower();
        if (!lower.endsWith(QLatin1String(".fits")) && !lower.endsWith(QLatin1String(".fits.gz")))
            continue;
        const QString ptype = str(p, "productType");
        if (!ptype.isEmpty() && ptype.compare(QLatin1String("SCIENCE"), Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject o = obsById.value(str(p, "obsID"));
        if (o.isEmpty())
            o = obsById.value(str(p, "parent_obsid"));
        Product r;
        r.description = str(p, "description");
        r.kind = kindOf(r.description, filename);
        if (r.kind.isEmpty())
            continue;
        r.filename = filename;
        r.dataUri = str(p, "dataURI");
        r.size = static_cast<qint64>(num(p, "size") == num(p, "size") ? num(p, "size") : 0);
        r.obsId = str(p, "obs_id");
        if (r.obsId.isEmpty())
            r.obsId = str(o, "obs_id");
        r.obsid = str(p, "obsID");
        r.mission = str(o, "project");
        if (r.mission.isEmpty())
            r.mission = str(p, "project");
        if (r.mission.compare(QLatin1String("kepler"), Qt::CaseInsensitive) == 0)
            r.mission = QStringLiteral("Kepler");
        if (r.mission.compare(QLatin1String("tess"), Qt::CaseInsensitive) == 0)
            r.mission = QStringLiteral("TESS");
        if (r.mission.compare(QLatin1String("k2"), Qt::CaseInsensitive) == 0)
            r.mission = QStringLiteral("K2");
        if (r.mission != QLatin1String("Kepler") && r.mission != QLatin1String("K2")
            && r.mission != QLatin1String("TESS"))
            continue;
        r.hlsp = str(o, "obs_collection").compare(QLatin1String("HLSP"), Qt::CaseInsensitive) == 0;
        r.author = str(o, "provenance_name");
        if (r.author.isEmpty())
            r.author = r.mission == QLatin1String("TESS") ? QStringLiteral("SPOC") : r.mission;
        r.targetName = str(o, "target_name");
        r.exptimeSeconds = num(o, "t_exptime");
        const double seq = num(o, "sequence_number");
        if (r.mission == QLatin1String("Kepler")) {
            const auto m = quarterRe.match(r.description);
            r.season = m.hasMatch() ? m.captured(1).toInt() : (seq == seq ? int(seq) : -1);
        } else if (r.mission == QLatin1String("K2")) {
            const auto m = campaignRe.match(r.description);
            r.season = seq == seq ? int(seq) : (m.hasMatch() ? m.captured(1).toInt() : -1);
        } else {
            r.season = seq == seq ? int(seq) : -1;
        }
        if (r.mission == QLatin1String("TESS") || r.hlsp) {
            const double e = r.exptimeSeconds;
            r.cadence = e == e && e > 0 ? QString::number(std::lround(e)) : QString();
            if (r.mission != QLatin1String("TESS"))
                r.cadence = (e == e && e < 300) ? QStringLiteral("short") : QStringLiteral("long");
        } else {
            const bool shortCad = r.description.contains(QLatin1String("Short"), Qt::CaseInsensitive)
                                  || lower.contains(QLatin1String("slc.fits"))
                                  || lower.contains(QLatin1String("spd-targ"));
            r.cadence = shortCad ? QStringLiteral("short") : QStringLiteral("long");
        }
        out << r;
    }
    return out;
}

QJsonObject toJson(const Target& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("query"), t.query);
    o.insert(QStringLiteral("name"), t.canonicalName);
    o.insert(QStringLiteral("resolver"), t.resolver);
    if (t.hasPosition()) {
        o.insert(QStringLiteral("ra"), t.ra);
        o.insert(QStringLiteral("dec"), t.dec);
    }
    if (!t.mission.isEmpty())
        o.insert(QStringLiteral("mission"), t.mission);
    if (t.catalogueId > 0)
        o.insert(QStringLiteral("catalogue_id"), double(t.catalogueId));
    return o;
}

Target targetFromJson(const QJsonObject& o)
{
    Target t;
    t.query = o.value(QStringLiteral("query")).toString();
    t.canonicalName = o.value(QStringLiteral("name")).toString();
    t.resolver = o.value(QStringLiteral("resolver")).toString();
    t.ra = o.contains(QStringLiteral("ra")) ? o.value(QStringLiteral("ra")).toDouble() : std::nan("");
    t.dec = o.contains(QStringLiteral("dec")) ? o.value(QStringLiteral("dec")).toDouble() : std::nan("");
    t.mission = o.value(QStringLiteral("mission")).toString();
    t.catalogueId = static_cast<long long>(o.value(QStringLiteral("catalogue_id")).toDouble());
    return t;
}

QJsonObject toJson(const Product& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("mission"), p.mission);
    o.insert(QStringLiteral("product"), p.kind);
    o.insert(QStringLiteral("author"), p.author);
    o.insert(QStringLiteral("season"), p.season);
    o.insert(QStringLiteral("season_label"), p.seasonLabel());
    o.insert(QStringLiteral("cadence"), p.cadence);
    o.insert(QStringLiteral("exptime_seconds"),
             p.exptimeSeconds == p.exptimeSeconds ? QJsonValue(p.exptimeSeconds) : QJsonValue());
    o.insert(QStringLiteral("size"), double(p.size));
    o.insert(QStringLiteral("obs_id"), p.obsId);
    o.insert(QStringLiteral("obsid"), p.obsid);
    o.insert(QStringLiteral("target_name"), p.targetName);
    o.insert(QStringLiteral("data_uri"), p.dataUri);
    o.insert(QStringLiteral("filename"), p.filename);
    o.insert(QStringLiteral("description"), p.description);
    o.insert(QStringLiteral("hlsp"), p.hlsp);
    if (p.kind == QLatin1String("cutout")) {
        o.insert(QStringLiteral("ra"), p.ra);
        o.insert(QStringLiteral("dec"), p.dec);
        o.insert(QStringLiteral("cutout_size"), p.cutoutSize);
        o.insert(QStringLiteral("sector_name"), p.sectorName);
    }
    return o;
}

Product productFromJson(const QJsonObject& o)
{
    Product p;
    p.mission = o.value(QStringLiteral("mission")).toString();
    p.kind = o.value(QStringLiteral("product")).toString();
    p.author = o.value(QStringLiteral("author")).toString();
    p.season = o.value(QStringLiteral("season")).toInt(-1);
    p.cadence = o.value(QStringLiteral("cadence")).toString();
    p.exptimeSeconds = o.value(QStringLiteral("exptime_seconds")).toDouble(std::nan(""));
    p.size = static_cast<qint64>(o.value(QStringLiteral("size")).toDouble());
    p.obsId = o.value(QStringLiteral("obs_id")).toString();
    p.obsid = o.value(QStringLiteral("obsid")).toString();
    p.targetName = o.value(QStringLiteral("target_name")).toString();
    p.dataUri = o.value(QStringLiteral("data_uri")).toString();
    p.filename = o.value(QStringLiteral("filename")).toString();
    p.description = o.value(QStringLiteral("description")).toString();
    p.hlsp = o.value(QStringLiteral("hlsp")).toBool();
    p.ra = o.value(QStringLiteral("ra")).toDouble();
    p.dec = o.value(QStringLiteral("dec")).toDouble();
    p.cutoutSize = o.value(QStringLiteral("cutout_size")).toInt();
    p.sectorName = o.value(QStringLiteral("sector_name")).toString();
    return p;
}

}  // namespace exo::archive
