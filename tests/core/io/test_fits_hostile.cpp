// Hostile headers: each input is made at test time from a small real file by
// rewriting one card (or adding a sparse tail / a gzip bomb), then must be
// refused by every reader entry point with the expected code, a detail naming
// the file, in well under a second, and without allocating what the header
// claims. These are the mutations of issue 15's campaign.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "hostile_inputs.h"
#include "io/fits_reader.h"
#include "io/read_limits.h"

using namespace exo;

namespace {
const std::string kReal = EXO_REAL_DATA_DIR;
const std::string kLc = kReal + "/kepler/lc/kplr008462852_q8_490cad_llc_subset.fits";  // 20 columns, 490 rows
const std::string kTpf =
    kReal + "/kepler/tpf/kplr007024511_q11_1cad_lpd-targ_subset.fits";  // FLUX TFORM5 56E, TDIM5 (8,7)
}  // namespace

class TestFitsHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::string path(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    /// Every entry point refuses `file` with `code`, naming it, each call < 1 s.
    static void expectRefused(const std::string& file, ErrorCode code, const char* inDetail = nullptr,
                              qint64 limitMs = 1000)
    {
        const std::string base = QFileInfo(QString::fromStdString(file)).fileName().toStdString();
        QElapsedTimer t;
        t.start();
        auto p = io::probe(file);
        const qint64 probeMs = t.restart();
        auto c = io::summarizeCadences(file);
        const qint64 cadMs = t.restart();
        auto r = io::readProduct(file);
        const qint64 readMs = t.elapsed();
        for (const Status* s : {&p.status, &c.status, &r.status}) {
            QVERIFY2(s->code == code, qPrintable(QString("%1: got %2 (%3), expected %4")
                                                     .arg(QString::fromStdString(base), errorCodeName(s->code),
                                                          QString::fromStdString(s->detail), errorCodeName(code))));
            QVERIFY2(s->detail.find(base) != std::string::npos, s->detail.c_str());
            if (inDetail)
                QVERIFY2(s->detail.find(inDetail) != std::string::npos, s->detail.c_str());
        }
        QVERIFY2(
            probeMs < limitMs && cadMs < limitMs && readMs < limitMs,
            qPrintable(QString("slow: probe %1 ms, cadences %2 ms, read %3 ms").arg(probeMs).arg(cadMs).arg(readMs)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QString::fromStdString(kLc)), kLc.c_str());
        QVERIFY2(QFile::exists(QString::fromStdString(kTpf)), kTpf.c_str());
    }

    void controlsReadFine()
    {
        QVERIFY(io::readProduct(kLc).ok());
        QVERIFY(io::readProduct(kTpf).ok());
        auto c = io::summarizeCadences(kLc);
        QVERIFY2(c.ok(), c.status.detail.c_str());
        QVERIFY(c.value.goodCadences > 0 && c.value.goodCadences <= 490);
        QVERIFY(c.value.timeStop > c.value.timeStart);
    }

    void oneCard_data()
    {
        QTest::addColumn<QString>("source");  // "lc" or "tpf"
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        const int corrupt = int(ErrorCode::CorruptHeader);
        using hostile::valueCard;
        auto row = [](const char* name, const char* src, const char* key, int nth, const std::string& text, int code) {
            QTest::newRow(name) << src << key << nth << QString::fromStdString(text) << code;
        };
        // The mutations.
        row("TDIM (10000,10000)", "tpf", "TDIM5", 0, "TDIM5   = '(10000,10000)'", corrupt);
        row("TFIELDS 2e7", "lc", "TFIELDS", 0, valueCard("TFIELDS", "20000000"), corrupt);
        row("PCOUNT 2^63-1", "lc", "PCOUNT", 0, valueCard("PCOUNT", "9223372036854775807"), corrupt);
        row("ESC in a card", "lc", "OBJECT", 0, "OBJECT  = 'KIC 8462852\x1b[2J'", corrupt);
        // Overflow and impossible geometry.
        row("APERTURE NAXIS1 1e12", "lc", "NAXIS1", 1, valueCard("NAXIS1", "1000000000000"), int(ErrorCode::Truncated));
        row("PCOUNT beyond int64", "lc", "PCOUNT", 0, valueCard("PCOUNT", "99999999999999999999"), corrupt);
        row("NAXIS2 negative", "lc", "NAXIS2", 0, valueCard("NAXIS2", "-5"), corrupt);
        row("NAXIS2 huge, no sparse tail", "lc", "NAXIS2", 0, valueCard("NAXIS2", "2000000000"),
            int(ErrorCode::Truncated));
        row("BITPIX 7", "lc", "BITPIX", 1, valueCard("BITPIX", "7"), corrupt);
        row("NAXIS -1", "lc", "NAXIS", 1, valueCard("NAXIS", "-1"), corrupt);
        row("NAXIS1 a string", "lc", "NAXIS1", 0, "NAXIS1  = '100'", corrupt);
        row("GCOUNT 2", "lc", "GCOUNT", 0, valueCard("GCOUNT", "2"), corrupt);
        row("TFORM repeat overflow", "tpf", "TFORM5", 0, "TFORM5  = '99999999999999999999E'", corrupt);
        row("TFORM widths != NAXIS1", "tpf", "TFORM5", 0, "TFORM5  = '57E'", corrupt);
        row("TFORM bad letter", "lc", "TFORM5", 0, "TFORM5  = 'Z'", corrupt);
        row("TDIM malformed", "tpf", "TDIM5", 0, "TDIM5   = '(8,7'", corrupt);
        row("TDIM negative axis", "tpf", "TDIM5", 0, "TDIM5   = '(-8,7)'", corrupt);
        row("TDIM zero axis on FLUX", "tpf", "TDIM5", 0, "TDIM5   = '(0,7)'", int(ErrorCode::Unsupported));
        row("TDIM overflow", "tpf", "TDIM5", 0, "TDIM5   = '(4294967296,4294967296,4294967296)'", corrupt);
        // Card syntax.
        row("unclosed quote", "lc", "TTYPE5", 0,
            "TTYPE5  = 'SAP_FLUX_ERRxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", corrupt);
        row("text after string", "lc", "TTYPE5", 0, "TTYPE5  = 'SAP_FLUX_ERR' junk", corrupt);
        row("lower-case keyword", "lc", "TTYPE5", 0, "ttype5  = 'SAP_FLUX_ERR'", corrupt);
        row("blank inside keyword", "lc", "TTYPE5", 0, "TTY PE5 = 'SAP_FLUX_ERR'", corrupt);
        row("'=' in column 8", "lc", "TTYPE5", 0,
            "TTYPE5 ='SAP_FLUX_ERRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR'", corrupt);
        row("no value indicator", "lc", "TFORM5", 0, "TFORM5    'E'", corrupt);
        row("malformed number", "lc", "NAXIS2", 0, "NAXIS2  =               4.9.0", corrupt);
        row("duplicate NAXIS2", "lc", "TTYPE5", 0, valueCard("NAXIS2", "490"), corrupt);
        row("END removed", "lc", "END", 1, "", corrupt);
        row("NUL byte", "lc", "TUNIT5", 0, std::string("TUNIT5  = 'e-/s'\0", 17), corrupt);
        row("unknown XTENSION", "lc", "XTENSION", 0, "XTENSION= 'FOOBAR  '", int(ErrorCode::Unsupported));
        row("tile-compressed table", "lc", "TTYPE5", 0, "ZIMAGE  =                    T", int(ErrorCode::Unsupported));
        row("XTENSION moved", "lc", "XTENSION", 0, "COMMENT", corrupt);
    }

    void oneCard()
    {
        QFETCH(QString, source);
        QFETCH(QString, key);
        QFETCH(int, nth);
        QFETCH(QString, text);
        QFETCH(int, code);
        hostile::Bytes b = hostile::readAll(source == "lc" ? kLc : kTpf);
        QVERIFY(!b.empty());
        QVERIFY2(hostile::setCard(b, key.toStdString(), text.toLatin1().toStdString(), nth), qPrintable(key));
        const std::string file =
            path(QString("card_%1.fits").arg(QTest::currentDataTag()).replace(' ', '_').replace('/', '_'));
        QVERIFY(hostile::writeAll(file, b));
        expectRefused(file, ErrorCode(code));
    }

    /// NAXIS1 x NAXIS2 = 10^12 x 10^12 overflows 64 bits (the scanStructure UB of issue 15).
    void overflowingProduct()
    {
        hostile::Bytes b = hostile::readAll(kLc);
        QVERIFY(hostile::setCard(b, "NAXIS1", hostile::valueCard("NAXIS1", "1000000000000")));
        QVERIFY(hostile::setCard(b, "NAXIS2", hostile::valueCard("NAXIS2", "1000000000000")));
        const std::string file = path("naxis_overflow.fits");
        QVERIFY(hostile::writeAll(file, b));
        expectRefused(file, ErrorCode::CorruptHeader, "overflows");
    }

    /// NAXIS2 = 2e9 rows backed by a sparse file (200 GB apparent, ~100 KB stored):
    /// headers only is instant; any data read is refused before allocating.
    void sparseHugeTable()
    {
        hostile::Bytes b = hostile::readAll(kLc);
        const long long tableHeader = hostile::findCard(b, "XTENSION", 0);
        const long long imageHeader = hostile::findCard(b, "XTENSION", 1);
        QVERIFY(tableHeader > 0 && imageHeader > tableHeader);
        const long long dataStart = (hostile::findCard(b, "END", 1) / 2880 + 1) * 2880;
        QVERIFY(dataStart > tableHeader);
        QVERIFY(hostile::setCard(b, "NAXIS2", hostile::valueCard("NAXIS2", "2000000000")));
        const long long rows = 2000000000LL, rowBytes = 100;
        const long long tableEnd = dataStart + ((rows * rowBytes + 2879) / 2880) * 2880;
        const hostile::Bytes head(b.begin(), b.begin() + imageHeader);
        const hostile::Bytes aperture(b.begin() + imageHeader, b.end());
        const std::string file = path("sparse_2e9_rows.fits");
        {
            QFile f(QString::fromStdString(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(head.data(), qint64(head.size())), qint64(head.size()));
            QVERIFY(f.seek(tableEnd));
            QCOMPARE(f.write(aperture.data(), qint64(aperture.size())), qint64(aperture.size()));
        }
        QElapsedTimer t;
        t.start();
        auto p = io::probe(file);
        QVERIFY2(p.ok(), p.status.detail.c_str());
        QCOMPARE(p.value.rows, rows);
        QVERIFY(t.elapsed() < 1000);
        auto c = io::summarizeCadences(file);
        QCOMPARE(c.status.code, ErrorCode::TooLarge);
        auto r = io::readProduct(file);
        QCOMPARE(r.status.code, ErrorCode::TooLarge);
        // Even with an unlimited budget: the file stores far less than it claims.
        io::setMemoryBudget(1ull << 50);
        auto r2 = io::readProduct(file);
        io::setMemoryBudget(0);
        QCOMPARE(r2.status.code, ErrorCode::TooLarge);
        QVERIFY2(r2.status.detail.find("holds only") != std::string::npos, r2.status.detail.c_str());
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QFile::remove(QString::fromStdString(file));
    }

    /// A small .fits.gz that inflates to 400 MB: refused after at most the
    /// inflate limit (64 MB here), fast.
    void gzipBomb()
    {
        const std::string file = path("bomb.fits.gz");
        QVERIFY(hostile::writeGzipBomb(file, hostile::readAll(kLc), 400));
        QVERIFY(QFileInfo(QString::fromStdString(file)).size() < 2 * 1024 * 1024);
        // Inflating up to the 32 MB bound takes ~0.1 s on an idle core; allow for a loaded machine.
        expectRefused(file, ErrorCode::TooLarge, "gzip bomb", 5000);
    }

    /// The same real file, gzip'ed honestly, still reads (a control for the bound).
    void gzipHonest()
    {
        const std::string file = path("honest.fits.gz");
        QVERIFY(hostile::writeGzip(file, hostile::readAll(kTpf)));
        auto r = io::readProduct(file);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        // Cut the compressed stream: Truncated, not a crash.
        hostile::Bytes gz = hostile::readAll(file);
        gz.resize(gz.size() / 2);
        const std::string cut = path("cut.fits.gz");
        QVERIFY(hostile::writeAll(cut, gz));
        QCOMPARE(io::readProduct(cut).status.code, ErrorCode::Truncated);
    }

    /// The memory budget is a setting: below what the file needs, reading is refused.
    void memoryBudget()
    {
        io::setMemoryBudget(512);  // the APERTURE image (224 bytes) fits, the columns do not
        auto r = io::readProduct(kTpf);
        auto p = io::probe(kTpf);  // headers only: unaffected
        io::setMemoryBudget(0);
        QCOMPARE(r.status.code, ErrorCode::TooLarge);
        QVERIFY2(r.status.detail.find("memory budget") != std::string::npos, r.status.detail.c_str());
        QVERIFY2(p.ok(), p.status.detail.c_str());
        QVERIFY(io::readProduct(kTpf).ok());
        QVERIFY(io::defaultMemoryBudget() >= 256ull * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestFitsHostile)
#include "test_fits_hostile.moc"
