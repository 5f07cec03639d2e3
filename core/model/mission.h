#pragma once
/// @file mission.h
/// Mission, product and time-system descriptors shared by every core module.

#include <cstdint>
#include <limits>
#include <string>

namespace exo {

enum class Mission { Unknown, Kepler, K2, TESS };

enum class ProductType {
    Unknown,
    TargetPixelFile,      ///< Kepler/K2 TARGETTABLES or TESS PIXELS extension
    FfiCutout,            ///< TESScut / astrocut cutout in TPF layout
    LightCurve,           ///< Kepler/K2/TESS SPOC LIGHTCURVE extension
    DataAlertLightCurve,  ///< TESS data-alert HLSP
    K2sff,
    K2sc,
    K2varcat,
    Tglc,
    Eleanor,  ///< high-level science products
};

enum class TimeSystem { Unknown, BKJD, BTJD };

/// Stable snake_case names (JSON, logs).
const char* missionName(Mission m);          ///< "Kepler", "K2", "TESS"
const char* productTypeName(ProductType p);  ///< "tpf", "ffi_cutout", "lightcurve", ...
const char* timeSystemName(TimeSystem t);    ///< "BKJD", "BTJD"

/// Per-file metadata read from the FITS headers. Missing numbers are NaN or -1.
struct Metadata {
    std::string path;
    std::string telescope;  ///< TELESCOP
    Mission mission = Mission::Unknown;
    ProductType product = ProductType::Unknown;
    std::string idPrefix;     ///< "KIC", "EPIC", "TIC", "Gaia DR3"
    long long targetId = -1;  ///< KEPLERID / TICID / EPIC / Gaia id
    std::string objectName;   ///< OBJECT keyword
    int quarter = -1;         ///< Kepler
    int campaign = -1;        ///< K2
    int sector = -1;          ///< TESS
    int camera = -1, ccd = -1, channel = -1;
    double cadenceDays = 0;  ///< TIMEDEL (days); 0 if unknown
    double magnitude = 0;    ///< KEPMAG or TESSMAG; NaN if absent
    double ra = 0, dec = 0;  ///< RA_OBJ / DEC_OBJ (deg); NaN if absent
    long bjdRefI = 0;        ///< BJDREFI
    double bjdRefF = 0;      ///< BJDREFF
    TimeSystem timeSystem = TimeSystem::Unknown;
    double timePixR = 0.5;         ///< TIMEPIXR
    double crowdSap = 0;           ///< CROWDSAP; NaN if absent
    double flfrcSap = 0;           ///< FLFRCSAP; NaN if absent
    double tstart = 0, tstop = 0;  ///< TSTART/TSTOP in mission days
    int npixSap = -1;              ///< NPIXSAP (pipeline-aperture pixel count); -1 if absent
    /// Stellar parameters of the primary header (KIC / TIC values); NaN if absent.
    double teff = std::numeric_limits<double>::quiet_NaN();       ///< TEFF [K]
    double logg = std::numeric_limits<double>::quiet_NaN();       ///< LOGG [cgs, log10 cm/s^2]
    double radiusSun = std::numeric_limits<double>::quiet_NaN();  ///< RADIUS [solar radii]

    /// "KIC 9002278" style label.
    std::string targetLabel() const;
    /// Quarter/campaign/sector number whichever applies, or -1.
    int season() const;
    /// Full BJD offset: bjdRefI + bjdRefF.
    double bjdOffset() const { return double(bjdRefI) + bjdRefF; }
};

}  // namespace exo
