// Writers: CSV layout, and a lightkurve-style FITS file that our reader and
// astropy.io.fits (/usr/bin/python3, QSKIP if absent) both read back.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "io/fits_reader.h"
#include "io/lightcurve_writer.h"

using namespace exo;

namespace {
Series makeSeries(std::size_t n, double t0)
{
    Series s;
    for (std::size_t i = 0; i < n; ++i) {
        s.time.push_back(t0 + 0.0204336 * double(i));
        s.flux.push_back(i == 3 ? NAN : 1.0 + 1e-4 * std::sin(double(i)));
        s.fluxErr.push_back(2e-4);
        s.quality.push_back(i % 7 == 0 ? 128u : 0u);
        s.cadenceNo.push_back(int(5000 + i));
    }
    s.time[5] = NAN;  // NaN time stays a row
    return s;
}

Metadata makeMeta(Mission m)
{
    Metadata meta;
    meta.mission = m;
    meta.telescope = m == Mission::TESS ? "TESS" : "Kepler";
    meta.timeSystem = m == Mission::TESS ? TimeSystem::BTJD : TimeSystem::BKJD;
    meta.bjdRefI = m == Mission::TESS ? 2457000 : 2454833;
    meta.idPrefix = m == Mission::TESS ? "TIC" : (m == Mission::K2 ? "EPIC" : "KIC");
    meta.targetId = m == Mission::TESS ? 25155310 : (m == Mission::K2 ? 206103150 : 9002278);
    meta.objectName = meta.targetLabel();
    if (m == Mission::Kepler)
        meta.quarter = 5;
    if (m == Mission::K2)
        meta.campaign = 3;
    if (m == Mission::TESS)
        meta.sector = 1;
    meta.cadenceDays = 0.0204336;
    meta.ra = 283.21275;
    meta.dec = 45.34986;
    meta.tstart = NAN;
    meta.tstop = NAN;
    return meta;
}
}  // namespace

class TestLightCurveWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void fitsRoundTrip_data()
    {
        QTest::addColumn<int>("mission");
        QTest::addColumn<double>("t0");
        QTest::addColumn<QString>("tunit");
        QTest::newRow("Kepler") << int(Mission::Kepler) << 443.49 << "BJD - 2454833";
        QTest::newRow("K2") << int(Mission::K2) << 2144.10 << "BJD - 2454833";
        QTest::newRow("TESS") << int(Mission::TESS) << 1325.29 << "BJD - 2457000, days";
    }
    void fitsRoundTrip()
    {
        QFETCH(int, mission);
        QFETCH(double, t0);
        QFETCH(QString, tunit);
        const Series s = makeSeries(40, t0);
        const Metadata meta = makeMeta(Mission(mission));
        const std::string file = m_dir.filePath(QString("lc_%1.fits").arg(mission)).toStdString();
        Status w = io::writeLightCurveFits(file, s, meta);
        QVERIFY2(w.ok(), w.detail.c_str());
        QVERIFY(io::writeLightCurveFits(file, s, meta).ok());  // overwrite works

        auto r = io::readLightCurveFile(file);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        const LightCurveFile& lc = r.value;
        QCOMPARE(int(lc.meta.mission), mission);
        QCOMPARE(lc.meta.targetId, meta.targetId);
        QCOMPARE(lc.meta.season(), meta.season());
        QCOMPARE(lc.meta.bjdRefI, meta.bjdRefI);
        QCOMPARE(int(lc.meta.timeSystem), int(meta.timeSystem));
        QCOMPARE(lc.size(), s.size());
        const FluxColumn* f = lc.defaultColumn();
        QVERIFY(f);
        QCOMPARE(f->name, std::string("FLUX"));
        for (std::size_t i = 0; i < s.size(); ++i) {
            QVERIFY((std::isnan(s.time[i]) && std::isnan(lc.time[i])) || s.time[i] == lc.time[i]);
            QVERIFY((std::isnan(s.flux[i]) && std::isnan(f->flux[i])) || s.flux[i] == f->flux[i]);
            QCOMPARE(f->error[i], s.fluxErr[i]);
            QCOMPARE(lc.quality[i], s.quality[i]);
            QCOMPARE(lc.cadenceNo[i], s.cadenceNo[i]);
        }

        if (!QFile::exists("/usr/bin/python3"))
            QSKIP("/usr/bin/python3 not available for the astropy cross-check");
        const char* script =
            "import sys, numpy as np\n"
            "from astropy.io import fits\n"
            "h = fits.open(sys.argv[1])\n"
            "d = h['LIGHTCURVE'].data\n"
            "print(h[0].header['TELESCOP'], h[1].header['BJDREFI'], h[1].header['TIMESYS'], len(d), sep='|')\n"
            "print(h[1].header['TUNIT1'])\n"
            "print(repr(float(np.nansum(d['FLUX']))), int(np.sum(d['QUALITY'] != 0)), int(d['CADENCENO'][-1]))\n";
        QProcess py;
        py.start("/usr/bin/python3", {"-c", script, QString::fromStdString(file)});
        QVERIFY(py.waitForFinished(60000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QStringList lines = QString(py.readAllStandardOutput()).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
                 QString("%1|%2|TDB|40").arg(mission == int(Mission::TESS) ? "TESS" : "Kepler").arg(meta.bjdRefI));
        QCOMPARE(lines[1], tunit);
        double sum = 0;
        int flagged = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            sum += std::isnan(s.flux[i]) ? 0 : s.flux[i];
            flagged += s.quality[i] != 0;
        }
        const QStringList v = lines[2].split(' ');
        QVERIFY(std::abs(v[0].toDouble() - sum) < 1e-12);
        QCOMPARE(v[1].toInt(), flagged);
        QCOMPARE(v[2].toInt(), s.cadenceNo.back());
    }

    void csv()
    {
        const Series s = makeSeries(10, 443.49);
        const Metadata meta = makeMeta(Mission::Kepler);
        const QString file = m_dir.filePath("lc.csv");
        QVERIFY(io::writeLightCurveCsv(file.toStdString(), s, meta).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QStringList comments, data;
        for (const auto& l : lines)
            (l.startsWith('#') ? comments : data).push_back(l);
        QVERIFY(comments.join('\n').contains("target: KIC 9002278"));
        QVERIFY(comments.join('\n').contains("BKJD = BJD_TDB - 2454833.000000"));
        QCOMPARE(data.front(), QString("time,flux,flux_err,quality,cadenceno"));
        QCOMPARE(data.size(), 11);
        const QStringList row0 = data[1].split(',');
        QCOMPARE(row0.size(), 5);
        QVERIFY(std::abs(row0[0].toDouble() - 443.49) < 1e-9);
        QCOMPARE(row0[3], QString("128"));
        QCOMPARE(row0[4], QString("5000"));
        QCOMPARE(data[4].split(',')[1], QString("nan"));  // row 3 flux NaN

        Series bare;  // optional columns absent -> empty fields
        bare.time = {1.0, 2.0};
        bare.flux = {1.0, 1.1};
        QVERIFY(io::writeLightCurveCsv(m_dir.filePath("bare.csv").toStdString(), bare, meta).ok());
    }

    void invalidInput()
    {
        Series bad = makeSeries(5, 100);
        bad.flux.pop_back();
        const Metadata meta = makeMeta(Mission::TESS);
        QCOMPARE(int(io::writeLightCurveFits(m_dir.filePath("x.fits").toStdString(), bad, meta).code),
                 int(ErrorCode::InvalidParameter));
        QCOMPARE(int(io::writeLightCurveCsv(m_dir.filePath("x.csv").toStdString(), Series{}, meta).code),
                 int(ErrorCode::InvalidParameter));
        const Series ok = makeSeries(5, 100);
        QCOMPARE(int(io::writeLightCurveFits(m_dir.filePath("no/such/dir/x.fits").toStdString(), ok, meta).code),
                 int(ErrorCode::WriteFailed));
        QCOMPARE(int(io::writeLightCurveCsv(m_dir.filePath("no/such/dir/x.csv").toStdString(), ok, meta).code),
                 int(ErrorCode::WriteFailed));
        QCOMPARE(int(io::writeLightCurveFits(m_dir.path().toStdString(), ok, meta).code), int(ErrorCode::WriteFailed));
    }
};

QTEST_GUILESS_MAIN(TestLightCurveWriter)
#include "test_lightcurve_writer.moc"
