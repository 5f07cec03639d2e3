#pragma once
/// @file vetting_sheet.h
/// The one-page vetting sheet of a candidate, in the spirit of a Kepler DV
/// summary: the star, the raw and flattened light curves with the transits
/// marked, the periodogram, the fold with the model, odd/even and secondary
/// panels, the per-transit gallery, the difference image with the centroid
/// offset (when the vetting has pixels), the checklist, the disposition, the
/// note and the provenance. Painted with QPainter, so one code path writes the
/// PDF (QPdfWriter, vector) and the PNG. Needs a QGuiApplication (fonts).

#include "store/candidate_entry.h"

#include <QList>
#include <QPainter>
#include <QString>

#include <vector>

namespace exo::sheet {

/// The arrays a sheet draws (recomputed from the files; never stored).
struct SheetCurves {
    std::vector<double> time, flux;          ///< cleaned, normalised light curve (mission days)
    std::vector<double> trend;               ///< the detrending trend, same length (may be empty)
    std::vector<double> flatTime, flatFlux;  ///< flattened light curve (what the search used)
    std::vector<double> period, power;       ///< periodogram (days, SDE or power)
    QString powerLabel;                      ///< "SDE" or "BLS power"
};

struct SheetData {
    store::CandidateEntry entry;  ///< star, ephemeris, vetting JSON, annotation, provenance
    QString name;                 ///< "TIC 25155310.01"
    SheetCurves curves;
    QString curvesMissing;  ///< why there are no curves (files moved, ...); empty when present
};

/// Logical page size the sheet is laid out in (A4 landscape at 150 dpi).
inline constexpr int kSheetWidth = 1754;
inline constexpr int kSheetHeight = 1240;

/// Paints one sheet into `page` (scaled from the logical size).
void paintSheet(QPainter& p, const QRectF& page, const SheetData& d);

/// Writes one sheet: PDF (vector) or PNG (kSheetWidth x kSheetHeight) chosen by the suffix.
bool writeSheet(const QString& path, const SheetData& d, QString* error);
/// A multi-page PDF, one sheet per candidate (e.g. every flagged candidate).
bool writeReport(const QString& path, const QList<SheetData>& sheets, QString* error);

}  // namespace exo::sheet
