#pragma once
/// @file fits_reader.h
/// Reading Kepler, K2 and TESS products with CFITSIO.
///
/// Threading: every call opens its own fitsfile handle, reads into owned
/// memory and closes it before returning, so calls are safe from any thread.
/// `.fits.gz` files are read transparently. Flagged cadences are kept.

#include <string>
#include <variant>

#include "common/status.h"
#include "model/light_curve.h"
#include "model/pixel_file.h"

namespace exo::io {

/// What a file is, from its headers alone (cheap: no table data is read).
struct ProbeInfo {
    Metadata meta;                         ///< mission, product, target, season, time system...
    long long rows = 0;                    ///< cadences in the main table
    int pixelRows = 0, pixelCols = 0;      ///< for pixel products
    int pipelineAperturePixels = -1;       ///< pixels with APERTURE bit 2, -1 if no aperture
    std::vector<std::string> fluxColumns;  ///< flux columns present
};

/// Headers only (plus the small APERTURE image): never reads a table.
Result<ProbeInfo> probe(const std::string& path);

/// What `info` shows beyond the headers: the cadences passing the mission's
/// default quality mask with a finite time, and the finite time range (mission
/// days). Reads only the time and quality columns of the main table, never the
/// pixel cube or the flux columns, within the memory budget (read_limits.h).
struct CadenceSummary {
    long long goodCadences = 0;
    double timeStart = 0, timeStop = 0;  ///< NaN when no time is finite
};
Result<CadenceSummary> summarizeCadences(const std::string& path);

/// probe() and summarizeCadences() with a single open (what `exoworld-cli info` shows).
struct FileSummary {
    ProbeInfo probe;
    CadenceSummary cadences;
};
Result<FileSummary> describeFile(const std::string& path);

/// Read a target pixel file (Kepler/K2 TARGETTABLES, TESS PIXELS, TESScut).
Result<TargetPixelFile> readTargetPixelFile(const std::string& path);

/// Read a light-curve product (SPOC/Kepler/K2 LIGHTCURVE, data alerts, K2SFF,
/// K2SC, K2VARCAT, TGLC, eleanor).
Result<LightCurveFile> readLightCurveFile(const std::string& path);

/// Either product, chosen by probing the file.
using Product = std::variant<TargetPixelFile, LightCurveFile>;
Result<Product> readProduct(const std::string& path);

}  // namespace exo::io
