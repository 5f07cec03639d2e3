// exoworld-cli candidates list|export|merge and search --save, in process.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"
#include "real_data.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"

using namespace exo::store;

class TestCliCandidates : public QObject {
    Q_OBJECT
private slots:
    void usage();
    void searchSaveThenListExport();
    void exportFormats();
    void mergeThreeExports();
    void badStoresGiveClearErrors();

private:
    QTemporaryDir m_dir;
    std::string tmp(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }
    void fillStore(const std::string& path, const QString& author, double periodShift);
};

void TestCliCandidates::fillStore(const std::string& path, const QString& author, double periodShift)
{
    CandidateStore s;
    QVERIFY(s.open(QString::fromStdString(path)).ok());
    QList<CandidateEntry> list;
    for (int i = 0; i < 3; ++i) {
        CandidateEntry e;
        e.mission = i == 2 ? QStringLiteral("Kepler") : QStringLiteral("TESS");
        e.targetId = i == 2 ? 11446443 : 25155310;
        e.periodDays = (i == 0 ? 3.2888 : i == 1 ? 7.1 : 2.47063) * (1 + periodShift);
        e.t0Bjd = 2458327.527 + i;
        e.durationHours = 3.3;
        e.depthPpm = 6000;
        e.snr = 100 - i;
        e.author = author;
        e.annotation.flagged = i != 1;
        e.annotation.disposition = i == 0 ? Disposition::PlanetCandidate : Disposition::Unreviewed;
        list.append(e);
    }
    QVERIFY(s.upsert(list, AnnotationPolicy::Replace).ok());
}

void TestCliCandidates::usage()
{
    QCOMPARE(runCli({"candidates", "--help"}).code, 0);
    QCOMPARE(runCli({"candidates"}).code, 2);
    QCOMPARE(runCli({"candidates", "frobnicate"}).code, 2);
    QCOMPARE(runCli({"candidates", "export", "--store", tmp("u.sqlite"), "--format", "xls"}).code, 2);
    QCOMPARE(runCli({"candidates", "merge"}).code, 2);
    QCOMPARE(runCli({"candidates", "merge", tmp("missing.json")}).code, 3);
    QVERIFY(runCli({"--help"}).out.find("candidates") != std::string::npos);
    QVERIFY(runCli({"search", "--help"}).out.find("--save") != std::string::npos);
}

void TestCliCandidates::searchSaveThenListExport()
{
    EXO_REQUIRE_REAL_FILE(QStringLiteral("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"));
    const std::string wasp126 = realFile("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
    const std::string store = tmp("search.sqlite");
    const auto r = runCli({"search", wasp126, "--max-planets", "1", "--save", "--store", store, "--author", "ada"});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY(r.err.find("saved 1 candidate(s)") != std::string::npos);
    // Flag it, then search again: the same signal keeps its record and the flag.
    {
        CandidateStore s;
        QVERIFY(s.open(QString::fromStdString(store)).ok());
        const auto all = s.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].targetId, 25155310);
        QCOMPARE(all[0].files.size(), 1);
        QCOMPARE(all[0].files[0].sha256.size(), 64);
        QVERIFY(all[0].settings.contains(QStringLiteral("search")));
        QVERIFY(all[0].settings.contains(QStringLiteral("prepare")));
        QCOMPARE(all[0].author, QStringLiteral("ada"));
        // The vetting is stored with it, as search --json spells it (errors from measured noise).
        const QJsonObject noise = all[0].vetting.value(QStringLiteral("noise")).toObject();
        QVERIFY2(noise.value(QStringLiteral("white_ppm")).toDouble() > 100,
                 qPrintable(QJsonDocument(all[0].vetting).toJson()));
        QVERIFY(all[0].vetting.value(QStringLiteral("primary")).toObject().value(QStringLiteral("sigma")).toDouble()
                > 50);
        QVERIFY(all[0].vetting.contains(QStringLiteral("odd_even")));
        QVERIFY(!all[0].vettingFlags.contains(QStringLiteral("odd_even")));  // a planet: no odd/even flag
        // WASP-126 b: P = 3.2888 d (TOI-114.01).
        QVERIFY(std::abs(all[0].periodDays - 3.2888) < 0.01);
        QVERIFY(s.setAnnotation(all[0].id, {true, Disposition::KnownPlanet, {}, QStringLiteral("WASP-126 b")}).ok());
    }
    QCOMPARE(runCli({"search", wasp126, "--max-planets", "1", "--save", "--store", store, "--json"}).code, 0);
    const auto list = runCli({"candidates", "list", "--store", store, "--json"});
    QCOMPARE(list.code, 0);
    const auto cands = list.json().object()[QStringLiteral("candidates")].toArray();
    QCOMPARE(cands.size(), 1);
    QCOMPARE(cands[0].toObject()[QStringLiteral("disposition")].toString(), QStringLiteral("known_planet"));
    QCOMPARE(cands[0].toObject()[QStringLiteral("note")].toString(), QStringLiteral("WASP-126 b"));
    const auto text = runCli({"candidates", "list", "--store", store});
    QVERIFY(text.out.find("TIC 25155310.01") != std::string::npos);
    QVERIFY(text.out.find("known_planet") != std::string::npos);
}

void TestCliCandidates::exportFormats()
{
    const std::string store = tmp("export.sqlite");
    fillStore(store, QStringLiteral("ada"), 0);
    const auto csv = runCli({"candidates", "export", "--store", store});
    QCOMPARE(csv.code, 0);
    QCOMPARE(QString::fromStdString(csv.out).count(QLatin1Char('\n')), 4);
    const auto flagged = runCli({"candidates", "export", "--store", store, "--flagged", "--format", "csv"});
    QCOMPARE(QString::fromStdString(flagged.out).count(QLatin1Char('\n')), 3);
    const std::string out = tmp("export.json");
    QCOMPARE(runCli({"candidates", "export", "--store", store, "--format", "json", "--out", out}).code, 0);
    QFile f(QString::fromStdString(out));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<CandidateEntry> back;
    ExportInfo info;
    QVERIFY(fromJsonExport(f.readAll(), back, info, nullptr));
    QCOMPARE(back.size(), 3);
    const auto ctoi = runCli({"candidates", "export", "--store", store, "--format", "ctoi", "--author", "ada"});
    QCOMPARE(ctoi.code, 0);
    QCOMPARE(QString::fromStdString(ctoi.out).count(QLatin1Char('\n')), 2);  // the two TESS candidates
    QVERIFY(ctoi.err.find("KIC 11446443") != std::string::npos);             // the Kepler one is skipped, said so
    QCOMPARE(runCli({"candidates", "export", "--store", store, "--format", "ctoi", "--ctoi-template", "44"}).code, 2);
}

void TestCliCandidates::mergeThreeExports()
{
    std::vector<std::string> files;
    const char* authors[] = {"ada", "bob", "cy"};
    for (int i = 0; i < 3; ++i) {
        const std::string store = m_dir.filePath(QStringLiteral("m%1.sqlite").arg(i)).toStdString();
        fillStore(store, QString::fromLatin1(authors[i]), i * 2e-4);  // periods 0.02 % apart
        files.push_back(m_dir.filePath(QStringLiteral("m%1.json").arg(i)).toStdString());
        QCOMPARE(runCli({"candidates", "export", "--store", store, "--format", "json", "--author", authors[i], "--out",
                         files.back()})
                     .code,
                 0);
    }
    const auto r = runCli({"candidates", "merge", files[0], files[1], files[2], "--json"});
    QVERIFY2(r.code == 0, r.err.c_str());
    const auto groups = r.json().object()[QStringLiteral("groups")].toArray();
    QCOMPARE(groups.size(), 3);
    for (const auto& g : groups)
        QCOMPARE(g.toObject()[QStringLiteral("found_by")].toInt(), 3);
    const auto text = runCli({"candidates", "merge", files[0], files[1], files[2]});
    QVERIFY(text.out.find("9 candidate(s) from 3 export(s) in 3 group(s)") != std::string::npos);
    const auto csv = runCli({"candidates", "merge", files[0], files[1], files[2], "--format", "csv"});
    QVERIFY(csv.out.find("ada;bob;cy") != std::string::npos);
    const auto bad = runCli({"candidates", "merge", files[0], tmp("nope.json")});
    QCOMPARE(bad.code, 3);
    QVERIFY(bad.err.find("nope.json") != std::string::npos);
}

void TestCliCandidates::badStoresGiveClearErrors()
{
    const std::string garbage = tmp("garbage.sqlite");
    QFile g(QString::fromStdString(garbage));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(512, '\x13'));
    g.close();
    const auto r = runCli({"candidates", "list", "--store", garbage});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.find("not a candidate store") != std::string::npos, r.err.c_str());

    const std::string newer = tmp("newer.sqlite");
    fillStore(newer, QStringLiteral("ada"), 0);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(QString::fromStdString(newer));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 3"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const auto n = runCli({"candidates", "export", "--store", newer});
    QCOMPARE(n.code, 3);
    QVERIFY2(n.err.find("newer version of ExoWorld Explorer") != std::string::npos, n.err.c_str());
}

QTEST_GUILESS_MAIN(TestCliCandidates)
#include "test_cli_candidates.moc"
