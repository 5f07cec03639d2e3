// StarBrowser: grouping by star, natural season order, drag and drop, silent updates.
#include <QAbstractButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "panels/star_browser.h"

using exo::ui::StarBrowser;

namespace {
QStringList seasonsOf(QTreeWidgetItem* star)
{
    QStringList out;
    for (int i = 0; i < star->childCount(); ++i)
        out << star->child(i)->data(0, StarBrowser::SeasonRole).toString();
    return out;
}
}  // namespace

class TestStarBrowser : public QObject {
    Q_OBJECT
private slots:
    void seasonOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::newRow("Q1<Q2") << "Q1"
                               << "Q2" << true;
        QTest::newRow("Q2<Q10") << "Q2"
                                << "Q10" << true;
        QTest::newRow("!Q10<Q2") << "Q10"
                                 << "Q2" << false;
        QTest::newRow("S1<S6") << "S1"
                               << "S6" << true;
        QTest::newRow("C91<C92") << "C91"
                                 << "C92" << true;
        QTest::newRow("Sector 2<S10") << "Sector 2"
                                      << "S10" << true;
        QTest::newRow("empty last") << ""
                                    << "Q1" << false;
        QTest::newRow("!Q5<Q5") << "Q5"
                                << "Q5" << false;
    }
    void seasonOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        QCOMPARE(exo::ui::seasonLessThan(a, b), less);
    }

    void groupsByStarAndSortsSeasons()
    {
        StarBrowser browser;
        // Kepler-62 files added out of order; one WASP-126 file in between.
        browser.addFile("/data/k62_q10.fits", "KIC 9002278", "Q10", "light curve", "Kepler-62");
        browser.addFile("/data/w126_s1.fits", "TIC 25155310", "S1", "light curve", "WASP-126");
        browser.addFile("/data/k62_q2.fits", "KIC 9002278", "Q2", "light curve");
        browser.addFile("/data/k62_q1.fits", "KIC 9002278", "Q1", "pixels");

        QTreeWidget* tree = browser.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(browser.starCount(), 2);
        QTreeWidgetItem* k62 = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, StarBrowser::StarRole).toString() == "KIC 9002278")
                k62 = tree->topLevelItem(i);
        QVERIFY(k62);
        QCOMPARE(k62->childCount(), 3);
        QCOMPARE(seasonsOf(k62), (QStringList{"Q1", "Q2", "Q10"}));
        QVERIFY(k62->text(0).contains("Kepler-62"));
        QCOMPARE(k62->child(0)->data(0, StarBrowser::KindRole).toString(), QStringLiteral("pixels"));
        QVERIFY(k62->child(0)->toolTip(0).contains("k62_q1.fits"));  // full path in the tooltip
        QVERIFY(!k62->child(0)->icon(0).isNull());

        // Updating a known path does not duplicate it.
        browser.addFile("/data/k62_q2.fits", "KIC 9002278", "Q2", "light curve");
        QCOMPARE(k62->childCount(), 3);
        QCOMPARE(browser.files().size(), 4);

        // Removing the only file of a star removes the star.
        browser.removeFile("/data/w126_s1.fits");
        QCOMPARE(tree->topLevelItemCount(), 1);
        browser.clear();
        QCOMPARE(tree->topLevelItemCount(), 0);
    }

    void selectionAndCurrentFile()
    {
        StarBrowser browser;
        browser.resize(300, 400);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.addFile("/data/a_q1.fits", "KIC 1", "Q1", "light curve");
        browser.addFile("/data/a_q2.fits", "KIC 1", "Q2", "light curve");
        QSignalSpy spy(&browser, &StarBrowser::fileActivated);

        browser.setCurrentFile("/data/a_q2.fits");
        QCOMPARE(browser.currentFile(), QStringLiteral("/data/a_q2.fits"));
        QCOMPARE(spy.count(), 0);

        QTreeWidgetItem* q1 = browser.tree()->topLevelItem(0)->child(0);
        const QRect r = browser.tree()->visualItemRect(q1);
        QTest::mouseClick(browser.tree()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/data/a_q1.fits"));

        // Adding a file keeps the current selection and stays silent.
        browser.addFile("/data/a_q0.fits", "KIC 1", "Q0", "light curve");
        QCOMPARE(browser.currentFile(), QStringLiteral("/data/a_q1.fits"));
        // Re-adding the current file itself (e.g. after a reload) keeps it selected.
        browser.addFile("/data/a_q1.fits", "KIC 1", "Q1", "light curve");
        QCOMPARE(browser.currentFile(), QStringLiteral("/data/a_q1.fits"));
        QCOMPARE(spy.count(), 1);
    }

    void dropOfFileUrlsEmitsPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath("kplr009002278-2010174085026_llc.fits");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();

        StarBrowser browser;
        browser.resize(300, 400);
        browser.show();
        QVERIFY(browser.acceptDrops());
        QSignalSpy spy(&browser, &StarBrowser::filesDropped);

        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(file), QUrl::fromLocalFile(dir.path()), QUrl("https://archive.stsci.edu/x.fits")});
        const QPoint pos(150, 200);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &enter);
        QVERIFY(enter.isAccepted());

        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(spy.count(), 1);
        const QStringList paths = spy.at(0).at(0).toStringList();
        // Local files and folders are passed on; remote URLs are not.
        QCOMPARE(paths, (QStringList{QDir::cleanPath(file), QDir::cleanPath(dir.path())}));

        // A drag without local files is refused.
        QMimeData text;
        text.setText("hello");
        QDragEnterEvent refuse(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &refuse);
        QVERIFY(!refuse.isAccepted());
        QDropEvent drop2(QPointF(pos), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&browser, &drop2);
        QCOMPARE(spy.count(), 1);
    }

    void headerButtonsRequest()
    {
        StarBrowser browser;
        QSignalSpy files(&browser, &StarBrowser::openFilesRequested);
        QSignalSpy folder(&browser, &StarBrowser::openFolderRequested);
        browser.findChild<QAbstractButton*>("openFilesButton")->click();
        browser.findChild<QAbstractButton*>("openFolderButton")->click();
        QCOMPARE(files.count(), 1);
        QCOMPARE(folder.count(), 1);
    }

    void starNamesSortNaturallyAndFilter()
    {
        StarBrowser b;
        b.addFile(QStringLiteral("/d/a.fits"), QStringLiteral("KIC 10"), QStringLiteral("Q1"),
                  QStringLiteral("pixels"));
        b.addFile(QStringLiteral("/d/b.fits"), QStringLiteral("KIC 9"), QStringLiteral("Q1"), QStringLiteral("pixels"));
        b.addFile(QStringLiteral("/d/c.fits"), QStringLiteral("KIC 9002278"), QStringLiteral("Q5"),
                  QStringLiteral("pixels"), QStringLiteral("Kepler-62"));
        QTreeWidget* t = b.tree();
        QCOMPARE(t->topLevelItemCount(), 3);
        // Sorted by the name shown (the OBJECT name when there is one), numbers in numeric
        // order: "Kepler-62 (KIC 9002278)", "KIC 9", "KIC 10".
        QVERIFY(t->topLevelItem(0)->text(0).contains(QStringLiteral("Kepler-62")));
        QCOMPARE(t->topLevelItem(1)->text(0), QStringLiteral("KIC 9"));
        QCOMPARE(t->topLevelItem(2)->text(0), QStringLiteral("KIC 10"));
        b.setFilterText(QStringLiteral("kepler"));
        QCOMPARE(b.visibleStars(), QStringList{QStringLiteral("KIC 9002278")});
        b.setFilterText(QStringLiteral("9"));
        QCOMPARE(b.visibleStars().size(), 2);
        b.setFilterText(QString());
        QCOMPARE(b.visibleStars().size(), 3);
    }

    void starStatusShowsSearchResult()
    {
        StarBrowser b;
        b.addFile(QStringLiteral("/d/a.fits"), QStringLiteral("KIC 10"), QStringLiteral("Q1"),
                  QStringLiteral("pixels"));
        QVERIFY(b.starStatusText(QStringLiteral("KIC 10")).isEmpty());
        b.setStarStatus(QStringLiteral("KIC 10"), true, 3, 1);
        QVERIFY(b.starStatusText(QStringLiteral("KIC 10")).startsWith(QStringLiteral("3")));
        QVERIFY(b.starStatusText(QStringLiteral("KIC 10")).contains(QStringLiteral("1")));
        b.setStarStatus(QStringLiteral("KIC 10"), true, 0, 0);
        QVERIFY(!b.starStatusText(QStringLiteral("KIC 10")).isEmpty());
        QVERIFY(!b.starStatusText(QStringLiteral("KIC 10")).startsWith(QStringLiteral("3")));
        // A status survives adding another file of the star.
        b.setStarStatus(QStringLiteral("KIC 10"), true, 2, 0);
        b.addFile(QStringLiteral("/d/a2.fits"), QStringLiteral("KIC 10"), QStringLiteral("Q2"),
                  QStringLiteral("pixels"));
        QVERIFY(b.starStatusText(QStringLiteral("KIC 10")).startsWith(QStringLiteral("2")));
    }

    void clickingAStarRowEmitsStarActivated()
    {
        StarBrowser b;
        b.resize(300, 300);
        b.show();
        b.addFile(QStringLiteral("/d/a.fits"), QStringLiteral("KIC 10"), QStringLiteral("Q1"),
                  QStringLiteral("pixels"));
        QSignalSpy spy(&b, &StarBrowser::starActivated);
        QTreeWidget* t = b.tree();
        const QRect r = t->visualItemRect(t->topLevelItem(0));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("KIC 10"));
    }
};

QTEST_MAIN(TestStarBrowser)
#include "test_star_browser.moc"
