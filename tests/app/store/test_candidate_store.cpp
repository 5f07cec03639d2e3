// CandidateStore: records, upsert per star + signal, annotations, schema
// versions (newer refused, older migrated) and damaged files.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "store/candidate_store.h"
#include "store/signal_match.h"
#include "store/store_schema.h"

using namespace exo::store;

class TestCandidateStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathInAppData();
    void roundTrip();
    void reFoundSignalUpdates();
    void differentSignalsInsert();
    void annotationKeptOrReplaced();
    void filterAndRemove();
    void signalMatching_data();
    void signalMatching();
    void newerSchemaRefused();
    void olderSchemaMigrated();
    void garbageFileRefused();
    void damagedDatabaseRefused();
    void foreignDatabaseRefused();
    void invalidEntryRejected();

private:
    QTemporaryDir m_dir;
    QString fresh(const char* name) { return m_dir.filePath(QString::fromLatin1(name)); }
};

namespace {
CandidateEntry sample(double period = 3.2, double t0Bjd = 2459001.25)
{
    CandidateEntry e;
    e.mission = QStringLiteral("TESS");
    e.targetId = 261136679;
    e.targetLabel = QStringLiteral("TIC 261136679");
    e.objectName = QStringLiteral("pi Men");
    e.files = {{QStringLiteral("/data/a.fits"), QStringLiteral("ab12")}};
    e.softwareVersion = QStringLiteral("0.1.0");
    e.settings =
        QJsonObject{{QStringLiteral("detrend"), QStringLiteral("biweight")}, {QStringLiteral("window_days"), 0.75}};
    e.timeSystem = QStringLiteral("BTJD");
    e.bjdReference = 2457000;
    e.rank = 1;
    e.periodDays = period;
    e.periodErrDays = 2e-5;
    e.t0Bjd = t0Bjd;
    e.t0 = t0Bjd - 2457000;
    e.t0ErrDays = 4e-4;
    e.durationHours = 3.0;
    e.depthPpm = 300;
    e.depthErrPpm = 12;
    e.snr = 18.5;
    e.sde = 14.1;
    e.nTransits = 8;
    e.oddEvenSigma = 0.7;
    e.vetting = QJsonObject{{QStringLiteral("odd_even_sigma"), 0.7}};
    e.vettingFlags = {QStringLiteral("centroid_offset")};
    e.author = QStringLiteral("ada");
    return e;
}
}  // namespace

void TestCandidateStore::defaultPathInAppData()
{
    // The user's data folder normally; under test mode a per-process file elsewhere, so no
    // test run sees another's (or the user's) store.
    const QString testPath = CandidateStore::defaultPath();
    QVERIFY(testPath.endsWith(QStringLiteral("/candidates.sqlite")));
    QVERIFY(!testPath.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(CandidateStore::defaultPath(), testPath);  // the same for the whole process
    QStandardPaths::setTestModeEnabled(false);
    const QString p = CandidateStore::defaultPath();
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(p.startsWith(appData));
    QVERIFY(p.endsWith(QStringLiteral("/candidates.sqlite")));
}

void TestCandidateStore::roundTrip()
{
    CandidateStore s;
    auto st = s.open(fresh("rt/nested/store.sqlite"));  // creates the folders
    QVERIFY2(st.ok(), qPrintable(st.message));
    QCOMPARE(s.schemaVersion(), CandidateStore::kSchemaVersion);
    CandidateEntry e = sample();
    e.durationErrHours = kUnknown;
    QVERIFY(s.upsert(e).ok());
    QVERIFY(e.id > 0);
    const auto back = s.get(e.id);
    QVERIFY(back);
    QCOMPARE(back->mission, e.mission);
    QCOMPARE(back->targetId, e.targetId);
    QCOMPARE(back->objectName, e.objectName);
    QCOMPARE(back->files, e.files);
    QCOMPARE(back->settings, e.settings);
    QCOMPARE(back->periodDays, e.periodDays);
    QCOMPARE(back->t0Bjd, e.t0Bjd);
    QCOMPARE(back->periodErrDays, e.periodErrDays);
    QVERIFY(std::isnan(back->durationErrHours));  // unknown stays unknown (NULL)
    QCOMPARE(back->vetting, e.vetting);
    QCOMPARE(back->vettingFlags, e.vettingFlags);
    QCOMPARE(back->author, e.author);
    QVERIFY(back->createdUtc.isValid());
    QCOMPARE(back->createdUtc, back->updatedUtc);
}

void TestCandidateStore::reFoundSignalUpdates()
{
    CandidateStore s;
    QVERIFY(s.open(fresh("refound.sqlite")).ok());
    CandidateEntry a = sample(3.2, 2459001.25);
    QVERIFY(s.upsert(a).ok());
    // The same planet from another run: period 0.05 % off, epoch 10 transits later.
    CandidateEntry b = sample(3.2016, 2459001.25 + 10 * 3.2 + 0.01);
    b.snr = 21;
    QVERIFY(s.upsert(b).ok());
    QCOMPARE(b.id, a.id);
    QCOMPARE(s.count(), 1);
    QCOMPARE(s.get(a.id)->snr, 21.0);
    QCOMPARE(s.get(a.id)->createdUtc, a.createdUtc);
}

void TestCandidateStore::differentSignalsInsert()
{
    CandidateStore s;
    QVERIFY(s.open(fresh("different.sqlite")).ok());
    CandidateEntry a = sample(3.2, 2459001.25);
    CandidateEntry halfPhase = sample(3.2, 2459001.25 + 1.6);  // same period, epoch at phase 0.5
    CandidateEntry otherPeriod = sample(3.21, 2459001.25);     // 0.3 % off
    CandidateEntry otherStar = sample();
    otherStar.targetId = 42;
    QList<CandidateEntry> all{a, halfPhase, otherPeriod, otherStar};
    QVERIFY(s.upsert(all).ok());
    QCOMPARE(s.count(), 4);
}

void TestCandidateStore::annotationKeptOrReplaced()
{
    CandidateStore s;
    QVERIFY(s.open(fresh("annotation.sqlite")).ok());
    CandidateEntry a = sample();
    QVERIFY(s.upsert(a).ok());
    Annotation ann{true, Disposition::FalsePositive, QStringLiteral("secondary eclipse"), QStringLiteral("V-shaped")};
    QVERIFY(s.setAnnotation(a.id, ann, QStringLiteral("grace")).ok());
    // A re-search (Keep) brings new numbers and no annotation: the user's stays.
    CandidateEntry again = sample();
    again.author.clear();
    again.depthPpm = 310;
    QVERIFY(s.upsert(again, AnnotationPolicy::Keep).ok());
    QCOMPARE(again.annotation, ann);
    auto back = s.get(a.id);
    QCOMPARE(back->annotation, ann);
    QCOMPARE(back->author, QStringLiteral("grace"));
    QCOMPARE(back->depthPpm, 310.0);
    // An import (Replace) sets it.
    CandidateEntry imported = sample();
    imported.annotation = {false, Disposition::KnownPlanet, {}, QStringLiteral("pi Men c")};
    QVERIFY(s.upsert(imported, AnnotationPolicy::Replace).ok());
    QCOMPARE(s.get(a.id)->annotation, imported.annotation);
    QCOMPARE(s.setAnnotation(999, ann).code, StoreError::NotFound);
}

void TestCandidateStore::filterAndRemove()
{
    CandidateStore s;
    QVERIFY(s.open(fresh("filter.sqlite")).ok());
    QList<CandidateEntry> list{sample(1.5), sample(2.5), sample(4.5)};
    list[2].mission = QStringLiteral("Kepler");
    list[2].targetId = 11446443;
    list[1].annotation.flagged = true;
    QVERIFY(s.upsert(list, AnnotationPolicy::Replace).ok());
    QCOMPARE(s.list().size(), 3);
    QCOMPARE(s.list({true, {}, 0}).size(), 1);
    QCOMPARE(s.list({false, QStringLiteral("Kepler"), 0}).size(), 1);
    QCOMPARE(s.list({false, {}, 261136679}).size(), 2);
    QVERIFY(s.remove(list[0].id).ok());
    QCOMPARE(s.count(), 2);
    QCOMPARE(s.remove(list[0].id).code, StoreError::NotFound);
}

void TestCandidateStore::signalMatching_data()
{
    QTest::addColumn<double>("pa");
    QTest::addColumn<double>("ta");
    QTest::addColumn<double>("pb");
    QTest::addColumn<double>("tb");
    QTest::addColumn<int>("harmonic");
    QTest::addColumn<bool>("match");
    QTest::addColumn<int>("num");
    QTest::addColumn<int>("den");
    const double t = 2455000.0;
    QTest::newRow("identical") << 10.0 << t << 10.0 << t << 1 << true << 1 << 1;
    QTest::newRow("0.09% and 20 epochs later") << 10.0 << t << 10.009 << t + 200.1 << 1 << true << 1 << 1;
    QTest::newRow("0.2% apart") << 10.0 << t << 10.02 << t << 1 << false << 0 << 0;
    QTest::newRow("epoch off by 0.3 P") << 10.0 << t << 10.0 << t + 3.0 << 1 << false << 0 << 0;
    QTest::newRow("double, harmonics off") << 20.0 << t << 10.0 << t << 1 << false << 0 << 0;
    QTest::newRow("double, harmonics on") << 20.0 << t << 10.0 << t + 10 << 5 << true << 2 << 1;
    QTest::newRow("third, harmonics on") << 10.0 / 3 << t << 10.0 << t << 5 << true << 1 << 3;
    QTest::newRow("3:2 is not a harmonic") << 15.0 << t << 10.0 << t << 5 << false << 0 << 0;
}

void TestCandidateStore::signalMatching()
{
    QFETCH(double, pa);
    QFETCH(double, ta);
    QFETCH(double, pb);
    QFETCH(double, tb);
    QFETCH(int, harmonic);
    QFETCH(bool, match);
    MatchTolerance tol;
    tol.maxHarmonic = harmonic;
    const auto m = matchSignals({pa, ta, 3.0}, {pb, tb, 3.0}, tol);
    QCOMPARE(m.match, match);
    if (match) {
        QTEST(m.ratioNum, "num");
        QTEST(m.ratioDen, "den");
    }
}

void TestCandidateStore::newerSchemaRefused()
{
    const QString path = fresh("newer.sqlite");
    {
        CandidateStore s;
        QVERIFY(s.open(path).ok());
        CandidateEntry e = sample();
        QVERIFY(s.upsert(e).ok());
    }
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 7"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    CandidateStore s;
    const auto st = s.open(path);
    QCOMPARE(st.code, StoreError::NewerSchema);
    QVERIFY2(st.message.contains(QStringLiteral("newer version")), qPrintable(st.message));
    QVERIFY(st.message.contains(QStringLiteral("format 7")));
    QVERIFY(!s.isOpen());
    // Refused means untouched.
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCandidateStore::olderSchemaMigrated()
{
    // A version-1 store as version 1 wrote it: session-style "PC" codes, no vetting columns.
    const QString path = fresh("v1.sqlite");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QString::fromLatin1(schema::kCreateV1)));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO candidates (mission, target_id, period_days, t0_bjd, flagged, disposition, note,"
            " created_utc, updated_utc) VALUES ('Kepler', 11446443, 2.47061, 2454955.7625, 1, 'PC', 'TrES-2 b',"
            " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(CandidateStore::kApplicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    CandidateStore s;
    const auto st = s.open(path);
    QVERIFY2(st.ok(), qPrintable(st.message));
    QCOMPARE(s.schemaVersion(), 2);
    const auto all = s.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].annotation.disposition, Disposition::PlanetCandidate);
    QCOMPARE(all[0].annotation.note, QStringLiteral("TrES-2 b"));
    QVERIFY(all[0].annotation.flagged);
    QVERIFY(all[0].vettingFlags.isEmpty());
    // The migrated store takes new-format records.
    CandidateEntry e = sample();
    QVERIFY(s.upsert(e).ok());
    QCOMPARE(s.count(), 2);
}

void TestCandidateStore::garbageFileRefused()
{
    const QString path = fresh("garbage.sqlite");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919) & 0xff));
    f.write(junk);
    f.close();
    CandidateStore s;
    const auto st = s.open(path);
    QCOMPARE(st.code, StoreError::NotADatabase);
    QVERIFY2(st.message.contains(QStringLiteral("not a candidate store")), qPrintable(st.message));
    QCOMPARE(QFileInfo(path).size(), qint64(4096));  // left alone
}

void TestCandidateStore::damagedDatabaseRefused()
{
    const QString path = fresh("damaged.sqlite");
    {
        CandidateStore s;
        QVERIFY(s.open(path).ok());
        QList<CandidateEntry> many;
        for (int i = 0; i < 200; ++i)
            many.append(sample(1.0 + i * 0.05));
        QVERIFY(s.upsert(many).ok());
        QSqlDatabase::database();  // no-op; the store closes below
    }
    // Checkpointed into the main file on close; overwrite its pages after the header.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8192);
    f.seek(100);
    f.write(QByteArray(int(f.size()) - 100, '\x5a'));
    f.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    CandidateStore s;
    const auto st = s.open(path);
    QVERIFY2(st.code == StoreError::Corrupt, qPrintable(st.message));
    QVERIFY2(st.message.contains(QStringLiteral("damaged")), qPrintable(st.message));
}

void TestCandidateStore::foreignDatabaseRefused()
{
    const QString path = fresh("foreign.sqlite");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CandidateStore s;
    const auto st = s.open(path);
    QCOMPARE(st.code, StoreError::ForeignSchema);
    QVERIFY(st.message.contains(QStringLiteral("another program")));
}

void TestCandidateStore::invalidEntryRejected()
{
    CandidateStore s;
    QVERIFY(s.open(fresh("invalid.sqlite")).ok());
    CandidateEntry e = sample();
    e.periodDays = kUnknown;
    QCOMPARE(s.upsert(e).code, StoreError::InvalidEntry);
    CandidateEntry closed = sample();
    CandidateStore notOpen;
    QCOMPARE(notOpen.upsert(closed).code, StoreError::NotOpen);
    QCOMPARE(s.count(), 0);
}

QTEST_GUILESS_MAIN(TestCandidateStore)
#include "test_candidate_store.moc"
