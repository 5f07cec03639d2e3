#pragma once
/// @file log_ticker.h
/// Ticks for a logarithmic period axis that never run together: the densest of
/// 1-2-3-…-9, 1-2-3-5-7, 1-2-5, 1-3 and 1 per decade that fits the tick count (set from
/// the axis width), whole decades when even that is too dense, and plain linear steps when
/// the view spans less than one step of 1..9. Labels are short ("0.5", "2", "10", "150").

#include <qcustomplot.h>

namespace exo::ui {

class PeriodLogTicker : public QCPAxisTicker {
public:
    /// Ticks for `range` at most `maxTicks` (>= 2); exposed for tests.
    static QVector<double> ticksFor(const QCPRange& range, int maxTicks);

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QVector<double> createSubTickVector(int subTickCount, const QVector<double>& ticks) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

}  // namespace exo::ui
