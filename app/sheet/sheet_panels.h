#pragma once
/// @file sheet_panels.h
/// The panels of the vetting sheet (internal to vetting_sheet.cpp).

#include "sheet/vetting_sheet.h"

#include <QJsonObject>

namespace exo::sheet::panels {

/// Phase-folded times in hours from mid-transit, in [-P/2, P/2).
std::vector<double> foldHours(const std::vector<double>& t, double t0, double periodDays, double shiftDays = 0);
/// Median of y in bins of `width` over [lo, hi] (bin centres in xs, NaN-free).
void binnedMedian(const std::vector<double>& x, const std::vector<double>& y, double lo, double hi, double width,
                  std::vector<double>& xs, std::vector<double>& ys);

void rawCurve(QPainter& p, const QRectF& r, const SheetData& d);
void flatCurve(QPainter& p, const QRectF& r, const SheetData& d);
void periodogram(QPainter& p, const QRectF& r, const SheetData& d);
void fold(QPainter& p, const QRectF& r, const SheetData& d);
/// which: 1 = odd, 0 = even.
void oddEven(QPainter& p, const QRectF& r, const SheetData& d, int which, double yLo, double yHi);
void secondary(QPainter& p, const QRectF& r, const SheetData& d);
void gallery(QPainter& p, const QRectF& r, const SheetData& d);
void differenceImage(QPainter& p, const QRectF& r, const SheetData& d);
void checklist(QPainter& p, const QRectF& r, const SheetData& d);

}  // namespace exo::sheet::panels
