// Tests for core/detrend/clean.h, segments.h and bin.h.
#include <QtTest>

#include <cmath>
#include <random>

#include "detrend/bin.h"
#include "detrend/clean.h"
#include "detrend/segments.h"

using namespace exo;
using namespace exo::detrend;

namespace {
Series flatSeries(int n, double level, double noise, unsigned seed, double dt = 0.02043365)
{
    Series s;
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, noise);
    for (int i = 0; i < n; ++i) {
        s.time.push_back(100.0 + i * dt);
        s.flux.push_back(level + g(rng));
        s.fluxErr.push_back(noise);
        s.quality.push_back(0);
        s.cadenceNo.push_back(1000 + i);
    }
    return s;
}
}  // namespace

class TestClean : public QObject {
    Q_OBJECT
private slots:
    // ---------------- cleaning ----------------
    void qualityAndNaNAreRemovedWithReasons()
    {
        Series s = flatSeries(50, 1000.0, 1.0, 1);
        s.quality[3] = 1;         // attitude tweak: in the mask below
        s.quality[4] = 1u << 10;  // not in the mask
        s.quality[5] = 4 | 8;
        s.flux[10] = std::nan("");
        s.time[11] = std::nan("");
        CleanParams p;
        p.qualityBitmask = 1 | 8;
        p.clip.enabled = false;
        auto r = cleanSeries(s, p);
        QVERIFY(r.ok());
        const CleanOutput& o = r.value;
        QCOMPARE(o.removedQuality, std::size_t(2));
        QCOMPARE(o.removedNaN, std::size_t(2));
        QCOMPARE(o.series.size(), std::size_t(46));
        QCOMPARE(o.reason[3], Removal::Quality);
        QCOMPARE(o.reason[4], Removal::Kept);
        QCOMPARE(o.reason[5], Removal::Quality);
        QCOMPARE(o.reason[10], Removal::NaN);
        QCOMPARE(o.reason[11], Removal::NaN);
        // index map and keep mask agree with each other and with the data
        std::size_t kept = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            kept += o.keep[i];
        QCOMPARE(kept, o.index.size());
        for (std::size_t k = 0; k < o.index.size(); ++k) {
            QVERIFY(o.keep[o.index[k]]);
            QCOMPARE(o.series.time[k], s.time[o.index[k]]);
            QCOMPARE(o.series.cadenceNo[k], s.cadenceNo[o.index[k]]);
            QCOMPARE(o.series.flux[k], s.flux[o.index[k]] / o.normalisation);
        }
    }

    void normalisationDividesFluxAndErrors()
    {
        Series s;
        for (double f : {10.0, 30.0, 20.0, 40.0, std::nan(""), 1000.0}) {
            s.time.push_back(double(s.time.size()));
            s.flux.push_back(f);
            s.fluxErr.push_back(2.0);
        }
        CleanParams p;
        p.clip.enabled = false;
        auto r = cleanSeries(s, p);
        QVERIFY(r.ok());
        // nanmedian of {10, 30, 20, 40, 1000} = 30 (numpy.nanmedian on the kept values)
        QCOMPARE(r.value.normalisation, 30.0);
        QCOMPARE(r.value.series.flux[0], 10.0 / 30.0);
        QCOMPARE(r.value.series.fluxErr[0], 2.0 / 30.0);
        QCOMPARE(nanMedian(std::vector<double>{4, 1, std::nan(""), 3, 2}), 2.5);
        QCOMPARE(robustSigma(std::vector<double>{1, 2, 3, 4, 100}), 1.4826);  // MAD of {2,1,0,1,97} = 1
    }

    void clipping_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<double>("window");
        QTest::addColumn<bool>("dipsSurvive");
        QTest::newRow("upper global") << int(ClipSide::Upper) << 0.0 << true;
        QTest::newRow("upper running") << int(ClipSide::Upper) << 1.0 << true;
        QTest::newRow("symmetric global") << int(ClipSide::Symmetric) << 0.0 << false;
        QTest::newRow("symmetric running") << int(ClipSide::Symmetric) << 1.0 << false;
    }
    void clipping()
    {
        QFETCH(int, side);
        QFETCH(double, window);
        QFETCH(bool, dipsSurvive);
        Series s = flatSeries(2000, 5000.0, 0.5, 2);  // 100 ppm noise after normalising
        // Slow ramp (0.2 %, 20 noise sigmas): the running clip follows it, the
        // global robust sigma (~7e-4) is widened by it but still far below 1 %.
        for (std::size_t i = 0; i < s.size(); ++i)
            s.flux[i] *= 1.0 + 0.002 * double(i) / double(s.size());
        const std::vector<std::size_t> flares = {100, 700, 1500}, dips = {300, 301, 302, 1200};
        for (auto i : flares)
            s.flux[i] *= 1.01;  // 100-sigma upward outliers
        for (auto i : dips)
            s.flux[i] *= 0.99;  // transit-like dips
        CleanParams p;
        p.clip.side = ClipSide(side);
        p.clip.windowDays = window;
        p.clip.sigma = 5.0;
        auto r = cleanSeries(s, p);
        QVERIFY(r.ok());
        for (auto i : flares)
            QCOMPARE(r.value.reason[i], Removal::Clipped);
        for (auto i : dips)
            QCOMPARE(r.value.reason[i] == Removal::Kept, dipsSurvive);
        // Hardly anything but the planted points goes: a running MAD from ~49
        // points scatters by ~15 %, so a Gaussian point may cross 5 "sigma" now
        // and then; allow 2 of 2000 (0.1 %).
        const std::size_t planted = flares.size() + (dipsSurvive ? 0 : dips.size());
        QVERIFY2(r.value.removedClipped >= planted && r.value.removedClipped <= planted + 2,
                 qPrintable(QString::number(r.value.removedClipped)));
    }

    void clippingIterates()
    {
        // A 3-sigma clip on a heavy tail removes more on the second pass.
        std::vector<double> f(1000, 1.0), t(1000);
        std::mt19937 rng(3);
        std::normal_distribution<double> g(0.0, 1e-3);
        for (std::size_t i = 0; i < f.size(); ++i) {
            t[i] = double(i);
            f[i] += g(rng) + (i % 25 == 0 ? 4e-3 + 1e-5 * double(i) : 0.0);
        }
        std::vector<std::uint8_t> active(f.size(), 1);
        ClipParams one;
        one.sigma = 3.0;
        one.maxIterations = 1;
        ClipParams many = one;
        many.maxIterations = 10;
        auto a = sigmaClipMask(t, f, active, one), b = sigmaClipMask(t, f, active, many);
        QVERIFY(a.ok() && b.ok());
        const auto count = [](const std::vector<std::uint8_t>& m) { return std::count(m.begin(), m.end(), 0); };
        QVERIFY(count(b.value) >= count(a.value));
        ClipParams bad = one;
        bad.sigma = -1;
        QCOMPARE(sigmaClipMask(t, f, active, bad).status.code, ErrorCode::InvalidParameter);
    }

    void runningClipEqualsEveryWindowRecomputed()
    {
        // From its second pass on, the running clip re-evaluates only cadences whose window
        // lost a value; the mask must equal a clip that recomputes every window's median and
        // MAD each pass (numpy semantics through nanMedian/robustSigma), on data with clusters
        // of outliers (several passes), ties, a gap wider than the window and an upper-only clip.
        std::mt19937 rng(5);
        std::normal_distribution<double> g(0.0, 1e-3);
        std::vector<double> t, f;
        for (int i = 0; i < 3000; ++i) {
            t.push_back(i < 1500 ? 0.01 * i : 40.0 + 0.01 * i);
            double v = 1.0 + std::round(g(rng) * 2e4) / 2e7;  // quantised: ties
            if (i % 97 == 0)
                v += 8e-3;
            if (i % 211 < 6)  // clusters: later passes clip what the first one could not
                v += 3e-3 + 1e-3 * (i % 211);
            if (i % 307 < 4)
                v -= 5e-3;
            f.push_back(v);
        }
        for (ClipSide side : {ClipSide::Symmetric, ClipSide::Upper})
            for (double window : {0.3, 1.0}) {
                ClipParams p;
                p.sigma = 3.0;
                p.maxIterations = 10;
                p.windowDays = window;
                p.side = side;
                std::vector<std::uint8_t> active(f.size(), 1);
                const auto got = sigmaClipMask(t, f, active, p);
                QVERIFY(got.ok());
                std::vector<std::uint8_t> keep(f.size(), 1);
                int passes = 0;
                for (int iter = 0; iter < p.maxIterations; ++iter) {
                    std::vector<std::size_t> clip;
                    for (std::size_t k = 0; k < f.size(); ++k) {
                        if (!keep[k])
                            continue;
                        std::vector<double> w;
                        for (std::size_t j = 0; j < f.size(); ++j)
                            if (keep[j] && t[j] >= t[k] - window / 2 && t[j] <= t[k] + window / 2)
                                w.push_back(f[j]);
                        const double med = nanMedian(w), sig = robustSigma(w), d = f[k] - med;
                        if (sig > 0 && (side == ClipSide::Upper ? d > 3.0 * sig : std::abs(d) > 3.0 * sig))
                            clip.push_back(k);
                    }
                    if (clip.empty())
                        break;
                    ++passes;
                    for (std::size_t k : clip)
                        keep[k] = 0;
                }
                QVERIFY2(passes >= 2, "the data must need several passes");
                QVERIFY(got.value == keep);
            }
    }

    void cancelIsHonoured()
    {
        Series s = flatSeries(20000, 1.0, 1e-3, 9);
        CleanParams p;
        p.clip.windowDays = 0.5;  // running clip: the long loop that reports progress
        int calls = 0;
        auto r = cleanSeries(s, p, [&](long long, long long) { return ++calls < 3; });
        QCOMPARE(r.status.code, ErrorCode::Cancelled);
        BinParams b;
        b.binDays = 0.01;
        QCOMPARE(binSeries(s, b, [](long long, long long) { return false; }).status.code, ErrorCode::Cancelled);
    }

    void cleanErrors()
    {
        QCOMPARE(cleanSeries(Series{}, CleanParams{}).status.code, ErrorCode::InvalidParameter);
        Series s = flatSeries(10, 1.0, 0.0, 1);
        s.fluxErr.resize(3);
        QCOMPARE(cleanSeries(s, CleanParams{}).status.code, ErrorCode::InvalidParameter);
        Series n = flatSeries(10, 1.0, 0.0, 1);
        for (double& f : n.flux)
            f = std::nan("");
        QCOMPARE(cleanSeries(n, CleanParams{}).status.code, ErrorCode::AllNaN);
    }

    // ---------------- segments ----------------
    void segments_data()
    {
        // Kepler-11-like layout: long-cadence runs separated by downlink gaps.
        QTest::addColumn<double>("gap");
        QTest::addColumn<int>("minPoints");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("dropped");
        QTest::newRow("default 6 h, 100 pts") << 0.25 << 100 << 3 << 1;
        QTest::newRow("1 d gap merges the 0.5 d hole") << 1.0 << 100 << 2 << 1;
        QTest::newRow("keep everything") << 0.25 << 1 << 4 << 0;
    }
    void segments()
    {
        QFETCH(double, gap);
        QFETCH(int, minPoints);
        QFETCH(int, kept);
        QFETCH(int, dropped);
        // runs of 500, 300 (after 0.5 d), 50 (after 2 d), 400 (after 3 d)
        std::vector<double> t;
        double now = 0;
        for (auto [len, pause] : std::vector<std::pair<int, double>>{{500, 0}, {300, 0.5}, {50, 2.0}, {400, 3.0}}) {
            now += pause;
            for (int i = 0; i < len; ++i, now += 0.0204)
                t.push_back(now);
        }
        SegmentParams p;
        p.gapDays = gap;
        p.minPoints = std::size_t(minPoints);
        auto r = splitAtGaps(t, p);
        QVERIFY(r.ok());
        QCOMPARE(int(r.value.kept.size()), kept);
        QCOMPARE(int(r.value.dropped.size()), dropped);
        QCOMPARE(r.value.kept.front().begin, std::size_t(0));
        std::size_t total = 0;
        for (auto v : {r.value.kept, r.value.dropped})
            for (auto rg : v)
                total += rg.size();
        QCOMPARE(total, t.size());
        if (gap == 0.25)
            QCOMPARE(r.value.kept[1], (IndexRange{500, 800}));
    }

    void segmentIdsAndErrors()
    {
        Series s = flatSeries(300, 1.0, 0.0, 1);
        s.segment.assign(300, 0);
        std::fill(s.segment.begin() + 120, s.segment.end(), 1);
        auto r = splitAtGaps(s, SegmentParams{});
        QVERIFY(r.ok());
        QCOMPARE(r.value.kept.size(), std::size_t(2));
        QCOMPARE(r.value.kept[1].begin, std::size_t(120));
        const Series sl = sliceSeries(s, r.value.kept[1]);
        QCOMPARE(sl.size(), std::size_t(180));
        QCOMPARE(sl.cadenceNo.front(), s.cadenceNo[120]);

        SegmentParams bad;
        bad.gapDays = -1;
        QCOMPARE(splitAtGaps(s, bad).status.code, ErrorCode::InvalidParameter);
        QCOMPARE(splitAtGaps(std::vector<double>{}, SegmentParams{}).status.code, ErrorCode::InvalidParameter);
        QCOMPARE(splitAtGaps(std::vector<double>{1, 3, 2}, SegmentParams{}).status.code, ErrorCode::InvalidParameter);
    }

    // ---------------- binning ----------------
    void binErrors_data()
    {
        QTest::addColumn<int>("stat");
        QTest::addColumn<bool>("withErrors");
        QTest::addColumn<double>("expectFlux");
        QTest::addColumn<double>("expectErr");
        // Bucket values {1, 2, 3, 6}, errors {0.1, 0.2, 0.2, 0.4}:
        // mean 3, sqrt(0.01 + 0.04 + 0.04 + 0.16) / 4 = 0.5 / 4 = 0.125
        // without errors: population std = sqrt(3.5) ; / sqrt(4) = 0.935414...
        // median 2.5, errors times sqrt(pi/2) = 1.2533141...
        QTest::newRow("mean, errors") << int(BinStatistic::Mean) << true << 3.0 << 0.125;
        QTest::newRow("mean, no errors") << int(BinStatistic::Mean) << false << 3.0 << std::sqrt(3.5) / 2.0;
        QTest::newRow("median, errors") << int(BinStatistic::Median) << true << 2.5 << 0.125 * 1.2533141373155;
        QTest::newRow("median, no errors")
            << int(BinStatistic::Median) << false << 2.5 << std::sqrt(3.5) / 2.0 * 1.2533141373155;
    }
    void binErrors()
    {
        QFETCH(int, stat);
        QFETCH(bool, withErrors);
        QFETCH(double, expectFlux);
        QFETCH(double, expectErr);
        Series s;
        s.time = {10.0, 10.1, 10.2, 10.3, 11.05};
        s.flux = {1, 2, 3, 6, 7};
        if (withErrors)
            s.fluxErr = {0.1, 0.2, 0.2, 0.4, 0.3};
        s.quality = {0, 2, 0, 4, 0};
        BinParams p;
        p.binDays = 1.0;
        p.statistic = BinStatistic(stat);
        auto r = binSeries(s, p);
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), std::size_t(2));
        QCOMPARE(r.value.time[0], 10.5);  // bucket centre
        QCOMPARE(r.value.time[1], 11.5);
        QCOMPARE(r.value.quality[0], 6u);
        QCOMPARE(r.value.flux[0], expectFlux);
        QVERIFY(std::abs(r.value.fluxErr[0] - expectErr) < 1e-12);
        // single-point bucket: its own error, or NaN when there is no scatter to measure
        if (withErrors)
            QCOMPARE(r.value.fluxErr[1], stat == 0 ? 0.3 : 0.3 * 1.2533141373155);
        else
            QVERIFY(std::isnan(r.value.fluxErr[1]));
    }

    void binSkipsEmptyBucketsAndRejectsBadInput()
    {
        Series s = flatSeries(1000, 1.0, 1e-3, 5);
        s.time.erase(s.time.begin() + 200, s.time.begin() + 600);  // a hole
        s.flux.erase(s.flux.begin() + 200, s.flux.begin() + 600);
        s.fluxErr.clear();
        s.quality.clear();
        s.cadenceNo.clear();
        BinParams p;
        p.binDays = 0.5;
        auto r = binSeries(s, p);
        QVERIFY(r.ok());
        for (std::size_t k = 1; k < r.value.size(); ++k)
            QVERIFY(r.value.time[k] > r.value.time[k - 1]);
        const double span = s.time.back() - s.time.front();
        QVERIFY(r.value.size() < std::size_t(span / 0.5));  // empty buckets skipped
        p.binDays = 0;
        QCOMPARE(binSeries(s, p).status.code, ErrorCode::InvalidParameter);
        p.binDays = std::nan("");
        QCOMPARE(binSeries(s, p).status.code, ErrorCode::InvalidParameter);
        QCOMPARE(binSeries(Series{}, BinParams{}).status.code, ErrorCode::InvalidParameter);
    }
};

QTEST_APPLESS_MAIN(TestClean)
#include "test_clean.moc"
