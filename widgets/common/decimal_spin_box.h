#pragma once
/// @file decimal_spin_box.h
/// A QDoubleSpinBox that takes both '.' and ',' as the decimal mark, whatever the locale:
/// in a French or Spanish locale a plain QDoubleSpinBox drops a typed "1.5" (or reads the
/// '.' as a thousands separator), silently changing what the user typed. Values here are
/// small, so no thousands separator is ever meant. GUI thread only.

#include <QDoubleSpinBox>

namespace exo::ui {

class DecimalSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    /// `text` with '.' and ',' replaced by the locale's decimal mark.
    QString normalised(QString text) const;

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    double valueFromText(const QString& text) const override;
};

}  // namespace exo::ui
