// The HelloExoWorld workshop's operations as pipeline choices: the moving average of
// N points either side (detrend "mean-points"), binning before the trend, and the
// thresholded dips of the flattened light curve. Real data: Kepler-62, Q5 target pixel
// file (../shared/data/real/MANIFEST.md: Kepler-62 d, P = 18.16407304 d,
// T0 = 180.81243 BKJD, 943 ppm, 2.94 h, 5 transits in Q5; Kepler-62 e, P = 122.3858681 d,
// T0 = 150.41158 BKJD, one transit in Q5; KOI cumulative table DR25).
#include <QtTest>

#include <cmath>
#include <numeric>

#include "detrend/detrenders.h"
#include "pipeline/engine.h"
#include "real_data.h"

using namespace exo;

namespace {
constexpr const char* kK62 = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";
constexpr double kDPeriod = 18.16407304, kDT0 = 180.81243;
constexpr double kEPeriod = 122.3858681, kET0 = 150.41158;

/// Brute force: mean of the unexcluded finite points among i-N..i+N (truncated at the ends).
std::vector<double> bruteMean(const std::vector<double>& f, const std::vector<std::uint8_t>& ex, int n)
{
    std::vector<double> out(f.size(), std::nan(""));
    for (std::size_t i = 0; i < f.size(); ++i) {
        double s = 0;
        int c = 0;
        for (long j = long(i) - n; j <= long(i) + n; ++j)
            if (j >= 0 && j < long(f.size()) && (ex.empty() || !ex[std::size_t(j)])
                && std::isfinite(f[std::size_t(j)])) {
                s += f[std::size_t(j)];
                ++c;
            }
        if (c)
            out[i] = s / c;
    }
    return out;
}

pipeline::StarRequest k62Request(const pipeline::PrepareSettings& s)
{
    pipeline::StarRequest r;
    r.files = {exo::test::realDataPath(QString::fromLatin1(kK62)).toStdString()};
    r.prepare = s;
    return r;
}

/// The dip event nearest to t (days away; large when none).
double nearestDip(const std::vector<search::DipEvent>& dips, double t, const search::DipEvent** hit = nullptr)
{
    double best = 1e9;
    for (const auto& e : dips)
        if (std::abs(e.tMin - t) < best) {
            best = std::abs(e.tMin - t);
            if (hit)
                *hit = &e;
        }
    return best;
}
}  // namespace

class TestWorkshopOps : public QObject {
    Q_OBJECT
private slots:
    void movingMeanPointsMatchesBruteForce_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("withExclusions");
        QTest::newRow("workshop N=5") << 5 << false;
        QTest::newRow("N=1") << 1 << false;
        QTest::newRow("N=0 is the flux itself") << 0 << false;
        QTest::newRow("N=5, transit masked") << 5 << true;
        QTest::newRow("N larger than the data") << 500 << false;
    }
    void movingMeanPointsMatchesBruteForce()
    {
        QFETCH(int, n);
        QFETCH(bool, withExclusions);
        std::vector<double> f(301);
        std::vector<std::uint8_t> ex;
        for (std::size_t i = 0; i < f.size(); ++i)
            f[i] = 1.0 + 1e-3 * std::sin(0.07 * double(i)) + 1e-4 * double(i % 7);
        f[40] = std::nan("");
        if (withExclusions) {
            ex.assign(f.size(), 0);
            for (std::size_t i = 100; i < 110; ++i)
                ex[i] = 1;
        }
        const auto got = detrend::movingMeanPoints(f, ex, n);
        const auto want = bruteMean(f, ex, n);
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < f.size(); ++i) {
            if (std::isnan(want[i])) {
                QVERIFY(std::isnan(got[i]));
                continue;
            }
            QVERIFY2(std::abs(got[i] - want[i]) < 1e-13, qPrintable(QString::number(i)));
        }
    }

    void movingMeanPointsNeverCrossesAGap()
    {
        // Two stretches at different levels, 2 days apart: with a 6 h split the trend of
        // each stretch is its own level, even at the edges next to the gap.
        Series s;
        for (int i = 0; i < 200; ++i) {
            s.time.push_back(i < 100 ? i * 0.02 : 4.0 + i * 0.02);
            s.flux.push_back(i < 100 ? 1.0 : 1.01);
        }
        detrend::DetrendParams p;
        p.method = detrend::DetrendMethod::MovingMeanPoints;
        p.halfWindowPoints = 5;
        p.breakToleranceDays = 0.25;
        auto r = detrend::detrendSeries(s, p);
        QVERIFY(r.ok());
        QCOMPARE(r.value.segments, std::size_t(2));
        QCOMPARE(r.value.trend[99], 1.0);
        QCOMPARE(r.value.trend[100], 1.01);
        p.halfWindowPoints = 0;
        QCOMPARE(detrend::detrendSeries(s, p).status.code, ErrorCode::InvalidParameter);
    }

    void settingsNamesAndLimits()
    {
        pipeline::DetrendMethod m{};
        QVERIFY(pipeline::parseDetrendMethod("mean-points", m));
        QCOMPARE(m, pipeline::DetrendMethod::MovingMeanPoints);
        QCOMPARE(std::string(pipeline::detrendMethodName(m)), std::string("mean-points"));
        pipeline::PrepareSettings s;
        QVERIFY(pipeline::validate(s).ok());
        s.windowPoints = 0;
        QVERIFY(pipeline::validate(s).detail.rfind("--window-points", 0) == 0);
        s = {};
        s.binMinutes = -5;
        QVERIFY(pipeline::validate(s).detail.rfind("--bin", 0) == 0);
        s = {};
        s.dipSigma = std::nan("");
        QVERIFY(pipeline::validate(s).detail.rfind("--dips", 0) == 0);
        s = {};
        s.detrend = pipeline::DetrendMethod::MovingMeanPoints;
        s.windowDays = 0;  // the window in days does not apply to a window in points
        QVERIFY(pipeline::validate(s).ok());
    }

    void dipsOfKepler62MarkItsTransits()
    {
        EXO_REQUIRE_REAL_FILE(QString::fromLatin1(kK62));
        pipeline::PrepareSettings s;  // biweight 0.75 d
        s.dipSigma = 3.0;
        pipeline::Engine engine;
        auto r = engine.prepareStar(k62Request(s));
        QVERIFY2(r.ok(), r.status.detail.c_str());
        const auto& dips = r.value.prepared->dips;
        QVERIFY(!dips.empty());
        // Every Kepler-62 d transit of Q5 (n = 15..19) is marked within 0.1 d (2.4 h) ...
        for (int n = 15; n <= 19; ++n) {
            const search::DipEvent* e = nullptr;
            const double t = kDT0 + n * kDPeriod;
            QVERIFY2(nearestDip(dips, t, &e) < 0.1, qPrintable(QStringLiteral("Kepler-62 d at %1").arg(t)));
            QVERIFY(e->depthPpm > 500 && e->depthPpm < 1500);  // catalogue 943 ppm (diluted, noisy)
        }
        // ... and so is the single transit of Kepler-62 e (no period needed).
        QVERIFY(nearestDip(dips, kET0 + 3 * kEPeriod) < 0.1);
        // Events are in time order, inside the flattened light curve, at least 3 sigma deep.
        for (std::size_t i = 0; i < dips.size(); ++i) {
            QVERIFY(dips[i].lastIndex < r.value.prepared->flat.size());
            QVERIFY(dips[i].significance >= 3.0);
            if (i)
                QVERIFY(dips[i].tMin > dips[i - 1].tMin);
        }
        // A higher threshold keeps fewer dips; off means none.
        s.dipSigma = 5.0;
        auto strict = engine.prepareStar(k62Request(s));
        QVERIFY(strict.ok());
        QVERIFY(strict.value.prepared->dips.size() < dips.size());
        s.dipSigma = 0;
        QVERIFY(engine.prepareStar(k62Request(s)).value.prepared->dips.empty());
    }

    void movingAverageOfFivePointsShrinksTransits()
    {
        // The workshop's lesson: the moving average is pulled down by the dip it should
        // ignore, so Kepler-62 d comes out shallower than with the biweight.
        EXO_REQUIRE_REAL_FILE(QString::fromLatin1(kK62));
        pipeline::Engine engine;
        pipeline::PrepareSettings bw;
        bw.dipSigma = 2.0;
        pipeline::PrepareSettings mp = bw;
        mp.detrend = pipeline::DetrendMethod::MovingMeanPoints;
        mp.windowPoints = 5;
        auto a = engine.prepareStar(k62Request(bw));
        auto b = engine.prepareStar(k62Request(mp));
        QVERIFY(a.ok() && b.ok());
        // Mean flattened flux within 1 h of each mid-transit, below 1: the depth left.
        auto depth = [](const pipeline::Prepared& p, double t) {
            double sum = 0;
            int n = 0;
            for (std::size_t i = 0; i < p.flat.size(); ++i)
                if (std::abs(p.flat.time[i] - t) < 1.0 / 24.0) {
                    sum += p.flat.flux[i];
                    ++n;
                }
            return n ? (1.0 - sum / n) * 1e6 : 0.0;
        };
        double sumBw = 0, sumMp = 0;
        for (int n = 15; n <= 19; ++n) {
            sumBw += depth(*a.value.prepared, kDT0 + n * kDPeriod);
            sumMp += depth(*b.value.prepared, kDT0 + n * kDPeriod);
        }
        QVERIFY(sumBw / 5 > 600);  // catalogue 943 ppm, diluted by the aperture
        QVERIFY2(sumMp < 0.85 * sumBw, qPrintable(QStringLiteral("%1 vs %2").arg(sumMp).arg(sumBw)));
        // Same cadences in, same cadences out (N points needs no edge cut-off).
        QCOMPARE(b.value.prepared->flat.size(), b.value.prepared->clean.size());
    }

    void binningHalvesTheCadences()
    {
        EXO_REQUIRE_REAL_FILE(QString::fromLatin1(kK62));
        pipeline::Engine engine;
        pipeline::PrepareSettings s;
        auto plain = engine.prepareStar(k62Request(s));
        s.binMinutes = 60;  // two 29.4-min Kepler cadences per bin
        auto binned = engine.prepareStar(k62Request(s));
        QVERIFY(plain.ok() && binned.ok());
        const auto& p = *binned.value.prepared;
        const double ratio = double(p.clean.size()) / double(plain.value.prepared->clean.size());
        QVERIFY2(ratio > 0.45 && ratio < 0.6, qPrintable(QString::number(ratio)));
        QCOMPARE(p.index.size(), p.clean.size());
        for (std::size_t i = 1; i < p.clean.size(); ++i) {
            QVERIFY(p.clean.time[i] > p.clean.time[i - 1]);
            QVERIFY(p.index[i] > p.index[i - 1]);  // each bin maps to its first cadence
        }
        // Bins are 1 h apart inside a segment.
        QVERIFY(std::abs((p.clean.time[1] - p.clean.time[0]) * 24.0 - 1.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopOps)
#include "test_workshop_ops.moc"
