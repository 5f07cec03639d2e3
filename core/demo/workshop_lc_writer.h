#pragma once
/// @file workshop_lc_writer.h
/// Writes a synthetic light curve as a mission light-curve file: the Kepler
/// long-cadence layout (kplr<KIC>-<stamp>_llc.fits) or the TESS SPOC layout
/// (tess<stamp>-s<sector>-<TIC>-<id>-s_lc.fits). Primary header, the
/// LIGHTCURVE table (TIME, TIMECORR, CADENCENO, SAP_FLUX, SAP_FLUX_ERR, SAP_BKG,
/// SAP_BKG_ERR, PDCSAP_FLUX, PDCSAP_FLUX_ERR, SAP_QUALITY or QUALITY, MOM_CENTR1/2,
/// POS_CORR1/2) and the APERTURE image, with the keywords core/io reads.
/// Pure function of its inputs; the file handle lives only inside the call.

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"

namespace exo::demo {

struct WorkshopLightCurve {
    bool tess = false;        ///< TESS SPOC layout (BTJD) instead of Kepler (BKJD)
    long long targetId = 0;   ///< KEPLERID or TICID
    int quarterOrSector = 0;  ///< QUARTER (Kepler) or SECTOR (TESS)
    std::string object;       ///< OBJECT keyword, e.g. "KIC 99100001"
    std::string kind;         ///< WSKIND keyword (instructor's hint; the app ignores it)
    double magnitude = 12;    ///< KEPMAG or TESSMAG
    double ra = 0, dec = 0;   ///< degrees
    double cadenceDays = 0;   ///< TIMEDEL
    double crowdsap = 1, flfrcsap = 1;
    std::vector<double> time;  ///< BKJD / BTJD mid-cadence
    std::vector<std::int32_t> cadenceNo;
    std::vector<double> sap, sapErr, bkg, pdcsap, pdcsapErr;  ///< e-/s
    std::vector<std::int32_t> quality;
    std::vector<double> centCol, centRow;  ///< MOM_CENTR1/2 (pixels)
};

/// MAST-style file name for the light curve (no directory).
std::string workshopFileName(const WorkshopLightCurve& lc);

/// Write `lc` to `path` (replaced if present). Errors: InvalidParameter (column
/// sizes differ, no cadence), WriteFailed (with the CFITSIO message).
Status writeWorkshopLightCurve(const std::string& path, const WorkshopLightCurve& lc);

}  // namespace exo::demo
