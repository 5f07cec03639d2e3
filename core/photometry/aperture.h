#pragma once
/// @file aperture.h
/// Aperture masks over a target pixel file and the builders that make them:
/// the pipeline (SAP) aperture, all pixels, lightkurve's threshold mask and
/// user masks; plus the median image and the 0/1 text-grid mask files used by
/// the CLI (`--aperture mask:PATH`).
///
/// Threading: every function here is pure (values in, values out) and may be
/// called from any thread; nothing keeps references to its arguments.

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/pixel_file.h"

namespace exo::phot {

/// A boolean pixel mask over a rows x cols pixel image, row-major like
/// PixelCube frames: bits[r*cols + c] is 1 when pixel (row r, column c) is in
/// the aperture. Row 0 is the first FITS row (lowest CCD row).
struct ApertureMask {
    int rows = 0, cols = 0;
    std::vector<std::uint8_t> bits;  ///< rows*cols values, 0 or 1

    ApertureMask() = default;
    ApertureMask(int r, int c) : rows(r), cols(c), bits(std::size_t(r > 0 && c > 0 ? r * c : 0), 0) {}

    std::size_t size() const { return bits.size(); }
    bool empty() const { return bits.empty(); }
    bool at(int r, int c) const { return bits[std::size_t(r) * cols + c] != 0; }
    void set(int r, int c, bool on) { bits[std::size_t(r) * cols + c] = on ? 1 : 0; }
    /// Number of pixels in the aperture.
    int count() const;
    /// Row-major pixel indices (r*cols + c) of the aperture pixels, ascending.
    std::vector<int> indices() const;
    /// True when the mask has the shape of the pixel file's images.
    bool fits(const TargetPixelFile& tpf) const { return rows == tpf.rows() && cols == tpf.cols(); }

    bool operator==(const ApertureMask&) const = default;
};

/// Pipeline (optimal / SAP) aperture: pixels whose APERTURE value has bit 2
/// (kApOptimal) set, like lightkurve's `tpf.pipeline_mask`. If the file has no
/// APERTURE image, the mask has the right shape and no pixel set.
ApertureMask pipelineAperture(const TargetPixelFile& tpf);

/// Every pixel of the image.
ApertureMask allPixels(const TargetPixelFile& tpf);

/// Pixel-mask from an APERTURE-style integer image: pixels with (value & bit) != 0.
ApertureMask maskFromApertureImage(const std::vector<std::int32_t>& image, int rows, int cols,
                                   std::int32_t bit = kApOptimal);

/// Check user bits against a shape: InvalidParameter if the size differs.
/// Any non-zero byte counts as "in the aperture".
Result<ApertureMask> customMask(int rows, int cols, const std::vector<std::uint8_t>& bits);

/// How thresholdAperture chooses among several contiguous regions.
enum class ReferencePixel {
    Center,      ///< lightkurve default: (col, row) = (cols/2, rows/2), not rounded
    Target,      ///< the target's RA/Dec through the file's WCS; Center if unavailable
    Explicit,    ///< ThresholdParams::refCol / refRow (0-based pixel coordinates)
    AllRegions,  ///< lightkurve's reference_pixel=None: keep every region
};

struct ThresholdParams {
    double sigma = 3.0;  ///< threshold in robust standard deviations (1.4826 * MAD)
    ReferencePixel reference = ReferencePixel::Center;
    double refCol = 0, refRow = 0;  ///< 0-based, used with ReferencePixel::Explicit
    /// Cadences with (quality & qualityBitmask) != 0 are left out of the
    /// median image. lightkurve's default TPF object drops its 'default'
    /// bitmask (io::qualityBitmask(mission, QualityPreset::Default)).
    std::uint32_t qualityBitmask = 0;
};

/// Median image over cadences (numpy nanmedian along axis 0): per pixel, the
/// median of its finite values over the cadences kept by qualityBitmask, NaN
/// when it has none. Even counts average the two middle values. Units: e-/s.
/// Returns rows*cols values, row-major.
std::vector<double> medianImage(const TargetPixelFile& tpf, std::uint32_t qualityBitmask = 0);
/// The same on a bare cube: cadences whose `quality` has a bit of `qualityBitmask` are
/// left out (quality may be empty). NaN pixels are ignored; an all-NaN pixel stays NaN.
std::vector<double> medianImage(const PixelCube& cube, const std::vector<std::uint32_t>& quality = {},
                                std::uint32_t qualityBitmask = 0);

/// lightkurve `create_threshold_mask` on a given median image:
///   cut  = 1.4826 * MAD(finite values) * sigma + nanmedian(image)
///   mask = nan_to_num(image) >= cut
/// then, unless AllRegions, label regions with 4-connectivity (the default
/// structuring element of scipy.ndimage.label in 2-D) and keep only the region
/// holding the above-threshold pixel nearest to the reference pixel (first in
/// row-major order on ties, like numpy argmin). refCol/refRow are 0-based.
ApertureMask thresholdMaskFromImage(const std::vector<double>& image, int rows, int cols, double sigma,
                                    ReferencePixel reference, double refCol = 0, double refRow = 0);

/// Threshold aperture of a pixel file (median image + thresholdMaskFromImage).
/// With ReferencePixel::Target the reference is the target's position from
/// targetPixelPosition(); it falls back to Center when that is unknown.
ApertureMask thresholdAperture(const TargetPixelFile& tpf, const ThresholdParams& params = {});

/// 0-based (column, row) pixel position of a sky position (degrees) through a
/// TAN WCS, like astropy's wcs_world2pix(ra, dec, 0). false if the WCS is
/// invalid or the point is on the far hemisphere.
bool skyToPixel(const PixelWcs& wcs, double raDeg, double decDeg, double& col, double& row);

/// Target position in 0-based pixel coordinates from meta.ra/dec and the WCS.
bool targetPixelPosition(const TargetPixelFile& tpf, double& col, double& row);

// ---- serialization ---------------------------------------------------------

/// Plain-text grid: one line per row, row 0 first, characters '0'/'1'
/// (e.g. "0110\n1111\n"). This is the `--aperture mask:PATH` file format.
std::string toGridString(const ApertureMask& mask);

/// Parse a text grid. Accepts '0'/'1' (also '.' for 0 and 'x'/'X'/'*' for 1),
/// ignores spaces, tabs, '\r', blank lines and lines starting with '#'.
/// Errors (InvalidParameter, detail names the line): other characters, rows of
/// different length, no rows.
Result<ApertureMask> parseGridString(const std::string& text);

/// Compact one-token form "ROWSxCOLS:HEX": the bits row-major, packed
/// most-significant bit first into nibbles (e.g. "2x3:5c" for 010/111).
std::string toCompactString(const ApertureMask& mask);
Result<ApertureMask> parseCompactString(const std::string& text);

/// Read a text-grid mask file. FileNotFound, or InvalidParameter as above.
Result<ApertureMask> readMaskFile(const std::string& path);
/// Write a text-grid mask file (toGridString). WriteFailed on error.
Status writeMaskFile(const std::string& path, const ApertureMask& mask);

}  // namespace exo::phot
