// Tests for core/detrend/detrenders.h: sliders against brute force, biweight
// against a brute-force wotan re-implementation, Savitzky-Golay against scipy,
// transit preservation, segment edges and bad parameters.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "detrend/detrenders.h"

using namespace exo;
using namespace exo::detrend;

namespace {

constexpr double kTwoPi = 6.283185307179586;

// ---- Brute-force references (independent of the incremental code) ----

double bruteMedian(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// wotan location_iter('biweight') on `data` (window order), written out plainly:
// median, MAD by sorting the deviations, Newton steps with the 8-lane partial
// sums documented in detrenders.h. A finite `start` replaces the median start when the
// window holds at least kBiweightWarmStartMinPoints points and it lies within
// kBiweightWarmStartMads MADs of the median (the documented warm start); NaN is wotan.
// `cmadOut` / `sumWOut` (optional): the scale 1 / (c MAD) and the weight sum of the last
// Newton sum with a positive one (0 when none ran), for the next cadence's predicted start.
double bruteBiweight(const std::vector<double>& data, double c, double tol, int maxIt,
                     double start = std::nan(""), double* cmadOut = nullptr, double* sumWOut = nullptr)
{
    if (sumWOut)
        *sumWOut = 0.0;
    if (data.empty())
        return std::nan("");
    const double med = bruteMedian(data);
    std::vector<double> dev;
    for (double x : data)
        dev.push_back(std::abs(x - med));
    const double mad = bruteMedian(dev);
    if (mad == 0.0)
        return med;
    const double cmad = 1.0 / (c * mad);
    double centre = med;
    if (std::isfinite(start) && data.size() >= kBiweightWarmStartMinPoints
        && std::abs(start - med) <= kBiweightWarmStartMads * mad)
        centre = start;
    for (int it = 0; it < maxIt; ++it) {
        double sd[8] = {}, sw[8] = {};
        const std::size_t full = data.size() / 8 * 8;
        for (std::size_t j = 0; j < data.size(); ++j) {
            const int lane = j < full ? int(j % 8) : int(j - full);
            const double d = data[j] - centre, u = d * cmad;
            const double w = u * u < 1.0 ? (1.0 - u * u) * (1.0 - u * u) : 0.0;
            sd[lane] += d * w;
            sw[lane] += w;
        }
        auto fold = [](const double* q) { return ((q[0] + q[4]) + (q[1] + q[5])) + ((q[2] + q[6]) + (q[3] + q[7])); };
        if (!(fold(sw) > 0.0))
            break;
        if (cmadOut)
            *cmadOut = cmad;
        if (sumWOut)
            *sumWOut = fold(sw);
        const double step = fold(sd) / fold(sw);
        centre += step;
        if (!(std::abs(step) > tol))
            break;
    }
    return centre;
}

// Window membership written from the definitions, O(n^2). The biweight (kind 2) starts from
// the previous cadence's value when that is finite (warmStart), from the median otherwise.
std::vector<double> bruteSlider(const std::vector<double>& t, const std::vector<double>& f,
                                const std::vector<std::uint8_t>& ex, double w, int kind, bool warmStart = true)
{
    std::vector<double> out(t.size(), std::nan(""));
    std::vector<std::size_t> prevMembers;  // the previous cadence's window (biweight)
    double prevCmad = 0.0, prevSumW = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::vector<double> win;
        std::vector<std::size_t> members;
        for (std::size_t j = 0; j < t.size(); ++j) {
            if (!ex.empty() && ex[j])
                continue;
            const bool in = kind == 2 ? (t[j] >= t[i] - w / 2 && t[j] < t[i] + w / 2)  // wotan half-open
                                      : std::abs(t[j] - t[i]) <= w / 2;
            if (in) {
                win.push_back(f[j]);
                members.push_back(j);
            }
        }
        if (win.empty()) {
            prevMembers.clear();
            continue;
        }
        if (kind == 0) {
            double s = 0;
            for (double x : win)
                s += x;
            out[i] = s / double(win.size());
        } else if (kind == 1) {
            out[i] = bruteMedian(win);
        } else {
            double start = warmStart && i > 0 ? out[i - 1] : std::nan("");
            // The predicted start: the first Newton step from out[i - 1] that the points
            // entering and leaving the window make, with the previous scale and weight sum.
            std::vector<std::size_t> entering, leaving;
            std::set_difference(members.begin(), members.end(), prevMembers.begin(), prevMembers.end(),
                                std::back_inserter(entering));
            std::set_difference(prevMembers.begin(), prevMembers.end(), members.begin(), members.end(),
                                std::back_inserter(leaving));
            if (warmStart && !prevMembers.empty() && prevSumW > 0.0
                && entering.size() + leaving.size() <= kBiweightPredictMaxMoved) {
                const double c0 = out[i - 1];
                double p = 0.0, q = 0.0;
                for (std::size_t j : entering) {
                    const double d = f[j] - c0, u = d * prevCmad, om = std::max(1.0 - u * u, 0.0);
                    p += d * (om * om);
                    q += om * om;
                }
                for (std::size_t j : leaving) {
                    const double d = f[j] - c0, u = d * prevCmad, om = std::max(1.0 - u * u, 0.0);
                    p -= d * (om * om);
                    q -= om * om;
                }
                start = prevSumW + q > 0.0 ? c0 + p / (prevSumW + q) : c0;
            }
            out[i] = bruteBiweight(win, 5.0, 1e-6, 100, start, &prevCmad, &prevSumW);
            prevMembers = members;
        }
    }
    return out;
}

struct Synthetic {
    Series s;
    std::vector<double> trueTrend;
    std::vector<std::uint8_t> inTransit;
};

// Slow sinusoid (1 %, 9 d) times box transits (depth 1000 ppm, 4.8 h, P = 3.7 d),
// Kepler long cadence for 60 d, white noise 100 ppm.
Synthetic makeTransitCurve(unsigned seed, double amplitude = 0.01)
{
    Synthetic y;
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1e-4);
    const double dt = 0.02043365, P = 3.7, t0 = 1.3, dur = 0.2;
    for (int i = 0; i < 2936; ++i) {
        const double t = 130.0 + i * dt;
        const double trend = 1.0 + amplitude * std::sin(kTwoPi * t / 9.0);
        const double ph = std::remainder(t - 130.0 - t0, P);
        const bool in = std::abs(ph) < dur / 2;
        y.s.time.push_back(t);
        y.s.flux.push_back(trend * (in ? 1.0 - 1e-3 : 1.0) + noise(rng));
        y.trueTrend.push_back(trend);
        y.inTransit.push_back(in ? 1 : 0);
    }
    return y;
}

// Mask slightly wider than the transit, as a user would draw it.
std::vector<std::uint8_t> widenMask(const Synthetic& y, double pad)
{
    std::vector<std::uint8_t> m(y.s.size(), 0);
    for (std::size_t i = 0; i < m.size(); ++i) {
        const double ph = std::remainder(y.s.time[i] - 130.0 - 1.3, 3.7);
        m[i] = std::abs(ph) < 0.1 + pad;
    }
    return m;
}

struct RefCsv {
    std::vector<double> time, flux, sg101, sg51, lk, lkMasked;
    std::vector<int> seg;
};

RefCsv readReference()
{
    RefCsv r;
    std::ifstream in(EXO_SOURCE_DIR "/tests/core/detrend/savgol_reference.csv");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line[0] == 't')
            continue;
        std::stringstream ss(line);
        std::string cell;
        std::vector<double> v;
        while (std::getline(ss, cell, ','))
            v.push_back(std::stod(cell));
        if (v.size() != 7)
            continue;
        r.time.push_back(v[0]);
        r.flux.push_back(v[1]);
        r.seg.push_back(int(v[2]));
        r.sg101.push_back(v[3]);
        r.sg51.push_back(v[4]);
        r.lk.push_back(v[5]);
        r.lkMasked.push_back(v[6]);
    }
    return r;
}

double relErr(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-300); }

}  // namespace

class TestDetrenders : public QObject {
    Q_OBJECT
private slots:
    // ---------- sliders vs brute force ----------
    void slidersMatchBruteForce_data()
    {
        QTest::addColumn<int>("kind");  // 0 mean, 1 median, 2 biweight
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("window");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<bool>("quantised");  // ties: exercises even-count medians and MAD = 0
        for (int kind = 0; kind < 3; ++kind) {
            const char* name = kind == 0 ? "mean" : kind == 1 ? "median" : "biweight";
            QTest::addRow("%s-small", name) << kind << 1u << 60 << 0.3 << false << false;
            QTest::addRow("%s-masked", name) << kind << 2u << 400 << 0.5 << true << false;
            QTest::addRow("%s-ties", name) << kind << 3u << 300 << 0.25 << false << true;
            QTest::addRow("%s-ties-masked", name) << kind << 4u << 500 << 0.8 << true << true;
            QTest::addRow("%s-wide", name) << kind << 5u << 250 << 3.0 << false << false;
        }
        // Windows of about 70 points: the biweight's warm start at most cadences.
        QTest::addRow("biweight-warm") << 2 << 6u << 900 << 1.2 << false << false;
        QTest::addRow("biweight-warm-masked") << 2 << 7u << 900 << 1.5 << true << false;
    }
    void slidersMatchBruteForce()
    {
        QFETCH(int, kind);
        QFETCH(unsigned, seed);
        QFETCH(int, n);
        QFETCH(double, window);
        QFETCH(bool, masked);
        QFETCH(bool, quantised);
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> step(0.005, 0.03), u(0.0, 1.0);
        std::normal_distribution<double> g(0.0, 1e-3);
        std::vector<double> t, f;
        std::vector<std::uint8_t> ex;
        double tt = 10.0;
        for (int i = 0; i < n; ++i) {
            tt += step(rng);
            t.push_back(tt);
            double v = 1.0 + 0.002 * std::sin(tt) + g(rng) + (u(rng) < 0.03 ? 0.01 : 0.0);
            if (quantised)
                v = std::round(v * 2000.0) / 2000.0;
            f.push_back(v);
            ex.push_back(masked && u(rng) < 0.2 ? 1 : 0);
        }
        if (masked)  // a long masked run, so some windows hold no unmasked point
            std::fill(ex.begin() + n / 2, ex.begin() + n / 2 + n / 5, 1);
        const auto ref = bruteSlider(t, f, ex, window, kind);
        std::vector<double> got;
        BiweightCounts counts;
        if (kind == 0)
            got = movingMean(t, f, ex, window);
        else if (kind == 1)
            got = slidingMedian(t, f, ex, window);
        else {
            auto r = biweightTrend(t, f, ex, window, 5.0, 0.0, 1e-6, 100, {}, {}, {}, true, &counts);
            QVERIFY(r.ok());
            got = r.value;
            // wotan's median start at every cadence: the same fixed points within a few
            // tolerances (1e-6 on values near 1), and bit for bit the brute force without the warm start.
            const auto wotan = bruteSlider(t, f, ex, window, kind, false);
            auto cold = biweightTrend(t, f, ex, window, 5.0, 0.0, 1e-6, 100, {}, {}, {}, false);
            QVERIFY(cold.ok());
            double maxDiff = 0;
            for (std::size_t i = 0; i < wotan.size(); ++i) {
                QCOMPARE(std::isnan(got[i]), std::isnan(wotan[i]));
                QVERIFY(cold.value[i] == wotan[i] || (std::isnan(cold.value[i]) && std::isnan(wotan[i])));
                if (!std::isnan(wotan[i]))
                    maxDiff = std::max(maxDiff, std::abs(got[i] - wotan[i]));
            }
            qInfo("max diff %.3g, warm %lld (predicted %lld) of %lld, %.2f Newton sums per location", maxDiff,
                  counts.warm, counts.predicted, counts.locations, double(counts.sums) / double(counts.locations));
            QVERIFY2(maxDiff < 3e-6, qPrintable(QString::number(maxDiff)));
            if (window >= 1.0) {  // windows of 32 points or more: warm and predicted starts happened
                QVERIFY2(counts.warm > counts.locations / 2, qPrintable(QString::number(counts.warm)));
                QVERIFY2(counts.predicted > counts.locations / 2, qPrintable(QString::number(counts.predicted)));
            }
        }
        QCOMPARE(got.size(), ref.size());
        int nanCount = 0;
        for (std::size_t i = 0; i < ref.size(); ++i) {
            if (std::isnan(ref[i])) {
                QVERIFY2(std::isnan(got[i]), qPrintable(QString("index %1").arg(i)));
                ++nanCount;
                continue;
            }
            if (kind == 0)  // running compensated sum vs direct sum: last-bit differences only
                QVERIFY2(relErr(got[i], ref[i]) < 1e-13, qPrintable(QString("index %1").arg(i)));
            else  // same values, same order of operations: bit-identical
                QVERIFY2(
                    got[i] == ref[i],
                    qPrintable(QString("index %1: %2 vs %3").arg(i).arg(got[i], 0, 'g', 17).arg(ref[i], 0, 'g', 17)));
        }
        if (masked && window < 1.0)
            QVERIFY(nanCount > 0);  // the masked run did produce empty windows
    }

    void biweightIsRobustToOutliers()
    {
        // 1 % outliers far above the level move the median slightly, the biweight hardly.
        std::vector<double> d;
        for (int i = 0; i < 200; ++i)
            d.push_back(1.0 + 1e-4 * std::sin(i * 1.7) + (i % 10 == 0 ? 0.05 : 0.0));
        std::vector<double> s = d;
        std::sort(s.begin(), s.end());
        const double bw = biweightLocation(d, s, 5.0, 1e-6, 100);
        QVERIFY(std::abs(bw - 1.0) < 3e-5);
        // c -> infinity tends to the mean (all weights 1 after the first step)
        const double wide = biweightLocation(d, s, 1e9, 1e-12, 100);
        double mean = 0;
        for (double x : d)
            mean += x;
        mean /= double(d.size());
        QVERIFY(std::abs(wide - mean) < 1e-9);
    }

    void biweightEdgeCutoff()
    {
        std::vector<double> t, f;
        for (int i = 0; i < 500; ++i) {
            t.push_back(i * 0.01);
            f.push_back(1.0 + 1e-3 * std::sin(i * 0.37));
        }
        auto r = biweightTrend(t, f, {}, 1.0, 5.0, 0.2);
        QVERIFY(r.ok());
        for (std::size_t i = 0; i < t.size(); ++i) {
            const bool cut = t[i] < t.front() + 0.2 || t[i] > t.back() - 0.2;
            QCOMPARE(std::isnan(r.value[i]), cut);
        }
    }

    // ---------- Savitzky-Golay vs scipy ----------
    void savgolMatchesScipy_data()
    {
        QTest::addColumn<int>("wl");
        QTest::addColumn<int>("po");
        QTest::newRow("101-2 (lightkurve default)") << 101 << 2;
        QTest::newRow("51-3") << 51 << 3;
    }
    void savgolMatchesScipy()
    {
        // Reference: tests/core/detrend/savgol_reference.csv, written by
        // `/usr/bin/python3 tests/core/detrend/make_savgol_reference.py`
        // (scipy.signal.savgol_filter, mode='interp', on each segment).
        QFETCH(int, wl);
        QFETCH(int, po);
        const RefCsv ref = readReference();
        QCOMPARE(ref.time.size(), std::size_t(1500));
        const auto& expect = wl == 101 ? ref.sg101 : ref.sg51;
        int segs = 0;
        for (std::size_t b = 0; b < ref.time.size();) {
            std::size_t e = b;
            while (e < ref.time.size() && ref.seg[e] == ref.seg[b])
                ++e;
            auto r = savgolFilter(std::span<const double>(ref.flux).subspan(b, e - b), wl, po);
            QVERIFY(r.ok());
            for (std::size_t k = 0; k < e - b; ++k)
                QVERIFY2(relErr(r.value[k], expect[b + k]) < 1e-9, qPrintable(QString("row %1").arg(b + k)));
            ++segs;
            b = e;
        }
        QCOMPARE(segs, 2);
    }

    void savgolFlattenMatchesLightkurve_data()
    {
        QTest::addColumn<bool>("masked");
        QTest::newRow("no mask") << false;
        QTest::newRow("transit mask") << true;
    }
    void savgolFlattenMatchesLightkurve()
    {
        // Reference columns lk_trend / lk_masked: lightkurve's flatten() loop
        // re-implemented in make_savgol_reference.py (niters=3, sigma=3,
        // break_tolerance=5, 101/2; mask 104.0-104.4 and 120.0-120.15).
        QFETCH(bool, masked);
        const RefCsv ref = readReference();
        Series s;
        s.time = ref.time;
        s.flux = ref.flux;
        DetrendParams p;
        p.method = DetrendMethod::SavGol;
        if (masked)
            for (double t : s.time)
                p.transitMask.push_back((t >= 104.0 && t <= 104.4) || (t >= 120.0 && t <= 120.15));
        auto r = detrendSeries(s, p);
        QVERIFY(r.ok());
        const auto& expect = masked ? ref.lkMasked : ref.lk;
        for (std::size_t i = 0; i < s.size(); ++i) {
            QVERIFY2(relErr(r.value.trend[i], expect[i]) < 1e-9, qPrintable(QString("row %1").arg(i)));
            QCOMPARE(r.value.flat[i], s.flux[i] / r.value.trend[i]);
        }
    }

    // ---------- transits survive ----------
    void transitDepthPreserved_data()
    {
        // A location slider assumes the trend is flat across its window; with a
        // transit mask the window is lopsided next to the hole, so its bias grows
        // with the star's slope. Sliders get a 0.2 % / 9 d star, savgol (local
        // quadratic) a 1 % / 9 d one. Tolerances: depth 10 %, interior trend rms.
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("amplitude");
        QTest::addColumn<double>("maxRms");
        QTest::newRow("moving mean") << int(DetrendMethod::MovingMean) << 0.002 << 8e-5;
        QTest::newRow("sliding median") << int(DetrendMethod::SlidingMedian) << 0.002 << 8e-5;
        QTest::newRow("biweight") << int(DetrendMethod::Biweight) << 0.002 << 8e-5;
        QTest::newRow("biweight 1%") << int(DetrendMethod::Biweight) << 0.01 << 3e-4;
        QTest::newRow("savgol") << int(DetrendMethod::SavGol) << 0.01 << 6e-5;
    }
    void transitDepthPreserved()
    {
        QFETCH(int, method);
        QFETCH(double, amplitude);
        QFETCH(double, maxRms);
        const Synthetic y = makeTransitCurve(7, amplitude);
        DetrendParams p;
        p.method = DetrendMethod(method);
        p.windowLength = 49;  // ~1 d at 29.4 min cadence, comparable to the 0.75 d sliders
        p.transitMask = widenMask(y, 0.03);
        auto r = detrendSeries(y.s, p);
        QVERIFY(r.ok());
        double inSum = 0, outSum = 0, trendErr2 = 0, edgeErr = 0;
        int nIn = 0, nOut = 0, nInterior = 0;
        for (std::size_t i = 0; i < y.s.size(); ++i) {
            QVERIFY(std::isfinite(r.value.trend[i]));
            const double e = r.value.trend[i] / y.trueTrend[i] - 1.0;
            // Sliders are one-sided within half a window of the ends; judge the
            // interior tightly and the ends loosely.
            if (y.s.time[i] > y.s.time.front() + 0.5 && y.s.time[i] < y.s.time.back() - 0.5) {
                trendErr2 += e * e;
                ++nInterior;
            } else {
                edgeErr = std::max(edgeErr, std::abs(e));
            }
            if (y.inTransit[i]) {
                inSum += r.value.flat[i];
                ++nIn;
            } else {
                outSum += r.value.flat[i];
                ++nOut;
            }
        }
        const double depth = 1.0 - (inSum / nIn) / (outSum / nOut);
        const double rmsTrend = std::sqrt(trendErr2 / double(nInterior));
        qInfo("depth %.1f ppm (true 1000), interior trend rms error %.1f ppm, worst at the ends %.1f ppm", depth * 1e6,
              rmsTrend * 1e6, edgeErr * 1e6);
        QVERIFY(edgeErr < 3e-3);
        QVERIFY2(std::abs(depth - 1e-3) < 1e-4, qPrintable(QString::number(depth * 1e6)));
        QVERIFY2(rmsTrend < maxRms, qPrintable(QString::number(rmsTrend * 1e6)));
    }

    void biweightWithoutMaskKeepsMostOfTheDepth()
    {
        // wotan's point: the biweight alone (no mask) keeps transits shorter than
        // ~1/3 of the window, provided the star varies slowly on that scale
        // (here 0.1 %, 9 d; a 1 % sinusoid would dominate the window's MAD).
        const Synthetic y = makeTransitCurve(8, 0.001);
        DetrendParams p;  // defaults: biweight, 0.75 d
        auto r = detrendSeries(y.s, p);
        QVERIFY(r.ok());
        double inSum = 0, outSum = 0;
        int nIn = 0, nOut = 0;
        for (std::size_t i = 0; i < y.s.size(); ++i)
            (y.inTransit[i] ? (inSum += r.value.flat[i], ++nIn) : (outSum += r.value.flat[i], ++nOut));
        const double depth = 1.0 - (inSum / nIn) / (outSum / nOut);
        QVERIFY2(depth > 0.8e-3 && depth < 1.1e-3, qPrintable(QString::number(depth * 1e6)));
    }

    // ---------- segments ----------
    void stepBetweenSegmentsIsNotSmeared_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("moving mean") << int(DetrendMethod::MovingMean);
        QTest::newRow("sliding median") << int(DetrendMethod::SlidingMedian);
        QTest::newRow("biweight") << int(DetrendMethod::Biweight);
        QTest::newRow("savgol") << int(DetrendMethod::SavGol);
    }
    void stepBetweenSegmentsIsNotSmeared()
    {
        QFETCH(int, method);
        // Two 5-day segments, 0.5 d apart, levels 1.00 and 1.05.
        Series s;
        std::mt19937 rng(11);
        std::normal_distribution<double> g(0.0, 1e-4);
        const double dt = 0.02043365;
        for (int i = 0; i < 245; ++i) {
            s.time.push_back(200.0 + i * dt);
            s.flux.push_back(1.0 + g(rng));
        }
        const double t2 = s.time.back() + 0.5;
        for (int i = 0; i < 245; ++i) {
            s.time.push_back(t2 + i * dt);
            s.flux.push_back(1.05 + g(rng));
        }
        DetrendParams p;
        p.method = DetrendMethod(method);
        auto r = detrendSeries(s, p);
        QVERIFY(r.ok());
        QCOMPARE(r.value.segments, std::size_t(method == int(DetrendMethod::SavGol) ? 1 : 2));
        for (std::size_t i = 0; i < s.size(); ++i)
            QVERIFY2(std::abs(r.value.flat[i] - 1.0) < 6e-4,
                     qPrintable(QString("i=%1 flat=%2").arg(i).arg(r.value.flat[i])));
    }

    void detrendSeriesEqualsPerSegmentSliders_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("moving mean") << int(DetrendMethod::MovingMean);
        QTest::newRow("sliding median") << int(DetrendMethod::SlidingMedian);
        QTest::newRow("biweight") << int(DetrendMethod::Biweight);
    }
    void detrendSeriesEqualsPerSegmentSliders()
    {
        // Three runs separated by 0.3 d and 2 d gaps; break tolerance = window/2 =
        // 0.375 d, so the 0.3 d gap is bridged and the 2 d gap splits. The result
        // must be exactly the single-segment slider on each piece.
        QFETCH(int, method);
        Synthetic y = makeTransitCurve(9, 0.002);
        Series s;
        std::vector<std::size_t> cuts;
        for (std::size_t i = 0; i < y.s.size(); ++i) {
            if (i >= 1000 && i < 1015)
                continue;  // 0.3 d hole
            if (i >= 2000 && i < 2098)
                continue;  // 2 d hole
            s.time.push_back(y.s.time[i]);
            s.flux.push_back(y.s.flux[i]);
        }
        DetrendParams p;
        p.method = DetrendMethod(method);
        auto r = detrendSeries(s, p);
        QVERIFY(r.ok());
        QCOMPARE(r.value.segments, std::size_t(2));
        const std::size_t split = 2000 - 15;
        for (auto [b, e] : {std::pair<std::size_t, std::size_t>{0, split}, {split, s.size()}}) {
            const std::span<const double> t(s.time.data() + b, e - b), f(s.flux.data() + b, e - b);
            std::vector<double> ref;
            if (p.method == DetrendMethod::MovingMean)
                ref = movingMean(t, f, {}, p.windowDays);
            else if (p.method == DetrendMethod::SlidingMedian)
                ref = slidingMedian(t, f, {}, p.windowDays);
            else
                ref = biweightTrend(t, f, {}, p.windowDays).value;
            for (std::size_t k = 0; k < ref.size(); ++k)
                QCOMPARE(r.value.trend[b + k], ref[k]);
        }
    }

    void progressIsMonotonic()
    {
        const Synthetic y = makeTransitCurve(10);
        long long last = -1, total = 0;
        bool monotonic = true;
        auto r = detrendSeries(y.s, DetrendParams{}, [&](long long done, long long tot) {
            monotonic = monotonic && done >= last && done <= tot;
            last = done;
            total = tot;
            return true;
        });
        QVERIFY(r.ok());
        QVERIFY(monotonic);
        QCOMPARE(last, total);
        QCOMPARE(total, (long long)y.s.size());
    }

    void seriesSegmentIdsSplitToo()
    {
        // No time gap at all, but two files stitched: the step must not smear.
        Series s;
        for (int i = 0; i < 400; ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(i < 200 ? 1.0 : 1.1);
            s.segment.push_back(i < 200 ? 0 : 1);
        }
        auto r = detrendSeries(s, DetrendParams{});
        QVERIFY(r.ok());
        QCOMPARE(r.value.segments, std::size_t(2));
        for (double f : r.value.flat)
            QCOMPARE(f, 1.0);
    }

    void nanCadencesGetNaNTrend()
    {
        Synthetic y = makeTransitCurve(3);
        y.s.flux[100] = std::nan("");
        y.s.time[200] = std::nan("");
        y.s.fluxErr.assign(y.s.size(), 1e-4);
        auto r = detrendSeries(y.s, DetrendParams{});
        QVERIFY(r.ok());
        QVERIFY(std::isnan(r.value.trend[100]) && std::isnan(r.value.flat[100]));
        QVERIFY(std::isnan(r.value.trend[200]));
        QVERIFY(std::isfinite(r.value.trend[101]));
        QCOMPARE(r.value.flatErr[101], 1e-4 / r.value.trend[101]);
    }

    void noneMethodIsIdentity()
    {
        const Synthetic y = makeTransitCurve(4);
        DetrendParams p;
        p.method = DetrendMethod::None;
        auto r = detrendSeries(y.s, p);
        QVERIFY(r.ok());
        QCOMPARE(r.value.flat, y.s.flux);
    }

    void cancelStops()
    {
        const Synthetic y = makeTransitCurve(5);
        int calls = 0;
        auto r = detrendSeries(y.s, DetrendParams{}, [&](long long, long long) { return ++calls < 2; });
        QCOMPARE(r.status.code, ErrorCode::Cancelled);
    }

    // ---------- bad parameters ----------
    void badParameters_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("window");
        QTest::addColumn<int>("wl");
        QTest::addColumn<int>("po");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("expected");
        const int inv = int(ErrorCode::InvalidParameter);
        const int bw = int(DetrendMethod::Biweight), sg = int(DetrendMethod::SavGol);
        QTest::newRow("negative window") << bw << -0.5 << 101 << 2 << 500 << inv;
        QTest::newRow("zero window") << bw << 0.0 << 101 << 2 << 500 << inv;
        QTest::newRow("NaN window") << bw << std::nan("") << 101 << 2 << 500 << inv;
        QTest::newRow("inf window") << int(DetrendMethod::SlidingMedian) << HUGE_VAL << 101 << 2 << 500 << inv;
        QTest::newRow("window longer than data") << int(DetrendMethod::MovingMean) << 50.0 << 101 << 2 << 500 << inv;
        QTest::newRow("empty input") << bw << 0.75 << 101 << 2 << 0 << inv;
        QTest::newRow("polyorder >= window") << sg << 0.75 << 5 << 5 << 500 << inv;
        QTest::newRow("even window length") << sg << 0.75 << 100 << 2 << 500 << inv;
        QTest::newRow("savgol window longer than data") << sg << 0.75 << 601 << 2 << 500 << inv;
        QTest::newRow("all NaN flux") << bw << 0.75 << 101 << 2 << -500 << int(ErrorCode::AllNaN);
    }
    void badParameters()
    {
        QFETCH(int, method);
        QFETCH(double, window);
        QFETCH(int, wl);
        QFETCH(int, po);
        QFETCH(int, n);
        QFETCH(int, expected);
        Series s;
        for (int i = 0; i < std::abs(n); ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(n < 0 ? std::nan("") : 1.0);
        }
        DetrendParams p;
        p.method = DetrendMethod(method);
        p.windowDays = window;
        p.windowLength = wl;
        p.polyorder = po;
        auto r = detrendSeries(s, p);
        QCOMPARE(int(r.status.code), expected);
    }

    void methodNamesRoundTrip()
    {
        for (DetrendMethod m : {DetrendMethod::None, DetrendMethod::MovingMean, DetrendMethod::SlidingMedian,
                                DetrendMethod::Biweight, DetrendMethod::SavGol}) {
            DetrendMethod back = DetrendMethod::None;
            QVERIFY(parseDetrendMethod(detrendMethodName(m), back));
            QCOMPARE(back, m);
        }
        DetrendMethod keep = DetrendMethod::SavGol;
        QVERIFY(!parseDetrendMethod("wavelet", keep));
        QCOMPARE(keep, DetrendMethod::SavGol);
        QCOMPARE(std::string(detrendMethodName(DetrendParams{}.method)), std::string("biweight"));
    }

    void badMaskAndUnsortedTime()
    {
        Series s;
        for (int i = 0; i < 300; ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(1.0);
        }
        DetrendParams p;
        p.transitMask.assign(10, 1);
        QCOMPARE(detrendSeries(s, p).status.code, ErrorCode::InvalidParameter);
        std::swap(s.time[10], s.time[20]);
        QCOMPARE(detrendSeries(s, DetrendParams{}).status.code, ErrorCode::InvalidParameter);
        QCOMPARE(savgolFilter(s.flux, 7, 7).status.code, ErrorCode::InvalidParameter);
        QCOMPARE(savgolFilter(std::vector<double>(5, 1.0), 7, 2).status.code, ErrorCode::InvalidParameter);
    }
};

QTEST_APPLESS_MAIN(TestDetrenders)
#include "test_detrenders.moc"
