// Gap-compressed time axis: long gaps squeezed, round trip exact, identity without long gaps,
// and a brushed range on a two-sector light curve comes back in real time.
#include <QtTest>
#include <cmath>

#include "plots/light_curve_plot.h"
#include "plots/time_gaps.h"

using exo::ui::GapMap;

namespace {
std::vector<double> twoSectors()
{
    std::vector<double> t;
    for (double x = 1325.0; x < 1352.0; x += 0.02)
        t.push_back(x);  // like TESS sector 1
    for (double x = 1468.0; x < 1490.0; x += 0.02)
        t.push_back(x);  // like sector 6
    return t;
}
}  // namespace

class TestTimeGaps : public QObject {
    Q_OBJECT
private slots:
    void squeezesLongGapsOnly()
    {
        const GapMap m = GapMap::fromTimes(twoSectors());
        QCOMPARE(int(m.segmentCount()), 2);
        const double a = m.toAxis(1352.0), b = m.toAxis(1468.0);
        QVERIFY(b - a < 2.0);  // a 116-day gap becomes about one day
        QVERIFY(b > a);
        for (double t : {1325.0, 1340.5, 1351.98, 1400.0, 1468.0, 1489.9}) {
            QVERIFY(std::abs(m.toTime(m.toAxis(t)) - t) < 1e-9);
        }
        double prev = -1e9;
        for (double t = 1300; t < 1500; t += 0.5) {
            QVERIFY(m.toAxis(t) > prev);
            prev = m.toAxis(t);
        }
        // Kepler quarters: day-long gaps are kept as they are.
        std::vector<double> q;
        for (double x = 100; x < 190; x += 0.02)
            q.push_back(x);
        for (double x = 191; x < 280; x += 0.02)
            q.push_back(x);
        QVERIFY(GapMap::fromTimes(q).identity());
        QVERIFY(GapMap::fromTimes({1.0, std::nan(""), 2.0}).identity());
    }

    void brushReturnsRealTime()
    {
        exo::ui::LightCurvePlot plot;
        plot.resize(800, 300);
        plot.show();
        const auto t = twoSectors();
        plot.setData(t, std::vector<double>(t.size(), 1.0));
        plot.setTimeGaps(GapMap::fromTimes(t));
        plot.replot();
        // The whole data spans most of the width: sector 6 starts within the right half.
        const double xs6 = plot.xAxis->coordToPixel(plot.timeGaps().toAxis(1468.0));
        QVERIFY(xs6 > plot.axisRect()->left() + plot.axisRect()->width() * 0.4);
        QSignalSpy spy(&plot, &exo::ui::LightCurvePlot::rangeBrushed);
        plot.setDragMode(exo::ui::LightCurvePlot::DragMode::Brush);
        const int y = plot.axisRect()->center().y();
        const QPoint a(int(plot.xAxis->coordToPixel(plot.timeGaps().toAxis(1470.0))), y);
        const QPoint b(int(plot.xAxis->coordToPixel(plot.timeGaps().toAxis(1475.0))), y);
        QTest::mousePress(&plot, Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, b, plot.mapToGlobal(b), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&plot, &move);
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, b);
        QCOMPARE(spy.count(), 1);
        QVERIFY(std::abs(spy.first().at(0).toDouble() - 1470.0) < 0.2);
        QVERIFY(std::abs(spy.first().at(1).toDouble() - 1475.0) < 0.2);
    }
};

QTEST_MAIN(TestTimeGaps)
#include "test_time_gaps.moc"
