// Number entry in French and Spanish locales: a typed "1.5" or "1,5" is 1.5, never 1,00 or 15.
#include <QLineEdit>
#include <QtTest>

#include "common/decimal_spin_box.h"

using exo::ui::DecimalSpinBox;

class TestDecimalSpinBox : public QObject {
    Q_OBJECT
private slots:
    void bothSeparatorsAccepted_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        for (const char* loc : {"fr_FR", "es_ES", "en_US", "de_DE"})
            for (const char* typed : {"1.5", "1,5"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(loc), QLatin1String(typed))))
                    << QString::fromLatin1(loc) << QString::fromLatin1(typed);
    }
    void bothSeparatorsAccepted()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        DecimalSpinBox spin;
        spin.setLocale(QLocale(locale));
        spin.setRange(0.1, 5.0);
        spin.setDecimals(2);
        spin.setValue(0.75);
        spin.show();
        QLineEdit* edit = spin.findChild<QLineEdit*>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(spin.value(), 1.5);
        // Normalised to the locale's own decimal mark.
        QCOMPARE(QLocale(locale).toDouble(spin.normalised(typed)), 1.5);
    }
};

QTEST_MAIN(TestDecimalSpinBox)
#include "test_decimal_spin_box.moc"
