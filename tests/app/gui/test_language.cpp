// The interface language: the saved choice wins, else the system's first supported language,
// else English; the built French and Spanish catalogues translate the window's strings even
// though lupdate files them under bare class names.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>
#include <QtTest>

#include "gui/language.h"

using exo::app::resolveLanguage;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void resolve()
    {
        QCOMPARE(resolveLanguage(QStringLiteral("es"), {QStringLiteral("fr-FR")}), QStringLiteral("es"));
        QCOMPARE(resolveLanguage(QString(), {QStringLiteral("fr-FR"), QStringLiteral("en-US")}), QStringLiteral("fr"));
        QCOMPARE(resolveLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("es-MX")}), QStringLiteral("es"));
        QCOMPARE(resolveLanguage(QString(), {QStringLiteral("de-DE")}), QStringLiteral("en"));
        QCOMPARE(resolveLanguage(QStringLiteral("xx"), {QStringLiteral("es_ES")}), QStringLiteral("es"));
        QCOMPARE(resolveLanguage(QStringLiteral("en"), {QStringLiteral("fr-FR")}), QStringLiteral("en"));
    }

    void catalogues_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("runs");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                            << QStringLiteral("Lancer la recherche");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("Buscar");
    }
    void catalogues()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        QFETCH(QString, runs);
        const QString qm = QStringLiteral(EXO_BINARY_DIR "/app/exoworld_") + lang + QStringLiteral(".qm");
        if (!QFileInfo::exists(qm))
            QSKIP("catalogue not built (build the exoworld target)");
        QTranslator* t = exo::app::makeTranslator(this);
        QVERIFY(t->load(qm));
        QCoreApplication::installTranslator(t);
        // The contexts tr() uses at run time.
        QCOMPARE(QCoreApplication::translate("exo::app::MainWindow", "&File"), file);
        QCOMPARE(QCoreApplication::translate("exo::ui::PipelinePanel", "Run search"), runs);
        QVERIFY(QCoreApplication::translate("exo::ui::StarBrowser", "Searched: %n candidate(s)", nullptr, 3)
                    .contains(QLatin1Char('3')));
        QCOMPARE(QCoreApplication::translate("exo::app::MainWindow", "no such string"),
                 QStringLiteral("no such string"));
        QCoreApplication::removeTranslator(t);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
