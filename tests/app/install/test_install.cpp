// cmake --install into a temporary prefix: the installed executables run and report the
// version of exo_version.h, the desktop entry points at an installed binary and an
// installed icon, the metainfo names the desktop entry and this version, and the
// translations are installed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "exo_version.h"

namespace {

const QString kAppId = QStringLiteral("org.exoworld.Explorer");

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 timed out").arg(program);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The [Desktop Entry] group of a desktop file as key -> value (no locale keys).
QMap<QString, QString> readDesktopEntry(const QString& path)
{
    QMap<QString, QString> entry;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0)
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entry;
}

}  // namespace

class TestInstall : public QObject {
    Q_OBJECT
    QTemporaryDir m_prefix;
    QString m_desktopFile;

    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }

    /// A desktop-entry program name resolved the way a launcher would, with PREFIX/bin on PATH.
    QString resolveProgram(const QString& program) const
    {
        if (QDir::isAbsolutePath(program))
            return program;
        return QStandardPaths::findExecutable(program, {installed(QStringLiteral("bin"))});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run r = run(
            QStringLiteral(EXO_CMAKE_COMMAND),
            {QStringLiteral("--install"), QStringLiteral(EXO_BINARY_DIR), QStringLiteral("--prefix"), m_prefix.path()},
            100000);
        QVERIFY2(r.code == 0,
                 qPrintable(QStringLiteral("cmake --install failed (%1):\n%2\n%3").arg(r.code).arg(r.out, r.err)));
        m_desktopFile = installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
    }

    void installedCliReportsVersion()
    {
        const QString cli = installed(QStringLiteral("bin/exoworld-cli"));
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        const Run r = run(cli, {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("exoworld-cli %1\n").arg(QLatin1String(exo::kVersion)));
    }

    void installedWindowReportsVersionAndStarts()
    {
        const QString gui = installed(QStringLiteral("bin/exoworld"));
        QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui));
        Run r = run(gui, {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("exoworld %1\n").arg(QLatin1String(exo::kVersion)));
        // --help builds the QApplication (icon resources, translations) and exits cleanly.
        r = run(gui, {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("usage: exoworld")), qPrintable(r.out + r.err));
    }

    void versionComesFromProject()
    {
        QCOMPARE(QStringLiteral("%1.%2.%3").arg(exo::kVersionMajor).arg(exo::kVersionMinor).arg(exo::kVersionPatch),
                 QLatin1String(exo::kVersion));
    }

    void desktopEntryPointsAtInstalledBinaryAndIcon()
    {
        QVERIFY2(QFileInfo::exists(m_desktopFile), qPrintable(m_desktopFile));
        const auto entry = readDesktopEntry(m_desktopFile);
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QVERIFY(!entry.value(QStringLiteral("Name")).isEmpty());

        const QStringList exec = entry.value(QStringLiteral("Exec")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(!exec.isEmpty());
        const QString program = resolveProgram(exec.first());
        QVERIFY2(!program.isEmpty(), qPrintable("Exec program not installed: " + exec.first()));
        QCOMPARE(QFileInfo(program).canonicalFilePath(),
                 QFileInfo(installed(QStringLiteral("bin/exoworld"))).canonicalFilePath());
        QVERIFY(!resolveProgram(entry.value(QStringLiteral("TryExec"))).isEmpty());

        const QString icon = entry.value(QStringLiteral("Icon"));
        QCOMPARE(icon, kAppId);
        for (int size : {16, 32, 48, 64, 128, 256}) {
            const QString png = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(icon));
            QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable("icon missing or unreadable: " + png));
            QCOMPARE(image.size(), QSize(size, size));
        }
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(icon))));

        // The freedesktop validator, where installed (Debian: desktop-file-utils).
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            const Run v = run(validator, {m_desktopFile});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        }
    }

    void metainfoNamesEntryAndVersion()
    {
        QFile f(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString xml = QString::fromUtf8(f.readAll());
        QVERIFY(xml.contains(QStringLiteral("<id>%1</id>").arg(kAppId)));
        QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
        QVERIFY2(xml.contains(QStringLiteral("<release version=\"%1\"").arg(QLatin1String(exo::kVersion))),
                 "the metainfo release must be the project version");
        QVERIFY(!xml.contains(QLatin1Char('@')));  // every @VAR@ substituted

        // The AppStream validator, where installed (Debian: appstream).
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (!validator.isEmpty()) {
            const Run v = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), f.fileName()});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        }
    }

    void translationsInstalled()
    {
        const QStringList ts = QDir(QStringLiteral(EXO_SOURCE_DIR "/translations"))
                                   .entryList({QStringLiteral("exoworld_*.ts")}, QDir::Files);
        QVERIFY(!ts.isEmpty());
        for (QString name : ts) {
            name.replace(QRegularExpression(QStringLiteral("\\.ts$")), QStringLiteral(".qm"));
            const QFileInfo qm(installed(QStringLiteral("share/exoworld/translations/") + name));
            QVERIFY2(qm.exists() && qm.size() > 0, qPrintable(qm.filePath()));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
