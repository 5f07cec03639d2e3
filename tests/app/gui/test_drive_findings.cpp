// Behaviours found wrong while driving the window with real clicks and keys under a window
// manager (scripts/drive/README.md lists what was seen); each test fails on the old code.
#include <QApplication>
#include <QDialogButtonBox>
#include <QCheckBox>
#include <QHeaderView>
#include <QPainter>
#include <QStyleOptionButton>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QtTest>

#include "gui/error_list_dialog.h"
#include "gui/export_plot_dialog.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "session/session.h"
#include "workshop/workshop_controller.h"
#include "workshop/workshop_steps.h"
#include "panels/candidates_model.h"
#include "panels/candidates_table.h"

class TestDriveFindings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Ctrl+E then Enter must go on to the file name (it cancelled the export).
    void exportChoiceEnterGoesOn()
    {
        const QStringList names{QStringLiteral("Light curve"), QStringLiteral("Periodogram")};
        exo::app::ExportPlotDialog d(names, 1);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d) || QTest::qWaitForWindowExposed(&d));
        d.activateWindow();
        QCoreApplication::processEvents();
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus && focus->window() == &d, "no focus in the dialog");
        QTest::keyClick(focus, Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.choice(), 1);
    }

    // The problem list elided every reason of a folder of truncated files ("Le fichier FITS
    // est tronqué ou endommagé (un téléchargemen…"): the selected one is now shown whole.
    void problemListShowsTheWholeReason()
    {
        const QString longReason = QStringLiteral("The FITS file is truncated or damaged (an incomplete download?) "
                                                  "(data of HDU 2 needs 1512 bytes from byte 28800 but the file has "
                                                  "30000)");
        exo::app::ErrorListDialog d;
        d.setEntries({{QStringLiteral("/data/a/first.fits"), QStringLiteral("short")},
                      {QStringLiteral("/data/b/second.fits"), longReason}});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.detail()->isVisible());
        QVERIFY(d.detail()->wordWrap());
        QVERIFY2(d.detail()->text().contains(longReason), qPrintable(d.detail()->text()));
        QVERIFY(d.detail()->text().contains(QStringLiteral("/data/b/second.fits")));
        // Wrapped inside the dialog, not cut.
        QVERIFY(d.detail()->heightForWidth(d.detail()->width()) <= d.detail()->height());
        d.table()->setCurrentCell(0, 1);
        QVERIFY(d.detail()->text().contains(QStringLiteral("/data/a/first.fits")));
        QVERIFY(!d.detail()->text().contains(longReason));
        d.setEntries({});
        QVERIFY(d.detail()->text().isEmpty());
    }

    // In the laptop's candidate column (~310 px) the rows read "1 Unreviewed", "2 Unreviewed":
    // the period was scrolled out of view by the Flag, Disposition and Note columns.
    void candidatePeriodsVisibleInALaptopColumn()
    {
        using exo::ui::CandidatesModel;
        exo::ui::CandidatesTable t;
        QVector<exo::ui::CandidateRow> rows(2);
        rows[0].periodDays = 18.16000;
        rows[1].periodDays = 5.71490;
        t.setCandidates(rows, QStringLiteral("BKJD"));
        t.resize(310, 160);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QHeaderView* h = t.view()->horizontalHeader();
        const int port = t.view()->viewport()->width();
        for (int col : {int(CandidatesModel::RankCol), int(CandidatesModel::PeriodCol), int(CandidatesModel::FlagCol),
                        int(CandidatesModel::DispositionCol)}) {
            const int left = h->sectionViewportPosition(col);
            QVERIFY2(
                left >= 0 && left + h->sectionSize(col) <= port,
                qPrintable(
                    QStringLiteral("column %1 at %2+%3 of %4").arg(col).arg(left).arg(h->sectionSize(col)).arg(port)));
        }
        QCOMPARE(h->visualIndex(CandidatesModel::PeriodCol), 1);
    }

    // Help > Workshop's first step ("create or open the workshop folder") said "Done" with the
    // demo star and Kepler-62 open: any two stars counted. It needs the workshop's star 01.
    void workshopFirstStepNeedsTheWorkshopFolder()
    {
        exo::app::MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openWorkshop(0);
        auto* ws = w.workshop();
        QCOMPARE(ws->currentStep(), 0);
        w.session()->addFile(QStringLiteral("/nowhere/kplr009002278-2010174085026_lpd-targ.fits.gz"),
                             QStringLiteral("KIC 9002278"));
        w.session()->addFile(QStringLiteral("/nowhere/demo/kplr099000042-q1_lpd-targ.fits"),
                             QStringLiteral("KIC 99000042"));
        QTest::qWait(300);
        QVERIFY(!ws->isStepDone(0));
        w.session()->addFile(QStringLiteral("/nowhere/workshop/star-01/kplr099100001-q1_llc.fits"),
                             exo::app::workshopFirstStar());
        QTRY_VERIFY_WITH_TIMEOUT(ws->isStepDone(0), 3000);
    }

    // Under --dark an unticked check box (the candidates' Flag column, the Pipeline panel's
    // options) was invisible: its frame had the colour of the field.
    void darkCheckBoxesAreVisible()
    {
        const QString before = QApplication::style()->name();  // (setStyle deletes the old style)
        const QPalette palette = QApplication::palette();
        exo::app::applyDarkPalette();
        auto restore = qScopeGuard([&] {
            QApplication::setStyle(QStyleFactory::create(before));
            QApplication::setPalette(palette);
        });
        QCheckBox box;
        box.setChecked(false);
        QStyleOptionButton opt;
        opt.initFrom(&box);
        opt.state |= QStyle::State_Off;
        opt.rect = QRect(2, 2, 14, 14);
        QImage img(18, 18, QImage::Format_RGB32);
        img.fill(QApplication::palette().color(QPalette::Base));
        QPainter p(&img);
        QApplication::style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &opt, &p, &box);
        p.end();
        // The most contrasted pixel of the frame against the field's colour.
        const int base = qGray(QApplication::palette().color(QPalette::Base).rgb());
        int contrast = 0;
        for (int x = 2; x < 16; ++x)
            for (int y : {2, 15})
                contrast = std::max(
                    {contrast, std::abs(qGray(img.pixel(x, y)) - base), std::abs(qGray(img.pixel(y, x)) - base)});
        QVERIFY2(contrast >= 40, qPrintable(QString::number(contrast)));
    }

    // Qt's own buttons follow the language ("Close" stayed English in French: the Debian
    // package with qtbase_fr.qm, qt6-translations-l10n, is now in scripts/common.sh).
    void qtsOwnButtonsAreTranslated()
    {
        // (ours are embedded in exoworld, not in this test: only Qt's own count here)
        exo::app::installTranslations(QCoreApplication::instance(), QStringLiteral("fr"));
        auto cleanup = qScopeGuard([] {
            for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
                QCoreApplication::removeTranslator(t);
        });
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        const QString close = box.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&'));
        QCOMPARE(close, QStringLiteral("Fermer"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Annuler"));
    }
};

QTEST_MAIN(TestDriveFindings)
#include "test_drive_findings.moc"
