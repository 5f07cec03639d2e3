#pragma once
/// `vet --sheet OUT.pdf|OUT.png`: the one-page vetting sheet of a vetted ephemeris, drawn by
/// the same code as `candidates sheet` and the window's export (app/sheet).

#include <ostream>
#include <string>
#include <vector>

#include "pipeline/analysis.h"
#include "pipeline/settings.h"
#include "vetting/vetting.h"

namespace exo::cli {

/// Writes the sheet of `ephemeris` as vetted in `report` on the prepared light curve of the
/// star (`meta`, `files`). Returns an exit code; the reason of a failure goes to `err`.
int writeVetSheet(const std::string& path, const Metadata& meta, const std::vector<std::string>& files,
                  const pipeline::PrepareSettings& prepare, const pipeline::Prepared& prepared,
                  const vetting::Ephemeris& ephemeris, const vetting::Report& report, std::ostream& err);

}  // namespace exo::cli
