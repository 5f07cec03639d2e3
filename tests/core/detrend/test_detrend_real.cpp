// Real-data check of the whole preparation chain (read -> clean -> split ->
// biweight detrend) on Kepler Q0 short-cadence files of two hot Jupiters.
// Reference depths: /work/shared/data/real/MANIFEST.md, "Depth measured in the
// file" column (median over transits of 1 - median(in-transit flux) /
// median(nearby out-of-transit flux), quality == 0 cadences), with the
// catalogue ephemerides of the same table (NASA Exoplanet Archive KOI DR25).
#include <QtTest>

#include <QDir>

#include <algorithm>
#include <cmath>

#include "detrend/clean.h"
#include "detrend/detrenders.h"
#include "detrend/segments.h"
#include "io/fits_reader.h"
#include "io/quality.h"
#include "pipeline/engine.h"
#include "real_data.h"

using namespace exo;
using namespace exo::detrend;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}
}  // namespace

class TestDetrendReal : public QObject {
    Q_OBJECT
private slots:
    // The warm-started biweight (the default) against wotan's median start, on the stars the
    // pipeline prepares (its automatic window): the same trend within the convergence
    // tolerance, no jump to another fixed point (a transit or flare filling the window), in
    // fewer Newton sums.
    void warmStartFollowsTheMedianStart_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<double>("window");     // days; 0: the pipeline's automatic window
        QTest::addColumn<double>("sumsRatio");  // warm-start Newton sums / median-start ones, at most
        const QString lc = "tess/lc/", k = "kepler/lc/";
        // TESS 2-min sectors (measured: 1.5-2.7 against 3.1-5.2 sums per cadence).
        for (const char* f : {"tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
                              "tess2018206045859-s0001-0000000038846515-0120-s_lc.fits",
                              "tess2018206045859-s0001-0000000149603524-0120-s_lc.fits",
                              "tess2018206045859-s0001-0000000231663901-0120-s_lc.fits",
                              "tess2018206045859-s0001-0000000231670397-0120-s_lc.fits",
                              "tess2018206045859-s0001-0000000281459670-0120-s_lc.fits",
                              "tess2018234235059-s0002-0000000402026209-0121-s_lc.fits",
                              "tic0055525572_s0005_spoc-2min_lc.fits", "tic0307210830_s0005_spoc-2min_lc.fits",
                              "hlsp_tess-data-alerts_tess_phot_00055652896-s01_tess_v1_lc.fits",
                              "hlsp_tess-data-alerts_tess_phot_00160148385-s02_tess_v1_lc.fits"})
            QTest::newRow(f) << QStringList{lc + f} << 0.0 << 0.6;
        // Kepler 30-min cadences: fewer points per window, a smaller gain (measured 0.88, 0.72).
        QTest::newRow("Kepler-62 Q5 TPF") << QStringList{"kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"}
                                          << 0.0 << 0.95;
        QTest::newRow("Kepler-90 Q3-Q5") << QStringList{k + "kepler90/kplr011442793-2009350155506_llc.fits",
                                                        k + "kepler90/kplr011442793-2010009091648_llc.fits",
                                                        k + "kepler90/kplr011442793-2010174085026_llc.fits"}
                                         << 0.0 << 0.8;
        // Flares: the automatic 0.19-d window holds about 9 points, below the warm start's
        // minimum (the same sums, the same trend); a 1.5-d window (about 70 points) warm-starts
        // across the flares.
        QTest::newRow("GJ 1243 Q3 (flares)") << QStringList{k + "kplr009726699-2009350155506_llc.fits"} << 0.0 << 1.0;
        QTest::newRow("GJ 1243 Q3 (flares), 1.5-d window")
            << QStringList{k + "kplr009726699-2009350155506_llc.fits"} << 1.5 << 0.99;
        // Kepler 1-min cadences, hot Jupiters (measured 0.40, 0.39).
        QTest::newRow("TrES-2 Q0 SC") << QStringList{k + "kplr011446443-2009131110544_slc.fits"} << 0.0 << 0.5;
        QTest::newRow("HAT-P-7 Q0 SC") << QStringList{k + "kplr010666592-2009131110544_slc.fits"} << 0.0 << 0.5;
    }
    void warmStartFollowsTheMedianStart()
    {
        QFETCH(QStringList, files);
        QFETCH(double, window);
        QFETCH(double, sumsRatio);
        pipeline::StarRequest req;
        for (const QString& f : files) {
            EXO_REQUIRE_REAL_FILE(f);
            req.files.push_back(std::string(EXO_REAL_DATA_DIR) + "/" + f.toStdString());
        }
        if (window > 0) {
            req.prepare.autoWindow = false;
            req.prepare.windowDays = window;
        }
        pipeline::Engine engine;
        auto star = engine.prepareStar(req);
        QVERIFY2(star.ok(), star.status.detail.c_str());
        const pipeline::Prepared& p = *star.value.prepared;
        QVERIFY(!p.detrendPieces.empty());
        BiweightCounts w, c;
        std::vector<double> resid;
        double maxDiff = 0;
        for (const auto& piece : p.detrendPieces) {
            DetrendParams dp = piece.params;
            QCOMPARE(dp.method, DetrendMethod::Biweight);
            QVERIFY(dp.biweightWarmStart);  // the default
            const Series slice = sliceSeries(p.clean, {piece.begin, piece.end});
            auto warm = detrendSeries(slice, dp);
            dp.biweightWarmStart = false;
            auto cold = detrendSeries(slice, dp);
            QVERIFY(warm.ok() && cold.ok());
            for (std::size_t k = 0; k < slice.size(); ++k) {
                const double a = warm.value.trend[k], b = cold.value.trend[k];
                const double own = p.trend[piece.begin + k];  // the pipeline's trend is the warm one
                QVERIFY(own == a || (std::isnan(own) && std::isnan(a)));
                QCOMPARE(std::isnan(a), std::isnan(b));
                if (std::isnan(a))
                    continue;
                maxDiff = std::max(maxDiff, std::abs(a - b) / b);  // relative, as the flux is flattened
                resid.push_back(slice.flux[k] / b - 1);
            }
            for (auto [to, from] : {std::pair{&w, &warm.value.biweight}, std::pair{&c, &cold.value.biweight}}) {
                to->locations += from->locations;
                to->sums += from->sums;
                to->warm += from->warm;
                to->predicted += from->predicted;
                to->refused += from->refused;
            }
        }
        const double mid = median(resid);
        for (double& r : resid)
            r = std::abs(r - mid);
        const double noise = 1.4826 * median(resid);
        qInfo("window %.3f d, %lld locations: sums per location %.2f warm / %.2f median start; warm %lld "
              "(predicted %lld), refused %lld; max |diff| %.2e relative = %.4f noise (%.0f ppm)",
              p.detrendPieces.front().params.windowDays, w.locations, double(w.sums) / double(w.locations),
              double(c.sums) / double(c.locations), w.warm, w.predicted, w.refused, maxDiff, maxDiff / noise,
              noise * 1e6);
        QCOMPARE(w.locations, c.locations);
        QCOMPARE(c.warm, 0LL);
        QVERIFY2(double(w.sums) <= sumsRatio * double(c.sums), "fewer Newton sums");
        if (sumsRatio < 1)
            QVERIFY(w.warm > w.locations * 9 / 10);
        // Both stop within the tolerance (1e-6 flux units on a median near 1 after cleaning)
        // of the same fixed point.
        QVERIFY2(maxDiff < 4e-6, qPrintable(QString::number(maxDiff)));
    }

    void transitDepthAfterDetrending_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("period");     // days
        QTest::addColumn<double>("t0");         // BKJD
        QTest::addColumn<double>("durationH");  // hours
        QTest::addColumn<double>("depthPpm");   // measured in the file (MANIFEST)
        QTest::addColumn<int>("transits");
        QTest::newRow("TrES-2 b Q0 SC") << "kepler/lc/kplr011446443-2009131110544_slc.fits" << 2.470613377 << 122.76331
                                        << 1.743 << 13349.0 << 4;
        QTest::newRow("HAT-P-7 b Q0 SC") << "kepler/lc/kplr010666592-2009131110544_slc.fits" << 2.204735417 << 121.35854
                                         << 3.889 << 6549.0 << 5;
    }
    void transitDepthAfterDetrending()
    {
        QFETCH(QString, file);
        QFETCH(double, period);
        QFETCH(double, t0);
        QFETCH(double, durationH);
        QFETCH(double, depthPpm);
        QFETCH(int, transits);
        const std::string path = std::string(EXO_REAL_DATA_DIR) + "/" + file.toStdString();
        EXO_REQUIRE_REAL_FILE(file);
        auto lc = io::readLightCurveFile(path);
        QVERIFY2(lc.ok(), lc.status.detail.c_str());
        const FluxColumn* col = lc.value.defaultColumn();
        QVERIFY(col);
        Series s;
        s.time = lc.value.time;
        s.flux = col->flux;
        s.fluxErr = col->error;
        s.quality = lc.value.quality;
        s.cadenceNo = lc.value.cadenceNo;

        CleanParams cp;
        cp.qualityBitmask = io::qualityBitmask(lc.value.meta.mission, io::QualityPreset::Default);
        cp.clip.sigma = 5.0;  // upper-only: flares / cosmic rays, the transits stay
        auto cl = cleanSeries(s, cp);
        QVERIFY(cl.ok());
        const Series& c = cl.value.series;
        QVERIFY(c.size() > 13000);  // 14280 cadences in the file

        auto seg = splitAtGaps(c, SegmentParams{});
        QVERIFY(seg.ok());
        QVERIFY(!seg.value.kept.empty());

        const double halfDur = durationH / 24.0 / 2.0;
        auto phase = [&](double t) { return std::remainder(t - t0, period); };
        for (const bool masked : {true, false}) {
            DetrendParams p;  // biweight, 0.75 d window
            if (masked) {
                p.transitMask.resize(c.size());
                for (std::size_t i = 0; i < c.size(); ++i)
                    p.transitMask[i] = std::abs(phase(c.time[i])) < 1.5 * halfDur;
            }
            auto r = detrendSeries(c, p);
            QVERIFY(r.ok());
            // Per transit: 1 - median(flat in the central 80 % of the transit).
            std::vector<double> depths;
            for (int k = -2; k < 8; ++k) {
                const double tc = t0 + k * period;
                std::vector<double> in;
                for (std::size_t i = 0; i < c.size(); ++i)
                    if (std::abs(c.time[i] - tc) < 0.8 * halfDur && std::isfinite(r.value.flat[i]))
                        in.push_back(r.value.flat[i]);
                if (in.size() > 20)
                    depths.push_back(1.0 - median(in));
            }
            QCOMPARE(int(depths.size()), transits);
            const double d = median(depths) * 1e6;
            qInfo("%s mask: depth %.0f ppm (file value %.0f ppm)", masked ? "with" : "without", d, depthPpm);
            // The MANIFEST depth divides by nearby out-of-transit flux over the whole
            // transit, ours is read off the flattened curve in the central 80 %; the two
            // agree to ~4 % (measured: TrES-2 12866 vs 13349, HAT-P-7 6483 vs 6549 ppm).
            // The brief's 10 % tolerance covers that and the detrending.
            QVERIFY2(std::abs(d - depthPpm) < 0.10 * depthPpm, qPrintable(QString::number(d)));
            // out of transit the flattened curve is flat: rms well below the depth
            std::vector<double> out;
            for (std::size_t i = 0; i < c.size(); ++i)
                if (std::abs(phase(c.time[i])) > 2 * halfDur && std::isfinite(r.value.flat[i]))
                    out.push_back(r.value.flat[i] - 1.0);
            double rms = 0;
            for (double x : out)
                rms += x * x;
            rms = std::sqrt(rms / double(out.size()));
            QVERIFY2(rms < 0.1 * depthPpm * 1e-6, qPrintable(QString::number(rms * 1e6)));
        }
    }
};

QTEST_APPLESS_MAIN(TestDetrendReal)
#include "test_detrend_real.moc"
