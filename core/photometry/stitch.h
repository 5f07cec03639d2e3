#pragma once
/// @file stitch.h
/// Turning light-curve files into Series and stitching several files (quarters,
/// campaigns, sectors) of one target into one normalised, time-sorted Series.
///
/// Threading: pure functions; call from any thread.

#include <string>
#include <vector>

#include "common/status.h"
#include "model/light_curve.h"

namespace exo::phot {

/// Series from one flux column of a light-curve file.
/// `column`: "pdcsap" (PDCSAP_FLUX), "sap" (SAP_FLUX), "default"
/// (LightCurveFile::defaultColumn()) or an exact column name ("FCOR", ...).
/// Matching of the two aliases is case-insensitive; exact names are not.
/// Copies time (mission days), flux and its error (e-/s or the product's unit),
/// quality and cadence numbers; segment is left empty. MissingColumn (detail =
/// requested name) if the column is absent, NoRows if the file is empty.
Result<Series> seriesFromLightCurve(const LightCurveFile& file, const std::string& column = "pdcsap");

/// Stitch series of one target, lightkurve LightCurveCollection.stitch() style:
/// each series is divided by its own nanmedian flux (errors too), then all are
/// concatenated and stably sorted by time (NaN times last); `segment` holds the
/// index of the source series. Quality and cadenceNo are kept only if every
/// input has them, fluxErr is NaN-filled for inputs without errors.
/// `meta[i]` describes `parts[i]`. Errors:
///  - InvalidParameter: no input, or parts/meta sizes differ;
///  - MixedTargets: mission or targetId differ; detail names both targets,
///    e.g. "KIC 11442793 (Kepler) vs KIC 11446443 (Kepler)" (a mission
///    mismatch is spelled out by the mission names);
///  - AllNaN: a part has no finite flux, or its median is zero (detail = part index and path).
Result<Series> stitch(const std::vector<Series>& parts, const std::vector<Metadata>& meta);

/// numpy.nanmedian of a vector (NaN if no finite value). Exposed for tests and
/// for callers that normalise a single Series.
double nanMedian(const std::vector<double>& values);

}  // namespace exo::phot
