#include "gui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <clocale>

namespace exo::app {

namespace {
/// lupdate's parser does not understand `namespace exo::app {`, so the .ts contexts are the
/// bare class names ("MainWindow") while tr() asks for "exo::app::MainWindow". This
/// translator falls back to the bare class name, then to the enclosing namespaces.
class ContextFallbackTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        QString out = QTranslator::translate(context, source, disambiguation, n);
        if (!out.isNull() || !context)
            return out;
        QByteArray ctx(context);
        const int last = ctx.lastIndexOf("::");
        if (last < 0)
            return out;
        out = QTranslator::translate(ctx.mid(last + 2).constData(), source, disambiguation, n);
        for (int cut = last; out.isNull() && cut > 0; cut = ctx.lastIndexOf("::", cut - 1)) {
            ctx.truncate(cut);
            out = QTranslator::translate(ctx.constData(), source, disambiguation, n);
        }
        return out;
    }
};
}  // namespace

QTranslator* makeTranslator(QObject* parent) { return new ContextFallbackTranslator(parent); }

QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")}; }

QString resolveLanguage(const QString& saved, const QStringList& systemUiLanguages)
{
    const QStringList ok = supportedLanguages();
    if (ok.contains(saved)) return saved;
    for (const QString& ui : systemUiLanguages) {
        const QString code = ui.left(2).toLower();
        if (ok.contains(code)) return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication* app, const QString& language)
{
    if (language == QLatin1String("en") || language.isEmpty()) return true;
    auto* ours = makeTranslator(app);
    const bool ok = ours->load(QStringLiteral("exoworld_") + language, QStringLiteral(":/i18n"));
    if (ok) QCoreApplication::installTranslator(ours);
    // Qt's own strings (file dialogs, standard buttons): qtbase_fr.qm etc.
    const QStringList dirs = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QStringLiteral("/usr/share/qt6/translations")};
    for (const QString& dir : dirs) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + language, dir)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    return ok;
}

void useCNumericLocale() { std::setlocale(LC_NUMERIC, "C"); }

}  // namespace exo::app
