#pragma once
/// @file sheet_source.h
/// Where a sheet's arrays come from: the pipeline's in-memory results (right
/// after a search), or the record's own files and settings (an export later).

#include "sheet/vetting_sheet.h"

#include "pipeline/analysis.h"
#include "pipeline/engine.h"
#include "pipeline/search.h"

namespace exo::sheet {

/// Curves from a preparation and (optionally) a search outcome. Fluxes are
/// shown normalised by the median of the cleaned flux.
SheetCurves curvesFrom(const pipeline::Prepared& prepared, const pipeline::SearchOutcome* outcome);

/// Re-runs the preparation (and a one-candidate search for the periodogram)
/// from the entry's files and settings. When a file is missing or unreadable
/// the sheet still renders, with `curvesMissing` saying why.
SheetData sheetFromEntry(const store::CandidateEntry& entry, const QString& name, bool withPeriodogram = true);

}  // namespace exo::sheet
