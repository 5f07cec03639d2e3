// Unit tests of core/photometry/sap.h on synthetic pixel files built in code.
// Expected values are computed in the test from the formulas of lightkurve's
// TargetPixelFile._aperture_photometry / _estimate_centroids_via_moments.
// Speed is measured by bench/io and bench/gui (an aperture edit on screen), not here.
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "photometry/prepared.h"
#include "photometry/sap.h"
#include "synthetic_tpf.h"

using namespace exo;
using namespace exo::phot;

namespace {

float& px(PixelCube& cube, std::size_t c, int r, int k) { return cube.data[(c * cube.rows + r) * cube.cols + k]; }

bool close(double a, double b, double rel = 1e-12) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

}  // namespace

class TestSap : public QObject {
    Q_OBJECT
private slots:
    void sumsErrorsCentroidsWithNaN();
    void allZeroFrameIsNaN();
    void pipelineBackgroundColumn();
    void estimatedBackgroundForCutouts();
    void oneByOneCutoutCannotEstimate();
    void badAndEmptyApertures();
    void reuseDoesNotReallocate();
    void pixelSeries();
    void preparedIsBitIdentical_data();
    void preparedIsBitIdentical();
};

void TestSap::sumsErrorsCentroidsWithNaN()
{
    auto tpf = test::makeTpf(2, 3, 3, [](std::size_t c, int r, int k) { return float(1 + c * 10 + r * 3 + k); });
    for (std::size_t c = 0; c < 3; ++c)
        for (int r = 0; r < 2; ++r)
            for (int k = 0; k < 3; ++k)
                px(tpf.fluxErr, c, r, k) = 0.1f * float(r * 3 + k + 1);
    ApertureMask ap(2, 3);
    ap.set(0, 1, true);
    ap.set(1, 1, true);
    ap.set(1, 2, true);
    // cadence 1: pixel (1,1) NaN in FLUX and FLUX_ERR; cadence 2: all aperture pixels NaN.
    px(tpf.flux, 1, 1, 1) = NAN;
    px(tpf.fluxErr, 1, 1, 1) = NAN;
    for (auto [r, k] : {std::pair{0, 1}, {1, 1}, {1, 2}}) {
        px(tpf.flux, 2, r, k) = NAN;
        px(tpf.fluxErr, 2, r, k) = NAN;
    }

    auto res = aperturePhotometry(tpf, ap);
    QVERIFY(res.ok());
    const auto& lc = res.value;
    QCOMPARE(lc.nPixels, 3);
    QCOMPARE(lc.series.size(), std::size_t(3));
    QCOMPARE(lc.series.time, tpf.time);
    QCOMPARE(lc.series.cadenceNo, tpf.cadenceNo);
    QCOMPARE(lc.series.quality, tpf.quality);
    QVERIFY(!lc.backgroundEstimated);

    // cadence 0: pixels (0,1)=2, (1,1)=5, (1,2)=6 ; errors 0.2, 0.5, 0.6
    QVERIFY(close(lc.series.flux[0], 13.0));
    QVERIFY(close(lc.series.fluxErr[0], std::sqrt(0.2f * 0.2f + 0.5f * 0.5f + 0.6f * 0.6f), 1e-6));
    const double col0 = (2 * 301.0 + 5 * 301.0 + 6 * 302.0) / 13.0;
    const double row0 = (2 * 200.0 + 5 * 201.0 + 6 * 201.0) / 13.0;
    QVERIFY(close(lc.centroidCol[0], col0));
    QVERIFY(close(lc.centroidRow[0], row0));
    QVERIFY(close(lc.background[0], 6.0));  // FLUX_BKG = 2 per pixel

    // cadence 1: NaN pixel contributes 0 (nansum): 12 + 16 = 28
    QVERIFY(close(lc.series.flux[1], 28.0));
    QVERIFY(close(lc.series.fluxErr[1], std::sqrt(0.2f * 0.2f + 0.6f * 0.6f), 1e-6));
    QVERIFY(close(lc.centroidCol[1], (12 * 301.0 + 16 * 302.0) / 28.0));

    // cadence 2: every aperture pixel NaN -> NaN flux and error
    QVERIFY(std::isnan(lc.series.flux[2]));
    QVERIFY(std::isnan(lc.series.fluxErr[2]));
    QVERIFY(std::isnan(lc.centroidCol[2]));
}

void TestSap::allZeroFrameIsNaN()
{
    // lightkurve #873: a cadence whose whole frame is exactly 0 gives NaN, but a
    // zero sum with non-zero pixels elsewhere is a genuine 0.
    auto tpf = test::makeTpf(2, 2, 2, [](std::size_t c, int r, int k) {
        if (c == 0)
            return 0.0f;
        return (r == 1 && k == 1) ? 7.0f : 0.0f;
    });
    ApertureMask ap(2, 2);
    ap.set(0, 0, true);
    auto res = aperturePhotometry(tpf, ap);
    QVERIFY(std::isnan(res.value.series.flux[0]));
    QCOMPARE(res.value.series.flux[1], 0.0);
}

void TestSap::pipelineBackgroundColumn()
{
    auto tpf = test::makeTpf(3, 3, 4, [](std::size_t, int, int) { return 5.0f; });
    for (std::size_t c = 0; c < 4; ++c)
        for (int r = 0; r < 3; ++r)
            for (int k = 0; k < 3; ++k)
                px(tpf.fluxBkg, c, r, k) = float(c) + 0.5f * float(k);
    px(tpf.fluxBkg, 2, 1, 1) = NAN;
    auto ap = allPixels(tpf);
    auto res = aperturePhotometry(tpf, ap);  // Auto on a pipeline file: report, never subtract
    QVERIFY(res.ok());
    for (std::size_t c = 0; c < 4; ++c) {
        QVERIFY(close(res.value.series.flux[c], 45.0));
        double expect = 9.0 * double(c) + 3 * (0 + 0.5 + 1.0);
        if (c == 2)
            expect -= 2.0 + 0.5;  // the NaN background pixel contributes 0
        QVERIFY2(close(res.value.background[c], expect), qPrintable(QString::number(res.value.background[c])));
    }
    tpf.fluxBkg = {};  // no FLUX_BKG: background column is NaN
    res = aperturePhotometry(tpf, ap);
    QVERIFY(std::isnan(res.value.background[0]));
    SapParams none;
    none.background = BackgroundMode::None;
    res = aperturePhotometry(tpf, ap, none);
    QVERIFY(res.value.background.empty());
}

void TestSap::estimatedBackgroundForCutouts()
{
    // 5x5 TESScut-like cube (not background subtracted). Sky 10 + c per pixel,
    // plus a bright pixel at (0,0) outside the aperture (the median ignores it);
    // star 1000 at the centre and 100 in the 8 neighbours (the 3x3 aperture).
    auto tpf = test::makeTpf(5, 5, 6, [](std::size_t c, int r, int k) {
        float v = 10.0f + float(c);
        if (r == 0 && k == 0)
            v += 5000.0f;
        if (r == 2 && k == 2)
            v += 1000.0f;
        else if (std::abs(r - 2) <= 1 && std::abs(k - 2) <= 1)
            v += 100.0f;
        return v;
    });
    tpf.backgroundSubtracted = false;
    tpf.meta.product = ProductType::FfiCutout;
    ApertureMask ap(5, 5);
    for (int r = 1; r <= 3; ++r)
        for (int k = 1; k <= 3; ++k)
            ap.set(r, k, true);
    auto res = aperturePhotometry(tpf, ap);
    QVERIFY(res.ok());
    QVERIFY(res.value.backgroundEstimated);
    QVERIFY(res.warnings.empty());
    for (std::size_t c = 0; c < 6; ++c) {
        QVERIFY(close(res.value.series.flux[c], 1800.0));
        QVERIFY(close(res.value.background[c], 9.0 * (10.0 + double(c))));
    }
    // Centroid is on the stored (sky-included) flux, symmetric -> the centre pixel.
    QVERIFY(close(res.value.centroidCol[0], 302.0));
    QVERIFY(close(res.value.centroidRow[0], 202.0));

    SapParams raw;
    raw.background = BackgroundMode::None;
    auto r2 = aperturePhotometry(tpf, ap, raw);
    QVERIFY(close(r2.value.series.flux[3], 1800.0 + 9 * 13.0));
    QVERIFY(!r2.value.backgroundEstimated);

    // Forcing Estimate on a pipeline file works the same way.
    tpf.backgroundSubtracted = true;
    SapParams est;
    est.background = BackgroundMode::Estimate;
    auto r3 = aperturePhotometry(tpf, ap, est);
    QVERIFY(close(r3.value.series.flux[5], 1800.0));
}

void TestSap::oneByOneCutoutCannotEstimate()
{
    auto tpf = test::makeTpf(1, 1, 3, [](std::size_t c, int, int) { return 500.0f + float(c); });
    tpf.backgroundSubtracted = false;
    auto res = aperturePhotometry(tpf, allPixels(tpf));
    QVERIFY(res.ok());
    QVERIFY(!res.value.backgroundEstimated);
    QVERIFY(std::find(res.warnings.begin(), res.warnings.end(), Warning(WarningCode::BackgroundNotEstimated))
            != res.warnings.end());
    QCOMPARE(res.value.series.flux[2], 502.0);
    QVERIFY(std::isnan(res.value.background[2]));
}

void TestSap::badAndEmptyApertures()
{
    auto tpf = test::makeTpf(2, 3, 2, [](std::size_t, int, int) { return 1.0f; });
    auto wrong = aperturePhotometry(tpf, ApertureMask(3, 2));
    QCOMPARE(wrong.status.code, ErrorCode::InvalidParameter);
    QVERIFY(QString::fromStdString(wrong.status.detail).contains("3x2"));

    auto empty = aperturePhotometry(tpf, ApertureMask(2, 3));
    QVERIFY(empty.ok());
    QCOMPARE(empty.value.nPixels, 0);
    QVERIFY(std::isnan(empty.value.series.flux[0]));
    QVERIFY(std::find(empty.warnings.begin(), empty.warnings.end(), Warning(WarningCode::EmptyAperture))
            != empty.warnings.end());

    tpf.time.push_back(1.0);  // cube no longer matches TIME
    QCOMPARE(aperturePhotometry(tpf, allPixels(tpf)).status.code, ErrorCode::InvalidParameter);
}

void TestSap::reuseDoesNotReallocate()
{
    auto tpf = test::makeTpf(4, 6, 500, [](std::size_t c, int r, int k) { return float(c % 7 + r + k); });
    ApertureLightCurve out;
    QVERIFY(aperturePhotometryInto(tpf, allPixels(tpf), {}, out).ok());
    const double* flux = out.series.flux.data();
    const double* col = out.centroidCol.data();
    const double* t = out.series.time.data();
    ApertureMask other(4, 6);
    other.set(2, 3, true);
    QVERIFY(aperturePhotometryInto(tpf, other, {}, out).ok());
    QCOMPARE(out.series.flux.data(), flux);
    QCOMPARE(out.centroidCol.data(), col);
    QCOMPARE(out.series.time.data(), t);
    QCOMPARE(out.nPixels, 1);
    QCOMPARE(out.series.flux[10], double(10 % 7 + 2 + 3));
}

void TestSap::pixelSeries()
{
    auto tpf = test::makeTpf(3, 4, 5, [](std::size_t c, int r, int k) { return float(c * 100 + r * 10 + k); });
    const auto one = pixelLightCurve(tpf, 2, 1);
    QCOMPARE(one, (std::vector<double>{21, 121, 221, 321, 421}));
    QVERIFY(pixelLightCurve(tpf, 3, 0).empty());
    QVERIFY(pixelLightCurve(tpf, 0, -1).empty());
    const auto all = pixelLightCurves(tpf);
    QCOMPARE(all.rows, 3);
    QCOMPARE(all.cols, 4);
    QCOMPARE(all.cadences, std::size_t(5));
    for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 4; ++k) {
            const auto s = pixelLightCurve(tpf, r, k);
            for (std::size_t c = 0; c < 5; ++c)
                QCOMPARE(double(all.pixel(r, k)[c]), s[c]);
        }
}

void TestSap::preparedIsBitIdentical_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("cutout");
    QTest::newRow("auto, pipeline file") << int(BackgroundMode::Auto) << false;
    QTest::newRow("auto, cutout (estimate)") << int(BackgroundMode::Auto) << true;
    QTest::newRow("pipeline") << int(BackgroundMode::Pipeline) << false;
    QTest::newRow("none") << int(BackgroundMode::None) << false;
}

void TestSap::preparedIsBitIdentical()
{
    // 7x9 pixels, 1000 cadences (several 256-cadence blocks plus a partial one),
    // pseudo-random values with NaN pixels, an all-NaN-aperture cadence and an
    // all-zero frame: both paths must return exactly the same numbers.
    QFETCH(int, mode);
    QFETCH(bool, cutout);
    auto tpf = test::makeTpf(7, 9, 1000, [](std::size_t c, int r, int k) {
        const unsigned h = unsigned(c * 2654435761u) ^ unsigned(r * 40503 + k * 9973);
        if (c == 500)
            return 0.0f;
        if (h % 37 == 0 || (c == 700 && r >= 2 && r <= 4))
            return NAN;
        return 50.0f + float(h % 1000) * 0.37f + (r == 3 && k == 4 ? 5000.0f : 0.0f);
    });
    for (std::size_t i = 0; i < tpf.fluxErr.data.size(); ++i) {
        tpf.fluxErr.data[i] = (i % 41 == 0) ? NAN : 0.5f + float(i % 13) * 0.1f;
        tpf.fluxBkg.data[i] = (i % 43 == 0) ? NAN : 3.0f + float(i % 7);
    }
    tpf.backgroundSubtracted = !cutout;
    ApertureMask ap(7, 9);
    for (int r = 2; r <= 4; ++r)
        for (int k = 3; k <= 6; ++k)
            ap.set(r, k, true);
    SapParams p;
    p.background = BackgroundMode(mode);
    auto direct = aperturePhotometry(tpf, ap, p);
    auto px = preparePixels(tpf);
    QVERIFY(direct.ok() && px.ok());
    ApertureLightCurve fast;
    std::vector<Warning> warnings;
    QVERIFY(aperturePhotometryInto(px.value, ap, p, fast, &warnings).ok());
    QCOMPARE(warnings, direct.warnings);
    auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
                return false;
        return true;
    };
    const auto& d = direct.value;
    QVERIFY(std::isnan(d.series.flux[500]) && std::isnan(d.series.flux[700]));
    QVERIFY(same(fast.series.flux, d.series.flux));
    QVERIFY(same(fast.series.fluxErr, d.series.fluxErr));
    QVERIFY(same(fast.background, d.background));
    QVERIFY(same(fast.centroidCol, d.centroidCol));
    QVERIFY(same(fast.centroidRow, d.centroidRow));
    QCOMPARE(fast.series.time, d.series.time);
    QCOMPARE(fast.series.quality, d.series.quality);
    QCOMPARE(fast.series.cadenceNo, d.series.cadenceNo);
    QCOMPARE(fast.nPixels, d.nPixels);
    QCOMPARE(fast.backgroundEstimated, d.backgroundEstimated);
    QCOMPARE(aperturePhotometryInto(px.value, ApertureMask(9, 7), p, fast).code, ErrorCode::InvalidParameter);

    // Progress hook: reports 1..3 of 3, and returning false cancels.
    std::vector<long long> seen;
    QVERIFY(preparePixels(tpf, [&](long long done, long long total) {
                seen.push_back(done);
                return total == 3;
            }).ok());
    QCOMPARE(seen, (std::vector<long long>{1, 2, 3}));
    QCOMPARE(preparePixels(tpf, [](long long, long long) { return false; }).status.code, ErrorCode::Cancelled);
    tpf.time.pop_back();
    QCOMPARE(preparePixels(tpf).status.code, ErrorCode::InvalidParameter);
}

QTEST_APPLESS_MAIN(TestSap)
#include "test_sap.moc"
