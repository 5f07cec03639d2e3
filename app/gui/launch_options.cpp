#include "gui/launch_options.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace exo::app {

QString launchUsage()
{
    return QCoreApplication::translate(
        "exo::app", "usage: exoworld [FILE|FOLDER|SESSION...] [--screenshot OUT.png] [--size WxH]\n"
                    "\n"
                    "Open Kepler, K2 or TESS files (pixel files or light curves), a folder of them, or a\n"
                    "saved session. Without files, the demo star opens.\n"
                    "\n"
                    "  --screenshot OUT.png  lay out the window, run the default pipeline on the files (or\n"
                    "                        the demo star), wait for the results, save a PNG and exit\n"
                    "                        (exit status below)\n"
                    "  --size WxH            window size (default: fit the screen)\n"
                    "  --dark                dark colours (Fusion style), to check how a dark theme looks\n"
                    "  --version             print the version and exit\n"
                    "  --timeout SECONDS     screenshot mode gives up after this (default 180)\n"
                    "  --workshop-step N     open the workshop tutorial at step N, with the settings of the\n"
                    "                        steps before it applied (e.g. for screenshots of a step)\n"
                    "\n"
                    "Exit status of the screenshot mode: 0 done; 1 done, but some input failed (each\n"
                    "named on stderr); 2 bad usage; 3 nothing could be analysed (the input's problem is\n"
                    "printed: missing, unreadable or too short file, folder without FITS files);\n"
                    "4 timed out; 5 the PNG could not be written.\n");
}

LaunchOptions parseLaunchOptions(const QStringList& arguments)
{
    LaunchOptions o;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments[i];
        auto next = [&](QString& out) {
            if (i + 1 >= arguments.size()) {
                o.error = QCoreApplication::translate("exo::app", "option %1 needs a value").arg(a);
                return false;
            }
            out = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a == QLatin1String("--version")) {
            o.version = true;
        } else if (a == QLatin1String("--dark")) {
            o.dark = true;
        } else if (a == QLatin1String("--screenshot")) {
            if (!next(o.screenshotPath))
                return o;
        } else if (a == QLatin1String("--size")) {
            QString v;
            if (!next(v))
                return o;
            static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
            auto m = re.match(v);
            if (!m.hasMatch()) {
                o.error = QCoreApplication::translate("exo::app", "--size expects WxH, e.g. 1366x768");
                return o;
            }
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
            o.sizeGiven = true;
        } else if (a == QLatin1String("--timeout")) {
            QString v;
            if (!next(v))
                return o;
            bool ok = false;
            o.timeoutSeconds = v.toInt(&ok);
            if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 86400) {
                o.error = QCoreApplication::translate("exo::app",
                                                      "--timeout expects whole seconds between 1 and 86400, got %1")
                              .arg(v);
                return o;
            }
        } else if (a == QLatin1String("--workshop-step")) {
            QString v;
            if (!next(v))
                return o;
            bool ok = false;
            o.workshopStep = v.toInt(&ok);
            if (!ok || o.workshopStep < 1 || o.workshopStep > 99) {
                o.error =
                    QCoreApplication::translate("exo::app", "--workshop-step expects a step number, got %1").arg(v);
                return o;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            o.error = QCoreApplication::translate("exo::app", "unknown option %1").arg(a);
            return o;
        } else {
            o.files << a;
        }
    }
    return o;
}

}  // namespace exo::app
