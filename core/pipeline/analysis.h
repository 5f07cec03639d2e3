#pragma once
/// @file analysis.h
/// The analysis pipeline shared by the window and the CLI:
///   files -> per-file raw light curve (aperture photometry or a flux column)
///         -> stitched, normalised series -> cleaned -> detrended -> BLS search.
/// Each stage is a pure function of its inputs, so a caller recomputes only
/// what depends on a change (an aperture edit reruns photometry of one file,
/// stitching and what follows; a detrend window change reruns detrending and
/// the search). Thread-safe: no shared state; call from any thread.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "detrend/auto_window.h"
#include "detrend/detrenders.h"
#include "model/light_curve.h"
#include "model/pixel_file.h"
#include "pipeline/settings.h"
#include "search/dips.h"

namespace exo::pipeline {

/// One opened file: a pixel file or a light-curve file (exactly one is set).
struct LoadedFile {
    std::string path;
    Metadata meta;
    std::shared_ptr<const TargetPixelFile> tpf;
    std::shared_ptr<const LightCurveFile> lc;
    bool isPixelFile() const { return tpf != nullptr; }
};

/// Read one file (either kind). Errors name the cause; see ErrorCode.
Result<LoadedFile> loadFile(const std::string& path);

/// The aperture mask an ApertureChoice resolves to for a pixel file
/// (rows*cols row-major, 1 = in aperture).
Result<std::vector<std::uint8_t>> resolveAperture(const TargetPixelFile& tpf, const ApertureChoice& choice);

/// Raw (un-normalised, e-/s) light curve of one file: aperture photometry for
/// pixel files, the chosen flux column for light-curve files. Every cadence is
/// kept, with its quality flags.
Result<Series> rawLightCurve(const LoadedFile& file, const ApertureChoice& aperture, FluxSource flux);

/// Normalise each file's series by its median and join them sorted in time
/// (`segment` = file index). Files of different targets give MixedTargets.
Result<Series> stitch(const std::vector<Series>& perFile, const std::vector<Metadata>& metas);

/// The detrending of a stretch of Prepared::clean, as it was run (window, method; no mask), so
/// the trend can be refitted with transits masked (redetrend.h).
struct DetrendPiece {
    std::size_t begin = 0, end = 0;  ///< range of Prepared::clean
    detrend::DetrendParams params;
};

/// Output of the preparation stage.
struct Prepared {
    Series clean;                    ///< quality-masked, NaN-free, clipped, user masks removed
    std::vector<double> trend;       ///< same length as clean
    Series flat;                     ///< clean.flux / trend, without cadences whose trend is undefined
                                     ///< (so it may be shorter than `clean`); what the search consumes
    std::vector<std::size_t> index;  ///< clean[i] came from input[index[i]] (the first cadence of a bin)
    /// Dips of `flat` below PrepareSettings::dipSigma robust sigmas (empty when off); their
    /// firstIndex/lastIndex point into `flat`. Per prepared piece (one file): sigma is the file's.
    std::vector<search::DipEvent> dips;
    double dipMedian = 1, dipSigmaFlux = 0;  ///< level and robust sigma of the (first) piece's flat flux
    std::size_t nQualityMasked = 0, nClipped = 0, nUserMasked = 0, nNaN = 0;
    detrend::WindowChoice window;             ///< the detrending window used (and why, when automatic)
    std::vector<DetrendPiece> detrendPieces;  ///< how each stretch of `clean` was detrended
    /// The flux is near zero against its own scatter (an almost empty aperture, a star off
    /// the pixels): the median of the cleaned flux is not positive, or its robust
    /// point-to-point scatter exceeds kNearZeroFluxScatter of it. Relative flux is then
    /// meaningless (depths above 100 %): the search refuses it (WarningCode::NearZeroFlux).
    bool nearZeroFlux = false;
    double relativeScatter = 0;  ///< robust point-to-point scatter of the cleaned flux / its median
};

/// Relative point-to-point scatter above which a light curve is "near zero flux". A real
/// star's is below 0.05 even at TESS's faint end; EPIC 200001049's almost empty K2
/// aperture (median 5 e-/s, scatter 30 e-/s) is about 5.
inline constexpr double kNearZeroFluxScatter = 1.0 / 3.0;

/// The automatic window for a stitched (normalised) series: three times the longest default
/// trial duration (kLongestDurationFraction = 1.7 T14 of a Sun-like star at half the baseline, the default longest
/// period), shortened when the star's variability needs it (detrend/auto_window.h).
/// Cadences flagged under the settings' quality mask are ignored.
detrend::WindowChoice automaticWindow(const Series& stitched, Mission mission, const PrepareSettings& s);

/// The settings with the window fixed: for autoWindow, windowDays = automaticWindow(...) and
/// autoWindow = false (so per-file preparation of a multi-file star uses the star's window);
/// otherwise `s` unchanged. `choice` (optional) receives the choice.
PrepareSettings resolveWindow(const Series& stitched, Mission mission, const PrepareSettings& s,
                              detrend::WindowChoice* choice = nullptr);

/// Mission used to interpret quality presets.
Result<Prepared> prepare(const Series& stitched, Mission mission, const PrepareSettings& s,
                         const ProgressFn& progress = {});

/// Join prepared pieces of files that do not overlap in time, given in time order
/// (each piece from prepare() of one file's normalised series). `offsets[k]` is added to
/// piece k's Prepared::index (e.g. the cadence offset of file k in the concatenation of
/// the files in this order; stitch() differs only in moving NaN-time cadences last).
/// Equivalent to preparing the stitched series when no detrending window spans two
/// files (files are separated by gaps, and detrending never crosses a gap).
Prepared joinPrepared(const std::vector<const Prepared*>& pieces, const std::vector<std::size_t>& offsets);

}  // namespace exo::pipeline
