#pragma once
/// @file time_gaps.h
/// A gap-compressed time axis for stars observed in several distant sectors or campaigns:
/// long gaps shrink to a narrow band, so each stretch of data gets most of the plot width.
/// Pure arithmetic (no widgets), testable on its own.

#include <qcustomplot.h>
#include <vector>

namespace exo::ui {

/// Maps time (days) to an axis coordinate and back. Inside a stretch of data the map is a
/// shift (1 axis unit = 1 day); a long gap is squeezed linearly to `gapWidth` units. With no
/// long gap it is the identity. Monotonic and continuous everywhere.
class GapMap {
public:
    /// Stretches of `times` separated by gaps longer than both minGapDays and
    /// minGapFraction of the whole time span; NaN times are ignored. gapWidth = 2 % of the
    /// compressed span (at least 0.5 d).
    static GapMap fromTimes(const std::vector<double>& times, double minGapDays = 5.0, double minGapFraction = 0.05);

    bool identity() const { return m_start.size() < 2; }
    double toAxis(double t) const;
    double toTime(double x) const;
    /// Axis coordinate of the middle of each squeezed gap.
    std::vector<double> gapCentres() const;
    std::size_t segmentCount() const { return m_start.size(); }
    bool operator==(const GapMap& o) const;

    std::vector<double> m_start, m_end, m_offset;  ///< per stretch: time span and shift
    double m_gapWidth = 0;
};

/// Ticks at round real times inside each stretch, labelled with the real time.
class GapTicker : public QCPAxisTicker {
public:
    explicit GapTicker(GapMap map) : m_map(std::move(map)) {}
    const GapMap& map() const { return m_map; }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    GapMap m_map;
    double m_step = 1;
};

}  // namespace exo::ui
