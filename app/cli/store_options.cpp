#include "cli/store_options.h"

#include "cli/cli.h"
#include "session/app_settings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace exo::cli {

int openStore(const Args& args, store::CandidateStore& st, std::ostream& err, const char* command)
{
    QString path =
        args.value("store") ? QString::fromStdString(*args.value("store")) : store::CandidateStore::defaultPath();
    // A batch's results folder (exoworld-cli batch --out RESULTS) names its store.
    if (QFileInfo(path).isDir() && QFileInfo::exists(path + QStringLiteral("/results.sqlite")))
        path += QStringLiteral("/results.sqlite");
    const auto status = st.open(path);
    if (status.ok())
        return kOk;
    err << "exoworld-cli " << command << ": " << status.message.toStdString() << "\n";
    using E = store::StoreError;
    switch (status.code) {
    case E::NotADatabase:
    case E::Corrupt:
    case E::NewerSchema:
    case E::ForeignSchema:
    case E::CannotOpen: return kBadInput;
    default: return kFailure;
    }
}

QString storeAuthor(const Args& args)
{
    if (auto a = args.value("author"))
        return QString::fromStdString(*a);
    if (!QCoreApplication::organizationName().isEmpty()) {
        const QString fromSettings = app::AppSettings().author();
        if (!fromSettings.isEmpty())
            return fromSettings;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

}  // namespace exo::cli
