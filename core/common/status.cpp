#include "common/status.h"

namespace exo {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::FileNotFound: return "file_not_found";
    case ErrorCode::NotAFile: return "not_a_file";
    case ErrorCode::EmptyFile: return "empty_file";
    case ErrorCode::NotFits: return "not_fits";
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::NoTable: return "no_table";
    case ErrorCode::MissingColumn: return "missing_column";
    case ErrorCode::NoRows: return "no_rows";
    case ErrorCode::AllNaN: return "all_nan";
    case ErrorCode::ForeignTelescope: return "foreign_telescope";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::MixedTargets: return "mixed_targets";
    case ErrorCode::InvalidParameter: return "invalid_parameter";
    case ErrorCode::TooLarge: return "too_large";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::WriteFailed: return "write_failed";
    case ErrorCode::InternalError: return "internal_error";
    }
    return "unknown";
}

const char* errorCodeDescription(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "success";
    case ErrorCode::FileNotFound: return "file not found";
    case ErrorCode::NotAFile: return "not a regular file";
    case ErrorCode::EmptyFile: return "file is empty";
    case ErrorCode::NotFits: return "not a FITS file";
    case ErrorCode::Truncated: return "FITS file is truncated or damaged";
    case ErrorCode::NoTable: return "FITS file has no light-curve or pixel table";
    case ErrorCode::MissingColumn: return "required column missing";
    case ErrorCode::NoRows: return "table has no rows";
    case ErrorCode::AllNaN: return "all values are NaN";
    case ErrorCode::ForeignTelescope: return "not a Kepler, K2 or TESS product";
    case ErrorCode::Unsupported: return "unsupported FITS product";
    case ErrorCode::MixedTargets: return "files belong to different targets";
    case ErrorCode::InvalidParameter: return "invalid parameter";
    case ErrorCode::TooLarge: return "request too large";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::WriteFailed: return "could not write output";
    case ErrorCode::InternalError: return "internal error";
    }
    return "unknown error";
}

}  // namespace exo
