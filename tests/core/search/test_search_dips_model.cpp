// Dip detection (threshold test) and folding / binning / transit models.
#include <QTest>
#include <cmath>
#include <random>

#include "search/dips.h"
#include "search/model.h"

using namespace exo::search;

class TestSearchDipsModel : public QObject {
    Q_OBJECT
private slots:
    void dipsGrouped();
    void foldAndBin();
    void trapezoidShape();
    void limbDarkening_data();
    void limbDarkening();
};

void TestSearchDipsModel::dipsGrouped()
{
    std::vector<double> t, y;
    std::mt19937_64 rng(2);
    std::normal_distribution<double> g(0.0, 1e-4);
    for (int i = 0; i < 2000; ++i) {
        t.push_back(100 + i * 0.0204);
        double f = 1.0 + g(rng);
        if (i >= 500 && i < 506)
            f -= 3e-3;  // 6-point dip
        if (i == 1200 || i == 1201 || i == 1203)
            f -= 2e-3;  // 3 points with one gap point
        if (i == 1600)
            f -= 5e-3;  // single outlier: dropped (minPoints 2)
        y.push_back(f);
    }
    auto r = findDips(t, y, DipParams{});
    QVERIFY(r.ok());
    QVERIFY(r.value.sigma > 0.7e-4 && r.value.sigma < 1.3e-4);
    QCOMPARE(r.value.events.size(), std::size_t(2));
    const DipEvent& a = r.value.events[0];
    QCOMPARE(a.nPoints, 6);
    QCOMPARE(a.firstIndex, std::size_t(500));
    QCOMPARE(a.lastIndex, std::size_t(505));
    QVERIFY(std::abs(a.depthPpm - 3000) < 600);
    QVERIFY(std::abs(a.durationHours - 6 * 0.0204 * 24) < 1e-9);
    const DipEvent& b = r.value.events[1];
    QCOMPARE(b.nPoints, 3);
    QCOMPARE(b.lastIndex, std::size_t(1203));
    QVERIFY(r.value.flagged[1600]);
}

void TestSearchDipsModel::foldAndBin()
{
    std::vector<double> t{0.0, 0.5, 1.0, 2.24, 2.75, -1.0};
    const auto ph = fold(t, 2.0, 0.25);
    QVERIFY(std::abs(ph[0] - (-0.125)) < 1e-12);
    QVERIFY(std::abs(ph[1] - 0.125) < 1e-12);
    QVERIFY(std::abs(ph[4] - 0.25) < 1e-12);
    for (double p : ph)
        QVERIFY(p >= -0.5 && p < 0.5);
    const auto b = binFolded({-0.4, -0.35, 0.1, 0.12, 0.14}, {1.0, 3.0, 2.0, 4.0, 6.0}, 4);
    QCOMPARE(b.count, (std::vector<int>{2, 0, 3, 0}));
    QCOMPARE(b.mean[0], 2.0);
    QCOMPARE(b.mean[2], 4.0);
    QVERIFY(std::isnan(b.mean[1]));
    QVERIFY(std::abs(b.error[2] - 2.0 / std::sqrt(3.0)) < 1e-12);  // std 2, n 3
}

void TestSearchDipsModel::trapezoidShape()
{
    // Duration 0.2 d (half 0.1), ingress 0.05 d: flat bottom for |dt| <= 0.05.
    const std::vector<double> t{10.0, 10.05, 10.075, 10.1, 10.2, 13.0};
    const auto f = trapezoidModel(t, 3.0, 10.0, 1e-2, 0.2, 0.05);
    QCOMPARE(f[0], 1.0 - 1e-2);
    QVERIFY(std::abs(f[1] - (1.0 - 1e-2)) < 1e-12);    // end of the flat bottom
    QVERIFY(std::abs(f[2] - (1.0 - 0.5e-2)) < 1e-12);  // half-way through egress
    QCOMPARE(f[3], 1.0);                               // last contact
    QCOMPARE(f[4], 1.0);
    QCOMPARE(f[5], 1.0 - 1e-2);  // next epoch
}

void TestSearchDipsModel::limbDarkening_data()
{
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("u1");
    QTest::addColumn<double>("u2");
    QTest::addColumn<double>("expected");
    // Uniform source: 1 - overlap area / pi (exact lens formula, Mandel & Agol 2002 eq. 1).
    auto lens = [](double z, double p) {
        const double k0 = std::acos((p * p + z * z - 1) / (2 * p * z));
        const double k1 = std::acos((1 - p * p + z * z) / (2 * z));
        const double a = p * p * k0 + k1 - 0.5 * std::sqrt(4 * z * z - std::pow(1 + z * z - p * p, 2));
        return 1 - a / M_PI;
    };
    QTest::newRow("uniform centre") << 0.0 << 0.1 << 0.0 << 0.0 << 1 - 0.01;
    QTest::newRow("uniform inside") << 0.5 << 0.1 << 0.0 << 0.0 << 1 - 0.01;
    QTest::newRow("uniform limb") << 1.0 << 0.1 << 0.0 << 0.0 << lens(1.0, 0.1);
    QTest::newRow("uniform partial") << 1.05 << 0.1 << 0.0 << 0.0 << lens(1.05, 0.1);
    // Quadratic law, small planet at centre: depth = p^2 I(1) / (1 - u1/3 - u2/6).
    QTest::newRow("quadratic centre") << 0.0 << 0.05 << 0.4 << 0.25 << 1 - 0.0025 / (1 - 0.4 / 3 - 0.25 / 6);
    QTest::newRow("outside") << 1.2 << 0.1 << 0.4 << 0.25 << 1.0;
}

void TestSearchDipsModel::limbDarkening()
{
    QFETCH(double, z);
    QFETCH(double, p);
    QFETCH(double, u1);
    QFETCH(double, u2);
    QFETCH(double, expected);
    const double f = occultedFluxQuadratic(z, p, u1, u2);
    // 1e-4 of the depth (small-planet approximation for "quadratic centre" is good to ~p^2).
    QVERIFY2(std::abs(f - expected) < 2e-6,
             qPrintable(QString("%1 vs %2").arg(f, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}

QTEST_APPLESS_MAIN(TestSearchDipsModel)
#include "test_search_dips_model.moc"
