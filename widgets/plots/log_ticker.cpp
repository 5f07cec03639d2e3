#include "plots/log_ticker.h"

#include <cmath>

namespace exo::ui {

QVector<double> PeriodLogTicker::ticksFor(const QCPRange& range, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    QVector<double> out;
    if (!(range.lower > 0) || !(range.upper > range.lower))
        return out;
    static const std::vector<std::vector<double>> sets = {
        {1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5, 7}, {1, 2, 5}, {1, 3}, {1}};
    const int d0 = int(std::floor(std::log10(range.lower))), d1 = int(std::ceil(std::log10(range.upper)));
    auto build = [&](const std::vector<double>& mant, int decadeStep) {
        QVector<double> t;
        for (int d = d0; d <= d1; ++d) {
            if (((d % decadeStep) + decadeStep) % decadeStep != 0)
                continue;
            for (double m : mant) {
                const double v = m * std::pow(10.0, d);
                if (v >= range.lower * (1 - 1e-9) && v <= range.upper * (1 + 1e-9))
                    t.append(v);
            }
        }
        return t;
    };
    const QVector<double> densest = build(sets.front(), 1);
    if (densest.size() < 2) {
        // Narrow view: linear "nice" steps, as many as fit.
        const double span = range.size();
        const double raw = span / maxTicks;
        const double mag = std::pow(10.0, std::floor(std::log10(raw)));
        double step = mag;
        for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (f * mag >= raw) {
                step = f * mag;
                break;
            }
        for (double v = std::ceil(range.lower / step) * step; v <= range.upper * (1 + 1e-12); v += step)
            out.append(std::round(v / step) * step);
        return out;
    }
    for (const auto& mant : sets) {
        out = build(mant, 1);
        if (out.size() <= maxTicks && out.size() >= 2)
            return out;
    }
    for (int step = 2; step < 10; ++step) {
        out = build({1}, step);
        if (out.size() <= maxTicks)
            return out;
    }
    return out;
}

QVector<double> PeriodLogTicker::createTickVector(double, const QCPRange& range)
{
    return ticksFor(range, tickCount());
}

QVector<double> PeriodLogTicker::createSubTickVector(int, const QVector<double>&) { return {}; }

QString PeriodLogTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    return locale.toString(tick, 'g', 6);
}

}  // namespace exo::ui
