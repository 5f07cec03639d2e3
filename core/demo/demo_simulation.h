#pragma once
/// @file demo_simulation.h
/// Simulates one Kepler long-cadence quarter of the demo star: cadence grid with
/// gaps and quality flags, pointing jitter and drifts, focus and gain trends,
/// background, PSF-integrated pixels of the target and its neighbours, photon
/// and read noise, cosmic rays and the injected transits. No I/O: the result is
/// a plain value handed to the TPF writer.

#include <cstdint>
#include <vector>

#include "demo/demo_star.h"
#include "demo/kepler_calendar.h"

namespace exo::demo {

/// Fixed sky geometry of the demo target (J2000, degrees; inside the Kepler field).
struct DemoSky {
    static constexpr double kRa = 291.034517;
    static constexpr double kDec = 44.881235;
    static constexpr double kPixelScaleDeg = 0.001104506943806;  ///< 3.98 arcsec (real 1CDLT5)
};

/// Everything one TPF holds, cadence-major, pixel arrays rows*cols per cadence in
/// FITS order (column index fastest).
struct QuarterData {
    int quarter = 0, season = 0;
    int rows = 0, cols = 0;
    std::size_t cadences = 0;
    std::vector<double> time;     ///< BKJD mid-cadence, NaN in gap rows
    std::vector<float> timecorr;  ///< d (0 in gap rows, as real files)
    std::vector<std::int32_t> cadenceNo;
    std::vector<std::int32_t> rawCounts;                                ///< ADU summed over NUM_FRM frames, 0 in gaps
    std::vector<float> flux, fluxErr, fluxBkg, fluxBkgErr, cosmicRays;  ///< e-/s
    std::vector<std::int32_t> quality;
    std::vector<float> posCorr1, posCorr2;  ///< pixel, NaN in gaps
    std::vector<std::int32_t> aperture;     ///< 1 = collected, 3 = collected + optimal

    double tstart = 0, tstop = 0;         ///< BKJD, edges of the first/last cadence
    double lcStartMjd = 0, lcEndMjd = 0;  ///< mid first/last cadence, spacecraft time (MJD)
    long long validCadences = 0;
    double crowdsap = 1, flfrcsap = 1;
    int npixsap = 0;
    double cdpp3 = 0, cdpp6 = 0, cdpp12 = 0;  ///< white-noise CDPP of the SAP flux [ppm]
    int module = 0, output = 0, channel = 0;
    int ccdColumn = 0, ccdRow = 0;                  ///< CCD position of pixel (0,0)
    double targetX = 0, targetY = 0;                ///< nominal target position (0-based pixel coords)
    double pc11 = 1, pc12 = 0, pc21 = 0, pc22 = 1;  ///< WCS rotation for this season
    int brightRow = 0, brightCol = 0;               ///< brightest pixel of the noise-free mean image
};

/// Simulate quarter `quarter` (1..17). `indexInSet` is the position of this
/// quarter in the generated set (used to guarantee at least one safe-mode gap).
/// Returns an empty QuarterData (cadences == 0) if the quarter is unknown.
QuarterData simulateQuarter(const DemoParams& params, const std::vector<DemoPlanet>& planets, int quarter,
                            int indexInSet);

}  // namespace exo::demo
