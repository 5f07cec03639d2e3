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
    case ErrorCode::CorruptHeader: return "corrupt_header";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::WriteFailed: return "write_failed";
    case ErrorCode::InternalError: return "internal_error";
    case ErrorCode::TooShort: return "too_short";
    case ErrorCode::BadSyntax: return "bad_syntax";
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
    case ErrorCode::CorruptHeader: return "FITS header is malformed or claims an impossible size";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::WriteFailed: return "could not write output";
    case ErrorCode::InternalError: return "internal error";
    case ErrorCode::TooShort: return "data too short";
    case ErrorCode::BadSyntax: return "malformed text input";
    }
    return "unknown error";
}

const char* warningCodeName(WarningCode code)
{
    switch (code) {
    case WarningCode::Other: return "other";
    case WarningCode::ApertureIgnored: return "aperture_ignored";
    case WarningCode::EmptyAperture: return "empty_aperture";
    case WarningCode::BackgroundNotEstimated: return "background_not_estimated";
    case WarningCode::NonPositiveMedian: return "non_positive_median";
    case WarningCode::PointsClipped: return "points_clipped";
    case WarningCode::ShortSegmentsDropped: return "short_segments_dropped";
    case WarningCode::AllSegmentsShort: return "all_segments_short";
    case WarningCode::WindowLongerThanSegment: return "window_longer_than_segment";
    case WarningCode::TrendUndefined: return "trend_undefined";
    case WarningCode::ProductsSkipped: return "products_skipped";
    case WarningCode::FileSkipped: return "file_skipped";
    case WarningCode::NearZeroFlux: return "near_zero_flux";
    case WarningCode::DepthAboveTotal: return "depth_above_total";
    }
    return "other";
}

std::string warningText(const Warning& w)
{
    const std::string n = std::to_string(w.count);
    std::string t;
    switch (w.code) {
    case WarningCode::Other: t = w.detail; break;
    case WarningCode::ApertureIgnored: t = "the file's aperture does not match its pixels and was ignored"; break;
    case WarningCode::EmptyAperture: t = "the aperture holds no pixel"; break;
    case WarningCode::BackgroundNotEstimated: t = "no pixel outside the aperture: background not subtracted"; break;
    case WarningCode::NonPositiveMedian: t = "the median flux is not positive: normalisation is unreliable"; break;
    case WarningCode::PointsClipped: t = n + " outlier(s) clipped"; break;
    case WarningCode::ShortSegmentsDropped: t = n + " cadence(s) in segments too short to detrend were left out"; break;
    case WarningCode::AllSegmentsShort: t = "every segment is shorter than the minimum; all were kept"; break;
    case WarningCode::WindowLongerThanSegment:
        t = n + " segment(s) shorter than the detrending window: their trend is a constant";
        break;
    case WarningCode::TrendUndefined: t = "a segment has no usable cadence: its trend is undefined"; break;
    case WarningCode::ProductsSkipped:
        t = n + " product(s) overlap the chosen ones in time and were not analysed";
        break;
    case WarningCode::FileSkipped: t = "a file was left out"; break;
    case WarningCode::NearZeroFlux:
        t = "the aperture's flux is near zero against its scatter (an almost empty aperture?): relative flux is "
            "meaningless, the star was not searched";
        break;
    case WarningCode::DepthAboveTotal: t = n + " signal(s) deeper than 100 % of the flux refused as candidates"; break;
    }
    if (w.code != WarningCode::Other && !w.detail.empty())
        t += " (" + w.detail + ")";
    return t;
}

}  // namespace exo
