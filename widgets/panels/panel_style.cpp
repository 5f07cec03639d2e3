#include "panels/panel_style.h"

#include <QPainter>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace exo::ui {

QColor errorAccent() { return QColor(0xd6, 0x36, 0x2f); }
QColor warningAccent() { return QColor(0xd9, 0x8a, 0x00); }

namespace {
constexpr const char* kNormalTip = "exoNormalToolTip";
constexpr const char* kNormalTipSaved = "exoNormalToolTipSaved";

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
}  // namespace

void setFieldInvalid(QWidget* field, bool invalid, const QString& reason)
{
    if (!field)
        return;
    if (!field->property(kNormalTipSaved).toBool()) {
        field->setProperty(kNormalTip, field->toolTip());
        field->setProperty(kNormalTipSaved, true);
    }
    const bool was = field->property("invalid").toBool();
    field->setProperty("invalid", invalid);
    if (invalid) {
        QPalette pal = field->parentWidget() ? field->parentWidget()->palette() : field->palette();
        pal.setColor(QPalette::Base, blend(pal.color(QPalette::Base), errorAccent(), 0.35));
        field->setPalette(pal);
        const QString normal = field->property(kNormalTip).toString();
        field->setToolTip(normal.isEmpty() ? reason
                                           : QStringLiteral("<b>%1</b><br><br>%2").arg(reason.toHtmlEscaped(), normal));
    } else if (was) {
        field->setPalette(QPalette());  // back to the inherited (system) palette
        field->setToolTip(field->property(kNormalTip).toString());
    }
}

void paintEmptyHint(QPainter& painter, const QRect& rect, const QWidget* view, const QString& text)
{
    painter.save();
    painter.setPen(view->palette().color(QPalette::PlaceholderText));
    const QRect r = rect.adjusted(16, 16, -16, -16);
    painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

}  // namespace exo::ui
