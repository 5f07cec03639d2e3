#pragma once
#include <QString>
#include "common/status.h"

namespace exo::ui {
/// Translated, user-facing text for a core status (code + technical detail).
QString errorText(const exo::Status& status);
}
