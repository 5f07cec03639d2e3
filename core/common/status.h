#pragma once
/// @file status.h
/// Errors are data: every core entry point returns a Result carrying a Status
/// and warnings. Core never produces user-facing sentences beyond a short
/// technical `detail` (file name, column, keyword); widgets and the CLI map
/// the ErrorCode to translated text.

#include <string>
#include <utility>
#include <vector>

namespace exo {

enum class ErrorCode {
    Ok = 0,
    FileNotFound,      ///< path does not exist
    NotAFile,          ///< path is a directory or special file
    EmptyFile,         ///< zero bytes
    NotFits,           ///< not a FITS file at all (e.g. a text file)
    Truncated,         ///< FITS header or data ends early
    NoTable,           ///< FITS file without the expected binary table
    MissingColumn,     ///< a required column (TIME, FLUX...) is absent
    NoRows,            ///< table has zero rows
    AllNaN,            ///< every flux (or time) value is NaN
    ForeignTelescope,  ///< TELESCOP is not Kepler or TESS
    Unsupported,       ///< FITS file of a kind we do not read (CBV, image...)
    MixedTargets,      ///< stitching files of different targets
    InvalidParameter,  ///< absurd or inconsistent parameter
    TooLarge,          ///< request would need too much memory / time
    CorruptHeader,     ///< FITS header card or claimed geometry is malformed or impossible
    Cancelled,         ///< progress hook returned false
    WriteFailed,       ///< could not write output
    InternalError,
    BadSyntax,  ///< malformed text input (a GTS line...); detail names the line
    TooShort,   ///< the data span too little time for what was asked (a periodic search)
};

/// Stable snake_case name of an error code (used in JSON output and logs).
const char* errorCodeName(ErrorCode code);

/// Short English technical description of an error code, for the CLI and logs.
/// The GUI uses its own translated strings keyed on the code.
const char* errorCodeDescription(ErrorCode code);

struct Status {
    ErrorCode code = ErrorCode::Ok;
    std::string detail;  ///< technical detail: column name, keyword, cfitsio message

    bool ok() const { return code == ErrorCode::Ok; }
    static Status success() { return {}; }
    static Status error(ErrorCode c, std::string d = {}) { return {c, std::move(d)}; }
};

/// Non-fatal conditions a user should know about. Core reports codes with their
/// numbers; widgets translate them, the CLI prints warningText() to stderr.
enum class WarningCode {
    Other,                    ///< free-form technical detail only
    ApertureIgnored,          ///< the file's APERTURE shape differs from its pixels
    EmptyAperture,            ///< no pixel in the aperture: flux is NaN
    BackgroundNotEstimated,   ///< no pixel outside the aperture to estimate the background
    NonPositiveMedian,        ///< normalising by a median <= 0
    PointsClipped,            ///< count = outliers removed by sigma clipping
    ShortSegmentsDropped,     ///< count = cadences in segments shorter than the minimum
    AllSegmentsShort,         ///< every segment is short: all were kept
    WindowLongerThanSegment,  ///< count = segments shorter than the detrending window
    TrendUndefined,           ///< a segment has no unmasked cadence: its trend is NaN
    ProductsSkipped,          ///< count = products overlapping the chosen one (detail names them)
    FileSkipped,              ///< a file of the star could not be used (detail names it and why)
    NearZeroFlux,     ///< the aperture's flux is near zero against its scatter: not searched (detail: the ratio)
    DepthAboveTotal,  ///< count = signals deeper than 100 % of the flux, refused as candidates
};

struct Warning {
    WarningCode code = WarningCode::Other;
    long long count = 0;  ///< the number the code refers to (points, segments, files), 0 if none
    std::string detail;   ///< technical detail (file name, time), may be empty
    Warning() = default;
    Warning(WarningCode c, long long n = 0, std::string d = {}) : code(c), count(n), detail(std::move(d)) {}
    /// A free-form warning (WarningCode::Other).
    Warning(std::string d) : detail(std::move(d)) {}  // NOLINT: implicit on purpose
    Warning(const char* d) : detail(d) {}             // NOLINT
    bool operator==(const Warning&) const = default;
};

/// Stable snake_case name of a warning code (JSON output, logs).
const char* warningCodeName(WarningCode code);
/// One English line for the CLI and logs, e.g. "12 outliers clipped". The GUI uses
/// its own translated strings keyed on the code.
std::string warningText(const Warning& w);

/// Value plus status plus non-fatal warnings.
template <typename T>
struct Result {
    Status status;
    T value{};
    std::vector<Warning> warnings;

    bool ok() const { return status.ok(); }
    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(ErrorCode c, std::string d = {})
    {
        Result r;
        r.status = Status::error(c, std::move(d));
        return r;
    }
};

}  // namespace exo
