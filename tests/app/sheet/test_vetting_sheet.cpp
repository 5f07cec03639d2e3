// The vetting sheet painted from synthetic curves: PNG size and content, a
// one-page PDF, a multi-page report, and a sheet whose files are gone.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "sheet/sheet_source.h"
#include "sheet/vetting_sheet.h"

using namespace exo;

class TestVettingSheet : public QObject {
    Q_OBJECT
private slots:
    void pngHasEveryPanel();
    void pdfOnePageAndReport();
    void missingFilesStillRender();
    void badSuffixRefused();

private:
    QTemporaryDir m_dir;
};

namespace {
// A 27-day TESS-like sector: 6000 ppm box transits every 3.2888 d (3.3 h), a slow trend, white noise.
sheet::SheetData syntheticSheet()
{
    sheet::SheetData d;
    auto& e = d.entry;
    e.mission = QStringLiteral("TESS");
    e.targetId = 25155310;
    e.objectName = QStringLiteral("WASP-126");
    e.timeSystem = QStringLiteral("BTJD");
    e.periodDays = 3.2888;
    e.periodErrDays = 0.0004;
    e.t0 = 1327.5270;
    e.t0Bjd = 2458327.5270;
    e.durationHours = 3.3;
    e.depthPpm = 6000;
    e.snr = 125;
    e.sde = 14;
    e.nTransits = 8;
    e.oddEvenSigma = 0.6;
    e.secondaryDepthPpm = -20;
    e.files = {{QStringLiteral("/data/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"),
                QStringLiteral("4f1c0d2e9a7b5c3d1e0f4f1c0d2e9a7b5c3d1e0f4f1c0d2e9a7b5c3d1e0f1234")}};
    e.softwareVersion = QStringLiteral("0.1.0");
    e.settings = QJsonObject{{QStringLiteral("detrend"), QStringLiteral("biweight")}};
    e.annotation = {true, store::Disposition::KnownPlanet, {}, QStringLiteral("WASP-126 b, TOI-114.01")};
    e.author = QStringLiteral("ada");
    e.createdUtc = e.updatedUtc = QDateTime::currentDateTimeUtc();
    e.vettingFlags = {};
    QJsonArray img;
    for (int r = 0; r < 11; ++r) {
        QJsonArray row;
        for (int c = 0; c < 11; ++c)
            row.append(std::exp(-((r - 5) * (r - 5) + (c - 5) * (c - 5)) / 3.0));
        img.append(row);
    }
    e.vetting = QJsonObject{
        {QStringLiteral("primary"), QJsonObject{{QStringLiteral("sigma"), 118.0}}},
        {QStringLiteral("odd_even"), QJsonObject{{QStringLiteral("odd_depth_ppm"), 6010.0},
                                                 {QStringLiteral("even_depth_ppm"), 5990.0},
                                                 {QStringLiteral("odd_err_ppm"), 60.0},
                                                 {QStringLiteral("even_err_ppm"), 60.0},
                                                 {QStringLiteral("sigma"), 0.24}}},
        {QStringLiteral("secondary"),
         QJsonObject{{QStringLiteral("depth_ppm"), -20.0}, {QStringLiteral("sigma"), -0.4}}},
        {QStringLiteral("pixels"),
         QJsonArray{QJsonObject{
             {QStringLiteral("valid"), true},
             {QStringLiteral("rows"), 11},
             {QStringLiteral("cols"), 11},
             {QStringLiteral("diff_image"), img},
             {QStringLiteral("out_centroid"), QJsonObject{{QStringLiteral("col"), 5.0}, {QStringLiteral("row"), 5.0}}},
             {QStringLiteral("diff_centroid"), QJsonObject{{QStringLiteral("col"), 5.1}, {QStringLiteral("row"), 4.9}}},
             {QStringLiteral("offset_arcsec"), 2.9},
             {QStringLiteral("offset_sigma"), 0.8}}}}};
    QRandomGenerator rng(7);
    for (double t = 1325.3; t < 1353.2; t += 2.0 / 1440) {
        if (t > 1338.5 && t < 1339.6)
            continue;  // the mid-sector gap
        double ph = std::fmod(t - e.t0, e.periodDays);
        if (ph < -e.periodDays / 2)
            ph += e.periodDays;
        if (ph > e.periodDays / 2)
            ph -= e.periodDays;
        const double transit = std::abs(ph) * 24 < e.durationHours / 2 ? 1 - 0.006 : 1.0;
        const double noise = (rng.generateDouble() - 0.5) * 0.004;
        const double trend = 1 + 0.003 * std::sin((t - 1325) / 4);
        d.curves.time.push_back(t);
        d.curves.flux.push_back((transit + noise) * trend);
        d.curves.trend.push_back(trend);
        d.curves.flatTime.push_back(t);
        d.curves.flatFlux.push_back(transit + noise);
    }
    for (double p = 0.5; p < 14; p *= 1.002) {
        d.curves.period.push_back(p);
        d.curves.power.push_back(2 + 12 * std::exp(-std::pow((p - 3.2888) / 0.01, 2)) + std::sin(p * 7) * 0.3);
    }
    d.curves.powerLabel = QStringLiteral("SDE");
    d.name = QStringLiteral("TIC 25155310.01");
    return d;
}

int distinctColours(const QImage& img, const QRect& r)
{
    QSet<QRgb> seen;
    for (int y = r.top(); y <= r.bottom(); y += 2)
        for (int x = r.left(); x <= r.right(); x += 2)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}
}  // namespace

void TestVettingSheet::pngHasEveryPanel()
{
    const QString path = m_dir.filePath(QStringLiteral("sheet.png"));
    QString why;
    QVERIFY2(sheet::writeSheet(path, syntheticSheet(), &why), qPrintable(why));
    QImage img(path);
    QCOMPARE(img.size(), QSize(sheet::kSheetWidth, sheet::kSheetHeight));
    // Every region of the page carries drawing (axes, points, text), none is blank.
    const int cols = 4, rows = 5;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const QRect cell(c * img.width() / cols, r * img.height() / rows, img.width() / cols - 1,
                             img.height() / rows - 1);
            QVERIFY2(distinctColours(img, cell) >= 2, qPrintable(QStringLiteral("blank cell %1,%2").arg(r).arg(c)));
        }
    // The difference image is painted in viridis: a yellow-ish pixel exists in the right quarter.
    bool yellow = false;
    for (int y = img.height() / 2; y < img.height() * 3 / 4 && !yellow; ++y)
        for (int x = img.width() * 3 / 4; x < img.width() && !yellow; ++x) {
            const QColor c = img.pixelColor(x, y);
            yellow = c.red() > 200 && c.green() > 200 && c.blue() < 80;
        }
    QVERIFY(yellow);
}

void TestVettingSheet::pdfOnePageAndReport()
{
    const QString one = m_dir.filePath(QStringLiteral("sheet.pdf"));
    QString why;
    QVERIFY2(sheet::writeSheet(one, syntheticSheet(), &why), qPrintable(why));
    QFile f(one);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), qsizetype(1));
    const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
    QList<sheet::SheetData> three{syntheticSheet(), syntheticSheet(), syntheticSheet()};
    QVERIFY(sheet::writeReport(report, three, &why));
    QFile g(report);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QByteArray r = g.readAll();
    QCOMPARE(r.count("/Type /Page\n") + r.count("/Type /Page\r") + r.count("/Type /Page "), qsizetype(3));
    QVERIFY(!sheet::writeReport(report, {}, &why));
}

void TestVettingSheet::missingFilesStillRender()
{
    auto entry = syntheticSheet().entry;
    entry.files = {{QStringLiteral("/nonexistent/kplr.fits"), QString()}};
    const auto d = sheet::sheetFromEntry(entry, QStringLiteral("TIC 25155310.01"));
    QVERIFY(d.curvesMissing.contains(QStringLiteral("not found")));
    QVERIFY(d.curves.flatTime.empty());
    QString why;
    QVERIFY(sheet::writeSheet(m_dir.filePath(QStringLiteral("missing.png")), d, &why));
}

void TestVettingSheet::badSuffixRefused()
{
    QString why;
    QVERIFY(!sheet::writeSheet(m_dir.filePath(QStringLiteral("sheet.svg")), syntheticSheet(), &why));
    QVERIFY(why.contains(QStringLiteral(".pdf or .png")));
}

QTEST_MAIN(TestVettingSheet)
#include "test_vetting_sheet.moc"
