// `exoworld --screenshot` ends on the first definite outcome: each failure kind gives
// its own exit code and one clean line naming the file, quickly (not after --timeout).
// Runs the real executable. Files: ../shared/data/real/MANIFEST.md.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
QString exe() { return QString::fromUtf8(EXO_BINARY_DIR) + QStringLiteral("/app/exoworld"); }

struct Run {
    int code = -1;
    QString err;
    qint64 ms = 0;
};

Run screenshot(const QStringList& args, const QString& out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(exe(), QStringList{QStringLiteral("--screenshot"), out} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = t.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// One line, "exoworld: " + text, printable (no control character, no stray output).
bool oneCleanLine(const QString& s)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b-\\x1f\\x7f]"));
    return s.count(QLatin1Char('\n')) == 1 && s.endsWith(QLatin1Char('\n')) && s.startsWith(QLatin1String("exoworld: "))
           && !control.match(s).hasMatch();
}
}  // namespace

class TestScreenshotExit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(real("MANIFEST.md")))
            QSKIP("no real data folder");
        QVERIFY2(QFileInfo::exists(exe()), qPrintable(exe()));
    }

    void failureKinds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");   // the line names this
        QTest::addColumn<int>("maxSeconds");  // ends on the outcome, not on --timeout 60
        QTest::addColumn<bool>("pngWritten");
        const QString t60 = QStringLiteral("60");
        // 10 cadences (0.18 d): shorter than the 0.75-day detrending window.
        QTest::newRow("preparation failed")
            << QStringList{"--timeout", t60, real("kepler/tpf/kplr011904151_q4_10cad_lpd-targ_subset.fits")} << 3
            << "kplr011904151_q4_10cad_lpd-targ_subset.fits" << 30 << false;
        QTest::newRow("missing file") << QStringList{"--timeout", t60, "/nonexistent/dir/kplr000000001_llc.fits"} << 3
                                      << "kplr000000001_llc.fits" << 30 << false;
        QTest::newRow("folder without FITS files")
            << QStringList{"--timeout", t60, "@EMPTYDIR@"} << 3 << "@EMPTYDIR@" << 30 << false;
        // One cadence: a real but too short file.
        QTest::newRow("short file") << QStringList{"--timeout", t60,
                                                   real("kepler/tpf/kplr007024511_q11_1cad_lpd-targ_subset.fits")}
                                    << 3 << "kplr007024511_q11_1cad_lpd-targ_subset.fits" << 30 << false;
        QTest::newRow("truncated file") << QStringList{"--timeout", t60,
                                                       real("corrupted/tess_lc_pimen_s1_truncated-data.fits")}
                                        << 3 << "tess_lc_pimen_s1_truncated-data.fits" << 30 << false;
        // 17 Kepler quarters of KOI-3278 cannot be loaded, prepared and searched in 1 s.
        QTest::newRow("busy pipeline, --timeout 1")
            << QStringList{"--timeout", "1", real("kepler/lc/koi3278")} << 4 << "timed out" << 20 << false;
        QTest::newRow("bad --timeout") << QStringList{"--timeout", "soon"} << 2 << "--timeout" << 20 << false;
    }
    void failureKinds()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, named);
        QFETCH(int, maxSeconds);
        QFETCH(bool, pngWritten);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        const QString emptyDir = dir.path() + QStringLiteral("/empty");
        args.replaceInStrings(QStringLiteral("@EMPTYDIR@"), emptyDir);
        named.replace(QStringLiteral("@EMPTYDIR@"), emptyDir);
        const QString png = dir.path() + QStringLiteral("/shot.png");
        const Run r = screenshot(args, png);
        qInfo("exit %d after %lld ms: %s", r.code, r.ms, qPrintable(r.err.trimmed()));
        QCOMPARE(r.code, code);
        if (code == 2) {  // bad usage: the message, then the usage text
            QVERIFY(r.err.startsWith(QLatin1String("exoworld: ")));
            QVERIFY(r.err.section(QLatin1Char('\n'), 0, 0).contains(named));
        } else {
            QVERIFY2(oneCleanLine(r.err), qPrintable(r.err));
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
            QCOMPARE(r.err.count(named), 1);  // named once
        }
        QVERIFY2(r.ms < maxSeconds * 1000, qPrintable(QStringLiteral("%1 ms").arg(r.ms)));
        QCOMPARE(QFileInfo::exists(png), pngWritten);
    }

    void successWritesThePng()
    {
        QTemporaryDir dir;
        const QString png = dir.path() + QStringLiteral("/k62.png");
        const Run r = screenshot({QStringLiteral("--size"), QStringLiteral("1366x768"),
                                  real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")},
                                 png);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(1366, 768));
    }
};

QTEST_GUILESS_MAIN(TestScreenshotExit)
#include "test_screenshot_exit.moc"
