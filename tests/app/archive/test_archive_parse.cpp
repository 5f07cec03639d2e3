// Pure parts of the archive client (no network): query parsing, Mashup request
// encoding, product classification, known-planet rows, zip reading, cache paths.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <zlib.h>

#include "archive/archive_cache.h"
#include "archive/exoplanet_archive.h"
#include "archive/mast_client.h"
#include "archive/zip_extract.h"

using namespace exo::archive;

namespace {
QJsonArray fixtureTable(const char* key)
{
    QFile f(QStringLiteral(EXO_SOURCE_DIR "/tests/app/archive/fixture/catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String(key)).toArray();
}

// A one-entry zip written by hand (deflate via zlib), as TESScut sends them.
QByteArray makeZip(const QByteArray& name, const QByteArray& data)
{
    QByteArray deflated(int(compressBound(uLong(data.size()))) + 16, '\0');
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(deflated.data());
    zs.avail_out = uInt(deflated.size());
    deflate(&zs, Z_FINISH);
    deflated.resize(int(zs.total_out));
    deflateEnd(&zs);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    auto le16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray& b, quint32 v) {
        le16(b, quint16(v & 0xffff));
        le16(b, quint16(v >> 16));
    };
    QByteArray z;
    le32(z, 0x04034b50);
    le16(z, 20);
    le16(z, 0);
    le16(z, 8);
    le16(z, 0);
    le16(z, 0);
    le32(z, crc);
    le32(z, quint32(deflated.size()));
    le32(z, quint32(data.size()));
    le16(z, quint16(name.size()));
    le16(z, 0);
    z += name + deflated;
    const quint32 cdOffset = quint32(z.size());
    QByteArray cd;
    le32(cd, 0x02014b50);
    le16(cd, 20);
    le16(cd, 20);
    le16(cd, 0);
    le16(cd, 8);
    le16(cd, 0);
    le16(cd, 0);
    le32(cd, crc);
    le32(cd, quint32(deflated.size()));
    le32(cd, quint32(data.size()));
    le16(cd, quint16(name.size()));
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0);
    le32(cd, 0);
    le32(cd, 0);
    cd += name;
    z += cd;
    le32(z, 0x06054b50);
    le16(z, 0);
    le16(z, 0);
    le16(z, 1);
    le16(z, 1);
    le32(z, quint32(cd.size()));
    le32(z, cdOffset);
    le16(z, 0);
    return z;
}
}  // namespace

class TestArchiveParse : public QObject {
    Q_OBJECT
private slots:
    void directTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mission");
        QTest::addColumn<qlonglong>("id");
        QTest::addColumn<bool>("coords");
        QTest::newRow("KIC") << "KIC 9002278"
                             << "Kepler" << 9002278LL << false;
        QTest::newRow("kic lower, no space") << "kic9002278"
                                             << "Kepler" << 9002278LL << false;
        QTest::newRow("kplr") << "kplr009002278"
                              << "Kepler" << 9002278LL << false;
        QTest::newRow("EPIC") << "EPIC 201367065"
                              << "K2" << 201367065LL << false;
        QTest::newRow("TIC") << " TIC 25155310 "
                             << "TESS" << 25155310LL << false;
        QTest::newRow("coords") << "283.21275 45.34986"
                                << "" << 0LL << true;
        QTest::newRow("coords comma") << "63.37, -69.22"
                                      << "" << 0LL << true;
    }
    void directTargets()
    {
        QFETCH(QString, text);
        QFETCH(QString, mission);
        QFETCH(qlonglong, id);
        QFETCH(bool, coords);
        const auto t = parseDirectTarget(text);
        QVERIFY(t.has_value());
        QCOMPARE(t->mission, mission);
        QCOMPARE(t->catalogueId, id);
        QCOMPARE(t->hasPosition(), coords);
    }
    void namesNeedTheResolver()
    {
        for (const char* s : {"Kepler-62", "TOI-700", "HD 21749", "WASP-126", "400 95", "12 -95", ""})
            QVERIFY2(!parseDirectTarget(QString::fromLatin1(s)).has_value(), s);
    }
    void mashupBodyIsUrlEncodedJson()
    {
        const QByteArray body = mashupBody(
            QJsonObject{{"service", "Mast.Name.Lookup"}, {"params", QJsonObject{{"input", "Kepler-62 & co"}}}});
        QVERIFY(body.startsWith("request="));
        QVERIFY(!body.mid(8).contains('&'));
        QVERIFY(!body.mid(8).contains(' '));
        const QJsonObject back = QJsonDocument::fromJson(QUrl::fromPercentEncoding(body.mid(8)).toUtf8()).object();
        QCOMPARE(back.value("params").toObject().value("input").toString(), QStringLiteral("Kepler-62 & co"));
    }
    void classify()
    {
        const ProductList all = classifyProducts(fixtureTable("observations"), fixtureTable("products"));
        QCOMPARE(all.size(), 7);  // 8 rows, the PDF report dropped
        for (const Product& p : all) {
            QVERIFY(p.filename.endsWith(QLatin1String(".fits")) || p.filename.endsWith(QLatin1String(".fits.gz")));
            QVERIFY(!p.mission.isEmpty() && !p.kind.isEmpty() && !p.author.isEmpty() && p.season >= 0);
        }
        QCOMPARE(all[0].seasonLabel(), QStringLiteral("Q5"));
        QCOMPARE(
            all[0].cacheRelativePath(),
            QStringLiteral("Kepler/kplr009002278_lc_Q111111111111111111/kplr009002278-2010174085026_lpd-targ.fits.gz"));
        QCOMPARE(all[6].seasonLabel(), QStringLiteral("C3"));
        QCOMPARE(all[6].author, QStringLiteral("K2"));
        // An unmatched product row (no observation) still gets its mission from the row.
        const ProductList lone = classifyProducts({}, fixtureTable("products"));
        QCOMPARE(lone.size(), 7);
        QVERIFY(classifyProducts(fixtureTable("observations"), {}).isEmpty());
    }
    void roundTripJson()
    {
        const ProductList all = classifyProducts(fixtureTable("observations"), fixtureTable("products"));
        for (const Product& p : all) {
            const Product q = productFromJson(toJson(p));
            QCOMPARE(q.cacheRelativePath(), p.cacheRelativePath());
            QCOMPARE(q.dataUri, p.dataUri);
            QCOMPARE(q.size, p.size);
            QCOMPARE(q.season, p.season);
            QCOMPARE(q.cadence, p.cadence);
        }
    }
    void starInfo()
    {
        QJsonArray kois, confirmed, tois;
        for (const QJsonValue& v : QJsonDocument::fromJson(R"([
            {"kepid":9002278,"kepoi_name":"K00701.02","kepler_name":"Kepler-62 b","koi_disposition":"CONFIRMED",
             "koi_period":5.71489692,"koi_time0bk":170.9219,"koi_duration":2.357,"koi_depth":425.9},
            {"kepid":9002278,"kepoi_name":"K00701.06","kepler_name":null,"koi_disposition":"FALSE POSITIVE",
             "koi_period":3.1,"koi_time0bk":131.0,"koi_duration":1.0,"koi_depth":50}])")
                                       .array())
            kois << v;
        StarKey k = StarKey::fromQuery(QStringLiteral("KIC 9002278"));
        StarInfo info = starInfoFromRows(k, {}, kois, {});
        QCOMPARE(info.displayName(), QStringLiteral("Kepler-62 (KIC 9002278)"));
        QCOMPARE(int(info.planets.size()), 1);  // the false positive is not a known planet
        QCOMPARE(info.planets[0].t0Bjd, 2455003.9219);
        // A TOI-only star is named after its TOI.
        tois << QJsonObject{{"toi", 700.01},           {"tid", 150428135},   {"tfopwg_disp", "PC"}, {"pl_orbper", 9.98},
                            {"pl_tranmid", 2458331.0}, {"pl_trandurh", 2.1}, {"pl_trandep", 800.0}};
        info = starInfoFromRows(StarKey::fromQuery(QStringLiteral("TIC 150428135")), {}, {}, tois);
        QCOMPARE(info.displayName(), QStringLiteral("TOI-700 (TIC 150428135)"));
        QCOMPARE(QString::fromStdString(info.planets[0].name), QStringLiteral("TOI-700.01"));
        // pscomppars depth is in percent.
        confirmed << QJsonObject{{"pl_name", "WASP-126 b"},     {"hostname", "WASP-126"}, {"pl_orbper", 3.2887898},
                                 {"pl_tranmid", 2458327.51996}, {"pl_trandur", 3.437},    {"pl_trandep", 0.70057}};
        info = starInfoFromRows(StarKey::fromQuery(QStringLiteral("WASP-126")), confirmed, {}, {});
        QCOMPARE(info.displayName(), QStringLiteral("WASP-126"));
        QVERIFY(std::abs(info.planets[0].depthPpm - 7005.7) < 1e-6);
        // Nothing known: no name invented for a catalogue number.
        QCOMPARE(starInfoFromRows(k, {}, {}, {}).displayName(), QStringLiteral("KIC 9002278"));
        // ADQL quoting.
        QCOMPARE(adqlConfirmedByHost(QStringLiteral("Bob's star")).right(13), QStringLiteral("'Bob''s star'"));
    }
    void zip()
    {
        const QByteArray data = QByteArray(5000, 'F') + "SIMPLE";
        const QByteArray z = makeZip("tess-s0012-2-1_1_2_3x3_astrocut.fits", data);
        QCOMPARE(zipEntries(z), QStringList{"tess-s0012-2-1_1_2_3x3_astrocut.fits"});
        QByteArray out;
        QString why;
        QVERIFY(zipExtract(z, QStringLiteral("tess-s0012-2-1_1_2_3x3_astrocut.fits"), out, why));
        QCOMPARE(out, data);
        QVERIFY(!zipExtract(z, QStringLiteral("other.fits"), out, why));
        QVERIFY(zipEntries(QByteArrayLiteral("{\"msg\": \"no sector\"}")).isEmpty());
        QVERIFY(zipEntries(z.left(z.size() - 30)).isEmpty());  // truncated: no central directory
        QByteArray broken = z;
        const int dataAt = 30 + 37;                            // local header + name
        broken[dataAt + 1] = char(broken[dataAt + 1] ^ 0x5a);  // damaged deflate stream
        QVERIFY(!zipExtract(broken, QStringLiteral("tess-s0012-2-1_1_2_3x3_astrocut.fits"), out, why));
    }
    void metadataCache()
    {
        QTemporaryDir dir;
        ArchiveConfig c;
        c.cacheRoot = dir.path();
        ArchiveCache cache(c);
        QVERIFY(cache.get(QStringLiteral("k"), 1).isEmpty());
        QVERIFY(cache.put(QStringLiteral("k"), "abc"));
        QCOMPARE(cache.get(QStringLiteral("k"), 1), QByteArray("abc"));
        QCOMPARE(cache.get(QStringLiteral("k"), -1), QByteArray("abc"));
        QVERIFY(cache.cachedFiles().isEmpty());
        QCOMPARE(ArchiveConfig::join(QUrl(QStringLiteral("http://h:1/mirror/")), QStringLiteral("/api/v0/invoke"))
                     .toString(),
                 QStringLiteral("http://h:1/mirror/api/v0/invoke"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveParse)
#include "test_archive_parse.moc"
