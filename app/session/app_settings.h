#pragma once
/// @file app_settings.h
/// AppSettings: the one facade over QSettings for application preferences
/// (not analysis parameters, which live in the Session). Every key is declared
/// once here, typed; call sites never use ad-hoc QSettings keys.
/// GUI thread (QSettings is reentrant; one AppSettings per thread if needed).

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace exo::app {

/// The QSettings keys, grouped "section/name" (for inspection and tests).
namespace settings_keys {
inline constexpr const char* RecentFiles = "files/recent";
inline constexpr const char* LastOpenDir = "files/lastOpenDir";
inline constexpr const char* LastExportDir = "files/lastExportDir";
inline constexpr const char* ColorMap = "pixels/colorMap";
inline constexpr const char* Stretch = "pixels/stretch";
inline constexpr const char* WindowGeometry = "window/geometry";
inline constexpr const char* WindowState = "window/state";
inline constexpr const char* Language = "ui/language";
inline constexpr const char* ShowFlaggedCadences = "plots/showFlaggedCadences";
inline constexpr const char* FirstRunDone = "ui/firstRunDone";
inline constexpr const char* Author = "store/author";
inline constexpr const char* StorePath = "store/path";
}  // namespace settings_keys

class AppSettings : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 10;
    static inline const QString kDefaultColorMap = QStringLiteral("viridis");
    static inline const QString kDefaultStretch = QStringLiteral("linear");

    /// Native settings of the application (organisation/application names of
    /// QCoreApplication).
    explicit AppSettings(QObject* parent = nullptr);
    /// INI settings stored in `iniFilePath` (tests, portable installs).
    explicit AppSettings(const QString& iniFilePath, QObject* parent = nullptr);
    ~AppSettings() override;

    /// Recently opened files or sessions: absolute clean paths, most recent first,
    /// no duplicates, at most kMaxRecentFiles.
    QStringList recentFiles() const;
    /// Moves/inserts `path` at the front (emits recentFilesChanged).
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    QString lastOpenDir() const;  ///< empty = none yet
    void setLastOpenDir(const QString& dir);
    /// Folder of the last export (plot, light curve, candidates); empty = none yet.
    QString lastExportDir() const;
    void setLastExportDir(const QString& dir);
    QString colorMap() const;  ///< pixel colour map name, default "viridis"
    void setColorMap(const QString& name);
    QString stretch() const;  ///< pixel stretch name, default "linear"
    void setStretch(const QString& name);
    QByteArray windowGeometry() const;  ///< QWidget::saveGeometry() bytes
    void setWindowGeometry(const QByteArray& bytes);
    QByteArray windowState() const;  ///< QMainWindow::saveState() bytes
    void setWindowState(const QByteArray& bytes);
    QString language() const;  ///< e.g. "fr"; empty = system language
    void setLanguage(const QString& code);
    bool showFlaggedCadences() const;  ///< default false
    void setShowFlaggedCadences(bool show);
    bool firstRunDone() const;  ///< default false
    void setFirstRunDone(bool done);
    /// The name written as "author" into saved and exported candidates; empty = not set.
    QString author() const;
    void setAuthor(const QString& name);
    /// The candidate store file; empty = the default (CandidateStore::defaultPath()).
    QString storePath() const;
    void setStorePath(const QString& path);

    /// Writes pending changes to storage.
    void sync();
    /// The storage location (file path or registry path).
    QString fileName() const;

signals:
    void recentFilesChanged(const QStringList& files);

private:
    void writeRecentFiles(const QStringList& files);

    std::unique_ptr<QSettings> m_settings;
};

}  // namespace exo::app
