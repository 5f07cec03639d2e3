// exoworld-cli demo --workshop: the workshop folder (stars, formats, answer key,
// determinism), the answer key checked against what the search finds, and the
// workshop's own CLI options (lightcurve --dips, --detrend mean-points, --bin).
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {
struct KeyRow {
    int star = 0;
    QString label, mission, kind, signal;
    double period = 0, t0 = 0, depth = 0;
};

QList<KeyRow> readKey(const QString& path)
{
    QList<KeyRow> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].split(QLatin1Char(','));
        if (c.size() < 11)
            continue;
        KeyRow r;
        r.star = c[0].toInt();
        r.label = c[1];
        r.mission = c[2];
        r.kind = c[3];
        r.signal = c[5];
        r.period = c[6].toDouble();
        r.t0 = c[7].toDouble();
        r.depth = c[9].toDouble();
        rows << r;
    }
    return rows;
}

QStringList fitsIn(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.fits")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
}  // namespace

class TestCliWorkshop : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    QList<KeyRow> m_key;

    std::vector<std::string> starFiles(int star) const
    {
        std::vector<std::string> out;
        for (const QString& f : fitsIn(m_dir + QStringLiteral("/star-%1").arg(star, 2, 10, QLatin1Char('0'))))
            out.push_back(f.toStdString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("workshop"));
        QElapsedTimer clock;
        clock.start();
        const auto r = runCli({"demo", "--workshop", m_dir.toStdString()});
        QCOMPARE(r.code, 0);
        qInfo("generated in %.2f s", clock.elapsed() / 1000.0);
        QVERIFY(clock.elapsed() < 30000);  // seconds, so tests can use it
        m_key = readKey(m_dir + QStringLiteral("/instructor/answer_key.csv"));
        QVERIFY(!m_key.isEmpty());
    }

    void thirtyStarsOfMixedKinds()
    {
        QStringList dirs = QDir(m_dir).entryList({QStringLiteral("star-*")}, QDir::Dirs);
        QCOMPARE(dirs.size(), 30);
        QSet<int> stars;
        QMap<QString, QSet<int>> kinds;
        QSet<QString> missions;
        for (const auto& k : m_key) {
            stars.insert(k.star);
            kinds[k.kind].insert(k.star);
            missions.insert(k.mission);
        }
        QCOMPARE(stars.size(), 30);  // every star has a row in the key, planets or not
        for (const char* kind : {"planet", "multi-planet", "eclipsing-binary", "background-blend", "flat", "variable"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QVERIFY(missions.contains(QStringLiteral("Kepler")) && missions.contains(QStringLiteral("TESS")));
        QVERIFY(QFile::exists(m_dir + QStringLiteral("/instructor/answer_key.md")));
        // The Kepler-11 analogue has six planets.
        int k11 = 0;
        for (const auto& k : m_key)
            k11 += k.star == 1 && k.period > 0;
        QCOMPARE(k11, 6);
    }

    void filesAreKeplerAndTessProducts()
    {
        // info reads each format as the mission's: Kepler light curve, TESS light curve, Kepler pixel file.
        const auto kep = runCli({"info", "--json", starFiles(2).front()});
        QCOMPARE(kep.code, 0);
        auto o = kep.json().array().at(0).toObject();
        QCOMPARE(o.value("mission").toString(), QStringLiteral("Kepler"));
        QCOMPARE(o.value("product_type").toString(), QStringLiteral("lightcurve"));
        QCOMPARE(o.value("target_label").toString(), QStringLiteral("KIC 99100002"));
        QVERIFY(o.value("flux_columns").toArray().contains(QStringLiteral("SAP_FLUX")));
        const auto tess = runCli({"info", "--json", starFiles(3).front()});
        QCOMPARE(tess.code, 0);
        o = tess.json().array().at(0).toObject();
        QCOMPARE(o.value("mission").toString(), QStringLiteral("TESS"));
        QCOMPARE(o.value("time_system").toString(), QStringLiteral("BTJD"));
        QVERIFY(std::abs(o.value("cadence_minutes").toDouble() - 2.0) < 0.01);
        const auto blend = runCli({"info", "--json", starFiles(10).front()});
        QCOMPARE(blend.json().array().at(0).toObject().value("product_type").toString(), QStringLiteral("tpf"));
    }

    void answerKeyMatchesTheSearch_data()
    {
        QTest::addColumn<int>("star");
        QTest::newRow("Kepler hot Jupiter") << 2;
        QTest::newRow("TESS hot Jupiter") << 3;
        QTest::newRow("Kepler medium") << 9;
        QTest::newRow("TESS medium") << 7;
        QTest::newRow("spotted star hiding a planet") << 6;
    }
    void answerKeyMatchesTheSearch()
    {
        QFETCH(int, star);
        KeyRow truth;
        for (const auto& k : m_key)
            if (k.star == star && k.period > 0)
                truth = k;
        QVERIFY(truth.period > 0);
        std::vector<std::string> args{"search"};
        for (const auto& f : starFiles(star))
            args.push_back(f);
        args.push_back("--json");
        const auto r = runCli(args);
        QCOMPARE(r.code, 0);
        const auto cands = r.json().object().value("candidates").toArray();
        QVERIFY(!cands.isEmpty());
        const auto best = cands.at(0).toObject();
        const double p = best.value("period_days").toDouble();
        QVERIFY2(std::abs(p - truth.period) / truth.period < 2e-3,
                 qPrintable(QStringLiteral("found %1, key %2").arg(p).arg(truth.period)));
        const double depth = best.value("depth_ppm").toDouble();
        QVERIFY2(depth > 0.5 * truth.depth && depth < 1.3 * truth.depth,
                 qPrintable(QStringLiteral("depth %1, key %2").arg(depth).arg(truth.depth)));
    }

    void flatStarHasNoCandidate()
    {
        std::vector<std::string> args{"search"};
        for (const auto& f : starFiles(5))
            args.push_back(f);
        args.push_back("--json");
        const auto r = runCli(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value("candidates").toArray().size(), 0);
    }

    void deterministic()
    {
        const QString again = m_tmp.filePath(QStringLiteral("again"));
        QCOMPARE(runCli({"demo", "--workshop", again.toStdString(), "--stars", "4"}).code, 0);
        const QStringList a = fitsIn(again);
        QCOMPARE(QDir(again).entryList({QStringLiteral("star-*")}, QDir::Dirs).size(), 4);
        for (const QString& f : a) {
            const QString same = QString(f).replace(again, m_dir);
            QVERIFY2(sha(f) == sha(same), qPrintable(f));
        }
        const QString other = m_tmp.filePath(QStringLiteral("other"));
        QCOMPARE(runCli({"demo", "--workshop", other.toStdString(), "--stars", "2", "--seed", "7"}).code, 0);
        QVERIFY(sha(fitsIn(other).front()) != sha(fitsIn(m_dir).front()));
    }

    void dipsOfAWorkshopStar()
    {
        // The hot Jupiter of star 02: every dip at 3 sigma after the workshop's moving average
        // (N = 5) is within 0.1 d of a transit of the key, and there are many of them.
        KeyRow truth;
        for (const auto& k : m_key)
            if (k.star == 2)
                truth = k;
        std::vector<std::string> args{"lightcurve"};
        for (const auto& f : starFiles(2))
            args.push_back(f);
        for (const char* a : {"--flux", "sap", "--detrend", "mean-points", "--window-points", "5", "--dips", "3"})
            args.push_back(a);
        const auto r = runCli(args);
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromStdString(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int dips = 0, onTransit = 0;
        for (const QString& l : lines) {
            if (l.startsWith(QLatin1Char('#')) || l.startsWith(QLatin1String("t_min")))
                continue;
            const double t = l.section(QLatin1Char(','), 0, 0).toDouble();
            const double phase = std::remainder(t - truth.t0, truth.period);
            ++dips;
            onTransit += std::abs(phase) < 0.1;
        }
        QVERIFY2(onTransit >= 40, qPrintable(QStringLiteral("%1 of %2").arg(onTransit).arg(dips)));  // ~52 transits
        QVERIFY(onTransit >= 0.8 * dips);
    }

    void unwritableFolder()
    {
        // A file where the folder should be: a clear error naming it, exit 1, no crash.
        const QString blocker = m_tmp.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto r = runCli({"demo", "--workshop", (blocker + QStringLiteral("/ws")).toStdString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("blocker") != std::string::npos, r.err.c_str());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no stars") << QStringList{"demo", "--workshop", "X", "--stars", "0"};
        QTest::newRow("too many stars") << QStringList{"demo", "--workshop", "X", "--stars", "31"};
        QTest::newRow("with --out") << QStringList{"demo", "--workshop", "X", "--out", "Y"};
        QTest::newRow("stars without workshop") << QStringList{"demo", "--out", "Y", "--stars", "3"};
        QTest::newRow("negative dips") << QStringList{"lightcurve", "F", "--dips", "-1"};
        QTest::newRow("dips off") << QStringList{"lightcurve", "F", "--dips", "0"};
        QTest::newRow("no window points") << QStringList{"search", "F", "--window-points", "0"};
        QTest::newRow("bin too wide") << QStringList{"search", "F", "--bin", "5000"};
        QTest::newRow("detrend without dips") << QStringList{"lightcurve", "F", "--detrend", "mean-points"};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> a;
        for (const QString& s : args)
            a.push_back(s.toStdString());
        const auto r = runCli(a);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.empty());
    }
};

QTEST_GUILESS_MAIN(TestCliWorkshop)
#include "test_cli_workshop.moc"
