// exoworld-cli: usage, exit codes, info/lightcurve output on real files.
// Expected facts come from ../shared/data/real/MANIFEST.md.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <fstream>

#include "cli_runner.h"
#include "io/fits_reader.h"
#include "real_data.h"

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { EXO_REQUIRE_REAL_DATA(); }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no args") << QStringList{} << 2;
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        QTest::newRow("info help") << QStringList{"info", "--help"} << 0;
        QTest::newRow("lightcurve help") << QStringList{"lightcurve", "--help"} << 0;
        QTest::newRow("search help") << QStringList{"search", "--help"} << 0;
        QTest::newRow("demo help") << QStringList{"demo", "--help"} << 0;
        QTest::newRow("info no file") << QStringList{"info"} << 2;
        QTest::newRow("info unknown option") << QStringList{"info", "--bogus", "x"} << 2;
        QTest::newRow("demo without out") << QStringList{"demo"} << 2;
        QTest::newRow("lightcurve bad aperture") << QStringList{"lightcurve", "x.fits", "--aperture", "round"} << 2;
        QTest::newRow("lightcurve bad quality") << QStringList{"lightcurve", "x.fits", "--quality", "soft"} << 2;
        QTest::newRow("lightcurve bad out") << QStringList{"lightcurve", "x.fits", "--out", "x.txt"} << 2;
        QTest::newRow("search window negative") << QStringList{"search", "x.fits", "--window", "-1"} << 2;
        QTest::newRow("search min above max")
            << QStringList{"search", "x.fits", "--min-period", "5", "--max-period", "2"} << 2;
        QTest::newRow("search bad durations") << QStringList{"search", "x.fits", "--durations", "1,abc"} << 2;
        QTest::newRow("search absurd planets") << QStringList{"search", "x.fits", "--max-planets", "1000"} << 2;
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
        if (code == 2)
            QVERIFY2(!r.err.empty(), "usage errors must explain themselves on stderr");
        if (code == 0)
            QVERIFY(r.out.find("usage") != std::string::npos);
    }

    void infoHumanKepler62()
    {
        const auto r = runCli({"info", realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("Kepler") != std::string::npos);
        QVERIFY(r.out.find("KIC 9002278") != std::string::npos);
        QVERIFY(r.out.find("Q5") != std::string::npos);
        QVERIFY(r.out.find("4634") != std::string::npos);
        QVERIFY(r.out.find("4 x 6") != std::string::npos);
        QVERIFY(r.out.find("BKJD") != std::string::npos);
    }

    void infoJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mission");
        QTest::addColumn<QString>("season");
        QTest::addColumn<int>("seasonValue");
        QTest::addColumn<int>("cadences");
        QTest::addColumn<QString>("timeSystem");
        QTest::addColumn<double>("tstart");
        // Rows: MANIFEST.md files table (cadences, time range).
        QTest::newRow("TESS WASP-126 S1") << "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
                                          << "TESS"
                                          << "sector" << 1 << 20076 << "BTJD" << 1325.295;
        QTest::newRow("K2 WASP-47 C3") << "k2/lc/ktwo206103150-c03_llc.fits"
                                       << "K2"
                                       << "campaign" << 3 << 3386 << "BKJD" << 2144.103;
        QTest::newRow("Kepler-90 Q3") << "kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits"
                                      << "Kepler"
                                      << "quarter" << 3 << 4370 << "BKJD" << 260.224;
    }
    void infoJson()
    {
        QFETCH(QString, file);
        QFETCH(QString, mission);
        QFETCH(QString, season);
        QFETCH(int, seasonValue);
        QFETCH(int, cadences);
        QFETCH(QString, timeSystem);
        QFETCH(double, tstart);
        const auto r = runCli({"info", realFile(file.toUtf8().constData()), "--json"});
        QCOMPARE(r.code, 0);
        const auto doc = r.json();
        QVERIFY2(doc.isArray(), r.out.c_str());
        const auto o = doc.array().at(0).toObject();
        QCOMPARE(o["ok"].toBool(), true);
        QCOMPARE(o["mission"].toString(), mission);
        QCOMPARE(o[season].toInt(), seasonValue);
        QCOMPARE(o["n_cadences"].toInt(), cadences);
        QVERIFY(o["n_cadences_default_quality"].toInt() <= cadences);
        QVERIFY(o["n_cadences_default_quality"].toInt() > cadences / 2);
        QCOMPARE(o["time_system"].toString(), timeSystem);
        QVERIFY(std::abs(o["time_start"].toDouble() - tstart) < 0.002);
        QVERIFY(o["flux_columns"].toArray().size() >= 1);
    }

    void infoBadFilesExit3()
    {
        const auto good = realFile("kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits");
        const auto bad = realFile("corrupted/tess_lc_pimen_s1_truncated-data.fits");
        const auto r = runCli({"info", good, bad, "--json"});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.find("tess_lc_pimen_s1_truncated-data.fits") != std::string::npos);
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1);  // one line per bad file
        const auto arr = r.json().array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(0).toObject()["ok"].toBool(), true);
        QCOMPARE(arr.at(1).toObject()["ok"].toBool(), false);
        QCOMPARE(arr.at(1).toObject()["error"].toString(), QStringLiteral("truncated"));
    }

    void infoMissingFile()
    {
        const auto r = runCli({"info", "/nonexistent/file.fits"});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.find("/nonexistent/file.fits") != std::string::npos);
    }

    void lightcurveFitsRoundTrip()
    {
        QTemporaryDir dir;
        const std::string out = (dir.path() + "/k62.fits").toStdString();
        const auto r =
            runCli({"lightcurve", realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"), "--out", out});
        QCOMPARE(r.code, 0);
        auto lc = exo::io::readLightCurveFile(out);
        QVERIFY2(lc.ok(), lc.status.detail.c_str());
        QCOMPARE(lc.value.meta.targetId, 9002278LL);
        // Kepler-62 Q5 has 4634 cadences; flagged and NaN ones are left out.
        QVERIFY(lc.value.size() > 4000 && lc.value.size() <= 4634);
    }

    void lightcurveCsvStdoutAndThreshold()
    {
        const auto r = runCli({"lightcurve", realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"),
                               "--aperture", "threshold:2"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("time,flux,flux_err,quality,cadenceno") != std::string::npos);
        QVERIFY(std::count(r.out.begin(), r.out.end(), '\n') > 4000);
    }

    void lightcurveMaskFile()
    {
        QTemporaryDir dir;
        const QString maskPath = dir.path() + "/mask.txt";
        {
            std::ofstream m(maskPath.toStdString());
            m << "000000\n001100\n001100\n000000\n";  // 4 rows x 6 cols: Kepler-62's shape
        }
        const auto ok = runCli({"lightcurve", realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"),
                                "--aperture", "mask:" + maskPath.toStdString()});
        QCOMPARE(ok.code, 0);
        {
            std::ofstream m(maskPath.toStdString());
            m << "111\n111\n";  // wrong shape
        }
        const auto bad = runCli({"lightcurve", realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"),
                                 "--aperture", "mask:" + maskPath.toStdString()});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.find("2x3") != std::string::npos);
    }

    void searchRefusesAbsurdGridAndForeignProducts()
    {
        const auto k62 = realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz");
        // An oversampling beyond the shared limit (pipeline::limits) is bad usage, named.
        const auto huge = runCli({"search", k62, "--min-period", "0.0001", "--oversample", "1000"});
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.find("--oversample must be between 1 and 20") != std::string::npos, huge.err.c_str());
        // A period shorter than two cadences: refused before the grid is built, as bad usage.
        const auto tiny = runCli({"search", k62, "--min-period", "0.0001"});
        QCOMPARE(tiny.code, 2);
        QVERIFY2(tiny.err.find("--min-period") != std::string::npos, tiny.err.c_str());

        // A cotrending-basis-vector file is a real Kepler product, but not a light curve.
        const auto cbv = runCli({"search", realFile("kepler/cbv/kplr2011073133259-q08-d25_lcbv_subset.fits")});
        QCOMPARE(cbv.code, 3);
        QVERIFY(cbv.err.find("lcbv") != std::string::npos);
        // A truncated file: exit 3, the file named.
        const auto bad = runCli({"search", realFile("corrupted/kepler_tpf_kic7024511_truncated-data.fits")});
        QCOMPARE(bad.code, 3);
        QVERIFY(bad.err.find("kepler_tpf_kic7024511_truncated-data.fits") != std::string::npos);
    }

    void demoWritesAStar()
    {
        QTemporaryDir dir;
        const auto r = runCli({"demo", "--out", dir.path().toStdString(), "--quarters", "2"});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(dir.path() + "/demo_star.json"));
        const auto info = runCli({"info", "--json", (dir.path() + "/demo_star.json").toStdString()});
        QCOMPARE(info.code, 3);  // the sidecar is not a FITS file
        const QDir d(dir.path());
        const auto fits = d.entryList({"*.fits"}, QDir::Files);
        QCOMPARE(fits.size(), 2);
        const auto ok = runCli({"info", "--json", d.filePath(fits.first()).toStdString()});
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.json().array().at(0).toObject()["pixel_rows"].toInt(), 12);
        QCOMPARE(runCli({"demo", "--out", dir.path().toStdString(), "--quarters", "40"}).code, 2);
    }

    void lightcurveStitchRefusesMixedTargets()
    {
        const auto r = runCli({"lightcurve", realFile("kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits"),
                               realFile("kepler/lc/kplr011446443-2009131110544_slc.fits")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.find("different targets") != std::string::npos);
    }

    void lightcurveStitchThreeQuarters()
    {
        QTemporaryDir dir;
        const std::string out = (dir.path() + "/k90.csv").toStdString();
        const auto r = runCli({"lightcurve", realFile("kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits"),
                               realFile("kepler/lc/kepler90/kplr011442793-2010009091648_llc.fits"),
                               realFile("kepler/lc/kepler90/kplr011442793-2010174085026_llc.fits"), "--out", out});
        QCOMPARE(r.code, 0);
        std::ifstream f(out);
        std::string line;
        double last = -1e9;
        int rows = 0;
        bool sorted = true;
        while (std::getline(f, line)) {
            if (line.empty() || line[0] == '#' || line[0] == 't')
                continue;
            const double t = std::stod(line.substr(0, line.find(',')));
            sorted = sorted && t >= last;
            last = t;
            ++rows;
        }
        QVERIFY(sorted);
        QVERIFY(rows > 8000);  // Q3 4370 + Q4 1021 + Q5 4634 cadences, minus flagged ones
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
