#include "common/decimal_spin_box.h"

namespace exo::ui {

QString DecimalSpinBox::normalised(QString text) const
{
    const QString mark = locale().decimalPoint();
    for (const QChar c : {QLatin1Char('.'), QLatin1Char(',')})
        if (mark != QString(c))
            text.replace(c, mark);
    return text;
}

QValidator::State DecimalSpinBox::validate(QString& input, int& pos) const
{
    input = normalised(input);  // the line edit shows the corrected mark as it is typed
    return QDoubleSpinBox::validate(input, pos);
}

void DecimalSpinBox::fixup(QString& input) const
{
    input = normalised(input);
    QDoubleSpinBox::fixup(input);
}

double DecimalSpinBox::valueFromText(const QString& text) const
{
    return QDoubleSpinBox::valueFromText(normalised(text));
}

}  // namespace exo::ui
