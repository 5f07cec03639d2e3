#pragma once
/// @file svg_device.h
/// A minimal vector SVG paint device: QPainter calls become SVG <path>, <text> and
/// <image> elements. It lets QCustomPlot (toPainter) export SVG without the Qt Svg
/// module, which is not part of our stack. Supports what plots draw: paths, polygons,
/// lines, points, rectangles, ellipses, text and pixmaps, with pen, brush, opacity,
/// transform and clipping to rectangles.

#include <QPaintDevice>
#include <QSize>
#include <QString>
#include <memory>

namespace exo::ui {

class SvgPaintEngine;

class SvgDevice : public QPaintDevice {
public:
    SvgDevice(const QSize& size, const QString& title = {});
    ~SvgDevice() override;
    QPaintEngine* paintEngine() const override;
    /// The document, complete once the painter has ended.
    QString svg() const;
    bool save(const QString& path) const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
    std::unique_ptr<SvgPaintEngine> m_engine;
};

}  // namespace exo::ui
