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
};

QTEST_MAIN(TestMainWindowVetting)
#include "test_main_window_vetting.moc"
