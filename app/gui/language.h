#pragma once
/// @file language.h
/// The user-interface language: the saved choice (View > Language) or, by default, the
/// first of the system's UI languages that we translate; our translations plus Qt's own.

#include <QString>
#include <QStringList>

class QCoreApplication;
class QObject;
class QTranslator;

namespace exo::app {

/// Language codes with a translation, English first ("en", "fr", "es").
QStringList supportedLanguages();
/// `saved` when it is supported; otherwise the first supported language of `systemUiLanguages`
/// (e.g. "fr-FR", "es_ES"); otherwise "en".
QString resolveLanguage(const QString& saved, const QStringList& systemUiLanguages);
/// Installs the translators for `language` ("en" installs none of ours) on the application;
/// they live as long as the application. Returns false when one of ours failed to load.
bool installTranslations(QCoreApplication* app, const QString& language);
/// A translator for our .qm files that also finds strings filed under the bare class name
/// or an enclosing namespace (lupdate cannot parse `namespace exo::app {`).
QTranslator* makeTranslator(QObject* parent);
/// Fusion style with a dark palette (the --dark option: how the window looks under a dark theme).
void applyDarkPalette();
/// LC_NUMERIC back to "C" so printf/strtod in core (CSV, FITS headers) never use a decimal comma.
void useCNumericLocale();

}  // namespace exo::app
