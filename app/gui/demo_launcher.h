#pragma once
#include <QString>

namespace exo::app {
/// Generate the bundled demo star into `dir` (blocking; call off the GUI thread).
/// Writes a `.complete` marker last, so an interrupted run is redone. True on success.
bool generateDemoInto(const QString& dir);
}
