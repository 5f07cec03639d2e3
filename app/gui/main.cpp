// exoworld: the window. main() only sets up the application.
#include <QApplication>
#include <QLocale>
#include <QScreen>
#include <QTextStream>

#include "exo_version.h"
#include "gui/app_icon.h"
#include <cstring>
#include <exception>
#include <new>

#include "common/safe_text.h"
#include "gui/language.h"
#include "gui/launch_options.h"
#include "gui/main_window.h"
#include "gui/widget_map.h"
#include "session/app_settings.h"

namespace {
/// Headless batch use (--screenshot): stderr carries our one line per problem, not Qt's
/// chatter (platform-plugin and runtime-directory warnings); critical messages stay.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << "exoworld: " << QString::fromStdString(exo::safeText(msg.toStdString())) << "\n";
}
}  // namespace

int main(int argc, char** argv)
{
    // --version needs no display: answer it before the QApplication connects to one.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "exoworld " << EXO_VERSION_STRING << "\n";
            return 0;
        }
    }

    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0)
            qInstallMessageHandler(quietMessages);
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
        exo::app::installTranslations(&app,
                                      exo::app::resolveLanguage(settings.language(), QLocale::system().uiLanguages()));
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

    // No exception leaves main(): an allocation failure or any other error ends with one
    // clear line instead of std::terminate (worker jobs report theirs as file errors).
    try {
        if (opts.dark)
            exo::app::applyDarkPalette();
        exo::app::MainWindow window;
        if (!opts.screenshotPath.isEmpty())
            return window.runScreenshot(opts);
        const QScreen* screen = QGuiApplication::primaryScreen();
        window.fitToScreen(screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768),
                           opts.sizeGiven ? opts.size : QSize());
        window.show();
        // scripts/drive: where every control is, for clicks from outside (see widget_map.h).
        if (const QString map = qEnvironmentVariable("EXOWORLD_WIDGET_MAP"); !map.isEmpty())
            exo::app::startWidgetMap(map, &window);
        window.openInitial(opts.files);
        if (opts.workshopStep > 0)
            window.openWorkshop(opts.workshopStep - 1);
        return app.exec();
    } catch (const std::bad_alloc&) {
        err << "exoworld: " << QCoreApplication::translate("exo::app", "out of memory") << "\n";
    } catch (const std::exception& e) {
        err << "exoworld: "
            << QCoreApplication::translate("exo::app", "internal error: %1")
                   .arg(QString::fromStdString(exo::safeText(e.what())))
            << "\n";
    }
    return 1;
}
