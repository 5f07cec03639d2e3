// The widget map that scripts/drive clicks by (widget_map.h): named widgets, toolbar
// buttons, menu-bar entries, dock tabs and periodogram peaks at their screen positions.
#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <cmath>

#include "gui/main_window.h"
#include "gui/widget_map.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"

namespace {
/// The rectangle of the first line "KIND X Y W H NAME" with that kind and name.
QRect mapped(const QString& map, const QString& kind, const QString& name)
{
    for (const QString& l : map.split(QLatin1Char('\n'))) {
        const QStringList f = l.split(QLatin1Char(' '));
        if (f.size() >= 6 && f[0] == kind && f.mid(5).join(QLatin1Char(' ')) == name)
            return QRect(f[1].toInt(), f[2].toInt(), f[3].toInt(), f[4].toInt());
    }
    return {};
}
}  // namespace

class TestWidgetMap : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapsTheWindowsControls()
    {
        exo::app::MainWindow w;
        w.resize(1280, 720);
        w.move(30, 40);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString map = exo::app::widgetMapText();

        const QRect raw = mapped(map, QStringLiteral("widget"), QStringLiteral("rawPlot"));
        QCOMPARE(raw, QRect(w.rawPlot()->mapToGlobal(QPoint(0, 0)), w.rawPlot()->size()));
        auto* tb = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(tb);
        // Toolbar buttons by their action's name, whatever the language.
        for (const char* name : {"runSearchAction", "maskToolAction", "undoAction", "redoAction", "exportPlotAction"}) {
            auto* a = w.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(a, name);
            QWidget* b = tb->widgetForAction(a);
            QCOMPARE(mapped(map, QStringLiteral("tool"), QLatin1String(name)),
                     QRect(b->mapToGlobal(QPoint(0, 0)), b->size()));
        }
        // The menu bar's entries (text without "&") and the pixel-curves button.
        QVERIFY(mapped(map, QStringLiteral("menu"), QStringLiteral("File")).isValid());
        QVERIFY(mapped(map, QStringLiteral("menu"), QStringLiteral("View")).isValid());
        QVERIFY(mapped(map, QStringLiteral("widget"), QStringLiteral("pixelCurvesButton")).isValid());
        // Below 1560 px the Stars and Pipeline docks share a column: their tabs are mapped.
        QVERIFY(mapped(map, QStringLiteral("tab"), QStringLiteral("Stars")).isValid());
        QVERIFY(mapped(map, QStringLiteral("tab"), QStringLiteral("Pipeline")).isValid());
        // A top-level window line with its frame.
        QVERIFY(map.contains(QStringLiteral("\nwindow ")) || map.startsWith(QStringLiteral("window ")));
    }

    void mapsPeriodogramPeaksOnTheCurve()
    {
        exo::ui::PeriodogramPlot plot;
        plot.resize(600, 300);
        plot.move(10, 20);
        std::vector<double> p, pw;
        for (int i = 0; i < 2000; ++i) {
            const double per = 0.5 * std::pow(40.0, i / 1999.0);
            p.push_back(per);
            pw.push_back(1.0 + 20.0 * std::exp(-std::pow((per - 5.0) / 0.05, 2))
                         + 8.0 * std::exp(-std::pow((per - 12.0) / 0.1, 2)));
        }
        plot.setPeriodogram(p, pw, true);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        const QString map = exo::app::widgetMapText();
        QStringList peaks;
        for (const QString& l : map.split(QLatin1Char('\n')))
            if (l.startsWith(QLatin1String("peak ")))
                peaks << l;
        QVERIFY2(peaks.size() >= 2, qPrintable(map));
        // "peak X Y 1 1 0 PERIOD": the highest first, at the curve's top on screen.
        const QStringList f = peaks.front().split(QLatin1Char(' '));
        QCOMPARE(f[5], QStringLiteral("0"));
        QVERIFY(std::abs(f[6].toDouble() - 5.0) < 0.05);
        const QPoint local = plot.mapFromGlobal(QPoint(f[1].toInt(), f[2].toInt()));
        QVERIFY(std::abs(local.x() - plot.xAxis->coordToPixel(f[6].toDouble())) <= 1);
        QVERIFY(std::abs(local.y() - plot.yAxis->coordToPixel(21.0)) <= 3);
    }
};

QTEST_MAIN(TestWidgetMap)
#include "test_widget_map.moc"
