// File > Open Batch Results… reads its store off the GUI thread: on a generated store of
// 20,000 stars and ~22,000 candidates the window's event loop keeps running while it loads
// (a 0 ms QTimer keeps firing and open() returns before anything is read), a progress bar and
// Cancel show meanwhile, Cancel keeps what was on view, a newer open supersedes an older one,
// closing the window mid-load neither hangs nor crashes, and a damaged or truncated store ends
// in a sentence naming the file instead of rows.
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "batch/results_db.h"
#include "gui/main_window.h"
#include "gui/results_browser.h"

using namespace exo;

namespace {
constexpr int kStars = 20000;

/// Fills a results store with kStars stars: every 100th an error, the others one candidate
/// (every 10th a second one); one SQL statement per table, in one transaction.
QString generateStore(const QString& path)
{
    {
        batchrun::ResultsDb db;  // the real schema: candidate store + batch tables
        std::string why;
        if (!db.open(path.toStdString(), why, true))
            return QString::fromStdString(why);
    }
    QString error;
    {
        auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
        c.setDatabaseName(path);
        if (!c.open())
            return c.lastError().text();
        QSqlQuery q(c);
        const QString n =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(kStars);
        const QStringList statements = {
            QStringLiteral("BEGIN"),
            n
                + QStringLiteral(
                    "INSERT INTO batch_stars(star_key, label, mission, target_id, status, error_code, error_detail,"
                    " files_json, n_files, n_analysed, n_candidates, best_period_days, best_snr, best_sde, flags,"
                    " finished_utc) SELECT printf('TESS:%09d', i), 'TIC ' || i, 'TESS', i,"
                    " CASE WHEN i % 100 = 0 THEN 'error' ELSE 'ok' END,"
                    " CASE WHEN i % 100 = 0 THEN 'truncated' ELSE '' END, '',"
                    " '[{\"path\":\"/data/tic' || i || '.fits\",\"sha256\":\"00\"}]', 1, 1,"
                    " CASE WHEN i % 100 = 0 THEN 0 WHEN i % 10 = 0 THEN 2 ELSE 1 END,"
                    " 1.0 + i * 0.001, 7.0 + i % 50, 9.0, CASE WHEN i % 7 = 0 AND i % 100 != 0 THEN 'odd_even' ELSE '' "
                    "END,"
                    " '2026-11-30T00:00:00Z' FROM n"),
            n
                + QStringLiteral(
                    "INSERT INTO candidates(mission, target_id, target_label, rank, period_days, t0_bjd, "
                    "duration_hours,"
                    " depth_ppm, snr, sde, n_transits, vetting_flags, created_utc, updated_utc)"
                    " SELECT 'TESS', i, 'TIC ' || i, 1, 1.0 + i * 0.001, 2458325.0, 2.0, 500, 7.0 + i % 50, 9.0, 5,"
                    " CASE WHEN i % 7 = 0 THEN 'odd_even' ELSE '' END, '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z'"
                    " FROM n WHERE i % 100 != 0"),
            n
                + QStringLiteral(
                    "INSERT INTO candidates(mission, target_id, target_label, rank, period_days, t0_bjd, "
                    "duration_hours,"
                    " depth_ppm, snr, sde, n_transits, created_utc, updated_utc)"
                    " SELECT 'TESS', i, 'TIC ' || i, 2, 13.7, 2458326.0, 3.0, 300, 7.5, 8.0, 2,"
                    " '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z' FROM n WHERE i % 10 = 0 AND i % 100 != 0"),
            QStringLiteral("COMMIT"),
        };
        for (const auto& s : statements)
            if (error.isEmpty() && !q.exec(s))
                error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));  // closed: the WAL is checkpointed
    return error;
}

constexpr int kCandidates = (kStars - kStars / 100) + (kStars / 10 - kStars / 100);

bool waitLoaded(app::ResultsBrowser* b, QString* why)
{
    QSignalSpy spy(b, &app::ResultsBrowser::loadFinished);
    if (!spy.wait(120000)) {
        *why = QStringLiteral("no loadFinished");
        return false;
    }
    *why = spy.at(0).at(1).toString();
    return spy.at(0).at(0).toBool();
}
}  // namespace

class TestResultsLoading : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("EXOWORLD_STORE", m_dir.filePath(QStringLiteral("candidates.sqlite")).toUtf8());
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("big/results.sqlite"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("big"))));
        const QString error = generateStore(m_store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void largeStoreLoadsWithoutBlocking()
    {
        app::MainWindow w;
        w.show();
        auto* link = w.findChild<app::ResultsBrowserLink*>();
        QVERIFY(link);
        // A 0 ms timer fires on every turn of the GUI thread's event loop.
        int ticksWhileLoading = 0;
        bool sawProgressBar = false;
        app::ResultsBrowser* b = nullptr;
        QTimer timer;
        timer.setInterval(0);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (b && b->isLoading()) {
                ++ticksWhileLoading;
                sawProgressBar =
                    sawProgressBar || b->findChild<QProgressBar*>(QStringLiteral("resultsProgress"))->isVisible();
            }
        });
        timer.start();
        link->open(m_dir.filePath(QStringLiteral("big")));  // the results folder
        b = link->browser();
        QVERIFY(b && b->isVisible());
        // open() returned before the store was read: nothing on view yet, a load running.
        QVERIFY(b->isLoading());
        QCOMPARE(b->starCount(), 0);
        QString why;
        QVERIFY2(waitLoaded(b, &why), qPrintable(why));
        QVERIFY2(ticksWhileLoading > 0, "the event loop did not run while the store was read");
        QVERIFY(sawProgressBar);
        QVERIFY(!b->isLoading());
        QVERIFY(!b->findChild<QProgressBar*>(QStringLiteral("resultsProgress"))->isVisible());

        QCOMPARE(b->starCount(), kStars);
        QCOMPARE(b->storePath(), m_store);
        // Star 10 (TIC 10): two candidates; star 100: an error row without any.
        auto* stars = b->starsView()->model();
        QCOMPARE(stars->index(9, app::ResultsBrowser::StarCol).data().toString(), QStringLiteral("TIC 10"));
        QCOMPARE(stars->index(9, app::ResultsBrowser::CandidatesCol).data(Qt::UserRole).toDouble(), 2.0);
        b->selectStar(9);
        QCOMPARE(b->candidatesView()->model()->rowCount(), 2);
        QCOMPARE(b->candidatesView()->model()->index(1, app::ResultsBrowser::PeriodCol).data(Qt::UserRole).toDouble(),
                 13.7);
        QVERIFY(stars->index(99, app::ResultsBrowser::StatusCol).data().toString().startsWith(QStringLiteral("error")));
        b->selectStar(99);
        QCOMPARE(b->candidatesView()->model()->rowCount(), 0);
        QCOMPARE(b->starFiles(99), QStringList{QStringLiteral("/data/tic100.fits")});
        // Sorting by SNR (a number, not text) and filtering by flag work on the model's rows.
        b->starsView()->sortByColumn(app::ResultsBrowser::SnrCol, Qt::DescendingOrder);
        // (Stars without a candidate have no SNR; the numbers come in decreasing order, 56 first.)
        double previous = INFINITY;
        int numbered = 0;
        for (int r = 0; r < b->starCount(); ++r) {
            const QVariant v = stars->index(r, app::ResultsBrowser::SnrCol).data(Qt::UserRole);
            if (!v.isValid())
                continue;
            if (numbered++ == 0)
                QCOMPARE(v.toDouble(), 56.0);
            QVERIFY2(v.toDouble() <= previous, qPrintable(QString::number(r)));
            previous = v.toDouble();
        }
        QCOMPARE(numbered, kStars - kStars / 100);
        QCOMPARE(b->starFiles(0).size(), 1);
        auto* filter = b->findChild<QLineEdit*>();
        QVERIFY(filter);
        filter->setText(QStringLiteral("odd_even"));
        QCOMPARE(b->starCount(), kStars / 7 - kStars / 700);  // multiples of 7 that are not errors
        filter->clear();
        QVERIFY(b->findChild<QLabel*>(QStringLiteral("resultsSummary"))->text().contains(QString::number(kCandidates)));
    }

    void cancelAndSupersede()
    {
        app::MainWindow w;
        auto* link = w.findChild<app::ResultsBrowserLink*>();
        QVERIFY(link);
        link->open(m_store);
        auto* b = link->browser();
        QString why;
        QVERIFY2(waitLoaded(b, &why), qPrintable(why));
        QCOMPARE(b->starCount(), kStars);

        // Cancel (a re-read of the same store): the load ends without error or new rows.
        b->openStore(m_store);
        QVERIFY(b->isLoading());
        auto* cancel = b->findChild<QPushButton*>(QStringLiteral("resultsCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QSignalSpy spy(b, &app::ResultsBrowser::loadFinished);
        cancel->click();
        QVERIFY(spy.wait(60000));
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QCOMPARE(spy.at(0).at(1).toString(), QString());
        QCOMPARE(b->starCount(), kStars);
        QCOMPARE(b->storePath(), m_store);

        // A newer open supersedes: one outcome, the newer one's (an error here).
        spy.clear();
        b->openStore(m_store);
        b->openStore(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(spy.wait(60000));
        // The superseded load ends too (its watcher is deleted then), without a second outcome.
        QTRY_COMPARE_WITH_TIMEOUT(b->findChildren<QFutureWatcherBase*>().size(), 0, 60000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QVERIFY2(spy.at(0).at(1).toString().contains(QStringLiteral("missing.sqlite")),
                 qPrintable(spy.at(0).at(1).toString()));
        QCOMPARE(b->starCount(), kStars);  // a failed open keeps what was on view

        // Closing the window while a load runs: cancelled and waited for, no crash.
        b->openStore(m_store);
        QVERIFY(b->isLoading());
    }

    void damagedStoresGiveAClearError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pages overwritten") << QStringLiteral("overwritten");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("not sqlite") << QStringLiteral("text");
    }
    void damagedStoresGiveAClearError()
    {
        QFETCH(QString, kind);
        QFile in(m_store);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.size() > 1 << 20);
        if (kind == QLatin1String("overwritten")) {
            // Keep SQLite's 100-byte header, garble pages in the middle (tables and indexes).
            for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 64 * 1024; ++i)
                bytes[i] = char(0xA5 ^ (i * 7));
        } else if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2 + 123);
        } else {
            bytes = "star,status\nTIC 1,ok\n";
        }
        const QString path = m_dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(kind));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();

        app::MainWindow w;
        auto* link = w.findChild<app::ResultsBrowserLink*>();
        link->open(path);
        auto* b = link->browser();
        QString why;
        QVERIFY(!waitLoaded(b, &why));
        qInfo("%s", qPrintable(why));
        // One sentence naming the file; no rows.
        QVERIFY2(why.startsWith(
                     app::ResultsBrowser::tr("Cannot open the batch results %1: %2").section(QLatin1Char('%'), 0, 0)),
                 qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("damaged-") + kind), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1Char('\n')) && why.size() < 800,
                 "a sentence, not SQLite's list of every bad page");
        QCOMPARE(b->starCount(), 0);
        QVERIFY(b->findChild<QLabel*>(QStringLiteral("resultsSummary"))
                    ->text()
                    .contains(QStringLiteral("damaged-") + kind));
    }
};

QTEST_MAIN(TestResultsLoading)
#include "test_results_loading.moc"
