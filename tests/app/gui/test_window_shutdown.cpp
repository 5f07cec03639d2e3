// Destroying the window while files load, while the light curve is prepared and while
// the search runs: the controller is stopped and destroyed first, before the Session
// and the views, so no signal reaches a half-destroyed window (the use-after-free of
// issue 16: ~AnalysisController emitted busyChanged into a lambda reading the freed
// Session). The test runs with a perturbing allocator (CMakeLists.txt), so a read of
// freed memory crashes here even without AddressSanitizer.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "plots/light_curve_plot.h"
#include "session/session.h"

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }

/// Destroys the window and returns the order in which its parts died.
QStringList destroyAndRecordOrder(exo::app::MainWindow* w)
{
    auto order = std::make_shared<QStringList>();
    QObject::connect(w->controller(), &QObject::destroyed, [order] { *order << QStringLiteral("controller"); });
    QObject::connect(w->session(), &QObject::destroyed, [order] { *order << QStringLiteral("session"); });
    QObject::connect(w->rawPlot(), &QObject::destroyed, [order] { *order << QStringLiteral("views"); });
    delete w;
    return *order;
}
}  // namespace

class TestWindowShutdown : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(real("MANIFEST.md")))
            QSKIP("no real data folder");
    }

    void destroyWhileLoading()
    {
        auto* w = new exo::app::MainWindow;
        w->show();
        w->openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QVERIFY(w->controller()->busy());
        QVERIFY(!w->isIdle());
        const QStringList order = destroyAndRecordOrder(w);
        QCOMPARE(order.value(0), QStringLiteral("controller"));  // first, while the rest lives
        QVERIFY(order.contains(QStringLiteral("session")));
    }

    void destroyWhilePreparing()
    {
        auto* w = new exo::app::MainWindow;
        w->show();
        QSignalSpy loaded(w->controller(), &exo::app::AnalysisController::fileLoaded);
        // 17 quarters: the stitch and the preparation of ~70,000 points outlast the 50 ms
        // polls of QTRY even on a loaded machine (three quarters were done too soon under ctest -j2).
        w->openPaths({real("kepler/lc/koi3278")});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 17, 60000);
        // The last file loaded: the preparation of the stitched light curve runs now.
        QVERIFY(w->controller()->busy());
        const QStringList order = destroyAndRecordOrder(w);
        QCOMPARE(order.value(0), QStringLiteral("controller"));
    }

    void destroyWhileSearching()
    {
        auto* w = new exo::app::MainWindow;
        w->show();
        QSignalSpy partial(w->controller(), &exo::app::AnalysisController::periodogramProgress);
        w->openPaths({real("kepler/lc/koi3278")});  // 17 quarters: a search of several seconds
        QTRY_VERIFY_WITH_TIMEOUT(partial.count() > 0, 120000);
        QVERIFY(w->controller()->busy());
        QVERIFY(w->controller()->searchOutcome() == nullptr);  // still searching
        const QStringList order = destroyAndRecordOrder(w);
        QCOMPARE(order.value(0), QStringLiteral("controller"));
        // Queued partial results of the cancelled search find no receiver.
        QTest::qWait(50);
    }

    void closeThenDestroy()
    {
        auto* w = new exo::app::MainWindow;
        w->show();
        w->openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QVERIFY(w->close());
        const QStringList order = destroyAndRecordOrder(w);
        QCOMPARE(order.value(0), QStringLiteral("controller"));
    }
};

QTEST_MAIN(TestWindowShutdown)
#include "test_window_shutdown.moc"
