#pragma once
/// @file color_map.h
/// Colour maps and intensity stretches for pixel images (pure functions, no widget state).

#include <QImage>
#include <QString>
#include <QStringList>
#include <array>
#include <cstddef>

namespace exo::ui {

/// Perceptual colour maps (viridis, inferno: matplotlib's published tables) and plain grey.
enum class ColorMap { Viridis, Gray, Inferno };

/// Stretches applied to the normalised value t in [0, 1] (same shapes as astropy.visualization).
enum class Stretch { Linear, Sqrt, Log, Asinh };

/// Display limits in data units (e-/s).
struct DisplayLimits {
    double lo = 0.0;
    double hi = 1.0;
    bool valid() const { return hi > lo; }
};

/// 256-entry lookup table (opaque RGB) for a colour map.
const std::array<QRgb, 256>& colorMapLut(ColorMap map);

/// Maps t in [0, 1] through the stretch; the result is in [0, 1]. Monotonic.
double applyStretch(Stretch stretch, double t);

/// Percentile limits over the finite values of data[0..n) (linear interpolation between ranks,
/// numpy's default). Percentiles are in percent, e.g. 1 and 99.5. Invalid limits when no finite value.
DisplayLimits percentileLimits(const float* data, std::size_t n, double loPercent, double hiPercent);

/// Renders a rows x cols image (row-major, row 0 = first data row) to a cols x rows QImage with
/// row 0 at the BOTTOM (astronomical origin='lower'). NaN pixels get nanColor.
QImage renderImage(const float* data, int rows, int cols, DisplayLimits limits, ColorMap map, Stretch stretch,
                   QRgb nanColor);

/// Translated names, in enum order (for combo boxes).
QStringList colorMapNames();
QStringList stretchNames();

}  // namespace exo::ui
