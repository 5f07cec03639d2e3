// Hostile session files: each must give a clear message (or load with a warning)
// quickly and with bounded memory, never crash or hang. Complements
// test_session_io.cpp (format, version and round-trip rules).
#include "session/json_guard.h"
#include "session/session_io.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace exo::app;
using namespace exo::pipeline;

namespace {

QByteArray header() { return R"({"format": "exoworld-session", "version": 1, )"; }

QByteArray session(const QByteArray& body) { return header() + body + "}"; }

}  // namespace

class TestSessionHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    SessionLoadResult load(const QByteArray& bytes, const char* name = "hostile.exoworld")
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        f.close();
        return loadSession(path);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<SessionIoError>("expected");
        QTest::addColumn<QString>("inMessage");
        const QByteArray good = session(R"("files": [], "prepare": {"clip_sigma": 5})");
        QTest::newRow("truncated") << good.left(good.size() / 2) << SessionIoError::NotJson << "invalid JSON";
        QTest::newRow("NaN literal") << session(R"("prepare": {"clip_sigma": NaN})") << SessionIoError::NotJson
                                     << "invalid JSON";
        QTest::newRow("Infinity literal")
            << session(R"("prepare": {"clip_sigma": -Infinity})") << SessionIoError::NotJson << "invalid JSON";
        QTest::newRow("duplicate key") << QByteArray(R"({"format": "exoworld-session", "version": 1, "version": 2})")
                                       << SessionIoError::NotJson << "duplicate key \"version\"";
        QTest::newRow("nested duplicate") << session(R"("prepare": {"flux": "sap", "flux": "pdcsap"})")
                                          << SessionIoError::NotJson << "duplicate key \"flux\"";
        QTest::newRow("bad UTF-8") << session("\"current_star\": \"KIC \xff\xfe 1\"") << SessionIoError::NotJson
                                   << "invalid UTF-8";
        QTest::newRow("overlong UTF-8") << session("\"current_star\": \"\xc0\xaf\"") << SessionIoError::NotJson
                                        << "invalid UTF-8";
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << session("\"current_star\": \"\xed\xa0\x80\"") << SessionIoError::NotJson << "invalid UTF-8";
        QTest::newRow("deep nesting") << session("\"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']'))
                                      << SessionIoError::NotJson << "nesting deeper";
        QTest::newRow("files ill-typed") << session(R"("files": "all of them")") << SessionIoError::Invalid
                                         << "not a list";
        QTest::newRow("search ill-typed") << session(R"("search": 42)") << SessionIoError::Invalid << "not an object";
        QTest::newRow("newer version") << QByteArray(R"({"format": "exoworld-session", "version": 7})")
                                       << SessionIoError::NewerVersion << "newer ExoWorld";
        QTest::newRow("huge version") << QByteArray(R"({"format": "exoworld-session", "version": 1e300})")
                                      << SessionIoError::Invalid << "version";
        QByteArray many = header() + "\"files\": [";
        for (int i = 0; i < kMaxSessionFiles + 1; ++i)
            many += (i ? "," : "") + QByteArray(R"({"path": "/nowhere/f.fits"})");
        QTest::newRow("too many files") << QByteArray(many + "]}") << SessionIoError::Invalid << "files";
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(SessionIoError, expected);
        QFETCH(QString, inMessage);
        QElapsedTimer t;
        t.start();
        const auto r = load(content);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.error, expected);
        QVERIFY2(r.errorMessage.contains(inMessage), qPrintable(r.errorMessage));
        if (r.error == SessionIoError::NotJson)
            QVERIFY2(r.errorMessage.contains("hostile.exoworld"), qPrintable(r.errorMessage));
        QVERIFY(r.state.files.isEmpty());
    }

    /// A device never ends: the read is bounded and the load refused.
    void endlessDevice()
    {
        if (!QFile::exists("/dev/zero"))
            QSKIP("no /dev/zero");
        QElapsedTimer t;
        t.start();
        const auto r = loadSession("/dev/zero");
        QCOMPARE(r.error, SessionIoError::Invalid);
        QVERIFY2(r.errorMessage.contains("too large"), qPrintable(r.errorMessage));
        QVERIFY(t.elapsed() < 5000);
    }

    /// Thousands of missing data files: the load succeeds, lists every file in
    /// missingFiles, but the warnings stay readable (20 named, one summary).
    void thousandsOfMissingFiles()
    {
        QByteArray body = "\"files\": [";
        const int n = 5000;
        for (int i = 0; i < n; ++i)
            body += (i ? "," : "") + QByteArray("{\"path\": \"/nowhere/kplr") + QByteArray::number(i) + ".fits\"}";
        QElapsedTimer t;
        t.start();
        const auto r = load(session(body + "]"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.missingFiles.size(), n);
        QCOMPARE(r.state.files.size(), n);
        QCOMPARE(r.warnings.size(), kMaxListedMissingFiles + 1);
        QVERIFY2(r.warnings.last().contains(QString::number(n - kMaxListedMissingFiles)),
                 qPrintable(r.warnings.last()));
    }

    /// A NUL inside a path (valid JSON: \u0000) is no file name: dropped with a warning.
    void nulInPath()
    {
        const auto r = load(session("\"files\": [{\"path\": \"/data/a\\u0000b.fits\"}]"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(r.state.files.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains("invalid path"), qPrintable(r.warnings.first()));
    }

    void apertures_data()
    {
        QTest::addColumn<QByteArray>("aperture");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("warning");
        QTest::newRow("mask shorter than rows x cols")
            << QByteArray(R"({"mode": "custom", "rows": 3, "cols": 3, "mask": "0101"})") << false << "damaged";
        QTest::newRow("rows x cols overflow int")
            << QByteArray(R"({"mode": "custom", "rows": 2000000000, "cols": 2000000000, "mask": "1"})") << false
            << "damaged";
        QTest::newRow("negative shape") << QByteArray(R"({"mode": "custom", "rows": -2, "cols": -2, "mask": "1111"})")
                                        << false << "damaged";
        QTest::newRow("mask not 0/1") << QByteArray(R"({"mode": "custom", "rows": 1, "cols": 2, "mask": "12"})")
                                      << false << "damaged";
        QTest::newRow("mask selects nothing")
            << QByteArray(R"({"mode": "custom", "rows": 2, "cols": 2, "mask": "0000"})") << false << "no pixel";
        QTest::newRow("mask selects everything")
            << QByteArray(R"({"mode": "custom", "rows": 2, "cols": 2, "mask": "1111"})") << true << "";
        QTest::newRow("mask is a number")
            << QByteArray(R"({"mode": "custom", "rows": 1, "cols": 1, "mask": 1})") << false << "damaged";
        QTest::newRow("aperture is a list") << QByteArray(R"([1, 2])") << false << "Unknown aperture mode";
    }

    void apertures()
    {
        QFETCH(QByteArray, aperture);
        QFETCH(bool, kept);
        QFETCH(QString, warning);
        const QString data = QDir(m_dir.path()).absoluteFilePath("a.fits");
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("stand-in");
        f.close();
        const QByteArray body = "\"files\": [{\"path\": \"" + data.toUtf8() + "\"}], \"apertures\": {\"" + data.toUtf8()
                                + "\": " + aperture + "}";
        const auto r = load(session(body));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(r.state.apertures.count(data) == 1);
        const ApertureChoice& a = r.state.apertures.at(data);
        if (kept) {
            QCOMPARE(a.mode, ApertureMode::Custom);
            QCOMPARE(a.custom.size(), std::size_t(4));
            QVERIFY(r.warnings.isEmpty());
        } else {
            QVERIFY(a == ApertureChoice{});
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings.first().contains(warning), qPrintable(r.warnings.first()));
        }
    }

    /// Huge lists inside settings are capped with one warning each; damaged or
    /// non-finite masked ranges are dropped with one warning.
    void hugeSettingsLists()
    {
        QByteArray ranges = "[";
        for (int i = 0; i < 150000; ++i)
            ranges += (i ? "," : "") + QByteArray("[1,2]");
        ranges += ",[null, 2], [\"a\", 3]]";
        QByteArray durations = "[";
        for (int i = 0; i < 5000; ++i)
            durations += (i ? "," : "") + QByteArray("2.5");
        durations += "]";
        QElapsedTimer t;
        t.start();
        const auto r = load(session("\"prepare\": {\"masked_ranges\": " + ranges
                                    + "}, \"search\": {\"durations_hours\": " + durations + "}"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.state.prepare.maskedRanges.size(), std::size_t(1000));
        // 5000 trial durations: read no further than the limit, then refused by validate()
        // (the default durations are used) with one warning naming the setting.
        QVERIFY(r.state.search.durationsHours.empty());
        QCOMPARE(r.warnings.size(), 2);  // the ranges' cap (the damaged ones lie beyond it), the durations
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Durations")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    /// The search's choice words (noise, re-detrending) and min_transits, as hostile values: a
    /// megabyte of text with terminal escapes, a long list. The defaults load, with short,
    /// printable warnings that still name what was found.
    void hostileSearchChoices()
    {
        const QByteArray junk = "\\u001b[31mpipeline\\u0007" + QByteArray(1 << 20, 'x');
        QByteArray list = "[";
        for (int i = 0; i < 200000; ++i)
            list += (i ? "," : "") + QByteArray("3");
        list += "]";
        QElapsedTimer t;
        t.start();
        const auto r = load(session("\"search\": {\"noise\": \"" + junk + "\", \"redetrend\": \"" + junk
                                    + "\", \"min_transits\": " + list + "}"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!r.state.search.pipelineErrors);
        QVERIFY(r.state.search.redetrendMasked);
        QCOMPARE(r.state.search.minTransits, SearchSettings{}.minTransits);
        QCOMPARE(r.warnings.size(), 3);
        for (const QString& w : r.warnings) {
            QVERIFY2(w.size() < 300, qPrintable(QString::number(w.size())));
            for (QChar c : w)
                QVERIFY2(c.isPrint() || c == QLatin1Char(' '), qPrintable(w));
        }
        const QString all = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("noise")) && all.contains(QLatin1String("transits")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("pipeline")), qPrintable(all));  // the value, made printable
    }

    /// Every session input that ever made fuzz_session fail loads or is refused with a message.
    void replayRegressions()
    {
        const QDir dir(QStringLiteral(EXO_SOURCE_DIR "/tests/app/session/fuzz_regressions"));
        int replayed = 0;
        for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (f.fileName() == QLatin1String("README.md"))
                continue;
            QVERIFY2(f.size() <= 256 * 1024, qPrintable(f.fileName()));
            QElapsedTimer t;
            t.start();
            const auto r = loadSession(f.absoluteFilePath());
            QVERIFY2(r.ok() || !r.errorMessage.isEmpty(), qPrintable(f.fileName()));
            QVERIFY2(t.elapsed() < 2000, qPrintable(f.fileName()));
            ++replayed;
        }
        qInfo("%d session regression inputs replayed", replayed);
    }

    void guardAcceptsValidJson()
    {
        QVERIFY(checkJsonStructure("{\"a\": [1, 2.5e3, \"x\\\"y\", {\"b\": null, \"c\": true}], \"\xc3\xa9\": 1}")
                    .isEmpty());
        QVERIFY(checkJsonStructure(R"({"a": {"k": 1}, "b": {"k": 2}})").isEmpty());  // same key, different objects
        QVERIFY(checkJsonStructure(R"([{"k": 1}, {"k": 2}])").isEmpty());
        QVERIFY(!checkJsonStructure(R"([{"k": 1, "k": 2}])").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionHostile)
#include "test_session_hostile.moc"
