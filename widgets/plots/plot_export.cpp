#include "plots/plot_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <qcustomplot.h>

#include "plots/svg_device.h"

namespace exo::ui {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("exo::ui::PlotExport", text); }
}  // namespace

bool savePlot(QCustomPlot* plot, const QString& path, int width, int height, double scale, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!plot)
        return fail(tr("There is no plot to save."));
    const QString ext = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (ext == QLatin1String("png"))
        ok = plot->savePng(path, width, height, scale);
    else if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
        ok = plot->saveJpg(path, width, height, scale, 95);
    else if (ext == QLatin1String("pdf"))
        ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QCoreApplication::applicationName(),
                           plot->windowTitle());
    else if (ext == QLatin1String("svg")) {
        // Vector SVG through our own paint device (svg_device.h): QCustomPlot draws into it.
        const int w = width > 0 ? width : plot->width(), h = height > 0 ? height : plot->height();
        SvgDevice svg(QSize(w, h), plot->windowTitle());
        QCPPainter painter(&svg);
        if (painter.isActive()) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&painter, w, h);
            painter.end();
            ok = svg.save(path);
        }
    }
    else
        return fail(tr("Unknown image type \"%1\": use .png, .jpg, .pdf or .svg.").arg(ext));
    if (!ok)
        return fail(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
    return true;
}

QString plotExportFilters()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("PDF document (*.pdf)") + QStringLiteral(";;") +
           tr("SVG drawing (*.svg)") +
           QStringLiteral(";;") + tr("JPEG image (*.jpg *.jpeg)");
}

}  // namespace exo::ui
