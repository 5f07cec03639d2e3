#include "plots/plot_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
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
    } else
        return fail(tr("Unknown image type \"%1\": use .png, .jpg, .pdf or .svg.").arg(ext));
    if (!ok)
        return fail(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool savePlotsAsFigure(const QList<QCustomPlot*>& plots, int columns, const QString& path, int cellWidth,
                       int cellHeight, double scale, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (plots.isEmpty() || columns < 1 || cellWidth < 10 || cellHeight < 10)
        return fail(tr("There is no plot to save."));
    const int rows = int((plots.size() + columns - 1) / columns);
    const QSize size(columns * cellWidth, rows * cellHeight);
    const QString ext = QFileInfo(path).suffix().toLower();
    auto drawAll = [&](QCPPainter& painter) {
        for (int i = 0; i < plots.size(); ++i) {
            painter.save();
            painter.translate((i % columns) * cellWidth, (i / columns) * cellHeight);
            plots[i]->toPainter(&painter, cellWidth, cellHeight);
            painter.restore();
        }
    };
    bool ok = false;
    if (ext == QLatin1String("png") || ext == QLatin1String("jpg") || ext == QLatin1String("jpeg")) {
        QImage image(QSize(int(size.width() * scale), int(size.height() * scale)), QImage::Format_RGB32);
        image.fill(plots.front()->palette().color(QPalette::Base));
        QCPPainter painter(&image);
        painter.scale(scale, scale);
        drawAll(painter);
        painter.end();
        ok = image.save(path, nullptr, ext == QLatin1String("png") ? -1 : 95);
    } else if (ext == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        QCPPainter painter(&pdf);
        if (painter.isActive()) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            drawAll(painter);
            painter.end();
            ok = QFileInfo(path).size() > 0;
        }
    } else if (ext == QLatin1String("svg")) {
        SvgDevice svg(size, QCoreApplication::applicationName());
        QCPPainter painter(&svg);
        if (painter.isActive()) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            drawAll(painter);
            painter.end();
            ok = svg.save(path);
        }
    } else {
        return fail(tr("Unknown image type \"%1\": use .png, .jpg, .pdf or .svg.").arg(ext));
    }
    if (!ok)
        return fail(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
    return true;
}

QString withFilterExtension(const QString& path, const QString& selectedFilter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    QStringList exts;
    for (auto it = pattern.globalMatch(selectedFilter); it.hasNext();)
        exts << it.next().captured(1).toLower();
    if (exts.isEmpty() || path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (exts.contains(suffix))
        return path;
    return path + QLatin1Char('.') + exts.front();
}

QString plotExportFilters()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("PDF document (*.pdf)") + QStringLiteral(";;")
           + tr("SVG drawing (*.svg)") + QStringLiteral(";;") + tr("JPEG image (*.jpg *.jpeg)");
}

}  // namespace exo::ui
