#pragma once
/// @file demo_star.h
/// A synthetic Kepler star with three transiting planets, written as real-format
/// long-cadence target pixel files, so the app can open a star on a machine with
/// no network (NASA files may not ship in the repository).
///
/// The files copy the exact HDU layout, columns, TFORM/TDIM, units and keywords
/// of MAST Kepler TPFs (checked against kplr009002278-2010174085026_lpd-targ.fits.gz).
/// The target is clearly synthetic: KEPLERID above the real KIC range (default
/// 99000042), OBJECT = 'KIC 99000042', DEMOSTAR = T in the primary header.

#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"

namespace exo::demo {

/// One injected planet. The ephemeris is in BKJD (BJD_TDB - 2454833).
struct DemoPlanet {
    std::string name;          ///< e.g. "Demo-1 b"
    double periodDays = 0;     ///< orbital period [days]
    double t0Bkjd = 0;         ///< mid-transit time of one transit [BKJD days]
    double durationHours = 0;  ///< first to fourth contact T14 [hours]
    double depthPpm = 0;       ///< undiluted depth at mid-transit [ppm of the target's flux]
    double impact = 0.3;       ///< impact parameter b (sets ingress length), 0..0.8
};

/// A stellar eclipsing binary: V-shaped (grazing) eclipses, the overlap of two disks
/// near contact (drop ~ (1 - |x|)^1.5), with a secondary eclipse at phase 0.5.
struct DemoEclipse {
    double periodDays = 0;      ///< 0 = no eclipsing binary
    double t0Bkjd = 0;          ///< mid primary eclipse [BKJD]
    double durationHours = 0;   ///< first to last contact [hours]
    double primaryDepth = 0;    ///< fraction of the binary's own light lost at mid primary eclipse
    double secondaryDepth = 0;  ///< the same at mid secondary eclipse (phase 0.5)
    bool enabled() const { return periodDays > 0; }
    /// Fraction of the binary's light lost at BKJD t, averaged over an exposure (5 sub-samples).
    double dropIntegrated(double t, double exposureDays) const;
};

/// A grazing eclipse of the target itself: P 2.7315 d, 2.4 h, 12 % primary, 4 % secondary.
DemoEclipse defaultGrazingEclipse();
/// A background eclipsing binary: P 4.3717 d, 3.2 h, 40 % primary, 15 % secondary of its own light.
DemoEclipse defaultBackgroundEclipse();

struct DemoParams {
    int quarters = 4;                    ///< number of consecutive quarters to write (1..17)
    int firstQuarter = 1;                ///< Kepler quarter number of the first file (1..17); used in names and QUARTER
    int rows = 12, cols = 12;            ///< pixel stamp size (6..40 each)
    unsigned seed = 42;                  ///< all noise, gaps and flags derive from this; same seed = same files
    bool fullMission = false;            ///< Q1..Q17 (about 69,000 cadences); overrides quarters/firstQuarter
    double kepmag = 12.0;                ///< Kepler magnitude of the target (sets photon noise)
    double neighbourDeltaMag = 2.5;      ///< neighbour is this much fainter [mag]
    double neighbourSeparationPx = 2.2;  ///< neighbour distance from the target [pixels]
    long long keplerId = 99000042;       ///< synthetic KIC number (real KIC ids stop below 1.3e7)
    bool gzip = false;                   ///< write .fits.gz (slower) instead of .fits
    std::vector<DemoPlanet> planets;     ///< empty = defaultDemoPlanets() (unless noPlanets)
    bool noPlanets = false;              ///< inject no planet at all (e.g. a lone blend for the workshop)
    DemoEclipse targetEclipse;           ///< the target itself is a grazing eclipsing binary (off by default)
    DemoEclipse backgroundEclipse;       ///< a faint eclipsing binary beside the target, a blend (off by default)
    double backgroundOffsetPx = 1.5;     ///< its distance from the target [pixels], 0.5..6
    double backgroundDeltaMag = 4.0;     ///< it is this much fainter than the target [mag], 0..10
};

/// Per-file facts, also listed in the sidecar.
struct DemoQuarter {
    int quarter = 0;
    int season = 0;
    std::string file;                  ///< absolute path
    long long cadences = 0;            ///< table rows (including gap rows with NaN TIME)
    double tstart = 0, tstop = 0;      ///< BKJD
    double crowdsap = 1;               ///< target flux / all star flux in the pipeline aperture
    double flfrcsap = 1;               ///< fraction of the target flux inside the pipeline aperture
    int npixsap = 0;                   ///< pixels with APERTURE bit 2
    int brightRow = 0, brightCol = 0;  ///< brightest pixel of the mean image (0-based, FITS order)
};

struct DemoOutput {
    std::vector<std::string> files;   ///< absolute paths, one per quarter, in time order
    std::string sidecarPath;          ///< <outDir>/demo_star.json
    std::vector<DemoPlanet> planets;  ///< what was injected
    long long keplerId = 0;
    std::vector<DemoQuarter> quarters;
};

/// The three default planets: ~3.1 d / 2,500 ppm, ~11.3 d / 900 ppm, ~27.8 d / 500 ppm.
std::vector<DemoPlanet> defaultDemoPlanets();

/// Generate the demo star into `outDir` (created if missing; existing demo files
/// of the same names are overwritten). Writes one TPF per quarter named like MAST
/// files (kplr<KIC 9 digits>-<timestamp>_lpd-targ.fits[.gz]) and the JSON sidecar
/// demo_star.json (planets with name, period_days, t0_bkjd, duration_hours,
/// depth_ppm, and the file list).
///
/// Deterministic: the same params give the same pixel data and headers.
/// Threading: pure function of its inputs; safe to call from a worker thread
/// (each quarter file is opened, written and closed within the call).
/// Progress: `progress(done, total)` is called at least once per quarter;
/// returning false cancels, removes the files written so far and returns
/// ErrorCode::Cancelled.
/// Errors: InvalidParameter for out-of-range params, WriteFailed if the
/// directory or a file cannot be written.
Result<DemoOutput> generateDemoStar(const DemoParams& params, const std::string& outDir,
                                    const ProgressFn& progress = {});

}  // namespace exo::demo
