// A new user types "Kepler-62" in File > Find Star Online…, picks the Q5 pixel file,
// downloads it and lands on the folded transit of Kepler-62 d labelled with its name;
// then, offline, finds and opens it again from the cache. Fixture server: tests/app/archive.
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include "../archive/fixture_server.h"
#include "archive/archive_session.h"
#include "gui/find_star_dialog.h"
#include "gui/main_window.h"
#include "gui/main_window_archive.h"
#include "panels/candidates_table.h"
#include "panels/star_browser.h"
#include "plots/fold_plot.h"
#include "plots/light_curve_plot.h"
#include "session/session.h"

using namespace exo;

namespace {

int rowOf(const app::FindStarDialog* d, const QString& kind, int season)
{
    for (int i = 0; i < d->shownProducts().size(); ++i)
        if (d->shownProducts()[i].kind == kind && d->shownProducts()[i].season == season)
            return i;
    return -1;
}

QString starText(app::MainWindow& w)
{
    QTreeWidget* t = w.starBrowser()->tree();
    return t->topLevelItemCount() > 0 ? t->topLevelItem(0)->text(0) : QString();
}

/// Click the candidate row whose Known-planet cell reads "matches NAME"; false if none.
bool clickKnown(app::MainWindow& w, const QString& name)
{
    QTableView* view = w.candidatesTable()->view();
    QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex idx = m->index(r, ui::CandidatesModel::KnownCol);
        if (idx.data().toString() == QStringLiteral("matches %1").arg(name)) {
            view->scrollTo(idx);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m->index(r, 1)).center());
            return true;
        }
    }
    return false;
}

/// Search, pick Kepler-62 Q5 pixel file, download and open; returns the dialog's status.
QString findAndOpen(app::MainWindow& w)
{
    app::FindStarDialog* d = w.archiveLink()->dialog();
    d->show();
    QSignalSpy searched(d, &app::FindStarDialog::searchFinished);
    d->queryEdit()->clear();
    QTest::keyClicks(d->queryEdit(), QStringLiteral("Kepler-62"));
    QTest::keyClick(d->queryEdit(), Qt::Key_Return);
    if (!searched.wait(20000) || !searched.first().first().toBool())
        return QStringLiteral("search failed: ") + d->statusText();
    const QString status = d->statusText();
    d->productFilter()->setCurrentIndex(d->productFilter()->findData(QStringLiteral("tpf")));
    if (d->table()->rowCount() != 2)
        return QStringLiteral("expected 2 pixel files");
    const int row = rowOf(d, QStringLiteral("tpf"), 5);
    if (row < 0)
        return QStringLiteral("no Q5 row");
    d->selectRows({row});
    d->downloadSelected();
    return status;
}

}  // namespace

class TestFindStarOnline : public QObject {
    Q_OBJECT
private:
    FixtureServer m_server;
    QTemporaryDir m_cache;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(QStringLiteral(EXO_REAL_DATA_DIR "/MANIFEST.md")), "real data folder missing");
        QVERIFY2(m_server.start(), "fixture server did not start");
        qputenv("EXOWORLD_CACHE_DIR", m_cache.path().toUtf8());
        qputenv("EXOWORLD_NET_TIMEOUT_MS", "4000");
    }
    void cleanupTestCase() { m_server.stop(); }

    void kepler62FromNameToFoldedTransit()
    {
        qputenv("EXOWORLD_MAST_URL", m_server.url().toUtf8());
        qputenv("EXOWORLD_EXOARCHIVE_URL", m_server.url().toUtf8());
        app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        QVERIFY(w.findChild<QAction*>(QStringLiteral("findStarOnlineAction")));
        const QString status = findAndOpen(w);
        QVERIFY2(status.startsWith(QStringLiteral("KEPLER-62: 3 product")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("cache")));

        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->files().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        QVERIFY(w.errors().isEmpty());
        QVERIFY(w.session()->files().first().path.endsWith(QStringLiteral(
            "/mastDownload/Kepler/kplr009002278_lc_Q111111111111111111/kplr009002278-2010174085026_lpd-targ.fits.gz")));
        // The star list shows the common name from the Exoplanet Archive.
        QTRY_COMPARE_WITH_TIMEOUT(starText(w), QStringLiteral("Kepler-62 (KIC 9002278)"), 10000);
        // Candidates that match known planets say so.
        QTRY_VERIFY_WITH_TIMEOUT(clickKnown(w, QStringLiteral("Kepler-62 d")), 10000);
        QVERIFY(w.candidatesTable()
                    ->view()
                    ->model()
                    ->match(w.candidatesTable()->view()->model()->index(0, ui::CandidatesModel::KnownCol),
                            Qt::DisplayRole, QStringLiteral("matches Kepler-62 b"))
                    .size()
                == 1);
        // The fold shows Kepler-62 d (P = 18.164 d, MANIFEST.md), labelled with its name.
        // The fold's own title (period, epoch, depth), then the known planet it matches.
        QTRY_VERIFY2_WITH_TIMEOUT(w.foldPlot()->title().endsWith(QStringLiteral(" · Kepler-62 d (known planet)")),
                                  qPrintable(w.foldPlot()->title()), 10000);
        QVERIFY2(w.foldPlot()->title().startsWith(QStringLiteral("P = 18.16")), qPrintable(w.foldPlot()->title()));
        QVERIFY(std::abs(w.foldPeriod() - 18.16407304) / 18.16407304 < 5e-3);
        QVERIFY(w.foldPlot()->binnedY().size() > 10);
        // One click makes the matching candidate's disposition "known planet" (undoable).
        int dRow = -1;
        for (int r = 0; r < w.session()->candidates().size(); ++r)
            if (w.candidatesTable()->model()->knownPlanet(r) == QStringLiteral("Kepler-62 d"))
                dRow = r;
        QVERIFY(dRow >= 0);
        QVERIFY(w.archiveLink()->markKnown(dRow));
        QCOMPARE(w.session()->candidates()[dRow].disposition,
                 QStringLiteral("known_planet"));  // the store's key for KP
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->candidates()[dRow].disposition, QString());
        // Predicted transits of the known planets are marked: Q5 holds 17 of b, 7 of c,
        // 5 of d and 1 of e (MANIFEST.md's counts), none of f.
        const auto& marks = w.flatPlot()->knownTransitMarkers();
        QVERIFY2(marks.size() >= 29 && marks.size() <= 31, qPrintable(QString::number(marks.size())));
    }

    void offlineOpensFromCache()
    {
        qputenv("EXOWORLD_MAST_URL", "http://127.0.0.1:1");
        qputenv("EXOWORLD_EXOARCHIVE_URL", "http://127.0.0.1:1");
        app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        app::FindStarDialog* d = w.archiveLink()->dialog();
        QCOMPARE(d->cachedList()->count(), 1);  // the Q5 file, listed without network
        const QString status = findAndOpen(w);
        QVERIFY2(status.contains(QStringLiteral("from the cache")), qPrintable(status));
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !w.session()->candidates().isEmpty(), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(starText(w), QStringLiteral("Kepler-62 (KIC 9002278)"), 10000);
        // The fold's own title (period, epoch, depth), then the known planet it matches.
        QTRY_VERIFY2_WITH_TIMEOUT(w.foldPlot()->title().endsWith(QStringLiteral(" · Kepler-62 d (known planet)")),
                                  qPrintable(w.foldPlot()->title()), 10000);
        QVERIFY2(w.foldPlot()->title().startsWith(QStringLiteral("P = 18.16")), qPrintable(w.foldPlot()->title()));
        // A star never fetched needs the network: a clear message within seconds.
        QSignalSpy searched(d, &app::FindStarDialog::searchFinished);
        QElapsedTimer t;
        t.start();
        d->search(QStringLiteral("WASP-47"));
        QVERIFY(searched.wait(10000));
        QVERIFY(!searched.first().first().toBool());
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(d->statusText().contains(QStringLiteral("cannot be reached")), qPrintable(d->statusText()));
    }
};

QTEST_MAIN(TestFindStarOnline)
#include "test_find_star_online.moc"
