#pragma once
/// @file settings.h
/// The user-facing analysis settings, as plain values: what the window's
/// pipeline panel edits, what a session file stores and what the CLI parses.
/// core/pipeline translates them into the detrend and search parameter structs.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"

namespace exo::pipeline {

enum class ApertureMode { Pipeline, Threshold, All, Custom };
enum class FluxSource { Pdcsap, Sap };
enum class DetrendMethod { Biweight, SlidingMedian, MovingMean, SavGol, None, MovingMeanPoints };
enum class BlsObjective { Likelihood, Snr };

const char* apertureModeName(ApertureMode m);    ///< "pipeline", "threshold", "all", "custom"
const char* fluxSourceName(FluxSource f);        ///< "pdcsap", "sap"
const char* detrendMethodName(DetrendMethod d);  ///< "biweight", "median", "mean", "savgol", "none", "mean-points"
bool parseApertureMode(const std::string& s, ApertureMode& out);
bool parseFluxSource(const std::string& s, FluxSource& out);
bool parseDetrendMethod(const std::string& s, DetrendMethod& out);

/// Aperture of one pixel file (each quarter/sector keeps its own).
struct ApertureChoice {
    ApertureMode mode = ApertureMode::Pipeline;
    double thresholdSigma = 3.0;       ///< for Threshold (lightkurve semantics)
    std::vector<std::uint8_t> custom;  ///< rows*cols row-major, for Custom
    int rows = 0, cols = 0;            ///< shape of `custom`
    bool operator==(const ApertureChoice&) const = default;
};

struct PrepareSettings {
    FluxSource flux = FluxSource::Pdcsap;  ///< for light-curve files
    std::string quality = "default";       ///< preset name or integer bitmask
    bool sigmaClip = true;                 ///< upper-only clip of outliers
    double clipSigma = 5.0;
    DetrendMethod detrend = DetrendMethod::Biweight;
    double windowDays = 0.75;  ///< detrending window (days), used when autoWindow is off
    /// Choose the window from the star's variability and the longest transit searched
    /// (detrend/auto_window.h); windowDays is then ignored. The CLI's --window auto (default).
    bool autoWindow = true;
    int windowPoints = 5;        ///< MovingMeanPoints: cadences either side (the workshop used 5)
    double binMinutes = 0;       ///< bin the cleaned flux into buckets of this width before detrending (0 = off)
    double dipSigma = 0;         ///< mark dips of the flattened flux below this many robust sigmas (0 = off)
    double gapDays = 0.25;       ///< split at gaps longer than this (6 h)
    int minSegmentPoints = 100;  ///< drop shorter segments (workshop TIMESPLIT)
    std::vector<std::pair<double, double>> maskedRanges;  ///< user-excluded time ranges (mission days)
    bool operator==(const PrepareSettings&) const = default;
};

struct SearchSettings {
    double minPeriodDays = 0;            ///< 0 = automatic (0.5 d or a few cadences)
    double maxPeriodDays = 0;            ///< 0 = automatic (baseline / 2)
    double oversample = 3;               ///< Ofir grid oversampling
    std::vector<double> durationsHours;  ///< empty = automatic from stellar density
    int maxPlanets = 3;
    double minSnr = 7.0;
    double minSde = 7.0;  ///< TLS (Hippke & Heller 2019): SDE 7 ~ 1 % false-alarm probability
    BlsObjective objective = BlsObjective::Likelihood;
    bool pipelineErrors = false;  ///< weight by the file's flux errors instead of the measured noise
    int minTransits = 3;          ///< periodic candidates need this many events with data
    bool redetrendMasked = true;  ///< refit the trend with each found candidate's transits masked
    int threads = 0;              ///< 0 = all cores
    bool operator==(const SearchSettings&) const = default;
};

/// Limits of a numeric setting, declared once here: the CLI, the pipeline panel and the
/// session loader all check against these (inclusive bounds).
struct Limit {
    double min, max;
    bool contains(double v) const { return v >= min && v <= max; }  // false for NaN
};
namespace limits {
inline constexpr Limit windowDays{0.05, 30.0};       ///< detrending window
inline constexpr Limit windowPoints{1, 1000};        ///< moving average, points either side
inline constexpr Limit binMinutes{0.0, 1440.0};      ///< bin width (0 = no binning)
inline constexpr Limit dipSigma{0.0, 100.0};         ///< dip threshold (0 = no dips)
inline constexpr Limit clipSigma{1.5, 50.0};         ///< upper clip threshold (sigma)
inline constexpr Limit gapDays{0.01, 30.0};          ///< gap that splits segments
inline constexpr Limit minSegmentPoints{0, 100000};  ///< shorter segments are dropped
inline constexpr Limit periodDays{0.0, 5000.0};      ///< min/max trial period (0 = automatic)
inline constexpr Limit oversample{1.0, 20.0};        ///< Ofir grid oversampling
inline constexpr Limit durationHours{0.1, 72.0};     ///< each trial duration
inline constexpr int maxDurations = 50;              ///< number of trial durations
inline constexpr Limit maxPlanets{1, 10};            ///< search passes
inline constexpr Limit minSnr{0.0, 1000.0};
inline constexpr Limit minSde{0.0, 1000.0};
inline constexpr Limit threads{0, 256};      ///< 0 = all cores
inline constexpr Limit minTransits{1, 100};  ///< events a periodic candidate needs
inline constexpr std::size_t maxMaskedRanges = 10000;
}  // namespace limits

/// Check every setting against its limit and the consistency rules (min period below
/// max period, a known quality preset). On failure the status is InvalidParameter and
/// its detail names the setting as the user sees it (the CLI option name, e.g.
/// "--max-planets must be between 1 and 10"), with the offending value.
Status validate(const PrepareSettings& s);
Status validate(const SearchSettings& s);

}  // namespace exo::pipeline
