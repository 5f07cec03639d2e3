#pragma once
/// @file panel_style.h
/// Small look-and-feel helpers shared by the panels. Colours follow the system
/// palette; the only fixed hues are semantic accents (error, warning).

#include <QColor>
#include <QString>

class QPainter;
class QRect;
class QWidget;

namespace exo::ui {

/// Semantic accent for "this value is invalid" (a red that reads on light and dark palettes).
QColor errorAccent();
/// Semantic accent for "look at this" (an amber).
QColor warningAccent();

/// Marks an input field as invalid (tinted background, explanatory tooltip) or
/// restores it. The field's normal tooltip is remembered the first time and put
/// back when the field becomes valid again. Sets the dynamic property "invalid".
void setFieldInvalid(QWidget* field, bool invalid, const QString& reason = {});

/// Paints a centred, word-wrapped hint in the palette's placeholder colour
/// (used for empty views: "Run a search to list ...").
void paintEmptyHint(QPainter& painter, const QRect& rect, const QWidget* view, const QString& text);

}  // namespace exo::ui
