#pragma once
/// A PNG of injection-recovery results: recovered fraction against expected SNR (left) and
/// injections in the period / expected-SNR plane, recovered in blue, missed in red (right).
#include <string>
#include <vector>

#include "pipeline/inject.h"

namespace exo::cli {
bool writeCompletenessPlot(const std::vector<pipeline::Injection>& inj, const std::string& path, std::string& why);
}
