#include "session/app_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace exo::app {

namespace keys = settings_keys;

namespace {

QString normalisedPath(const QString& path)
{
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// Normalises, removes empties and duplicates (first occurrence wins) and truncates.
QStringList cleanRecent(const QStringList& in)
{
    QStringList out;
    for (const QString& p : in) {
        const QString n = normalisedPath(p);
        if (!n.isEmpty() && !out.contains(n))
            out << n;
        if (out.size() == AppSettings::kMaxRecentFiles)
            break;
    }
    return out;
}

}  // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFilePath, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return cleanRecent(m_settings->value(keys::RecentFiles).toStringList());
}

void AppSettings::writeRecentFiles(const QStringList& files)
{
    const QStringList cleaned = cleanRecent(files);
    if (cleaned == recentFiles() && m_settings->contains(keys::RecentFiles))
        return;
    m_settings->setValue(keys::RecentFiles, cleaned);
    emit recentFilesChanged(cleaned);
}

void AppSettings::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QStringList files = recentFiles();
    files.prepend(path);
    writeRecentFiles(files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(normalisedPath(path));
    writeRecentFiles(files);
}

void AppSettings::clearRecentFiles() { writeRecentFiles({}); }

QString AppSettings::lastOpenDir() const { return m_settings->value(keys::LastOpenDir).toString(); }
void AppSettings::setLastOpenDir(const QString& dir) { m_settings->setValue(keys::LastOpenDir, dir); }
QString AppSettings::lastExportDir() const { return m_settings->value(keys::LastExportDir).toString(); }
void AppSettings::setLastExportDir(const QString& dir) { m_settings->setValue(keys::LastExportDir, dir); }

QString AppSettings::colorMap() const
{
    const QString v = m_settings->value(keys::ColorMap).toString();
    return v.isEmpty() ? kDefaultColorMap : v;
}
void AppSettings::setColorMap(const QString& name) { m_settings->setValue(keys::ColorMap, name); }

QString AppSettings::stretch() const
{
    const QString v = m_settings->value(keys::Stretch).toString();
    return v.isEmpty() ? kDefaultStretch : v;
}
void AppSettings::setStretch(const QString& name) { m_settings->setValue(keys::Stretch, name); }

QByteArray AppSettings::windowGeometry() const { return m_settings->value(keys::WindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& bytes) { m_settings->setValue(keys::WindowGeometry, bytes); }

QByteArray AppSettings::windowState() const { return m_settings->value(keys::WindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& bytes) { m_settings->setValue(keys::WindowState, bytes); }

QString AppSettings::language() const { return m_settings->value(keys::Language).toString(); }
void AppSettings::setLanguage(const QString& code) { m_settings->setValue(keys::Language, code); }

bool AppSettings::showFlaggedCadences() const { return m_settings->value(keys::ShowFlaggedCadences, false).toBool(); }
void AppSettings::setShowFlaggedCadences(bool show) { m_settings->setValue(keys::ShowFlaggedCadences, show); }

bool AppSettings::firstRunDone() const { return m_settings->value(keys::FirstRunDone, false).toBool(); }
void AppSettings::setFirstRunDone(bool done) { m_settings->setValue(keys::FirstRunDone, done); }
QString AppSettings::author() const { return m_settings->value(keys::Author).toString(); }
void AppSettings::setAuthor(const QString& name) { m_settings->setValue(keys::Author, name.trimmed()); }
QString AppSettings::storePath() const { return m_settings->value(keys::StorePath).toString(); }
void AppSettings::setStorePath(const QString& path) { m_settings->setValue(keys::StorePath, path); }

void AppSettings::sync() { m_settings->sync(); }

QString AppSettings::fileName() const { return m_settings->fileName(); }

}  // namespace exo::app
