// The archive client against the loopback fixture server: resolve, list, filter,
// download, resume, corrupted download, 404, 500, slow server, offline cache.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "archive/archive_session.h"
#include "archive/downloader.h"
#include "archive/http_client.h"
#include "archive/mast_client.h"
#include "fixture_server.h"

using namespace exo::archive;

class TestArchiveClient : public QObject {
    Q_OBJECT
private:
    FixtureServer m_server;
    QTemporaryDir m_cache;

    ArchiveConfig config(const QString& base = {}) const
    {
        ArchiveConfig c = ArchiveConfig::fromEnvironment();
        c.mastBase = QUrl(base.isEmpty() ? m_server.url() : base);
        c.exoArchiveBase = c.mastBase;
        c.cacheRoot = m_cache.path();
        c.transferTimeoutMs = 4000;
        c.backoffMs = 50;
        return c;
    }
    SearchAnswer search(ArchiveSession& s, const QString& q)
    {
        SearchAnswer out;
        bool done = false;
        s.mast()->search(q, this, [&](const SearchAnswer& a) {
            out = a;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            out.error = ErrorKind::Timeout;
        return out;
    }
    /// Run the downloader to its end; returns its items.
    QList<DownloadItem> download(ArchiveSession& s, const ProductList& products)
    {
        QSignalSpy finished(s.downloader(), &Downloader::finished);
        s.downloader()->start(products);
        if (!finished.wait(30000))
            return {};
        return s.downloader()->items();
    }
    Product kepler62Q5(ArchiveSession& s)
    {
        const SearchAnswer a = search(s, QStringLiteral("Kepler-62"));
        ProductFilter f;
        f.kind = QStringLiteral("tpf");
        f.season = 5;
        for (const Product& p : a.products)
            if (f.matches(p))
                return p;
        return {};
    }
    static int countPath(const QJsonArray& log, const QString& text)
    {
        int n = 0;
        for (const QJsonValue& v : log)
            if (v.toObject().value(QStringLiteral("path")).toString().contains(text))
                ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(EXO_REAL_DATA_DIR "/MANIFEST.md")).exists(), "real data folder missing");
        QVERIFY(m_cache.isValid());
        QVERIFY2(m_server.start(), "fixture server did not start");
    }
    void cleanupTestCase() { m_server.stop(); }
    void init()
    {
        m_server.get(QStringLiteral("/__fault?kind=clear"));
        m_server.takeLog();
    }

    void resolveName()
    {
        ArchiveSession s(config());
        Target t;
        ErrorKind err = ErrorKind::Cancelled;
        bool done = false;
        s.mast()->resolve(QStringLiteral("Kepler-62"), this, [&](const Target& r, ErrorKind e, QString) {
            t = r;
            err = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(err, ErrorKind::None);
        QCOMPARE(t.canonicalName, QStringLiteral("KEPLER-62"));
        QCOMPARE(t.ra, 283.21275);
        QCOMPARE(t.dec, 45.34986);
        // The request is the Mashup one: POST /api/v0/invoke, request={"service":"Mast.Name.Lookup",...}
        const QJsonArray log = m_server.takeLog();
        QCOMPARE(log.size(), 1);
        const QJsonObject r = log.first().toObject();
        QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v0/invoke"));
        const QString body = QUrl::fromPercentEncoding(r.value(QStringLiteral("body")).toString().toUtf8());
        QVERIFY(body.startsWith(QStringLiteral("request={")));
        QVERIFY(body.contains(QStringLiteral("\"service\":\"Mast.Name.Lookup\"")));
        QVERIFY(body.contains(QStringLiteral("\"input\":\"Kepler-62\"")));
        QVERIFY(r.value(QStringLiteral("user_agent")).toString().startsWith(QStringLiteral("ExoWorldExplorer/0.1.0")));

        done = false;
        s.mast()->resolve(QStringLiteral("No Such Star 123"), this, [&](const Target&, ErrorKind e, QString) {
            err = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(err, ErrorKind::NotResolved);
    }

    void listProducts()
    {
        ArchiveSession s(config());
        const SearchAnswer a = search(s, QStringLiteral("Kepler-62"));
        QCOMPARE(a.error, ErrorKind::None);
        QVERIFY(!a.fromCache);
        QCOMPARE(a.products.size(), 3);  // 2 TPFs + 1 LC; the PDF report is dropped
        for (const Product& p : a.products) {
            QCOMPARE(p.mission, QStringLiteral("Kepler"));
            QCOMPARE(p.author, QStringLiteral("Kepler"));
            QCOMPARE(p.cadence, QStringLiteral("long"));
            QCOMPARE(p.obsId, QStringLiteral("kplr009002278_lc_Q111111111111111111"));
            QVERIFY(p.size > 0);
        }
        QCOMPARE(a.products[0].kind, QStringLiteral("tpf"));
        QCOMPARE(a.products[0].season, 5);
        QCOMPARE(a.products[1].season, 6);
        QCOMPARE(a.products[2].kind, QStringLiteral("lc"));
        // Calls: resolver, Filtered.Position with lightkurve's criteria, Products, TESScut sectors.
        const QJsonArray log = m_server.takeLog();
        QStringList bodies;
        for (const QJsonValue& v : log)
            bodies << QUrl::fromPercentEncoding(v.toObject().value(QStringLiteral("body")).toString().toUtf8());
        QVERIFY(bodies.join(QLatin1Char('\n')).contains(QStringLiteral("\"service\":\"Mast.Caom.Filtered.Position\"")));
        QVERIFY(bodies.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("{\"paramName\":\"project\",\"values\":[\"Kepler\",\"K2\",\"TESS\"]}")));
        QVERIFY(bodies.join(QLatin1Char('\n')).contains(QStringLiteral("\"service\":\"Mast.Caom.Products\"")));
        QVERIFY(bodies.join(QLatin1Char('\n')).contains(QStringLiteral("\"obsid\":\"9000296843\"")));
        QCOMPARE(countPath(log, QStringLiteral("/tesscut/api/v0.4/sector?ra=283.21275&dec=45.34986")), 1);

        // A catalogue number goes straight to Mast.Caom.Filtered on target_name (lightkurve's exact match).
        m_server.takeLog();
        const SearchAnswer b = search(s, QStringLiteral("KIC 9002278"));
        QCOMPARE(b.error, ErrorKind::None);
        QCOMPARE(b.products.size(), 3);
        const QString first = QUrl::fromPercentEncoding(
            m_server.takeLog().first().toObject().value(QStringLiteral("body")).toString().toUtf8());
        QVERIFY(first.contains(QStringLiteral("\"service\":\"Mast.Caom.Filtered\"")));
        QVERIFY(first.contains(QStringLiteral("\"kplr009002278\"")));

        // TESS, K2 HLSP, TESScut.
        const SearchAnswer w = search(s, QStringLiteral("WASP-126"));
        QCOMPARE(w.products.size(), 2);
        QCOMPARE(w.products[0].cadence, QStringLiteral("120"));
        QCOMPARE(w.products[0].season, 1);
        QCOMPARE(w.products[0].author, QStringLiteral("SPOC"));
        const SearchAnswer k = search(s, QStringLiteral("K2-3"));
        QCOMPARE(k.products.size(), 1);
        QCOMPARE(k.products[0].author, QStringLiteral("K2SFF"));
        QVERIFY(k.products[0].hlsp);
        QCOMPARE(k.products[0].cacheRelativePath(),
                 QStringLiteral("HLSP/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1/"
                                "hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits"));
        const SearchAnswer px = search(s, QStringLiteral("Proxima Cen"));
        QCOMPARE(px.products.size(), 1);
        QCOMPARE(px.products[0].kind, QStringLiteral("cutout"));
        QCOMPARE(px.products[0].season, 12);

        const SearchAnswer none = search(s, QStringLiteral("Unknown Star 9"));
        QCOMPARE(none.error, ErrorKind::NotResolved);
    }

    void filterProducts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mission");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("cadence");
        QTest::addColumn<int>("season");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << "Kepler-62"
                             << ""
                             << ""
                             << ""
                             << "" << -1 << 3;
        QTest::newRow("tpf") << "Kepler-62"
                             << ""
                             << "tpf"
                             << ""
                             << "" << -1 << 2;
        QTest::newRow("tpf Q5") << "Kepler-62"
                                << "kepler"
                                << "tpf"
                                << ""
                                << "" << 5 << 1;
        QTest::newRow("short") << "Kepler-62"
                               << ""
                               << ""
                               << ""
                               << "short" << -1 << 0;
        QTest::newRow("tess") << "Kepler-62"
                              << "TESS"
                              << ""
                              << ""
                              << "" << -1 << 0;
        QTest::newRow("120 s") << "WASP-126"
                               << ""
                               << ""
                               << ""
                               << "120" << -1 << 2;
        QTest::newRow("SPOC lc") << "WASP-126"
                                 << ""
                                 << "lc"
                                 << "spoc"
                                 << "" << 1 << 1;
        QTest::newRow("K2SFF") << "K2-3"
                               << "K2"
                               << ""
                               << "K2SFF"
                               << "long" << 1 << 1;
        QTest::newRow("ffi") << "Proxima Cen"
                             << ""
                             << "cutout"
                             << ""
                             << "ffi" << 12 << 1;
    }
    void filterProducts()
    {
        QFETCH(QString, query);
        QFETCH(QString, mission);
        QFETCH(QString, kind);
        QFETCH(QString, author);
        QFETCH(QString, cadence);
        QFETCH(int, season);
        QFETCH(int, expected);
        ArchiveSession s(config());
        const SearchAnswer a = search(s, query);
        QCOMPARE(a.error, ErrorKind::None);
        const ProductFilter f{mission, kind, author, cadence, season};
        int n = 0;
        for (const Product& p : a.products)
            n += f.matches(p) ? 1 : 0;
        QCOMPARE(n, expected);
    }

    void downloadAndCache()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        const Product p = kepler62Q5(s);
        QCOMPARE(p.filename, QStringLiteral("kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QSignalSpy progress(s.downloader(), &Downloader::totalProgress);
        m_server.takeLog();
        const auto items = download(s, {p});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].error, ErrorKind::None);
        QVERIFY(!items[0].fromCache);
        QCOMPARE(items[0].path, dir.path()
                                    + QStringLiteral("/mastDownload/Kepler/kplr009002278_lc_Q111111111111111111/"
                                                     "kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QCOMPARE(QFileInfo(items[0].path).size(), qint64(1685125));
        QVERIFY(!QFileInfo::exists(items[0].path + QStringLiteral(".part")));
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(1685125));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(1685125));
        QCOMPARE(countPath(m_server.takeLog(), QStringLiteral("/api/v0.1/Download/file?uri=mast%3AKEPLER")), 1);

        // Second time: listing and file from the cache, no request at all.
        const auto again = download(s, {kepler62Q5(s)});
        QCOMPARE(again.size(), 1);
        QVERIFY(again[0].fromCache);
        QCOMPARE(m_server.takeLog().size(), 0);
        QCOMPARE(s.cachedFiles(), QStringList{items[0].path});
    }

    void resumeAfterDroppedConnection()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        const Product p = kepler62Q5(s);
        m_server.fault(QStringLiteral("drop"), QStringLiteral("lpd-targ"), 1);
        m_server.takeLog();
        const auto items = download(s, {p});
        QCOMPARE(items[0].error, ErrorKind::None);
        QCOMPARE(items[0].attempts, 2);
        QCOMPARE(QFileInfo(items[0].path).size(), qint64(1685125));
        QVERIFY(Downloader::verifyFile(items[0].path, 1685125, nullptr));
        // Only the file requests: under load the server's log can still hold a late listing entry.
        QJsonArray log;
        for (const QJsonValue& v : m_server.takeLog())
            if (v.toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .contains(QStringLiteral("/api/v0.1/Download/file")))
                log.append(v);
        const QByteArray seen = QJsonDocument(log).toJson(QJsonDocument::Compact);
        // The first request asks for the whole file; exactly one later request asks only for
        // the bytes that were missing, and none asks for the whole file again after it.
        QVERIFY2(log.size() >= 2, seen.constData());
        QVERIFY2(log[0].toObject().value(QStringLiteral("range")).isNull(), seen.constData());
        int ranged = 0;
        for (const QJsonValue& v : log) {
            const QJsonValue range = v.toObject().value(QStringLiteral("range"));
            if (range.isNull()) {
                QVERIFY2(ranged == 0, seen.constData());
                continue;
            }
            ++ranged;
            QCOMPARE(range.toString(), QStringLiteral("bytes=%1-").arg(1685125 / 2));
        }
        QVERIFY2(ranged == 1, seen.constData());
    }

    void corruptedDownloadRefusedAndRetried()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        const Product p = kepler62Q5(s);
        m_server.fault(QStringLiteral("corrupt"), QStringLiteral("lpd-targ"), 1);
        auto items = download(s, {p});
        QCOMPARE(items[0].error, ErrorKind::None);
        QCOMPARE(items[0].attempts, 2);
        QVERIFY(Downloader::verifyFile(items[0].path, p.size, nullptr));

        // Always corrupted: refused after the bounded retries, nothing left in the cache.
        QFile::remove(items[0].path);
        m_server.fault(QStringLiteral("corrupt"), QStringLiteral("lpd-targ"), 10);
        items = download(s, {p});
        QCOMPARE(items[0].error, ErrorKind::Corrupted);
        QCOMPARE(items[0].attempts, c.maxAttempts);
        QVERIFY(!QFileInfo::exists(items[0].path));
        QVERIFY(!QFileInfo::exists(items[0].path + QStringLiteral(".part")));
        QVERIFY(items[0].message.contains(QStringLiteral("damaged")));
    }

    void notFound()
    {
        ArchiveSession s(config());
        const SearchAnswer a = search(s, QStringLiteral("Kepler-62"));
        ProductList q6;
        for (const Product& p : a.products)
            if (p.season == 6)
                q6 << p;
        QCOMPARE(q6.size(), 1);
        m_server.takeLog();
        const auto items = download(s, q6);
        QCOMPARE(items[0].error, ErrorKind::NotFound);
        QCOMPARE(items[0].attempts, 1);  // a 404 is not retried
        QCOMPARE(m_server.takeLog().size(), 1);
        QVERIFY(items[0].message.contains(QStringLiteral("404")));
    }

    void serverError()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        // One 500 is absorbed by a retry.
        m_server.fault(QStringLiteral("status"), QStringLiteral("Mast.Caom.Products"), 1, 500);
        SearchAnswer a = search(s, QStringLiteral("WASP-47"));
        QCOMPARE(a.error, ErrorKind::None);
        QCOMPARE(a.products.size(), 1);
        // A server that keeps failing: a clear error after maxAttempts tries.
        m_server.fault(QStringLiteral("status"), QStringLiteral("Mast.Name.Lookup"), 10, 503);
        m_server.takeLog();
        a = search(s, QStringLiteral("K2-3"));
        QCOMPARE(a.error, ErrorKind::Server);
        QVERIFY(a.detail.contains(QStringLiteral("503")));
        QCOMPARE(m_server.takeLog().size(), c.maxAttempts);
        QVERIFY(errorText(a.error, a.detail).contains(QStringLiteral("error")));
        // A service still EXECUTING is asked again (astroquery's long polling).
        m_server.get(QStringLiteral("/__fault?kind=clear"));
        m_server.fault(QStringLiteral("executing"), QStringLiteral("Mast.Caom.Filtered"), 1);
        a = search(s, QStringLiteral("WASP-126"));  // polled once, then answered
        QCOMPARE(a.error, ErrorKind::None);
    }

    void slowServerTimesOut()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        c.transferTimeoutMs = 500;
        c.maxAttempts = 2;
        ArchiveSession s(c);
        m_server.fault(QStringLiteral("slow"), QStringLiteral("Mast.Name.Lookup"), 2, 500, 3.0);
        QElapsedTimer t;
        t.start();
        const SearchAnswer a = search(s, QStringLiteral("Kepler-62"));
        QCOMPARE(a.error, ErrorKind::Timeout);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(errorText(a.error).contains(QStringLiteral("in time")));
    }

    void offlineUsesCache()
    {
        QTemporaryDir dir;
        ArchiveConfig online = config();
        online.cacheRoot = dir.path();
        QString cachedPath;
        {
            ArchiveSession s(online);
            const auto items = download(s, {kepler62Q5(s)});
            QCOMPARE(items[0].error, ErrorKind::None);
            cachedPath = items[0].path;
        }
        // Nothing listens on port 1: the network is "down".
        ArchiveConfig offline = online;
        offline.mastBase = offline.exoArchiveBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
        ArchiveSession s(offline);
        const SearchAnswer a = search(s, QStringLiteral("Kepler-62"));
        QCOMPARE(a.error, ErrorKind::None);
        QVERIFY(a.fromCache);
        const auto items = download(s, {kepler62Q5(s)});
        QCOMPARE(items[0].error, ErrorKind::None);
        QVERIFY(items[0].fromCache);
        QCOMPARE(items[0].path, cachedPath);
        QCOMPARE(s.cachedFiles(), QStringList{cachedPath});
        // A request that needs the network fails within seconds with a clear message.
        QElapsedTimer t;
        t.start();
        const SearchAnswer b = search(s, QStringLiteral("WASP-126"));
        QCOMPARE(b.error, ErrorKind::Offline);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(errorText(b.error).contains(QStringLiteral("offline")));
    }

    void tesscutCutout()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        const SearchAnswer a = search(s, QStringLiteral("Proxima Cen"));
        QCOMPARE(a.products.size(), 1);
        m_server.takeLog();
        const auto items = download(s, a.products);
        QCOMPARE(items[0].error, ErrorKind::None);
        QVERIFY(items[0].path.endsWith(
            QStringLiteral("/mastDownload/TESSCut/tess-s0012-2-1_217.428938_-62.679492_10x10_astrocut.fits")));
        QCOMPARE(QFileInfo(items[0].path).size(), qint64(152640));  // the FITS file inside the zip
        const QString path = m_server.takeLog().first().toObject().value(QStringLiteral("path")).toString();
        QVERIFY(path.startsWith(QStringLiteral("/tesscut/api/v0.4/astrocut?ra=217.428938014")));
        QVERIFY(path.contains(QStringLiteral("&y=10&x=10&units=px&sector=12")));
    }

    void cancelKeepsPartialFile()
    {
        QTemporaryDir dir;
        ArchiveConfig c = config();
        c.cacheRoot = dir.path();
        ArchiveSession s(c);
        const Product p = kepler62Q5(s);
        m_server.fault(QStringLiteral("slow"), QStringLiteral("lpd-targ"), 1, 500, 2.0);
        QSignalSpy finished(s.downloader(), &Downloader::finished);
        s.downloader()->start({p});
        QTRY_VERIFY_WITH_TIMEOUT(s.downloader()->isRunning(), 2000);
        QTest::qWait(200);
        s.downloader()->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(s.downloader()->items()[0].error, ErrorKind::Cancelled);
        QVERIFY(!s.downloader()->isRunning());
        QVERIFY(!QFileInfo::exists(s.downloader()->items()[0].path));
    }
};

QTEST_GUILESS_MAIN(TestArchiveClient)
#include "test_archive_client.moc"
