// Warp 10 GTS input format (core/io/gts.h): time mapping, round trip of real
// Kepler and TESS light curves, reading Warp 10's own forms, and bad input.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <sstream>

#include "io/fits_reader.h"
#include "io/gts.h"
#include "real_data.h"

using namespace exo;

namespace {
std::string real(const char* rel) { return std::string(EXO_REAL_DATA_DIR) + "/" + rel; }
bool sameDouble(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }
}  // namespace

class TestGts : public QObject {
    Q_OBJECT
private slots:
    void timeMapping();
    void roundTrip_data();
    void roundTrip();
    void readsWarp10Forms();
    void readerAcceptsGtsPath();
    void badInput_data();
    void badInput();
};

void TestGts::timeMapping()
{
    // HelloExoWorld fits-parser (dataformat.scala): ms = (BKJD + 2454833 - 2440587.5) * 86400000.
    // Kepler's last cadence, BKJD 1591.0, is then 2013-05-11T12:00:00Z = 1368273600 s, the end
    // date of the workshop's FETCH ('2013-05-11T12:02:06Z' includes it).
    QCOMPARE(io::missionDaysToGtsMicros(1591.0, 2454833, 0.0), 1368273600LL * 1000000LL);
    // TESS: BTJD 0 = BJD 2457000.0 = 2014-12-08T12:00:00Z = 1418040000 s.
    QCOMPARE(io::missionDaysToGtsMicros(0.0, 2457000, 0.0), 1418040000LL * 1000000LL);
    // Round trip is exact to the microsecond (1.16e-11 d) over the missions' range.
    for (double t : {120.5296, 539.4501, 1591.0012345678}) {
        const long long us = io::missionDaysToGtsMicros(t, 2454833, 0.0);
        QVERIFY(std::abs(io::gtsMicrosToMissionDays(us, 2454833, 0.0) - t) < 1e-11);
    }
    QCOMPARE(QString(io::gtsIdLabel(Mission::Kepler)), QString("KEPLERID"));
    QCOMPARE(QString(io::gtsIdLabel(Mission::TESS)), QString("TICID"));
}

void TestGts::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Kepler-90 Q3 llc") << "kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits";
    QTest::newRow("WASP-126 TESS S1 2-min") << "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
}

void TestGts::roundTrip()
{
    QFETCH(QString, file);
    EXO_REQUIRE_REAL_FILE(file);
    auto r = io::readLightCurveFile(real(file.toUtf8().constData()));
    QVERIFY2(r.ok(), r.status.detail.c_str());
    const LightCurveFile& lc = r.value;
    std::stringstream ss;
    QVERIFY(io::writeGts(ss, lc).ok());
    const std::string text = ss.str();
    // The workshop's class names and label.
    const std::string label = lc.meta.mission == Mission::TESS ? "{TICID=" : "{KEPLERID=";
    QVERIFY(text.find("// sap.flux" + label + std::to_string(lc.meta.targetId) + "} ") != std::string::npos);
    QVERIFY(text.find("// pdcsap.flux" + label) != std::string::npos);
    QVERIFY(text.find("// pdcsap.flux.err" + label) != std::string::npos);
    QVERIFY(text.find("// quality" + label) != std::string::npos);

    auto back = io::readGts(ss, "mem");
    QVERIFY2(back.ok(), back.status.detail.c_str());
    QCOMPARE(back.value.size(), std::size_t(1));
    const LightCurveFile& g = back.value[0];
    QCOMPARE(g.meta.mission, lc.meta.mission);
    QCOMPARE(g.meta.targetId, lc.meta.targetId);
    QCOMPARE(g.meta.season(), lc.meta.season());
    QCOMPARE(g.meta.bjdRefI, lc.meta.bjdRefI);
    QCOMPARE(g.meta.objectName, lc.meta.objectName);
    QCOMPARE(g.meta.cadenceDays, lc.meta.cadenceDays);

    // Cadences with a finite time survive, in order, with every column.
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < lc.size(); ++i)
        if (std::isfinite(lc.time[i]))
            kept.push_back(i);
    QCOMPARE(g.size(), kept.size());
    QCOMPARE(g.columns.size(), lc.columns.size());
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::size_t i = kept[k];
        QVERIFY2(std::abs(g.time[k] - lc.time[i]) < 1e-9, qPrintable(QString::number(k)));  // < 0.1 ms
        QCOMPARE(g.quality[k], lc.quality[i]);
        QCOMPARE(g.cadenceNo[k], lc.cadenceNo[i]);
        for (std::size_t c = 0; c < lc.columns.size(); ++c) {
            QCOMPARE(g.columns[c].name, lc.columns[c].name);
            QVERIFY(sameDouble(g.columns[c].flux[k], lc.columns[c].flux[i]));
            if (!lc.columns[c].error.empty())
                QVERIFY(sameDouble(g.columns[c].error[k], lc.columns[c].error[i]));
        }
    }
}

void TestGts::readsWarp10Forms()
{
    // A Warp 10 FETCH in text form: no exoworld comment, continuation lines, attributes,
    // lat/lon/elev present, T/F booleans, URL-encoded class, CRLF endings.
    std::stringstream ss;
    ss << "1241225130000000// sap.flux{KEPLERID=6541920}{status=CONFIRMED} 1000.5\r\n"
          "=1241225131800000/48.0:-4.5/100 1001.5\n"
          "1241225130000000// sap.flux.err{KEPLERID=6541920} 2.0\n"
          "1241225131800000// sap%2Equality{KEPLERID=6541920} 8\n"
          "# a comment\n"
          "\n"
          "1241225133600000// pdcsap.flux{KEPLERID=6541920} T\n";
    auto r = io::readGts(ss, "fetch");
    QVERIFY2(r.ok(), r.status.detail.c_str());
    QCOMPARE(r.value.size(), std::size_t(1));
    const LightCurveFile& g = r.value[0];
    QCOMPARE(g.meta.mission, Mission::Kepler);
    QCOMPARE(g.meta.targetId, 6541920LL);
    QCOMPARE(g.meta.bjdRefI, 2454833L);
    QCOMPARE(g.size(), std::size_t(3));
    QCOMPARE(g.quality[1], 8u);
    const FluxColumn* sap = g.column("SAP_FLUX");
    QVERIFY(sap);
    QCOMPARE(sap->flux[0], 1000.5);
    QCOMPARE(sap->flux[1], 1001.5);
    QVERIFY(std::isnan(sap->flux[2]));
    QCOMPARE(sap->error[0], 2.0);
    QVERIFY(std::isnan(sap->error[1]));
    QCOMPARE(g.column("PDCSAP_FLUX")->flux[2], 1.0);
    // (1241225130 s - 1230768000) / 86400 + 2440587.5 - 2454833 = BKJD 120.5298...
    QVERIFY(std::abs(g.time[0] - (1241225130.0 / 86400.0 + 2440587.5 - 2454833.0)) < 1e-9);

    // TICID label -> TESS/BTJD; two stars -> two light curves.
    std::stringstream two;
    two << "1600000000000000// pdcsap.flux{TICID=25155310} 1.0\n"
           "1600000000000000// pdcsap.flux{KEPLERID=201367065} 2.0\n";
    auto t = io::readGts(two, "two");
    QVERIFY(t.ok());
    QCOMPARE(t.value.size(), std::size_t(2));
    QCOMPARE(t.value[0].meta.mission, Mission::TESS);
    QCOMPARE(t.value[0].meta.bjdRefI, 2457000L);
    QCOMPARE(t.value[1].meta.mission, Mission::K2);
}

void TestGts::readerAcceptsGtsPath()
{
    // Three Kepler-90 quarters exported to one file: the loader (readProduct, used by the
    // window and the search) joins them into one light curve; probe describes it.
    EXO_REQUIRE_REAL_DATA();
    const QTemporaryDir dir;
    const std::string path = (dir.path() + "/k90.gts").toStdString();
    std::ofstream f(path);
    std::size_t total = 0;
    for (const char* q : {"kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits",
                          "kepler/lc/kepler90/kplr011442793-2010174085026_llc.fits"}) {
        auto r = io::readLightCurveFile(real(q));
        QVERIFY(r.ok());
        for (double t : r.value.time)
            total += std::isfinite(t) ? 1 : 0;
        QVERIFY(io::writeGts(f, r.value).ok());
    }
    f.close();
    QVERIFY(io::isGtsPath(path));
    auto p = io::readProduct(path);
    QVERIFY2(p.ok(), p.status.detail.c_str());
    const auto& lc = std::get<LightCurveFile>(p.value);
    QCOMPARE(lc.size(), total);
    QVERIFY(std::is_sorted(lc.time.begin(), lc.time.end()));
    QCOMPARE(lc.meta.season(), -1);  // two quarters
    QVERIFY(lc.column("PDCSAP_FLUX"));
    auto pr = io::probe(path);
    QVERIFY(pr.ok());
    QCOMPARE(pr.value.meta.targetId, 11442793LL);
    QCOMPARE(pr.value.rows, (long long)total);
}

void TestGts::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    const int syntax = int(ErrorCode::BadSyntax);
    QTest::newRow("empty") << "" << int(ErrorCode::NoRows);
    QTest::newRow("only comments") << "# nothing\n" << int(ErrorCode::NoRows);
    QTest::newRow("no slash") << "123 sap.flux{KEPLERID=1} 1.0\n" << syntax;
    QTest::newRow("no timestamp") << "// sap.flux{KEPLERID=1} 1.0\n" << syntax;
    QTest::newRow("bad timestamp") << "12x// sap.flux{KEPLERID=1} 1.0\n" << syntax;
    QTest::newRow("no labels") << "1// sap.flux 1.0\n" << syntax;
    QTest::newRow("no value") << "1// sap.flux{KEPLERID=1}\n" << syntax;
    QTest::newRow("bad number") << "1// sap.flux{KEPLERID=1} 1.0abc\n" << syntax;
    QTest::newRow("label without =") << "1// sap.flux{KEPLERID} 1.0\n" << syntax;
    QTest::newRow("empty labels") << "1// sap.flux{} 1.0\n" << syntax;
    QTest::newRow("bad escape") << "1// sap%zz{KEPLERID=1} 1.0\n" << syntax;
    QTest::newRow("orphan continuation") << "=1// 1.0\n" << syntax;
    QTest::newRow("string value") << "1// sap.flux{KEPLERID=1} 'abc'\n" << int(ErrorCode::Unsupported);
    QTest::newRow("only quality") << "1// quality{KEPLERID=1} 0\n" << int(ErrorCode::MissingColumn);
}

void TestGts::badInput()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    std::stringstream ss(text.toStdString());
    auto r = io::readGts(ss, "bad.gts");
    QVERIFY(!r.ok());
    QCOMPARE(int(r.status.code), code);
    QVERIFY(r.status.detail.find("bad.gts") != std::string::npos);
    // Missing and empty files.
    QCOMPARE(io::readGtsFile("/nonexistent/x.gts").status.code, ErrorCode::FileNotFound);
}

QTEST_APPLESS_MAIN(TestGts)
#include "test_gts.moc"
