#pragma once
#include <QIcon>

namespace exo::app {

/// The application icon (resources/icons, compiled in from resources/exoworld.qrc):
/// every PNG size, so the window manager picks the sharpest one. Safe to call
/// more than once; registers the resource on first use (exoapp is a static library,
/// so its resources need an explicit Q_INIT_RESOURCE).
QIcon appIcon();

}  // namespace exo::app
