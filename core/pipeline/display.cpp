#include "pipeline/display.h"

#include <cmath>

#include "search/model.h"

namespace exo::pipeline {

FoldView foldForDisplay(const Series& flat, double periodDays, double t0, double durationDays, double depthPpm)
{
    FoldView v;
    if (!(periodDays > 0) || !std::isfinite(t0))
        return v;
    const std::vector<double> phase = search::fold(flat.time, periodDays, t0);
    v.phaseHours.resize(phase.size());
    v.odd.resize(phase.size());
    for (std::size_t i = 0; i < phase.size(); ++i) {
        v.phaseHours[i] = phase[i] * periodDays * 24.0;
        const double n = std::floor((flat.time[i] - t0) / periodDays + 0.5);
        v.odd[i] = std::fmod(std::abs(n), 2.0) == 1.0;
    }
    v.flux = flat.flux;
    if (depthPpm > 0 && durationDays > 0) {
        const double dh = durationDays * 24.0;
        std::vector<double> days;
        for (double x = -3 * dh; x <= 3 * dh; x += dh / 60.0) {
            v.modelHours.push_back(x);
            days.push_back(x / 24.0);
        }
        // One transit at phase 0: a period much longer than the window.
        v.model = search::trapezoidModel(days, 1e6, 0.0, depthPpm * 1e-6, durationDays, 0.15 * durationDays);
    }
    return v;
}

std::vector<double> predictedTransits(double periodDays, double t0, double tmin, double tmax, std::size_t maxCount)
{
    std::vector<double> out;
    if (!(periodDays > 0) || !std::isfinite(t0) || !(tmax >= tmin))
        return out;
    const double first = t0 + std::ceil((tmin - t0) / periodDays) * periodDays;
    for (double k = 0;; ++k) {
        const double t = first + k * periodDays;
        if (t > tmax || out.size() >= maxCount)
            break;
        out.push_back(t);
    }
    return out;
}

}  // namespace exo::pipeline
