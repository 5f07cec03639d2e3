#include "gui/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <clocale>

namespace exo::app {

namespace {
/// Fusion draws the frame of a check box and a radio button in the window colour made
/// darker: on a dark palette it matches the field, and an unticked box (the candidate
/// table's Flag column, "Search automatically" unticked) could not be seen at all.
/// This draws that frame again in the palette's Mid colour.
class DarkFusionStyle : public QProxyStyle {
public:
    DarkFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    void drawPrimitive(PrimitiveElement pe, const QStyleOption* opt, QPainter* p, const QWidget* w) const override
    {
        QProxyStyle::drawPrimitive(pe, opt, p, w);
        if (pe != PE_IndicatorCheckBox && pe != PE_IndicatorRadioButton)
            return;
        p->save();
        p->setRenderHint(QPainter::Antialiasing, pe == PE_IndicatorRadioButton);
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(opt->palette.color(QPalette::Mid).lighter(130), 1));
        const QRect r = opt->rect.adjusted(0, 0, -1, -1);
        if (pe == PE_IndicatorCheckBox)
            p->drawRect(r);
        else
            p->drawEllipse(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
        p->restore();
    }
};

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
    if (ok.contains(saved))
        return saved;
    for (const QString& ui : systemUiLanguages) {
        const QString code = ui.left(2).toLower();
        if (ok.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication* app, const QString& language)
{
    if (language == QLatin1String("en") || language.isEmpty())
        return true;
    auto* ours = makeTranslator(app);
    // An installed .qm (PREFIX/share/exoworld/translations) wins, so an updated translation
    // can be dropped in; otherwise the one embedded under :/i18n.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/exoworld/translations");
    const QString name = QStringLiteral("exoworld_") + language;
    const bool ok = ours->load(name, installed) || ours->load(name, QStringLiteral(":/i18n"));
    if (ok)
        QCoreApplication::installTranslator(ours);
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

void applyDarkPalette()
{
    QApplication::setStyle(new DarkFusionStyle);
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), mid(80, 80, 85);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Light, QColor(70, 70, 75));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(90, 170, 255));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(130, 130, 130));
    QApplication::setPalette(p);
}

void useCNumericLocale() { std::setlocale(LC_NUMERIC, "C"); }

}  // namespace exo::app
