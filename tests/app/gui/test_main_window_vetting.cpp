// The window's vetting (offscreen): a found candidate is vetted in the background, the
// checklist, the gallery and the pixel layers fill, and an aperture edit re-vets it live.
// Kepler-62 facts: ../shared/data/real/MANIFEST.md.
#include <QDockWidget>
#include <QStandardPaths>
#include <QtTest>

#include "gui/main_window.h"
#include "gui/main_window_vetting.h"
#include "panels/vetting_panel.h"
#include "pixels/pixel_panel.h"
#include "plots/transit_gallery.h"
#include "real_data.h"
#include "session/session.h"
#include "store/candidate_store.h"

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
}  // namespace

class TestMainWindowVetting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        EXO_REQUIRE_REAL_DATA();
    }

    void kepler62IsVettedAndFollowsTheAperture()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        auto* v = w.vetting();
        QVERIFY(v);
        QTRY_VERIFY_WITH_TIMEOUT(v->report() && !v->busy(), 30000);
        const auto first = v->report();
        QCOMPARE(v->candidate(), 0);
        QVERIFY(v->panel()->rowCount() >= 12);
        QVERIFY(v->gallery()->cellCount() >= 1);
        QCOMPARE(v->gallery()->eventCount(), int(first->events.size()));
        QVERIFY(!first->has(exo::vetting::Flag::OddEven));
        QVERIFY(!first->has(exo::vetting::Flag::CentroidOffset));
        QCOMPARE(int(first->pixels.size()), 1);
        QVERIFY(w.pixelPanel()->hasVettingLayers());
        w.pixelPanel()->setLayer(exo::ui::PixelPanel::Layer::Difference);
        QCOMPARE(w.pixelPanel()->layer(), exo::ui::PixelPanel::Layer::Difference);
        QCOMPARE(int(w.pixelPanel()->view()->markers().size()), 3);  // star, signal, catalogue
        // For a look at the layout: EXO_VETTING_PNG=DIR saves the window with the Vetting dock raised.
        if (const QString dir = qEnvironmentVariable("EXO_VETTING_PNG"); !dir.isEmpty()) {
            if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("vettingDock")))
                dock->raise();
            QTest::qWait(200);
            w.grab().save(dir + QStringLiteral("/vetting_window.png"));
            w.pixelPanel()->setLayer(exo::ui::PixelPanel::Layer::DepthMap);
            QTest::qWait(100);
            w.grab().save(dir + QStringLiteral("/vetting_depthmap.png"));
            w.pixelPanel()->setLayer(exo::ui::PixelPanel::Layer::Difference);
        }

        // Every pixel in the aperture: the light curve, and so the vetting, are redone.
        const int n = w.pixelPanel()->view()->rows() * w.pixelPanel()->view()->cols();
        emit w.pixelPanel()->view()->apertureEdited(std::vector<std::uint8_t>(std::size_t(n), 1));
        QTRY_VERIFY_WITH_TIMEOUT(v->report() && v->report() != first && !v->busy() && w.isIdle(), 120000);
        QVERIFY(v->report()->pixels.size() == 1);
        QVERIFY(v->report()->pixels[0].apertureDepthPpm != first->pixels[0].apertureDepthPpm);
    }

    // A candidate of another star in the candidate store with Kepler-62 d's period and epochs
    // (as a neighbour's aperture would record it): d's vetting names it as an ephemeris match.
    // Last: it leaves that record in this process's store.
    void ephemerisMatchesAnotherStarInTheStore()
    {
        {
            exo::store::CandidateStore st;
            QVERIFY(st.open(exo::store::CandidateStore::defaultPath()).ok());
            exo::store::CandidateEntry e;
            e.mission = QStringLiteral("Kepler");
            e.targetId = 9002277;
            e.targetLabel = QStringLiteral("KIC 9002277");
            e.rank = 1;
            e.periodDays = 18.16406;
            e.t0Bjd = 2455286.2841 + 3 * 18.16406;  // three orbits later: the same ephemeris
            e.t0 = e.t0Bjd - 2454833.0;
            e.durationHours = 2.5;
            e.depthPpm = 40;
            QVERIFY(st.upsert(e).ok());
        }
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        int dRow = -1;
        const auto cands = w.session()->candidates();
        for (int i = 0; i < cands.size(); ++i)
            if (std::abs(cands[i].periodDays - 18.164) < 0.01)
                dRow = i;
        QVERIFY(dRow >= 0);
        auto* v = w.vetting();
        v->vetCandidate(dRow);
        QTRY_VERIFY_WITH_TIMEOUT(v->report() && !v->busy() && v->candidate() == dRow, 30000);
        bool named = false;
        for (const auto& m : v->report()->matches)
            named = named || m.label.find("KIC 9002277") != std::string::npos;
        QVERIFY(named);
        QVERIFY(v->report()->has(exo::vetting::Flag::EphemerisMatch));
        // The store's record of d now holds this vetting and its flags.
        exo::store::CandidateStore st;
        QVERIFY(st.open(exo::store::CandidateStore::defaultPath()).ok());
        bool stored = false;
        for (const auto& e : st.list())
            if (e.targetId == 9002278 && std::abs(e.periodDays - 18.164) < 0.01)
                stored = e.vetting.contains(QStringLiteral("noise"))
                         && e.vettingFlags.contains(QStringLiteral("ephemeris_match"));
        QVERIFY(stored);
    }
};

QTEST_MAIN(TestMainWindowVetting)
#include "test_main_window_vetting.moc"
