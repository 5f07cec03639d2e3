#pragma once
#include <QString>
#include "common/status.h"

namespace exo::ui {
/// Translated, user-facing text for a core status (code + technical detail). The detail
/// goes through the one sanitizer (exo::safeText): it may quote file content.
/// With `path`, a detail that starts with that file's name loses it (the caller names
/// the file once, around this text).
QString errorText(const exo::Status& status, const QString& path = {});
}  // namespace exo::ui
