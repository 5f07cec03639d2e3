// Unit tests of core/photometry/aperture.h on synthetic pixel files built in code.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "photometry/aperture.h"
#include "synthetic_tpf.h"

using namespace exo;
using namespace exo::phot;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Whitespace-separated numbers, one image row per line ("nan" allowed).
std::vector<double> parseImage(const QString& text, int& rows, int& cols)
{
    std::vector<double> v;
    rows = 0;
    cols = 0;
    for (const QString& line : text.split('\n', Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(' ', Qt::SkipEmptyParts);
        cols = int(cells.size());
        ++rows;
        for (const QString& c : cells)
            v.push_back(c == "nan" ? NaN : c.toDouble());
    }
    return v;
}

QString grid(const ApertureMask& m) { return QString::fromStdString(toGridString(m)); }

}  // namespace

class TestAperture : public QObject {
    Q_OBJECT
private slots:
    void pipelineUsesBit2();
    void allPixelsAndCustom();
    void medianImageNumpySemantics();
    void threshold_data();
    void threshold();
    void thresholdOnCubeUsesQualityMask();
    void skyToPixelTan();
    void gridRoundTrip();
    void gridParseErrors_data();
    void gridParseErrors();
    void compactRoundTrip();
    void compactParseErrors();
    void maskFiles();
};

void TestAperture::pipelineUsesBit2()
{
    auto tpf = test::makeTpf(2, 3, 4, [](std::size_t, int, int) { return 1.0f; });
    // Kepler APERTURE values: 1 = collected, 3 = collected + optimal, 0 = not collected.
    tpf.aperture = {1, 3, 3, 0, 2, 1};
    const ApertureMask m = pipelineAperture(tpf);
    QCOMPARE(m.rows, 2);
    QCOMPARE(m.cols, 3);
    QCOMPARE(grid(m), QString("011\n010\n"));
    QCOMPARE(m.count(), 3);
    QCOMPARE(m.indices(), (std::vector<int>{1, 2, 4}));

    tpf.aperture.clear();  // no APERTURE image: right shape, nothing selected
    const ApertureMask none = pipelineAperture(tpf);
    QCOMPARE(none.size(), std::size_t(6));
    QCOMPARE(none.count(), 0);
}

void TestAperture::allPixelsAndCustom()
{
    auto tpf = test::makeTpf(3, 4, 2, [](std::size_t, int, int) { return 1.0f; });
    QCOMPARE(allPixels(tpf).count(), 12);
    QVERIFY(allPixels(tpf).fits(tpf));

    auto ok = customMask(2, 2, {0, 7, 1, 0});  // any non-zero byte is "in"
    QVERIFY(ok.ok());
    QCOMPARE(ok.value.bits, (std::vector<std::uint8_t>{0, 1, 1, 0}));
    QVERIFY(!ok.value.fits(tpf));

    auto bad = customMask(2, 2, {1, 1, 1});
    QCOMPARE(bad.status.code, ErrorCode::InvalidParameter);
    QVERIFY(QString::fromStdString(bad.status.detail).contains("2x2"));
    QCOMPARE(customMask(0, 3, {}).status.code, ErrorCode::InvalidParameter);
}

void TestAperture::medianImageNumpySemantics()
{
    // 1x3 image over 4 cadences. Pixel 0: 1,2,3,4 -> even count: (2+3)/2 = 2.5.
    // Pixel 1: NaN,5,1,9 -> finite 1,5,9 -> 5. Pixel 2: all NaN -> NaN.
    const float vals[4][3] = {{1, NAN, NAN}, {2, 5, NAN}, {3, 1, NAN}, {4, 9, NAN}};
    auto tpf = test::makeTpf(1, 3, 4, [&](std::size_t c, int, int k) { return vals[c][k]; });
    auto img = medianImage(tpf);
    QCOMPARE(img.size(), std::size_t(3));
    QCOMPARE(img[0], 2.5);
    QCOMPARE(img[1], 5.0);
    QVERIFY(std::isnan(img[2]));

    // Flag cadence 3 and drop it with the bitmask: pixel 0 -> 1,2,3 -> 2; pixel 1 -> 1,5 -> 3.
    tpf.quality[3] = 4;
    img = medianImage(tpf, 4);
    QCOMPARE(img[0], 2.0);
    QCOMPARE(img[1], 3.0);
    img = medianImage(tpf, 8);  // bitmask not matching the flag keeps the cadence
    QCOMPARE(img[0], 2.5);
}

void TestAperture::threshold_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("reference");
    QTest::addColumn<double>("refCol");
    QTest::addColumn<double>("refRow");
    QTest::addColumn<QString>("expected");

    // Background ~10-12 (median 11, MAD 1 -> cut = 11 + 3*1.4826 = 15.45), star A
    // around (row 2, col 3), star B in the top-right corner (row 0-1, cols 5-6).
    const QString twoStars = "10 11 10 12 10 90 95\n"
                             "11 10 12 10 11 10 80\n"
                             "10 12 50 200 60 11 10\n"
                             "12 10 11 70 10 12 11\n"
                             "10 11 10 12 11 10 12\n";
    const int center = int(ReferencePixel::Center), expl = int(ReferencePixel::Explicit),
              all = int(ReferencePixel::AllRegions);
    // lightkurve default reference_pixel='center' = (cols/2, rows/2) = (3.5, 2.5): star A.
    QTest::newRow("centre picks nearer star")
        << twoStars << center << 0.0 << 0.0 << "0000000\n0000000\n0011100\n0001000\n0000000\n";
    QTest::newRow("explicit (6,0) picks corner star")
        << twoStars << expl << 6.0 << 0.0 << "0000011\n0000001\n0000000\n0000000\n0000000\n";
    QTest::newRow("reference None keeps all regions")
        << twoStars << all << 0.0 << 0.0 << "0000011\n0000001\n0011100\n0001000\n0000000\n";
    // (1,1) touches star A only diagonally: scipy.ndimage.label's default 2-D
    // structure is the cross (4-connectivity), so it is a separate region.
    const QString diagonal = "10 11 10 12 10 11 10\n"
                             "11 80 12 10 11 10 11\n"
                             "10 12 50 200 60 11 10\n"
                             "12 10 11 70 10 12 11\n"
                             "10 11 10 12 11 10 12\n";
    QTest::newRow("diagonal neighbour is another region")
        << diagonal << center << 0.0 << 0.0 << "0000000\n0000000\n0011100\n0001000\n0000000\n";
    QTest::newRow("diagonal pixel nearest to (0,0)")
        << diagonal << expl << 0.0 << 0.0 << "0000000\n0100000\n0000000\n0000000\n0000000\n";
    // NaN pixels count as 0 (np.nan_to_num) and are left out of median/MAD.
    const QString withNaN = "nan 11 10 12\n"
                            "11 90 12 nan\n"
                            "10 12 10 11\n";
    QTest::newRow("NaN pixels never selected") << withNaN << center << 0.0 << 0.0 << "0000\n0100\n0000\n";
    // Flat image: MAD = 0, cut = median, every pixel satisfies >= (lightkurve's behaviour).
    QTest::newRow("flat image selects everything") << "5 5 5\n5 5 5\n" << center << 0.0 << 0.0 << "111\n111\n";
}

void TestAperture::threshold()
{
    QFETCH(QString, image);
    QFETCH(int, reference);
    QFETCH(double, refCol);
    QFETCH(double, refRow);
    QFETCH(QString, expected);
    int rows = 0, cols = 0;
    const auto img = parseImage(image, rows, cols);
    const ApertureMask m = thresholdMaskFromImage(img, rows, cols, 3.0, ReferencePixel(reference), refCol, refRow);
    QCOMPARE(grid(m), expected);
}

void TestAperture::thresholdOnCubeUsesQualityMask()
{
    // A star at (1,1) in a 3x3 cube over 2 cadences; the flagged cadence 1 has a
    // transient of 5000 at (0,2), which drags that pixel's 2-cadence median to
    // 2506 unless the flagged cadence is left out by the quality bitmask.
    auto tpf = test::makeTpf(3, 3, 2, [](std::size_t c, int r, int k) {
        float bkg = 10.0f + float((r * 3 + k) % 3);
        if (r == 1 && k == 1)
            return 500.0f;
        if (c == 1 && r == 0 && k == 2)
            return 5000.0f;
        return bkg;
    });
    tpf.quality[1] = 1;
    ThresholdParams p;
    p.reference = ReferencePixel::AllRegions;
    QCOMPARE(grid(thresholdAperture(tpf, p)), QString("001\n010\n000\n"));
    p.qualityBitmask = 1;
    QCOMPARE(grid(thresholdAperture(tpf, p)), QString("000\n010\n000\n"));
    // Target reference without a WCS falls back to the centre.
    p.reference = ReferencePixel::Target;
    p.qualityBitmask = 0;
    QCOMPARE(grid(thresholdAperture(tpf, p)), QString("000\n010\n000\n"));
}

void TestAperture::skyToPixelTan()
{
    PixelWcs w;
    w.valid = true;
    w.crpix1 = 3.0;
    w.crpix2 = 4.0;
    w.crval1 = 290.0;
    w.crval2 = 45.0;
    w.cdelt1 = -3.98 / 3600.0;  // Kepler plate scale, RA increasing to the left
    w.cdelt2 = 3.98 / 3600.0;
    double col = 0, row = 0;
    QVERIFY(skyToPixel(w, 290.0, 45.0, col, row));
    QCOMPARE(col, 2.0);  // 0-based = crpix - 1 (astropy origin=0)
    QCOMPARE(row, 3.0);
    // 7.96" north -> +2 rows (tan(x) ~ x, error < 1e-9 px at this scale)
    QVERIFY(skyToPixel(w, 290.0, 45.0 + 7.96 / 3600.0, col, row));
    QVERIFY(std::abs(row - 5.0) < 1e-6);
    QVERIFY(std::abs(col - 2.0) < 1e-6);
    // 3.98" east on the sky (dRA = 3.98"/cos(dec)) -> one pixel to lower column
    QVERIFY(skyToPixel(w, 290.0 + 3.98 / 3600.0 / std::cos(45.0 * M_PI / 180.0), 45.0, col, row));
    QVERIFY(std::abs(col - 1.0) < 1e-5);
    QVERIFY(std::abs(row - 3.0) < 1e-5);
    // Rotated PC matrix (90 deg): north maps to -column.
    w.pc11 = 0;
    w.pc12 = 1;
    w.pc21 = -1;
    w.pc22 = 0;
    QVERIFY(skyToPixel(w, 290.0, 45.0 + 7.96 / 3600.0, col, row));
    QVERIFY(std::abs(col - 0.0) < 1e-6);
    QVERIFY(std::abs(row - 3.0) < 1e-6);
    // Opposite hemisphere and invalid WCS are refused.
    QVERIFY(!skyToPixel(w, 110.0, -45.0, col, row));
    w.valid = false;
    QVERIFY(!skyToPixel(w, 290.0, 45.0, col, row));
}

void TestAperture::gridRoundTrip()
{
    ApertureMask m(3, 5);
    m.set(0, 0, true);
    m.set(1, 2, true);
    m.set(2, 4, true);
    const std::string text = toGridString(m);
    QCOMPARE(QString::fromStdString(text), QString("10000\n00100\n00001\n"));
    auto back = parseGridString(text);
    QVERIFY(back.ok());
    QVERIFY(back.value == m);
    // Comments, blank lines, spaces, CRLF and the '.'/'x' aliases.
    auto alt = parseGridString("# KIC 42 aperture\r\n\r\n1 . . . .\r\n..x..\r\n....*\r\n");
    QVERIFY(alt.ok());
    QVERIFY(alt.value == m);
}

void TestAperture::gridParseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("ragged") << "0110\n011\n"
                            << "line 2";
    QTest::newRow("bad char") << "0110\n01a0\n"
                              << "'a'";
    QTest::newRow("empty") << "\n# only a comment\n"
                           << "no mask rows";
}

void TestAperture::gridParseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, detailHas);
    auto r = parseGridString(text.toStdString());
    QCOMPARE(r.status.code, ErrorCode::InvalidParameter);
    QVERIFY2(QString::fromStdString(r.status.detail).contains(detailHas), r.status.detail.c_str());
}

void TestAperture::compactRoundTrip()
{
    ApertureMask m(2, 3);  // 010 / 111 -> bits 010111 -> nibbles 0101 1100 -> "5c"
    m.set(0, 1, true);
    m.set(1, 0, true);
    m.set(1, 1, true);
    m.set(1, 2, true);
    QCOMPARE(QString::fromStdString(toCompactString(m)), QString("2x3:5c"));
    auto back = parseCompactString("2x3:5C");
    QVERIFY(back.ok());
    QVERIFY(back.value == m);
    // A larger pseudo-random mask survives the round trip.
    ApertureMask big(11, 13);
    for (std::size_t i = 0; i < big.size(); ++i)
        big.bits[i] = ((i * 7919) % 5) < 2;
    auto big2 = parseCompactString(toCompactString(big));
    QVERIFY(big2.ok());
    QVERIFY(big2.value == big);
}

void TestAperture::compactParseErrors()
{
    for (const char* bad : {"", "2x3", "2x3:5", "2x3:5cd", "2x3:5g", "0x3:", "ax3:5c", "2x3:5d" /* padding bit */})
        QCOMPARE(parseCompactString(bad).status.code, ErrorCode::InvalidParameter);
}

void TestAperture::maskFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("ap.mask").toStdString();
    ApertureMask m(4, 6);
    for (int c = 1; c < 5; ++c)
        m.set(2, c, true);
    m.set(1, 3, true);
    QVERIFY(writeMaskFile(path, m).ok());
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    QCOMPARE(QString::fromStdString(ss.str()), QString("000000\n000100\n011110\n000000\n"));
    auto r = readMaskFile(path);
    QVERIFY(r.ok());
    QVERIFY(r.value == m);

    QCOMPARE(readMaskFile(dir.filePath("missing.mask").toStdString()).status.code, ErrorCode::FileNotFound);
    QCOMPARE(readMaskFile(dir.path().toStdString()).status.code, ErrorCode::NotAFile);
    QCOMPARE(writeMaskFile(dir.filePath("no/such/dir/x.mask").toStdString(), m).code, ErrorCode::WriteFailed);
    std::ofstream(dir.filePath("bad.mask").toStdString()) << "01\n0\n";
    auto bad = readMaskFile(dir.filePath("bad.mask").toStdString());
    QCOMPARE(bad.status.code, ErrorCode::InvalidParameter);
    QVERIFY(QString::fromStdString(bad.status.detail).contains("bad.mask"));
}

QTEST_APPLESS_MAIN(TestAperture)
#include "test_aperture.moc"
