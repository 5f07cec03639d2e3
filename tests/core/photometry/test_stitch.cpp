// Unit tests of core/photometry/stitch.h on series built in code.
#include <QtTest>

#include <cmath>

#include "photometry/stitch.h"

using namespace exo;
using namespace exo::phot;

namespace {

Metadata meta(Mission m, long long id, const char* prefix = "KIC")
{
    Metadata md;
    md.mission = m;
    md.targetId = id;
    md.idPrefix = prefix;
    return md;
}

Series series(std::vector<double> t, std::vector<double> f, std::vector<double> e = {})
{
    Series s;
    s.time = std::move(t);
    s.flux = std::move(f);
    s.fluxErr = std::move(e);
    s.quality.assign(s.time.size(), 0);
    s.cadenceNo.resize(s.time.size());
    for (std::size_t i = 0; i < s.time.size(); ++i)
        s.cadenceNo[i] = int(s.time[i] * 10);
    return s;
}

}  // namespace

class TestStitch : public QObject {
    Q_OBJECT
private slots:
    void nanMedianLikeNumpy_data();
    void nanMedianLikeNumpy();
    void normaliseConcatenateSort();
    void refusals();
    void fromLightCurveFile();
};

void TestStitch::nanMedianLikeNumpy_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("expected");
    const double nan = std::nan("");
    // expected values: numpy.nanmedian of the same lists
    QTest::newRow("odd") << QVector<double>{3, 1, 2} << 2.0;
    QTest::newRow("even averages middle pair") << QVector<double>{4, 1, 3, 2} << 2.5;
    QTest::newRow("NaN ignored") << QVector<double>{nan, 5, nan, 1, 9} << 5.0;
    QTest::newRow("all NaN") << QVector<double>{nan, nan} << nan;
    QTest::newRow("empty") << QVector<double>{} << nan;
}

void TestStitch::nanMedianLikeNumpy()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, expected);
    const double got = nanMedian(std::vector<double>(values.begin(), values.end()));
    if (std::isnan(expected))
        QVERIFY(std::isnan(got));
    else
        QCOMPARE(got, expected);
}

void TestStitch::normaliseConcatenateSort()
{
    // Part 0 (median 200) later in time than part 1 (median 10, with a NaN flux).
    Series a = series({5.0, 6.0, 7.0}, {100, 200, 300}, {2, 4, 6});
    Series b = series({1.0, 2.0, 3.0, 4.0}, {10, std::nan(""), 12, 8}, {});
    auto r = stitch({a, b}, {meta(Mission::Kepler, 7), meta(Mission::Kepler, 7)});
    QVERIFY(r.ok());
    const Series& s = r.value;
    QCOMPARE(s.size(), std::size_t(7));
    QCOMPARE(s.time, (std::vector<double>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(s.segment, (std::vector<int>{1, 1, 1, 1, 0, 0, 0}));
    QCOMPARE(s.flux[0], 1.0);
    QVERIFY(std::isnan(s.flux[1]));
    QCOMPARE(s.flux[2], 1.2);
    QCOMPARE(s.flux[3], 0.8);
    QCOMPARE(s.flux[4], 0.5);
    QCOMPARE(s.flux[6], 1.5);
    QCOMPARE(s.fluxErr[4], 0.01);  // errors divided by the same median
    QCOMPARE(s.fluxErr[6], 0.03);
    QVERIFY(std::isnan(s.fluxErr[0]));  // part without errors
    QCOMPARE(s.cadenceNo.front(), 10);
    QCOMPARE(s.cadenceNo.back(), 70);
    QCOMPARE(s.quality.size(), std::size_t(7));

    // NaN times go last, ties keep input order (stable).
    Series c = series({std::nan(""), 1.0}, {1, 1});
    Series d = series({1.0}, {3});
    auto r2 = stitch({c, d}, {meta(Mission::TESS, 9, "TIC"), meta(Mission::TESS, 9, "TIC")});
    QVERIFY(r2.ok());
    QCOMPARE(r2.value.segment, (std::vector<int>{0, 1, 0}));
    QVERIFY(std::isnan(r2.value.time[2]));

    // A part without quality drops the quality column of the result.
    Series e = series({8.0}, {5});
    e.quality.clear();
    auto r3 = stitch({a, e}, {meta(Mission::Kepler, 7), meta(Mission::Kepler, 7)});
    QVERIFY(r3.ok());
    QVERIFY(r3.value.quality.empty());
    QCOMPARE(r3.value.cadenceNo.size(), std::size_t(4));
}

void TestStitch::refusals()
{
    Series a = series({1.0}, {1});
    auto mixed = stitch({a, a}, {meta(Mission::Kepler, 11442793), meta(Mission::Kepler, 11446443)});
    QCOMPARE(mixed.status.code, ErrorCode::MixedTargets);
    const QString d = QString::fromStdString(mixed.status.detail);
    QVERIFY2(d.contains("KIC 11442793") && d.contains("KIC 11446443"), qPrintable(d));

    auto mission = stitch({a, a}, {meta(Mission::Kepler, 5), meta(Mission::TESS, 5, "TIC")});
    QCOMPARE(mission.status.code, ErrorCode::MixedTargets);
    QVERIFY(QString::fromStdString(mission.status.detail).contains("TESS"));

    QCOMPARE(stitch({}, {}).status.code, ErrorCode::InvalidParameter);
    QCOMPARE(stitch({a}, {}).status.code, ErrorCode::InvalidParameter);
    Series bad = series({1.0, 2.0}, {std::nan(""), std::nan("")});
    QCOMPARE(stitch({a, bad}, {meta(Mission::K2, 1), meta(Mission::K2, 1)}).status.code, ErrorCode::AllNaN);
    Series zero = series({1.0}, {0.0});
    QCOMPARE(stitch({zero}, {meta(Mission::K2, 1)}).status.code, ErrorCode::AllNaN);
}

void TestStitch::fromLightCurveFile()
{
    LightCurveFile f;
    f.time = {1, 2, 3};
    f.cadenceNo = {10, 11, 12};
    f.quality = {0, 4, 0};
    f.columns.push_back({"SAP_FLUX", {10, 11, 12}, {1, 1, 1}});
    f.columns.push_back({"PDCSAP_FLUX", {20, 21, 22}, {2, 2, 2}});
    f.columns.push_back({"SAP_BKG", {5, 5, 5}, {}});

    auto pdc = seriesFromLightCurve(f, "pdcsap");
    QVERIFY(pdc.ok());
    QCOMPARE(pdc.value.flux, (std::vector<double>{20, 21, 22}));
    QCOMPARE(pdc.value.fluxErr, (std::vector<double>{2, 2, 2}));
    QCOMPARE(pdc.value.quality, f.quality);
    QCOMPARE(pdc.value.cadenceNo, f.cadenceNo);
    QCOMPARE(pdc.value.time, f.time);
    QVERIFY(pdc.value.segment.empty());
    QCOMPARE(seriesFromLightCurve(f, "SAP").value.flux, (std::vector<double>{10, 11, 12}));
    QCOMPARE(seriesFromLightCurve(f, "default").value.flux, (std::vector<double>{20, 21, 22}));
    auto bkg = seriesFromLightCurve(f, "SAP_BKG");
    QVERIFY(bkg.ok());
    QVERIFY(bkg.value.fluxErr.empty());

    auto missing = seriesFromLightCurve(f, "FCOR");
    QCOMPARE(missing.status.code, ErrorCode::MissingColumn);
    QCOMPARE(QString::fromStdString(missing.status.detail), QString("FCOR"));
    QCOMPARE(seriesFromLightCurve(f, "sap_bkg").status.code, ErrorCode::MissingColumn);  // exact names are exact

    LightCurveFile empty;
    empty.columns.push_back({"PDCSAP_FLUX", {}, {}});
    QCOMPARE(seriesFromLightCurve(empty).status.code, ErrorCode::NoRows);
}

QTEST_APPLESS_MAIN(TestStitch)
#include "test_stitch.moc"
