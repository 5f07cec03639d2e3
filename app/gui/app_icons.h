#pragma once
/// @file app_icons.h
/// Toolbar icons of the window, painted in the palette's text colour so they read on light
/// and dark themes (Qt Svg is not in our stack, so no SVG files). GUI thread only.

#include <QIcon>

class QPalette;
class QStyle;

namespace exo::app {

enum class AppIcon {
    OpenFiles,
    OpenFolder,
    Save,
    Undo,
    Redo,
    RunSearch,
    Cancel,
    MaskRange,
    ExportPlot,
    ResetZoom,
    Problems,
    SearchAll
};

/// The icon for a toolbar action, in the colours of `palette`.
QIcon appIcon(AppIcon which, const QPalette& palette, QStyle* style);

}  // namespace exo::app
