// Same input, same answer: the CLI path (exoworld-cli search --json) and the window
// path (MainWindow + AnalysisController) run on the same files and settings and must
// give identical candidates, because both call core's one engine (pipeline::Engine).
// Cases: a Kepler pixel file, a multi-sector TESS star, overlapping K2 products of one
// campaign (one product is searched, and the CLI says which). Files: MANIFEST.md.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>
#include <sstream>

#include "cli/cli.h"
#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "session/session.h"
#include "real_data.h"

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
}  // namespace

class TestOneEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        EXO_REQUIRE_REAL_DATA();
    }

    void cliAndWindowAgree_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("analysed");
        QTest::newRow("Kepler-62 Q5 pixel file")
            << QStringList{real("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz")} << 1;
        QTest::newRow("WASP-126 S1+S6")
            << QStringList{real("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"),
                           real("tess/lc/tic0025155310_s0006_spoc-2min_lc.fits")}
            << 2;
        QTest::newRow("EPIC 211121743 LC+K2SC+K2VARCAT")
            << QStringList{real("k2/lc/ktwo211121743-c04_llc.fits"),
                           real("k2/lc/hlsp_k2sc_k2_llc_211121743-c04_kepler_v2_lc.fits"),
                           real("k2/lc/hlsp_k2varcat_k2_lightcurve_211121743-c04_kepler_v2_llc.fits")}
            << 1;
        QTest::newRow("WASP-47 K2 C3") << QStringList{real("k2/lc/ktwo206103150-c03_llc.fits")} << 1;
    }
    void cliAndWindowAgree()
    {
        QFETCH(QStringList, files);
        QFETCH(int, analysed);
        for (const QString& f : files)
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));

        // CLI path.
        std::vector<std::string> args{"search"};
        for (const QString& f : files)
            args.push_back(f.toStdString());
        args.push_back("--json");
        std::ostringstream out, err;
        QCOMPARE(exo::cli::run(args, out, err), 0);
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()));
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QCOMPARE(o["files"].toArray().size(), analysed);
        QCOMPARE(o["skipped_files"].toArray().size(), files.size() - analysed);
        if (analysed < files.size())  // the CLI says which product it searched and which it left out
            QVERIFY2(QString::fromStdString(err.str()).contains(QStringLiteral("same stretch of time")),
                     err.str().c_str());
        const QJsonArray cli = o["candidates"].toArray();

        // Window path: the first file is the selected product, as the CLI's first file wins.
        exo::app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openPaths(files);
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.session()->files().size() == files.size(), 300000);
        if (w.session()->currentFile() != files.front()) {
            w.session()->setCurrentFile(files.front());
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle(), 300000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && w.controller()->searchOutcome(), 300000);
        QCOMPARE(w.controller()->analysedFiles().size(), analysed);
        const auto win = w.session()->candidates();
        QCOMPARE(win.size(), cli.size());
        for (int i = 0; i < win.size(); ++i) {
            const QJsonObject c = cli[i].toObject();
            // JSON carries 17 significant digits: equal to the last bit but for printing.
            auto same = [](double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a)); };
            QVERIFY2(same(win[i].periodDays, c["period_days"].toDouble()),
                     qPrintable(QString::number(win[i].periodDays, 'g', 17)));
            QVERIFY(same(win[i].t0, c["t0"].toDouble()));
            QVERIFY(same(win[i].t0Bjd, c["t0_bjd"].toDouble()));
            QVERIFY(same(win[i].durationHours, c["duration_hours"].toDouble()));
            QVERIFY(same(win[i].depthPpm, c["depth_ppm"].toDouble()));
            QVERIFY(same(win[i].snr, c["snr"].toDouble()));
            QVERIFY(same(win[i].sde, c["sde"].toDouble()));
            QCOMPARE(win[i].nTransits, c["n_transits"].toInt());
        }
        // A test that cannot fail is a defect: the planet host must give candidates.
        if (files.front().contains(QLatin1String("009002278")) || files.front().contains(QLatin1String("25155310"))
            || files.front().contains(QLatin1String("206103150")))
            QVERIFY(!win.isEmpty());
    }
};

QTEST_MAIN(TestOneEngine)
#include "test_one_engine.moc"
