#pragma once
/// The window's link to the archives: File > Find Star Online…, common names in
/// the star list ("Kepler-62 (KIC 9002278)"), known planets' predicted transits on
/// the light curves, and "matches Kepler-62 b" on candidates and the fold.
/// Owned by the MainWindow; everything runs on the GUI thread, asynchronously.

#include <QObject>
#include <QModelIndex>
#include <QPointer>
#include <QSet>
#include <map>
#include <vector>

#include "archive/exoplanet_archive.h"

class QMenu;

namespace exo::archive {
class ArchiveSession;
}

namespace exo::app {

class FindStarDialog;
class MainWindow;

class MainWindowArchive : public QObject {
    Q_OBJECT
public:
    MainWindowArchive(MainWindow* window, QMenu* fileMenu);
    ~MainWindowArchive() override;

    archive::ArchiveSession* archive() const { return m_archive; }
    /// The dialog (created on first use, kept for the session).
    FindStarDialog* dialog();
    void openDialog();
    /// The fold's title plus the known planet its period matches, if any.
    void updateFoldTitle();

    /// What the Exoplanet Archive said about a star label ("KIC 9002278"), or null.
    const archive::StarInfo* starInfo(const QString& starLabel) const;
    /// Known planets of the current star (empty until known).
    std::vector<search::KnownPlanet> currentKnownPlanets() const;
    /// The known planet a signal matches ("Kepler-62 b"), or empty. NaN t0 = period only.
    QString matchLabel(double periodDays, double t0Bjd) const;
    /// Set candidate @p row's disposition to "KP" (known planet; undoable) when it
    /// matches one. Also reachable by double-clicking its Known planet cell or its context menu.
    bool markKnown(int row);

signals:
    void starInfoReady(const QString& starLabel);

private:
    int candidateRowAt(const QModelIndex& viewIndex) const;
    void lookupStars();
    void applyNames(const QString& starLabel);
    void applyKnownPlanets();
    void annotateCandidates();

    bool m_saidUnavailable = false;  ///< the archive-unreachable notice was shown
    MainWindow* m_window;
    archive::ArchiveSession* m_archive;
    QPointer<FindStarDialog> m_dialog;
    std::map<QString, archive::StarInfo> m_info;
    QSet<QString> m_asked;
};

}  // namespace exo::app
