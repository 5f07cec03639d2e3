// Unit tests of the demo star's pure arithmetic (core/demo/demo_physics.h,
// kepler_calendar.h). Reference values are taken from real Kepler headers in
// shared/data/real/kepler/tpf (read with astropy: fits.open(p)[0/1].header).

#include <QtTest>

#include <cmath>
#include <numeric>

#include "demo/demo_physics.h"
#include "demo/kepler_calendar.h"

using namespace exo::demo;

class TestDemoPhysics : public QObject {
    Q_OBJECT
private slots:
    void channelFromModuleOutput_data();
    void channelFromModuleOutput();
    void seasonFromQuarter_data();
    void seasonFromQuarter();
    void cadenceNumbers_data();
    void cadenceNumbers();
    void dateObs();
    void transitModel();
    void psfIsNormalised();
    void rngIsPortableAndNormal();
    void apertureAvoidsContaminant();
};

void TestDemoPhysics::channelFromModuleOutput_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<int>("output");
    QTest::addColumn<int>("channel");
    // MODULE/OUTPUT/CHANNEL of the real TPFs listed in MANIFEST.md.
    QTest::addRow("Kepler-62 Q5") << 7 << 4 << 20;
    QTest::addRow("KIC 7024511 Q11") << 18 << 2 << 62;
    QTest::addRow("Boyajian Q8") << 16 << 4 << 56;
    QTest::addRow("Kepler-10 Q4") << 3 << 4 << 8;
    QTest::addRow("Kepler-682 Q12") << 2 << 4 << 4;
    QTest::addRow("KOI-6771 Q10") << 4 << 2 << 10;
}

void TestDemoPhysics::channelFromModuleOutput()
{
    QFETCH(int, module);
    QFETCH(int, output);
    QFETCH(int, channel);
    QCOMPARE(keplerChannel(module, output), channel);
}

void TestDemoPhysics::seasonFromQuarter_data()
{
    QTest::addColumn<int>("quarter");
    QTest::addColumn<int>("season");
    // QUARTER/SEASON pairs of the real TPFs.
    QTest::addRow("Q4") << 4 << 2;
    QTest::addRow("Q5") << 5 << 3;
    QTest::addRow("Q8") << 8 << 2;
    QTest::addRow("Q10") << 10 << 0;
    QTest::addRow("Q11") << 11 << 1;
    QTest::addRow("Q12") << 12 << 2;
}

void TestDemoPhysics::seasonFromQuarter()
{
    QFETCH(int, quarter);
    QFETCH(int, season);
    QCOMPARE(keplerSeason(quarter), season);
}

void TestDemoPhysics::cadenceNumbers_data()
{
    QTest::addColumn<double>("spacecraftTime");
    QTest::addColumn<int>("cadence");
    // First row of real files: TIME - TIMECORR and CADENCENO.
    QTest::addRow("Q8 Boyajian") << 735.36367266 + 0.0010097594 << 30657;
    QTest::addRow("Q4 Kepler-10") << 352.60186996 + 0.00063506386 << 11925;
    QTest::addRow("Q5 Kepler-62") << 443.49006284 + 0.00109208 << 16373;
}

void TestDemoPhysics::cadenceNumbers()
{
    QFETCH(double, spacecraftTime);
    QFETCH(int, cadence);
    QCOMPARE(keplerCadenceNumber(spacecraftTime), (long long)cadence);
}

void TestDemoPhysics::dateObs()
{
    // Kepler-62 Q5: TSTART 443.47984573, first TIMECORR -0.00109208,
    // DATE-OBS '2010-03-20T23:32:33.055Z'. Boyajian Q8: TSTART 735.35345625,
    // TIMECORR -0.0010097594, DATE-OBS '2011-01-06T20:30:25.831Z'.
    QCOMPARE(QString::fromStdString(bkjdToIsoUtc(443.47984573 + 0.00109208)).left(19), QString("2010-03-20T23:32:33"));
    QCOMPARE(QString::fromStdString(bkjdToIsoUtc(735.35345625 + 0.0010097594)).left(19),
             QString("2011-01-06T20:30:25"));
}

void TestDemoPhysics::transitModel()
{
    const DemoPlanet p{"x", 5.0, 100.0, 3.0, 1000.0, 0.3};
    const TransitModel m(p);
    QVERIFY(std::abs(m.drop(100.0) - 1000e-6) < 1e-12);         // central depth is the input
    QVERIFY(std::abs(m.drop(105.0) - 1000e-6) < 1e-12);         // periodic
    QCOMPARE(m.drop(100.0 + 1.6 / 24.0), 0.0);                  // outside T14/2 = 1.5 h
    QVERIFY(m.drop(100.0 + 1.45 / 24.0) > 0.0);                 // inside the egress
    QVERIFY(std::abs(m.drop(99.97) - m.drop(100.03)) < 1e-15);  // symmetric
    QVERIFY(m.drop(100.03) < m.drop(100.0));                    // limb darkening: deepest at centre
    // Rp/R* consistent with depth ~ k^2 (limb darkening makes k slightly smaller).
    QVERIFY(m.radiusRatio() > 0.028 && m.radiusRatio() < 0.0316);
    // Exposure-integrated drop is smaller at the centre (smearing) but not by much.
    const double smeared = m.dropIntegrated(100.0, KeplerLongCadence::kTimedel);
    QVERIFY(smeared < m.drop(100.0) && smeared > 0.95 * m.drop(100.0));
}

void TestDemoPhysics::psfIsNormalised()
{
    std::vector<double> image(40 * 40, 0.0), work;
    addStar(image, 40, 40, Psf{}, 19.7, 20.2, 1000.0, 1.0, work);
    QVERIFY(std::abs(std::accumulate(image.begin(), image.end(), 0.0) - 1000.0) < 1e-6);
    const auto peak = std::max_element(image.begin(), image.end()) - image.begin();
    QCOMPARE(int(peak) / 40, 20);  // row of y = 20.2
    QCOMPARE(int(peak) % 40, 20);  // column of x = 19.7 (pixel 20 spans 19.5..20.5)
}

void TestDemoPhysics::rngIsPortableAndNormal()
{
    DemoRng a(42), b(42);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(a.next(), b.next());
    QVERIFY(mixSeed(42, 1) != mixSeed(42, 2));
    DemoRng r(7);
    double s = 0, s2 = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double x = r.normal();
        s += x;
        s2 += x * x;
    }
    QVERIFY(std::abs(s / n) < 0.01);
    QVERIFY(std::abs(s2 / n - 1.0) < 0.01);
}

void TestDemoPhysics::apertureAvoidsContaminant()
{
    const int rows = 12, cols = 12;
    std::vector<double> target(144, 0.0), other(144, 0.0), bkg(144, 150.0), work;
    addStar(target, rows, cols, Psf{}, 5.5, 5.5, 1.74e5, 1.0, work);
    addStar(other, rows, cols, Psf{}, 8.5, 5.5, 1.74e5, 1.0, work);  // as bright, 3 px to the right
    const double readVar = KeplerLongCadence::kReadNoise * KeplerLongCadence::kReadNoise * 270;
    const std::vector<int> mask =
        chooseOptimalAperture(target, other, bkg, KeplerLongCadence::exposureSeconds(), readVar);
    QCOMPARE(mask[5 * cols + 5], 1);
    QCOMPARE(mask[5 * cols + 8], 0);  // the contaminant's peak is left out
    QVERIFY(std::accumulate(mask.begin(), mask.end(), 0) >= 4);
}

QTEST_APPLESS_MAIN(TestDemoPhysics)
#include "test_demo_physics.moc"
