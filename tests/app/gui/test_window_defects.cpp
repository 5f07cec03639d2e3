// The defects of the laptop issue, on real files (offscreen, driven with mouse events where
// the defect was about a click): opening shows the file, clicking a star's row shows its first
// product, every failed file of a folder or a drop is listed, empty states explain, no save
// prompt without an edit, a clicked peak selects its candidate, draws its model, moves the
// alias guides and titles the fold. Planet facts: ../shared/data/real/MANIFEST.md.
#include <optional>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

#include "gui/analysis_controller.h"
#include "gui/error_list_dialog.h"
#include "gui/main_window.h"
#include "panels/candidates_table.h"
#include "panels/star_browser.h"
#include "pixels/pixel_panel.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "plots/periodogram_plot.h"
#include "plots/plot_empty.h"
#include "session/session.h"

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
const char* kLc = "kepler/lc/kplr008462852_q8_490cad_llc_subset.fits";
const char* kTpf = "kepler/tpf/kplr006804648_q10_1000cad_lpd-targ_subset.fits";
const char* kKepler62 = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";

QString starOf(const exo::app::Session* s, const QString& path)
{
    for (const auto& f : s->files())
        if (f.path == path)
            return f.star;
    return {};
}
}  // namespace

class TestWindowDefects : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(real("MANIFEST.md")))
            QSKIP("no real data folder");
    }

    void emptyWindowExplainsInsteadOfDummyAxes()
    {
        exo::app::MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(!exo::ui::plotEmptyMessage(w.rawPlot()).isEmpty());
        QVERIFY(!w.rawPlot()->xAxis->visible());
        QVERIFY(!exo::ui::plotEmptyMessage(w.periodogramPlot()).isEmpty());
        QVERIFY(!exo::ui::plotEmptyMessage(w.foldPlot()).isEmpty());
        // A name that is not a file: the problem is listed and the plots say so.
        w.openPaths({QStringLiteral("Kepler-62")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 20000);
        QTRY_VERIFY(w.errorDialog()->isVisible());
        QCOMPARE(w.errorDialog()->entryCount(), 1);
        QTRY_VERIFY(exo::ui::plotEmptyMessage(w.rawPlot()).contains(QStringLiteral("Problems")));
    }

    void openingShowsTheFileAndStarRowsShowTheirFirstProduct()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        const QString a = real(kTpf), b = real(kLc);
        w.openPaths({a});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->currentFile() == a, 60000);
        w.openPaths({b});
        // The file just opened is shown, not the previous star.
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->currentFile() == b, 60000);
        QCOMPARE(w.session()->currentStar(), starOf(w.session(), b));
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 60000);
        // Clicking the first star's row (not its file) shows that star's first product.
        auto* browser = w.findChild<exo::ui::StarBrowser*>();
        QTreeWidget* tree = browser->tree();
        QTreeWidgetItem* starItem = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, exo::ui::StarBrowser::StarRole).toString() == starOf(w.session(), a))
                starItem = tree->topLevelItem(i);
        QVERIFY(starItem);
        tree->scrollToItem(starItem);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(starItem).center());
        QTRY_COMPARE(w.session()->currentFile(), a);
        QCOMPARE(w.session()->currentStar(), starOf(w.session(), a));
        // Nothing the user did is unsaved: no prompt, no asterisk.
        QVERIFY(!w.hasUserChanges());
        QVERIFY(!w.windowTitle().endsWith(QLatin1Char('*')));
        auto s = w.session()->prepareSettings();
        s.windowDays = 1.5;
        w.session()->setPrepareSettings(s);
        QVERIFY(w.hasUserChanges());
        QVERIFY(w.windowTitle().endsWith(QLatin1Char('*')));
    }

    void everyFailedFileOfAFolderIsListed()
    {
        exo::app::MainWindow w;
        w.resize(1280, 720);
        w.show();
        const QDir dir(real("corrupted"));
        const int n = int(dir.entryList({QStringLiteral("*.fits")}, QDir::Files).size());
        QVERIFY(n >= 3);
        w.openPaths({dir.absolutePath()});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 60000);
        QTRY_VERIFY(w.errorDialog()->isVisible());
        QCOMPARE(w.errorDialog()->entryCount(), n);
        QTableWidget* t = w.errorDialog()->table();
        QSet<QString> names;
        for (int r = 0; r < t->rowCount(); ++r) {
            names.insert(t->item(r, 0)->text());
            QVERIFY(!t->item(r, 1)->text().isEmpty());
        }
        QCOMPARE(int(names.size()), n);
    }

    void droppedFilesThatFailAreListed()
    {
        exo::app::MainWindow w;
        auto* browser = w.findChild<exo::ui::StarBrowser*>();
        emit browser->filesDropped({real("corrupted/tess_lc_pimen_s1_truncated-data.fits"),
                                    real("corrupted/kepler_tpf_kic7024511_truncated-at-header.fits"), real(kLc)});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->files().size() == 1, 60000);
        QTRY_VERIFY(w.errorDialog()->isVisible());
        QCOMPARE(w.errorDialog()->entryCount(), 2);
        // The good file of the drop is shown.
        QCOMPARE(w.session()->currentFile(), real(kLc));
    }

    void pixelCurvesDrawInPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Kepler-62 Q5") << real(kKepler62);
        QTest::newRow("demo star") << QString();
    }
    void pixelCurvesDrawInPlace()
    {
        QFETCH(QString, file);
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openInitial(file.isEmpty() ? QStringList{} : QStringList{file});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->files().isEmpty(), 180000);
        QToolButton* grid = nullptr;
        for (auto* b : w.pixelPanel()->findChildren<QToolButton*>())
            if (b->text() == exo::ui::PixelPanel::tr("Pixel curves"))
                grid = b;
        QVERIFY(grid);
        QTest::mouseClick(grid, Qt::LeftButton);
        QVERIFY(w.pixelPanel()->view()->gridMode());
        auto* view = w.pixelPanel()->view();
        QVERIFY(view->hasPixelLightCurves());
        // Every pixel with data draws a curve across its whole cell (not squashed into a
        // corner by cadences without a time), inside the cell's unit square.
        const int rows = view->rows(), cols = view->cols();
        int drawn = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const auto pts = view->pixelCurve(r, c);
                double x0 = 1, x1 = 0;
                int n = 0;
                for (const QPointF& p : pts) {
                    if (std::isnan(p.x()))
                        continue;
                    QVERIFY(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1);
                    x0 = std::min(x0, p.x());
                    x1 = std::max(x1, p.x());
                    ++n;
                }
                if (n > 10 && x1 - x0 > 0.8)
                    ++drawn;
            }
        QVERIFY2(drawn >= rows * cols / 2, qPrintable(QStringLiteral("%1 of %2").arg(drawn).arg(rows * cols)));
        w.pixelPanel()->view()->grab();  // paints the grid without crashing
    }

    void twoSectorsShareOneGapCompressedAxis()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        // WASP-126 in TESS sectors 1 and 6, about 140 days apart.
        w.openPaths({real("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"),
                     real("tess/lc/tic0025155310_s0006_spoc-2min_lc.fits")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->prepared() && w.session()->files().size() == 2, 180000);
        QTRY_COMPARE(int(w.rawPlot()->timeGaps().segmentCount()), 2);
        QVERIFY(w.rawPlot()->timeGaps() == w.flatPlot()->timeGaps());
    }

    void clickedPeakSelectsItsCandidate()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real(kKepler62)});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->candidates().size() >= 2, 120000);
        auto* pg = w.periodogramPlot();
        // Let the views take the results and the layout settle (queued under load) before
        // reading pixel positions off the plot.
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(pg->graphCount() > 0 && pg->graph(0)->dataCount() > 0);
        QTest::qWait(50);
        QCoreApplication::processEvents();
        pg->replot();
        const auto cands = w.session()->candidates();
        const int row = 1;
        const double period = cands[row].periodDays;
        // Click the periodogram right on that candidate's peak.
        double power = 0;
        for (int i = 0; i < pg->graph(0)->dataCount(); ++i) {
            const auto d = pg->graph(0)->data()->at(i);
            if (std::abs(d->key - period) < 0.002 * period)
                power = std::max(power, d->value);
        }
        QVERIFY(power > 0);
        const QPoint at(int(pg->xAxis->coordToPixel(period)), int(pg->yAxis->coordToPixel(power * 0.9)));
        QTest::mouseClick(pg, Qt::LeftButton, {}, at);
        QTRY_COMPARE_WITH_TIMEOUT(w.candidatesTable()->currentCandidate(), row, 20000);
        // The fold says which period it shows, and draws the model.
        const QString title = w.foldPlot()->title();
        QVERIFY2(title.contains(QLocale().toString(period, 'f', period < 10 ? 5 : 4)), qPrintable(title));
        QVERIFY(title.contains(QStringLiteral("ppm")));
        bool model = false;
        for (int i = 0; i < w.foldPlot()->graphCount(); ++i)
            if (w.foldPlot()->graph(i)->name() == exo::ui::FoldPlot::tr("Model"))
                model = w.foldPlot()->graph(i)->data()->size() > 10;
        QVERIFY(model);
        // The P/2 and 2P guides moved to the clicked period.
        const auto aliases = pg->aliasPeriods();
        QCOMPARE(int(aliases.size()), 2);
        QVERIFY(std::abs(aliases[0] - period / 2) < 0.01 * period);
        QVERIFY(std::abs(aliases[1] - period * 2) < 0.02 * period);
    }

    // After a new search the fold showed candidate 1 while no row of the table was selected.
    // And the Pipeline panel's re-detrending choice reaches the engine: with it off, the
    // search measures on the prepared curve (no refitted flat); on, Kepler-62's is refitted.
    void newSearchSelectsRowOneAndRedetrendReachesTheEngine()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real(kKepler62)});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->candidates().size() >= 2, 120000);
        QCOMPARE(w.candidatesTable()->currentCandidate(), 0);
        const double p1 = w.session()->candidates()[0].periodDays;
        QVERIFY(w.foldPlot()->title().contains(QLocale().toString(p1, 'f', p1 < 10 ? 5 : 4)));
        QVERIFY(!w.controller()->searchOutcome()->flat.time.empty());  // masked (the default)
        // The user looks at candidate 2, then changes a setting: a new search runs.
        w.candidatesTable()->setCurrentCandidate(1);
        emit w.candidatesTable()->candidateSelected(1);
        const double second = w.session()->candidates()[1].periodDays;
        QTRY_VERIFY(w.foldPlot()->title().contains(QLocale().toString(second, 'f', second < 10 ? 5 : 4)));
        auto outcome = w.controller()->searchOutcome();
        auto* box = w.findChild<QCheckBox*>(QStringLiteral("redetrendCheck"));
        QVERIFY(box && box->isChecked());
        box->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome()
                                     && w.controller()->searchOutcome() != outcome
                                     && !w.session()->candidates().isEmpty(),
                                 120000);
        QVERIFY(w.controller()->searchOutcome()->flat.time.empty());  // off: nothing refitted
        // The fold shows candidate 1 again, and its row is the selected one.
        const double first = w.session()->candidates()[0].periodDays;
        QVERIFY(w.foldPlot()->title().contains(QLocale().toString(first, 'f', first < 10 ? 5 : 4)));
        QCOMPARE(w.candidatesTable()->currentCandidate(), 0);
        // Undo: masked again, refitted again.
        outcome = w.controller()->searchOutcome();
        w.session()->undoStack()->undo();
        QVERIFY(box->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.isIdle() && w.controller()->searchOutcome() && w.controller()->searchOutcome() != outcome, 120000);
        QVERIFY(!w.controller()->searchOutcome()->flat.time.empty());
        QCOMPARE(w.candidatesTable()->currentCandidate(), 0);
    }

    // The Pipeline panel's noise model and minimum transits (the CLI's --noise and
    // --min-transits) reach the engine. Kepler-62 Q5: d (18.16 d) shows 5 transits, b (5.71 d)
    // 17 (MANIFEST.md); asking for 6 transits drops d and keeps b, undo brings d back; the
    // pipeline's flux errors give other SNRs than the local scatter (CLI: d 16.3 local,
    // 15.6 pipeline).
    void noiseAndMinTransitsReachTheEngine()
    {
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real(kKepler62)});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->candidates().size() >= 2, 120000);
        // A copy: candidates() returns the list by value, so a pointer into it would dangle.
        auto near = [&](double period) -> std::optional<exo::app::CandidateRecord> {
            const auto all = w.session()->candidates();
            for (const auto& c : all)
                if (std::abs(c.periodDays - period) < 0.05)
                    return c;
            return std::nullopt;
        };
        QVERIFY(near(18.164) && near(5.714));
        const double snrD = near(18.164)->snr;
        QCOMPARE(near(18.164)->nTransits, 5);

        auto* toggle = w.findChild<QToolButton*>(QStringLiteral("searchMoreToggle"));
        auto* spin = w.findChild<QSpinBox*>(QStringLiteral("minTransitsSpin"));
        auto* noise = w.findChild<QComboBox*>(QStringLiteral("noiseCombo"));
        QVERIFY(toggle && spin && noise);
        QVERIFY(!spin->isVisibleTo(&w));
        toggle->click();
        QVERIFY(spin->isVisibleTo(&w) && noise->isVisibleTo(&w));
        QCOMPARE(w.controller()->searchSettings().minTransits, 3);

        // 6 transits needed: a new search, without d.
        auto outcome = w.controller()->searchOutcome();
        spin->setValue(6);
        QCOMPARE(w.session()->searchSettings().minTransits, 6);
        QCOMPARE(w.controller()->searchSettings().minTransits, 6);
        QCOMPARE(w.session()->undoStack()->undoText(), QString("Change minimum transits"));
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome() != outcome, 120000);
        QVERIFY(!near(18.164));
        QVERIFY(near(5.714));
        for (const auto& c : w.session()->candidates())
            QVERIFY(c.nTransits >= 6);

        // Undo: 3 again (shown in the panel), d is back with its SNR.
        outcome = w.controller()->searchOutcome();
        w.session()->undoStack()->undo();
        QCOMPARE(spin->value(), 3);
        QCOMPARE(w.controller()->searchSettings().minTransits, 3);
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome() != outcome, 120000);
        QVERIFY(near(18.164));
        QCOMPARE(near(18.164)->snr, snrD);

        // The pipeline's flux errors, picked as a user does: the SNRs change.
        outcome = w.controller()->searchOutcome();
        noise->setFocus();
        QTest::keyClick(noise, Qt::Key_Down);
        QVERIFY(w.session()->searchSettings().pipelineErrors);
        QVERIFY(w.controller()->searchSettings().pipelineErrors);
        QCOMPARE(w.session()->undoStack()->undoText(), QString("Change noise model"));
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome() != outcome, 120000);
        QVERIFY(near(18.164));
        QVERIFY2(std::abs(near(18.164)->snr - snrD) > 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(near(18.164)->snr).arg(snrD)));
        outcome = w.controller()->searchOutcome();
        w.session()->undoStack()->undo();
        QCOMPARE(noise->currentData().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome() != outcome, 120000);
        QCOMPARE(near(18.164)->snr, snrD);
    }

    void exportOfStitchedQuartersClaimsNoSingleQuarter()
    {
        // Kepler-90's Q3, Q4 and Q5: the exported curve is the stitched one, and its header
        // must not say "quarter 3" (it said "quarter 1" for four quarters).
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths({real("kepler/lc/kepler90")});
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->files().size() == 3, 120000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kepler90"));  // no extension: CSV filter adds it
        QAction* exportLc = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")))
                exportLc = a;
        QVERIFY(exportLc);
        bool answered = false;
        QTimer::singleShot(0, &w, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget()));
            auto* d = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            d->selectFile(path);
            static_cast<QDialog*>(d)->accept();  // QFileDialog::accept is protected
            answered = true;
        });
        exportLc->trigger();
        QVERIFY(answered);
        QFile f(path + QStringLiteral(".csv"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(!text.contains(QStringLiteral("# season:")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("# target: KIC 11442793")));
        // All three quarters are in it: Q3 starts at BKJD 260.2, Q5 ends at 538.2.
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const double first = lines[lines.indexOf(QStringLiteral("time,flux,flux_err,quality,cadenceno")) + 1]
                                 .section(QLatin1Char(','), 0, 0)
                                 .toDouble();
        const double last = lines.last().section(QLatin1Char(','), 0, 0).toDouble();
        QVERIFY2(first < 262 && last > 536, qPrintable(QStringLiteral("%1 .. %2").arg(first).arg(last)));
    }
};

QTEST_MAIN(TestWindowDefects)
#include "test_window_defects.moc"
