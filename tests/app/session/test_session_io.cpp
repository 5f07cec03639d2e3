// Tests of app/session/session_io: versioned JSON of inputs and parameters,
// clear errors for foreign/newer/damaged files, missing data files as warnings,
// relative-path resolution after a move and atomic saving.
#include "session/session.h"
#include "session/session_io.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace exo::app;
using namespace exo::pipeline;

namespace {

/// Creates an (empty) stand-in data file; session files only store paths.
QString touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("stand-in");
    return QFileInfo(path).absoluteFilePath();
}

void writeJson(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A state with every field away from its default.
SessionState richState(const QString& dataDir)
{
    SessionState s;
    const QString q3 = touch(dataDir + "/kplr009002278-2009350155506_llc.fits");
    const QString q4 = touch(dataDir + "/kplr009002278-2010078095331_lpd-targ.fits");
    const QString s14 = touch(dataDir + "/tess2019198215352-s0014_tp.fits");
    s.files = {SessionFile{q3, "KIC 9002278", "Q3"}, SessionFile{q4, "KIC 9002278", "Q4"},
               SessionFile{s14, "TOI 700", "Sector 14"}};
    ApertureChoice custom;
    custom.mode = ApertureMode::Custom;
    custom.rows = 3;
    custom.cols = 4;
    custom.custom = {0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0};
    s.apertures[q4] = custom;
    ApertureChoice threshold;
    threshold.mode = ApertureMode::Threshold;
    threshold.thresholdSigma = 2.25;
    s.apertures[s14] = threshold;
    ApertureChoice all;
    all.mode = ApertureMode::All;
    s.apertures[q3] = all;

    s.prepare.flux = FluxSource::Sap;
    s.prepare.quality = "hard";
    s.prepare.sigmaClip = false;
    s.prepare.clipSigma = 4.5;
    s.prepare.detrend = DetrendMethod::SavGol;
    s.prepare.windowDays = 1.25;
    s.prepare.gapDays = 0.5;
    s.prepare.minSegmentPoints = 42;
    s.prepare.maskedRanges = {{260.125, 260.5}, {300.0, 301.75}};

    s.search.minPeriodDays = 0.8;
    s.search.maxPeriodDays = 45;
    s.search.oversample = 5;
    s.search.durationsHours = {1.5, 3, 6};
    s.search.maxPlanets = 5;
    s.search.minSnr = 6.5;
    s.search.minSde = 8;
    s.search.objective = BlsObjective::Snr;
    s.search.redetrendMasked = false;
    s.search.pipelineErrors = true;  // the CLI's --noise pipeline
    s.search.minTransits = 2;
    s.search.threads = 2;

    CandidateRecord c;
    c.rank = 1;
    c.periodDays = 37.42395;
    c.t0 = 136.8224;
    c.t0Bjd = 2454969.8224;
    c.durationHours = 3.6;
    c.depthPpm = 1320.5;
    c.depthErrPpm = 40.25;
    c.snr = 31.2;
    c.sde = 18.4;
    c.nTransits = 9;
    c.oddDepthPpm = 1300;
    c.evenDepthPpm = 1341;
    c.oddEvenSigma = 0.7;
    c.secondaryDepthPpm = 12;
    c.flagged = true;
    c.disposition = "PC";
    c.note = "clean U shape; \"quoted\" and accented: é";
    CandidateRecord d = c;
    d.rank = 2;
    d.periodDays = 18.6;
    d.flagged = false;
    d.disposition = "FP";
    d.note.clear();
    s.candidates = {c, d};
    s.currentFile = q4;
    s.currentStar = "KIC 9002278";
    return s;
}

}  // namespace

class TestSessionIo : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void roundTripThroughSession();
    void jsonHoldsParametersOnly();
    void nonFiniteNumbersBecomeNull();
    void newerVersionIsRefused();
    void badFiles_data();
    void badFiles();
    void unreadableFile();
    void damagedApertureFallsBack();
    void invalidSettingsFallBackNamed();
    void redetrendChoice_data();
    void redetrendChoice();
    void noiseChoice_data();
    void noiseChoice();
    void minTransits_data();
    void minTransits();
    void missingDataFileIsAWarning();
    void relativePathsAfterMove();
    void saveErrors();
    void saveKeepsOldFileOnFailure();
    void saveKeepsOldFileWhenDiskFull();
};

void TestSessionIo::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SessionState st = richState(dir.filePath("data"));
    const QString path = dir.filePath("analysis.exoworld");
    QString error;
    QVERIFY2(saveSessionState(st, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const SessionLoadResult r = loadSession(path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
    QCOMPARE(r.formatVersion, 1);
    QVERIFY(!r.appVersion.isEmpty());
    QCOMPARE(r.state.files, st.files);
    QVERIFY(r.state.apertures == st.apertures);
    QVERIFY(r.state.prepare == st.prepare);
    QVERIFY(r.state.search == st.search);
    QCOMPARE(r.state.candidates.size(), 2);
    QVERIFY(r.state.candidates == st.candidates);
    QCOMPARE(r.state.currentFile, st.currentFile);
    QVERIFY(r.state == st);
}

void TestSessionIo::roundTripThroughSession()
{
    QTemporaryDir dir;
    const QString a = touch(dir.filePath("a.fits"));
    Session s;
    s.addFile(a, "KIC 11904151", "Q5");
    ApertureChoice custom;
    custom.mode = ApertureMode::Custom;
    custom.rows = 2;
    custom.cols = 2;
    custom.custom = {1, 0, 0, 1};
    s.setAperture(a, custom);
    s.addMaskedRange(5, 6);
    CandidateRecord c;
    c.rank = 1;
    c.periodDays = 0.837495;
    s.setCandidates({c});
    s.setFlagged(1, true);
    s.setNote(1, "Kepler-10 b");
    const QString path = dir.filePath("s.exoworld");
    QString error;
    QVERIFY2(saveSession(s, path, &error), qPrintable(error));
    s.markSaved();

    Session t;
    const auto r = loadSession(path);
    QVERIFY(r.ok());
    t.restore(r.state);
    QVERIFY(t.snapshot() == s.snapshot());
    QVERIFY(t.candidates()[0].flagged);
    QCOMPARE(t.candidates()[0].note, QString("Kepler-10 b"));
    QVERIFY(!t.isModified());
    QCOMPARE(t.undoStack()->count(), 0);
}

void TestSessionIo::jsonHoldsParametersOnly()
{
    QTemporaryDir dir;
    const SessionState st = richState(dir.filePath("data"));
    const QString path = dir.filePath("x.exoworld");
    QVERIFY(saveSessionState(st, path));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value("format").toString(), QString("exoworld-session"));
    QCOMPARE(root.value("version").toInt(), 1);
    QVERIFY(!root.value("app_version").toString().isEmpty());
    // Exactly these top-level keys: inputs and parameters, no derived arrays.
    QStringList keys = root.keys();
    keys.sort();
    QStringList expected{"format",  "version", "app_version", "files",        "apertures",
                         "prepare", "search",  "candidates",  "current_file", "current_star"};
    expected.sort();
    QCOMPARE(keys, expected);
    const QJsonObject f0 = root.value("files").toArray().at(0).toObject();
    QCOMPARE(f0.value("relative").toString(), QString("data/kplr009002278-2009350155506_llc.fits"));
    QVERIFY(QDir::isAbsolutePath(f0.value("path").toString()));
    QCOMPARE(f0.value("star").toString(), QString("KIC 9002278"));
    QCOMPARE(f0.value("season").toString(), QString("Q3"));
    const QJsonObject ap = root.value("apertures").toObject().value(st.files[1].path).toObject();
    QCOMPARE(ap.value("mode").toString(), QString("custom"));
    QCOMPARE(ap.value("rows").toInt(), 3);
    QCOMPARE(ap.value("cols").toInt(), 4);
    QCOMPARE(ap.value("mask").toString(), QString("011011110100"));
    QCOMPARE(root.value("prepare").toObject().value("detrend").toString(), QString("savgol"));
    QCOMPARE(root.value("prepare").toObject().value("masked_ranges").toArray().size(), 2);
    QCOMPARE(root.value("search").toObject().value("objective").toString(), QString("snr"));
    QCOMPARE(root.value("search").toObject().value("redetrend").toString(), QString("off"));  // the CLI's word
    // The default is left out (as the CLI's records do): a session without the choice reads the same.
    SessionState masked = st;
    masked.search.redetrendMasked = true;
    QVERIFY(saveSessionState(masked, path));
    QVERIFY(!QJsonDocument::fromJson(readAll(path)).object().value("search").toObject().contains("redetrend"));
    QVERIFY(loadSession(path).state.search.redetrendMasked);
    // The noise model and the minimum transits in the CLI's words, also left out at their defaults.
    QCOMPARE(root.value("search").toObject().value("noise").toString(), QString("pipeline"));
    QCOMPARE(root.value("search").toObject().value("min_transits").toInt(), 2);
    SessionState defaults = st;
    defaults.search.pipelineErrors = false;
    defaults.search.minTransits = 3;
    QVERIFY(saveSessionState(defaults, path));
    const QJsonObject search = QJsonDocument::fromJson(readAll(path)).object().value("search").toObject();
    QVERIFY(!search.contains("noise") && !search.contains("min_transits"));
    const auto reread = loadSession(path);
    QVERIFY(!reread.state.search.pipelineErrors);
    QCOMPARE(reread.state.search.minTransits, 3);
}

void TestSessionIo::nonFiniteNumbersBecomeNull()
{
    QTemporaryDir dir;
    SessionState st;
    CandidateRecord c;
    c.rank = 1;
    c.periodDays = 3.5;
    c.oddEvenSigma = qQNaN();  // e.g. too few transits for an odd/even test
    c.secondaryDepthPpm = qInf();
    st.candidates = {c};
    const QString path = dir.filePath("nan.exoworld");
    QVERIFY(saveSessionState(st, path));
    const QJsonObject cand =
        QJsonDocument::fromJson(readAll(path)).object().value("candidates").toArray().at(0).toObject();
    QVERIFY(cand.value("odd_even_sigma").isNull());
    const auto r = loadSession(path);
    QVERIFY(r.ok());
    QVERIFY(std::isnan(r.state.candidates[0].oddEvenSigma));
    QVERIFY(std::isnan(r.state.candidates[0].secondaryDepthPpm));
    QCOMPARE(r.state.candidates[0].periodDays, 3.5);
}

void TestSessionIo::newerVersionIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.exoworld");
    writeJson(path, R"({"format": "exoworld-session", "version": 2, "app_version": "9.0", "files": []})");
    const auto r = loadSession(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, SessionIoError::NewerVersion);
    QCOMPARE(r.errorMessage,
             QString("This session was written by a newer ExoWorld (format 2); this version reads format 1."));
}

void TestSessionIo::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SessionIoError>("expected");
    QTest::newRow("garbage") << QByteArray("SIMPLE  =                    T") << SessionIoError::NotJson;
    QTest::newRow("truncated json") << QByteArray(R"({"format": "exoworld-session", "vers)") << SessionIoError::NotJson;
    QTest::newRow("json array") << QByteArray("[1, 2, 3]") << SessionIoError::NotJson;
    QTest::newRow("empty file") << QByteArray() << SessionIoError::NotJson;
    QTest::newRow("other format") << QByteArray(R"({"format": "plotjuggler-layout", "version": 1})")
                                  << SessionIoError::WrongFormat;
    QTest::newRow("no format") << QByteArray(R"({"version": 1})") << SessionIoError::WrongFormat;
    QTest::newRow("no version") << QByteArray(R"({"format": "exoworld-session"})") << SessionIoError::Invalid;
    QTest::newRow("version as text") << QByteArray(R"({"format": "exoworld-session", "version": "1"})")
                                     << SessionIoError::Invalid;
    QTest::newRow("fractional version") << QByteArray(R"({"format": "exoworld-session", "version": 1.5})")
                                        << SessionIoError::Invalid;
    QTest::newRow("files not a list") << QByteArray(
        R"({"format": "exoworld-session", "version": 1, "files": {"a": 1}})")
                                      << SessionIoError::Invalid;
    QTest::newRow("prepare not an object")
        << QByteArray(R"({"format": "exoworld-session", "version": 1, "prepare": [1]})") << SessionIoError::Invalid;
}

void TestSessionIo::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(SessionIoError, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.exoworld");
    writeJson(path, content);
    const auto r = loadSession(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, expected);
    QVERIFY(!r.errorMessage.isEmpty());
    QVERIFY(r.state.files.isEmpty());
}

void TestSessionIo::unreadableFile()
{
    QTemporaryDir dir;
    const auto r = loadSession(dir.filePath("does-not-exist.exoworld"));
    QCOMPARE(r.error, SessionIoError::Unreadable);
    QVERIFY(r.errorMessage.contains("does-not-exist.exoworld"));
}

void TestSessionIo::damagedApertureFallsBack()
{
    QTemporaryDir dir;
    const QString a = touch(dir.filePath("a.fits"));
    QJsonObject root{{"format", "exoworld-session"}, {"version", 1}};
    root["files"] = QJsonArray{QJsonObject{{"path", a}, {"star", "A"}}};
    // 2x2 declared but 3 mask characters, and an unknown detrending method.
    root["apertures"] = QJsonObject{{a, QJsonObject{{"mode", "custom"}, {"rows", 2}, {"cols", 2}, {"mask", "011"}}}};
    root["prepare"] = QJsonObject{{"detrend", "wavelet"}, {"window_days", 2.0}};
    const auto r = sessionFromJson(root, dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.state.apertures.at(a) == ApertureChoice{});
    QCOMPARE(r.state.prepare.detrend, PrepareSettings{}.detrend);
    QCOMPARE(r.state.prepare.windowDays, 2.0);  // the valid fields are kept
    // A session from before the automatic window stored a window: it stays a fixed window.
    QVERIFY(!r.state.prepare.autoWindow);
    root["prepare"] = QJsonObject{{"window_days", 2.0}, {"auto_window", true}};
    QVERIFY(sessionFromJson(root, dir.path()).state.prepare.autoWindow);
    root["prepare"] = QJsonObject{};
    QVERIFY(sessionFromJson(root, dir.path()).state.prepare.autoWindow);  // the default
}

void TestSessionIo::missingDataFileIsAWarning()
{
    QTemporaryDir dir;
    const SessionState st = richState(dir.filePath("data"));
    const QString path = dir.filePath("m.exoworld");
    QVERIFY(saveSessionState(st, path));
    QVERIFY(QFile::remove(st.files[1].path));
    const auto r = loadSession(path);
    QVERIFY(r.ok());  // the load succeeds so the user can relocate the file
    QCOMPARE(r.missingFiles, QStringList{st.files[1].path});
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings[0].contains(st.files[1].path));
    // The missing file stays in the session with its aperture.
    QCOMPARE(r.state.files, st.files);
    QVERIFY(r.state.apertures.at(st.files[1].path) == st.apertures.at(st.files[1].path));
}

void TestSessionIo::relativePathsAfterMove()
{
    QTemporaryDir root;
    const QString before = root.filePath("project");
    const SessionState st = richState(before + "/data");
    QVERIFY(QDir().mkpath(before + "/sessions"));
    QVERIFY(saveSessionState(st, before + "/sessions/hunt.exoworld"));
    // Move the whole project folder: the absolute paths are now wrong.
    const QString after = root.filePath("moved/project2");
    QVERIFY(QDir().mkpath(root.filePath("moved")));
    QVERIFY(QDir().rename(before, after));
    const auto r = loadSession(after + "/sessions/hunt.exoworld");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QVERIFY2(r.missingFiles.isEmpty(), qPrintable(r.missingFiles.join(", ")));
    QCOMPARE(r.state.files.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString expected = QDir::cleanPath(after + "/data/" + QFileInfo(st.files[i].path).fileName());
        QCOMPARE(r.state.files[i].path, expected);
        QCOMPARE(r.state.files[i].star, st.files[i].star);
        // Apertures follow their file.
        QVERIFY(r.state.apertures.at(expected) == st.apertures.at(st.files[i].path));
    }
    QCOMPARE(r.state.currentFile, QDir::cleanPath(after + "/data/" + QFileInfo(st.currentFile).fileName()));
}

void TestSessionIo::saveErrors()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!saveSessionState(SessionState{}, dir.filePath("no/such/folder/s.exoworld"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!saveSessionState(SessionState{}, QString(), &error));
    QVERIFY(!error.isEmpty());
    // The target is an existing folder.
    QVERIFY(QDir().mkpath(dir.filePath("folder.exoworld")));
    error.clear();
    QVERIFY(!saveSessionState(SessionState{}, dir.filePath("folder.exoworld"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(dir.filePath("folder.exoworld")).isDir());
}

void TestSessionIo::saveKeepsOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath("locked");
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + "/s.exoworld";
    SessionState first;
    first.prepare.windowDays = 0.5;
    QVERIFY(saveSessionState(first, path));
    const QByteArray original = readAll(path);
    // A successful save leaves no temporary file behind.
    QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), QStringList{"s.exoworld"});

    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(sub + "/probe");
    const bool reallyLocked = !probe.open(QIODevice::WriteOnly);
    if (!reallyLocked)
        probe.remove();
    SessionState second;
    second.prepare.windowDays = 2.0;
    QString error;
    const bool saved = saveSessionState(second, path, &error);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!reallyLocked)
        QSKIP("Running with privileges that ignore folder permissions (root); the error paths are "
              "covered by saveErrors().");
    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), original);
    QCOMPARE(loadSession(path).state.prepare.windowDays, 0.5);
}

void TestSessionIo::saveKeepsOldFileWhenDiskFull()
{
#ifdef Q_OS_UNIX
    // Simulates a full disk during the save with a file-size limit (which also
    // applies to root): the write of the new content fails half-way.
    QTemporaryDir dir;
    const QString path = dir.filePath("s.exoworld");
    SessionState first;
    first.prepare.windowDays = 0.5;
    QVERIFY(saveSessionState(first, path));
    const QByteArray original = readAll(path);
    QVERIFY(original.size() > 256);

    SessionState second = richState(dir.filePath("data"));
    rlimit old{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 256;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    QString error;
    const bool saved = saveSessionState(second, path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), original);  // the previous session is intact
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"s.exoworld"});
#else
    QSKIP("Needs RLIMIT_FSIZE (POSIX)");
#endif
}

// Settings go through pipeline::validate() like the CLI's: out of range -> the default, with a
// warning naming the setting as the pipeline panel shows it (not "maxPlanets/maskFactor").
void TestSessionIo::invalidSettingsFallBackNamed()
{
    QTemporaryDir dir;
    QJsonObject root{{"format", "exoworld-session"}, {"version", 1}};
    QJsonArray durations;
    for (int i = 0; i < 100000; ++i)
        durations.append(1.0 + i * 1e-4);  // a 63-second search
    root["prepare"] = QJsonObject{{"window_days", 500.0}, {"gap_days", 0.5}};
    root["search"] =
        QJsonObject{{"max_planets", 1000}, {"durations_hours", durations}, {"min_snr", 8.5}, {"oversample", 1000}};
    const auto r = sessionFromJson(root, dir.path());
    QVERIFY(r.ok());
    const QString all = r.warnings.join(QLatin1Char('\n'));
    QCOMPARE(r.warnings.size(), 4);
    for (const char* label :
         {"\u201cWindow\u201d", "\u201cMax planets\u201d", "\u201cDurations (h)\u201d", "\u201cOversampling\u201d"})
        QVERIFY2(all.contains(QString::fromUtf8(label)), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("--")) && !all.contains(QLatin1String("maxPlanets")), qPrintable(all));
    QCOMPARE(r.state.prepare.windowDays, PrepareSettings{}.windowDays);
    QCOMPARE(r.state.search.maxPlanets, SearchSettings{}.maxPlanets);
    QVERIFY(r.state.search.durationsHours.empty());
    QCOMPARE(r.state.search.oversample, SearchSettings{}.oversample);
    QCOMPARE(r.state.prepare.gapDays, 0.5);  // valid fields are kept
    QCOMPARE(r.state.search.minSnr, 8.5);
    QVERIFY(exo::pipeline::validate(r.state.prepare).ok());
    QVERIFY(exo::pipeline::validate(r.state.search).ok());
}

void TestSessionIo::redetrendChoice_data()
{
    QTest::addColumn<QJsonValue>("value");  // Undefined: no key (a session saved before the choice)
    QTest::addColumn<bool>("masked");
    QTest::addColumn<bool>("warned");
    QTest::newRow("old session, no key") << QJsonValue(QJsonValue::Undefined) << true << false;
    QTest::newRow("masked") << QJsonValue("masked") << true << false;
    QTest::newRow("off") << QJsonValue("off") << false << false;
    QTest::newRow("unknown word") << QJsonValue("sometimes") << true << true;
    QTest::newRow("wrong case") << QJsonValue("OFF") << true << true;
    QTest::newRow("a number") << QJsonValue(0) << true << true;
    QTest::newRow("a boolean") << QJsonValue(false) << true << true;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << true;
}

void TestSessionIo::redetrendChoice()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, masked);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    QJsonObject root{{"format", "exoworld-session"}, {"version", 1}};
    QJsonObject search{{"min_snr", 8.5}, {"objective", "likelihood"}};
    if (!value.isUndefined())
        search["redetrend"] = value;
    root["search"] = search;
    const auto r = sessionFromJson(root, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.state.search.redetrendMasked, masked);
    QCOMPARE(r.state.search.minSnr, 8.5);  // the other settings are kept
    QCOMPARE(r.warnings.size(), warned ? 1 : 0);
    if (warned) {
        QVERIFY2(r.warnings[0].contains(QLatin1String("re-detrending")), qPrintable(r.warnings[0]));
        QVERIFY2(r.warnings[0].contains(QLatin1String("masked")), qPrintable(r.warnings[0]));
        if (value.isString())
            QVERIFY2(r.warnings[0].contains(value.toString()), qPrintable(r.warnings[0]));
    }
    // Saved again, the choice reads back the same.
    const QString path = dir.filePath("again.exoworld");
    QVERIFY(saveSessionState(r.state, path));
    const auto again = loadSession(path);
    QVERIFY(again.ok());
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.state.search.redetrendMasked, masked);
}

void TestSessionIo::noiseChoice_data()
{
    QTest::addColumn<QJsonValue>("value");  // Undefined: no key (a session saved before the choice)
    QTest::addColumn<bool>("pipelineErrors");
    QTest::addColumn<QString>("warning");  // what the warning must name; empty: no warning
    QTest::newRow("old session, no key") << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::newRow("local") << QJsonValue("local") << false << QString();
    QTest::newRow("pipeline") << QJsonValue("pipeline") << true << QString();
    QTest::newRow("unknown word") << QJsonValue("sap") << false << QString("\"sap\"");
    QTest::newRow("wrong case") << QJsonValue("Pipeline") << false << QString("\"Pipeline\"");
    QTest::newRow("a boolean") << QJsonValue(true) << false << QString("\"true\"");
    QTest::newRow("a number") << QJsonValue(1) << false << QString("\"1\"");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QString("\"null\"");
    QTest::newRow("an array") << QJsonValue(QJsonArray{"pipeline"}) << false << QString("\"[");
}

void TestSessionIo::noiseChoice()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, pipelineErrors);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QJsonObject root{{"format", "exoworld-session"}, {"version", 1}};
    QJsonObject search{{"min_snr", 8.5}, {"redetrend", "off"}};
    if (!value.isUndefined())
        search["noise"] = value;
    root["search"] = search;
    const auto r = sessionFromJson(root, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.state.search.pipelineErrors, pipelineErrors);
    QCOMPARE(r.state.search.minSnr, 8.5);  // the other settings are kept
    QVERIFY(!r.state.search.redetrendMasked);
    QCOMPARE(r.warnings.size(), warning.isEmpty() ? 0 : 1);
    if (!warning.isEmpty()) {
        QVERIFY2(r.warnings[0].contains(QLatin1String("noise")), qPrintable(r.warnings[0]));
        QVERIFY2(r.warnings[0].contains(QLatin1String("local scatter")), qPrintable(r.warnings[0]));
        QVERIFY2(r.warnings[0].contains(warning), qPrintable(r.warnings[0]));
    }
    // Saved again, the choice reads back the same, without a warning.
    const QString path = dir.filePath("again.exoworld");
    QVERIFY(saveSessionState(r.state, path));
    const auto again = loadSession(path);
    QVERIFY(again.ok());
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.state.search.pipelineErrors, pipelineErrors);
}

void TestSessionIo::minTransits_data()
{
    QTest::addColumn<QJsonValue>("value");  // Undefined: no key (a session saved before the choice)
    QTest::addColumn<int>("minTransits");
    QTest::addColumn<QString>("warning");  // what the warning must name; empty: no warning
    QTest::newRow("old session, no key") << QJsonValue(QJsonValue::Undefined) << 3 << QString();
    QTest::newRow("2") << QJsonValue(2) << 2 << QString();
    QTest::newRow("1, the lowest") << QJsonValue(1) << 1 << QString();
    QTest::newRow("100, the highest") << QJsonValue(100) << 100 << QString();
    QTest::newRow("2.0 is whole") << QJsonValue(2.0) << 2 << QString();
    // Out of the CLI's limits: named as the panel names it, with the value found.
    QTest::newRow("0") << QJsonValue(0) << 3 << QString("\u201cMin transits\u201d");
    QTest::newRow("101") << QJsonValue(101) << 3 << QString("(got 101)");
    QTest::newRow("negative") << QJsonValue(-4) << 3 << QString("(got -4)");
    QTest::newRow("beyond an int") << QJsonValue(1e12) << 3 << QString("\"1e+12\"");
    // The wrong type: named as found.
    QTest::newRow("a fraction") << QJsonValue(2.5) << 3 << QString("\"2.5\"");
    QTest::newRow("a string") << QJsonValue("2") << 3 << QString("\"2\"");
    QTest::newRow("a boolean") << QJsonValue(true) << 3 << QString("\"true\"");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 3 << QString("\"null\"");
    QTest::newRow("an object") << QJsonValue(QJsonObject{{"n", 2}}) << 3 << QString("\"{");
}

void TestSessionIo::minTransits()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, minTransits);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QJsonObject root{{"format", "exoworld-session"}, {"version", 1}};
    QJsonObject search{{"max_planets", 5}, {"noise", "pipeline"}};
    if (!value.isUndefined())
        search["min_transits"] = value;
    root["search"] = search;
    const auto r = sessionFromJson(root, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.state.search.minTransits, minTransits);
    QCOMPARE(r.state.search.maxPlanets, 5);  // the other settings are kept
    QVERIFY(r.state.search.pipelineErrors);
    QVERIFY(validate(r.state.search).ok());
    QCOMPARE(r.warnings.size(), warning.isEmpty() ? 0 : 1);
    if (!warning.isEmpty()) {
        QVERIFY2(r.warnings[0].contains(QLatin1String("transits")), qPrintable(r.warnings[0]));
        QVERIFY2(r.warnings[0].contains(warning), qPrintable(r.warnings[0]));
        QVERIFY2(!r.warnings[0].contains(QLatin1String("--")), qPrintable(r.warnings[0]));
    }
    const QString path = dir.filePath("again.exoworld");
    QVERIFY(saveSessionState(r.state, path));
    const auto again = loadSession(path);
    QVERIFY(again.ok());
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.state.search.minTransits, minTransits);
}

QTEST_GUILESS_MAIN(TestSessionIo)
#include "test_session_io.moc"
