#include "store/candidate_store.h"

#include "store/entry_json.h"
#include "store/store_rows.h"
#include "store/signal_match.h"
#include "store/store_schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QThread>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>

namespace exo::store {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("exo::store", s); }

StoreStatus fail(StoreError code, const QString& message) { return {code, message}; }

using namespace rows;

bool isBusy(const QSqlError& e)
{
    const QString c = e.nativeErrorCode();
    return c == QLatin1String("5") || c == QLatin1String("6");
}

QAtomicInteger<quint64> g_connectionCounter;

}  // namespace

struct CandidateStore::Impl {
    QString connection;
    QString path;
    int version = 0;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    StoreStatus sqlFailure(const QSqlError& e, const char* what) const
    {
        if (isBusy(e))
            return fail(StoreError::Busy, tr("The candidate store %1 is busy (another program kept it locked for "
                                             "more than %2 s).")
                                              .arg(QDir::toNativeSeparators(path))
                                              .arg(kBusyTimeoutMs / 1000));
        return fail(StoreError::Sql, tr("Candidate store %1: %2 failed: %3")
                                         .arg(QDir::toNativeSeparators(path), QString::fromLatin1(what), e.text()));
    }

    // BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy
    // timeout), so a read-then-write upsert cannot deadlock with another writer.
    StoreStatus begin() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlFailure(q.lastError(), "begin");
        return {};
    }
    StoreStatus commit() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const auto st = sqlFailure(q.lastError(), "commit");
            rollback();
            return st;
        }
        return {};
    }
    void rollback() const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("ROLLBACK"));
    }

    std::optional<CandidateEntry> findSame(const CandidateEntry& probe, StoreStatus& st) const
    {
        QSqlQuery q(db());
        q.prepare(kSelect + QStringLiteral(" WHERE mission = ? AND target_id = ? AND period_days BETWEEN ? AND ?"));
        const MatchTolerance tol;
        q.addBindValue(probe.mission);
        q.addBindValue(probe.targetId);
        q.addBindValue(probe.periodDays * (1 - tol.periodRelative));
        q.addBindValue(probe.periodDays * (1 + tol.periodRelative));
        if (!q.exec()) {
            st = sqlFailure(q.lastError(), "select");
            return std::nullopt;
        }
        std::optional<CandidateEntry> best;
        double bestDiff = 0;
        const Ephemeris a{probe.periodDays, probe.t0Bjd, probe.durationHours, probe.periodErrDays, probe.t0ErrDays};
        while (q.next()) {
            CandidateEntry e = readRow(q);
            const Ephemeris b{e.periodDays, e.t0Bjd, e.durationHours, e.periodErrDays, e.t0ErrDays};
            if (!matchSignals(a, b, tol).match)
                continue;
            const double diff = std::abs(e.periodDays / probe.periodDays - 1);
            if (!best || diff < bestDiff) {
                best = std::move(e);
                bestDiff = diff;
            }
        }
        return best;
    }

    StoreStatus upsertOne(CandidateEntry& e, AnnotationPolicy policy) const
    {
        if (e.mission.isEmpty() || e.targetId <= 0 || !(e.periodDays > 0) || !std::isfinite(e.t0Bjd))
            return fail(StoreError::InvalidEntry,
                        tr("A candidate needs a mission, a target id, a period and an epoch."));
        StoreStatus st;
        const auto existing = findSame(e, st);
        if (!st.ok())
            return st;
        const QString now = isoNow();
        QSqlQuery q(db());
        if (existing) {
            QStringList sets;
            QVariantList values = measuredValues(e, now);
            QStringList cols = kColumns;
            if (policy == AnnotationPolicy::Replace) {
                cols += kAnnotationColumns;
                values += annotationValues(e);
            } else if (!e.author.isEmpty()) {
                cols += QStringLiteral("author");
                values += e.author;
            }
            for (const auto& c : cols)
                sets << c + QStringLiteral(" = ?");
            q.prepare(QStringLiteral("UPDATE candidates SET ") + sets.join(QStringLiteral(", "))
                      + QStringLiteral(" WHERE id = ?"));
            for (const auto& v : values)
                q.addBindValue(v);
            q.addBindValue(existing->id);
            if (!q.exec())
                return sqlFailure(q.lastError(), "update");
            e.id = existing->id;
            e.createdUtc = existing->createdUtc;
            if (policy == AnnotationPolicy::Keep) {
                e.annotation = existing->annotation;
                if (e.author.isEmpty())
                    e.author = existing->author;
            }
        } else {
            if (auto ins = insertOne(e, now); !ins.ok())
                return ins;
        }
        e.updatedUtc = QDateTime::fromString(now, Qt::ISODateWithMs);
        return {};
    }

    StoreStatus insertOne(CandidateEntry& e, const QString& now) const
    {
        const QStringList cols = kColumns + kAnnotationColumns + QStringList{QStringLiteral("created_utc")};
        QStringList marks;
        for (qsizetype i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO candidates (") + cols.join(QStringLiteral(", "))
                  + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
        for (const auto& v : measuredValues(e, now) + annotationValues(e))
            q.addBindValue(v);
        q.addBindValue(now);
        if (!q.exec())
            return sqlFailure(q.lastError(), "insert");
        e.id = q.lastInsertId().toLongLong();
        e.createdUtc = e.updatedUtc = QDateTime::fromString(now, Qt::ISODateWithMs);
        return {};
    }
};

CandidateStore::CandidateStore() : d(std::make_unique<Impl>())
{
    d->connection = QStringLiteral("exostore-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

CandidateStore::~CandidateStore() { close(); }

QString CandidateStore::defaultPath()
{
    // Under QStandardPaths' test mode every process gets its own store, removed at exit:
    // test programs never see each other's flags (nor a previous run's), and never the user's.
    if (QStandardPaths::isTestModeEnabled()) {
        static QTemporaryDir perProcess;
        return perProcess.filePath(QStringLiteral("candidates.sqlite"));
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/candidates.sqlite");
}

bool CandidateStore::isOpen() const { return d->db().isOpen(); }
QString CandidateStore::path() const { return d->path; }
int CandidateStore::schemaVersion() const { return d->version; }

void CandidateStore::close()
{
    if (QSqlDatabase::contains(d->connection)) {
        {
            QSqlDatabase db = d->db();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
}

StoreStatus CandidateStore::open(const QString& path)
{
    close();
    d->path = path;
    d->version = 0;
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo fi(path);
    if (fi.exists() && fi.isDir())
        return fail(StoreError::CannotOpen, tr("%1 is a folder, not a candidate store file.").arg(shown));
    if (fi.exists() && fi.size() > 0) {
        // An SQLite file starts with this 16-byte magic string; anything else is not ours.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(StoreError::CannotOpen,
                        tr("Cannot read the candidate store %1: %2").arg(shown, f.errorString()));
        const QByteArray head = f.read(100);
        if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
            return fail(StoreError::NotADatabase,
                        tr("%1 is not a candidate store: it is not an SQLite database (damaged, or another kind of "
                           "file).")
                            .arg(shown));
    }
    if (!QDir().mkpath(fi.absolutePath()))
        return fail(StoreError::CannotOpen, tr("Cannot create the folder %1 for the candidate store.")
                                                .arg(QDir::toNativeSeparators(fi.absolutePath())));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(d->connection);
        return fail(StoreError::CannotOpen, tr("The SQLite driver of Qt (QSQLITE) is not installed."));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        close();
        return fail(StoreError::CannotOpen, tr("Cannot open the candidate store %1: %2").arg(shown, why));
    }
    auto bail = [&](StoreStatus st) {
        db = QSqlDatabase();
        close();
        return st;
    };
    // While another process creates the store or switches it to WAL, SQLite can answer
    // SQLITE_BUSY at once, without waiting on the busy timeout (its deadlock avoidance):
    // the statements of open() are retried until the same timeout.
    QElapsedTimer waited;
    waited.start();
    auto execWait = [&](QSqlQuery& q, const QString& sql) {
        for (;;) {
            if (q.exec(sql))
                return true;
            if (!isBusy(q.lastError()) || waited.elapsed() > kBusyTimeoutMs)
                return false;
            QThread::msleep(20);
        }
    };
    auto pragmaInt = [&](const char* name, bool& ok) {
        QSqlQuery q(db);
        ok = execWait(q, QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next();
        return ok ? q.value(0).toInt() : 0;
    };
    auto damaged = [&](const QSqlError& e) {
        return fail(StoreError::Corrupt, tr("The candidate store %1 is damaged and cannot be read (%2). Move it "
                                            "away to start a new one; a backup copy can be opened with --store.")
                                             .arg(shown, e.text()));
    };
    bool ok = false;
    StoreStatus early;
    {
        QSqlQuery q(db);
        if (!execWait(q, QStringLiteral("PRAGMA journal_mode=WAL")))
            early = isBusy(q.lastError()) ? d->sqlFailure(q.lastError(), "open") : damaged(q.lastError());
    }
    if (!early.ok())
        return bail(early);
    {
        QSqlQuery q(db);
        execWait(q, QStringLiteral("PRAGMA synchronous=FULL"));
    }
    const int appId = pragmaInt("application_id", ok);
    const int version = ok ? pragmaInt("user_version", ok) : 0;
    if (!ok)
        return bail(damaged(db.lastError()));
    if (version > kSchemaVersion)
        return bail(fail(StoreError::NewerSchema,
                         tr("The candidate store %1 was written by a newer version of ExoWorld Explorer (store format "
                            "%2; this version reads up to %3). Update ExoWorld Explorer, or use another store.")
                             .arg(shown)
                             .arg(version)
                             .arg(kSchemaVersion)));
    const bool hasTables = [&] {
        QSqlQuery q(db);
        return execWait(q, QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0;
    }();
    if ((appId != 0 && appId != kApplicationId) || (appId == 0 && hasTables))
        return bail(
            fail(StoreError::ForeignSchema,
                 tr("%1 is an SQLite database of another program, not an ExoWorld candidate store.").arg(shown)));
    {
        QSqlQuery q(db);
        if (!execWait(q, QStringLiteral("PRAGMA quick_check")) || !q.next())
            early = damaged(q.lastError());
        else if (q.value(0).toString() != QLatin1String("ok")) {
            // quick_check lists every damaged page (hundreds of lines on a garbled file): the
            // first two say what it is; the message stays a readable sentence.
            const QStringList lines = q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QString detail = lines.mid(0, 2).join(QStringLiteral("; "));
            if (lines.size() > 2)
                detail += QStringLiteral("; …");
            early = damaged(QSqlError(QString(), detail));
        }
    }
    if (!early.ok())
        return bail(early);
    if (version < kSchemaVersion) {
        if (auto st = d->begin(); !st.ok())
            return bail(st);
        // Another process may have created or migrated it while we waited for the lock.
        const int now = pragmaInt("user_version", ok);
        if (ok && now < kSchemaVersion) {
            const QString err = schema::createOrMigrate(db, now, kSchemaVersion);
            if (!err.isEmpty()) {
                d->rollback();
                return bail(
                    fail(StoreError::Sql,
                         tr("Cannot upgrade the candidate store %1 from format %2: %3").arg(shown).arg(now).arg(err)));
            }
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        if (auto st = d->commit(); !st.ok())
            return bail(st);
    }
    d->version = pragmaInt("user_version", ok);
    return {};
}

StoreStatus CandidateStore::upsert(QList<CandidateEntry>& entries, AnnotationPolicy policy)
{
    if (!isOpen())
        return fail(StoreError::NotOpen, tr("No candidate store is open."));
    if (auto st = d->begin(); !st.ok())
        return st;
    for (auto& e : entries) {
        if (auto st = d->upsertOne(e, policy); !st.ok()) {
            d->rollback();
            return st;
        }
    }
    return d->commit();
}

StoreStatus CandidateStore::upsert(CandidateEntry& entry, AnnotationPolicy policy)
{
    QList<CandidateEntry> one{entry};
    auto st = upsert(one, policy);
    entry = one.front();
    return st;
}

StoreStatus CandidateStore::setAnnotation(qint64 id, const Annotation& a, const QString& author)
{
    if (!isOpen())
        return fail(StoreError::NotOpen, tr("No candidate store is open."));
    if (auto st = d->begin(); !st.ok())
        return st;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE candidates SET flagged = ?, disposition = ?, fp_reason = ?, note = ?,"
                             " author = CASE WHEN ? = '' THEN author ELSE ? END, updated_utc = ? WHERE id = ?"));
    q.addBindValue(a.flagged ? 1 : 0);
    q.addBindValue(dispositionKey(a.disposition));
    q.addBindValue(sqlText(a.fpReason));
    q.addBindValue(sqlText(a.note));
    q.addBindValue(sqlText(author));
    q.addBindValue(sqlText(author));
    q.addBindValue(isoNow());
    q.addBindValue(id);
    if (!q.exec()) {
        const auto st = d->sqlFailure(q.lastError(), "update");
        d->rollback();
        return st;
    }
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) {
        d->rollback();
        return fail(StoreError::NotFound, tr("No candidate %1 in the store.").arg(id));
    }
    return d->commit();
}

std::optional<CandidateEntry> CandidateStore::findSame(const CandidateEntry& probe, StoreStatus* status) const
{
    StoreStatus st;
    std::optional<CandidateEntry> r;
    if (!isOpen())
        st = fail(StoreError::NotOpen, tr("No candidate store is open."));
    else
        r = d->findSame(probe, st);
    if (status)
        *status = st;
    return r;
}

std::optional<CandidateEntry> CandidateStore::get(qint64 id, StoreStatus* status) const
{
    StoreStatus st;
    std::optional<CandidateEntry> r;
    if (!isOpen()) {
        st = fail(StoreError::NotOpen, tr("No candidate store is open."));
    } else {
        QSqlQuery q(d->db());
        q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            st = d->sqlFailure(q.lastError(), "select");
        else if (q.next())
            r = readRow(q);
        else
            st = fail(StoreError::NotFound, tr("No candidate %1 in the store.").arg(id));
    }
    if (status)
        *status = st;
    return r;
}

QList<CandidateEntry> CandidateStore::list(const StoreFilter& filter, StoreStatus* status) const
{
    StoreStatus st;
    QList<CandidateEntry> out;
    if (!isOpen()) {
        st = fail(StoreError::NotOpen, tr("No candidate store is open."));
    } else {
        QStringList where;
        QVariantList binds;
        if (filter.flaggedOnly)
            where << QStringLiteral("flagged != 0");
        if (!filter.mission.isEmpty()) {
            where << QStringLiteral("mission = ?");
            binds << filter.mission;
        }
        if (filter.targetId > 0) {
            where << QStringLiteral("target_id = ?");
            binds << filter.targetId;
        }
        QString sql = kSelect;
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY mission, target_id, period_days");
        QSqlQuery q(d->db());
        q.prepare(sql);
        for (const auto& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            st = d->sqlFailure(q.lastError(), "select");
        else
            while (q.next())
                out.append(readRow(q));
    }
    if (status)
        *status = st;
    return out;
}

StoreStatus CandidateStore::remove(qint64 id)
{
    if (!isOpen())
        return fail(StoreError::NotOpen, tr("No candidate store is open."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return d->sqlFailure(q.lastError(), "delete");
    if (q.numRowsAffected() == 0)
        return fail(StoreError::NotFound, tr("No candidate %1 in the store.").arg(id));
    return {};
}

qint64 CandidateStore::count() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM candidates")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString CandidateStore::connectionName() const { return d->connection; }

StoreStatus CandidateStore::replaceStarRecords(const QString& mission, qint64 targetId, QList<CandidateEntry>& entries)
{
    if (!isOpen())
        return fail(StoreError::NotOpen, tr("No candidate store is open."));
    QSqlQuery del(d->db());
    del.prepare(QStringLiteral("DELETE FROM candidates WHERE mission = ? AND target_id = ?"));
    del.addBindValue(sqlText(mission));
    del.addBindValue(targetId);
    if (!del.exec())
        return d->sqlFailure(del.lastError(), "delete");
    const QString now = isoNow();
    for (auto& e : entries) {
        if (!(e.periodDays > 0))
            return fail(StoreError::InvalidEntry,
                        tr("A candidate needs a mission, a target id, a period and an epoch."));
        if (auto st = d->insertOne(e, now); !st.ok())
            return st;
    }
    return {};
}

}  // namespace exo::store
