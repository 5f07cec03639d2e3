#include <QtTest>
#include <cmath>
#include <vector>

#include "plots/axis_coordinator.h"
#include "plots/light_curve_plot.h"
#include "plots/lod.h"
#include "plots/plot_export.h"

using namespace exo::ui;

namespace {
void send(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

// n cadences, 2-minute spacing from t = 2000 d; flux 1 with a small wiggle; one deep cadence.
void makeCurve(std::size_t n, std::vector<double>& t, std::vector<double>& f, std::size_t dip)
{
    t.resize(n);
    f.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        t[i] = 2000.0 + double(i) * (2.0 / 1440.0);
        f[i] = 1.0 + 2e-4 * std::sin(double(i) * 0.3);
    }
    if (dip < n)
        f[dip] = 0.97;
}

QPointF pixelOf(const QCustomPlot& p, double x, double y)
{
    return {p.xAxis->coordToPixel(x), p.yAxis->coordToPixel(y)};
}
}  // namespace

class TestPlots : public QObject {
    Q_OBJECT
private slots:
    void coordinatorLinksTimeAxes()
    {
        QCustomPlot a, b;
        LightCurvePlot c;
        AxisCoordinator coord;
        coord.addPlot(&a);
        coord.addPlot(&b);
        coord.addPlot(&c);
        QCOMPARE(coord.plotCount(), 3);
        QSignalSpy shared(&coord, &AxisCoordinator::rangeChanged);
        a.xAxis->setRange(10, 20);
        QCOMPARE(b.xAxis->range(), QCPRange(10, 20));
        QCOMPARE(c.xAxis->range(), QCPRange(10, 20));
        QCOMPARE(shared.count(), 1);  // no echo from the followers
        c.xAxis->setRange(12, 14);
        QCOMPARE(a.xAxis->range(), QCPRange(12, 14));
        QCOMPARE(b.xAxis->range(), QCPRange(12, 14));
        QCOMPARE(shared.count(), 2);
        coord.removePlot(&b);
        a.xAxis->setRange(0, 1);
        QCOMPARE(b.xAxis->range(), QCPRange(12, 14));
        QCOMPARE(c.xAxis->range(), QCPRange(0, 1));
        {
            QCustomPlot gone;
            coord.addPlot(&gone);
            QCOMPARE(gone.xAxis->range(), QCPRange(0, 1));  // adopts the shared range
        }
        a.xAxis->setRange(3, 4);  // destroyed plot is skipped
        QCOMPARE(coord.plotCount(), 2);
    }

    void millionPointsDrawBoundedAndFollowZoom()
    {
        constexpr std::size_t n = 1'000'000, dip = 777'777;
        std::vector<double> t, f;
        makeCurve(n, t, f, dip);
        LightCurvePlot plot;
        plot.resize(900, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setData(t, f);
        plot.replot();
        QCOMPARE(plot.pointCount(), n);
        const int width = plot.axisRect()->width();
        QVERIFY(width > 100);
        // The first build may precede layout; the queued replot after layout rebuilds at this width.
        QTRY_VERIFY(plot.drawnPointCount() <= 2 * width + 2);
        QVERIFY(plot.drawnPointCount() > width / 2);
        // The single-cadence dip is drawn even at full zoom-out.
        const auto data = plot.graph(3)->data();  // good points
        double lowest = 2;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it)
            lowest = std::min(lowest, it->value);
        QCOMPARE(lowest, 0.97);

        // Zoom so that 300 cadences are visible: all of them (plus 2 edge neighbours) are drawn.
        plot.xAxis->setRange(t[10'000], t[10'299]);
        QTRY_COMPARE(plot.drawnPointCount(), 302);
        // Zoom back out: bounded again.
        plot.xAxis->setRange(t.front(), t.back());
        QTRY_VERIFY(plot.drawnPointCount() > 302);
        QVERIFY(plot.drawnPointCount() <= 2 * width + 2);
    }

    void clickSelectsNearestPointAndFlaggedCanHide()
    {
        std::vector<double> t, f;
        makeCurve(50, t, f, 20);
        std::vector<std::uint8_t> flagged(50, 0);
        flagged[30] = 1;
        LightCurvePlot plot;
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setData(t, f, flagged);
        plot.replot();
        QSignalSpy clicked(&plot, &LightCurvePlot::pointClicked);
        QTest::mouseClick(&plot, Qt::LeftButton, {}, (pixelOf(plot, t[20], f[20]) + QPointF(2, 1)).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 20);
        QCOMPARE(clicked.first().at(1).toDouble(), t[20]);
        clicked.clear();
        QTest::mouseClick(&plot, Qt::LeftButton, {}, pixelOf(plot, t[30], f[30]).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 30);
        clicked.clear();
        plot.setShowFlagged(false);
        QTest::mouseClick(&plot, Qt::LeftButton, {}, pixelOf(plot, t[30], f[30] - 0.02).toPoint());
        QCOMPARE(clicked.count(), 0);  // hidden flagged point is not selectable; nothing else near
    }

    void altDragBrushesAndShiftDragZooms()
    {
        std::vector<double> t, f;
        makeCurve(1000, t, f, 500);
        LightCurvePlot plot;
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setData(t, f);
        plot.replot();
        const QRect r = plot.axisRect()->rect();
        const QPointF p0(r.left() + 100, r.center().y()), p1(r.left() + 250, r.center().y() + 20);
        const double t0 = plot.xAxis->pixelToCoord(p0.x()), t1 = plot.xAxis->pixelToCoord(p1.x());

        QSignalSpy brushed(&plot, &LightCurvePlot::rangeBrushed);
        const QCPRange before = plot.xAxis->range();  // the whole curve, before the brush
        QVERIFY(before.lower < t.front() && before.upper > t.back());
        send(&plot, QEvent::MouseButtonPress, p0, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        send(&plot, QEvent::MouseMove, p1, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
        send(&plot, QEvent::MouseButtonRelease, p1, Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QCOMPARE(brushed.count(), 1);
        QVERIFY(std::abs(brushed.first().at(0).toDouble() - t0) < 1e-6);
        QVERIFY(std::abs(brushed.first().at(1).toDouble() - t1) < 1e-6);
        QCOMPARE(plot.xAxis->range(), before);  // brushing does not zoom

        send(&plot, QEvent::MouseButtonPress, p0, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        send(&plot, QEvent::MouseMove, p1, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        send(&plot, QEvent::MouseButtonRelease, p1, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
        QVERIFY(std::abs(plot.xAxis->range().lower - t0) < 1e-6);
        QVERIFY(std::abs(plot.xAxis->range().upper - t1) < 1e-6);

        // New data of a re-analysis keeps the zoom when asked to; plain setData resets it.
        const QCPRange zoomed = plot.xAxis->range();
        plot.setData(t, f, {}, true);
        QCOMPARE(plot.xAxis->range(), zoomed);

        QTest::mouseDClick(&plot, Qt::LeftButton, {}, r.center());
        QVERIFY(plot.xAxis->range().lower < t.front());
        QVERIFY(plot.xAxis->range().upper > t.back());
        plot.xAxis->setRange(zoomed);
        plot.setData(t, f);
        QVERIFY(plot.xAxis->range().lower < t.front());
    }

    void wheelZoomsTimeOnlyUnlessCtrl()
    {
        std::vector<double> t, f;
        makeCurve(1000, t, f, 500);
        LightCurvePlot plot;
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setData(t, f);
        plot.replot();
        const QCPRange x0 = plot.xAxis->range(), y0 = plot.yAxis->range();
        const QPointF c = plot.axisRect()->rect().center();
        auto wheel = [&](Qt::KeyboardModifiers mods) {
            QWheelEvent e(c, plot.mapToGlobal(c), QPoint(), QPoint(0, 120), Qt::NoButton, mods, Qt::NoScrollPhase,
                          false);
            QApplication::sendEvent(&plot, &e);
        };
        wheel(Qt::NoModifier);
        QVERIFY(plot.xAxis->range().size() < x0.size());
        QCOMPARE(plot.yAxis->range(), y0);
        const QCPRange x1 = plot.xAxis->range();
        wheel(Qt::ControlModifier);
        QCOMPARE(plot.xAxis->range(), x1);
        QVERIFY(plot.yAxis->range().size() < y0.size());
    }

    void markersAndMaskAreDrawn()
    {
        std::vector<double> t, f;
        makeCurve(200, t, f, 1000);
        LightCurvePlot plot;
        plot.resize(600, 300);
        plot.setData(t, f);
        std::vector<std::uint8_t> mask(200, 0);
        mask[5] = mask[6] = 1;
        plot.setUserMask(mask);
        plot.setTransitMarkers({t[50], t[150], 1e9});
        plot.rebuildNow();
        QCOMPARE(plot.graph(2)->dataCount(), 2);  // masked series
        QCOMPARE(plot.graph(4)->dataCount(), 6);  // two visible markers, 3 points each
        QCOMPARE(plot.drawnPointCount(), 200);
    }

    void exportChoosesFormatByExtension()
    {
        QTemporaryDir dir;
        QCustomPlot plot;
        plot.resize(300, 200);
        QString err;
        QVERIFY(savePlot(&plot, dir.filePath(QStringLiteral("a.png")), 0, 0, 1.0, &err));
        QVERIFY(savePlot(&plot, dir.filePath(QStringLiteral("a.pdf")), 0, 0, 1.0, &err));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.png"))).size() > 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.pdf"))).size() > 0);
        // SVG goes through our own vector paint device (svg_device.h).
        QVERIFY(savePlot(&plot, dir.filePath(QStringLiteral("a.svg")), 0, 0, 1.0, &err));
        QFile svg(dir.filePath(QStringLiteral("a.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.startsWith("<?xml") && text.contains("<svg") && text.contains("<path"));
        QVERIFY(!savePlot(&plot, dir.filePath(QStringLiteral("a.bmpx")), 0, 0, 1.0, &err));
        QVERIFY(!err.isEmpty());
    }
};

QTEST_MAIN(TestPlots)
#include "test_plots.moc"
