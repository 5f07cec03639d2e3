#include "plots/time_gaps.h"

#include <algorithm>
#include <cmath>

namespace exo::ui {

GapMap GapMap::fromTimes(const std::vector<double>& times, double minGapDays, double minGapFraction)
{
    std::vector<double> t;
    t.reserve(times.size());
    for (double v : times)
        if (std::isfinite(v))
            t.push_back(v);
    GapMap m;
    if (t.size() < 2)
        return m;
    std::sort(t.begin(), t.end());
    const double span = t.back() - t.front();
    const double minGap = std::max(minGapDays, minGapFraction * span);
    m.m_start.push_back(t.front());
    for (std::size_t i = 1; i < t.size(); ++i)
        if (t[i] - t[i - 1] > minGap) {
            m.m_end.push_back(t[i - 1]);
            m.m_start.push_back(t[i]);
        }
    m.m_end.push_back(t.back());
    if (m.m_start.size() < 2) {
        m.m_start.clear();
        m.m_end.clear();
        return m;
    }
    double data = 0;
    for (std::size_t k = 0; k < m.m_start.size(); ++k)
        data += m.m_end[k] - m.m_start[k];
    m.m_gapWidth = std::max(0.5, 0.02 * data);
    m.m_offset.assign(m.m_start.size(), 0.0);
    for (std::size_t k = 1; k < m.m_start.size(); ++k)
        m.m_offset[k] = m.m_offset[k - 1] + (m.m_start[k] - m.m_end[k - 1]) - m.m_gapWidth;
    return m;
}

double GapMap::toAxis(double t) const
{
    if (identity() || !std::isfinite(t))
        return t;
    const auto it = std::upper_bound(m_start.begin(), m_start.end(), t);
    if (it == m_start.begin())
        return t - m_offset.front();  // before the first stretch: plain shift
    const std::size_t k = std::size_t(it - m_start.begin()) - 1;
    if (t <= m_end[k] || k + 1 == m_start.size())
        return t - m_offset[k];
    // inside the gap after stretch k: squeezed linearly
    const double f = (t - m_end[k]) / (m_start[k + 1] - m_end[k]);
    return (m_end[k] - m_offset[k]) + f * m_gapWidth;
}

double GapMap::toTime(double x) const
{
    if (identity() || !std::isfinite(x))
        return x;
    for (std::size_t k = 0; k < m_start.size(); ++k) {
        const double a = m_start[k] - m_offset[k], b = m_end[k] - m_offset[k];
        if (x < a)
            return k == 0 ? x + m_offset[0]
                          : m_end[k - 1]
                                + (x - (m_end[k - 1] - m_offset[k - 1])) / m_gapWidth * (m_start[k] - m_end[k - 1]);
        if (x <= b)
            return x + m_offset[k];
    }
    return x + m_offset.back();
}

std::vector<double> GapMap::gapCentres() const
{
    std::vector<double> out;
    for (std::size_t k = 0; k + 1 < m_start.size(); ++k)
        out.push_back(m_end[k] - m_offset[k] + 0.5 * m_gapWidth);
    return out;
}

bool GapMap::operator==(const GapMap& o) const
{
    return m_start == o.m_start && m_end == o.m_end && m_gapWidth == o.m_gapWidth;
}

QVector<double> GapTicker::createTickVector(double tickStep, const QCPRange& range)
{
    m_step = tickStep > 0 ? tickStep : 1;
    if (m_map.identity())
        return QCPAxisTicker::createTickVector(tickStep, range);
    QVector<double> out;
    for (std::size_t k = 0; k < m_map.m_start.size(); ++k) {
        const double lo = std::max(m_map.m_start[k], m_map.toTime(range.lower));
        const double hi = std::min(m_map.m_end[k], m_map.toTime(range.upper));
        for (double v = std::ceil(lo / m_step) * m_step; v <= hi + 1e-9; v += m_step) {
            const double x = m_map.toAxis(v);
            // keep labels of two stretches from running into each other at a squeezed gap
            if (!out.isEmpty() && x - out.back() < 0.7 * m_step)
                continue;
            out.append(x);
        }
    }
    return out;
}

QString GapTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision)
{
    double t = m_map.toTime(tick);
    t = std::round(t / m_step) * m_step;
    return QCPAxisTicker::getTickLabel(t, locale, formatChar, precision);
}

}  // namespace exo::ui
