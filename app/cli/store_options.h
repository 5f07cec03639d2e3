#pragma once
/// Options shared by the commands that use the candidate store:
/// --store PATH (default: the user's store) and --author NAME.

#include <ostream>

#include <QString>

#include "cli/args.h"
#include "store/candidate_store.h"

namespace exo::cli {

/// Opens --store PATH or the default store; errors go to `err`. Returns an exit code.
int openStore(const Args& args, store::CandidateStore& st, std::ostream& err, const char* command);
/// --author, else the window's author setting, else $USER / $USERNAME.
QString storeAuthor(const Args& args);

}  // namespace exo::cli
