#pragma once
/// @file vetting.h
/// Vetting of one transit candidate: is it a planet, an eclipsing binary, a
/// background blend or a systematic? In the spirit of Kepler's Robovetter and
/// DV reports, computed in milliseconds so the window can redo it live.
///
/// Every error bar here comes from the noise measured in the light curve
/// itself: white noise per point plus red noise at the transit duration
/// (Pont, Zucker & Queloz 2006), never from the pipeline's flux errors,
/// which ignore correlated noise and made real hot Jupiters fail odd/even.
///
/// Thread-safe: pure functions of their inputs, no shared state.
/// Units: times in mission days (BKJD/BTJD) unless named *Bjd, durations in
/// hours, depths in ppm, pixel offsets in pixels, angles in arcsec.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/light_curve.h"
#include "model/pixel_file.h"

namespace exo::vetting {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A transit ephemeris. t0 in mission days of the star vetted (or, for other
/// candidates, in full BJD through t0Bjd).
struct Ephemeris {
    double periodDays = 0;
    double t0 = 0;             ///< mid-transit, mission days
    double durationHours = 0;  ///< total (first to fourth contact)
    double depthPpm = 0;       ///< from the search; 0 = measure it
};

/// Another candidate, for the ephemeris-match test (same or another star).
struct OtherEphemeris {
    std::string label;  ///< e.g. "KIC 9002278 #2" (echoed in the report)
    double periodDays = 0;
    double t0Bjd = 0;  ///< full BJD_TDB
    double durationHours = 0;
};

/// The pixels of one file, for the difference-image test.
struct PixelInput {
    const TargetPixelFile* tpf = nullptr;  ///< not owned; must outlive vet()
    std::vector<std::uint8_t> aperture;    ///< rows*cols, 1 = in aperture (may be empty: pipeline)
    std::uint32_t qualityBitmask = 0;      ///< cadences with (quality & mask) != 0 are skipped; 0 = mission default
};

struct Input {
    Series flat;    ///< flattened (normalised ~1) light curve, mission days
    Metadata meta;  ///< mission, BJD offset, TEFF/LOGG/RADIUS
    Ephemeris ephemeris;
    std::vector<PixelInput> pixels;      ///< optional, one per pixel file
    std::vector<OtherEphemeris> others;  ///< optional, other candidates
    /// Transits removed before vetting (points within one duration of their centres):
    /// the stronger candidates of the same star, as the search masked them.
    std::vector<Ephemeris> masked;
};

/// Thresholds (documented in core/vetting/README.md). Defaults are what the CLI and window use.
struct Thresholds {
    double oddEvenSigma = 3.0;            ///< odd_even above this
    double secondarySigma = 4.0;          ///< secondary above this (phase 0.5)
    double lowSnr = 7.1;                  ///< low_snr below this (red-noise SNR)
    double vShapeRatio = 0.4;             ///< ingress/total above this ...
    double vShapeDeltaChi2 = 9.0;         ///< ... and the V fits better than a flat bottom by this
    double maxPlanetRadiusEarth = 25.0;   ///< too_large above this (about 2.2 Jupiter radii)
    double maxDurationRatio = 2.0;        ///< duration_implausible above this x the central-transit duration
    double centroidSigma = 3.0;           ///< centroid_offset above this ...
    double centroidMinArcsec = 1.0;       ///< ... and at least this far
    double periodMatchTolerance = 0.002;  ///< relative, for ephemeris_match
    int maxRatioInteger = 6;              ///< small-integer fractions up to 6/5...
};

/// Noise measured on the out-of-transit flattened flux (Pont et al. 2006).
struct Noise {
    double whitePpm = kNaN;   ///< per point (robust standard deviation)
    double redPpm = kNaN;     ///< correlated part at the transit duration
    double binnedPpm = kNaN;  ///< measured scatter of means over the transit duration
    double beta = kNaN;       ///< binnedPpm / (whitePpm / sqrt(pointsPerBin)); 1 = white
    double pointsPerBin = 0;
    int nBins = 0;
};

/// A depth with its error from the measured noise.
struct Depth {
    double ppm = kNaN;
    double errPpm = kNaN;
    int nEvents = 0;  ///< events with in-window data
    long long nPoints = 0;
    double sigma() const { return errPpm > 0 ? ppm / errPpm : kNaN; }
};

/// One transit event with data.
struct TransitEvent {
    int epoch = 0;    ///< cycle number from t0
    double time = 0;  ///< predicted mid-transit, mission days
    int nPoints = 0;
    double depthPpm = kNaN;
    double errPpm = kNaN;
    double snr = kNaN;
};

struct Shape {
    bool valid = false;
    double depthPpm = kNaN;       ///< trapezoid depth (flat bottom)
    double durationHours = kNaN;  ///< total, fitted
    double ingressHours = kNaN;
    double ingressRatio = kNaN;     ///< ingress / total: 0 = box, 0.5 = V
    double t0ShiftHours = kNaN;     ///< fitted centre minus the ephemeris
    double vShapeDeltaChi2 = kNaN;  ///< chi2(best flat-bottomed, ratio <= 0.25) - chi2(best), red-noise scaled
    double boxDeltaChi2 = kNaN;     ///< chi2 improvement of a box at the ephemeris
    double sineDeltaChi2 = kNaN;    ///< chi2 improvement of a sine at the period
    double sineAmplitudePpm = kNaN;
};

struct Host {
    bool known = false;  ///< RADIUS and LOGG present
    double teffK = kNaN, logg = kNaN, radiusSun = kNaN;
    double massSun = kNaN;                ///< from logg and radius
    double densitySolar = kNaN;           ///< rho / rho_sun
    double planetRadiusEarth = kNaN;      ///< sqrt(depth) x R*
    double aOverRs = kNaN;                ///< circular orbit, from density
    double expectedDurationHours = kNaN;  ///< central transit (b = 0) of a planet of that size
    double durationRatio = kNaN;          ///< measured / expected
    double equilibriumK = kNaN;           ///< zero albedo, full redistribution
};

struct Centroid {
    double col = kNaN, row = kNaN;  ///< 0-based pixel coordinates
};

struct PixelReport {
    std::string file;  ///< meta.path
    int rows = 0, cols = 0;
    int nTransits = 0;                           ///< events with in- and out-of-transit frames
    std::vector<double> outImage;                ///< mean out-of-transit image, e-/s, rows*cols
    std::vector<double> diffImage;               ///< out - in, e-/s (positive where the flux dropped)
    std::vector<double> diffSnr;                 ///< diffImage / its error from the transit-to-transit scatter
    std::vector<double> depthMapPpm;             ///< diffImage / outImage, ppm
    Centroid outCentroid, diffCentroid, target;  ///< target from RA/Dec + WCS (NaN if unknown)
    double offsetPx = kNaN;                      ///< |diff - out| centroid
    double offsetArcsec = kNaN;
    double offsetSigma = kNaN;         ///< offset / its error (jackknife over transits)
    double targetOffsetArcsec = kNaN;  ///< |diff centroid - catalogue position|
    double arcsecPerPixel = kNaN;
    double apertureDepthPpm = kNaN;  ///< depth of the aperture sum (consistency)
    bool motionCorrected = false;    ///< the pointing dipole (POS_CORR x image gradient) was removed
    bool valid = false;
};

struct EphemerisMatch {
    std::string label;
    double periodRatio = kNaN;  ///< this / other
    int numerator = 0, denominator = 0;
    double epochOffsetHours = kNaN;  ///< nearest coincidence of the two ephemerides
    bool halfPhase = false;          ///< same period, half a period apart (primary and secondary of one binary)
};

/// Stable snake_case flag names (JSON, README).
enum class Flag {
    NotTransitLike,
    StellarEclipse,
    CentroidOffset,
    EphemerisMatch,
    OddEven,
    Secondary,
    SingleEventDominated,
    VShaped,
    TooLarge,
    DurationImplausible,
    Sinusoidal,
    LowSnr,
    PlanetOccultation,
};
const char* flagName(Flag f);

struct Report {
    Ephemeris ephemeris;  ///< as given
    Noise noise;
    Depth primary;  ///< all events, measured noise
    Depth odd, even;
    double oddEvenSigma = kNaN;
    double oddEvenScatter = 1.0;      ///< factor applied to the odd/even errors: event scatter about
                                      ///< the odd and even means / expected (>= 1; 1 with < 4 events)
    Depth secondary;                  ///< box at phase 0.5, same duration
    int secondaryEventsClipped = 0;   ///< events left out (> 5 sigma from the median event, >= 4 events)
    double secondaryAlbedo = kNaN;    ///< geometric albedo implied by the secondary
    bool secondaryPlanetLike = true;  ///< albedo <= 1 (or not significant)
    bool secondarySignificant = false;
    Depth strongestSecondary;  ///< the most significant box away from the transit
    double strongestSecondaryPhase = kNaN;
    std::vector<TransitEvent> events;
    double maxEventFraction = kNaN;  ///< share of the summed event chi2 carried by the strongest event
    Shape shape;
    Host host;
    std::vector<PixelReport> pixels;
    std::vector<EphemerisMatch> matches;
    std::vector<Flag> flags;
    std::vector<std::string> warnings;

    bool has(Flag f) const;
    /// Index into pixels of the most significant centroid offset; -1 if none.
    int worstPixelIndex() const;
};

/// Vet one candidate. Errors: InvalidParameter (period, duration or
/// depth absurd; series sizes differ), NoRows (no point in transit).
Result<Report> vet(const Input& in, const Thresholds& th = {});

/// Mission pixel scale when the WCS is absent: Kepler/K2 3.98", TESS 21".
double defaultArcsecPerPixel(Mission m);

}  // namespace exo::vetting
