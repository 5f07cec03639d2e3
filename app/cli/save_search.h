#pragma once
/// `search --save`: writes a search's candidates into the candidate store.

#include <ostream>

#include "cli/args.h"
#include "cli/pipeline_options.h"
#include "pipeline/search.h"
#include "vetting/vetting.h"

namespace exo::cli {

/// Saves every candidate of `outcome` (star, files with SHA-256, every setting,
/// software version, author, and its vetting: `reports[i]` for candidate i, in the
/// same JSON as `search --json`) into --store or the default store. A re-found
/// signal updates its record and keeps the user's flag, disposition and note.
/// Reports to `info` ("saved N candidate(s) to PATH"); errors to `err`. Returns an exit code.
int saveSearch(const Args& args, const InputOptions& in, const Metadata& meta, const std::vector<std::string>& files,
               const pipeline::PrepareSettings& prepare, const pipeline::SearchSettings& search,
               const pipeline::SearchOutcome& outcome, const std::vector<vetting::Report>& reports, std::ostream& info,
               std::ostream& err);

}  // namespace exo::cli
