// Tests of the synthetic demo star (core/demo): file layout against the real
// Kepler TPF layout, physics (injected depths, roll between quarters, pointing),
// determinism, errors, and that our reader and astropy read the files.
//
// Layout reference: shared/data/real/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz
// (Kepler-62 Q5), inspected with
//   /usr/bin/python3 -c "from astropy.io import fits; h=fits.open(p); h.info(); print(repr(h[1].header))"
// Injected values (depths, ephemerides) are the generator's inputs, read back
// from the JSON sidecar; expected in-aperture depths are depth * CROWDSAP.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fitsio.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "demo/demo_star.h"
#include "demo_test_util.h"
#include "io/fits_reader.h"
#include "search/bls.h"

using namespace exo;
using namespace exo::demo;

namespace {

QByteArray fileBytes(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::string keyString(fitsfile* f, const char* key, int& st)
{
    char value[FLEN_VALUE] = {0};
    fits_read_key(f, TSTRING, key, value, nullptr, &st);
    return value;
}

double keyDouble(fitsfile* f, const char* key, int& st)
{
    double v = NAN;
    fits_read_key(f, TDOUBLE, key, &v, nullptr, &st);
    return v;
}

/// Local-baseline transit depth: for every transit of `planet` (index `pi`) in
/// `tpfs`, a straight line is fitted to the good cadences 0.65..2 T14 from mid-
/// transit (other planets' transits masked) and the mean relative drop of the
/// cadences within 0.2 T14 is taken. Returns {measured ppm, expected ppm} where
/// expected = depth_ppm * CROWDSAP of each cadence's quarter.
std::pair<double, double> measureDepth(const std::vector<demotest::Tpf>& tpfs, const std::vector<DemoPlanet>& planets,
                                       std::size_t pi, int& transitsUsed)
{
    const DemoPlanet& pl = planets[pi];
    const double t14 = pl.durationHours / 24.0;
    auto nearOther = [&](double t) {
        for (std::size_t j = 0; j < planets.size(); ++j) {
            if (j == pi)
                continue;
            const double ph = std::remainder(t - planets[j].t0Bkjd, planets[j].periodDays);
            if (std::abs(ph) < 0.65 * planets[j].durationHours / 24.0)
                return true;
        }
        return false;
    };
    double sumDrop = 0, sumExpected = 0;
    long long nIn = 0;
    transitsUsed = 0;
    for (const demotest::Tpf& tpf : tpfs) {
        double first = 1e9, last = -1e9;
        for (double t : tpf.time)
            if (std::isfinite(t)) {
                first = std::min(first, t);
                last = std::max(last, t);
            }
        for (long long e = (long long)std::ceil((first - pl.t0Bkjd) / pl.periodDays);
             pl.t0Bkjd + double(e) * pl.periodDays < last; ++e) {
            const double tc = pl.t0Bkjd + double(e) * pl.periodDays;
            std::vector<double> ox, oy, inDrop;
            std::vector<long long> inIdx;
            for (long long i = 0; i < tpf.n; ++i) {
                const double t = tpf.time[std::size_t(i)];
                if (!std::isfinite(t) || tpf.quality[std::size_t(i)] != 0 || nearOther(t))
                    continue;
                const double dt = t - tc;
                if (std::abs(dt) > 2.0 * t14)
                    continue;
                if (std::abs(dt) > 0.65 * t14) {
                    ox.push_back(dt);
                    oy.push_back(tpf.sap(i));
                } else if (std::abs(dt) < 0.2 * t14) {
                    inIdx.push_back(i);
                }
            }
            if (ox.size() < 8 || inIdx.empty())
                continue;
            // Least-squares line through the out-of-transit points.
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (std::size_t k = 0; k < ox.size(); ++k) {
                sx += ox[k];
                sy += oy[k];
                sxx += ox[k] * ox[k];
                sxy += ox[k] * oy[k];
            }
            const double m = double(ox.size()), den = m * sxx - sx * sx;
            const double slope = den != 0 ? (m * sxy - sx * sy) / den : 0.0;
            const double icpt = (sy - slope * sx) / m;
            for (long long i : inIdx) {
                const double base = icpt + slope * (tpf.time[std::size_t(i)] - tc);
                sumDrop += 1.0 - tpf.sap(i) / base;
                sumExpected += pl.depthPpm * 1e-6 * tpf.crowdsap;
                ++nIn;
            }
            ++transitsUsed;
        }
    }
    if (nIn == 0)
        return {NAN, NAN};
    return {sumDrop / double(nIn) * 1e6, sumExpected / double(nIn) * 1e6};
}

}  // namespace

class TestDemoStar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileNamesAndSidecar();
    void hduLayout_data();
    void hduLayout();
    void timeGridGapsAndFlags();
    void determinism();
    void transitDepths_data();
    void transitDepths();
    void blsFindsInnerPlanetsEachQuarter_data();
    void blsFindsInnerPlanetsEachQuarter();
    void brightestPixelMovesEachQuarter();
    void posCorrFollowsCentroid();
    void invalidParameters_data();
    void invalidParameters();
    void cancelRemovesFiles();
    void ioReaderReadsDemo();
    void astropyReadsDemo();

private:
    QTemporaryDir m_dir;
    DemoOutput m_out;
    std::vector<demotest::Tpf> m_tpfs;
};

void TestDemoStar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    long long lastDone = -1, calls = 0;
    auto r =
        generateDemoStar(DemoParams{}, (m_dir.path() + "/default").toStdString(), [&](long long done, long long total) {
            ++calls;
            lastDone = done;
            return done <= total;
        });
    const double seconds = double(timer.elapsed()) / 1000.0;
    QVERIFY2(r.ok(), r.status.detail.c_str());
    m_out = r.value;
    qInfo("default demo star (4 quarters) generated in %.2f s", seconds);
    // The brief asks for "a few seconds at most"; measured ~0.8 s on the build
    // machine; the bound is generous because the 2 cores are shared.
    QVERIFY2(seconds < 15.0, qPrintable(QString("took %1 s").arg(seconds)));
    QCOMPARE(lastDone, 8LL);  // 2 steps per quarter
    QVERIFY(calls >= 5);
    for (const std::string& f : m_out.files) {
        m_tpfs.push_back(demotest::readTpf(f));
        QVERIFY2(m_tpfs.back().ok, (f + ": " + m_tpfs.back().error).c_str());
    }
}

void TestDemoStar::fileNamesAndSidecar()
{
    QCOMPARE(int(m_out.files.size()), 4);
    QCOMPARE(int(m_out.quarters.size()), 4);
    QCOMPARE(m_out.keplerId, 99000042LL);
    const QRegularExpression re("^kplr099000042-\\d{13}_lpd-targ\\.fits$");
    std::set<std::string> names;
    for (const std::string& f : m_out.files) {
        const QString name = QFileInfo(QString::fromStdString(f)).fileName();
        QVERIFY2(re.match(name).hasMatch(), qPrintable(name));
        names.insert(name.toStdString());
    }
    QCOMPARE(int(names.size()), 4);
    // Q5's timestamp as in the real Kepler-62 file name, Q1 as MAST's Q1 products.
    QVERIFY(QFileInfo(QString::fromStdString(m_out.files[0])).fileName().contains("2009166043257"));

    QFile js(QString::fromStdString(m_out.sidecarPath));
    QVERIFY(js.open(QIODevice::ReadOnly));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(js.readAll(), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value("kepler_id").toInteger(), 99000042LL);
    QVERIFY(root.value("synthetic").toBool());
    const QJsonArray planets = root.value("planets").toArray();
    QCOMPARE(planets.size(), 3);
    const std::vector<DemoPlanet> defaults = defaultDemoPlanets();
    for (int i = 0; i < 3; ++i) {
        const QJsonObject p = planets[i].toObject();
        QCOMPARE(p.value("name").toString().toStdString(), defaults[std::size_t(i)].name);
        QCOMPARE(p.value("period_days").toDouble(), defaults[std::size_t(i)].periodDays);
        QCOMPARE(p.value("t0_bkjd").toDouble(), defaults[std::size_t(i)].t0Bkjd);
        QCOMPARE(p.value("duration_hours").toDouble(), defaults[std::size_t(i)].durationHours);
        QCOMPARE(p.value("depth_ppm").toDouble(), defaults[std::size_t(i)].depthPpm);
    }
    // Brief: ~3.1 d / 2,500 ppm, ~11.3 d / 900 ppm, ~27.8 d / 500 ppm.
    QVERIFY(std::abs(defaults[0].periodDays - 3.1) < 0.1 && defaults[0].depthPpm == 2500.0);
    QVERIFY(std::abs(defaults[1].periodDays - 11.3) < 0.1 && defaults[1].depthPpm == 900.0);
    QVERIFY(std::abs(defaults[2].periodDays - 27.8) < 0.1 && defaults[2].depthPpm == 500.0);
    const QJsonArray files = root.value("files").toArray();
    QCOMPARE(files.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(files[i].toString(), QFileInfo(QString::fromStdString(m_out.files[std::size_t(i)])).fileName());
}

void TestDemoStar::hduLayout_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("Q%d", i + 1) << i;
}

void TestDemoStar::hduLayout()
{
    QFETCH(int, index);
    const std::string& path = m_out.files[std::size_t(index)];
    fitsfile* f = nullptr;
    int st = 0;
    QVERIFY(fits_open_file(&f, path.c_str(), READONLY, &st) == 0);
    int nhdu = 0;
    fits_get_num_hdus(f, &nhdu, &st);
    QCOMPARE(nhdu, 3);

    // Primary: real keyword set plus the demo markers.
    QCOMPARE(keyString(f, "TELESCOP", st), std::string("Kepler"));
    QCOMPARE(keyString(f, "INSTRUME", st), std::string("Kepler Photometer"));
    QCOMPARE(keyString(f, "OBJECT", st), std::string("KIC 99000042"));
    QCOMPARE(keyDouble(f, "KEPLERID", st), 99000042.0);
    QCOMPARE(int(keyDouble(f, "QUARTER", st)), index + 1);
    QCOMPARE(int(keyDouble(f, "SEASON", st)), (index + 1 + 2) % 4);  // real: SEASON = (Q+2) mod 4
    for (const char* k :
         {"CHANNEL", "MODULE", "OUTPUT", "RA_OBJ", "DEC_OBJ", "KEPMAG", "TEFF", "LOGG", "RADIUS", "DATA_REL"})
        QVERIFY2(std::isfinite(keyDouble(f, k, st)) && st == 0, k);
    QVERIFY(!keyString(f, "FILEVER", st).empty());
    QVERIFY(keyString(f, "CREATOR", st).find("TargetPixelExporterPipelineModule") != std::string::npos);
    int demo = 0;
    fits_read_key(f, TLOGICAL, "DEMOSTAR", &demo, nullptr, &st);
    QCOMPARE(demo, 1);
    QCOMPARE(keyDouble(f, "DEMOPER1", st), m_out.planets[0].periodDays);
    QCOMPARE(keyDouble(f, "DEMOT0_2", st), m_out.planets[1].t0Bkjd);
    QCOMPARE(keyDouble(f, "DEMODEP3", st), m_out.planets[2].depthPpm);
    QCOMPARE(st, 0);

    // Extension 1: TARGETTABLES with the real column order, forms, units and dims.
    fits_movabs_hdu(f, 2, nullptr, &st);
    QCOMPARE(keyString(f, "EXTNAME", st), std::string("TARGETTABLES"));
    struct Col {
        const char* name;
        const char* form;
        const char* unit;
        bool image;
    };
    const Col cols[12] = {{"TIME", "D", "BJD - 2454833", false}, {"TIMECORR", "E", "d", false},
                          {"CADENCENO", "J", "", false},         {"RAW_CNTS", "144J", "count", true},
                          {"FLUX", "144E", "e-/s", true},        {"FLUX_ERR", "144E", "e-/s", true},
                          {"FLUX_BKG", "144E", "e-/s", true},    {"FLUX_BKG_ERR", "144E", "e-/s", true},
                          {"COSMIC_RAYS", "144E", "e-/s", true}, {"QUALITY", "J", "", false},
                          {"POS_CORR1", "E", "pixel", false},    {"POS_CORR2", "E", "pixel", false}};
    int ncols = 0;
    fits_get_num_cols(f, &ncols, &st);
    QCOMPARE(ncols, 12);
    for (int i = 0; i < 12; ++i) {
        const std::string n = std::to_string(i + 1);
        QCOMPARE(keyString(f, ("TTYPE" + n).c_str(), st), std::string(cols[i].name));
        QCOMPARE(keyString(f, ("TFORM" + n).c_str(), st), std::string(cols[i].form));
        if (*cols[i].unit)
            QCOMPARE(keyString(f, ("TUNIT" + n).c_str(), st), std::string(cols[i].unit));
        if (cols[i].image) {
            QCOMPARE(keyString(f, ("TDIM" + n).c_str(), st), std::string("(12,12)"));
            QCOMPARE(keyString(f, ("1CTYP" + n).c_str(), st), std::string("RA---TAN"));
            QCOMPARE(keyString(f, ("2CTYP" + n).c_str(), st), std::string("DEC--TAN"));
            for (const char* k : {"1CRVL", "2CRVL", "1CRPX", "2CRPX", "1CDLT", "2CDLT", "11PC", "12PC", "21PC", "22PC"})
                QVERIFY2(std::isfinite(keyDouble(f, (k + n).c_str(), st)), (k + n).c_str());
            QCOMPARE(keyDouble(f, ("1CRV" + n + "P").c_str(), st), keyDouble(f, "1CRV5P", st));
            QCOMPARE(keyDouble(f, ("2CRV" + n + "P").c_str(), st), keyDouble(f, "2CRV5P", st));
        }
        QCOMPARE(st, 0);
    }
    QCOMPARE(keyDouble(f, "BJDREFI", st), 2454833.0);
    QCOMPARE(keyDouble(f, "BJDREFF", st), 0.0);
    QCOMPARE(keyString(f, "TIMESYS", st), std::string("TDB"));
    QCOMPARE(keyString(f, "TIMEREF", st), std::string("SOLARSYSTEM"));
    QCOMPARE(keyString(f, "TASSIGN", st), std::string("SPACECRAFT"));
    QCOMPARE(keyDouble(f, "TIMEPIXR", st), 0.5);
    QCOMPARE(keyDouble(f, "TIMEDEL", st), 0.02043359821692);  // real Kepler LC header value
    QCOMPARE(keyDouble(f, "NUM_FRM", st), 270.0);
    const double crowd = keyDouble(f, "CROWDSAP", st), flfrc = keyDouble(f, "FLFRCSAP", st);
    QVERIFY2(crowd > 0.85 && crowd < 0.995, "the neighbour must leak into the aperture");
    QVERIFY(flfrc > 0.6 && flfrc < 1.0);
    for (const char* k : {"CDPP3_0", "CDPP6_0", "CDPP12_0", "TSTART", "TSTOP", "TELAPSE", "LIVETIME", "DEADC",
                          "INT_TIME", "GAIN", "READNOIS"})
        QVERIFY2(keyDouble(f, k, st) > 0 && st == 0, k);
    const double tstart = keyDouble(f, "TSTART", st), tstop = keyDouble(f, "TSTOP", st);
    const demotest::Tpf& tpf = m_tpfs[std::size_t(index)];
    const auto [tmin, tmax] = std::minmax_element(tpf.time.begin(), tpf.time.end(), [](double a, double b) {
        return std::isfinite(a) && (!std::isfinite(b) || a < b);
    });
    QVERIFY(tstart < *tmin && *tmin - tstart < 0.02);
    QVERIFY(tstop > tpf.time.back() && tstop - tpf.time.back() < 0.02);
    Q_UNUSED(tmax);

    // Extension 2: APERTURE int32 image with bits 1 and 2, NPIXSAP consistent.
    fits_movabs_hdu(f, 3, nullptr, &st);
    QCOMPARE(keyString(f, "EXTNAME", st), std::string("APERTURE"));
    int bitpix = 0;
    fits_get_img_type(f, &bitpix, &st);
    QCOMPARE(bitpix, LONG_IMG);
    const int npixsap = int(keyDouble(f, "NPIXSAP", st));
    int inOptimal = 0;
    for (int v : tpf.aperture) {
        QVERIFY(v == 1 || v == 3);
        inOptimal += (v & 2) ? 1 : 0;
    }
    QCOMPARE(inOptimal, npixsap);
    QVERIFY(npixsap >= 8 && npixsap <= 40);
    QCOMPARE(st, 0);
    fits_close_file(f, &st);
}

void TestDemoStar::timeGridGapsAndFlags()
{
    int safeModeRows = 0;
    for (std::size_t k = 0; k < m_tpfs.size(); ++k) {
        const demotest::Tpf& t = m_tpfs[k];
        // Q1 is a short (33.5 d) quarter as in the real mission; Q2-Q4 ~ 4,400 cadences.
        if (t.quarter == 1)
            QVERIFY(t.n > 1500 && t.n < 1800);
        else
            QVERIFY2(t.n > 4200 && t.n < 4500, qPrintable(QString::number(t.n)));
        double prev = -1e9;
        std::vector<double> diffs;
        int gapRows = 0, desat = 0, manual = 0, coarse = 0;
        std::vector<double> desatTimes;
        for (long long i = 0; i < t.n; ++i) {
            const auto u = std::size_t(i);
            if (i > 0)
                QCOMPARE(t.cadenceNo[u], t.cadenceNo[u - 1] + 1);  // consecutive, as real files
            const int q = t.quality[u];
            if (!std::isfinite(t.time[u])) {
                ++gapRows;
                QVERIFY2((q & (8 | 2)) != 0, "gap rows carry Earth-point or safe-mode flags");
                safeModeRows += (q & 2) ? 1 : 0;
                continue;
            }
            QVERIFY(t.time[u] > prev);
            if (prev > -1e8)
                diffs.push_back(t.time[u] - prev);
            prev = t.time[u];
            if (q & 32) {
                ++desat;
                desatTimes.push_back(t.time[u]);
            }
            manual += (q & 256) ? 1 : 0;
            coarse += (q & 4) ? 1 : 0;
        }
        std::nth_element(diffs.begin(), diffs.begin() + std::ptrdiff_t(diffs.size() / 2), diffs.end());
        QVERIFY(std::abs(diffs[diffs.size() / 2] - t.timedel) < 1e-5);  // 29.4-min cadence
        if (t.quarter != 1)
            QVERIFY2(gapRows > 60, "monthly downlinks (~1 d each) leave NaN rows");
        QVERIFY(manual > 0);
        QVERIFY(coarse >= desat);
        // Desaturations every ~3 days.
        QVERIFY(desat >= 8);
        std::vector<double> spacing;
        for (std::size_t i = 1; i < desatTimes.size(); ++i)
            spacing.push_back(desatTimes[i] - desatTimes[i - 1]);
        std::nth_element(spacing.begin(), spacing.begin() + std::ptrdiff_t(spacing.size() / 2), spacing.end());
        QVERIFY(std::abs(spacing[spacing.size() / 2] - 3.0) < 0.2);
    }
    QVERIFY2(safeModeRows > 40, "at least one safe-mode gap in the default set");
}

void TestDemoStar::determinism()
{
    DemoParams p;
    p.quarters = 2;
    auto again = generateDemoStar(p, (m_dir.path() + "/again").toStdString());
    QVERIFY(again.ok());
    for (std::size_t i = 0; i < 2; ++i) {
        const QByteArray a = fileBytes(m_out.files[i]), b = fileBytes(again.value.files[i]);
        QVERIFY(!a.isEmpty());
        QVERIFY2(a == b, "same seed must give byte-identical files");
    }
    p.seed = 7;
    auto other = generateDemoStar(p, (m_dir.path() + "/seed7").toStdString());
    QVERIFY(other.ok());
    const demotest::Tpf a = demotest::readTpf(m_out.files[1]);
    const demotest::Tpf b = demotest::readTpf(other.value.files[1]);
    QCOMPARE(a.n, b.n);
    QVERIFY(a.flux != b.flux);
}

void TestDemoStar::transitDepths_data()
{
    QTest::addColumn<int>("planet");
    QTest::addRow("b (3.1 d, 2500 ppm)") << 0;
    QTest::addRow("c (11.3 d, 900 ppm)") << 1;
}

void TestDemoStar::transitDepths()
{
    QFETCH(int, planet);
    int transits = 0;
    const auto [measured, expected] = measureDepth(m_tpfs, m_out.planets, std::size_t(planet), transits);
    qInfo("%s: %d transits, measured %.0f ppm, expected diluted %.0f ppm (ratio %.3f)",
          m_out.planets[std::size_t(planet)].name.c_str(), transits, measured, expected, measured / expected);
    QVERIFY(transits >= (planet == 0 ? 30 : 8));
    QVERIFY2(std::abs(measured / expected - 1.0) < 0.30, qPrintable(QString::number(measured / expected)));
    // And per quarter (the brief wants both inner planets visible in each quarter).
    for (const demotest::Tpf& q : m_tpfs) {
        int n = 0;
        const auto [mq, eq] = measureDepth({q}, m_out.planets, std::size_t(planet), n);
        QVERIFY2(n > 0 && std::abs(mq / eq - 1.0) < 0.30,
                 qPrintable(QString("Q%1: %2 vs %3").arg(q.quarter).arg(mq).arg(eq)));
    }
}

void TestDemoStar::blsFindsInnerPlanetsEachQuarter_data()
{
    QTest::addColumn<int>("quarterIndex");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("Q%d", i + 1) << i;
}

void TestDemoStar::blsFindsInnerPlanetsEachQuarter()
{
    // Aperture sum of good cadences, divided by a 1-day running median (the
    // simplest detrending), then exo::search::runBls on 0.8-15 d. The strongest
    // peak must be planet b; with b's transits masked, the strongest must be c.
    QFETCH(int, quarterIndex);
    const demotest::Tpf& t = m_tpfs[std::size_t(quarterIndex)];
    std::vector<double> time, sap;
    for (long long i = 0; i < t.n; ++i)
        if (t.quality[std::size_t(i)] == 0 && std::isfinite(t.time[std::size_t(i)])) {
            time.push_back(t.time[std::size_t(i)]);
            sap.push_back(t.sap(i));
        }
    std::vector<double> flux(sap.size());
    for (std::size_t i = 0, lo = 0, hi = 0; i < sap.size(); ++i) {
        while (time[lo] < time[i] - 0.5)
            ++lo;
        while (hi < sap.size() && time[hi] <= time[i] + 0.5)
            ++hi;
        std::vector<double> w(sap.begin() + std::ptrdiff_t(lo), sap.begin() + std::ptrdiff_t(hi));
        std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 2), w.end());
        flux[i] = sap[i] / w[w.size() / 2];
    }
    search::BlsParams bp;
    bp.durations = {0.06, 0.1, 0.15, 0.2};
    bp.threads = 2;
    const double baseline = time.back() - time.front();
    for (double f = 1.0 / 15.0; f < 1.0 / 0.8; f += 0.06 / baseline / 3.0)
        bp.periods.push_back(1.0 / f);
    auto best = [&](const std::vector<double>& tt, const std::vector<double>& ff) {
        auto r = search::runBls(tt, ff, {}, bp);
        return r.ok() ? r.value.period[r.value.argmax()] : NAN;
    };
    const DemoPlanet& b = m_out.planets[0];
    const DemoPlanet& c = m_out.planets[1];
    const double pb = best(time, flux);
    qInfo("Q%d: BLS best period %.4f d (b: %.4f d)", t.quarter, pb, b.periodDays);
    QVERIFY2(std::abs(pb - b.periodDays) < 0.01, qPrintable(QString::number(pb)));
    std::vector<double> t2, f2;
    for (std::size_t i = 0; i < time.size(); ++i)
        if (std::abs(std::remainder(time[i] - b.t0Bkjd, b.periodDays)) > b.durationHours / 24.0) {
            t2.push_back(time[i]);
            f2.push_back(flux[i]);
        }
    const double pc = best(t2, f2);
    qInfo("Q%d: BLS best period with b masked %.4f d (c: %.4f d)", t.quarter, pc, c.periodDays);
    QVERIFY2(std::abs(pc - c.periodDays) < 0.05, qPrintable(QString::number(pc)));
}

void TestDemoStar::brightestPixelMovesEachQuarter()
{
    std::vector<std::pair<int, int>> bright;
    for (std::size_t k = 0; k < m_tpfs.size(); ++k) {
        const demotest::Tpf& t = m_tpfs[k];
        std::vector<double> sum(t.npix(), 0.0);
        for (long long i = 0; i < t.n; ++i)
            if (t.quality[std::size_t(i)] == 0 && std::isfinite(t.time[std::size_t(i)]))
                for (std::size_t p = 0; p < t.npix(); ++p)
                    sum[p] += t.flux[std::size_t(i) * t.npix() + p];
        const auto best = std::size_t(std::max_element(sum.begin(), sum.end()) - sum.begin());
        bright.emplace_back(int(best) / t.cols, int(best) % t.cols);
        QCOMPARE(bright.back().first, m_out.quarters[k].brightRow);
        QCOMPARE(bright.back().second, m_out.quarters[k].brightCol);
        // The pipeline aperture follows the star: brightest pixel is in it.
        QVERIFY(t.aperture[best] & 2);
        if (k > 0)
            QVERIFY2(bright[k] != bright[k - 1], "Kepler rolls 90 degrees between quarters");
    }
}

void TestDemoStar::posCorrFollowsCentroid()
{
    // Flux-weighted centroid of the whole stamp vs POS_CORR1/2 (column/row):
    // the injected motion (velocity aberration drift + jitter) must show in both.
    for (const demotest::Tpf& t : m_tpfs) {
        std::vector<double> cx, cy, p1, p2;
        for (long long i = 0; i < t.n; ++i) {
            const auto u = std::size_t(i);
            if (t.quality[u] != 0 || !std::isfinite(t.time[u]))
                continue;
            double s = 0, sx = 0, sy = 0;
            for (int r = 0; r < t.rows; ++r)
                for (int c = 0; c < t.cols; ++c) {
                    const double v = t.flux[u * t.npix() + std::size_t(r * t.cols + c)];
                    s += v;
                    sx += v * c;
                    sy += v * r;
                }
            cx.push_back(sx / s);
            cy.push_back(sy / s);
            p1.push_back(t.posCorr1[u]);
            p2.push_back(t.posCorr2[u]);
        }
        auto corr = [](const std::vector<double>& a, const std::vector<double>& b) {
            const double n = double(a.size());
            double ma = 0, mb = 0;
            for (std::size_t i = 0; i < a.size(); ++i) {
                ma += a[i] / n;
                mb += b[i] / n;
            }
            double sab = 0, saa = 0, sbb = 0;
            for (std::size_t i = 0; i < a.size(); ++i) {
                sab += (a[i] - ma) * (b[i] - mb);
                saa += (a[i] - ma) * (a[i] - ma);
                sbb += (b[i] - mb) * (b[i] - mb);
            }
            return sab / std::sqrt(saa * sbb);
        };
        const double r1 = corr(cx, p1), r2 = corr(cy, p2);
        qInfo("Q%d: corr(centroid col, POS_CORR1) = %.3f, corr(centroid row, POS_CORR2) = %.3f", t.quarter, r1, r2);
        QVERIFY(r1 > 0.8);
        QVERIFY(r2 > 0.8);
    }
}

void TestDemoStar::invalidParameters_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("quarters=0") << 0;
    QTest::addRow("past Q17") << 1;
    QTest::addRow("rows=3") << 2;
    QTest::addRow("kepmag=30") << 3;
    QTest::addRow("zero period") << 4;
    QTest::addRow("10-digit KIC") << 5;
}

void TestDemoStar::invalidParameters()
{
    QFETCH(int, which);
    DemoParams p;
    switch (which) {
    case 0: p.quarters = 0; break;
    case 1:
        p.firstQuarter = 16;
        p.quarters = 3;
        break;
    case 2: p.rows = 3; break;
    case 3: p.kepmag = 30; break;
    case 4: p.planets = {{"x", 0.0, 100.0, 2.0, 1000.0}}; break;
    case 5: p.keplerId = 1234567890LL; break;
    }
    const QString dir = m_dir.path() + "/invalid";
    auto r = generateDemoStar(p, dir.toStdString());
    QCOMPARE(r.status.code, ErrorCode::InvalidParameter);
    QVERIFY(QDir(dir).entryList({"*.fits*"}, QDir::Files).isEmpty());
}

void TestDemoStar::cancelRemovesFiles()
{
    const QString dir = m_dir.path() + "/cancel";
    DemoParams p;
    p.quarters = 2;
    auto r = generateDemoStar(p, dir.toStdString(), [](long long done, long long) { return done < 3; });
    QCOMPARE(r.status.code, ErrorCode::Cancelled);
    QVERIFY(QDir(dir).entryList({"*.fits*", "*.json"}, QDir::Files).isEmpty());
}

void TestDemoStar::ioReaderReadsDemo()
{
    for (std::size_t k = 0; k < m_out.files.size(); ++k) {
        auto r = io::readTargetPixelFile(m_out.files[k]);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        const TargetPixelFile& tpf = r.value;
        const demotest::Tpf& ref = m_tpfs[k];
        QCOMPARE(tpf.meta.mission, Mission::Kepler);
        QCOMPARE(tpf.meta.product, ProductType::TargetPixelFile);
        QCOMPARE(tpf.meta.targetId, 99000042LL);
        QCOMPARE(tpf.meta.quarter, m_out.quarters[k].quarter);
        QCOMPARE(tpf.meta.timeSystem, TimeSystem::BKJD);
        QCOMPARE(tpf.meta.bjdRefI, 2454833L);
        QCOMPARE(tpf.meta.cadenceDays, 0.02043359821692);
        QCOMPARE(tpf.meta.magnitude, 12.0);
        QVERIFY(std::abs(tpf.meta.crowdSap - m_out.quarters[k].crowdsap) < 1e-4);
        QCOMPARE(tpf.rows(), 12);
        QCOMPARE(tpf.cols(), 12);
        QCOMPARE((long long)tpf.cadences(), ref.n);
        QVERIFY(tpf.backgroundSubtracted);
        QVERIFY(tpf.wcs.valid);
        QVERIFY(tpf.ccdColumn > 0 && tpf.ccdRow > 0);
        QCOMPARE(int(tpf.aperture.size()), 144);
        int optimal = 0;
        for (std::int32_t v : tpf.aperture)
            optimal += (v & kApOptimal) ? 1 : 0;
        QCOMPARE(optimal, m_out.quarters[k].npixsap);
        // Same pixel values as the independent CFITSIO read (row-major, FITS order).
        const std::size_t c = std::size_t(ref.n / 2);
        for (int p : {0, 40, 77, 143})
            if (std::isfinite(ref.flux[c * 144 + std::size_t(p)]))
                QCOMPARE(tpf.flux.at(c, p / 12, p % 12), ref.flux[c * 144 + std::size_t(p)]);
    }
}

void TestDemoStar::astropyReadsDemo()
{
    const QString python = "/usr/bin/python3";
    if (!QFileInfo::exists(python))
        QSKIP("/usr/bin/python3 not available");
    const QString script = QStringLiteral(EXO_SOURCE_DIR) + "/tests/core/demo/check_astropy.py";
    QProcess proc;
    proc.start(python, {script, m_dir.path() + "/default"});
    QVERIFY(proc.waitForFinished(120000));
    const QString out = QString::fromUtf8(proc.readAllStandardOutput());
    const QString err = QString::fromUtf8(proc.readAllStandardError());
    if (proc.exitCode() == 77)
        QSKIP("astropy not installed for /usr/bin/python3");
    qInfo("%s", qPrintable(out.trimmed()));
    QVERIFY2(proc.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains("OK 4 files"));
}

QTEST_GUILESS_MAIN(TestDemoStar)
#include "test_demo_star.moc"
