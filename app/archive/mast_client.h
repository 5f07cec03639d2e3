#pragma once
/// MAST calls, as astroquery.mast and lightkurve make them:
///  - name resolution: POST /api/v0/invoke, service Mast.Name.Lookup;
///  - observations: Mast.Caom.Filtered.Position (by position, lightkurve's 0.0001"
///    radius: the observation footprint must contain the star) or Mast.Caom.Filtered
///    (exact target_name for KIC/EPIC/TIC numbers, as lightkurve does), filtered on
///    project Kepler/K2/TESS and dataproduct_type timeseries/cube;
///  - products: Mast.Caom.Products with the observations' obsid list;
///  - TESScut sectors: GET /tesscut/api/v0.4/sector?ra=&dec=&radius=.
/// Answers are cached (ArchiveCache): a second identical search needs no network,
/// and an old answer is used when the network fails.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

#include "archive/archive_cache.h"
#include "archive/archive_types.h"

namespace exo::archive {

class HttpClient;

/// Outcome of a search: the target and its products (all of them; filter later).
struct SearchAnswer {
    Target target;
    ProductList products;
    ErrorKind error = ErrorKind::None;
    QString detail;
    bool fromCache = false;
    QStringList warnings;  ///< untranslated notes (e.g. TESScut unreachable)
};

/// Parse what the user typed: a catalogue number ("KIC 9002278", "EPIC 201367065",
/// "TIC 25155310", "kplr009002278") or coordinates ("283.21 45.35", degrees).
/// nullopt for a name that needs the resolver.
std::optional<Target> parseDirectTarget(const QString& query);

/// The body of a Mashup request: "request=" + the URL-encoded JSON object.
QByteArray mashupBody(const QJsonObject& request);
/// Rows of a Mashup JSON table ({"fields":[...], "data":[...]}).
QJsonArray mashupRows(const QJsonObject& answer);
/// Turn CAOM observation rows and product rows into Kepler/K2/TESS light curves and
/// pixel files (other files such as CBVs and reports are dropped).
ProductList classifyProducts(const QJsonArray& observations, const QJsonArray& products);

class MastClient : public QObject {
    Q_OBJECT
public:
    MastClient(HttpClient* http, QObject* parent = nullptr);

    using SearchCallback = std::function<void(const SearchAnswer&)>;
    /// Resolve @p query and list its products (and TESScut sectors when it has a position).
    void search(const QString& query, QObject* context, SearchCallback done, int cutoutSize = 10);
    /// Only the name resolution (Mast.Name.Lookup).
    void resolve(const QString& name, QObject* context, std::function<void(const Target&, ErrorKind, QString)> done);

    /// One Mashup service call with paging and EXECUTING polls; rows of all pages.
    void invoke(const QString& service, const QJsonObject& params, QObject* context,
                std::function<void(const QJsonArray& rows, ErrorKind, QString)> done);

private:
    void listForTarget(const Target& t, QObject* context, SearchCallback done, int cutoutSize, const QString& cacheKey);
    void addCutouts(SearchAnswer answer, QObject* context, SearchCallback done, int cutoutSize,
                    const QString& cacheKey);
    void finish(const SearchAnswer& a, const QString& cacheKey, const SearchCallback& done);
    void invokePage(const QJsonObject& request, int page, QJsonArray acc, int polls, QObject* context,
                    std::function<void(const QJsonArray&, ErrorKind, QString)> done);

    HttpClient* m_http;
    ArchiveCache m_cache;
};

/// Serialise a search answer for the cache (and the CLI's --json).
QJsonObject toJson(const Target& t);
QJsonObject toJson(const Product& p);
Target targetFromJson(const QJsonObject& o);
Product productFromJson(const QJsonObject& o);

}  // namespace exo::archive
