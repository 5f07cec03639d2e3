#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "plots/lod.h"

using namespace exo::ui;

namespace {
// 1e6 cadences of 2 minutes (x in days), flux ~1 with a 100 ppm wiggle and
// one single-cadence dip of 5 % at index 543210: a one-cadence transit that must survive.
constexpr std::size_t kN = 1'000'000;
constexpr std::size_t kDip = 543'210;
void makeSeries(std::vector<double>& x, std::vector<double>& y)
{
    x.resize(kN);
    y.resize(kN);
    for (std::size_t i = 0; i < kN; ++i) {
        x[i] = 1000.0 + double(i) * (2.0 / 1440.0);
        y[i] = 1.0 + 1e-4 * std::sin(double(i) * 0.7);
    }
    y[kDip] = 0.95;
}
}  // namespace

class TestLod : public QObject {
    Q_OBJECT
private slots:
    void keepsSingleDeepOutlier_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("800 px") << 800;
        QTest::newRow("1920 px") << 1920;
        QTest::newRow("97 px") << 97;
    }
    void keepsSingleDeepOutlier()
    {
        QFETCH(int, width);
        std::vector<double> x, y, ox, oy;
        std::vector<std::size_t> idx;
        makeSeries(x, y);
        lod::decimateMinMax(x.data(), y.data(), kN, x.front(), x.back(), width, lod::Scale::Linear, ox, oy, &idx);
        QVERIFY(ox.size() <= std::size_t(2 * width + 2));
        QVERIFY(ox.size() >= std::size_t(width));  // every column holds points
        QCOMPARE(*std::min_element(oy.begin(), oy.end()), 0.95);
        QVERIFY(std::find(idx.begin(), idx.end(), kDip) != idx.end());
        QVERIFY(std::is_sorted(ox.begin(), ox.end()));
        for (std::size_t k = 0; k < idx.size(); ++k) {
            QCOMPARE(ox[k], x[idx[k]]);
            QCOMPARE(oy[k], y[idx[k]]);
        }
    }
    void zoomedRangeIsBoundedAndLocal()
    {
        std::vector<double> x, y, ox, oy;
        makeSeries(x, y);
        const double x0 = x[kDip - 50'000], x1 = x[kDip + 50'000];
        lod::decimateMinMax(x.data(), y.data(), kN, x0, x1, 600, lod::Scale::Linear, ox, oy);
        QVERIFY(ox.size() <= 2 * 600 + 2);
        QCOMPARE(*std::min_element(oy.begin(), oy.end()), 0.95);
        // Only the two edge neighbours may lie outside [x0, x1].
        const auto outside = std::count_if(ox.begin(), ox.end(), [&](double v) { return v < x0 || v > x1; });
        QVERIFY(outside <= 2);
    }
    void fewPointsAreCopied()
    {
        std::vector<double> x, y, ox, oy;
        makeSeries(x, y);
        // 101 visible points (+2 edge neighbours) in 800 px: no decimation.
        lod::decimateMinMax(x.data(), y.data(), kN, x[1000], x[1100], 800, lod::Scale::Linear, ox, oy);
        QCOMPARE(ox.size(), std::size_t(103));
        QCOMPARE(ox.front(), x[999]);
        QCOMPARE(ox.back(), x[1101]);
    }
    void skipsNanAndHandlesEmpty()
    {
        std::vector<double> x{1, 2, 3, 4}, y{1, NAN, 3, NAN}, ox, oy;
        lod::decimateMinMax(x.data(), y.data(), 4, 0, 5, 1, lod::Scale::Linear, ox, oy);
        QCOMPARE(ox, (std::vector<double>{1, 3}));
        lod::decimateMinMax(x.data(), y.data(), 0, 0, 5, 100, lod::Scale::Linear, ox, oy);
        QVERIFY(ox.empty());
        const auto r = lod::visibleRange(x.data(), 4, 2.5, 2.6);  // no point inside: the neighbours
        QCOMPARE(r.first, std::size_t(1));
        QCOMPARE(r.second, std::size_t(3));
    }
    void logScaleBoundsAndPeak()
    {
        // A periodogram on a log period grid: 200k periods from 0.5 to 50 d, one sharp peak.
        const std::size_t n = 200'000;
        std::vector<double> p(n), pw(n), ox, oy;
        for (std::size_t i = 0; i < n; ++i) {
            p[i] = 0.5 * std::pow(100.0, double(i) / double(n - 1));
            pw[i] = 0.1 * (1 + std::sin(double(i)));
        }
        pw[12345] = 10.0;
        lod::decimateMinMax(p.data(), pw.data(), n, 0.5, 50.0, 500, lod::Scale::Log10, ox, oy);
        QVERIFY(ox.size() <= 2 * 500 + 2);
        QCOMPARE(*std::max_element(oy.begin(), oy.end()), 10.0);
        // Log columns: the decade 0.5-5 d holds about half of the kept points.
        const auto firstDecade = std::count_if(ox.begin(), ox.end(), [](double v) { return v < 5.0; });
        QVERIFY(std::abs(double(firstDecade) / double(ox.size()) - 0.5) < 0.05);
    }
    void occupancyKeepsEveryOccupiedPixel()
    {
        std::vector<double> x, y, ox, oy;
        makeSeries(x, y);
        const int w = 800, h = 300;
        const double x0 = x.front(), x1 = x.back(), y0 = 0.94, y1 = 1.001;
        lod::decimateOccupancy(x.data(), y.data(), kN, x0, x1, y0, y1, w, h, ox, oy);
        QVERIFY(ox.size() <= std::size_t(w) * h);
        QVERIFY(ox.size() < kN / 100);  // the 1e-4 wiggle spans one or two pixel rows
        QCOMPARE(*std::min_element(oy.begin(), oy.end()), 0.95);
        auto pixel = [&](double xv, double yv) {  // the same arithmetic as the implementation
            const long c = std::clamp(long(std::floor((xv - x0) * (w / (x1 - x0)))), -1L, long(w));
            const long r = std::clamp(long(std::floor((yv - y0) * (h / (y1 - y0)))), -1L, long(h));
            return (c + 1) * (h + 2) + (r + 1);
        };
        std::set<long> all, kept;
        for (std::size_t i = 0; i < kN; ++i)
            all.insert(pixel(x[i], y[i]));
        for (std::size_t i = 0; i < ox.size(); ++i)
            QVERIFY(kept.insert(pixel(ox[i], oy[i])).second);  // one point per pixel
        QCOMPARE(kept, all);
    }
};

QTEST_APPLESS_MAIN(TestLod)
#include "test_lod.moc"
