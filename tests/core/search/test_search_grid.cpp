// Period grids: Ofir (2014) sampling, astropy autoperiod parity, refusal of absurd grids.
#include <QTest>
#include <cmath>

#include "search/grid.h"

using namespace exo::search;

class TestSearchGrid : public QObject {
    Q_OBJECT
private slots:
    void centralDuration_data();
    void centralDuration();
    void ofirLimitsAndSize();
    void autoperiodMatchesAstropy();
    void absurdGridsRefused_data();
    void absurdGridsRefused();
    void durationsFollowPeriod();
};

void TestSearchGrid::centralDuration_data()
{
    QTest::addColumn<double>("period");
    QTest::addColumn<double>("hours");
    // T14 = R (4P/(pi G M))^(1/3): 12.97 h for the Earth-Sun (Winn 2010 eq. 18 with b=0, k->0);
    // scales as P^(1/3).
    QTest::newRow("1 yr") << 365.25 << 12.97;
    QTest::newRow("8 yr") << 8 * 365.25 << 25.94;
    QTest::newRow("1 d") << 1.0 << 12.97 / std::cbrt(365.25);
}

void TestSearchGrid::centralDuration()
{
    QFETCH(double, period);
    QFETCH(double, hours);
    QVERIFY(std::abs(centralTransitDurationDays(period) * 24 - hours) < 0.01 * hours);
}

void TestSearchGrid::ofirLimitsAndSize()
{
    GridParams p;  // Ofir, Sun, oversampling 3, 0.5 d .. T/2
    auto g = makePeriodGrid(p, 27.0, 2.0 / 1440);
    QVERIFY(g.ok());
    const auto& v = g.value.periods;
    QVERIFY(std::abs(v.front() - 0.5) < 1e-3);
    QVERIFY(v.back() <= 13.5 && v.back() > 13.0);
    for (std::size_t i = 1; i < v.size(); ++i)
        QVERIFY(v[i] > v[i - 1]);
    // Uniform steps in f^(1/3) (Ofir eq. 5-7).
    const double s0 = std::cbrt(1 / v[0]) - std::cbrt(1 / v[1]);
    const double s1 = std::cbrt(1 / v[v.size() - 2]) - std::cbrt(1 / v.back());
    QVERIFY(std::abs(s0 - s1) < 1e-9 * s0 + 1e-12);
    auto n = predictGridSize(p, 27.0, 2.0 / 1440);
    QCOMPARE(n.value, (long long)v.size());
    // Twice the oversampling -> about twice the periods.
    p.oversampling = 6;
    auto g2 = makePeriodGrid(p, 27.0, 2.0 / 1440);
    QVERIFY(std::abs(double(g2.value.periods.size()) / double(v.size()) - 2.0) < 0.01);
    p.numPeriods = 1000;
    QCOMPARE(makePeriodGrid(p, 27.0, 2.0 / 1440).value.periods.size(), std::size_t(1000));
}

void TestSearchGrid::autoperiodMatchesAstropy()
{
    // astropy 5.2.1: BoxLeastSquares(t, y).autoperiod([0.05, 0.1, 0.2]) with
    // t spanning exactly 30 d (min 0, max 30): minimum_n_transit=3, frequency_factor=1
    //  -> len 43801, first 0.4, last 15.000000000000053 (computed with /usr/bin/python3, see
    //  make_bls_reference.py for the environment).
    GridParams p;
    p.kind = GridKind::Autoperiod;
    p.minTransits = 3;
    p.autoperiodDurationsDays = {0.05, 0.1, 0.2};
    auto g = makePeriodGrid(p, 30.0, 0.02);
    QVERIFY(g.ok());
    QCOMPARE(g.value.periods.size(), std::size_t(43801));
    QVERIFY(std::abs(g.value.periods.front() - 0.4) < 1e-12);
    QVERIFY(std::abs(g.value.periods.back() - 15.0) < 1e-9);
}

void TestSearchGrid::absurdGridsRefused_data()
{
    QTest::addColumn<double>("minP");
    QTest::addColumn<double>("maxP");
    QTest::addColumn<double>("over");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<int>("code");
    QTest::newRow("min > max") << 10.0 << 2.0 << 3.0 << 100.0 << int(exo::ErrorCode::InvalidParameter);
    QTest::newRow("negative") << -1.0 << 2.0 << 3.0 << 100.0 << int(exo::ErrorCode::InvalidParameter);
    QTest::newRow("zero baseline") << 0.0 << 0.0 << 3.0 << 0.0 << int(exo::ErrorCode::InvalidParameter);
    QTest::newRow("oversampling 0") << 0.0 << 0.0 << 0.0 << 100.0 << int(exo::ErrorCode::InvalidParameter);
    // 10 years at oversampling 1e4, periods from 1 minute: ~1e10 periods.
    QTest::newRow("too large") << 0.0007 << 0.0 << 1e4 << 3650.0 << int(exo::ErrorCode::TooLarge);
}

void TestSearchGrid::absurdGridsRefused()
{
    QFETCH(double, minP);
    QFETCH(double, maxP);
    QFETCH(double, over);
    QFETCH(double, baseline);
    QFETCH(int, code);
    GridParams p;
    p.minPeriodDays = minP;
    p.maxPeriodDays = maxP;
    p.oversampling = over;
    auto g = makePeriodGrid(p, baseline, 0.02);  // must not allocate before refusing
    QCOMPARE(int(g.status.code), code);
}

void TestSearchGrid::durationsFollowPeriod()
{
    const auto a = durationsForPeriod(1.0, defaultDurationFractions(), 0.0, 1, 1);
    const auto b = durationsForPeriod(100.0, defaultDurationFractions(), 0.0, 1, 1);
    QCOMPARE(a.size(), defaultDurationFractions().size());
    QVERIFY(std::abs(b.back() / a.back() - std::cbrt(100.0)) < 1e-9);
    // Clamped to >= 2 cadences of 30 min: the short ones merge.
    const auto c = durationsForPeriod(0.5, defaultDurationFractions(), 2 * 0.0204, 1, 1);
    QVERIFY(c.front() >= 2 * 0.0204 - 1e-15);
    QVERIFY(c.size() < defaultDurationFractions().size());
}

QTEST_APPLESS_MAIN(TestSearchGrid)
#include "test_search_grid.moc"
