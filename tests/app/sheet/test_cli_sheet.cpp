// exoworld-cli candidates sheet / export --format pdf on a real search (WASP-126, TESS S1).
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "../cli/cli_runner.h"
#include "real_data.h"
#include "store/candidate_store.h"

#include <QJsonArray>
#include <QJsonObject>

class TestCliSheet : public QObject {
    Q_OBJECT
private slots:
    void sheetAndReportFromStore();
    void vetWritesTheSheet();
};

void TestCliSheet::sheetAndReportFromStore()
{
    EXO_REQUIRE_REAL_FILE(QStringLiteral("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"));
    QTemporaryDir dir;
    const std::string store = dir.filePath(QStringLiteral("s.sqlite")).toStdString();
    const std::string wasp126 = realFile("tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
    const auto s = runCli({"search", wasp126, "--max-planets", "1", "--save", "--store", store});
    QVERIFY2(s.code == 0, s.err.c_str());
    const std::string png = dir.filePath(QStringLiteral("sheet.png")).toStdString();
    const auto r = runCli({"candidates", "sheet", "1", "--store", store, "--out", png});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY2(r.err.empty(), r.err.c_str());  // curves recomputed from the recorded file
    QCOMPARE(QImage(QString::fromStdString(png)).width(), 1754);
    const std::string pdf = dir.filePath(QStringLiteral("report.pdf")).toStdString();
    const auto p = runCli({"candidates", "export", "--store", store, "--format", "pdf", "--out", pdf});
    QVERIFY2(p.code == 0, p.err.c_str());
    QFile f(QString::fromStdString(pdf));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    QCOMPARE(runCli({"candidates", "sheet", "99", "--store", store, "--out", png}).code, 3);
    QCOMPARE(runCli({"candidates", "sheet", "1", "--store", store, "--out", "x.svg"}).code, 2);
    QCOMPARE(runCli({"candidates", "export", "--store", store, "--format", "pdf"}).code, 2);
}

// vet --sheet: the sheet of a given ephemeris (Kepler-62 d on its Q5 pixel file), PNG and PDF.
void TestCliSheet::vetWritesTheSheet()
{
    EXO_REQUIRE_REAL_FILE(QStringLiteral("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"));
    QTemporaryDir dir;
    const std::string tpf = realFile("kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz");
    const std::string png = dir.filePath(QStringLiteral("vet.png")).toStdString();
    const auto r =
        runCli({"vet", tpf, "--period", "18.16406", "--t0", "2455286.2841", "--duration", "2.5", "--sheet", png});
    QVERIFY2(r.code == 0, r.err.c_str());
    const QImage img(QString::fromStdString(png));
    QCOMPARE(img.width(), 1754);
    // Not a blank page: the sheet's plots put thousands of distinct pixels down.
    int dark = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            dark += qGray(img.pixel(x, y)) < 128;
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    QVERIFY(r.out.find("odd/even") != std::string::npos);  // the checklist is still printed
    const std::string pdf = dir.filePath(QStringLiteral("vet.pdf")).toStdString();
    QCOMPARE(
        runCli({"vet", tpf, "--period", "18.16406", "--t0", "2455286.2841", "--duration", "2.5", "--sheet", pdf}).code,
        0);
    QFile f(QString::fromStdString(pdf));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    // search --save on the pixel file keeps each candidate's difference image in the store,
    // so a sheet drawn later from the store shows it too.
    const std::string store = dir.filePath(QStringLiteral("k62.sqlite")).toStdString();
    QCOMPARE(runCli({"search", tpf, "--save", "--store", store}).code, 0);
    {
        exo::store::CandidateStore st;
        QVERIFY(st.open(QString::fromStdString(store)).ok());
        const auto all = st.list();
        QVERIFY(!all.isEmpty());
        const auto px = all[0].vetting.value(QStringLiteral("pixels")).toArray();
        QCOMPARE(px.size(), 1);
        QVERIFY(px[0].toObject().value(QStringLiteral("diff_image")).toArray().size() >= 3);  // rows
    }
    // An unwritable path: exit 1 with the reason, never a crash.
    const auto bad = runCli({"vet", tpf, "--period", "18.16406", "--t0", "2455286.2841", "--duration", "2.5", "--sheet",
                             "/nonexistent/dir/vet.png"});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.find("vetting sheet") != std::string::npos, bad.err.c_str());
}

QTEST_MAIN(TestCliSheet)
#include "test_cli_sheet.moc"
