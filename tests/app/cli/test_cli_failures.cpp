// Each failure kind of exoworld-cli: the exit code (2 = bad command line, 3 = the input
// file or its data), exactly one clean line on stderr naming the file once, and the
// time it took. Runs the real executable (its main() included). Files are real mission
// files (../shared/data/real/MANIFEST.md) or copies edited in a temporary folder.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fitsio.h>

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
QString cli() { return QString::fromUtf8(EXO_BINARY_DIR) + QStringLiteral("/app/exoworld-cli"); }

struct Run {
    int code = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

/// Runs exoworld-cli; with `memoryKb` > 0 under that address-space limit (ulimit -v).
Run runCli(const QStringList& args, long memoryKb = 0)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    if (memoryKb > 0) {
        QStringList sh{QStringLiteral("-c"), QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"").arg(memoryKb), cli()};
        p.start(QStringLiteral("/bin/sh"), sh + args);
    } else {
        p.start(cli(), args);
    }
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = t.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool validUtf8(const QByteArray& b)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(d(b));
    return !d.hasError();
}
bool noControl(const QByteArray& b)
{
    for (char c : b)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
            return false;
    return true;
}
/// Exactly one line, printable, valid UTF-8.
bool oneCleanLine(const QByteArray& err)
{
    return err.count('\n') == 1 && err.endsWith('\n') && noControl(err) && validUtf8(err);
}

/// Copy of a real file with one header card replaced (bytes as given, padded to 80).
bool withCard(const QString& src, const QString& dst, const QByteArray& keyword, QByteArray card)
{
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray b = in.readAll();
    const qsizetype at = b.indexOf(keyword);
    if (at < 0 || at % 80 != 0)
        return false;
    card = card.leftJustified(80, ' ', true);
    b.replace(at, 80, card);
    QFile out(dst);
    return out.open(QIODevice::WriteOnly) && out.write(b) == b.size();
}

/// A genuine Kepler pixel file of `rows` cadences x 100x100 pixels whose table is a sparse
/// region of the file (zeros: valid data): large to hold in memory, instant to write.
bool writeLargeSparseTpf(const QString& path, long rows)
{
    int st = 0;
    fitsfile* f = nullptr;
    fits_create_diskfile(&f, path.toLocal8Bit().constData(), &st);
    fits_create_img(f, 8, 0, nullptr, &st);
    fits_update_key(f, TSTRING, "TELESCOP", const_cast<char*>("Kepler"), "", &st);
    long kic = 1234567;
    fits_update_key(f, TLONG, "KEPLERID", &kic, "", &st);
    int quarter = 7;
    fits_update_key(f, TINT, "QUARTER", &quarter, "", &st);
    char* type[] = {const_cast<char*>("TIME"),     const_cast<char*>("CADENCENO"), const_cast<char*>("FLUX"),
                    const_cast<char*>("FLUX_ERR"), const_cast<char*>("FLUX_BKG"),  const_cast<char*>("QUALITY")};
    char* form[] = {const_cast<char*>("D"),      const_cast<char*>("J"),      const_cast<char*>("10000E"),
                    const_cast<char*>("10000E"), const_cast<char*>("10000E"), const_cast<char*>("J")};
    fits_create_tbl(f, BINARY_TBL, rows, 6, type, form, nullptr, "TARGETTABLES", &st);
    for (const char* k : {"TDIM3", "TDIM4", "TDIM5"})
        fits_update_key(f, TSTRING, k, const_cast<char*>("(100,100)"), "", &st);
    LONGLONG headStart = 0, dataStart = 0, dataEnd = 0;
    fits_get_hduaddrll(f, &headStart, &dataStart, &dataEnd, &st);
    // Close without writing the data: CFITSIO would fill it; the file is sized instead.
    int cst = 0;
    fits_close_file(f, &cst);
    if (st || cst)
        return false;
    QFile file(path);
    const qint64 rowBytes = 8 + 4 + 3 * 40000 + 4;
    const qint64 size = ((dataStart + rowBytes * rows + 2879) / 2880) * 2880;
    return file.resize(size);
}
}  // namespace

class TestCliFailures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString tmp(const char* name) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(name); }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(real("MANIFEST.md")))
            QSKIP("no real data folder");
        QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli()));
        QFile empty(tmp("empty.fits.gz"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        // A header card that would retitle (ESC ] 0 ; ... BEL) and recolour (ESC [ 31 m) a
        // terminal, with binary bytes: the header pre-scan refuses it and names the byte; the
        // card itself never reaches the terminal.
        static const char naxis[] = "NAXIS   = \x1b]0;title\x07\x1b[31m\xff\xfe\x01";
        const QByteArray hostile(naxis, sizeof naxis - 1);
        // (The lengths come from the literals: ASan caught a hand-counted one reading past its end.)
        static const char telescop[] = "TELESCOP= 'Kepler\x1b[31m\x07\xff'";
        QVERIFY(withCard(real("kepler/tpf/kplr007024511_q11_1cad_lpd-targ_subset.fits"), tmp("esc_naxis.fits"),
                         "NAXIS   =", hostile));
        QVERIFY(withCard(real("kepler/tpf/kplr007024511_q11_1cad_lpd-targ_subset.fits"), tmp("esc_telescop.fits"),
                         "TELESCOP=", QByteArray(telescop, sizeof telescop - 1)));
        QVERIFY(writeLargeSparseTpf(tmp("large_tpf.fits"), 20000));
    }

    void failureKinds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");  // the one line names this, once
        QTest::addColumn<QString>("says");   // ... and says this
        QTest::addColumn<long>("memoryKb");
        const QString k10 = real("kepler/tpf/kplr011904151_q4_10cad_lpd-targ_subset.fits");
        QTest::newRow("missing file") << QStringList{"search", "/nonexistent/kplr1_llc.fits"} << 3
                                      << "/nonexistent/kplr1_llc.fits"
                                      << "file not found" << 0L;
        QTest::newRow("folder given") << QStringList{"search", "@TMP@/folder"} << 3 << "@TMP@/folder"
                                      << "directory" << 0L;
        QTest::newRow("empty file, said once")
            << QStringList{"info", "@TMP@/empty.fits.gz"} << 3 << "@TMP@/empty.fits.gz"
            << ": file is empty (0 bytes)" << 0L;
        QTest::newRow("truncated file") << QStringList{"search",
                                                       real("corrupted/kepler_tpf_kic7024511_truncated-data.fits")}
                                        << 3 << "kepler_tpf_kic7024511_truncated-data.fits"
                                        << "truncated" << 0L;
        // Default options on an unmodified short real file: the data's problem, not usage.
        QTest::newRow("short file") << QStringList{"search", k10} << 3 << k10 << "kplr011904151" << 0L;
        QTest::newRow("escape sequences in a header card")
            << QStringList{"search", "@TMP@/esc_naxis.fits"} << 3 << "@TMP@/esc_naxis.fits"
            << "byte 0x1B" << 0L;
        QTest::newRow("escape sequences, info")
            << QStringList{"info", "@TMP@/esc_telescop.fits"} << 3 << "@TMP@/esc_telescop.fits"
            << "byte 0x1B" << 0L;
        // 20000 cadences x 100x100 pixels: ~2.8 GB in memory, refused under a 1.5 GB limit.
        QTest::newRow("not enough memory")
            << QStringList{"search", "@TMP@/large_tpf.fits"} << 3 << "@TMP@/large_tpf.fits"
            << "memory" << 1500000L;
        // Bad usage: refused before any file is read, the option named as typed.
        QTest::newRow("bad usage: --oversample 1000")
            << QStringList{"search", real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"), "--oversample",
                           "1000"}
            << 2 << "--oversample"
            << "between 1 and 20" << 0L;
    }
    void failureKinds()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, named);
        QFETCH(QString, says);
        QFETCH(long, memoryKb);
#ifdef __SANITIZE_ADDRESS__
        // ASan reserves terabytes of shadow address space at start-up, which no
        // `ulimit -v` leaves room for; the Release run of this test covers the limit.
        if (memoryKb > 0)
            QSKIP("an address-space limit (ulimit -v) cannot be combined with AddressSanitizer");
#endif
        args.replaceInStrings(QStringLiteral("@TMP@"), m_dir.path());
        named.replace(QStringLiteral("@TMP@"), m_dir.path());
        const Run r = runCli(args, memoryKb);
        qInfo("exit %d after %lld ms: %s", r.code, r.ms, r.err.trimmed().constData());
        QCOMPARE(r.code, code);
        QVERIFY2(oneCleanLine(r.err), r.err.toPercentEncoding(" /:()'.,-_").constData());
        const QString line = QString::fromUtf8(r.err);
        QCOMPARE(line.count(named), 1);
        QVERIFY2(line.contains(says), qPrintable(line));
        QVERIFY2(r.ms < 20000, qPrintable(QStringLiteral("%1 ms").arg(r.ms)));
    }

    void infoJsonIsValidUtf8WithHostileHeaders()
    {
        const Run r = runCli({"info", "--json", tmp("esc_naxis.fits"), tmp("esc_telescop.fits")});
        QCOMPARE(r.code, 3);
        QVERIFY(validUtf8(r.out));
        QVERIFY(noControl(r.out));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(doc.array().size(), 2);
        for (const auto& v : doc.array()) {
            QCOMPARE(v.toObject().value("ok").toBool(true), false);
            QVERIFY(!v.toObject().value("detail").toString().contains(QChar(0x1b)));
        }
        QCOMPARE(r.err.count('\n'), 2);  // one line per file
        QVERIFY(noControl(r.err) && validUtf8(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFailures)
#include "test_cli_failures.moc"
