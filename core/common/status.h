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
    Cancelled,         ///< progress hook returned false
    WriteFailed,       ///< could not write output
    InternalError,
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

/// Value plus status plus non-fatal warnings.
template <typename T>
struct Result {
    Status status;
    T value{};
    std::vector<std::string> warnings;

    bool ok() const { return status.ok(); }
    static Result success(T v) { Result r; r.value = std::move(v); return r; }
    static Result failure(ErrorCode c, std::string d = {}) { Result r; r.status = Status::error(c, std::move(d)); return r; }
};

}  // namespace exo
