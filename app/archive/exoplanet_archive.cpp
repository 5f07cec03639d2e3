#include "archive/exoplanet_archive.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <memory>

#include "archive/http_client.h"

namespace exo::archive {

namespace {

constexpr double kBkjdOffset = 2454833.0;  // Kepler BJD reference (koi_time0bk)

QString quoted(QString s)
{
    return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

double num(const QJsonObject& o, const char* k)
{
    const QJsonValue v = o.value(QLatin1String(k));
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : 0.0;
}
QString text(const QJsonObject& o, const char* k)
{
    const QJsonValue v = o.value(QLatin1String(k));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString();
}

}  // namespace

StarKey StarKey::fromQuery(const QString& textIn)
{
    static const QRegularExpression cat(QStringLiteral("^(KIC|EPIC|TIC)[\\s_-]*0*(\\d+)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    StarKey k;
    const auto m = cat.match(textIn.trimmed());
    if (m.hasMatch()) {
        const QString p = m.captured(1).toUpper();
        k.mission = p == QLatin1String("KIC")    ? QStringLiteral("Kepler")
                    : p == QLatin1String("EPIC") ? QStringLiteral("K2")
                                                 : QStringLiteral("TESS");
        k.id = m.captured(2).toLongLong();
    } else {
        k.name = textIn.simplified();
    }
    return k;
}

QString StarInfo::displayName() const
{
    if (commonName.isEmpty())
        return catalogueLabel;
    if (catalogueLabel.isEmpty() || catalogueLabel == commonName)
        return commonName;
    return QStringLiteral("%1 (%2)").arg(commonName, catalogueLabel);
}

static const char* kPsColumns = "pl_name,hostname,pl_letter,pl_orbper,pl_tranmid,pl_trandur,pl_trandep,tic_id";

QString adqlConfirmedByHost(const QString& host)
{
    return QStringLiteral("select %1 from pscomppars where hostname = %2").arg(QLatin1String(kPsColumns), quoted(host));
}
QString adqlConfirmedByTic(long long tic)
{
    return QStringLiteral("select %1 from pscomppars where tic_id = %2")
        .arg(QLatin1String(kPsColumns), quoted(QStringLiteral("TIC %1").arg(tic)));
}
QString adqlKoiByKepid(long long kepid)
{
    return QStringLiteral(
               "select kepid,kepoi_name,kepler_name,koi_disposition,koi_period,koi_time0bk,koi_duration,koi_depth "
               "from cumulative where kepid = %1")
        .arg(kepid);
}
QString adqlToiByTic(long long tic)
{
    return QStringLiteral(
               "select toi,tid,tfopwg_disp,pl_orbper,pl_tranmid,pl_trandurh,pl_trandep from toi where tid = %1")
        .arg(tic);
}
QString adqlK2ByEpic(long long epic)
{
    return QStringLiteral("select pl_name,hostname,pl_letter,pl_orbper,pl_tranmid,pl_trandur,pl_trandep,epic_hostname "
                          "from k2pandc where epic_hostname = %1 and default_flag = 1")
        .arg(quoted(QStringLiteral("EPIC %1").arg(epic)));
}

StarInfo starInfoFromRows(const StarKey& key, const QJsonArray& confirmed, const QJsonArray& kois,
                          const QJsonArray& tois)
{
    StarInfo info;
    if (key.id > 0) {
        const char* prefix = key.mission == QLatin1String("Kepler") ? "KIC"
                             : key.mission == QLatin1String("K2")   ? "EPIC"
                                                                    : "TIC";
        info.catalogueLabel = QStringLiteral("%1 %2").arg(QLatin1String(prefix)).arg(key.id);
    }
    QSet<QString> names;
    // KOIs first: their Kepler-data ephemerides (DR25) line up best with Kepler files.
    for (const QJsonValue& v : kois) {
        const QJsonObject o = v.toObject();
        const QString disp = text(o, "koi_disposition").toUpper();
        if (disp.contains(QLatin1String("FALSE")))
            continue;
        search::KnownPlanet p;
        const QString kname = text(o, "kepler_name").trimmed();
        QString koi = text(o, "kepoi_name");  // "K00701.04"
        static const QRegularExpression koiRe(QStringLiteral("^K0*(\\d+\\.\\d+)$"));
        const auto m = koiRe.match(koi);
        if (m.hasMatch())
            koi = QStringLiteral("KOI-") + m.captured(1);
        p.name = (kname.isEmpty() ? koi : kname).toStdString();
        p.disposition = disp.toStdString();
        p.periodDays = num(o, "koi_period");
        p.t0Bjd = num(o, "koi_time0bk") + kBkjdOffset;
        p.durationHours = num(o, "koi_duration");
        p.depthPpm = num(o, "koi_depth");
        if (!kname.isEmpty() && info.commonName.isEmpty()) {
            info.commonName = kname.left(kname.lastIndexOf(QLatin1Char(' '))).trimmed();
        }
        if (info.commonName.isEmpty() && m.hasMatch())
            info.commonName = koi.section(QLatin1Char('.'), 0, 0);
        names.insert(QString::fromStdString(p.name));
        info.planets.push_back(p);
    }
    for (const QJsonValue& v : confirmed) {
        const QJsonObject o = v.toObject();
        const QString name = text(o, "pl_name");
        const QString host = text(o, "hostname");
        if (!host.isEmpty())
            info.commonName = host;  // the archive's host name wins
        if (names.contains(name))
            continue;
        search::KnownPlanet p;
        p.name = name.toStdString();
        p.disposition = "CONFIRMED";
        p.periodDays = num(o, "pl_orbper");
        p.t0Bjd = num(o, "pl_tranmid");
        p.durationHours = num(o, "pl_trandur");
        p.depthPpm = num(o, "pl_trandep") * 1e4;  // percent -> ppm
        names.insert(name);
        info.planets.push_back(p);
    }
    for (const QJsonValue& v : tois) {
        const QJsonObject o = v.toObject();
        const QString disp = text(o, "tfopwg_disp").toUpper();
        if (disp == QLatin1String("FP") || disp == QLatin1String("FA"))
            continue;
        const QString toi = QStringLiteral("TOI-") + text(o, "toi");
        if (info.commonName.isEmpty())
            info.commonName = toi.section(QLatin1Char('.'), 0, 0);
        // A known or confirmed planet already listed by name is not repeated.
        if ((disp == QLatin1String("KP") || disp == QLatin1String("CP")) && !confirmed.isEmpty())
            continue;
        search::KnownPlanet p;
        p.name = toi.toStdString();
        p.disposition = disp.toStdString();
        p.periodDays = num(o, "pl_orbper");
        p.t0Bjd = num(o, "pl_tranmid");
        p.durationHours = num(o, "pl_trandurh");
        p.depthPpm = num(o, "pl_trandep");
        info.planets.push_back(p);
    }
    if (info.commonName.isEmpty() && key.id <= 0)
        info.commonName = key.name;
    return info;
}

ExoplanetArchive::ExoplanetArchive(HttpClient* http, QObject* parent)
    : QObject(parent), m_http(http), m_cache(http->config())
{}

void ExoplanetArchive::tap(const QString& adql, QObject* context,
                           std::function<void(const QJsonArray&, ErrorKind, QString, bool)> done)
{
    const QString key = QStringLiteral("tap:") + adql;
    const QByteArray cached = m_cache.get(key, m_http->config().metadataMaxAgeHours);
    if (!cached.isEmpty()) {
        const QJsonArray rows = QJsonDocument::fromJson(cached).array();
        QTimer::singleShot(0, context ? context : this, [rows, done] { done(rows, ErrorKind::None, {}, true); });
        return;
    }
    const QUrl url =
        ArchiveConfig::withQuery(ArchiveConfig::join(m_http->config().exoArchiveBase, QStringLiteral("/TAP/sync")),
                                 {{QStringLiteral("query"), adql}, {QStringLiteral("format"), QStringLiteral("json")}});
    m_http->send({url, {}, {}}, context, [this, key, done](const HttpResult& r) {
        if (!r.ok()) {
            const QByteArray stale = m_cache.get(key, -1);
            if (!stale.isEmpty())
                return done(QJsonDocument::fromJson(stale).array(), ErrorKind::None, {}, true);
            return done({}, r.error, r.detail, false);
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isArray())
            return done({}, ErrorKind::BadResponse, QStringLiteral("TAP answer is not a JSON array"), false);
        m_cache.put(key, r.body);
        done(doc.array(), ErrorKind::None, {}, false);
    });
}

void ExoplanetArchive::lookup(const StarKey& key, QObject* context, std::function<void(const StarInfo&)> done)
{
    struct State {
        QJsonArray confirmed, kois, tois;
        ErrorKind error = ErrorKind::None;
        QString detail;
        bool allCached = true;
    };
    auto st = std::make_shared<State>();
    auto fail = [st](ErrorKind e, const QString& d) {
        if (st->error == ErrorKind::None) {
            st->error = e;
            st->detail = d;
        }
    };
    auto finish = [st, key, done] {
        StarInfo info = starInfoFromRows(key, st->confirmed, st->kois, st->tois);
        info.fromCache = st->allCached;
        if (info.planets.empty() && st->error != ErrorKind::None) {
            info.error = st->error;
            info.detail = st->detail;
        }
        done(info);
    };
    auto confirmedByHost = [this, st, context, fail, finish](const QString& host) {
        tap(adqlConfirmedByHost(host), context,
            [st, fail, finish](const QJsonArray& rows, ErrorKind e, QString d, bool c) {
                st->allCached = st->allCached && c;
                if (e != ErrorKind::None)
                    fail(e, d);
                st->confirmed = rows;
                finish();
            });
    };
    if (key.id <= 0)
        return confirmedByHost(key.name);
    if (key.mission == QLatin1String("Kepler")) {
        tap(adqlKoiByKepid(key.id), context,
            [st, fail, finish, confirmedByHost](const QJsonArray& rows, ErrorKind e, QString d, bool c) {
                st->allCached = st->allCached && c;
                if (e != ErrorKind::None)
                    fail(e, d);
                st->kois = rows;
                QString host;
                for (const QJsonValue& v : rows) {
                    const QString k = v.toObject().value(QStringLiteral("kepler_name")).toString().trimmed();
                    if (!k.isEmpty())
                        host = k.left(k.lastIndexOf(QLatin1Char(' '))).trimmed();
                }
                if (host.isEmpty())
                    return finish();
                confirmedByHost(host);
            });
        return;
    }
    if (key.mission == QLatin1String("K2")) {
        tap(adqlK2ByEpic(key.id), context, [st, fail, finish](const QJsonArray& rows, ErrorKind e, QString d, bool c) {
            st->allCached = st->allCached && c;
            if (e != ErrorKind::None)
                fail(e, d);
            st->confirmed = rows;
            finish();
        });
        return;
    }
    tap(adqlToiByTic(key.id), context,
        [this, st, key, context, fail, finish](const QJsonArray& rows, ErrorKind e, QString d, bool c) {
            st->allCached = st->allCached && c;
            if (e != ErrorKind::None)
                fail(e, d);
            st->tois = rows;
            tap(adqlConfirmedByTic(key.id), context,
                [st, fail, finish](const QJsonArray& rows2, ErrorKind e2, QString d2, bool c2) {
                    st->allCached = st->allCached && c2;
                    if (e2 != ErrorKind::None)
                        fail(e2, d2);
                    st->confirmed = rows2;
                    finish();
                });
        });
}

}  // namespace exo::archive
