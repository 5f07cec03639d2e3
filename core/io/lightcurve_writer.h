#pragma once
/// @file lightcurve_writer.h
/// Writing a (processed) light curve to CSV or to a lightkurve-style FITS file.
///
/// Threading: pure functions; each call owns its output file handle for its
/// duration. Existing files at `path` are replaced. Times are written in the
/// series' mission time system (BKJD or BTJD, days, from `meta`).

#include <string>

#include "common/status.h"
#include "model/light_curve.h"

namespace exo::io {

/// CSV with '#' comment lines (target, mission, season, time system and BJD
/// offset) then the header `time,flux,flux_err,quality,cadenceno`.
/// Missing optional columns (flux_err, quality, cadenceno) are written empty;
/// NaN is written as `nan`. Errors: InvalidParameter (size mismatch, empty
/// series), WriteFailed (cannot create/write the file).
Status writeLightCurveCsv(const std::string& path, const Series& series, const Metadata& meta);

/// FITS file in the layout lightkurve writes and reads: primary HDU with
/// TELESCOP/OBJECT/KEPLERID or TICID/QUARTER|CAMPAIGN|SECTOR, binary table
/// extension 'LIGHTCURVE' with TIME (TUNIT 'BJD - 2454833' or
/// 'BJD - 2457000, days'), FLUX, FLUX_ERR (NaN when absent), QUALITY (0 when
/// absent), CADENCENO (row index when absent) and BJDREFI/BJDREFF/TIMESYS/
/// TIMEUNIT/TIMEPIXR/TSTART/TSTOP keywords. readLightCurveFile reads it back.
/// Errors: InvalidParameter, WriteFailed (with the CFITSIO message).
Status writeLightCurveFits(const std::string& path, const Series& series, const Metadata& meta);

}  // namespace exo::io
