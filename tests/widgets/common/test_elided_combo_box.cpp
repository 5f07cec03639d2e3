// ElidedComboBox: a combo narrower than its item shows "Square ro…", never a clipped
// "Square roc" (seen in the 1366x768 pixel column, worse in French: "Racine car").
#include <QtTest>

#include "common/elided_combo_box.h"

using exo::ui::ElidedComboBox;

class TestElidedComboBox : public QObject {
    Q_OBJECT
private slots:
    void elidesWhenNarrow()
    {
        ElidedComboBox c;
        c.addItems({QStringLiteral("Racine carrée"), QStringLiteral("Log")});
        c.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c.setMinimumContentsLength(3);
        c.resize(c.sizeHint());
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        // Wide enough: the whole text.
        c.resize(300, c.height());
        QCOMPARE(c.displayedText(), QStringLiteral("Racine carrée"));
        // Narrow: cut with an ellipsis, and what is drawn fits.
        c.resize(c.fontMetrics().horizontalAdvance(QStringLiteral("Racine")) + 40, c.height());
        const QString shown = c.displayedText();
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(shown.startsWith(QStringLiteral("Ra")));
        QVERIFY(!c.grab().isNull());
        // Short items are never cut.
        c.setCurrentIndex(1);
        QCOMPARE(c.displayedText(), QStringLiteral("Log"));
    }
};

QTEST_MAIN(TestElidedComboBox)
#include "test_elided_combo_box.moc"
