#include "common/elided_combo_box.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace exo::ui {

QRect ElidedComboBox::textRect(const QStyleOptionComboBox& opt) const
{
    QRect r = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    if (!opt.currentIcon.isNull())
        r.setLeft(r.left() + opt.iconSize.width() + 4);
    return r.adjusted(1, 0, -1, 0);  // the margins CE_ComboBoxLabel leaves
}

QString ElidedComboBox::displayedText() const
{
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    return fontMetrics().elidedText(opt.currentText, Qt::ElideRight, textRect(opt).width());
}

void ElidedComboBox::paintEvent(QPaintEvent*)
{
    // As QComboBox::paintEvent, with the label elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        opt.palette.setBrush(QPalette::ButtonText, opt.palette.placeholderText());
        opt.currentText = placeholderText();
    }
    opt.currentText = fontMetrics().elidedText(opt.currentText, Qt::ElideRight, textRect(opt).width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

}  // namespace exo::ui
