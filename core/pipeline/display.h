#pragma once
/// @file display.h
/// What the window draws for a signal, computed by core's own functions
/// (search/model.h): the folded light curve with its odd/even split, the
/// transit model, and the predicted transit times. Pure functions, thread-safe.

#include <cstdint>
#include <vector>

#include "model/light_curve.h"

namespace exo::pipeline {

struct FoldView {
    std::vector<double> phaseHours;  ///< time from mid-transit (hours), per point of the input
    std::vector<double> flux;
    std::vector<std::uint8_t> odd;   ///< 1 = odd epoch (epoch 0 at t0 is even)
    std::vector<double> modelHours;  ///< model curve over +-3 durations (empty when depth is 0)
    std::vector<double> model;
};

/// Fold a flattened series on (period, t0) in days, with a trapezoid model of the
/// given total duration (days) and depth (ppm; 15 % ingress/egress) when depth > 0.
FoldView foldForDisplay(const Series& flat, double periodDays, double t0, double durationDays, double depthPpm);

/// Mid-transit times t0 + k*P inside [tmin, tmax] (days); empty for a bad period,
/// and at most maxCount of them.
std::vector<double> predictedTransits(double periodDays, double t0, double tmin, double tmax,
                                      std::size_t maxCount = 100000);

}  // namespace exo::pipeline
