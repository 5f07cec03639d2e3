#include "batch/results_db.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "batch/star_record.h"
#include "store/candidate_store.h"

namespace exo::batchrun {

namespace {

const char* const kCreateStars =
    "CREATE TABLE IF NOT EXISTS batch_stars ("
    " star_key TEXT PRIMARY KEY, label TEXT NOT NULL, object_name TEXT NOT NULL DEFAULT '',"
    " mission TEXT NOT NULL DEFAULT '', target_id INTEGER NOT NULL DEFAULT -1,"
    " status TEXT NOT NULL, error_code TEXT NOT NULL DEFAULT '', error_detail TEXT NOT NULL DEFAULT '',"
    " files_json TEXT NOT NULL DEFAULT '[]', n_files INTEGER NOT NULL DEFAULT 0,"
    " n_analysed INTEGER NOT NULL DEFAULT 0, n_skipped INTEGER NOT NULL DEFAULT 0,"
    " n_points INTEGER NOT NULL DEFAULT 0, baseline_days REAL NOT NULL DEFAULT 0,"
    " n_candidates INTEGER NOT NULL DEFAULT 0, best_period_days REAL, best_t0_bjd REAL, best_depth_ppm REAL,"
    " best_snr REAL, best_sde REAL, flags TEXT NOT NULL DEFAULT '', seconds REAL NOT NULL DEFAULT 0,"
    " finished_utc TEXT NOT NULL)";
const char* const kCreateMeta = "CREATE TABLE IF NOT EXISTS batch_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)";
const char* const kCreateAttempts =
    "CREATE TABLE IF NOT EXISTS batch_attempts (star_key TEXT PRIMARY KEY, attempts INTEGER NOT NULL)";

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QVariant& v) { return v.toString().toStdString(); }
QVariant num(double v) { return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType(QMetaType::Double)); }

std::string joined(const std::vector<std::string>& v, char sep)
{
    std::string o;
    for (std::size_t i = 0; i < v.size(); ++i)
        o += (i ? std::string(1, sep) : std::string()) + v[i];
    return o;
}

std::string csvField(const std::string& v)
{
    if (v.find_first_of(",\"\n\r") == std::string::npos)
        return v;
    std::string o = "\"";
    for (char c : v)
        o += (c == '"') ? std::string("\"\"") : std::string(1, c);
    return o + "\"";
}

std::string csvNum(double v, int prec)
{
    if (!std::isfinite(v))
        return "";
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", prec, v);
    return b;
}

}  // namespace

struct ResultsDb::Impl {
    store::CandidateStore store;
    QSqlDatabase db;  ///< the store's connection
    bool exec(const QString& sql, std::string& why)
    {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            why = query.lastError().text().toStdString();
            return false;
        }
        return true;
    }
    long long scalar(const QString& sql) const
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

ResultsDb::ResultsDb() : d(std::make_unique<Impl>()) {}
ResultsDb::~ResultsDb() { close(); }

void ResultsDb::close()
{
    d->db = QSqlDatabase();
    d->store.close();
}

std::string ResultsDb::path() const { return d->store.path().toStdString(); }

bool ResultsDb::open(const std::string& path, std::string& why, bool create)
{
    close();
    // The candidate store checks the file (SQLite, ours, not newer, not damaged), creates or
    // migrates its `candidates` table; the batch tables live next to it.
    if (!create && !std::ifstream(path).good()) {
        why = path + ": no such file";
        return false;
    }
    if (const auto st = d->store.open(q(path)); !st.ok()) {
        why = st.message.toStdString();
        close();
        return false;
    }
    d->db = QSqlDatabase::database(d->store.connectionName(), false);
    if (!create
        && d->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND "
                                    "name='batch_stars'"))
               != 1) {
        why = path + ": a candidate store, but not the results of a batch (no batch_stars table)";
        close();
        return false;
    }
    if (!d->exec(QString::fromLatin1(kCreateStars), why) || !d->exec(QString::fromLatin1(kCreateMeta), why)
        || !d->exec(QString::fromLatin1(kCreateAttempts), why)) {
        why = path + ": " + why;
        close();
        return false;
    }
    return true;
}

std::set<std::string> ResultsDb::doneKeys() const
{
    std::set<std::string> keys;
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("SELECT star_key FROM batch_stars")))
        while (query.next())
            keys.insert(s(query.value(0)));
    return keys;
}

long long ResultsDb::starCount() const { return d->scalar(QStringLiteral("SELECT count(*) FROM batch_stars")); }

std::string ResultsDb::meta(const std::string& key) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT value FROM batch_meta WHERE key=?"));
    query.addBindValue(q(key));
    if (query.exec() && query.next())
        return s(query.value(0));
    return {};
}

bool ResultsDb::setMeta(const std::string& key, const std::string& value, std::string& why)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO batch_meta(key, value) VALUES(?, ?)"));
    query.addBindValue(q(key));
    query.addBindValue(q(value));
    if (!query.exec()) {
        why = query.lastError().text().toStdString();
        return false;
    }
    return true;
}

bool ResultsDb::markAttempt(const std::string& starKey, std::string& why)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO batch_attempts(star_key, attempts) VALUES(?, 1)"
                                 " ON CONFLICT(star_key) DO UPDATE SET attempts = attempts + 1"));
    query.addBindValue(q(starKey));
    if (!query.exec()) {
        why = query.lastError().text().toStdString();
        return false;
    }
    return true;
}

std::map<std::string, int> ResultsDb::attempts() const
{
    std::map<std::string, int> out;
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("SELECT star_key, attempts FROM batch_attempts")))
        while (query.next())
            out[s(query.value(0))] = query.value(1).toInt();
    return out;
}

bool ResultsDb::writeStar(const StarRecord& record, std::string& why)
{
    const auto& o = record.outcome;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!d->exec(QStringLiteral("BEGIN IMMEDIATE"), why))
        return false;
    auto rollback = [&] {
        std::string ignored;
        d->exec(QStringLiteral("ROLLBACK"), ignored);
        return false;
    };
    const auto& st = o.star;
    const std::string mission = st.status.ok() ? missionName(st.mission) : "";
    // A re-run star (after a kill its transaction never committed) replaces its records.
    if (!mission.empty() || !record.candidates.isEmpty()) {
        QList<store::CandidateEntry> entries = record.candidates;
        const auto stored =
            d->store.replaceStarRecords(entries.isEmpty() ? q(mission) : entries.front().mission,
                                        entries.isEmpty() ? st.targetId : entries.front().targetId, entries);
        if (!stored.ok()) {
            why = stored.message.toStdString();
            return rollback();
        }
    }
    QSqlQuery row(d->db);
    row.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO batch_stars(star_key, label, object_name, mission, target_id, status, error_code,"
        " error_detail, files_json, n_files, n_analysed, n_skipped, n_points, baseline_days, n_candidates,"
        " best_period_days, best_t0_bjd, best_depth_ppm, best_snr, best_sde, flags, seconds, finished_utc)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const bool any = !o.candidates.empty();
    const auto& b = any ? o.candidates.front() : Candidate{};
    const QVariant none(QMetaType(QMetaType::Double));
    for (const QVariant& v : {QVariant(q(st.key)),
                              QVariant(q(st.label)),
                              QVariant(q(st.objectName)),
                              QVariant(q(mission)),
                              QVariant(st.targetId),
                              QVariant(o.status.ok() ? QStringLiteral("ok") : QStringLiteral("error")),
                              QVariant(o.status.ok() ? QString() : QString::fromLatin1(errorCodeName(o.status.code))),
                              QVariant(q(o.status.detail)),
                              QVariant(filesJson(record.files)),
                              QVariant(int(st.files.size())),
                              QVariant(int(o.analysed.size())),
                              QVariant(int(o.skipped.size())),
                              QVariant((long long)o.nPoints),
                              num(o.baselineDays),
                              QVariant(int(o.candidates.size())),
                              any ? num(b.periodDays) : none,
                              any ? num(b.t0Bjd) : none,
                              any ? num(b.depthPpm) : none,
                              any ? num(b.snr) : none,
                              any ? num(b.sde) : none,
                              QVariant(q(joined(o.flags, ';'))),
                              QVariant(o.seconds),
                              QVariant(now)})
        row.addBindValue(v);
    if (!row.exec()) {
        why = row.lastError().text().toStdString();
        return rollback();
    }
    if (!d->exec(QStringLiteral("COMMIT"), why))
        return rollback();
    return true;
}

bool ResultsDb::mergeFrom(const std::string& otherPath, int& added, int& duplicates, std::string& why)
{
    added = duplicates = 0;
    {  // Validate the shard first (a clear error for a non-results file).
        ResultsDb other;
        if (!other.open(otherPath, why, false))
            return false;
    }
    QSqlQuery att(d->db);
    att.prepare(QStringLiteral("ATTACH DATABASE ? AS shard"));
    att.addBindValue(q(otherPath));
    if (!att.exec()) {
        why = otherPath + ": " + att.lastError().text().toStdString();
        return false;
    }
    bool ok = d->exec(QStringLiteral("BEGIN IMMEDIATE"), why);
    const long long before = d->scalar(QStringLiteral("SELECT count(*) FROM batch_stars"));
    const long long theirs = d->scalar(QStringLiteral("SELECT count(*) FROM shard.batch_stars"));
    ok = ok
         && d->exec(
             QStringLiteral(
                 "INSERT INTO candidates(mission, target_id, target_label, object_name, files_json, software_version,"
                 " settings_json, time_system, bjd_reference, rank, period_days, period_err_days, t0, t0_bjd, "
                 "t0_err_days,"
                 " duration_hours, duration_err_hours, depth_ppm, depth_err_ppm, snr, sde, n_transits, odd_even_sigma,"
                 " secondary_depth_ppm, flagged, disposition, note, created_utc, updated_utc, vetting_json, "
                 "vetting_flags,"
                 " fp_reason, author)"
                 " SELECT c.mission, c.target_id, c.target_label, c.object_name, c.files_json, c.software_version,"
                 " c.settings_json, c.time_system, c.bjd_reference, c.rank, c.period_days, c.period_err_days, c.t0, "
                 "c.t0_bjd,"
                 " c.t0_err_days, c.duration_hours, c.duration_err_hours, c.depth_ppm, c.depth_err_ppm, c.snr, c.sde,"
                 " c.n_transits, c.odd_even_sigma, c.secondary_depth_ppm, c.flagged, c.disposition, c.note, "
                 "c.created_utc,"
                 " c.updated_utc, c.vetting_json, c.vetting_flags, c.fp_reason, c.author FROM shard.candidates c"
                 " WHERE NOT EXISTS (SELECT 1 FROM batch_stars s WHERE s.mission = c.mission AND s.target_id = "
                 "c.target_id)"
                 " ORDER BY c.id"),
             why);
    ok = ok && d->exec(QStringLiteral("INSERT OR IGNORE INTO batch_stars SELECT * FROM shard.batch_stars"), why);
    if (ok) {
        ok = d->exec(QStringLiteral("COMMIT"), why);
    } else {
        std::string ignored;
        d->exec(QStringLiteral("ROLLBACK"), ignored);
    }
    std::string ignored;
    d->exec(QStringLiteral("DETACH DATABASE shard"), ignored);
    if (!ok) {
        why = otherPath + ": " + why;
        return false;
    }
    added = int(d->scalar(QStringLiteral("SELECT count(*) FROM batch_stars")) - before);
    duplicates = int(theirs) - added;
    return true;
}

std::vector<StarRow> ResultsDb::stars() const
{
    std::vector<StarRow> rows;
    std::string ignored;
    readStars(rows, ignored);
    return rows;
}

std::vector<CandidateRow> ResultsDb::candidates() const
{
    std::vector<CandidateRow> rows;
    std::string ignored;
    readCandidates(rows, ignored);
    return rows;
}

namespace {
constexpr long long kProgressEvery = 256;  ///< rows between progress calls
}

bool ResultsDb::readStars(std::vector<StarRow>& rows, std::string& why, const RowProgress& progress) const
{
    rows.clear();
    const long long total = progress ? d->scalar(QStringLiteral("SELECT count(*) FROM batch_stars")) : 0;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT star_key, label, object_name, mission, target_id, status, error_code, error_detail, n_files,"
            " n_analysed, n_skipped, n_points, baseline_days, n_candidates, best_period_days, best_t0_bjd,"
            " best_depth_ppm, best_snr, best_sde, flags, seconds, files_json FROM batch_stars ORDER BY star_key"))) {
        why = query.lastError().text().toStdString();
        return false;
    }
    rows.reserve(std::size_t(std::max(0LL, total)));
    while (query.next()) {
        if (progress && rows.size() % kProgressEvery == 0 && !progress((long long)rows.size(), total)) {
            why = "cancelled";
            return false;
        }
        StarRow r;
        int i = 0;
        r.key = s(query.value(i++));
        r.label = s(query.value(i++));
        r.objectName = s(query.value(i++));
        r.mission = s(query.value(i++));
        r.targetId = query.value(i++).toLongLong();
        r.status = s(query.value(i++));
        r.errorCode = s(query.value(i++));
        r.errorDetail = s(query.value(i++));
        r.nFiles = query.value(i++).toInt();
        r.nAnalysed = query.value(i++).toInt();
        r.nSkipped = query.value(i++).toInt();
        r.nPoints = query.value(i++).toLongLong();
        r.baselineDays = query.value(i++).toDouble();
        r.nCandidates = query.value(i++).toInt();
        auto opt = [&](double& out) {
            const QVariant v = query.value(i++);
            out = v.isNull() ? NAN : v.toDouble();
        };
        opt(r.bestPeriodDays);
        opt(r.bestT0Bjd);
        opt(r.bestDepthPpm);
        opt(r.bestSnr);
        opt(r.bestSde);
        r.flags = s(query.value(i++));
        r.seconds = query.value(i++).toDouble();
        for (const auto& f : QJsonDocument::fromJson(query.value(i++).toString().toUtf8()).array()) {
            r.files.push_back(f.toObject().value(QStringLiteral("path")).toString().toStdString());
            r.sha256.push_back(f.toObject().value(QStringLiteral("sha256")).toString().toStdString());
        }
        rows.push_back(std::move(r));
    }
    if (query.lastError().isValid()) {  // a page that cannot be read mid-way
        why = query.lastError().text().toStdString();
        return false;
    }
    return true;
}

bool ResultsDb::readCandidates(std::vector<CandidateRow>& rows, std::string& why, const RowProgress& progress) const
{
    rows.clear();
    const long long total = progress ? d->scalar(QStringLiteral("SELECT count(*) FROM candidates")) : 0;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT mission, target_id, target_label, object_name, rank, period_days, t0, t0_bjd, duration_hours,"
            " depth_ppm, depth_err_ppm, snr, sde, n_transits, odd_even_sigma, secondary_depth_ppm, time_system,"
            " vetting_flags FROM candidates ORDER BY mission, target_id, rank, period_days"))) {
        why = query.lastError().text().toStdString();
        return false;
    }
    rows.reserve(std::size_t(std::max(0LL, total)));
    while (query.next()) {
        if (progress && rows.size() % kProgressEvery == 0 && !progress((long long)rows.size(), total)) {
            why = "cancelled";
            return false;
        }
        CandidateRow r;
        int i = 0;
        auto dbl = [&] {
            const QVariant v = query.value(i++);
            return v.isNull() ? NAN : v.toDouble();
        };
        r.mission = s(query.value(i++));
        r.targetId = query.value(i++).toLongLong();
        r.targetLabel = s(query.value(i++));
        r.objectName = s(query.value(i++));
        r.rank = query.value(i++).toInt();
        r.periodDays = dbl();
        r.t0 = dbl();
        r.t0Bjd = dbl();
        r.durationHours = dbl();
        r.depthPpm = dbl();
        r.depthErrPpm = dbl();
        r.snr = dbl();
        r.sde = dbl();
        r.nTransits = query.value(i++).toInt();
        r.oddEvenSigma = dbl();
        r.secondaryDepthPpm = dbl();
        r.timeSystem = s(query.value(i++));
        r.flags = s(query.value(i++));
        std::replace(r.flags.begin(), r.flags.end(), ' ', ';');  // the store separates them by spaces
        rows.push_back(std::move(r));
    }
    if (query.lastError().isValid()) {
        why = query.lastError().text().toStdString();
        return false;
    }
    return true;
}

bool writeSummaryCsv(const std::vector<StarRow>& stars, const std::vector<CandidateRow>& candidates,
                     const std::string& starsPath, const std::string& candidatesPath, std::string& why)
{
    {
        std::ofstream f(starsPath + ".tmp", std::ios::trunc);
        f << "star,object,mission,target_id,status,error,n_files,n_analysed,n_skipped,n_points,baseline_days,"
             "n_candidates,best_period_days,best_t0_bjd,best_depth_ppm,best_snr,best_sde,flags,seconds\n";
        for (const auto& r : stars) {
            const std::string error = r.errorCode.empty() ? "" : r.errorCode + ": " + r.errorDetail;
            f << csvField(r.label) << ',' << csvField(r.objectName) << ',' << r.mission << ','
              << (r.targetId >= 0 ? std::to_string(r.targetId) : "") << ',' << r.status << ',' << csvField(error) << ','
              << r.nFiles << ',' << r.nAnalysed << ',' << r.nSkipped << ',' << r.nPoints << ','
              << csvNum(r.baselineDays, 4) << ',' << r.nCandidates << ',' << csvNum(r.bestPeriodDays, 6) << ','
              << csvNum(r.bestT0Bjd, 6) << ',' << csvNum(r.bestDepthPpm, 1) << ',' << csvNum(r.bestSnr, 2) << ','
              << csvNum(r.bestSde, 2) << ',' << csvField(r.flags) << ',' << csvNum(r.seconds, 3) << '\n';
        }
        f.close();
        if (!f || std::rename((starsPath + ".tmp").c_str(), starsPath.c_str()) != 0) {
            why = starsPath + ": cannot write";
            return false;
        }
    }
    std::ofstream f(candidatesPath + ".tmp", std::ios::trunc);
    f << "star,object,mission,target_id,rank,period_days,t0_bjd,t0,time_system,duration_hours,depth_ppm,"
         "depth_err_ppm,snr,sde,n_transits,odd_even_sigma,secondary_depth_ppm,flags\n";
    for (const auto& c : candidates)
        f << csvField(c.targetLabel) << ',' << csvField(c.objectName) << ',' << c.mission << ',' << c.targetId << ','
          << c.rank << ',' << csvNum(c.periodDays, 8) << ',' << csvNum(c.t0Bjd, 6) << ',' << csvNum(c.t0, 6) << ','
          << c.timeSystem << ',' << csvNum(c.durationHours, 4) << ',' << csvNum(c.depthPpm, 2) << ','
          << csvNum(c.depthErrPpm, 2) << ',' << csvNum(c.snr, 3) << ',' << csvNum(c.sde, 3) << ',' << c.nTransits << ','
          << csvNum(c.oddEvenSigma, 3) << ',' << csvNum(c.secondaryDepthPpm, 2) << ',' << csvField(c.flags) << '\n';
    f.close();
    if (!f || std::rename((candidatesPath + ".tmp").c_str(), candidatesPath.c_str()) != 0) {
        why = candidatesPath + ": cannot write";
        return false;
    }
    return true;
}

}  // namespace exo::batchrun
