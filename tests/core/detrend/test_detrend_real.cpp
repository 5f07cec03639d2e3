// Real-data check of the whole preparation chain (read -> clean -> split ->
// biweight detrend) on Kepler Q0 short-cadence files of two hot Jupiters.
// Reference depths: /work/shared/data/real/MANIFEST.md, "Depth measured in the
// file" column (median over transits of 1 - median(in-transit flux) /
// median(nearby out-of-transit flux), quality == 0 cadences), with the
// catalogue ephemerides of the same table (NASA Exoplanet Archive KOI DR25).
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "detrend/clean.h"
#include "detrend/detrenders.h"
#include "detrend/segments.h"
#include "io/fits_reader.h"
#include "io/quality.h"
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
