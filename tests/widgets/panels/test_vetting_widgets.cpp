// The vetting widgets: the checklist panel, the per-transit gallery and the pixel
// panel's difference-image / depth-map layers (offscreen, state not pixels).
#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QtTest>
#include <cmath>

#include "model/pixel_file.h"
#include "panels/vetting_panel.h"
#include "pixels/pixel_panel.h"
#include "plots/transit_gallery.h"

using namespace exo;
using namespace exo::ui;

namespace {
vetting::Report eclipsingBinaryReport()
{
    vetting::Report r;
    r.primary = {5000, 50, 10, 400};
    r.odd = {6000, 60, 5, 200};
    r.even = {4000, 60, 5, 200};
    r.oddEvenSigma = 23.6;
    r.secondary = {20, 30, 10, 400};
    r.shape.valid = true;
    r.shape.ingressRatio = 0.2;
    for (int k = 0; k < 10; ++k)
        r.events.push_back({k, 100.0 + 3 * k, 40, k % 2 ? 6000.0 : 4000.0, 100, 50});
    r.maxEventFraction = 0.13;
    r.flags = {vetting::Flag::StellarEclipse, vetting::Flag::OddEven};
    return r;
}
}  // namespace

class TestVettingWidgets : public QObject {
    Q_OBJECT
private slots:
    void panelShowsChecklist()
    {
        VettingPanel p;
        QCOMPARE(p.rowCount(), 0);
        p.setReport(eclipsingBinaryReport(), QStringLiteral("Candidate 1"));
        QVERIFY(p.rowCount() >= 12);
        QVERIFY(p.flagsText().contains(QStringLiteral("odd_even")));
        QVERIFY(p.flagsText().contains(QStringLiteral("stellar_eclipse")));
        int oddEvenRow = -1, depthRow = -1, centroidRow = -1;
        for (int i = 0; i < p.rowCount(); ++i) {
            if (p.checkAt(i) == QStringLiteral("Odd / even"))
                oddEvenRow = i;
            if (p.checkAt(i) == QStringLiteral("Depth"))
                depthRow = i;
            if (p.checkAt(i) == QStringLiteral("Centroid"))
                centroidRow = i;
        }
        QVERIFY(oddEvenRow >= 0 && depthRow >= 0 && centroidRow >= 0);
        QCOMPARE(p.resultAt(oddEvenRow), QStringLiteral("FLAG"));
        QCOMPARE(p.resultAt(depthRow), QStringLiteral("pass"));
        QCOMPARE(p.resultAt(centroidRow), QStringLiteral("n/a"));  // no pixel file
        p.clear(QStringLiteral("none"));
        QCOMPARE(p.rowCount(), 0);
        // A report without flags says so.
        vetting::Report clean = eclipsingBinaryReport();
        clean.flags.clear();
        p.setReport(clean, QStringLiteral("Candidate 2"));
        QVERIFY(!p.flagsText().contains(QStringLiteral("odd_even")));
    }

    // The Vetting dock of a 1366x768 window (~300 px): the check names (long in Spanish)
    // took half the table and every value was cut to a few letters ("746 ± …").
    void checklistValuesKeepRoomInANarrowDock()
    {
        VettingPanel p;
        p.resize(300, 420);
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        p.setReport(eclipsingBinaryReport(), QStringLiteral("Candidate 1"));
        QCoreApplication::processEvents();
        auto* t = p.findChild<QTableWidget*>();
        const int port = t->viewport()->width();
        QVERIFY2(t->columnWidth(0) <= port / 3 + 1, qPrintable(QString::number(t->columnWidth(0))));
        QVERIFY2(t->columnWidth(1) >= port * 4 / 10, qPrintable(QString::number(t->columnWidth(1))));
        // Wide: the names are whole again.
        p.resize(900, 420);
        QCoreApplication::processEvents();
        QCOMPARE(t->columnWidth(0), std::max(static_cast<const QAbstractItemView*>(t)->sizeHintForColumn(0),
                                             t->horizontalHeader()->sectionSizeHint(0)));
    }

    void galleryCellsPerEvent()
    {
        TransitGallery g;
        g.resize(500, 400);
        std::vector<double> t, f;
        for (double x = 0; x < 200; x += 0.02) {
            t.push_back(x);
            const double ph = std::fmod(x - 1.0 + 1.5, 3.0) - 1.5;
            f.push_back(std::abs(ph) < 0.05 ? 0.995 : 1.0);
        }
        std::vector<GalleryEvent> ev;
        for (int k = 0; k < 60; ++k)
            ev.push_back({k, 1.0 + 3.0 * k, 5000, 10.0 + k});
        g.setData(t, f, 3.0, 0.1, ev, 5000);
        QCOMPARE(g.eventCount(), 60);
        QCOMPARE(g.cellCount(), TransitGallery::maxCells());
        ev.resize(5);
        g.setData(t, f, 3.0, 0.1, ev, 5000);
        QCOMPARE(g.cellCount(), 5);
        for (int i = 0; i < g.cellCount(); ++i)
            QVERIFY(g.rect().contains(g.cellRect(i).toRect()));
        QVERIFY(!g.grab().isNull());  // paints without data problems
        g.clear();
        QCOMPARE(g.cellCount(), 0);
        QVERIFY(!g.grab().isNull());
    }

    // A narrow Vetting dock (1366x768: ~300 px, three cells a row): each cell's label is
    // whole, on two lines when one does not fit (the SNR was clipped off on screen).
    void galleryLabelsFitNarrowCells()
    {
        TransitGallery g;
        std::vector<double> t, f;
        for (double x = 0; x < 100; x += 0.02) {
            t.push_back(x);
            f.push_back(1.0);
        }
        std::vector<GalleryEvent> ev;
        for (int k = 0; k < 5; ++k)
            ev.push_back({k, 1.0 + 18.0 * k, 860.0 + k, 12.3 + k});
        g.setData(t, f, 18.0, 0.1, ev, 860);
        QFont small = g.font();
        small.setPointSizeF(std::max(6.5, g.font().pointSizeF() * 0.8));
        const QFontMetrics fm(small);
        for (const QSize size : {QSize(310, 290), QSize(700, 400)}) {
            g.resize(size);
            for (int i = 0; i < g.cellCount(); ++i) {
                const QStringList lines = g.cellLabel(i);
                QVERIFY(!lines.isEmpty());
                QVERIFY2(lines.join(QLatin1Char(' ')).contains(QStringLiteral("SNR %1").arg(12.3 + i, 0, 'f', 1)),
                         qPrintable(lines.join(QLatin1Char('|'))));
                for (const QString& l : lines)
                    QVERIFY2(fm.horizontalAdvance(l) <= g.cellRect(i).width() - 6,
                             qPrintable(l + QStringLiteral(" in %1 px").arg(g.cellRect(i).width())));
            }
            QVERIFY(!g.grab().isNull());
            if (size.width() == 310)  // one line would not fit there
                QVERIFY(fm.horizontalAdvance(QStringLiteral("#0  860 ppm  SNR 12.3")) > g.cellRect(0).width() - 6);
        }
        g.resize(700, 400);
        QCOMPARE(g.cellLabel(0).size(), 1);  // wide cells: one line
    }

    void pixelLayersFollowTheCube()
    {
        auto cube = std::make_shared<PixelCube>();
        cube->rows = 4;
        cube->cols = 6;
        cube->cadences = 3;
        cube->data.assign(72, 100.0f);
        PixelPanel panel;
        panel.setCube(cube, {1.0, 2.0, 3.0});
        QVERIFY(!panel.hasVettingLayers());
        // Wrong shape: ignored.
        panel.setVettingLayers(std::vector<float>(10, 1.0f), std::vector<float>(10, 1.0f), {});
        QVERIFY(!panel.hasVettingLayers());
        std::vector<float> diff(24, 0.0f), depth(24, 0.0f);
        diff[7] = 5.0f;
        depth[7] = 5e4f;
        panel.setVettingLayers(diff, depth, {{1.0, 1.0, Qt::red, QStringLiteral("signal")}});
        QVERIFY(panel.hasVettingLayers());
        panel.setLayer(PixelPanel::Layer::Difference);
        QCOMPARE(panel.layer(), PixelPanel::Layer::Difference);
        QCOMPARE(panel.view()->image()[7], 5.0f);
        QCOMPARE(int(panel.view()->markers().size()), 1);
        QVERIFY(panel.view()->valueUnit().isEmpty());  // e-/s
        panel.setLayer(PixelPanel::Layer::DepthMap);
        QCOMPARE(panel.view()->image()[7], 5e4f);
        QCOMPARE(panel.view()->valueUnit(), QStringLiteral("ppm"));  // the colour bar's unit follows
        panel.setLayer(PixelPanel::Layer::Pixels);
        QCOMPARE(panel.view()->image()[7], 100.0f);
        QVERIFY(panel.view()->valueUnit().isEmpty());
        QVERIFY(panel.view()->markers().empty());
        // A new cube (another file) drops the layers of the old one.
        panel.setLayer(PixelPanel::Layer::Difference);
        panel.setCube(cube, {1.0, 2.0, 3.0});
        QVERIFY(!panel.hasVettingLayers());
        QCOMPARE(panel.layer(), PixelPanel::Layer::Pixels);
    }
};

QTEST_MAIN(TestVettingWidgets)
#include "test_vetting_widgets.moc"
