#pragma once
/// @file light_curve.h
/// Light-curve data as read from a file and as it flows through the engine.
/// Times are in the mission's time system (BKJD or BTJD, days); fluxes in e-/s
/// unless normalised. Flagged cadences are kept and marked, never dropped here.

#include <cstdint>
#include <string>
#include <vector>

#include "model/mission.h"

namespace exo {

/// One flux column of a file with its error column (errors may be empty).
struct FluxColumn {
    std::string name;  ///< e.g. "SAP_FLUX", "PDCSAP_FLUX", "SAP_BKG", "FCOR"
    std::vector<double> flux;
    std::vector<double> error;
};

/// Everything a light-curve file holds, column-wise, one entry per cadence.
struct LightCurveFile {
    Metadata meta;
    std::vector<double> time;             ///< mission days; may hold NaN
    std::vector<std::int32_t> cadenceNo;  ///< empty if the product has none (K2VARCAT)
    std::vector<std::uint32_t> quality;   ///< mission quality bits (0 = good); all 0 if the product has none
    std::vector<std::uint32_t>
        productFlags;                 ///< product's own flags (TGLC_flags, K2SC mflags, K2SFF MOVING); may be empty
    std::string productFlagsName;     ///< column name of productFlags
    std::vector<FluxColumn> columns;  ///< every flux column present
    std::vector<double> centroidCol, centroidRow;  ///< MOM_CENTR1/2 (may be empty)
    std::vector<double> posCorr1, posCorr2;        ///< POS_CORR1/2 (may be empty)
    std::vector<std::int32_t> aperture;            ///< APERTURE image if present (row-major)
    int apertureRows = 0, apertureCols = 0;

    std::size_t size() const { return time.size(); }
    const FluxColumn* column(const std::string& name) const;
    /// The column a user gets by default: PDCSAP_FLUX, else the product's own
    /// best flux (FCOR, ...), else SAP_FLUX. nullptr if none.
    const FluxColumn* defaultColumn() const;
};

/// The flat series that detrending and search consume.
struct Series {
    std::vector<double> time;  ///< mission days
    std::vector<double> flux;
    std::vector<double> fluxErr;          ///< may be empty
    std::vector<std::uint32_t> quality;   ///< may be empty
    std::vector<std::int32_t> cadenceNo;  ///< may be empty
    std::vector<int> segment;             ///< file index after stitching; may be empty

    std::size_t size() const { return time.size(); }
};

}  // namespace exo
