#pragma once
/// @file store_schema.h
/// The store's schema history and migrations (internal to CandidateStore).
///
/// | user_version | change |
/// |---|---|
/// | 1 | `candidates` table: star, provenance, ephemeris, statistics, flag, disposition ("PC"/"FP" codes), note |
/// | 2 | adds `vetting_json`, `vetting_flags`, `fp_reason`, `author`; dispositions become snake_case keys |

#include <QSqlDatabase>
#include <QString>

namespace exo::store::schema {

/// The DDL of version 1 (kept so tests can build a version-1 store).
extern const char* const kCreateV1;

/// Creates the latest schema in an empty database, or migrates from `fromVersion`
/// (1..latest-1) to the latest. Runs inside the caller's transaction.
/// Returns an empty string on success, else the SQL error text.
QString createOrMigrate(QSqlDatabase& db, int fromVersion, int latestVersion);

}  // namespace exo::store::schema
