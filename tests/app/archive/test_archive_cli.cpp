// exoworld-cli fetch / planets against the loopback fixture server, and the
// known-planet match on Kepler-62 (real Q5 pixel file, real search).
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../cli/cli_runner.h"
#include "fixture_server.h"
#include "search/known_planets.h"

class TestArchiveCli : public QObject {
    Q_OBJECT
private:
    FixtureServer m_server;
    QTemporaryDir m_cache;

    void pointAt(const QString& url)
    {
        qputenv("EXOWORLD_MAST_URL", url.toUtf8());
        qputenv("EXOWORLD_EXOARCHIVE_URL", url.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(EXO_REAL_DATA_DIR "/MANIFEST.md")), "real data folder missing");
        QVERIFY2(m_server.start(), "fixture server did not start");
        qputenv("EXOWORLD_CACHE_DIR", m_cache.path().toUtf8());
        qputenv("EXOWORLD_NET_TIMEOUT_MS", "4000");
        pointAt(m_server.url());
    }
    void cleanupTestCase() { m_server.stop(); }

    void help()
    {
        auto r = runCli({"fetch", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("--cutout-size N") != std::string::npos);
        r = runCli({"planets", "--help"});
        QCOMPARE(r.code, 0);
        r = runCli({"--help"});
        QVERIFY(r.out.find("fetch TARGET") != std::string::npos);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList{"fetch"};
        QTest::newRow("two seasons") << QStringList{"fetch", "Kepler-62", "--quarter", "5", "--sector", "3"};
        QTest::newRow("mission") << QStringList{"fetch", "Kepler-62", "--mission", "mars"};
        QTest::newRow("product") << QStringList{"fetch", "Kepler-62", "--product", "spectrum"};
        QTest::newRow("cadence") << QStringList{"fetch", "Kepler-62", "--cadence", "weekly"};
        QTest::newRow("cutout size") << QStringList{"fetch", "Proxima Cen", "--cutout-size", "0"};
        QTest::newRow("quarter vs tess") << QStringList{"fetch", "Kepler-62", "--mission", "tess", "--quarter", "5"};
        QTest::newRow("quarter text") << QStringList{"fetch", "Kepler-62", "--quarter", "five"};
        QTest::newRow("planets no target") << QStringList{"planets"};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> a;
        for (const QString& s : args)
            a.push_back(s.toStdString());
        const auto r = runCli(a);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.empty());
    }

    void listAndFetch()
    {
        auto r = runCli({"fetch", "Kepler-62", "--list", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("target").toString(), QStringLiteral("KEPLER-62"));
        QCOMPARE(o.value("products").toArray().size(), 3);

        r = runCli({"fetch", "Kepler-62", "--product", "tpf", "--quarter", "5", "--list"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("kplr009002278-2010174085026_lpd-targ.fits.gz") != std::string::npos);
        QVERIFY(r.out.find("2010265121752") == std::string::npos);

        QTemporaryDir out;
        r = runCli(
            {"fetch", "Kepler-62", "--product", "tpf", "--quarter", "5", "--json", "--out", out.path().toStdString()});
        QCOMPARE(r.code, 0);
        const QJsonArray files = r.json().object().value("files").toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(files[0].toObject().value("ok").toBool());
        const QString copy = files[0].toObject().value("path").toString();
        QCOMPARE(QFileInfo(copy).absolutePath(), QDir(out.path()).absolutePath());
        QCOMPARE(QFileInfo(copy).size(), qint64(1685125));
        QVERIFY(QFileInfo::exists(m_cache.path()
                                  + "/mastDownload/Kepler/kplr009002278_lc_Q111111111111111111/"
                                    "kplr009002278-2010174085026_lpd-targ.fits.gz"));

        // No match, a missing file (404), an unknown name: exit 4 with a message naming the cause.
        r = runCli({"fetch", "Kepler-62", "--mission", "tess"});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.find("none of the 3 products") != std::string::npos);
        r = runCli({"fetch", "Kepler-62", "--quarter", "6", "--product", "tpf"});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.find("404") != std::string::npos);
        r = runCli({"fetch", "Nowhere Star"});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.find("resolver") != std::string::npos);
    }

    void planets()
    {
        auto r = runCli({"planets", "KIC 9002278", "--json"});
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json().object();
        QCOMPARE(o.value("display_name").toString(), QStringLiteral("Kepler-62 (KIC 9002278)"));
        QCOMPARE(o.value("planets").toArray().size(), 5);
        r = runCli({"planets", "Kepler-62"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("Kepler-62 f") != std::string::npos);
        r = runCli({"planets", "TIC 25155310", "--json"});
        QCOMPARE(r.code, 0);
        o = r.json().object();
        QCOMPARE(o.value("display_name").toString(), QStringLiteral("WASP-126 (TIC 25155310)"));
        // Confirmed WASP-126 b is listed once (its TOI, disposition KP, is not repeated).
        QCOMPARE(o.value("planets").toArray().size(), 1);
    }

    // Kepler-62 Q5 downloaded through the fixture, searched by our own pipeline; its two
    // strongest candidates must be recognised as Kepler-62 d (18.164 d) and b (5.715 d),
    // with the ephemerides the archive serves (KOI DR25 values, MANIFEST.md).
    void knownPlanetMatchOnKepler62()
    {
        auto r = runCli({"fetch", "Kepler-62", "--product", "tpf", "--quarter", "5", "--json"});
        QCOMPARE(r.code, 0);
        const std::string path =
            r.json().object().value("files").toArray()[0].toObject().value("path").toString().toStdString();
        r = runCli({"planets", "KIC 9002278", "--json"});
        QCOMPARE(r.code, 0);
        std::vector<exo::search::KnownPlanet> known;
        for (const QJsonValue& v : r.json().object().value("planets").toArray()) {
            const QJsonObject p = v.toObject();
            exo::search::KnownPlanet k;
            k.name = p.value("name").toString().toStdString();
            k.periodDays = p.value("period_days").toDouble();
            k.t0Bjd = p.value("t0_bjd").toDouble();
            k.durationHours = p.value("duration_hours").toDouble();
            known.push_back(k);
        }
        r = runCli({"search", path, "--json", "--max-planets", "2"});
        QCOMPARE(r.code, 0);
        const QJsonArray cands = r.json().object().value("candidates").toArray();
        QCOMPARE(cands.size(), 2);
        QStringList names;
        for (const QJsonValue& v : cands) {
            const auto m = exo::search::matchKnownPlanet(known, v.toObject().value("period_days").toDouble(),
                                                         v.toObject().value("t0_bjd").toDouble());
            QVERIFY(m.has_value());
            names << QString::fromStdString(known[m->index].name);
            QVERIFY(std::abs(m->epochOffsetHours) < 1.0);
        }
        QCOMPARE(names, (QStringList{"Kepler-62 d", "Kepler-62 b"}));
    }

    void offlineCli()
    {
        pointAt(QStringLiteral("http://127.0.0.1:1"));
        // Cached listing, file and planets still work...
        auto r = runCli({"fetch", "Kepler-62", "--product", "tpf", "--quarter", "5"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("(cached)") != std::string::npos);
        r = runCli({"planets", "KIC 9002278"});
        QCOMPARE(r.code, 0);
        // ...and a new request fails fast with a clear message.
        QElapsedTimer t;
        t.start();
        r = runCli({"fetch", "WASP-47", "--list"});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.find("cannot be reached") != std::string::npos);
        QVERIFY(t.elapsed() < 5000);
        pointAt(m_server.url());
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "test_archive_cli.moc"
