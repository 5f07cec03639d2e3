#include "archive/mast_client.h"

#include <QJsonDocument>
#include <QTimer>
#include <cmath>

#include "archive/http_client.h"

namespace exo::archive {

namespace {

constexpr int kPageSize = 50000;  // astroquery's default page size
constexpr int kMaxPolls = 20;     // EXECUTING answers re-asked at most this often
// lightkurve's default cone: 0.0001 arcsec. MAST matches observations whose
// footprint contains the position, so a tiny radius finds the star's own files.
constexpr double kConeRadiusDeg = 0.0001 / 3600.0;

QJsonArray filterSet(const Target& t)
{
    QJsonArray filters;
    filters.append(QJsonObject{{QStringLiteral("paramName"), QStringLiteral("project")},
                               {QStringLiteral("values"),
                                QJsonArray{QStringLiteral("Kepler"), QStringLiteral("K2"), QStringLiteral("TESS")}}});
    filters.append(
        QJsonObject{{QStringLiteral("paramName"), QStringLiteral("dataproduct_type")},
                    {QStringLiteral("values"), QJsonArray{QStringLiteral("timeseries"), QStringLiteral("cube")}}});
    if (t.catalogueId > 0) {
        QJsonArray names;
        const QString id = QString::number(t.catalogueId);
        if (t.mission == QLatin1String("Kepler")) {
            names << QStringLiteral("kplr%1").arg(id, 9, QLatin1Char('0')) << QStringLiteral("KIC ") + id;
        } else if (t.mission == QLatin1String("K2")) {
            names << QStringLiteral("ktwo%1").arg(id, 9, QLatin1Char('0')) << QStringLiteral("EPIC ") + id << id;
        } else {
            names << id << QStringLiteral("TIC ") + id;
        }
        filters.append(QJsonObject{{QStringLiteral("paramName"), QStringLiteral("target_name")},
                                   {QStringLiteral("values"), names}});
    }
    return filters;
}

QString cutoutFilename(const QString& sectorName, double ra, double dec, int size)
{
    return QStringLiteral("%1_%2_%3_%4x%4_astrocut.fits")
        .arg(sectorName)
        .arg(ra, 0, 'f', 6)
        .arg(dec, 0, 'f', 6)
        .arg(size);
}

}  // namespace

MastClient::MastClient(HttpClient* http, QObject* parent) : QObject(parent), m_http(http), m_cache(http->config()) {}

void MastClient::invoke(const QString& service, const QJsonObject& params, QObject* context,
                        std::function<void(const QJsonArray&, ErrorKind, QString)> done)
{
    QJsonObject request{{QStringLiteral("service"), service},
                        {QStringLiteral("params"), params},
                        {QStringLiteral("format"), QStringLiteral("json")},
                        {QStringLiteral("pagesize"), kPageSize}};
    invokePage(request, 1, {}, 0, context, std::move(done));
}

void MastClient::invokePage(const QJsonObject& base, int page, QJsonArray acc, int polls, QObject* context,
                            std::function<void(const QJsonArray&, ErrorKind, QString)> done)
{
    QJsonObject request = base;
    request.insert(QStringLiteral("page"), page);
    HttpRequest req;
    req.url = ArchiveConfig::join(m_http->config().mastBase, QStringLiteral("/api/v0/invoke"));
    req.postBody = mashupBody(request);
    m_http->send(req, context, [this, base, page, acc, polls, context, done](const HttpResult& r) mutable {
        if (!r.ok())
            return done({}, r.error, r.detail);
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        const QString status = answer.value(QStringLiteral("status")).toString();
        if (answer.isEmpty())
            return done({}, ErrorKind::BadResponse, QStringLiteral("Mashup answer is not JSON"));
        if (status == QLatin1String("ERROR"))
            return done({}, ErrorKind::Server, answer.value(QStringLiteral("msg")).toString());
        if (status == QLatin1String("EXECUTING")) {
            if (polls >= kMaxPolls)
                return done({}, ErrorKind::Timeout, QStringLiteral("still EXECUTING"));
            QTimer::singleShot(m_http->config().backoffMs, this,
                               [=, this]() mutable { invokePage(base, page, acc, polls + 1, context, done); });
            return;
        }
        for (const QJsonValue& v : mashupRows(answer))
            acc.append(v);
        const int pages =
            answer.value(QStringLiteral("paging")).toObject().value(QStringLiteral("pagesFiltered")).toInt(1);
        if (page < pages)
            return invokePage(base, page + 1, acc, 0, context, done);
        done(acc, ErrorKind::None, {});
    });
}

void MastClient::resolve(const QString& name, QObject* context,
                         std::function<void(const Target&, ErrorKind, QString)> done)
{
    QJsonObject request{{QStringLiteral("service"), QStringLiteral("Mast.Name.Lookup")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("input"), name.trimmed()},
                                                               {QStringLiteral("format"), QStringLiteral("json")}}},
                        {QStringLiteral("format"), QStringLiteral("json")}};
    HttpRequest req;
    req.url = ArchiveConfig::join(m_http->config().mastBase, QStringLiteral("/api/v0/invoke"));
    req.postBody = mashupBody(request);
    m_http->send(req, context, [name, done](const HttpResult& r) {
        Target t;
        t.query = name;
        t.ra = t.dec = std::nan("");
        if (!r.ok())
            return done(t, r.error, r.detail);
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        const QJsonArray coords = answer.value(QStringLiteral("resolvedCoordinate")).toArray();
        if (answer.isEmpty())
            return done(t, ErrorKind::BadResponse, QStringLiteral("resolver answer is not JSON"));
        if (coords.isEmpty())
            return done(t, ErrorKind::NotResolved, name);
        const QJsonObject c = coords.first().toObject();
        t.canonicalName = c.value(QStringLiteral("canonicalName")).toString().simplified();
        t.resolver = c.value(QStringLiteral("resolver")).toString();
        t.ra = c.value(QStringLiteral("ra")).toDouble(std::nan(""));
        t.dec = c.value(QStringLiteral("decl")).toDouble(std::nan(""));
        if (!t.hasPosition())
            return done(t, ErrorKind::BadResponse, QStringLiteral("resolver gave no position"));
        done(t, ErrorKind::None, {});
    });
}

void MastClient::search(const QString& query, QObject* context, SearchCallback done, int cutoutSize)
{
    const QString key = QStringLiteral("mast-search:%1:%2").arg(query.simplified().toLower()).arg(cutoutSize);
    const QByteArray cached = m_cache.get(key, m_http->config().metadataMaxAgeHours);
    auto fromCache = [](const QByteArray& body) {
        SearchAnswer a;
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        a.target = targetFromJson(o.value(QStringLiteral("target")).toObject());
        for (const QJsonValue& v : o.value(QStringLiteral("products")).toArray())
            a.products << productFromJson(v.toObject());
        a.fromCache = true;
        return a;
    };
    if (!cached.isEmpty()) {
        const SearchAnswer a = fromCache(cached);
        QTimer::singleShot(0, context ? context : this, [a, done] { done(a); });
        return;
    }
    // On failure, an old answer is better than none (offline use).
    auto doneOrStale = [this, key, done, fromCache](const SearchAnswer& a) {
        if (a.error != ErrorKind::None && a.error != ErrorKind::NotResolved && a.error != ErrorKind::NoData
            && a.error != ErrorKind::Cancelled) {
            const QByteArray stale = m_cache.get(key, -1);
            if (!stale.isEmpty()) {
                SearchAnswer s = fromCache(stale);
                s.warnings << QStringLiteral("network failed, showing the cached listing: ") + a.detail;
                return done(s);
            }
        }
        done(a);
    };
    if (auto direct = parseDirectTarget(query)) {
        listForTarget(*direct, context, doneOrStale, cutoutSize, key);
        return;
    }
    resolve(query, context, [this, context, doneOrStale, cutoutSize, key](const Target& t, ErrorKind e, QString d) {
        if (e != ErrorKind::None) {
            SearchAnswer a;
            a.target = t;
            a.error = e;
            a.detail = d;
            return doneOrStale(a);
        }
        listForTarget(t, context, doneOrStale, cutoutSize, key);
    });
}

void MastClient::listForTarget(const Target& t, QObject* context, SearchCallback done, int cutoutSize,
                               const QString& cacheKey)
{
    QJsonObject params{{QStringLiteral("columns"), QStringLiteral("*")}, {QStringLiteral("filters"), filterSet(t)}};
    QString service = QStringLiteral("Mast.Caom.Filtered");
    if (t.hasPosition() && t.catalogueId <= 0) {
        service = QStringLiteral("Mast.Caom.Filtered.Position");
        params.insert(
            QStringLiteral("position"),
            QStringLiteral("%1, %2, %3").arg(t.ra, 0, 'g', 12).arg(t.dec, 0, 'g', 12).arg(kConeRadiusDeg, 0, 'g', 6));
    }
    invoke(service, params, context,
           [this, t, context, done, cutoutSize, cacheKey](const QJsonArray& obs, ErrorKind e, QString d) {
               SearchAnswer a;
               a.target = t;
               if (e != ErrorKind::None) {
                   a.error = e;
                   a.detail = d;
                   return done(a);
               }
               if (!a.target.hasPosition() && !obs.isEmpty()) {
                   const QJsonObject o = obs.first().toObject();
                   a.target.ra = o.value(QStringLiteral("s_ra")).toDouble(std::nan(""));
                   a.target.dec = o.value(QStringLiteral("s_dec")).toDouble(std::nan(""));
               }
               if (obs.isEmpty())
                   return addCutouts(a, context, done, cutoutSize, cacheKey);
               QStringList ids;
               for (const QJsonValue& v : obs) {
                   const QJsonValue id = v.toObject().value(QStringLiteral("obsid"));
                   ids << (id.isString() ? id.toString() : QString::number(id.toDouble(), 'f', 0));
               }
               invoke(QStringLiteral("Mast.Caom.Products"),
                      QJsonObject{{QStringLiteral("obsid"), ids.join(QLatin1Char(','))}}, context,
                      [this, a, obs, context, done, cutoutSize, cacheKey](const QJsonArray& prods, ErrorKind e2,
                                                                          QString d2) mutable {
                          if (e2 != ErrorKind::None) {
                              a.error = e2;
                              a.detail = d2;
                              return done(a);
                          }
                          a.products = classifyProducts(obs, prods);
                          addCutouts(a, context, done, cutoutSize, cacheKey);
                      });
           });
}

void MastClient::addCutouts(SearchAnswer a, QObject* context, SearchCallback done, int cutoutSize,
                            const QString& cacheKey)
{
    const bool tessPossible = a.target.mission.isEmpty() || a.target.mission == QLatin1String("TESS");
    if (!a.target.hasPosition() || !tessPossible || cutoutSize <= 0)
        return finish(a, cacheKey, done);
    const QUrl url = ArchiveConfig::withQuery(
        ArchiveConfig::join(m_http->config().mastBase, QStringLiteral("/tesscut/api/v0.4/sector")),
        {{QStringLiteral("ra"), QString::number(a.target.ra, 'g', 12)},
         {QStringLiteral("dec"), QString::number(a.target.dec, 'g', 12)},
         {QStringLiteral("radius"), QStringLiteral("0d")}});
    m_http->send({url, {}, {}}, context, [this, a, done, cutoutSize, cacheKey](const HttpResult& r) mutable {
        if (!r.ok()) {
            a.warnings << QStringLiteral("TESScut sectors unavailable: ") + r.detail;
            return finish(a, cacheKey, done);
        }
        const QJsonArray results = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue& v : results) {
            const QJsonObject s = v.toObject();
            Product p;
            p.mission = QStringLiteral("TESS");
            p.kind = QStringLiteral("cutout");
            p.author = QStringLiteral("TESScut");
            p.cadence = QStringLiteral("ffi");
            p.sectorName = s.value(QStringLiteral("sectorName")).toString();
            p.season = s.value(QStringLiteral("sector")).toVariant().toString().toInt();
            p.ra = a.target.ra;
            p.dec = a.target.dec;
            p.cutoutSize = cutoutSize;
            p.obsId = QStringLiteral("TESSCut");
            p.filename = cutoutFilename(p.sectorName, p.ra, p.dec, cutoutSize);
            p.description = QStringLiteral("TESS FFI cut-out %1x%1 px").arg(cutoutSize);
            p.exptimeSeconds = std::nan("");
            a.products << p;
        }
        finish(a, cacheKey, done);
    });
}

void MastClient::finish(const SearchAnswer& a0, const QString& cacheKey, const SearchCallback& done)
{
    SearchAnswer a = a0;
    if (a.error == ErrorKind::None && a.products.isEmpty()) {
        a.error = ErrorKind::NoData;
        a.detail = a.target.canonicalName.isEmpty() ? a.target.query : a.target.canonicalName;
    }
    if (a.error == ErrorKind::None && a.warnings.isEmpty()) {
        QJsonArray prods;
        for (const Product& p : a.products)
            prods.append(toJson(p));
        const QJsonObject o{{QStringLiteral("target"), toJson(a.target)}, {QStringLiteral("products"), prods}};
        m_cache.put(cacheKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    done(a);
}

}  // namespace exo::archive
