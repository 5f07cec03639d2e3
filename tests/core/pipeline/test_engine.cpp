// The one analysis engine (core/pipeline/engine.h, plan.h, settings.h, display.h):
// planning stars and products, the keyed per-file cache, validation, carrying a
// user's annotations to a re-found signal, display data. Real files: MANIFEST.md.
#include <QFileInfo>
#include <QtTest>
#include <cmath>

#include "model/candidate.h"
#include "pipeline/display.h"
#include "pipeline/engine.h"
#include "search/multi.h"
#include "real_data.h"

using namespace exo;

namespace {
std::string real(const char* rel) { return std::string(EXO_REAL_DATA_DIR) + "/" + rel; }
const char* kK2Lc = "k2/lc/ktwo211121743-c04_llc.fits";
const char* kK2Sc = "k2/lc/hlsp_k2sc_k2_llc_211121743-c04_kepler_v2_lc.fits";
const char* kK2Var = "k2/lc/hlsp_k2varcat_k2_lightcurve_211121743-c04_kepler_v2_llc.fits";
const char* kKepler62 = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";
const char* kWasp126S1 = "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
const char* kWasp126S6 = "tess/lc/tic0025155310_s0006_spoc-2min_lc.fits";

pipeline::ProductInfo product(const char* path, double t0, double t1)
{
    pipeline::ProductInfo p;
    p.path = path;
    p.tStart = t0;
    p.tStop = t1;
    return p;
}
}  // namespace

class TestEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        EXO_REQUIRE_REAL_DATA();  // configured: a missing file is a failure, not a skip
    }

    void oneProductPerStretch()
    {
        // A (0-10) and B (5-15) overlap; C (20-30) stands alone; D has no finite time.
        std::vector<pipeline::ProductInfo> ps{product("A", 0, 10), product("B", 5, 15), product("C", 20, 30),
                                              product("D", INFINITY, -INFINITY)};
        auto c = pipeline::chooseProducts(ps, -1);
        QCOMPARE(c.analysed, (std::vector<std::size_t>{0, 2}));
        QCOMPARE(c.skipped.size(), std::size_t(2));
        QCOMPARE(c.skipped[0].index, std::size_t(1));
        QCOMPARE(c.skipped[0].coveredBy, std::size_t(0));
        QCOMPARE(c.skipped[1].index, std::size_t(3));
        // The preferred product wins its stretch; the result stays in time order.
        c = pipeline::chooseProducts(ps, 1);
        QCOMPARE(c.analysed, (std::vector<std::size_t>{1, 2}));
        QCOMPARE(c.skipped[0].index, std::size_t(0));
        QCOMPARE(c.skipped[0].coveredBy, std::size_t(1));
        // Products that touch (end == start) do not overlap.
        std::vector<pipeline::ProductInfo> touching{product("A", 0, 10), product("B", 10, 20)};
        QCOMPARE(pipeline::chooseProducts(touching).analysed.size(), std::size_t(2));
        // Separated by more than the gap: each can be detrended alone.
        QVERIFY(pipeline::separatedByGaps(ps, {0, 2}, 0.25));
        QVERIFY(!pipeline::separatedByGaps(touching, {0, 1}, 0.25));
    }

    void naturalOrderOfStars()
    {
        QVERIFY(pipeline::naturalLess("KIC 9", "KIC 10"));
        QVERIFY(!pipeline::naturalLess("KIC 10", "KIC 9"));
        QVERIFY(pipeline::naturalLess("KIC 9002278", "KIC 11442793"));
        QVERIFY(pipeline::naturalLess("epic 2", "EPIC 3"));
        QVERIFY(!pipeline::naturalLess("TIC 5", "TIC 5"));
        std::vector<pipeline::ProductInfo> ps(3);
        ps[0].meta.idPrefix = "KIC";
        ps[0].meta.targetId = 11442793;
        ps[1].meta.idPrefix = "KIC";
        ps[1].meta.targetId = 9002278;
        ps[2].meta = ps[0].meta;
        const auto g = pipeline::groupStars(ps);
        QCOMPARE(g.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(g[0].key), QString("KIC 9002278"));
        QCOMPARE(g[1].members, (std::vector<std::size_t>{0, 2}));
    }

    void overlappingK2ProductsAreAnalysedOnce()
    {
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real(kK2Lc), real(kK2Sc), real(kK2Var)};
        auto r = engine.prepareStar(req);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QCOMPARE(r.value.analysed, std::vector<std::string>{real(kK2Lc)});
        QCOMPARE(r.value.skipped.size(), std::size_t(2));
        for (const auto& s : r.value.skipped)
            QCOMPARE(s.coveredBy, real(kK2Lc));
        bool warned = false;
        for (const auto& w : r.warnings)
            warned = warned || (w.code == WarningCode::ProductsSkipped && w.count == 2);
        QVERIFY(warned);
        // The user's choice wins its stretch.
        req.preferred = real(kK2Sc);
        r = engine.prepareStar(req);
        QVERIFY(r.ok());
        QCOMPARE(r.value.analysed, std::vector<std::string>{real(kK2Sc)});
        // 3424 rows; K2SC's own mflags (quality, upward outliers, non-finite: 464 rows) are removed.
        QCOMPARE(r.value.prepared->clean.size() > 2500, true);
    }

    void cacheKeysAndEviction()
    {
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real(kWasp126S1), real(kWasp126S6)};
        auto a = engine.prepareStar(req);
        QVERIFY2(a.ok(), a.status.detail.c_str());
        QVERIFY(a.value.preparedPerFile);  // sectors 1 and 6 are months apart
        QCOMPARE(a.value.analysed.size(), std::size_t(2));
        const std::size_t entries = engine.cacheEntries();
        QCOMPARE(entries, std::size_t(6));  // 2 files, 2 raw series, 2 prepared pieces
        // Same request: every piece comes from the cache (same objects).
        auto b = engine.prepareStar(req);
        QVERIFY(b.ok());
        QCOMPARE(b.value.raw[0].get(), a.value.raw[0].get());
        QCOMPARE(engine.cacheEntries(), entries);
        QCOMPARE(b.value.prepared->flat.flux, a.value.prepared->flat.flux);
        // A new detrending window is a new key: new pieces, same raw series.
        req.prepare.autoWindow = false;
        req.prepare.windowDays = 0.5;
        auto c = engine.prepareStar(req);
        QVERIFY(c.ok());
        QCOMPARE(c.value.raw[0].get(), a.value.raw[0].get());
        QCOMPARE(engine.cacheEntries(), entries + 2);
        QVERIFY(c.value.prepared->flat.flux != a.value.prepared->flat.flux);
        // Forgetting a file evicts all of it.
        engine.forget(real(kWasp126S6));
        QCOMPARE(engine.cacheEntries(), std::size_t(1 + 1 + 2));
        QVERIFY(!engine.loaded(real(kWasp126S6)));
        // A bound far below one file keeps at most the newest file's data.
        pipeline::Engine tiny(pipeline::Engine::Options{1});
        QVERIFY(tiny.prepareStar(req).ok());
        QVERIFY(tiny.cacheEntries() <= 1);
    }

    void apertureEditRecomputesThatFileOnly()
    {
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real(kKepler62)};
        auto a = engine.prepareStar(req);
        QVERIFY2(a.ok(), a.status.detail.c_str());
        pipeline::ApertureChoice all;
        all.mode = pipeline::ApertureMode::All;
        req.apertures[real(kKepler62)] = all;
        auto b = engine.prepareStar(req);
        QVERIFY(b.ok());
        QVERIFY(b.value.raw[0].get() != a.value.raw[0].get());
        QVERIFY(b.value.raw[0]->flux[100] > a.value.raw[0]->flux[100]);  // all pixels hold more flux
        // Back to the pipeline aperture: the first series is still cached.
        req.apertures.clear();
        auto c = engine.prepareStar(req);
        QCOMPARE(c.value.raw[0].get(), a.value.raw[0].get());
    }

    void unreadableFileIsNamed()
    {
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real("corrupted/tess_lc_pimen_s1_truncated-data.fits")};
        QVERIFY(QFileInfo::exists(QString::fromStdString(req.files[0])));
        auto r = engine.prepareStar(req);
        QVERIFY(!r.ok());
        const QString name = QFileInfo(QString::fromStdString(req.files[0])).fileName();
        QVERIFY2(QString::fromStdString(r.status.detail).contains(name), r.status.detail.c_str());
        QVERIFY(!engine.prepareStar(pipeline::StarRequest{}).ok());
    }

    void settingsAreValidatedOnce_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("oversample high") << "oversample" << 1000.0 << "--oversample";
        QTest::newRow("oversample nan") << "oversample" << double(NAN) << "--oversample";
        QTest::newRow("planets") << "maxPlanets" << 20.0 << "--max-planets";
        QTest::newRow("planets zero") << "maxPlanets" << 0.0 << "--max-planets";
        QTest::newRow("snr") << "minSnr" << -1.0 << "--min-snr";
        QTest::newRow("duration") << "duration" << 500.0 << "--durations";
        QTest::newRow("threads") << "threads" << 1000.0 << "--threads";
        QTest::newRow("window") << "window" << 0.0 << "--window";
        QTest::newRow("window inf") << "window" << double(INFINITY) << "--window";
        QTest::newRow("gap") << "gap" << -1.0 << "--gap";
        QTest::newRow("periods") << "periods" << 10.0 << "--min-period";
    }
    void settingsAreValidatedOnce()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, named);
        pipeline::PrepareSettings p;
        pipeline::SearchSettings s;
        QVERIFY(pipeline::validate(p).ok());
        QVERIFY(pipeline::validate(s).ok());
        if (field == "oversample")
            s.oversample = value;
        else if (field == "maxPlanets")
            s.maxPlanets = int(value);
        else if (field == "minSnr")
            s.minSnr = value;
        else if (field == "duration")
            s.durationsHours = {2.0, value};
        else if (field == "threads")
            s.threads = int(value);
        else if (field == "window")
            p.windowDays = value;
        else if (field == "gap")
            p.gapDays = value;
        else if (field == "periods") {
            s.minPeriodDays = value;
            s.maxPeriodDays = value / 2;
        }
        const Status st = pipeline::validate(p).ok() ? pipeline::validate(s) : pipeline::validate(p);
        QCOMPARE(st.code, ErrorCode::InvalidParameter);
        QVERIFY2(QString::fromStdString(st.detail).startsWith(named), st.detail.c_str());
        // The engine refuses them too, before touching any file.
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {"/nonexistent.fits"};
        req.prepare = p;
        auto r = pipeline::analyseStar(engine, req, s);
        QCOMPARE(r.status.code, ErrorCode::InvalidParameter);
    }

    void coreDefaultsAreTheProductDefaults()
    {
        const search::SearchParams core;
        const pipeline::SearchSettings product;
        QCOMPARE(core.maxPlanets, product.maxPlanets);
        QCOMPARE(core.minSde, product.minSde);
        QCOMPARE(core.minSnr, product.minSnr);
        QCOMPARE(core.grid.oversampling, product.oversample);
    }

    void annotationsFollowTheSameSignal()
    {
        Candidate b;  // Kepler-62 b-like
        b.periodDays = 5.714932;
        b.t0 = 133.7;
        b.durationHours = 2.3;
        Candidate d = b;
        d.periodDays = 18.16406;
        d.t0 = 140.2;
        d.durationHours = 4.9;
        Candidate b2 = b;  // found again, 0.01 % off and 10 cycles later
        b2.periodDays *= 1.0001;
        b2.t0 = b.t0 + 10 * b2.periodDays;
        Candidate bShifted = b;  // same period, half a period away: another signal
        bShifted.t0 += b.periodDays / 2;
        QVERIFY(sameSignal(b, b2));
        QVERIFY(!sameSignal(b, bShifted));
        QVERIFY(!sameSignal(b, d));
        Candidate alias = b;  // 0.2 % off: not the same
        alias.periodDays *= 1.002;
        QVERIFY(!sameSignal(b, alias));
        const auto m = matchCandidates({d, b}, {b2, bShifted, d});
        QCOMPARE(m, (std::vector<int>{1, -1, 0}));
        // One previous candidate never matches twice.
        QCOMPARE(matchCandidates({b}, {b, b2}), (std::vector<int>{0, -1}));
    }

    void displayFoldUsesCoreFunctions()
    {
        Series s;
        for (int i = 0; i < 1000; ++i) {
            s.time.push_back(i * 0.02);
            s.flux.push_back(1.0);
        }
        const auto v = pipeline::foldForDisplay(s, 2.0, 1.0, 0.1, 1000);
        QCOMPARE(v.phaseHours.size(), s.size());
        QCOMPARE(v.odd[50], std::uint8_t(0));   // t = 1.0: epoch 0
        QCOMPARE(v.odd[150], std::uint8_t(1));  // t = 3.0: epoch 1
        QCOMPARE(v.odd[250], std::uint8_t(0));
        QVERIFY(std::abs(v.phaseHours[50]) < 1e-9);
        QVERIFY(std::abs(v.phaseHours[55] - 2.4) < 1e-9);
        double lowest = 1;
        for (double y : v.model)
            lowest = std::min(lowest, y);
        QVERIFY(std::abs(lowest - (1 - 1e-3)) < 1e-12);
        QVERIFY(pipeline::foldForDisplay(s, 0, 1, 0.1, 1000).phaseHours.empty());
        const auto t = pipeline::predictedTransits(2.0, 1.0, 0.0, 19.98);
        QCOMPARE(t.size(), std::size_t(10));
        QCOMPARE(t.front(), 1.0);
        QVERIFY(pipeline::predictedTransits(-1, 0, 0, 10).empty());
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "test_engine.moc"
