// runBlsNearTransit (the refinement's kernel) against the full Binned kernel it restricts:
// where the full kernel's best window is near the anchor transit, the same window (duration and
// transit time bit for bit) and the same power to the last bits; elsewhere never more power;
// identical bits where it falls back to the full kernel; bad parameters refused.
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

#include "search/bls.h"

using namespace exo::search;

namespace {

struct Lc {
    std::vector<double> t, y, dy;
};

/// Box transits in white noise, with a gap in the middle (days from `start`).
Lc boxTransits(double days, double cadence, double period, double t0, double durDays, double depth, unsigned seed,
               std::size_t extra)
{
    Lc lc;
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, 1e-3);
    const double start = 1325.3;
    const std::size_t n = std::size_t(days / cadence) + extra;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = start + double(i) * cadence;
        if (std::abs(t - start - 0.5 * days) < 0.6)
            continue;  // the orbit gap of a TESS sector
        double y = 1.0 + g(rng);
        double ph = std::fmod(t - t0 + 0.5 * period, period);
        if (ph < 0)
            ph += period;
        if (std::abs(ph - 0.5 * period) < 0.5 * durDays)
            y -= depth;
        lc.t.push_back(t);
        lc.y.push_back(y);
        lc.dy.push_back(1e-3 * (1.0 + 0.3 * std::sin(0.7 * t)));  // unequal weights
    }
    return lc;
}

/// The refinement's fine grid (multi.cpp): P + k dP, dP moves the last epoch by D/50.
BlsParams fineGrid(double P, double D, double baseline, Objective objective)
{
    BlsParams p;
    p.objective = objective;
    p.method = BlsMethod::Binned;
    p.oversample = 10;
    p.threads = 1;
    const double dP = P * D / baseline / 50.0;
    for (int k = -100; k <= 100; ++k)
        p.periods.push_back(P + k * dP);
    for (double f : {0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.6})
        p.durations.push_back(D * f);
    return p;
}

double circularDistance(double a, double b, double P)
{
    const double d = std::abs(std::remainder(a - b, P));
    return d;
}

}  // namespace

class TestBlsNear : public QObject {
    Q_OBJECT
private slots:
    void sameWindowsAsBinned_data();
    void sameWindowsAsBinned();
    void fallbackIsBinnedBitForBit();
    void invalidInputRefused();
};

void TestBlsNear::sameWindowsAsBinned_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<double>("cadenceMin");
    QTest::addColumn<double>("period");
    QTest::addColumn<double>("durHours");
    QTest::addColumn<double>("t0Offset");  // phase of the transit after the first point (days)
    QTest::addColumn<int>("objective");
    QTest::addColumn<int>("extra");  // points beyond the span (n % 4 != 0: scatter4's tail)
    // TESS-like sector at 2 min: ~19,000 points, four histogram copies in the full kernel.
    QTest::newRow("tess 2-min") << 27.4 << 2.0 << 3.29 << 2.5 << 1.1 << int(Objective::Likelihood) << 3;
    // Transit near phase 0: the scanned region wraps around the end of the period.
    QTest::newRow("wrapping region") << 27.4 << 2.0 << 3.29 << 2.5 << 0.02 << int(Objective::Likelihood) << 1;
    QTest::newRow("wrapping at the end") << 27.4 << 2.0 << 3.29 << 2.5 << 3.27 << int(Objective::Likelihood) << 2;
    // Kepler long cadence: few points per bin, one histogram copy.
    QTest::newRow("kepler 30-min") << 80.0 << 29.4 << 9.3 << 4.5 << 4.0 << int(Objective::Likelihood) << 0;
    QTest::newRow("snr objective") << 27.4 << 2.0 << 1.43 << 1.6 << 0.7 << int(Objective::Snr) << 1;
}

void TestBlsNear::sameWindowsAsBinned()
{
    QFETCH(double, days);
    QFETCH(double, cadenceMin);
    QFETCH(double, period);
    QFETCH(double, durHours);
    QFETCH(double, t0Offset);
    QFETCH(int, objective);
    QFETCH(int, extra);
    const double D = durHours / 24.0;
    const double trueT0 = 1325.3 + t0Offset;
    const Lc lc = boxTransits(days, cadenceMin / 1440.0, period, trueT0, D, 3e-3, 7, std::size_t(extra));
    const double baseline = lc.t.back() - lc.t.front();
    // A grid peak slightly off: 30 fine steps in period, a fifth of a duration in epoch.
    const double dP = period * D / baseline / 50.0;
    const double gridP = period + 30 * dP, gridT0 = trueT0 + 0.2 * D;
    const BlsParams p = fineGrid(gridP, D, baseline, Objective(objective));
    double mean = 0;
    for (double x : lc.t)
        mean += x;
    mean /= double(lc.t.size());
    const double anchor = gridT0 + std::round((mean - gridT0) / gridP) * gridP;
    const double half = 1.5 * D;
    const auto full = runBls(lc.t, lc.y, lc.dy, p);
    const auto near = runBlsNearTransit(lc.t, lc.y, lc.dy, p, anchor, half);
    QVERIFY2(full.ok(), full.status.detail.c_str());
    QVERIFY2(near.ok(), near.status.detail.c_str());
    QCOMPARE(near.value.size(), full.value.size());
    const double tmin = lc.t.front();
    const double bw = 0.6 * D / 10;
    int inside = 0;
    for (std::size_t i = 0; i < full.value.size(); ++i) {
        const double Pi = full.value.period[i];
        QCOMPARE(near.value.period[i], Pi);
        const double fp = full.value.power[i], np = near.value.power[i];
        // Never more than the full kernel (a subset of its windows, same bins).
        QVERIFY2(np <= fp * (1 + 1e-12), qPrintable(QString("period %1: %2 > %3").arg(i).arg(np).arg(fp)));
        const double dist = circularDistance(full.value.transitTime[i] - tmin, anchor - tmin, Pi);
        if (dist < half - bw) {
            ++inside;
            QVERIFY(near.value.duration[i] == full.value.duration[i]);  // bit for bit, not qFuzzyCompare
            QVERIFY(near.value.transitTime[i] == full.value.transitTime[i]);
            QVERIFY2(std::abs(np - fp) <= 1e-12 * std::abs(fp),
                     qPrintable(QString("period %1: %2 vs %3").arg(i).arg(np, 0, 'g', 17).arg(fp, 0, 'g', 17)));
            QVERIFY(std::abs(near.value.depth[i] - full.value.depth[i]) <= 1e-12 * std::abs(full.value.depth[i]));
        }
    }
    QVERIFY2(inside >= 50, qPrintable(QString::number(inside)));
    // The full kernel's best period is among the near kernel's best to 1e-9, the periods the
    // refinement computes again with the full kernel (multi.cpp); its best window is the same.
    // (Not always the near argmax itself: two periods whose best windows hold the same points
    // differ only by the rounding of the prefix sums, which start elsewhere in the two kernels;
    // the Kepler row has such a pair.)
    const std::size_t kf = full.value.argmax();
    const double top = near.value.power[near.value.argmax()];
    QVERIFY(near.value.power[kf] >= top - 1e-9 * std::abs(top));
    QVERIFY(near.value.transitTime[kf] == full.value.transitTime[kf]);
    QVERIFY(near.value.duration[kf] == full.value.duration[kf]);
    // With those periods recomputed (recomputeWithin): the full grid's best period and model,
    // bit for bit.
    const auto both = runBlsNearTransit(lc.t, lc.y, lc.dy, p, anchor, half, 1e-9);
    QVERIFY(both.ok());
    const std::size_t kb = both.value.argmax();
    QCOMPARE(kb, kf);
    QVERIFY(both.value.power[kb] == full.value.power[kf]);
    QVERIFY(both.value.depth[kb] == full.value.depth[kf]);
    QVERIFY(both.value.depthErr[kb] == full.value.depthErr[kf]);
    QVERIFY(both.value.transitTime[kb] == full.value.transitTime[kf]);
    QVERIFY(both.value.duration[kb] == full.value.duration[kf]);
    QVERIFY(std::abs(std::remainder(near.value.transitTime[near.value.argmax()] - trueT0, period)) < 0.2 * D);
}

void TestBlsNear::fallbackIsBinnedBitForBit()
{
    const double D = 2.5 / 24.0;
    Lc lc = boxTransits(27.4, 2.0 / 1440.0, 3.29, 1326.4, D, 3e-3, 3, 1);
    const BlsParams p = fineGrid(3.29, D, lc.t.back() - lc.t.front(), Objective::Likelihood);
    auto same = [](const BlsPeriodogram& a, const BlsPeriodogram& b) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a.power[i] != b.power[i] || a.depth[i] != b.depth[i] || a.transitTime[i] != b.transitTime[i]
                || a.duration[i] != b.duration[i] || a.depthErr[i] != b.depthErr[i])
                return false;
        return a.size() == b.size();
    };
    // A region as wide as the period: every window, the full kernel.
    const auto full = runBls(lc.t, lc.y, lc.dy, p);
    const auto wide = runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.4, 2.0);
    QVERIFY(full.ok() && wide.ok());
    QVERIFY(same(full.value, wide.value));
    // Times not sorted: no binary search possible, the full kernel.
    std::reverse(lc.t.begin(), lc.t.end());
    std::reverse(lc.y.begin(), lc.y.end());
    std::reverse(lc.dy.begin(), lc.dy.end());
    const auto fullR = runBls(lc.t, lc.y, lc.dy, p);
    const auto nearR = runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.4, 1.5 * D);
    QVERIFY(fullR.ok() && nearR.ok());
    QVERIFY(same(fullR.value, nearR.value));
}

void TestBlsNear::invalidInputRefused()
{
    const Lc lc = boxTransits(10.0, 2.0 / 1440.0, 3.0, 1326.0, 0.1, 3e-3, 1, 0);
    BlsParams p = fineGrid(3.0, 0.1, 10.0, Objective::Likelihood);
    const double nan = std::nan("");
    QCOMPARE(runBlsNearTransit(lc.t, lc.y, lc.dy, p, nan, 0.1).status.code, exo::ErrorCode::InvalidParameter);
    QCOMPARE(runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.0, -1).status.code, exo::ErrorCode::InvalidParameter);
    QCOMPARE(runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.0, INFINITY).status.code,
             exo::ErrorCode::InvalidParameter);
    std::vector<double> shortY(lc.y.begin(), lc.y.end() - 1);
    QCOMPARE(runBlsNearTransit(lc.t, shortY, lc.dy, p, 1326.0, 0.1).status.code, exo::ErrorCode::InvalidParameter);
    QCOMPARE(runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.0, 0.1, -1e-9).status.code,
             exo::ErrorCode::InvalidParameter);
    p.periods.clear();
    QCOMPARE(runBlsNearTransit(lc.t, lc.y, lc.dy, p, 1326.0, 0.1).status.code, exo::ErrorCode::InvalidParameter);
}

QTEST_APPLESS_MAIN(TestBlsNear)
#include "test_bls_near.moc"
