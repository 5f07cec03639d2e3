// Full search: two injected planets recovered in order, masking, SDE, stop rules.
#include <QTest>
#include <cmath>
#include <random>

#include "search/multi.h"

using namespace exo::search;

namespace {

struct Planet {
    double period, t0, durHours, depthPpm;
};

exo::Series twoPlanets(unsigned seed, double noisePpm)
{
    exo::Series s;
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, noisePpm * 1e-6);
    const Planet pl[2] = {{3.7, 131.2, 3.0, 1500}, {9.3, 135.0, 4.5, 800}};
    for (int i = 0; i < 3840; ++i) {  // 80 d at 30 min, BKJD-like start
        const double t = 130.0 + i * (30.0 / 1440.0);
        double y = 1.0 + g(rng);
        for (const auto& p : pl) {
            double ph = std::fmod(t - p.t0 + 0.5 * p.period, p.period) - 0.5 * p.period;
            if (std::abs(ph) < 0.5 * p.durHours / 24)
                y -= p.depthPpm * 1e-6;
        }
        s.time.push_back(t);
        s.flux.push_back(y);
    }
    return s;
}

}  // namespace

class TestSearchMulti : public QObject {
    Q_OBJECT
private slots:
    void twoPlanetsRecovered();
    void noiseOnlyFindsNothing();
    void sdeDetrendedSpectrum();
};

void TestSearchMulti::twoPlanetsRecovered()
{
    const exo::Series s = twoPlanets(11, 300);
    SearchParams p;
    p.threads = 2;
    bool coarseSeen = false;
    auto r = runSearch(s, p, {}, [&](const BlsPeriodogram& c) { coarseSeen = c.size() > 10; });
    QVERIFY2(r.ok(), r.status.detail.c_str());
    QVERIFY(coarseSeen);
    QVERIFY(r.value.usedRobustErrors);
    QVERIFY(r.value.candidates.size() >= 2);
    QVERIFY(!r.value.stopReason.empty());
    const Candidate& a = r.value.candidates[0];
    const Candidate& b = r.value.candidates[1];
    // Injected: P=3.7 d, depth 1500 ppm, 3 h; P=9.3 d, 800 ppm, 4.5 h.
    QVERIFY2(std::abs(a.periodDays - 3.7) < 0.005, qPrintable(QString::number(a.periodDays)));
    QVERIFY2(std::abs(b.periodDays - 9.3) < 0.02, qPrintable(QString::number(b.periodDays)));
    QVERIFY(std::abs(std::remainder(a.t0 - 131.2, 3.7)) < 0.05);
    QVERIFY(std::abs(std::remainder(b.t0 - 135.0, 9.3)) < 0.08);
    QVERIFY2(std::abs(a.depthPpm - 1500) < 250, qPrintable(QString::number(a.depthPpm)));
    QVERIFY2(std::abs(b.depthPpm - 800) < 200, qPrintable(QString::number(b.depthPpm)));
    QVERIFY(a.sde >= p.minSde && a.snr >= p.minSnr);
    QVERIFY(b.sde >= p.minSde && b.snr >= p.minSnr);
    QCOMPARE(a.rank, 1);
    QCOMPARE(b.rank, 2);
    QVERIFY(a.nTransits >= 20 && a.nTransits <= 22);
    QVERIFY(a.oddEvenSigma < 4);  // box transits: odd = even
    QVERIFY(std::abs(a.secondaryDepthPpm) < 5 * a.secondaryErrPpm + 1);
    // One periodogram per pass; each later pass saw fewer points (masked).
    QVERIFY(r.value.passes.size() >= 2);
    QVERIFY(r.value.passes[1].nPoints < r.value.passes[0].nPoints);
    QCOMPARE((long long)r.value.passes[0].periodogram.size(), r.value.gridSize);
}

void TestSearchMulti::noiseOnlyFindsNothing()
{
    exo::Series s;
    std::mt19937_64 rng(5);
    std::normal_distribution<double> g(0.0, 1e-3);
    for (int i = 0; i < 2000; ++i) {
        s.time.push_back(i * 0.0204);
        s.flux.push_back(1.0 + g(rng));
    }
    SearchParams p;
    p.threads = 2;
    auto r = runSearch(s, p);
    QVERIFY(r.ok());
    QCOMPARE(r.value.candidates.size(), std::size_t(0));
    QCOMPARE(r.value.passes.size(), std::size_t(1));
    QVERIFY(r.value.stopReason == "sde" || r.value.stopReason == "snr");
}

void TestSearchMulti::sdeDetrendedSpectrum()
{
    // A rising baseline plus one spike: the raw SDE is diluted by the trend,
    // the detrended SDE is not, and the spectrum peak is at the spike.
    std::vector<double> p(3000);
    std::mt19937_64 rng(3);
    std::normal_distribution<double> g(0.0, 1.0);
    for (std::size_t i = 0; i < p.size(); ++i)
        p[i] = 0.01 * double(i) + g(rng);
    p[1234] += 25;
    const SdeResult r = computeSde(p, 3.0);
    QCOMPARE(r.peakIndex, std::size_t(1234));
    QVERIFY(r.sde > 15);
    QVERIFY(r.sdeRaw < r.sde);
    QVERIFY(std::abs(r.spectrum[r.peakIndex] - r.sde) < 1e-12);
}

QTEST_APPLESS_MAIN(TestSearchMulti)
#include "test_search_multi.moc"
