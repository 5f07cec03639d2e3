#include <QCoreApplication>
#include <iostream>
#include "cli/cli.h"

int main(int argc, char** argv)
{
    // Qt Sql (the candidate store) and the settings need an application object;
    // the names place the store in the same data folder as the window's.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ExoWorld Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("ExoWorld"));
    std::vector<std::string> args(argv + 1, argv + argc);
    return exo::cli::run(args, std::cout, std::cerr);
}
