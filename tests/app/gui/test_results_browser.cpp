// File > Open Batch Results…: the window browses the results store of a small
// `exoworld-cli batch` over real files (stars with status, best period, SNR,
// candidates and flags; a star's candidates with their vetting flags) and a
// double-click on a star opens its recorded files in the window.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "real_data.h"
#include "gui/main_window.h"
#include "gui/results_browser.h"
#include "panels/candidates_table.h"
#include "session/session.h"

using namespace exo;

namespace {
const QString kCli = QStringLiteral(EXO_BINARY_DIR "/app/exoworld-cli");
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
const char* kWasp126 = "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
const char* kToi106 = "tess/lc/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits";
const char* kBroken = "corrupted/tess_lc_pimen_s1_truncated-data.fits";

int rowOf(const app::ResultsBrowser* b, const QString& label)
{
    auto* m = b->starsView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, app::ResultsBrowser::StarCol).data().toString() == label)
            return r;
    return -1;
}
QString cell(const QTableView* v, int row, int col) { return v->model()->index(row, col).data().toString(); }
/// Open through the window's link (the store is read in the background) and wait for the outcome.
bool load(app::ResultsBrowserLink* link, const QString& path, QString* why)
{
    link->open(path);
    QSignalSpy spy(link->browser(), &app::ResultsBrowser::loadFinished);
    if (!spy.wait(60000)) {
        *why = QStringLiteral("no loadFinished");
        return false;
    }
    *why = spy.at(0).at(1).toString();
    return spy.at(0).at(0).toBool();
}
}  // namespace

class TestResultsBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_results;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("EXOWORLD_STORE", m_dir.filePath(QStringLiteral("candidates.sqlite")).toUtf8());
        EXO_REQUIRE_REAL_DATA();
        for (const char* f : {kWasp126, kToi106, kBroken})
            EXO_REQUIRE_REAL_FILE(QString::fromLatin1(f));
        QVERIFY(QFileInfo(kCli).isExecutable());
        // A small batch: two TESS planet hosts (WASP-126, TOI-106) and a truncated file.
        const QString manifest = m_dir.filePath(QStringLiteral("stars.csv"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("path\n");
        for (const char* p : {kWasp126, kToi106, kBroken})
            f.write((real(p) + QLatin1Char('\n')).toUtf8());
        f.close();
        m_results = m_dir.filePath(QStringLiteral("results"));
        QProcess p;
        p.start(kCli,
                {QStringLiteral("batch"), manifest, QStringLiteral("--out"), m_results, QStringLiteral("--progress"),
                 QStringLiteral("lines"), QStringLiteral("--max-planets"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void browseAndOpenStar()
    {
        app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        auto* link = w.findChild<app::ResultsBrowserLink*>();
        QVERIFY(link);
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionOpenResults")));
        QString why;
        QVERIFY2(load(link, m_results, &why), qPrintable(why));  // the folder names its results.sqlite
        auto* b = link->browser();
        QVERIFY(b && b->isVisible());
        QCOMPARE(b->starCount(), 3);

        // The stars: status, best period, SNR, number of candidates, flags.
        const int wasp = rowOf(b, QStringLiteral("TIC 25155310"));
        QVERIFY(wasp >= 0);
        QCOMPARE(cell(b->starsView(), wasp, app::ResultsBrowser::StatusCol), app::ResultsBrowser::tr("ok"));
        QCOMPARE(cell(b->starsView(), wasp, app::ResultsBrowser::CandidatesCol), QStringLiteral("1"));
        // WASP-126 b: P = 3.2888 d (TOI-114.01, MANIFEST.md).
        const double period =
            b->starsView()->model()->index(wasp, app::ResultsBrowser::BestPeriodCol).data(Qt::UserRole).toDouble();
        QVERIFY2(std::abs(period - 3.2888) < 0.01, qPrintable(QString::number(period)));
        QVERIFY(b->starsView()->model()->index(wasp, app::ResultsBrowser::SnrCol).data(Qt::UserRole).toDouble() > 7);
        int broken = -1;
        for (int r = 0; r < b->starCount(); ++r)
            if (cell(b->starsView(), r, app::ResultsBrowser::StatusCol).startsWith(QStringLiteral("error")))
                broken = r;
        QVERIFY(broken >= 0);  // the truncated file is a row with its cause
        QCOMPARE(b->starFiles(broken).size(), 1);

        // Its candidates, with the vetting flags column.
        b->selectStar(wasp);
        QCOMPARE(b->candidatesView()->model()->rowCount(), 1);
        QCOMPARE(b->candidatesView()->model()->columnCount(), int(app::ResultsBrowser::CandidateColumnCount));
        QCOMPARE(b->candidatesView()->model()->index(0, app::ResultsBrowser::RankCol).data().toString(),
                 QStringLiteral("1"));
        b->selectStar(broken);
        QCOMPARE(b->candidatesView()->model()->rowCount(), 0);

        // Sorting by SNR keeps each row's files with its star.
        b->starsView()->sortByColumn(app::ResultsBrowser::SnrCol, Qt::DescendingOrder);
        const int waspSorted = rowOf(b, QStringLiteral("TIC 25155310"));
        QCOMPARE(b->starFiles(waspSorted), QStringList{real(kWasp126)});

        // A double-click opens the star's recorded files in the window.
        auto* view = b->starsView();
        const QRect rect = view->visualRect(view->model()->index(waspSorted, app::ResultsBrowser::StarCol));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        auto* s = w.session();
        QTRY_VERIFY_WITH_TIMEOUT(s->files().size() == 1 && s->files().front().path == real(kWasp126), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && s->currentFile() == real(kWasp126), 60000);
        QVERIFY(w.errors().isEmpty());

        // A double-click on a candidate opens its star and selects that signal once searched.
        const int toi = rowOf(b, QStringLiteral("TIC 38846515"));
        QVERIFY(toi >= 0);
        b->selectStar(toi);
        auto* cands = b->candidatesView();
        QCOMPARE(cands->model()->rowCount(), 1);
        const double toiPeriod = cands->model()->index(0, app::ResultsBrowser::PeriodCol).data(Qt::UserRole).toDouble();
        QVERIFY(toiPeriod > 0);
        const QRect crect = cands->visualRect(cands->model()->index(0, app::ResultsBrowser::PeriodCol));
        QTest::mouseClick(cands->viewport(), Qt::LeftButton, {}, crect.center());
        QTest::mouseDClick(cands->viewport(), Qt::LeftButton, {}, crect.center());
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && s->currentFile() == real(kToi106), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.candidatesTable()->currentCandidate() >= 0, 60000);
        QVERIFY2(std::abs(w.foldPeriod() / toiPeriod - 1) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(w.foldPeriod()).arg(toiPeriod)));
    }

    void refusesWhatIsNotBatchResults()
    {
        app::MainWindow w;
        auto* link = w.findChild<app::ResultsBrowserLink*>();
        QVERIFY(link);
        QString why;
        QVERIFY(!load(link, m_dir.filePath(QStringLiteral("missing.sqlite")), &why));
        QVERIFY(why.contains(QStringLiteral("missing.sqlite")));
        // A file that is not SQLite: a sentence naming it, no crash.
        QVERIFY(!load(link, m_dir.filePath(QStringLiteral("stars.csv")), &why));
        QVERIFY2(why.contains(QStringLiteral("stars.csv")), qPrintable(why));
        // A plain candidate store (no batch tables) is not a batch's results.
        const QString plain = m_dir.filePath(QStringLiteral("plain"));
        QProcess p;
        p.start(kCli,
                {QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--store"), plain + "/c.sqlite"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QFileInfo::exists(plain + "/c.sqlite"));
        QVERIFY(!load(link, plain + "/c.sqlite", &why));
        QVERIFY2(why.contains(QStringLiteral("batch")), qPrintable(why));
    }
};

QTEST_MAIN(TestResultsBrowser)
#include "test_results_browser.moc"
