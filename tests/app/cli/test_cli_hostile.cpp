// Every rejected input makes exoworld-cli exit 3 with exactly one line on
// stderr that names the file and the cause, in under a second for `info`:
// the issue-15 mutations (made here from small real files) and every input in
// tests/core/io/fuzz_regressions/.
#include <QDir>

#include <algorithm>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"
#include "hostile_inputs.h"

class TestCliHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static int lines(const std::string& s) { return int(std::count(s.begin(), s.end(), '\n')); }

    /// `info`, `lightcurve` and `search` all refuse `file` with exit 3 and one line.
    static void expectOneLineRefusal(const std::string& file, const char* cause, qint64 infoLimitMs = 1000)
    {
        const std::string out = QDir::temp().filePath("exo_cli_hostile.csv").toStdString();
        for (const std::vector<std::string>& args : {std::vector<std::string>{"info", file},
                                                     {"info", file, "--json"},
                                                     {"lightcurve", file, "--out", out},
                                                     {"search", file}}) {
            QElapsedTimer t;
            t.start();
            const CliRun r = runCli(args);
            const qint64 ms = t.elapsed();
            const QString what = QString::fromStdString(args[0] + " " + file + ": " + r.err);
            QVERIFY2(r.code == 3, qPrintable(QString("exit %1 for ").arg(r.code) + what));
            QVERIFY2(lines(r.err) == 1, qPrintable(what));
            QVERIFY2(r.err.rfind(file, 0) == 0, qPrintable(what));  // the line starts with the path
            if (cause)
                QVERIFY2(r.err.find(cause) != std::string::npos, qPrintable(what));
            if (args[0] == "info")
                QVERIFY2(ms < infoLimitMs, qPrintable(QString("%1 ms: ").arg(ms) + what));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void issueMutations_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cause");
        QTest::newRow("TDIM (10000,10000)") << "kepler/tpf/kplr007024511_q11_1cad_lpd-targ_subset.fits"
                                            << "TDIM5"
                                            << "TDIM5   = '(10000,10000)'"
                                            << "TDIM5";
        QTest::newRow("TFIELDS 2e7") << "kepler/lc/kplr008462852_q8_490cad_llc_subset.fits"
                                     << "TFIELDS" << QString::fromStdString(hostile::valueCard("TFIELDS", "20000000"))
                                     << "TFIELDS";
        QTest::newRow("PCOUNT 2^63-1") << "kepler/lc/kplr008462852_q8_490cad_llc_subset.fits"
                                       << "PCOUNT"
                                       << QString::fromStdString(hostile::valueCard("PCOUNT", "9223372036854775807"))
                                       << "overflows";
        QTest::newRow("ESC in a card") << "tess/lc/tic0261136679_s0001_first100cad_lc_subset.fits"
                                       << "OBJECT"
                                       << "OBJECT  = 'TIC \x1b[2J'"
                                       << "0x1B";
    }

    void issueMutations()
    {
        QFETCH(QString, source);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, cause);
        hostile::Bytes b = hostile::readAll(realFile(qPrintable(source)));
        QVERIFY(!b.empty());
        QVERIFY(hostile::setCard(b, key.toStdString(), text.toLatin1().toStdString()));
        const std::string file =
            m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '_') + ".fits").toStdString();
        QVERIFY(hostile::writeAll(file, b));
        expectOneLineRefusal(file, qPrintable(cause));
    }

    void gzipBomb()
    {
        const std::string file = m_dir.filePath("bomb.fits.gz").toStdString();
        QVERIFY(hostile::writeGzipBomb(
            file, hostile::readAll(realFile("kepler/lc/kplr008462852_q8_490cad_llc_subset.fits")), 300));
        expectOneLineRefusal(file, "gzip bomb", 5000);  // inflating to the bound: allow for a loaded machine
    }

    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(EXO_SOURCE_DIR "/tests/core/io/fuzz_regressions"));
        for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (f.fileName() == QLatin1String("README.md"))
                continue;
            const std::string file = f.absoluteFilePath().toStdString();
            QElapsedTimer t;
            t.start();
            const CliRun r = runCli({"info", file});
            QVERIFY2(t.elapsed() < 1000, qPrintable(f.fileName()));
            QVERIFY2(r.code == 0 || r.code == 3, qPrintable(f.fileName()));
            if (r.code == 3) {
                QVERIFY2(lines(r.err) == 1 && r.err.rfind(file, 0) == 0, qPrintable(QString::fromStdString(r.err)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
