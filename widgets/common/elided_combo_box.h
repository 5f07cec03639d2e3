#pragma once
/// @file elided_combo_box.h
/// A QComboBox that, when narrower than its current item, shows the item's text cut with
/// an ellipsis ("Square ro…") instead of clipping it mid-letter as QComboBox does (it
/// read "Square roc" and "Racine car" in the laptop's pixel column). The full list shows
/// when it is opened. GUI thread only.

#include <QComboBox>

namespace exo::ui {

class ElidedComboBox : public QComboBox {
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    /// The text as painted: the current item's, elided to the edit field's width.
    QString displayedText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect textRect(const QStyleOptionComboBox& opt) const;
};

}  // namespace exo::ui
