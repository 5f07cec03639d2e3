#pragma once
/// @file candidate_store.h
/// CandidateStore: the durable candidate log, an embedded SQLite database
/// (QtSql, WAL journal, busy timeout, versioned schema with migrations).
///
/// Durability: every write is one IMMEDIATE transaction with synchronous=FULL,
/// so a committed candidate survives a killed process (and a power cut), and
/// several processes may write the same file at once (they queue on the
/// busy timeout). A store written by a newer schema is refused, an older one
/// is migrated in place, and a file that is not a store gives a clear error.
///
/// Threading: one CandidateStore per thread (its QSqlDatabase connection
/// belongs to the thread that opened it). Not copyable.

#include "store/candidate_entry.h"

#include <QList>
#include <QString>

#include <memory>

namespace exo::store {

/// Why a store operation failed.
enum class StoreError {
    None,
    CannotOpen,     ///< folder missing / no permission / SQLite could not open the file
    NotADatabase,   ///< the file is not an SQLite database (garbage, another format)
    Corrupt,        ///< an SQLite file that fails its integrity check
    NewerSchema,    ///< written by a newer version of the application
    ForeignSchema,  ///< an SQLite database of something else
    Busy,           ///< another process held the lock longer than the busy timeout
    Sql,            ///< any other database error
    NotFound,       ///< no such candidate
    InvalidEntry,   ///< missing star or period
    NotOpen,
};

/// A status with a sentence for the user (translated through QCoreApplication).
struct StoreStatus {
    StoreError code = StoreError::None;
    QString message;  ///< empty when ok
    bool ok() const { return code == StoreError::None; }
};

/// What `upsert` does with the annotation of a candidate already in the store.
enum class AnnotationPolicy {
    Keep,     ///< a re-search: new measurements, the user's flag/disposition/note stay
    Replace,  ///< an import or an edit: the entry's annotation wins
};

/// Which candidates `list` returns.
struct StoreFilter {
    bool flaggedOnly = false;
    QString mission;      ///< empty = every mission
    qint64 targetId = 0;  ///< 0 = every star
};

class CandidateStore {
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr int kApplicationId = 0x45584F57;  ///< 'EXOW' in PRAGMA application_id
    static constexpr int kBusyTimeoutMs = 15000;

    CandidateStore();
    ~CandidateStore();
    CandidateStore(const CandidateStore&) = delete;
    CandidateStore& operator=(const CandidateStore&) = delete;

    /// `candidates.sqlite` in the user's data folder (QStandardPaths::AppDataLocation); under
    /// QStandardPaths' test mode, a fresh per-process file.
    static QString defaultPath();

    /// Opens (creating the file and its folder when missing) and migrates.
    StoreStatus open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const;
    /// PRAGMA user_version of the open store.
    int schemaVersion() const;

    /// Inserts each entry, or updates the record of the same star and signal
    /// (period within 0.1 %, consistent epoch). Sets each entry's id. One transaction.
    StoreStatus upsert(QList<CandidateEntry>& entries, AnnotationPolicy policy = AnnotationPolicy::Keep);
    StoreStatus upsert(CandidateEntry& entry, AnnotationPolicy policy = AnnotationPolicy::Keep);

    /// Sets the annotation (and author) of one record; updates its timestamp.
    StoreStatus setAnnotation(qint64 id, const Annotation& annotation, const QString& author = {});

    /// The record of the same star and signal as `probe`, if any.
    std::optional<CandidateEntry> findSame(const CandidateEntry& probe, StoreStatus* status = nullptr) const;
    std::optional<CandidateEntry> get(qint64 id, StoreStatus* status = nullptr) const;
    /// Records by star, then period.
    QList<CandidateEntry> list(const StoreFilter& filter = {}, StoreStatus* status = nullptr) const;
    StoreStatus remove(qint64 id);
    /// Number of records (-1 on error).
    qint64 count() const;

    /// For a file that keeps more than candidates (the batch results store adds its own
    /// tables): the QSqlDatabase connection of this store, so the owner runs its statements
    /// on the same connection, in the same transactions.
    QString connectionName() const;
    /// Replaces every record of one star (mission + target id) by `entries`, inserted as they
    /// are (the candidates of one search: no same-signal matching), inside the caller's
    /// transaction (no BEGIN/COMMIT here, so the caller commits them with its own rows).
    /// Sets each entry's id and timestamps.
    StoreStatus replaceStarRecords(const QString& mission, qint64 targetId, QList<CandidateEntry>& entries);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace exo::store
