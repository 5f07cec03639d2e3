#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <iostream>
#include "cli/cli.h"

int main(int argc, char** argv)
{
    // Qt Sql (the candidate store) and the settings need an application object;
    // the names place the store in the same data folder as the window's.
    const std::vector<std::string> args(argv + 1, argv + argc);
    std::unique_ptr<QCoreApplication> app;
    if (exo::cli::needsGui(args)) {
        // Sheets are drawn offscreen: the CLI never needs a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ExoWorld Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("ExoWorld"));
    return exo::cli::run(args, std::cout, std::cerr);
}
