#pragma once
#include <QString>

#include "common/progress.h"

namespace exo::app {
/// Generate the bundled demo star into `dir` (blocking; call off the GUI thread).
/// Writes a `.complete` marker last, so an interrupted run is redone. True on success;
/// false when it failed or `progress` cancelled it.
bool generateDemoInto(const QString& dir, const ProgressFn& progress = {});
}  // namespace exo::app
