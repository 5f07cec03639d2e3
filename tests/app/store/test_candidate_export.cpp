// Exports: KOI-like CSV (read back with astropy when present), JSON with
// provenance, and the ExoFOP-TESS CTOI bulk-upload file.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "store/candidate_export.h"

using namespace exo::store;

class TestCandidateExport : public QObject {
    Q_OBJECT
private slots:
    void csvColumnsAndQuoting();
    void csvReadsInAstropy();
    void jsonRoundTrip();
    void jsonRefusesForeignAndNewer();
    void ctoiFollowsTemplate();
    void ctoiRecentTemplateHasHeader();

private:
    QList<CandidateEntry> sampleList() const;
};

QList<CandidateEntry> TestCandidateExport::sampleList() const
{
    CandidateEntry tess;
    tess.mission = QStringLiteral("TESS");
    tess.targetId = 261136679;
    tess.targetLabel = QStringLiteral("TIC 261136679");
    tess.objectName = QStringLiteral("pi Men");
    tess.files = {{QStringLiteral("/data/tess2018206045859-s0001-0000000261136679-0120-s_lc.fits"),
                   QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")}};
    tess.softwareVersion = QStringLiteral("0.1.0");
    tess.settings = QJsonObject{{QStringLiteral("detrend"), QStringLiteral("biweight")}};
    tess.timeSystem = QStringLiteral("BTJD");
    tess.periodDays = 6.26834;
    tess.periodErrDays = 0.00024;
    tess.t0 = 1325.5035;
    tess.t0Bjd = 2458325.5035;
    tess.t0ErrDays = 0.0011;
    tess.durationHours = 2.95;
    tess.depthPpm = 287.4;
    tess.depthErrPpm = 14.2;
    tess.snr = 19.3;
    tess.sde = 12.8;
    tess.nTransits = 4;
    tess.vetting = QJsonObject{{QStringLiteral("odd_even_sigma"), 0.4}};
    tess.vettingFlags = {QStringLiteral("centroid_offset")};
    tess.annotation = {true, Disposition::PlanetCandidate, {}, QStringLiteral("pi Men c, \"known\"\nsee TOI-144")};
    tess.author = QStringLiteral("Ada L.");
    tess.createdUtc = tess.updatedUtc = QDateTime(QDate(2026, 11, 29), QTime(18, 0), Qt::UTC);

    CandidateEntry kepler = tess;
    kepler.mission = QStringLiteral("Kepler");
    kepler.targetId = 9002278;
    kepler.targetLabel = QStringLiteral("KIC 9002278");
    kepler.objectName = QStringLiteral("Kepler-62");
    kepler.timeSystem = QStringLiteral("BKJD");
    kepler.periodDays = 122.3874;
    kepler.t0Bjd = 2454833 + 189.0;
    kepler.durationErrHours = kUnknown;
    kepler.vetting = {};
    kepler.vettingFlags = {};
    kepler.annotation = {false, Disposition::FalsePositive, QStringLiteral("secondary"), QString()};

    CandidateEntry tess2 = tess;
    tess2.periodDays = 2.1;
    tess2.annotation = {false, Disposition::EclipsingBinary, {}, QString(200, QLatin1Char('x'))};
    return {tess, kepler, tess2};
}

void TestCandidateExport::csvColumnsAndQuoting()
{
    const QByteArray csv = toCsv(sampleList());
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(QString::fromUtf8(lines[0]).split(QLatin1Char(',')), csvColumns());
    QVERIFY(csv.contains("\"pi Men c, \"\"known\"\"\nsee TOI-144\""));       // RFC 4180 quoting
    QVERIFY(csv.contains("TIC 261136679.02,TIC 261136679,TESS,261136679"));  // 6.27 d is .02 after 2.1 d
    QVERIFY(csv.contains(",6.26834000,0.00024000,-0.00024000,2458325.503500,"));
    QVERIFY(csv.contains("KIC 9002278.01,KIC 9002278,Kepler"));
}

void TestCandidateExport::csvReadsInAstropy()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python))
        QSKIP("no /usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import astropy.io.ascii")});
    probe.waitForFinished(60000);
    if (probe.exitCode() != 0)
        QSKIP("python3-astropy is not installed");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("candidates.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(toCsv(sampleList()));
    f.close();
    const QString script =
        QStringLiteral("import sys\n"
                       "from astropy.io import ascii\n"
                       "t = ascii.read(sys.argv[1], format='csv')\n"
                       "print(len(t), len(t.colnames))\n"
                       "r = t[t['target_id'] == 261136679][0]\n"
                       "print('%.5f %.4f %s %s' % (r['period'], r['time0'], r['disposition'], r['flagged']))\n"
                       "print(repr(str(t['note'][0])))\n"
                       "print(bool(t['duration_err1'].mask[1]))\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QStringList l = out.split(QLatin1Char('\n'));
    QCOMPARE(l[0], QStringLiteral("3 %1").arg(csvColumns().size()));
    QCOMPARE(l[1], QStringLiteral("6.26834 2458325.5035 planet_candidate 1"));
    QCOMPARE(l[2], QStringLiteral("'pi Men c, \"known\"\\nsee TOI-144'"));
    QCOMPARE(l[3], QStringLiteral("True"));  // an unknown value is an empty (masked) cell
}

void TestCandidateExport::jsonRoundTrip()
{
    const auto list = sampleList();
    const QByteArray json = toJsonExport(list, {QStringLiteral("Ada L."), QStringLiteral("0.1.0"), {}});
    QList<CandidateEntry> back;
    ExportInfo info;
    QString why;
    QVERIFY2(fromJsonExport(json, back, info, &why), qPrintable(why));
    QCOMPARE(info.author, QStringLiteral("Ada L."));
    QCOMPARE(back.size(), list.size());
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(back[i].starKey(), list[i].starKey());
        QCOMPARE(back[i].periodDays, list[i].periodDays);
        QCOMPARE(back[i].t0Bjd, list[i].t0Bjd);
        QCOMPARE(back[i].files, list[i].files);
        QCOMPARE(back[i].settings, list[i].settings);
        QCOMPARE(back[i].vetting, list[i].vetting);
        QCOMPARE(back[i].vettingFlags, list[i].vettingFlags);
        QCOMPARE(back[i].annotation, list[i].annotation);
        QCOMPARE(back[i].createdUtc, list[i].createdUtc);
    }
    QVERIFY(json.contains("\"sha256\": \"9f86d081"));
    QVERIFY(json.contains("\"provenance\""));
}

void TestCandidateExport::jsonRefusesForeignAndNewer()
{
    QList<CandidateEntry> out;
    ExportInfo info;
    QString why;
    QVERIFY(!fromJsonExport("not json", out, info, &why));
    QVERIFY(why.contains(QStringLiteral("not a JSON")));
    QVERIFY(!fromJsonExport("{\"format\": \"something\"}", out, info, &why));
    QVERIFY(why.contains(QStringLiteral("not an ExoWorld")));
    QVERIFY(!fromJsonExport("{\"format\": \"exoworld-candidates\", \"format_version\": 9}", out, info, &why));
    QVERIFY(why.contains(QStringLiteral("newer version")));
    int skipped = 0;
    QVERIFY(fromJsonExport("{\"format\": \"exoworld-candidates\", \"format_version\": 1, \"candidates\": "
                           "[{\"mission\": \"TESS\"}]}",
                           out, info, &why, &skipped));
    QCOMPARE(skipped, 1);
    QVERIFY(out.isEmpty());
}

void TestCandidateExport::ctoiFollowsTemplate()
{
    CtoiOptions o;
    o.username = QStringLiteral("Ada L.");
    o.date = QDate(2026, 11, 29);
    const auto r = toCtoi(sampleList(), o);
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY(r.skipped[0].contains(QStringLiteral("not a TESS target")));
    const auto cols = ctoiColumns(CtoiTemplate::Classic43);
    QCOMPARE(cols.size(), 43);
    QCOMPARE(cols.first(), QStringLiteral("target"));
    QCOMPARE(cols.last(), QStringLiteral("notes"));
    const QStringList lines = QString::fromUtf8(r.text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);  // no header row in the 43-column template
    for (const auto& line : lines) {
        const QStringList f = line.split(QLatin1Char('|'));
        QCOMPARE(f.size(), 43);
        QVERIFY(f[cols.indexOf(QStringLiteral("target"))].startsWith(QStringLiteral("TIC261136679.")));
        QCOMPARE(f[cols.indexOf(QStringLiteral("flag"))], QStringLiteral("newctoi"));
        QVERIFY(f[cols.indexOf(QStringLiteral("epoch"))].toDouble() > 2000000.0);  // full BJD
        QCOMPARE(f[cols.indexOf(QStringLiteral("prop_period"))], QStringLiteral("0"));
        QVERIFY(f[cols.indexOf(QStringLiteral("tag"))].startsWith(QStringLiteral("20261129_AdaL_exoworld_")));
        QVERIFY(f[cols.indexOf(QStringLiteral("notes"))].size() < 120);
        // A value wherever its uncertainty is present.
        for (int c = 0; c < cols.size(); ++c)
            if (cols[c].endsWith(QStringLiteral("_unc")) && !f[c].isEmpty())
                QVERIFY(!f[c - 1].isEmpty());
    }
    const QStringList piMen = lines[0].split(QLatin1Char('|'));  // 6.27 d is .02 (after 2.1 d)
    QCOMPARE(piMen[0], QStringLiteral("TIC261136679.02"));
    QCOMPARE(piMen[2], QStringLiteral("PC"));
    QCOMPARE(piMen[3], QStringLiteral("6.2683400"));
    QCOMPARE(piMen[5], QStringLiteral("2458325.503500"));
    QCOMPARE(piMen[7], QStringLiteral("287.4"));
    QCOMPARE(piMen[9], QStringLiteral("2.950"));
    QCOMPARE(lines[1].split(QLatin1Char('|'))[0], QStringLiteral("TIC261136679.01"));
    QCOMPARE(lines[1].split(QLatin1Char('|'))[2], QStringLiteral("FP"));  // the eclipsing binary
    QCOMPARE(ctoiFileName(o.date), QStringLiteral("params_planet_20261129_001.txt"));
}

void TestCandidateExport::ctoiRecentTemplateHasHeader()
{
    CtoiOptions o;
    o.layout = CtoiTemplate::Recent46;
    const auto r = toCtoi(sampleList(), o);
    const QStringList lines = QString::fromUtf8(r.text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].split(QLatin1Char('|')).size(), 46);
    QCOMPARE(lines[0].split(QLatin1Char('|')), ctoiColumns(CtoiTemplate::Recent46));
    QCOMPARE(lines[1].split(QLatin1Char('|')).size(), 46);
    QCOMPARE(lines[1].split(QLatin1Char('|'))[3], QStringLiteral("TESS"));  // discovery
}

QTEST_GUILESS_MAIN(TestCandidateExport)
#include "test_candidate_export.moc"
