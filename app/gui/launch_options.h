#pragma once
#include <QSize>
#include <QString>
#include <QStringList>

namespace exo::app {

/// Command line of the `exoworld` window.
struct LaunchOptions {
    QStringList files;       ///< files, folders or a session to open
    QString screenshotPath;  ///< --screenshot OUT.png: lay out, run, save, exit
    QSize size{1440, 900};   ///< --size WxH (screenshot mode and initial size)
    bool sizeGiven = false;
    int timeoutSeconds = 180;  ///< screenshot mode gives up after this
    QString error;             ///< non-empty on bad usage
    bool help = false;
    bool version = false;  ///< --version: print the version and exit
    bool dark = false;     ///< --dark: Fusion style with a dark palette (to check dark themes)
    int workshopStep = 0;  ///< --workshop-step N: open Help > Workshop at step N (1-based; 0 = closed)
};

LaunchOptions parseLaunchOptions(const QStringList& arguments);
QString launchUsage();

}  // namespace exo::app
