#include <QtTest>
#include <algorithm>
#include <cmath>
#include <vector>

#include "plots/fold_plot.h"
#include "plots/periodogram_plot.h"

using namespace exo::ui;

namespace {
// Synthetic BLS-like periodogram on a log grid 0.5-20 d: Lorentzian peaks at 3.5 d (power 10),
// its alias 1.75 d (5) and 7.0 d (4), over a low ripple.
void makePeriodogram(std::vector<double>& p, std::vector<double>& pw)
{
    const std::size_t n = 20'000;
    p.resize(n);
    pw.resize(n);
    auto peak = [](double x, double c, double h) {
        const double w = 0.004 * c;
        return h / (1 + ((x - c) / w) * ((x - c) / w));
    };
    for (std::size_t i = 0; i < n; ++i) {
        p[i] = 0.5 * std::pow(40.0, double(i) / double(n - 1));
        pw[i] = 0.3 + 0.1 * std::sin(double(i) * 0.05) + peak(p[i], 3.5, 10) + peak(p[i], 1.75, 5) + peak(p[i], 7.0, 4);
    }
    std::reverse(p.begin(), p.end());  // frequency-ordered grids arrive with decreasing period
    std::reverse(pw.begin(), pw.end());
}

std::size_t argmaxNear(const std::vector<double>& p, const std::vector<double>& pw, double c)
{
    std::size_t best = 0;
    double bestPw = -1;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (std::abs(p[i] - c) < 0.05 * c && pw[i] > bestPw) {
            bestPw = pw[i];
            best = i;
        }
    return best;
}
}  // namespace

class TestAnalysisPlots : public QObject {
    Q_OBJECT
private slots:
    void periodogramAnnotatesPeaksAndAliases()
    {
        std::vector<double> p, pw;
        makePeriodogram(p, pw);
        PeriodogramPlot plot;
        plot.setPeriodogram(p, pw);
        const auto& peaks = plot.peakPeriods();
        QCOMPARE(peaks.size(), std::size_t(3));
        QCOMPARE(peaks[0], p[argmaxNear(p, pw, 3.5)]);
        QCOMPARE(peaks[1], p[argmaxNear(p, pw, 1.75)]);
        QCOMPARE(peaks[2], p[argmaxNear(p, pw, 7.0)]);
        // 3 peak labels + 2 alias lines + 2 alias labels
        QCOMPARE(plot.itemCount(), 7);
        plot.setMarkedPeriod(3.5);
        QCOMPARE(plot.itemCount(), 8);
    }

    void progressiveUpdateKeepsUserZoom()
    {
        std::vector<double> p, pw;
        makePeriodogram(p, pw);
        PeriodogramPlot plot;
        plot.resize(800, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        // First half of the grid arrives, then the user zooms (drag), then the rest arrives.
        const std::vector<double> p1(p.begin(), p.begin() + 10'000), pw1(pw.begin(), pw.begin() + 10'000);
        plot.setPeriodogram(p1, pw1);
        QCOMPARE(plot.xAxis->range().upper, p1.front());  // grid is decreasing: front is the longest
        plot.replot();
        const QRect r = plot.axisRect()->rect();
        QTest::mousePress(&plot, Qt::LeftButton, {}, r.center());
        QTest::mouseMove(&plot, r.center() + QPoint(60, 0));
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, r.center() + QPoint(60, 0));
        const QCPRange zoomed = plot.xAxis->range();
        plot.setPeriodogram(p, pw);
        QCOMPARE(plot.xAxis->range(), zoomed);
        QCOMPARE(plot.peakPeriods().front(), p[argmaxNear(p, pw, 3.5)]);
        plot.resetView();
        QCOMPARE(plot.xAxis->range().lower, p.back());
    }

    void clickSnapsToLocalMaximum_data()
    {
        QTest::addColumn<double>("clickPeriod");
        QTest::addColumn<double>("expectedNear");
        QTest::addColumn<bool>("log");
        QTest::newRow("beside 3.5 d, log axis") << 3.515 << 3.5 << true;
        QTest::newRow("beside 7 d, linear axis") << 7.03 << 7.0 << false;
        QTest::newRow("on the flank of 1.75 d") << 1.745 << 1.75 << true;
    }
    void clickSnapsToLocalMaximum()
    {
        QFETCH(double, clickPeriod);
        QFETCH(double, expectedNear);
        QFETCH(bool, log);
        std::vector<double> p, pw;
        makePeriodogram(p, pw);
        PeriodogramPlot plot;
        plot.resize(800, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setLogPeriodAxis(log);
        plot.setPeriodogram(p, pw, true);
        plot.replot();
        QSignalSpy clicked(&plot, &PeriodogramPlot::peakClicked);
        const QPoint pos(int(plot.xAxis->coordToPixel(clickPeriod)), int(plot.yAxis->coordToPixel(1.0)));
        QTest::mouseClick(&plot, Qt::LeftButton, {}, pos);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toDouble(), p[argmaxNear(p, pw, expectedNear)]);
    }

    void findPeaksKeepsDistinctMaxima()
    {
        const std::vector<double> p{1.0, 1.001, 1.002, 1.003, 1.5, 2.0, 2.5, 3.0, 3.1, 3.2};
        const std::vector<double> pw{1.0, 5.0, 4.8, 4.9, 1.0, 3.0, 1.0, 1.0, 2.0, 1.0};
        // 1.001 (5.0) is the top; 1.003 is a local max but within 2 % of it; 2.0 and 3.1 follow.
        const auto idx = PeriodogramPlot::findPeaks(p, pw, 5);
        QCOMPARE(idx, (std::vector<std::size_t>{1, 5, 8}));
        QCOMPARE(PeriodogramPlot::climbToPeak(pw, 9), std::size_t(8));
        QCOMPARE(PeriodogramPlot::climbToPeak(pw, 2), std::size_t(1));
    }

    void foldBinsAndZooms()
    {
        // 10 transits of a 3 h deep box (1 %) folded over +-24 h; odd transits 0.2 % deeper.
        std::vector<double> ph, fl;
        std::vector<std::uint8_t> odd;
        for (int tr = 0; tr < 10; ++tr)
            for (int k = 0; k < 480; ++k) {
                const double h = -24.0 + k * 0.1 + 0.01 * tr;
                ph.push_back(h);
                const bool in = std::abs(h) < 1.5;
                fl.push_back(1.0 - (in ? (tr % 2 ? 0.012 : 0.010) : 0.0) + 1e-4 * std::sin(k + tr));
                odd.push_back(tr % 2);
            }
        FoldPlot plot;
        plot.resize(600, 300);
        plot.setTransitDuration(3.0);
        plot.setFolded(ph, fl, odd);
        QCOMPARE(plot.viewMode(), FoldPlot::ViewMode::Transit);
        QCOMPARE(plot.xAxis->range(), QCPRange(-9.0, 9.0));
        // Binned (median) depth at mid-transit: between the even 1.0 % and odd 1.2 % depths.
        const auto& bx = plot.binnedX();
        const auto& by = plot.binnedY();
        QVERIFY(!bx.empty());
        const auto mid =
            std::min_element(bx.begin(), bx.end(), [](double a, double b) { return std::abs(a) < std::abs(b); });
        const double depth = 1.0 - by[std::size_t(mid - bx.begin())];
        QVERIFY(depth > 0.0099 && depth < 0.0121);
        // Phases span -24 .. 23.99 h (479 steps of 0.1 h + 0.09 h offset), bins of 3/8 h: all filled.
        QCOMPARE(bx.size(), std::size_t(std::ceil(47.99 / (3.0 / 8.0))));
        plot.showFullPhase();
        QVERIFY(plot.xAxis->range().lower <= -24.0 + 1e-9);
        QVERIFY(plot.xAxis->range().upper >= 23.9);
        plot.setModel({-24, -1.5, -1.5, 1.5, 1.5, 24}, {1, 1, 0.99, 0.99, 1, 1});
        plot.replot();
        QCOMPARE(plot.graph(3)->dataCount(), 6);
        // 2400 even + 2400 odd points over the full phase, one per occupied screen pixel: the
        // quiet out-of-transit flux fills only a few pixel rows, so fewer points are drawn.
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const int w = plot.axisRect()->width();
        QTRY_VERIFY2(plot.graph(0)->dataCount() < 2400 && plot.graph(0)->dataCount() > w / 2,
                     qPrintable(QString::number(plot.graph(0)->dataCount()) + " w=" + QString::number(w)));
        QVERIFY(plot.graph(1)->dataCount() < 2400 && plot.graph(1)->dataCount() > w / 2);
    }
};

QTEST_MAIN(TestAnalysisPlots)
#include "test_analysis_plots.moc"
