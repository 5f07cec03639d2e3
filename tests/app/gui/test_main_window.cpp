// Whole-window smoke tests (offscreen): open real files, run the default pipeline,
// check every view has data and the known planet is found; aperture undo; sessions;
// the headless screenshot on the demo star. Planet facts: ../shared/data/real/MANIFEST.md.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>
#include <qcustomplot.h>

#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "panels/candidates_table.h"
#include "pixels/pixel_panel.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "plots/plot_export.h"
#include "session/session.h"
#include "real_data.h"

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
int dataPoints(QCustomPlot* p)
{
    int n = 0;
    for (int i = 0; i < p->graphCount(); ++i)
        n += p->graph(i)->dataCount();
    return n;
}
bool hasCandidateNear(const exo::app::Session* s, double period)
{
    for (const auto& c : s->candidates())
        if (std::abs(c.periodDays - period) / period < 1e-3)
            return true;
    return false;
}
}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_storeDir;
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A fresh candidate store per run: annotations of earlier runs must not leak in.
        qputenv("EXOWORLD_STORE", m_storeDir.filePath(QStringLiteral("candidates.sqlite")).toUtf8());
        EXO_REQUIRE_REAL_DATA();
    }

    void kepler62PixelFileFindsPlanetB()
    {
        exo::app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        w.openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        QVERIFY(w.errors().isEmpty());
        // The plots fill their graphs on their queued replot.
        QTRY_VERIFY(dataPoints(w.rawPlot()) > 0);
        QTRY_VERIFY(dataPoints(w.flatPlot()) > 0);
        QTRY_VERIFY(dataPoints(w.periodogramPlot()) > 0);
        QTRY_VERIFY(dataPoints(w.foldPlot()) > 0);
        // Kepler-62 b: P = 5.71489692 d (KOI cumulative table via MANIFEST.md).
        QVERIFY(hasCandidateNear(w.session(), 5.71489692));
    }

    void tessLightCurveRuns()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        // WASP-126 S1 has 20076 cadences; the plot holds them all and draws a min/max
        // level-of-detail subset bounded by the screen width.
        QVERIFY(w.rawPlot()->pointCount() > 15000);
        QVERIFY(dataPoints(w.rawPlot()) > 0);
        QVERIFY(dataPoints(w.rawPlot()) < int(w.rawPlot()->pointCount()));
        QVERIFY(dataPoints(w.periodogramPlot()) > 0);
        QVERIFY(hasCandidateNear(w.session(), 3.2887898));  // WASP-126 b (TOI-114.01)
    }

    void apertureEditIsUndoable()
    {
        exo::app::MainWindow w;
        w.resize(1200, 800);
        w.show();
        const QString file = real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz");
        w.openPaths({file});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 120000);
        auto* view = w.pixelPanel()->view();
        const QRectF cell = view->cellRect(0, 0);
        QVERIFY(cell.isValid());
        const int before = w.session()->undoStack()->count();
        QTest::mouseClick(view, Qt::LeftButton, {}, cell.center().toPoint());
        QTRY_COMPARE(w.session()->undoStack()->count(), before + 1);
        const auto& aps = w.session()->apertures();
        QVERIFY(aps.count(file) == 1);
        QCOMPARE(aps.at(file).mode, exo::pipeline::ApertureMode::Custom);
        QCOMPARE(int(aps.at(file).custom[0]), 1);  // the corner pixel was off in the pipeline aperture
        w.session()->undoStack()->undo();
        const auto& after = w.session()->apertures();
        QVERIFY(after.count(file) == 0 || after.at(file).mode == exo::pipeline::ApertureMode::Pipeline);
    }

    void sessionRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/k62.exoworld");
        const QString file = real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz");
        {
            exo::app::MainWindow w;
            w.openPaths({file});
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 120000);
            auto s = w.session()->prepareSettings();
            s.windowDays = 1.25;
            w.session()->setPrepareSettings(s);
            w.session()->addMaskedRange(450.0, 451.0);
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
            w.session()->setFlagged(w.session()->candidates().first().rank, true);
            QString err;
            QVERIFY2(w.saveSessionTo(path, &err), qPrintable(err));
        }
        exo::app::MainWindow w2;
        QString err;
        QVERIFY2(w2.loadSessionFrom(path, &err), qPrintable(err));
        QCOMPARE(w2.session()->prepareSettings().windowDays, 1.25);
        QCOMPARE(int(w2.session()->maskedRanges().size()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(w2.isIdle() && w2.controller()->prepared() != nullptr, 120000);
        // The search re-runs on load; the flag the user set survives it.
        QTRY_VERIFY_WITH_TIMEOUT(w2.controller()->searchOutcome() != nullptr, 120000);
        QVERIFY(!w2.session()->candidates().isEmpty());
        QVERIFY(w2.session()->candidates().first().flagged);
    }

    void exportPlotsAndLightCurve()
    {
        QTemporaryDir dir;
        exo::app::MainWindow w;
        w.resize(1200, 800);
        w.show();
        w.openPaths({real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        for (const char* ext : {"png", "pdf", "svg"}) {
            const QString path = dir.path() + QStringLiteral("/fold.") + QLatin1String(ext);
            QString err;
            QVERIFY2(exo::ui::savePlot(w.foldPlot(), path, 800, 500, 1.0, &err), qPrintable(err));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        // The SVG is well-formed XML with vector paths and the axis label as text.
        QFile f(dir.path() + QStringLiteral("/fold.svg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int paths = 0, texts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("path"))
                ++paths;
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                ++texts;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths > 50);
        QVERIFY(texts > 5);
    }

    void screenshotOfDemoStar()
    {
        QTemporaryDir dir;
        exo::app::MainWindow w;
        exo::app::LaunchOptions o;
        o.screenshotPath = dir.path() + QStringLiteral("/demo.png");
        o.size = QSize(1366, 768);
        o.timeoutSeconds = 240;
        QCOMPARE(w.runScreenshot(o), 0);
        QImage img(o.screenshotPath);
        QCOMPARE(img.size(), QSize(1366, 768));
        QVERIFY(!w.session()->candidates().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
