// exoworld-cli vet, and the vetting carried by search --json: usage errors, the
// t0 auto-detection (BJD or mission days), the JSON fields and flags on real files.
// Ephemerides: ../shared/data/real/MANIFEST.md.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"
#include "real_data.h"

namespace {
const char* kK62 = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";
}

class TestCliVet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { EXO_REQUIRE_REAL_DATA(); }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("help") << QStringList{"vet", "--help"} << 0;
        QTest::newRow("no file") << QStringList{"vet", "--period", "1", "--t0", "1", "--duration", "1"} << 2;
        QTest::newRow("no period") << QStringList{"vet", "x.fits", "--t0", "1", "--duration", "1"} << 2;
        QTest::newRow("bad period") << QStringList{"vet", "x.fits", "--period", "-2", "--t0", "1", "--duration", "1"}
                                    << 2;
        QTest::newRow("text period") << QStringList{"vet", "x.fits", "--period", "abc", "--t0", "1", "--duration", "1"}
                                     << 2;
        QTest::newRow("duration too long")
            << QStringList{"vet", "x.fits", "--period", "1", "--t0", "1", "--duration", "13"} << 2;
        QTest::newRow("missing file") << QStringList{"vet", "/nonexistent.fits", "--period", "1", "--t0",
                                                     "1",   "--duration",        "1"}
                                      << 3;
        QTest::newRow("bad scenario") << QStringList{"demo", "--out", "/tmp/x", "--scenario", "comet"} << 2;
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        std::vector<std::string> a;
        for (const auto& s : args)
            a.push_back(s.toStdString());
        const auto r = runCli(a);
        QCOMPARE(r.code, code);
        if (code != 0)
            QVERIFY(!r.err.empty());
        else
            QVERIFY(r.out.find("usage") != std::string::npos);
    }

    void kepler62bPasses()
    {
        // Kepler-62 b: P 5.71489692 d, T0 170.92190 BKJD = 2455003.92190 BJD, 2.357 h.
        const auto r = runCli(
            {"vet", realFile(kK62), "--period", "5.71489692", "--t0", "170.92190", "--duration", "2.357", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o["t0_input"].toString(), QString("mission"));
        QVERIFY(o["flags"].toArray().isEmpty());
        const QJsonObject v = o["vetting"].toObject();
        QVERIFY(v["primary"].toObject()["sigma"].toDouble() > 10);
        QVERIFY(v["odd_even"].toObject()["sigma"].toDouble() < 3);
        QVERIFY(v["host"].toObject()["known"].toBool());
        const QJsonArray px = v["pixels"].toArray();
        QCOMPARE(px.size(), 1);
        const QJsonObject p = px[0].toObject();
        QVERIFY(p["offset_sigma"].toDouble() < 3);
        QCOMPARE(p["diff_image"].toArray().size(), 4);  // 4 rows x 6 columns
        QCOMPARE(p["diff_image"].toArray()[0].toArray().size(), 6);
        QVERIFY(v["transits"].toObject()["events"].toArray().size() >= 15);

        // The same epoch in full BJD gives the same result.
        const auto rb = runCli({"vet", realFile(kK62), "--period", "5.71489692", "--t0", "2455003.92190", "--duration",
                                "2.357", "--json"});
        QCOMPARE(rb.code, 0);
        const QJsonObject ob = rb.json().object();
        QCOMPARE(ob["t0_input"].toString(), QString("bjd"));
        QVERIFY(std::abs(ob["t0"].toDouble() - 170.92190) < 1e-6);
        QCOMPARE(ob["vetting"].toObject()["primary"].toObject()["depth_ppm"].toDouble(),
                 v["primary"].toObject()["depth_ppm"].toDouble());

        // The human checklist names every test.
        const auto h =
            runCli({"vet", realFile(kK62), "--period", "5.71489692", "--t0", "170.92190", "--duration", "2.357"});
        QCOMPARE(h.code, 0);
        for (const char* w : {"odd/even", "secondary", "centroid", "planet radius", "flags: none"})
            QVERIFY2(h.out.find(w) != std::string::npos, w);
    }

    void searchJsonCarriesVetting()
    {
        // HAT-P-7 b: odd/even fired at 12 sigma with pipeline errors; with measured noise it must not.
        const auto r = runCli(
            {"search", realFile("kepler/lc/kplr010666592-2009131110544_slc.fits"), "--max-planets", "1", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray cands = r.json().object()["candidates"].toArray();
        QVERIFY(!cands.isEmpty());
        const QJsonObject c = cands[0].toObject();
        QVERIFY(c.contains("flags") && c["flags"].isArray());
        QVERIFY(c.contains("vetting") && c["vetting"].isObject());
        for (const auto& f : c["flags"].toArray()) {
            QVERIFY(f.toString() != "odd_even");
            QVERIFY(f.toString() != "stellar_eclipse");
        }
        const QJsonObject v = c["vetting"].toObject();
        for (const char* k : {"noise", "primary", "odd_even", "secondary", "transits", "shape", "host", "pixels",
                              "ephemeris_matches", "flags"})
            QVERIFY2(v.contains(k), k);
        QVERIFY(v["odd_even"].toObject()["sigma"].toDouble() < 3);
    }

    void demoBackgroundBinaryFlagsInSearch()
    {
        QTemporaryDir dir;
        const std::string out = dir.path().toStdString();
        QCOMPARE(runCli({"demo", "--out", out, "--quarters", "2", "--scenario", "background-binary"}).code, 0);
        std::vector<std::string> args{"search"};
        for (const auto& f : QDir(dir.path()).entryList({"*.fits"}))
            args.push_back((dir.path() + "/" + f).toStdString());
        args.insert(args.end(), {"--max-planets", "2", "--json"});
        const auto r = runCli(args);
        QCOMPARE(r.code, 0);
        const QJsonArray cands = r.json().object()["candidates"].toArray();
        bool ebFlagged = false, planetClean = false;
        for (const auto& cv : cands) {
            const QJsonObject c = cv.toObject();
            QStringList flags;
            for (const auto& f : c["flags"].toArray())
                flags << f.toString();
            const double P = c["period_days"].toDouble();
            if (std::abs(P - 4.3717) < 0.01)
                ebFlagged = flags.contains("centroid_offset");
            if (std::abs(P - 3.1247) < 0.01)
                planetClean = !flags.contains("centroid_offset") && !flags.contains("stellar_eclipse");
        }
        QVERIFY(ebFlagged);
        QVERIFY(planetClean);
    }
};

QTEST_GUILESS_MAIN(TestCliVet)
#include "test_cli_vet.moc"
