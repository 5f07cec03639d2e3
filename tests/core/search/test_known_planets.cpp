// matchKnownPlanet / predictedTransits (core, no Qt in the code under test).
#include <QTest>
#include <cmath>

#include "search/known_planets.h"

using exo::search::KnownPlanet;

namespace {
// Kepler-62 b..f: NASA Exoplanet Archive KOI cumulative table (DR25), as listed in
// shared/data/real/MANIFEST.md (T0 = koi_time0bk + 2454833).
std::vector<KnownPlanet> kepler62()
{
    return {{"Kepler-62 b", "CONFIRMED", 5.71489692, 2455003.92190, 2.357, 425.9},
            {"Kepler-62 c", "CONFIRMED", 12.4418003, 2454967.65070, 3.572, 78.4},
            {"Kepler-62 d", "CONFIRMED", 18.16407304, 2455013.81243, 2.936, 943.2},
            {"Kepler-62 e", "CONFIRMED", 122.3858681, 2454983.41158, 7.123, 711.1},
            {"Kepler-62 f", "CONFIRMED", 267.282521, 2455422.71975, 7.788, 471.9}};
}
}  // namespace

class TestKnownPlanets : public QObject {
    Q_OBJECT
private slots:
    void match_data()
    {
        QTest::addColumn<double>("period");
        QTest::addColumn<double>("t0");
        QTest::addColumn<QString>("expected");  // "" = no match
        // Our own search on the Kepler-62 Q5 pixel file (exoworld-cli search --json).
        QTest::newRow("d from Q5 search") << 18.1670319342391 << 2455286.2798171 << "Kepler-62 d";
        QTest::newRow("b from Q5 search") << 5.71450565643257 << 2455278.24059927 << "Kepler-62 b";
        QTest::newRow("b exact, 100 epochs later") << 5.71489692 << 2455003.92190 + 100 * 5.71489692 << "Kepler-62 b";
        QTest::newRow("b period, wrong phase") << 5.71489692 << 2455003.92190 + 2.0 << "";
        QTest::newRow("half of d") << 9.08203652 << 2455013.81243 << "";
        QTest::newRow("unrelated 41 d") << 41.1732684653984 << 2455309.33885036 << "";
        QTest::newRow("period 1% off") << 18.16407304 * 1.01 << 2455013.81243 << "";
        QTest::newRow("not finite") << std::nan("") << 2455013.81243 << "";
        QTest::newRow("zero period") << 0.0 << 2455013.81243 << "";
    }
    void match()
    {
        QFETCH(double, period);
        QFETCH(double, t0);
        QFETCH(QString, expected);
        const auto known = kepler62();
        const auto m = exo::search::matchKnownPlanet(known, period, t0);
        if (expected.isEmpty()) {
            QVERIFY(!m.has_value());
        } else {
            QVERIFY(m.has_value());
            QCOMPARE(QString::fromStdString(known[m->index].name), expected);
            QVERIFY(std::abs(m->epochOffsetHours) < 1.5);
        }
    }
    void emptyOrBadCatalogue()
    {
        QVERIFY(!exo::search::matchKnownPlanet({}, 5.0, 2455000.0));
        std::vector<KnownPlanet> bad{{"x", "", 0.0, 2455000.0, 1, 1}, {"y", "", std::nan(""), 2455000.0, 1, 1}};
        QVERIFY(!exo::search::matchKnownPlanet(bad, 5.0, 2455000.0));
    }
    void predicted()
    {
        // Kepler-62 d in Q5 (BKJD 443.490..538.162): MANIFEST counts 5 transits inside the file.
        const auto known = kepler62();
        const auto t = exo::search::predictedTransits(known[2], 2454833.0 + 443.490, 2454833.0 + 538.162);
        QCOMPARE(int(t.size()), 5);
        QVERIFY(std::abs(t.front() - (2455013.81243 + 15 * 18.16407304)) < 1e-6);
        QVERIFY(exo::search::predictedTransits(known[2], 10, 5).empty());
        KnownPlanet zero = known[0];
        zero.periodDays = 0;
        QVERIFY(exo::search::predictedTransits(zero, 0, 1e7).empty());
    }
};

QTEST_APPLESS_MAIN(TestKnownPlanets)
#include "test_known_planets.moc"
