// French and Spanish are complete: no unfinished, obsolete or empty translation in the
// committed .ts files, numerus forms filled, the same %1..%9 / %n placeholders as the English,
// menu accelerators kept, and a fresh lupdate over today's sources adds no new string.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Entry {
    QString context, source, translation, type;
    QStringList forms;
    bool numerus = false;
};

QVector<Entry> readTs(const QString& path, QString* error)
{
    QVector<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto n = xml.name();
            if (n == QLatin1String("name"))
                context = xml.readElementText();
            else if (n == QLatin1String("message")) {
                e = Entry{};
                e.context = context;
                e.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (n == QLatin1String("source"))
                e.source = xml.readElementText();
            else if (n == QLatin1String("translation")) {
                e.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!e.numerus)
                    e.translation = xml.readElementText();
            } else if (n == QLatin1String("numerusform"))
                e.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << e;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QString tsPath(const QString& lang)
{
    return QStringLiteral(EXO_SOURCE_DIR "/translations/exoworld_") + lang + QStringLiteral(".ts");
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void complete()
    {
        QFETCH(QString, lang);
        QString error;
        const auto entries = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 300);
        QStringList problems;
        for (const Entry& e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source.left(60) + QLatin1Char('"');
            if (!e.type.isEmpty()) {
                problems << e.type + QStringLiteral(" ") + where;
                continue;
            }
            const QStringList texts = e.numerus ? e.forms : QStringList{e.translation};
            if (e.numerus && e.forms.size() < 2)
                problems << QStringLiteral("numerus forms missing ") + where;
            for (const QString& t : texts) {
                if (t.trimmed().isEmpty() && !e.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty ") + where;
                QSet<QString> want = placeholders(e.source), got = placeholders(t);
                if (e.numerus) {  // a singular form may spell out "one" instead of %n
                    want.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (want != got)
                    problems << QStringLiteral("placeholders differ ") + where + QStringLiteral(" -> ") + t;
                // A menu accelerator stays an accelerator.
                const bool accel = e.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]")));
                if (accel && !t.contains(QRegularExpression(QStringLiteral("&\\w"))))
                    problems << QStringLiteral("accelerator lost ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void nothingNewInTheSources()
    {
        QFile list(QStringLiteral(EXO_I18N_SOURCE_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QStringList sources;
        for (const QByteArray& line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty() && QFile::exists(QString::fromUtf8(line.trimmed())))
                sources << QString::fromUtf8(line.trimmed());
        QVERIFY(sources.size() > 10);
        QTemporaryDir dir;
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("es")}) {
            const QString copy = dir.filePath(lang + QStringLiteral(".ts"));
            QVERIFY(QFile::copy(tsPath(lang), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess p;
            p.start(QStringLiteral(EXO_LUPDATE),
                    QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-silent"),
                                // the include paths let lupdate see the namespaces, as the
                                // update_translations target does ("exo::app::MainWindow")
                                QStringLiteral("-I"), QStringLiteral(EXO_SOURCE_DIR "/app"), QStringLiteral("-I"),
                                QStringLiteral(EXO_SOURCE_DIR "/widgets"), QStringLiteral("-I"),
                                QStringLiteral(EXO_SOURCE_DIR "/core")}
                        + sources + QStringList{QStringLiteral("-ts"), copy});
            QVERIFY(p.waitForFinished(90000));
            QCOMPARE(p.exitCode(), 0);
            QString error;
            const auto entries = readTs(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList fresh;
            for (const Entry& e : entries)
                if (!e.type.isEmpty())
                    fresh << e.context + QStringLiteral(": ") + e.source.left(80);
            QVERIFY2(fresh.isEmpty(), qPrintable(lang
                                                 + QStringLiteral(": strings in the sources without a translation "
                                                                  "(run the update_translations target, then "
                                                                  "translate):\n")
                                                 + fresh.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
