// exoworld-cli candidates sheet / export --format pdf on a real search (WASP-126, TESS S1).
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "../cli/cli_runner.h"
#include "real_data.h"

class TestCliSheet : public QObject {
    Q_OBJECT
private slots:
    void sheetAndReportFromStore();
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

QTEST_MAIN(TestCliSheet)
#include "test_cli_sheet.moc"
