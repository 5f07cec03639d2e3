#pragma once
/// @file widget_map.h
/// Where things are on screen, for driving the window from outside with real clicks
/// (scripts/drive): while the environment variable EXOWORLD_WIDGET_MAP names a file,
/// the window keeps that file up to date with one line per clickable element:
///
///     KIND X Y W H NAME
///
/// in global (screen) pixels. KIND is `window` (a visible top-level window, NAME its title),
/// `widget` (a visible widget with an object name), `tab` (a tab of a tab bar, NAME its
/// text), `menu` (an entry of the menu bar or of an open menu: its action's object name,
/// else its text without "&"), `tool` (a toolbar button: its action's object name, else
/// its text), `button` (a push or tool button without object name: its text), `row` (a
/// visible row of a named item view: "VIEW:ROW TEXT") or `peak` (a labelled periodogram
/// peak: "N PERIOD", highest first; W and H are 1). Nothing is written when the variable
/// is unset. Reading the file never changes the window.

#include <QString>

class QObject;

namespace exo::app {

/// The current map (see the file comment).
QString widgetMapText();
/// Rewrites `path` (atomically) every `intervalMs` milliseconds while `parent` lives.
void startWidgetMap(const QString& path, QObject* parent, int intervalMs = 250);

}  // namespace exo::app
