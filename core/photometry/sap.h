#pragma once
/// @file sap.h
/// Simple aperture photometry (SAP) on a target pixel file: per-cadence sums
/// over an aperture, errors, background and flux-weighted centroids, plus
/// per-pixel light curves. Semantics follow lightkurve's
/// `TargetPixelFile.to_lightcurve(method="sap")` / `estimate_centroids`.
///
/// Threading: pure functions of their arguments; call from any thread. The
/// pixel file is only read and must outlive the call, nothing more.
/// Speed: cadence-major over the aperture's pixel list and no allocation per
/// cadence, so a GUI aperture edit can recompute synchronously.

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/light_curve.h"
#include "model/pixel_file.h"
#include "photometry/aperture.h"

namespace exo::phot {

/// What to do about the sky background.
enum class BackgroundMode {
    /// Pipeline files (backgroundSubtracted): report FLUX_BKG summed over the
    /// aperture, flux untouched. Cutouts (!backgroundSubtracted): Estimate.
    Auto,
    Pipeline,  ///< always report the summed FLUX_BKG (NaN column if the file has none); never subtract
    Estimate,  ///< estimate from pixels outside the aperture and subtract it
    None,      ///< plain sums; background column left empty
};

struct SapParams {
    BackgroundMode background = BackgroundMode::Auto;
    bool centroids = true;  ///< compute moment centroids (skip for speed if unneeded)
};

/// Result of aperture photometry, one entry per cadence of the pixel file.
struct ApertureLightCurve {
    /// time (mission days), flux (e-/s, summed over the aperture, background
    /// subtracted when estimated), fluxErr (e-/s), quality, cadenceNo.
    /// segment is left empty.
    Series series;
    /// Background summed over the aperture pixels (e-/s): FLUX_BKG for
    /// pipeline files, the estimate times the number of finite aperture pixels
    /// when estimated. Empty with BackgroundMode::None.
    std::vector<double> background;
    /// Flux-weighted (first moment) centroid in CCD pixel coordinates:
    /// column = ccdColumn + x, row = ccdRow + y. Empty if not requested.
    std::vector<double> centroidCol, centroidRow;
    int nPixels = 0;                   ///< pixels in the aperture
    bool backgroundEstimated = false;  ///< true if flux had an estimated background removed
};

/// SAP over `mask` (must have the pixel file's shape, else InvalidParameter):
///  - flux: nansum of FLUX over the aperture; NaN if every aperture pixel is
///    NaN, or if the whole frame is exactly zero (lightkurve #873);
///  - error: sqrt(nansum FLUX_ERR^2); NaN if every aperture error is NaN;
///  - background: see BackgroundMode. The estimate is, per cadence, the
///    median of the finite pixels outside the aperture (e-/s/pixel); when no
///    pixel lies outside, nothing is subtracted, the column is NaN and a
///    warning "background_not_estimated" is added;
///  - centroids: lightkurve moments on FLUX as stored (not background
///    subtracted), nansum(x*f)/nansum(f).
/// An empty aperture gives NaN fluxes and the warning "empty_aperture".
Result<ApertureLightCurve> aperturePhotometry(const TargetPixelFile& tpf, const ApertureMask& mask,
                                              const SapParams& params = {});

/// Same, writing into `out` and reusing its buffers (no allocation when `out`
/// already has the right sizes: the GUI keeps one and recomputes on edits).
/// Warnings are appended to `warnings` if non-null.
Status aperturePhotometryInto(const TargetPixelFile& tpf, const ApertureMask& mask, const SapParams& params,
                              ApertureLightCurve& out, std::vector<Warning>* warnings = nullptr);

/// Flux series (e-/s, as stored) of one pixel; empty if out of range.
std::vector<double> pixelLightCurve(const TargetPixelFile& tpf, int row, int col);

/// Every pixel's flux series, pixel-major, for pixel-grid plots.
struct PixelLightCurves {
    int rows = 0, cols = 0;
    std::size_t cadences = 0;
    std::vector<float> flux;  ///< flux[(r*cols + c)*cadences + i], e-/s
    const float* pixel(int r, int c) const { return flux.data() + (std::size_t(r) * cols + c) * cadences; }
};
PixelLightCurves pixelLightCurves(const TargetPixelFile& tpf);

}  // namespace exo::phot
