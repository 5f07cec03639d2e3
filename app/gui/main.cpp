// exoworld: the window. main() only sets up the application.
#include <QApplication>
#include <QLocale>
#include <QScreen>
#include <QTextStream>

#include "exo_version.h"
#include "gui/app_icon.h"
#include "gui/language.h"
#include "gui/launch_options.h"
#include "gui/main_window.h"
#include "session/app_settings.h"

int main(int argc, char** argv)
{
    // --version needs no display: answer it before the QApplication connects to one.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "exoworld " << EXO_VERSION_STRING << "\n";
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ExoWorld Explorer"));
    QApplication::setOrganizationName(QStringLiteral("ExoWorld"));
    QApplication::setApplicationVersion(QStringLiteral(EXO_VERSION_STRING));
    QApplication::setWindowIcon(exo::app::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.exoworld.Explorer"));
    exo::app::useCNumericLocale();  // QApplication set LC_ALL from the environment

    // View > Language, else the system's language. An installed .qm
    // (PREFIX/share/exoworld/translations) wins over the ones embedded under :/i18n.
    {
        exo::app::AppSettings settings;
        exo::app::installTranslations(
            &app, exo::app::resolveLanguage(settings.language(), QLocale::system().uiLanguages()));
    }

    const auto opts = exo::app::parseLaunchOptions(QApplication::arguments());
    QTextStream err(stderr);
    if (opts.help) {
        QTextStream(stdout) << exo::app::launchUsage();
        return 0;
    }
    if (opts.version) {  // normally answered above, before any display is needed
        QTextStream(stdout) << "exoworld " << QApplication::applicationVersion() << "\n";
        return 0;
    }
    if (!opts.error.isEmpty()) {
        err << "exoworld: " << opts.error << "\n" << exo::app::launchUsage();
        return 2;
    }

    if (opts.dark) exo::app::applyDarkPalette();
    exo::app::MainWindow window;
    if (!opts.screenshotPath.isEmpty())
        return window.runScreenshot(opts);
    const QScreen* screen = QGuiApplication::primaryScreen();
    window.fitToScreen(screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768),
                       opts.sizeGiven ? opts.size : QSize());
    window.show();
    window.openInitial(opts.files);
    return app.exec();
}
