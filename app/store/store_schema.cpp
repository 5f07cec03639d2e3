#include "store/store_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace exo::store::schema {

const char* const kCreateV1 = "CREATE TABLE candidates ("
                              " id INTEGER PRIMARY KEY,"
                              " mission TEXT NOT NULL,"
                              " target_id INTEGER NOT NULL,"
                              " target_label TEXT NOT NULL DEFAULT '',"
                              " object_name TEXT NOT NULL DEFAULT '',"
                              " files_json TEXT NOT NULL DEFAULT '[]',"
                              " software_version TEXT NOT NULL DEFAULT '',"
                              " settings_json TEXT NOT NULL DEFAULT '{}',"
                              " time_system TEXT NOT NULL DEFAULT '',"
                              " bjd_reference REAL,"
                              " rank INTEGER NOT NULL DEFAULT 0,"
                              " period_days REAL NOT NULL,"
                              " period_err_days REAL,"
                              " t0 REAL,"
                              " t0_bjd REAL,"
                              " t0_err_days REAL,"
                              " duration_hours REAL,"
                              " duration_err_hours REAL,"
                              " depth_ppm REAL,"
                              " depth_err_ppm REAL,"
                              " snr REAL,"
                              " sde REAL,"
                              " n_transits INTEGER NOT NULL DEFAULT 0,"
                              " odd_even_sigma REAL,"
                              " secondary_depth_ppm REAL,"
                              " flagged INTEGER NOT NULL DEFAULT 0,"
                              " disposition TEXT NOT NULL DEFAULT '',"
                              " note TEXT NOT NULL DEFAULT '',"
                              " created_utc TEXT NOT NULL,"
                              " updated_utc TEXT NOT NULL)";

namespace {

QString run(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return q.lastError().text() + QStringLiteral(" [") + s.left(60) + QLatin1Char(']');
    }
    return {};
}

const QStringList kIndexes = {
    QStringLiteral("CREATE INDEX IF NOT EXISTS candidates_star ON candidates(mission, target_id, period_days)"),
};

// v1 -> v2: vetting results, false-positive reason, author; snake_case dispositions.
const QStringList kMigrate1to2 = {
    QStringLiteral("ALTER TABLE candidates ADD COLUMN vetting_json TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE candidates ADD COLUMN vetting_flags TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE candidates ADD COLUMN fp_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE candidates ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE candidates SET disposition = CASE upper(disposition)"
                   " WHEN 'PC' THEN 'planet_candidate' WHEN 'FP' THEN 'false_positive'"
                   " WHEN 'EB' THEN 'eclipsing_binary' WHEN 'KP' THEN 'known_planet'"
                   " WHEN 'CP' THEN 'known_planet' WHEN 'SYS' THEN 'systematics'"
                   " WHEN '' THEN 'unreviewed' ELSE lower(disposition) END"),
};

}  // namespace

QString createOrMigrate(QSqlDatabase& db, int fromVersion, int latestVersion)
{
    int v = fromVersion;
    if (v == 0) {
        if (QString e = run(db, {QString::fromLatin1(kCreateV1)}); !e.isEmpty())
            return e;
        v = 1;
    }
    while (v < latestVersion) {
        QString e;
        if (v == 1)
            e = run(db, kMigrate1to2);
        if (!e.isEmpty())
            return e;
        ++v;
    }
    return run(db, kIndexes);
}

}  // namespace exo::store::schema
