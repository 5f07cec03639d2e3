#include "gui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <clocale>

namespace exo::app {

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
    auto* ours = new QTranslator(app);
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
