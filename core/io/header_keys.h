#pragma once
/// @file header_keys.h
/// Internal to core/io: recognising a product from its HDU structure and
/// filling Metadata from header keywords. Pure functions over a scanned
/// FitsFile (no data units are read here).

#include <string>

#include "common/status.h"
#include "io/fits_handle.h"
#include "model/mission.h"

namespace exo::io::detail {

/// Where the interesting parts of a recognised product live.
struct Layout {
    Mission mission = Mission::Unknown;
    ProductType product = ProductType::Unknown;
    std::string telescope;
    int mainHdu = 0;                   ///< table holding the time series (1-based)
    int apertureHdu = 0;               ///< APERTURE image, 0 if none
    int pixelRows = 0, pixelCols = 0;  ///< pixel products (from TDIM)
};

/// Recognise the product. Errors: ForeignTelescope, Unsupported (CBV files,
/// unknown tables, missing TELESCOP), NoTable, MissingColumn (no time or
/// flux column), NoRows.
Result<Layout> classifyFile(const FitsFile& file);

/// Metadata from the primary header and the main extension (extension wins).
Metadata readMetadata(const FitsFile& file, const Layout& layout);

/// Parse a TDIMn value "(ncol,nrow)" into rows/cols; false if absent/invalid.
bool parseTdim(const std::string& tdim, int& rows, int& cols);

/// BJD reference parsed from a TUNIT like "BJD - 2454833" or "BJD - 2457000, days"; 0 if none.
double bjdRefFromUnit(const std::string& unit);

}  // namespace exo::io::detail
