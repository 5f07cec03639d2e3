// Bad input gives a clear ErrorCode and a detail naming the file, never a crash
// or a hang. All fixtures are synthesised here with CFITSIO (fits_fixtures.h)
// into a QTemporaryDir; the real corrupted files are covered by
// test_fits_reader_real.cpp.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "fits_fixtures.h"
#include "io/fits_reader.h"

using namespace exo;

class TestFitsErrors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

    static void expectAll(const std::string& file, ErrorCode code)
    {
        const std::string base = QFileInfo(QString::fromStdString(file)).fileName().toStdString();
        auto p = io::probe(file);
        auto l = io::readLightCurveFile(file);
        auto t = io::readTargetPixelFile(file);
        auto a = io::readProduct(file);
        for (const Status* s : {&p.status, &l.status, &t.status, &a.status}) {
            QVERIFY2(s->code == code, qPrintable(QString("%1: got %2 (%3), expected %4")
                                                     .arg(QString::fromStdString(base), errorCodeName(s->code),
                                                          QString::fromStdString(s->detail), errorCodeName(code))));
            QVERIFY2(s->detail.find(base) != std::string::npos, s->detail.c_str());
        }
    }

    static void truncateCopy(const std::string& from, const std::string& to, qint64 size)
    {
        QFile in(QString::fromStdString(from));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(QString::fromStdString(to));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(in.read(size));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileSystemErrors()
    {
        expectAll(path("does-not-exist.fits"), ErrorCode::FileNotFound);
        QVERIFY(QDir(m_dir.path()).mkdir("dir.fits"));
        expectAll(path("dir.fits"), ErrorCode::NotAFile);
        QFile empty(m_dir.filePath("empty.fits"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        expectAll(path("empty.fits"), ErrorCode::EmptyFile);
        QFile text(m_dir.filePath("notes.fits"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("This is a plain text file that someone renamed to .fits\n");
        text.close();
        expectAll(path("notes.fits"), ErrorCode::NotFits);
    }

    void contentErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("telescope");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<bool>("withFlux");
        QTest::addColumn<bool>("nan");
        QTest::addColumn<bool>("image");
        QTest::addColumn<int>("code");
        QTest::newRow("image only") << "image.fits"
                                    << "Kepler" << 10 << true << true << false << true << int(ErrorCode::NoTable);
        QTest::newRow("no TIME") << "notime.fits"
                                 << "TESS" << 10 << false << true << false << false << int(ErrorCode::MissingColumn);
        QTest::newRow("no FLUX") << "noflux.fits"
                                 << "TESS" << 10 << true << false << false << false << int(ErrorCode::MissingColumn);
        QTest::newRow("flux all NaN") << "nan.fits"
                                      << "TESS" << 10 << true << true << true << false << int(ErrorCode::AllNaN);
        QTest::newRow("zero rows") << "zero.fits"
                                   << "TESS" << 0 << true << true << false << false << int(ErrorCode::NoRows);
        QTest::newRow("HST") << "hst.fits"
                             << "HST" << 10 << true << true << false << false << int(ErrorCode::ForeignTelescope);
        QTest::newRow("no TELESCOP") << "notel.fits"
                                     << "" << 10 << true << true << false << false << int(ErrorCode::Unsupported);
        QTest::newRow("good control") << "good.fits"
                                      << "TESS" << 10 << true << true << false << false << int(ErrorCode::Ok);
    }

    void contentErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, telescope);
        QFETCH(int, rows);
        QFETCH(bool, withTime);
        QFETCH(bool, withFlux);
        QFETCH(bool, nan);
        QFETCH(bool, image);
        QFETCH(int, code);
        fixtures::LcSpec spec;
        spec.telescope = telescope.toStdString();
        spec.rows = rows;
        spec.withTime = withTime;
        spec.withFlux = withFlux;
        spec.fluxAllNaN = nan;
        spec.imageOnly = image;
        std::string why;
        const std::string file = path(qPrintable(name));
        QVERIFY2(fixtures::writeLc(file, spec, why), why.c_str());
        auto r = io::readLightCurveFile(file);
        QVERIFY2(int(r.status.code) == code, r.status.detail.c_str());
        if (code != int(ErrorCode::Ok)) {
            QVERIFY(r.status.detail.find(name.toStdString()) != std::string::npos);
        } else {
            QCOMPARE(r.value.size(), std::size_t(10));
            QCOMPARE(r.value.meta.targetId, 123456789LL);
            QCOMPARE(r.value.meta.sector, 3);
        }
    }

    void tpfAllNaN()
    {
        std::string why;
        QVERIFY2(fixtures::writeTpf(path("tpfnan.fits"), 4, true, why), why.c_str());
        auto r = io::readTargetPixelFile(path("tpfnan.fits"));
        QCOMPARE(int(r.status.code), int(ErrorCode::AllNaN));
    }

    /// Cube layout: FITS TDIM '(3,2)' -> 2 rows x 3 cols; value = 100*(r*3+c) + cadence.
    void tpfLayout()
    {
        std::string why;
        QVERIFY2(fixtures::writeTpf(path("tpf.fits"), 5, false, why), why.c_str());
        auto r = io::readTargetPixelFile(path("tpf.fits"));
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QCOMPARE(r.value.rows(), 2);
        QCOMPARE(r.value.cols(), 3);
        QCOMPARE(r.value.flux.at(4, 1, 2), 100.f * (1 * 3 + 2) + 4.f);
        QCOMPARE(r.value.flux.at(0, 0, 1), 100.f);
        QCOMPARE(r.value.aperture.size(), std::size_t(6));
        QCOMPARE(r.value.aperture[1], 3);
        QCOMPARE(int(r.value.meta.mission), int(Mission::Kepler));
        QCOMPARE(r.value.meta.quarter, 7);
        QCOMPARE(r.value.cadenceNo.back(), 1004);
    }

    /// Cut a valid file at every 2880-byte block boundary and at odd offsets:
    /// each prefix must be refused as Truncated (never read as valid, never crash).
    void truncatedEverywhere()
    {
        std::string why;
        const std::string good = path("full.fits");
        QVERIFY2(fixtures::writeTpf(good, 300, false, why), why.c_str());
        QVERIFY(io::readTargetPixelFile(good).ok());
        const qint64 size = QFileInfo(QString::fromStdString(good)).size();
        int checked = 0;
        for (qint64 cut = 100; cut < size; cut += (cut % 2880 == 0 ? 1337 : 2880 - cut % 2880)) {
            const std::string bad = path("cut.fits");
            truncateCopy(good, bad, cut);
            auto r = io::readTargetPixelFile(bad);
            QVERIFY2(r.status.code == ErrorCode::Truncated,
                     qPrintable(QString("cut at %1 of %2: %3 %4")
                                    .arg(cut)
                                    .arg(size)
                                    .arg(errorCodeName(r.status.code), QString::fromStdString(r.status.detail))));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    /// gzip'ed files are read transparently; a gzip'ed text file is NotFits.
    void gzipped()
    {
        const QString gzip = QStandardPaths::findExecutable("gzip");
        if (gzip.isEmpty())
            QSKIP("gzip not available");
        std::string why;
        QVERIFY2(fixtures::writeTpf(path("z.fits"), 20, false, why), why.c_str());
        QCOMPARE(QProcess::execute(gzip, {"-f", m_dir.filePath("z.fits")}), 0);
        auto r = io::readTargetPixelFile(path("z.fits.gz"));
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QCOMPARE(r.value.cadences(), std::size_t(20));

        QFile text(m_dir.filePath("t.fits"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(5000, 'x'));
        text.close();
        QCOMPARE(QProcess::execute(gzip, {"-f", m_dir.filePath("t.fits")}), 0);
        auto t = io::readLightCurveFile(path("t.fits.gz"));
        QCOMPARE(int(t.status.code), int(ErrorCode::NotFits));
    }
};

QTEST_GUILESS_MAIN(TestFitsErrors)
#include "test_fits_errors.moc"
