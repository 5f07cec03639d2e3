// Sanity checks of the search (issue 8, item 4): an aperture with near-zero flux and signals
// deeper than 100 % are refused with a warning, never reported as candidates.
// EPIC 200001049 (K2 C1, ../shared/data/real/MANIFEST.md) is an almost empty aperture: with
// astropy, its quality-0 PDCSAP_FLUX has median 5.5 e-/s and 16-84 % range -22 to +37 e-/s
// (SAP_BKG 33,600 e-/s); before these checks the search reported signals deeper than 100 %.
#include <QtTest>
#include <cmath>
#include <random>

#include "pipeline/engine.h"
#include "real_data.h"
#include "search/multi.h"

namespace {
std::string real(const char* rel) { return std::string(EXO_REAL_DATA_DIR) + "/" + rel; }
const char* kEmpty = "k2/lc/ktwo200001049-c01_llc.fits";
const char* kKepler62 = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";

bool hasWarning(const std::vector<exo::Warning>& ws, exo::WarningCode code)
{
    for (const auto& w : ws)
        if (w.code == code)
            return true;
    return false;
}
}  // namespace

using namespace exo;

class TestSanity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { EXO_REQUIRE_REAL_DATA(); }

    void almostEmptyApertureIsRefused()
    {
        EXO_REQUIRE_REAL_FILE(QString(kEmpty));
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real(kEmpty)};
        pipeline::SearchSettings ss;
        ss.threads = 2;
        auto r = pipeline::analyseStar(engine, req, ss);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QVERIFY(r.value.data.prepared->nearZeroFlux);
        QVERIFY2(r.value.data.prepared->relativeScatter > 1,
                 qPrintable(QString::number(r.value.data.prepared->relativeScatter)));
        QVERIFY(r.value.search.candidates.empty());
        QVERIFY(r.value.search.singleEvents.empty());
        QVERIFY(hasWarning(r.warnings, WarningCode::NearZeroFlux));
        QCOMPARE(std::string(warningCodeName(WarningCode::NearZeroFlux)), std::string("near_zero_flux"));
        // The light curve itself is still there to look at.
        QVERIFY(r.value.data.prepared->flat.size() > 1000);
    }

    void realStarIsSearched()
    {
        EXO_REQUIRE_REAL_FILE(QString(kKepler62));
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {real(kKepler62)};
        auto star = engine.prepareStar(req);
        QVERIFY2(star.ok(), star.status.detail.c_str());
        QVERIFY(!star.value.prepared->nearZeroFlux);
        QVERIFY2(star.value.prepared->relativeScatter < 0.01,
                 qPrintable(QString::number(star.value.prepared->relativeScatter)));
    }

    void depthAboveTotalIsNotACandidate()
    {
        // Flux 1 +- 1 %, with 2-hour dips every 3 days down to -0.5 (a 150 % "depth", as a
        // badly normalised near-empty aperture gives): refused, counted, never a candidate.
        std::mt19937 rng(3);
        std::normal_distribution<double> g(0.0, 0.01);
        std::vector<double> t, f;
        for (int i = 0; i < 1440; ++i) {  // 30 days of 30-min cadences
            const double ti = i / 48.0;
            const double ph = std::fmod(ti - 0.7, 3.0);
            t.push_back(ti);
            f.push_back((ph >= 0 && ph < 2.0 / 24) ? -0.5 + g(rng) : 1.0 + g(rng));
        }
        search::SearchParams p;
        p.threads = 2;
        auto r = search::runSearch(t, f, {}, p);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QVERIFY(r.value.rejectedUnphysical >= 1);
        for (const auto& c : r.value.candidates)
            QVERIFY2(c.depthPpm < 1e6, qPrintable(QString::number(c.depthPpm)));
        // The same dips at 50 % depth are a candidate: the check refuses only the impossible.
        for (double& x : f)
            if (x < 0)
                x += 1.0;
        auto ok = search::runSearch(t, f, {}, p);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value.rejectedUnphysical, 0);
        QVERIFY(!ok.value.candidates.empty());
        QVERIFY(std::abs(ok.value.candidates.front().periodDays - 3.0) < 0.01);
    }
};

QTEST_APPLESS_MAIN(TestSanity)
#include "test_sanity.moc"
