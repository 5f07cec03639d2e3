// exoworld: the window. main() only sets up the application.
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include "gui/launch_options.h"
#include "gui/main_window.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ExoWorld Explorer"));
    QApplication::setOrganizationName(QStringLiteral("ExoWorld"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    // Translations embedded by qt_add_translations under :/i18n.
    QTranslator translator, qtTranslator;
    if (translator.load(QLocale(), QStringLiteral("exoworld"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    const auto opts = exo::app::parseLaunchOptions(QApplication::arguments());
    QTextStream err(stderr);
    if (opts.help) {
        QTextStream(stdout) << exo::app::launchUsage();
        return 0;
    }
    if (!opts.error.isEmpty()) {
        err << "exoworld: " << opts.error << "\n" << exo::app::launchUsage();
        return 2;
    }

    exo::app::MainWindow window;
    if (!opts.screenshotPath.isEmpty())
        return window.runScreenshot(opts);
    window.resize(opts.size);
    window.show();
    window.openInitial(opts.files);
    return app.exec();
}
