// CandidatesTable: numeric sorting, selection reports the source row, flag toggling.
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "panels/candidates_table.h"

using exo::ui::CandidateRow;
using exo::ui::CandidatesModel;
using exo::ui::CandidatesTable;

namespace {
// Three made-up candidates; SNR order (20 > 12 > 8) differs from input order
// and from the text order of "8.0" vs "12.0" vs "20.0" (a string sort would fail).
QVector<CandidateRow> sample()
{
    CandidateRow a;
    a.rank = 1;
    a.periodDays = 18.16406;
    a.t0 = 133.3422;
    a.durationHours = 7.1;
    a.depthPpm = 426.4;
    a.depthErrPpm = 35.2;
    a.snr = 8.0;
    a.sde = 10.0;
    a.nTransits = 5;
    a.oddEvenSigma = 0.4;
    CandidateRow b = a;
    b.rank = 2;
    b.periodDays = 3.1415926;
    b.snr = 20.0;
    b.sde = 25.0;
    b.depthPpm = 1234.6;
    b.depthErrPpm = 0;
    b.oddEvenSigma = 4.2;
    CandidateRow c = a;
    c.rank = 3;
    c.periodDays = 122.3874;
    c.snr = 12.0;
    c.sde = 9.5;
    c.nTransits = 1;
    return {a, b, c};
}

QModelIndex viewIndex(QTableView* view, int row, int col) { return view->model()->index(row, col); }
}  // namespace

class TestCandidatesTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void formatting()
    {
        CandidatesModel model;
        model.setCandidates(sample(), QStringLiteral("BKJD"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CandidatesModel::ColumnCount));
        auto text = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(1, CandidatesModel::PeriodCol), QStringLiteral("3.14159"));
        QCOMPARE(text(0, CandidatesModel::DepthCol), QStringLiteral("426 ± 35"));
        QCOMPARE(text(1, CandidatesModel::DepthCol), QStringLiteral("1235"));  // no error known
        QCOMPARE(text(0, CandidatesModel::T0Col), QStringLiteral("133.3422"));
        QCOMPARE(model.headerData(CandidatesModel::T0Col, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("T0 (BKJD)"));
        QCOMPARE(model.index(1, CandidatesModel::SnrCol).data(CandidatesModel::SortRole).toDouble(), 20.0);
        // Odd/even above 3 sigma gets the warning accent; below it the palette colour.
        QVERIFY(model.index(1, CandidatesModel::OddEvenCol).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, CandidatesModel::OddEvenCol).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.flags(model.index(0, CandidatesModel::FlagCol)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, CandidatesModel::SnrCol)) & Qt::ItemIsUserCheckable));
    }

    void selectionAfterSortingBySnr()
    {
        CandidatesTable table;
        table.resize(800, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QSignalSpy spy(&table, &CandidatesTable::candidateSelected);
        table.setCandidates(sample(), QStringLiteral("BTJD"));
        QCOMPARE(spy.count(), 0);

        QTableView* view = table.view();
        view->sortByColumn(CandidatesModel::SnrCol, Qt::DescendingOrder);
        // Displayed SNRs are in numeric order.
        QCOMPARE(viewIndex(view, 0, CandidatesModel::SnrCol).data().toString(), QStringLiteral("20.0"));
        QCOMPARE(viewIndex(view, 1, CandidatesModel::SnrCol).data().toString(), QStringLiteral("12.0"));
        QCOMPARE(viewIndex(view, 2, CandidatesModel::SnrCol).data().toString(), QStringLiteral("8.0"));

        // Click the top row (SNR 20): that is candidate index 1 of the input vector.
        const QRect top = view->visualRect(viewIndex(view, 0, CandidatesModel::PeriodCol));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, top.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(table.currentCandidate(), 1);

        // The third displayed row (SNR 8) is input index 0.
        const QRect third = view->visualRect(viewIndex(view, 2, CandidatesModel::PeriodCol));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 0);

        view->clearSelection();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toInt(), -1);

        // Programmatic selection follows sorting and is silent.
        table.setCurrentCandidate(2);
        QCOMPARE(table.currentCandidate(), 2);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 1);  // SNR 12 is shown second
        QCOMPARE(spy.count(), 3);

        // A new list clears the selection silently.
        table.setCandidates(sample(), QStringLiteral("BTJD"));
        QCOMPARE(table.currentCandidate(), -1);
        QCOMPARE(spy.count(), 3);
    }

    void flagToggling()
    {
        CandidatesTable table;
        table.resize(800, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.setCandidates(sample(), QStringLiteral("BKJD"));
        QTableView* view = table.view();
        view->sortByColumn(CandidatesModel::SnrCol, Qt::DescendingOrder);
        QSignalSpy spy(&table, &CandidatesTable::flagToggled);

        // Keyboard: focus the Flag cell of the top row (input index 1) and press Space.
        view->setFocus();
        view->setCurrentIndex(viewIndex(view, 0, CandidatesModel::FlagCol));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QVERIFY(table.candidates().at(1).flagged);
        QCOMPARE(viewIndex(view, 0, CandidatesModel::FlagCol).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toBool(), false);
        QVERIFY(!table.candidates().at(1).flagged);

        // Mouse: the check box sits in the middle of the Flag cell (third row = input index 0).
        const QRect cell = view->visualRect(viewIndex(view, 2, CandidatesModel::FlagCol));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toInt(), 0);
        QCOMPARE(spy.at(2).at(1).toBool(), true);
        // A click in the cell but beside the box does not toggle.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 1, cell.center().y()));
        QCOMPARE(spy.count(), 3);

        // Reflecting an undo is silent.
        table.setFlagged(2, true);
        QVERIFY(table.candidates().at(2).flagged);
        QCOMPARE(spy.count(), 3);
    }
};

QTEST_MAIN(TestCandidatesTable)
#include "test_candidates_table.moc"
