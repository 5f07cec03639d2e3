#pragma once
/// @file pixel_file.h
/// Target pixel files (Kepler/K2 TARGETTABLES, TESS PIXELS, TESScut).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/mission.h"

namespace exo {

/// A cube of float images, cadence-major: value(c, r, col) = data[(c*rows + r)*cols + col].
/// Row 0 is the first FITS row (lowest CCD row), col 0 the first FITS column.
struct PixelCube {
    int rows = 0, cols = 0;
    std::size_t cadences = 0;
    std::vector<float> data;

    bool empty() const { return data.empty(); }
    std::size_t frameSize() const { return std::size_t(rows) * std::size_t(cols); }
    float at(std::size_t c, int r, int col) const { return data[(c * rows + r) * cols + col]; }
    const float* frame(std::size_t c) const { return data.data() + c * frameSize(); }
};

/// Simple celestial WCS of the pixel image (TAN projection, PC matrix).
struct PixelWcs {
    bool valid = false;
    double crpix1 = 0, crpix2 = 0;  ///< reference pixel (1-based, FITS convention)
    double crval1 = 0, crval2 = 0;  ///< RA/Dec at reference pixel (deg)
    double cdelt1 = 0, cdelt2 = 0;  ///< deg/pixel
    double pc11 = 1, pc12 = 0, pc21 = 0, pc22 = 1;
};

/// APERTURE image bits (Kepler Archive Manual / TESS SDPDD §6).
enum ApertureBits : std::int32_t {
    kApCollected = 1,
    kApOptimal = 2,     ///< pipeline (SAP) aperture
    kApBackground = 4,  ///< TESS background pixel
};

struct TargetPixelFile {
    Metadata meta;
    std::vector<double> time;  ///< mission days; may hold NaN
    std::vector<std::int32_t> cadenceNo;
    std::vector<std::uint32_t> quality;
    PixelCube flux;  ///< e-/s, background-subtracted when backgroundSubtracted
    PixelCube fluxErr;
    PixelCube fluxBkg;                       ///< may be empty (TESScut)
    std::vector<double> posCorr1, posCorr2;  ///< may be empty
    std::vector<std::int32_t> aperture;      ///< APERTURE image, rows*cols, row-major; may be empty
    PixelWcs wcs;
    int ccdColumn = 0, ccdRow = 0;     ///< CCD position of pixel (0,0) (1CRV5P/2CRV5P)
    bool backgroundSubtracted = true;  ///< false for TESScut/astrocut cutouts

    int rows() const { return flux.rows; }
    int cols() const { return flux.cols; }
    std::size_t cadences() const { return time.size(); }
};

}  // namespace exo
