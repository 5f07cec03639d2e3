// exoworld-cli batch / batch-merge on the real data folder: one row per star,
// SIGKILL halfway + --resume gives the rows and candidates of an uninterrupted
// run, shards merged equal a single run, bad usage is refused. Plan/shard units too.
#include <QtTest>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <set>

#include "batch/batch_plan.h"
#include "pipeline/plan.h"
#include "real_data.h"

namespace {
const QString kCli = QStringLiteral(EXO_BINARY_DIR "/app/exoworld-cli");
const QString kReal = QStringLiteral(EXO_REAL_DATA_DIR);
// The whole-mission stars (KOI-3278, 17 quarters; TOI-519, 4 TGLC sectors over 4 years) dominate
// the time; one planet per star keeps the test short without changing what it checks.
const QStringList kFast = {QStringLiteral("--max-planets"), QStringLiteral("1")};

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList& args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(kCli, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A CSV's lines with the last column (wall seconds) removed when `dropLast`.
QStringList csvRows(const QString& path, bool dropLast)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList rows;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QString s = QString::fromUtf8(line);
        if (dropLast)
            s = s.left(s.lastIndexOf(QLatin1Char(',')));
        rows << s;
    }
    return rows;
}

int fileCount()
{
    auto r = exo::batch::listInputs(EXO_REAL_DATA_DIR);
    return r.ok() ? int(r.value.size()) : -1;
}
}  // namespace

class TestBatch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void planAndShards();
    void killedAndResumedEqualsUninterrupted();
    void resultsAreAVettedCandidateStore();
    void shardsMergedEqualSingleRun();
    void manifestWithStarColumn();
    void redetrendOption();
    void badUsage();

private:
    QTemporaryDir m_dir;
    QStringList m_reference;  ///< stars.csv rows of the uninterrupted run (without seconds)
    QStringList m_candidates;
};

void TestBatch::initTestCase()
{
    EXO_REQUIRE_REAL_DATA();
    QVERIFY(QFileInfo(kCli).isExecutable());
    QVERIFY(m_dir.isValid());
}

void TestBatch::planAndShards()
{
    auto files = exo::batch::listInputs(EXO_REAL_DATA_DIR);
    QVERIFY(files.ok());
    QVERIFY(files.value.size() >= 80);  // MANIFEST.md: 85 files
    std::vector<exo::batch::FileInfo> infos;
    for (const auto& f : files.value)
        infos.push_back(exo::batch::describeFile(f));
    const auto stars = exo::batch::groupStars(infos);
    // Kepler-90's three quarters are one star; the 17 KOI-3278 quarters too.
    auto find = [&](const std::string& key) -> const exo::batch::BatchStar* {
        for (const auto& s : stars)
            if (s.key == key)
                return &s;
        return nullptr;
    };
    QVERIFY(find("KIC 11442793"));
    QCOMPARE(find("KIC 11442793")->files.size(), std::size_t(3));
    QCOMPARE(find("KIC 3342467")->files.size(), std::size_t(17));
    // Truncated files are stars of their own, carrying their error.
    int errors = 0;
    for (const auto& s : stars)
        errors += s.status.ok() ? 0 : 1;
    QVERIFY(errors >= 9);  // corrupted/ holds 9 truncated files
    // The window's order: readable stars in natural order of their label, then unreadable files.
    std::size_t firstBroken = 0;
    while (firstBroken < stars.size() && stars[firstBroken].status.ok())
        ++firstBroken;
    for (std::size_t k = firstBroken; k < stars.size(); ++k)
        QVERIFY(!stars[k].status.ok());
    for (std::size_t k = 1; k < firstBroken; ++k)
        QVERIFY(!exo::pipeline::naturalLess(stars[k].key, stars[k - 1].key));
    // Shards: disjoint, covering, deterministic.
    std::set<std::string> seen;
    std::size_t total = 0;
    for (int i = 0; i < 4; ++i) {
        const auto part = exo::batch::shardOf(stars, i, 4);
        total += part.size();
        for (const auto& s : part)
            QVERIFY(seen.insert(s.key).second);
        QCOMPARE(exo::batch::shardOf(stars, i, 4).front().key, part.front().key);
    }
    QCOMPARE(total, stars.size());
    int i = -1, n = -1;
    QVERIFY(exo::batch::parseShard("3/4", i, n) && i == 3 && n == 4);
    for (const char* bad : {"4/4", "-1/4", "1/0", "a/b", "1", "/4", "1/", "1/4x"})
        QVERIFY2(!exo::batch::parseShard(bad, i, n), bad);
}

void TestBatch::killedAndResumedEqualsUninterrupted()
{
    // 1. Uninterrupted run.
    const QString a = m_dir.filePath("a");
    Run r = cli(QStringList{"batch", kReal, "--out", a, "--jobs", "2", "--progress", "lines"} + kFast);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_reference = csvRows(a + "/stars.csv", true);
    m_candidates = csvRows(a + "/candidates.csv", false);
    const auto plan = exo::batch::listInputs(EXO_REAL_DATA_DIR);
    QVERIFY(m_reference.size() > 40);  // header + one row per star
    // One candidate per planet host with --max-planets 1 (17 hosts give one today) and none on
    // the no-planet controls since the search needs three events and no dominant event.
    QVERIFY2(m_candidates.size() >= 15, qPrintable(QString::number(m_candidates.size())));
    QVERIFY(m_reference.filter(QStringLiteral(",error,truncated")).size() >= 9);
    QVERIFY(m_reference.filter(QStringLiteral("KIC 11442793,")).size() == 1);
    QVERIFY(fileCount() > 0);

    // 2. The same run killed with SIGKILL once half the stars are recorded.
    const QString b = m_dir.filePath("b");
    const int total = m_reference.size() - 1;
    QProcess p;
    p.start(kCli, QStringList{"batch", kReal, "--out", b, "--jobs", "2", "--progress", "lines"} + kFast);
    QVERIFY(p.waitForStarted());
    QByteArray err;
    int done = 0;
    while (done < total / 2 && p.state() == QProcess::Running) {
        p.waitForReadyRead(1000);
        err += p.readAllStandardError();
        done = int(err.count("\n[")) + (err.startsWith("[") ? 1 : 0);
    }
    QCOMPARE(p.state(), QProcess::Running);  // killed before the end
    p.kill();                                // SIGKILL
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFileInfo::exists(b + "/stars.csv"));  // the summary is written at the end only

    // A copy of the killed run in which one unfinished star "killed the process" three times:
    // on resume it is recorded as an error with that cause instead of being retried forever.
    const QString c = m_dir.filePath("c");
    QDir().mkpath(c);
    for (const QString& f : QDir(b).entryList(QDir::Files))
        QVERIFY(QFile::copy(b + "/" + f, c + "/" + f));
    std::string crashKey;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attempts"));
        db.setDatabaseName(c + "/results.sqlite");
        QVERIFY(db.open());
        std::set<std::string> done;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT star_key FROM batch_stars")));
        while (q.next())
            done.insert(q.value(0).toString().toStdString());
        auto files = exo::batch::listInputs(EXO_REAL_DATA_DIR);
        std::vector<exo::batch::FileInfo> infos;
        for (const auto& f : files.value)
            infos.push_back(exo::batch::describeFile(f));
        for (const auto& s : exo::batch::groupStars(infos))
            if (s.status.ok() && !done.count(s.key)) {
                crashKey = s.key;
                break;
            }
        QVERIFY(!crashKey.empty());
        QSqlQuery u(db);
        u.prepare(QStringLiteral("INSERT OR REPLACE INTO batch_attempts(star_key, attempts) VALUES(?, 3)"));
        u.addBindValue(QString::fromStdString(crashKey));
        QVERIFY(u.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attempts"));

    // 3. Without --resume the folder is refused; with it the run completes.
    r = cli(QStringList{"batch", kReal, "--out", b, "--progress", "lines"} + kFast);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--resume"));
    r = cli(QStringList{"batch", kReal, "--out", b, "--resume", "--progress", "lines"});
    QCOMPARE(r.code, 2);  // other settings than the recorded run
    r = cli(QStringList{"batch", kReal, "--out", b, "--jobs", "2", "--resume", "--progress", "lines"} + kFast);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QRegularExpression already(QStringLiteral("(\\d+) already done"));
    const auto m = already.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));
    QVERIFY(m.captured(1).toInt() >= total / 2 - 2);  // at most the stars in flight were lost
    QVERIFY(m.captured(1).toInt() < total);
    QCOMPARE(csvRows(b + "/stars.csv", true), m_reference);
    QCOMPARE(csvRows(b + "/candidates.csv", false), m_candidates);

    r = cli(QStringList{"batch", kReal, "--out", c, "--jobs", "2", "--resume", "--progress", "lines"} + kFast);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList rows = csvRows(c + "/stars.csv", true);
    QCOMPARE(rows.size(), m_reference.size());
    int differing = 0;
    for (int k = 0; k < rows.size(); ++k) {
        if (rows[k] == m_reference[k])
            continue;
        ++differing;
        QVERIFY2(rows[k].contains(",error,internal_error: the batch process died 3 times"), qPrintable(rows[k]));
    }
    QCOMPARE(differing, 1);
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

void TestBatch::resultsAreAVettedCandidateStore()
{
    if (m_reference.isEmpty())
        QSKIP("needs the uninterrupted run");
    const QString a = m_dir.filePath("a");
    // `candidates list` reads the batch's results folder as a candidate store.
    Run r = cli({"candidates", "list", "--store", a, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value("candidates").toArray();
    QCOMPARE(list.size(), m_candidates.size() - 1);  // every candidate of candidates.csv
    QVERIFY(m_candidates.front().endsWith(",flags"));
    int flagged = 0, hashed = 0;
    for (const auto& v : list) {
        const QJsonObject c = v.toObject();
        const QString name = c.value("target").toString();
        // Vetted as `search` vets: the vetting object (noise, odd/even, secondary...) and its flags.
        const QJsonObject vet = c.value("vetting").toObject();
        QVERIFY2(vet.contains("noise") && vet.contains("odd_even") && vet.contains("secondary"), qPrintable(name));
        QVERIFY(c.value("flags").isArray());
        QCOMPARE(vet.value("flags").toArray(), c.value("flags").toArray());
        // The same flags in the CSV row of the candidate (';'-separated, last column).
        QStringList csvFlags;
        for (const auto& f : c.value("flags").toArray())
            csvFlags << f.toString();
        const QStringList rows = m_candidates.filter(QRegularExpression("^" + QRegularExpression::escape(name) + ","));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().section(',', -1), csvFlags.join(';'));
        flagged += csvFlags.isEmpty() ? 0 : 1;
        // Provenance: every analysed file with its SHA-256, recomputed here.
        const QJsonArray files = c.value("provenance").toObject().value("files").toArray();
        QVERIFY(!files.isEmpty());
        for (const auto& f : files) {
            const QString path = f.toObject().value("path").toString();
            QVERIFY2(QFileInfo(path).isAbsolute(), qPrintable(path));
            QCOMPARE(f.toObject().value("sha256").toString(), sha256Of(path));
            ++hashed;
        }
        QVERIFY(c.value("provenance").toObject().value("settings").toObject().contains("search"));
    }
    // HAT-P-7 b (KIC 10666592) shows its occultation (Borucki et al. 2009, Science 325, 709):
    // at least that candidate carries a vetting flag, and the star row repeats its best
    // candidate's flags.
    QVERIFY(flagged >= 1);
    QVERIFY(hashed >= list.size());
    const QStringList hat = m_reference.filter(QStringLiteral("KIC 10666592,"));
    QCOMPARE(hat.size(), 1);
    QVERIFY2(hat.front().section(',', -1).contains(QStringLiteral("planet_occultation")), qPrintable(hat.front()));
    // Star rows keep every file of the star (absolute path, SHA-256), errors included.
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("files"));
    db.setDatabaseName(a + "/results.sqlite");
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT label, files_json, n_files FROM batch_stars")));
        int stars = 0;
        while (q.next()) {
            const QJsonArray files = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
            QCOMPARE(files.size(), q.value(2).toInt());
            for (const auto& f : files)
                QCOMPARE(f.toObject().value("sha256").toString(), sha256Of(f.toObject().value("path").toString()));
            ++stars;
        }
        QCOMPARE(stars, m_reference.size() - 1);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("files"));
}

void TestBatch::shardsMergedEqualSingleRun()
{
    if (m_reference.isEmpty())
        QSKIP("needs the uninterrupted run");
    // Two shards of the same folder, merged, give the rows of the single run.
    QStringList dirs;
    for (int i = 0; i < 2; ++i) {
        const QString d = m_dir.filePath(QStringLiteral("shard%1").arg(i));
        Run r = cli(QStringList{"batch", kReal, "--out", d, "--shard", QStringLiteral("%1/2").arg(i), "--jobs", "2",
                                "--progress", "lines"}
                    + kFast);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int rows = csvRows(d + "/stars.csv", true).size() - 1;
        QVERIFY(rows > 10 && rows < m_reference.size() - 1);
        dirs << d;
    }
    const QString merged = m_dir.filePath("merged");
    Run r = cli(QStringList{"batch-merge"} + dirs + QStringList{"--out", merged});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(csvRows(merged + "/stars.csv", true), m_reference);
    QCOMPARE(csvRows(merged + "/candidates.csv", false), m_candidates);
    // Merging into a folder that already holds results is refused.
    r = cli(QStringList{"batch-merge"} + dirs + QStringList{"--out", merged});
    QCOMPARE(r.code, 2);
}

void TestBatch::manifestWithStarColumn()
{
    if (m_reference.isEmpty())
        QSKIP("needs the uninterrupted run");
    // A manifest naming each file's star plans without reading any header and gives the
    // same rows for those stars as the folder run.
    const QString manifest = m_dir.filePath("kepler90.csv");
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("path,star\n");
    for (const char* q : {"kplr011442793-2009350155506_llc.fits", "kplr011442793-2010009091648_llc.fits",
                          "kplr011442793-2010174085026_llc.fits"})
        f.write((kReal + "/kepler/lc/kepler90/" + q + ",KIC 11442793\n").toUtf8());
    f.write((kReal + "/tess/lc/tic0055525572_s0005_spoc-2min_lc.fits,\"TIC 55525572\"\n").toUtf8());
    f.close();
    const QString out = m_dir.filePath("manifest");
    Run r = cli(QStringList{"batch", manifest, "--out", out, "--progress", "lines"} + kFast);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList rows = csvRows(out + "/stars.csv", true);
    QCOMPARE(rows.size(), 3);
    for (const QString& row : rows.mid(1))
        QVERIFY2(m_reference.contains(row), qPrintable(row));
    // A star that is not "PREFIX NUMBER" is bad usage naming the line.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("path,star\n/x.fits,Kepler-90\n");
    f.close();
    r = cli({"batch", manifest, "--out", m_dir.filePath("manifest2")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("line 2"));
}

namespace {
/// The run's recorded settings (batch_meta "settings") of a results folder.
QString recordedSettings(const QString& dir)
{
    QString value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("meta"));
        db.setDatabaseName(dir + "/results.sqlite");
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM batch_meta WHERE key='settings'")) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("meta"));
    return value;
}
}  // namespace

void TestBatch::redetrendOption()
{
    // WASP-126 (TIC 25155310, sectors 1 and 6): with the trend refitted around the 3.29-d
    // planet's transits (the default) the 16.68-d signal is refused (its strongest event
    // carries too much of it on the refitted curve); with --redetrend off it is a second
    // candidate and the planet's depth is the one of the first trend.
    const QString manifest = m_dir.filePath("wasp126.csv");
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("path,star\n");
    for (const char* q : {"tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
                          "tic0025155310_s0006_spoc-2min_lc.fits"})
        f.write((kReal + "/tess/lc/" + q + ",TIC 25155310\n").toUtf8());
    f.close();
    QStringList candidates[2];
    QString settings[2];
    const QStringList modes = {QStringLiteral("masked"), QStringLiteral("off")};
    for (int k = 0; k < 2; ++k) {
        const QString out = m_dir.filePath("redetrend-" + modes[k]);
        Run r = cli({"batch", manifest, "--out", out, "--progress", "lines", "--redetrend", modes[k]});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        candidates[k] = csvRows(out + "/candidates.csv", false).mid(1);
        settings[k] = recordedSettings(out);
        // Every candidate record keeps the setting it was found with (the default left out).
        r = cli({"candidates", "list", "--store", out, "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value("candidates").toArray();
        QCOMPARE(list.size(), candidates[k].size());
        for (const auto& v : list) {
            const QJsonObject search =
                v.toObject().value("provenance").toObject().value("settings").toObject().value("search").toObject();
            QVERIFY(search.contains("min_snr"));
            QCOMPARE(search.value("redetrend").toString(), k == 0 ? QString() : QStringLiteral("off"));
        }
    }
    QCOMPARE(candidates[0].size(), 1);
    QCOMPARE(candidates[1].size(), 2);
    // The same planet, measured on two different trends.
    QCOMPARE(candidates[0][0].section(',', 0, 4), candidates[1][0].section(',', 0, 4));
    QVERIFY(candidates[0][0].section(',', 5, 5).startsWith("3.28"));
    QVERIFY(candidates[0][0].section(',', 10, 10) != candidates[1][0].section(',', 10, 10));  // depth
    QVERIFY2(!settings[0].isEmpty() && !settings[0].contains("redetrend"), qPrintable(settings[0]));
    QVERIFY2(settings[1].contains("\"redetrend\":\"off\""), qPrintable(settings[1]));
    // Resuming the `off` run with the default is refused (other settings than recorded).
    Run r = cli({"batch", manifest, "--out", m_dir.filePath("redetrend-off"), "--resume"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("other settings"), qPrintable(r.err));
    // A value that is neither is bad usage, named.
    r = cli({"batch", manifest, "--out", m_dir.filePath("redetrend-bad"), "--redetrend", "maybe"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--redetrend must be masked or off"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("redetrend-bad") + "/results.sqlite"));
}

void TestBatch::badUsage()
{
    const QString out = m_dir.filePath("bad");
    QCOMPARE(cli({"batch", kReal}).code, 2);                                       // no --out
    QCOMPARE(cli({"batch", kReal, "--out", out, "--shard", "4/4"}).code, 2);       // bad shard
    QCOMPARE(cli({"batch", kReal, "--out", out, "--jobs", "0"}).code, 2);          // bad jobs
    QCOMPARE(cli({"batch", kReal, "--out", out, "--max-planets", "99"}).code, 2);  // absurd setting
    QCOMPARE(cli({"batch", "/nonexistent/folder", "--out", out}).code, 3);         // missing input
    const QString empty = m_dir.filePath("empty");
    QDir().mkpath(empty);
    QCOMPARE(cli({"batch", empty, "--out", out}).code, 3);  // nothing to do
    // batch-merge of something that is not a results store.
    QFile junk(m_dir.filePath("junk.sqlite"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database, just text that is long enough to fill a page header");
    junk.close();
    Run r = cli({"batch-merge", junk.fileName(), "--out", m_dir.filePath("m2")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("junk.sqlite"));
}

QTEST_GUILESS_MAIN(TestBatch)
#include "test_batch.moc"
