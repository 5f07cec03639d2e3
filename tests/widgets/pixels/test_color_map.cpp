#include <QtTest>
#include <cmath>
#include <vector>

#include "pixels/color_map.h"

using namespace exo::ui;

class TestColorMap : public QObject {
    Q_OBJECT
private slots:
    void lutMatchesMatplotlib_data()
    {
        // Reference rows copied from matplotlib lib/matplotlib/_cm_listed.py (_viridis_data,
        // _inferno_data); rows 0, 128, 255 are control points, 100 and 201 are interpolated.
        QTest::addColumn<int>("map");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("g");
        QTest::addColumn<double>("b");
        QTest::newRow("viridis 0") << int(ColorMap::Viridis) << 0 << 0.267004 << 0.004874 << 0.329415;
        QTest::newRow("viridis 100") << int(ColorMap::Viridis) << 100 << 0.166617 << 0.463708 << 0.558119;
        QTest::newRow("viridis 128") << int(ColorMap::Viridis) << 128 << 0.127568 << 0.566949 << 0.550556;
        QTest::newRow("viridis 201") << int(ColorMap::Viridis) << 201 << 0.449368 << 0.813768 << 0.335384;
        QTest::newRow("viridis 255") << int(ColorMap::Viridis) << 255 << 0.993248 << 0.906157 << 0.143936;
        QTest::newRow("inferno 0") << int(ColorMap::Inferno) << 0 << 0.001462 << 0.000466 << 0.013866;
        QTest::newRow("inferno 128") << int(ColorMap::Inferno) << 128 << 0.735683 << 0.215906 << 0.330245;
        QTest::newRow("inferno 255") << int(ColorMap::Inferno) << 255 << 0.988362 << 0.998364 << 0.644924;
        QTest::newRow("gray 77") << int(ColorMap::Gray) << 77 << 77 / 255.0 << 77 / 255.0 << 77 / 255.0;
    }
    void lutMatchesMatplotlib()
    {
        QFETCH(int, map);
        QFETCH(int, index);
        QFETCH(double, r);
        QFETCH(double, g);
        QFETCH(double, b);
        const QRgb c = colorMapLut(ColorMap(map))[std::size_t(index)];
        // Tolerance: one 8-bit step (the tables are interpolated from every 8th row).
        QVERIFY(std::abs(qRed(c) - r * 255) <= 1.0);
        QVERIFY(std::abs(qGreen(c) - g * 255) <= 1.0);
        QVERIFY(std::abs(qBlue(c) - b * 255) <= 1.0);
    }
    void stretchesAreMonotonicUnitMaps()
    {
        for (Stretch s : {Stretch::Linear, Stretch::Sqrt, Stretch::Log, Stretch::Asinh}) {
            QCOMPARE(applyStretch(s, 0.0), 0.0);
            QVERIFY(std::abs(applyStretch(s, 1.0) - 1.0) < 1e-12);
            double prev = -1;
            for (int i = 0; i <= 100; ++i) {
                const double v = applyStretch(s, i / 100.0);
                QVERIFY(v > prev);
                prev = v;
            }
        }
        // astropy SqrtStretch()(0.25) = 0.5
        QCOMPARE(applyStretch(Stretch::Sqrt, 0.25), 0.5);
    }
    void percentilesFollowNumpy()
    {
        // numpy.percentile(np.arange(101.), [1, 99.5]) = [1.0, 99.5] (linear interpolation)
        std::vector<float> v;
        for (int i = 100; i >= 0; --i)
            v.push_back(float(i));
        v.push_back(NAN);  // ignored
        const DisplayLimits lim = percentileLimits(v.data(), v.size(), 1.0, 99.5);
        QCOMPARE(lim.lo, 1.0);
        QCOMPARE(lim.hi, 99.5);
        std::vector<float> none{NAN, NAN};
        QVERIFY(!percentileLimits(none.data(), none.size(), 1, 99).valid());
    }
    void renderPutsRowZeroAtBottomAndNanNeutral()
    {
        // 2 rows x 3 cols; row 0 = {0, 0, NaN}, row 1 = {10, 10, 10}
        const std::vector<float> img{0, 0, NAN, 10, 10, 10};
        const QRgb nan = qRgb(1, 2, 3);
        const QImage q = renderImage(img.data(), 2, 3, {0, 10}, ColorMap::Gray, Stretch::Linear, nan);
        QCOMPARE(q.size(), QSize(3, 2));
        QCOMPARE(q.pixel(0, 1), qRgb(0, 0, 0));        // data row 0 -> bottom image line
        QCOMPARE(q.pixel(0, 0), qRgb(255, 255, 255));  // data row 1 -> top
        QCOMPARE(q.pixel(2, 1), nan);
    }
};

QTEST_APPLESS_MAIN(TestColorMap)
#include "test_color_map.moc"
