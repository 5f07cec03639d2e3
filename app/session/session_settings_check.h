#pragma once
/// @file session_settings_check.h
/// Settings read from a session file go through the same pipeline::validate() as the
/// CLI and the pipeline panel. A setting out of its limits falls back to its default,
/// with a message naming it as the panel shows it ("Max planets"), not by an internal
/// name ("maxPlanets/maskFactor/binsPerDuration") or a CLI option.

#include <QStringList>

#include "pipeline/settings.h"

namespace exo::app {

/// Resets each invalid field of `p` and `s` to its default; one translated warning per
/// field, appended to `warnings`. Returns the number of fields reset.
int checkSessionSettings(pipeline::PrepareSettings& p, pipeline::SearchSettings& s, QStringList& warnings);

}  // namespace exo::app
