// The pipeline stages on real files: load -> photometry -> stitch -> prepare.
// Facts: ../shared/data/real/MANIFEST.md.
#include <QFileInfo>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "pipeline/analysis.h"
#include "real_data.h"

namespace {
std::string real(const char* rel) { return std::string(EXO_REAL_DATA_DIR) + "/" + rel; }
double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}
}  // namespace

using namespace exo;

class TestPipeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { EXO_REQUIRE_REAL_DATA(); }

    void kepler62PixelFileEndToEnd()
    {
        auto f = pipeline::loadFile(real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QVERIFY2(f.ok(), f.status.detail.c_str());
        QVERIFY(f.value.isPixelFile());
        auto ap = pipeline::resolveAperture(*f.value.tpf, {});
        QVERIFY(ap.ok());
        QCOMPARE(int(std::count(ap.value.begin(), ap.value.end(), 1)), 6);  // NPIXSAP = 6
        auto raw = pipeline::rawLightCurve(f.value, {}, pipeline::FluxSource::Pdcsap);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value.size(), std::size_t(4634));
        auto st = pipeline::stitch({raw.value}, {f.value.meta});
        QVERIFY(st.ok());
        auto pr = pipeline::prepare(st.value, f.value.meta.mission, {});
        QVERIFY2(pr.ok(), pr.status.detail.c_str());
        const auto& p = pr.value;
        QCOMPARE(p.clean.size(), p.trend.size());
        QVERIFY(p.flat.size() > 4000);
        QVERIFY(p.nQualityMasked > 0);  // Q5 has flagged cadences under the default mask
        QVERIFY(std::abs(median(p.flat.flux) - 1.0) < 1e-3);
        // Flattened scatter: Kepler-62 (Kp 13.7) long cadence is a few hundred ppm per point.
        std::vector<double> dev;
        for (double y : p.flat.flux)
            dev.push_back(std::abs(y - 1.0));
        const double mad = median(dev) * 1.4826;
        QVERIFY2(mad > 5e-5 && mad < 2e-3, qPrintable(QString::number(mad)));
    }

    void userMaskedRangesAreRemoved()
    {
        auto f = pipeline::loadFile(real("kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits"));
        QVERIFY(f.ok());
        auto raw = pipeline::rawLightCurve(f.value, {}, pipeline::FluxSource::Pdcsap);
        QVERIFY(raw.ok());
        pipeline::PrepareSettings s;
        auto base = pipeline::prepare(raw.value, f.value.meta.mission, s);
        s.maskedRanges = {{300.0, 310.0}};
        auto masked = pipeline::prepare(raw.value, f.value.meta.mission, s);
        QVERIFY(base.ok() && masked.ok());
        QVERIFY(masked.value.nUserMasked > 400);  // ~10 d of 29.4-min cadences
        for (double t : masked.value.clean.time)
            QVERIFY(t < 300.0 || t > 310.0);
        // Every good point of the range is accounted for; sigma clipping inside the range may differ
        // by a few points between the two runs.
        const long diff = long(masked.value.clean.size() + masked.value.nUserMasked) - long(base.value.clean.size());
        QVERIFY2(std::abs(diff) <= 5, qPrintable(QString::number(diff)));
    }

    // Hiding a stretch must not change the flux scale: the trend stays on the light curve the
    // window draws with all its cadences (seen driving the window: after masking BKJD 476-489 of
    // Kepler-62's Q5, the trend was drawn 0.4 % above the flux).
    void maskingKeepsTheFluxScale()
    {
        auto f = pipeline::loadFile(real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QVERIFY(f.ok());
        auto raw = pipeline::rawLightCurve(f.value, {}, pipeline::FluxSource::Pdcsap);
        QVERIFY(raw.ok());
        auto st = pipeline::stitch({raw.value}, {f.value.meta});
        QVERIFY(st.ok());
        pipeline::PrepareSettings s;
        auto base = pipeline::prepare(st.value, f.value.meta.mission, s);
        // The first half of the quarter, where Kepler-62's PDCSAP flux is highest.
        s.maskedRanges = {{443.0, 490.0}};
        auto masked = pipeline::prepare(st.value, f.value.meta.mission, s);
        QVERIFY(base.ok() && masked.ok());
        QVERIFY(masked.value.nUserMasked > 1500);
        // Same cadence, same clean flux and trend, to well under the 0.4 % seen.
        std::size_t compared = 0;
        double worst = 0;
        for (std::size_t i = 0, j = 0; i < masked.value.clean.size(); ++i) {
            const double t = masked.value.clean.time[i];
            while (j < base.value.clean.size() && base.value.clean.time[j] < t)
                ++j;
            if (j == base.value.clean.size() || base.value.clean.time[j] != t || t < 500.0)
                continue;  // (near the masked edge the trend window differs)
            worst = std::max(worst, std::abs(masked.value.clean.flux[i] - base.value.clean.flux[j]));
            worst = std::max(worst, std::abs(masked.value.trend[i] - base.value.trend[j]));
            ++compared;
        }
        QVERIFY(compared > 1000);
        QVERIFY2(worst < 2e-4, qPrintable(QString::number(worst)));
    }

    // Per-file preparation joined equals preparing the stitched series (files are separated by
    // gaps, and detrending never crosses a gap): Kepler-90 Q3 and Q5.
    void joinedPerFileEqualsWhole()
    {
        std::vector<Series> raws;
        std::vector<Metadata> metas;
        for (const char* f : {"kepler/lc/kepler90/kplr011442793-2009350155506_llc.fits",
                              "kepler/lc/kepler90/kplr011442793-2010174085026_llc.fits"}) {
            auto lf = pipeline::loadFile(real(f));
            QVERIFY(lf.ok());
            auto r = pipeline::rawLightCurve(lf.value, {}, pipeline::FluxSource::Pdcsap);
            QVERIFY(r.ok());
            raws.push_back(r.value);
            metas.push_back(lf.value.meta);
        }
        // The automatic window is the star's (resolved once on the stitched series, as the engine does).
        const auto stitched = pipeline::stitch(raws, metas).value;
        const auto settings = pipeline::resolveWindow(stitched, Mission::Kepler, {});
        QVERIFY(!settings.autoWindow);
        auto whole = pipeline::prepare(stitched, Mission::Kepler, settings);
        QVERIFY(whole.ok());
        std::vector<pipeline::Prepared> parts;
        for (std::size_t i = 0; i < raws.size(); ++i) {
            auto p = pipeline::prepare(pipeline::stitch({raws[i]}, {metas[i]}).value, Mission::Kepler, settings);
            QVERIFY(p.ok());
            parts.push_back(p.value);
        }
        auto joined = pipeline::joinPrepared({&parts[0], &parts[1]}, {0, raws[0].size()});
        QCOMPARE(joined.clean.size(), whole.value.clean.size());
        QCOMPARE(joined.flat.size(), whole.value.flat.size());
        QCOMPARE(joined.clean.time, whole.value.clean.time);
        double maxDiff = 0;
        for (std::size_t i = 0; i < joined.flat.size(); ++i)
            maxDiff = std::max(maxDiff, std::abs(joined.flat.flux[i] - whole.value.flat.flux[i]));
        QVERIFY2(maxDiff < 1e-9, qPrintable(QString::number(maxDiff)));
    }

    void badSettings_data()
    {
        QTest::addColumn<double>("window");
        QTest::addColumn<QString>("quality");
        QTest::newRow("negative window") << -1.0 << "default";
        QTest::newRow("NaN window") << double(NAN) << "default";
        QTest::newRow("bad quality") << 0.75 << "sometimes";
    }
    void badSettings()
    {
        QFETCH(double, window);
        QFETCH(QString, quality);
        Series s;
        for (int i = 0; i < 500; ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(1.0);
        }
        pipeline::PrepareSettings ps;
        ps.autoWindow = false;  // a fixed window is checked; the automatic one ignores windowDays
        ps.windowDays = window;
        ps.quality = quality.toStdString();
        auto r = pipeline::prepare(s, Mission::Kepler, ps);
        QVERIFY(!r.ok());
        QCOMPARE(r.status.code, ErrorCode::InvalidParameter);
    }

    void emptyAndNaNInput()
    {
        auto e = pipeline::prepare(Series{}, Mission::TESS, {});
        QCOMPARE(e.status.code, ErrorCode::NoRows);
        Series s;
        for (int i = 0; i < 300; ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(NAN);
        }
        auto n = pipeline::prepare(s, Mission::TESS, {});
        QVERIFY(!n.ok());
    }

    void customApertureShapeMismatch()
    {
        auto f = pipeline::loadFile(real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QVERIFY(f.ok());
        pipeline::ApertureChoice c;
        c.mode = pipeline::ApertureMode::Custom;
        c.rows = 3;
        c.cols = 3;
        c.custom.assign(9, 1);
        auto r = pipeline::resolveAperture(*f.value.tpf, c);
        QCOMPARE(r.status.code, ErrorCode::InvalidParameter);
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
