#pragma once
/// @file gts.h
/// Light curves in Warp 10's GTS input format, the format the HelloExoWorld
/// workshop loaded its 40 million Kepler light curves with:
///
///     TS/LAT:LON/ELEV CLASS{LABELS} VALUE
///
/// one reading per line; TS in microseconds since the Unix epoch; LAT:LON and
/// ELEV empty for light curves (`TS// CLASS{LABELS} VALUE`); CLASS and label
/// keys/values URL-encoded. Readers also accept Warp 10's continuation lines
/// (`=TS// VALUE`, same class and labels as the line before), an optional
/// `{ATTRIBUTES}` block after the labels, and `#` comment lines (Warp 10's
/// ingress skips them).
///
/// Classes and labels (the workshop's fits-parser: column name lower-cased,
/// '_' -> '.'; label KEPLERID as in its WarpScript steps):
///   sap.flux, sap.flux.err, pdcsap.flux, pdcsap.flux.err, <column>.err for
///   other flux columns (sap.bkg...), quality (mission quality bits, LONG),
///   cadenceno (LONG); label KEPLERID=<id> for Kepler and K2 (the K2 headers
///   keep the EPIC id in KEPLERID), TICID=<id> for TESS.
///
/// Time mapping (HelloExoWorld fits-parser, dataformat.scala):
///   TS = round((TIME + BJDREFI + BJDREFF - 2440587.5) * 86400e6)
/// i.e. BJD_TDB is written as if it were a Julian Date in UTC: no leap
/// seconds, no TDB-UTC offset (about 66-69 s over the missions). Times read
/// back are exact to the microsecond. Kepler's last cadence (BKJD 1591.0)
/// becomes 2013-05-11T12:00Z, the end date of the workshop's FETCH calls.
///
/// Exports also write `# exoworld.file key=value ...` comment lines before
/// each file's readings (mission, ids, season, cadence, BJD reference,
/// coordinates), so an import restores the metadata and per-file split; files
/// without them (a Warp 10 FETCH in text form) are read too, the mission then
/// follows from the label (KEPLERID: Kepler, or K2 for ids >= 2e8; TICID: TESS).
///
/// Threading: pure functions, safe from any thread.

#include <iosfwd>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/light_curve.h"

namespace exo::io {

/// Julian Date of the Unix epoch (1970-01-01T00:00Z).
inline constexpr double kUnixEpochJd = 2440587.5;

/// Mission time (days, BKJD/BTJD) -> GTS timestamp (microseconds), per the
/// mapping above; `bjdRefI`/`bjdRefF` from the file. Rounded to the microsecond.
long long missionDaysToGtsMicros(double missionDays, long bjdRefI, double bjdRefF);
/// Inverse of missionDaysToGtsMicros.
double gtsMicrosToMissionDays(long long micros, long bjdRefI, double bjdRefF);

/// The GTS label key for a mission's target id: "KEPLERID" (Kepler, K2), "TICID" (TESS).
const char* gtsIdLabel(Mission m);

/// Write one light curve (every cadence with a finite time): each flux
/// column, its errors, quality and cadence numbers as separate classes. NaN
/// values are left out (a GTS has no NaN readings; the reader restores them).
/// Errors: NoRows (nothing with a finite time), WriteFailed (stream error).
Status writeGts(std::ostream& out, const LightCurveFile& lc);

/// Every star/file block of a GTS text, as light curves. Cadences are the
/// union of the block's timestamps, sorted; a class without a reading at a
/// timestamp gets NaN (flux) or 0 (quality). `name` is used in error details.
/// Errors: BadSyntax ("line N: ..."), NoRows (no reading at all),
/// MissingColumn (no flux class), Unsupported (a non-numeric value).
Result<std::vector<LightCurveFile>> readGts(std::istream& in, const std::string& name);

/// readGts on a file. Errors as readGts plus FileNotFound/NotAFile/EmptyFile.
Result<std::vector<LightCurveFile>> readGtsFile(const std::string& path);

/// One light curve from a GTS file, as the loaders want it: the blocks of one
/// star joined in time order. Several stars in one file give MixedTargets.
Result<LightCurveFile> readGtsLightCurve(const std::string& path);

/// True for the names readProduct hands to readGtsLightCurve (".gts", ".gts.txt").
bool isGtsPath(const std::string& path);

}  // namespace exo::io
