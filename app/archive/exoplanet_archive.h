#pragma once
/// NASA Exoplanet Archive calls (TAP, synchronous queries):
///   GET /TAP/sync?query=<ADQL>&format=json
/// on pscomppars (confirmed planets, one composite row each), cumulative (KOIs)
/// and toi (TESS objects of interest). Answers are cached like MAST's.

#include <QJsonArray>
#include <QObject>
#include <functional>
#include <vector>

#include "archive/archive_cache.h"
#include "archive/archive_types.h"
#include "search/known_planets.h"

namespace exo::archive {

class HttpClient;

/// Which star to look up: a mission catalogue number, or a host name ("Kepler-62").
struct StarKey {
    QString mission;                                ///< "Kepler", "K2", "TESS" (with id)
    long long id = 0;                               ///< KIC, EPIC or TIC number
    QString name;                                   ///< host name when no id
    static StarKey fromQuery(const QString& text);  ///< "KIC 9002278", "TIC 1", "Kepler-62"
};

struct StarInfo {
    QString commonName;      ///< "Kepler-62", "TOI-700", or empty when unknown
    QString catalogueLabel;  ///< "KIC 9002278"
    std::vector<search::KnownPlanet> planets;
    bool fromCache = false;
    ErrorKind error = ErrorKind::None;
    QString detail;
    /// "Kepler-62 (KIC 9002278)", or the label alone.
    QString displayName() const;
};

/// The ADQL text for one table lookup (exposed for tests and the README).
QString adqlConfirmedByHost(const QString& host);
QString adqlConfirmedByTic(long long tic);
QString adqlKoiByKepid(long long kepid);
QString adqlToiByTic(long long tic);
QString adqlK2ByEpic(long long epic);

/// Build the planet list from the TAP rows (pure; any of the arrays may be empty).
StarInfo starInfoFromRows(const StarKey& key, const QJsonArray& confirmed, const QJsonArray& kois,
                          const QJsonArray& tois);

class ExoplanetArchive : public QObject {
    Q_OBJECT
public:
    explicit ExoplanetArchive(HttpClient* http, QObject* parent = nullptr);

    /// One TAP query; rows as JSON objects. Cached; a stale answer is used offline.
    void tap(const QString& adql, QObject* context,
             std::function<void(const QJsonArray&, ErrorKind, QString, bool fromCache)> done);
    /// Common name and known planets of a star.
    void lookup(const StarKey& key, QObject* context, std::function<void(const StarInfo&)> done);

private:
    HttpClient* m_http;
    ArchiveCache m_cache;
};

}  // namespace exo::archive
