#pragma once
// Runs exoworld-cli in-process and captures its output (tests only).
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QString>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

struct CliRun {
    int code = -1;
    std::string out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(QByteArray::fromStdString(out)); }
};

inline CliRun runCli(const std::vector<std::string>& args)
{
    std::ostringstream o, e;
    CliRun r;
    r.code = exo::cli::run(args, o, e);
    r.out = o.str();
    r.err = e.str();
    return r;
}

inline std::string realFile(const char* rel)
{
    return (QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QString::fromUtf8(rel)).toStdString();
}
