// Tests of exo::app::AppSettings on a temporary INI file: recent files are
// most-recent-first, deduplicated and capped at 10; every typed value persists
// under its declared key; defaults apply when nothing is stored.
#include "session/app_settings.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exo::app;

class TestAppSettings : public QObject {
    Q_OBJECT
private slots:
    void defaults();
    void recentFilesOrderDedupLimit();
    void recentFilesNormalised();
    void recentFilesRemoveAndClear();
    void valuesPersistUnderDeclaredKeys();
};

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath("exoworld.ini"));
    QVERIFY(s.recentFiles().isEmpty());
    QVERIFY(s.lastOpenDir().isEmpty());
    QVERIFY(s.lastExportDir().isEmpty());
    QCOMPARE(s.colorMap(), QString("viridis"));
    QCOMPARE(s.stretch(), QString("linear"));
    QVERIFY(s.windowGeometry().isEmpty());
    QVERIFY(s.windowState().isEmpty());
    QVERIFY(s.language().isEmpty());
    QVERIFY(!s.showFlaggedCadences());
    QVERIFY(!s.firstRunDone());
    QCOMPARE(s.fileName(), dir.filePath("exoworld.ini"));
}

void TestAppSettings::recentFilesOrderDedupLimit()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath("exoworld.ini"));
    QSignalSpy changed(&s, &AppSettings::recentFilesChanged);
    for (int i = 1; i <= 12; ++i)
        s.addRecentFile(QString("/data/f%1.fits").arg(i));
    QStringList recent = s.recentFiles();
    QCOMPARE(recent.size(), AppSettings::kMaxRecentFiles);
    QCOMPARE(recent.front(), QString("/data/f12.fits"));  // most recent first
    QCOMPARE(recent.back(), QString("/data/f3.fits"));    // f1, f2 fell off
    QCOMPARE(changed.count(), 12);

    // Re-opening an existing entry moves it to the front without duplicating it.
    s.addRecentFile("/data/f5.fits");
    recent = s.recentFiles();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.front(), QString("/data/f5.fits"));
    QCOMPARE(recent.count("/data/f5.fits"), 1);
    QCOMPARE(recent.at(1), QString("/data/f12.fits"));
    QCOMPARE(changed.last().at(0).toStringList(), recent);

    // Adding the current front again changes nothing.
    const int before = changed.count();
    s.addRecentFile("/data/f5.fits");
    QCOMPARE(changed.count(), before);
    s.addRecentFile(QString());
    QCOMPARE(s.recentFiles(), recent);
}

void TestAppSettings::recentFilesNormalised()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath("exoworld.ini"));
    s.addRecentFile("/data/a/../b/x.fits");
    s.addRecentFile("/data/b/./x.fits");
    QCOMPARE(s.recentFiles(), QStringList{"/data/b/x.fits"});
    s.addRecentFile("relative.fits");
    QCOMPARE(s.recentFiles().front(), QDir::cleanPath(QDir::current().absoluteFilePath("relative.fits")));
}

void TestAppSettings::recentFilesRemoveAndClear()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath("exoworld.ini"));
    s.addRecentFile("/a.fits");
    s.addRecentFile("/b.fits");
    s.removeRecentFile("/a.fits");
    QCOMPARE(s.recentFiles(), QStringList{"/b.fits"});
    s.clearRecentFiles();
    QVERIFY(s.recentFiles().isEmpty());
}

void TestAppSettings::valuesPersistUnderDeclaredKeys()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath("exoworld.ini");
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    const QByteArray state("\x00\xff\x00\x00\x00\x00\xfd", 7);
    {
        AppSettings s(ini);
        s.addRecentFile("/data/q1.fits");
        s.addRecentFile("/data/q2.fits");
        s.setLastOpenDir("/data");
        s.setLastExportDir("/home/me/plots");
        s.setColorMap("inferno");
        s.setStretch("asinh");
        s.setWindowGeometry(geometry);
        s.setWindowState(state);
        s.setLanguage("fr");
        s.setShowFlaggedCadences(true);
        s.setFirstRunDone(true);
        s.sync();
    }
    AppSettings s(ini);
    QCOMPARE(s.recentFiles(), QStringList({"/data/q2.fits", "/data/q1.fits"}));
    QCOMPARE(s.lastOpenDir(), QString("/data"));
    QCOMPARE(s.lastExportDir(), QString("/home/me/plots"));
    QCOMPARE(s.colorMap(), QString("inferno"));
    QCOMPARE(s.stretch(), QString("asinh"));
    QCOMPARE(s.windowGeometry(), geometry);
    QCOMPARE(s.windowState(), state);
    QCOMPARE(s.language(), QString("fr"));
    QVERIFY(s.showFlaggedCadences());
    QVERIFY(s.firstRunDone());

    // The storage uses exactly the declared keys.
    QSettings raw(ini, QSettings::IniFormat);
    namespace k = settings_keys;
    QStringList keys = raw.allKeys();
    keys.sort();
    QStringList declared{
        k::RecentFiles, k::LastOpenDir, k::LastExportDir,       k::ColorMap,    k::Stretch, k::WindowGeometry,
        k::WindowState, k::Language,    k::ShowFlaggedCadences, k::FirstRunDone};
    declared.sort();
    QCOMPARE(keys, declared);
    QCOMPARE(raw.value(k::ColorMap).toString(), QString("inferno"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_app_settings.moc"
