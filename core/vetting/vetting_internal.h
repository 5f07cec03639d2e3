#pragma once
/// @file vetting_internal.h
/// Internal to core/vetting: the pieces vet() assembles, exposed for tests.

#include <cmath>
#include <vector>

#include "vetting/vetting.h"

namespace exo::vetting::detail {

/// Robust standard deviation: 1.4826 x median absolute deviation.
double robustStd(std::vector<double> v);
double median(std::vector<double> v);

/// Signed time from the nearest event centre (days) and its cycle number.
inline double phaseTime(double t, double center, double period, long long& epoch)
{
    const double x = (t - center) / period;
    const double k = std::floor(x + 0.5);
    epoch = static_cast<long long>(k);
    return (x - k) * period;
}

/// Pont et al. (2006) noise of residuals `r` (flux - baseline, relative units)
/// at times `t`, binned over `binDays` within stretches without gaps longer than binDays.
Noise measureNoise(const std::vector<double>& t, const std::vector<double>& r, double binDays);

/// Per-event box depths of the windows |t - (center + kP)| < halfWidth with the
/// noise model: each event's variance is white^2/n + red^2, events are combined
/// by inverse variance. `keep(epoch)` selects events (odd, even, all).
struct EventDepths {
    Depth combined;
    std::vector<TransitEvent> events;
};
template <typename Keep>
EventDepths boxDepths(const std::vector<double>& t, const std::vector<double>& r, double center, double period,
                      double halfWidth, const Noise& noise, Keep keep);

/// Trapezoid fit and sine/box comparison (shape.cpp).
Shape fitShape(const std::vector<double>& t, const std::vector<double>& r, const Ephemeris& e, const Noise& noise,
               double cadenceDays);

/// Host-star consistency (host.cpp). depthPpm: measured; durationHours: measured.
Host hostConsistency(const Metadata& meta, double periodDays, double depthPpm, double durationHours);

/// Difference image and centroid test of one pixel file (pixels.cpp).
/// Cadences within one duration of a `masked` transit are skipped.
PixelReport pixelTest(const PixelInput& in, const Ephemeris& e, const std::vector<Ephemeris>& masked);

/// True when t lies within one duration of a transit of one of `masked`.
inline bool inMaskedTransit(double t, const std::vector<Ephemeris>& masked)
{
    for (const Ephemeris& m : masked) {
        if (!(m.periodDays > 0) || !(m.durationHours > 0))
            continue;
        long long k = 0;
        if (std::abs(phaseTime(t, m.t0, m.periodDays, k)) < m.durationHours / 24.0)
            return true;
    }
    return false;
}

/// Ephemeris matches (ephemeris.cpp).
std::vector<EphemerisMatch> matchEphemerides(const Ephemeris& e, double bjdOffset,
                                             const std::vector<OtherEphemeris>& others, const Thresholds& th);

// ---- template implementation -------------------------------------------------

template <typename Keep>
EventDepths boxDepths(const std::vector<double>& t, const std::vector<double>& r, double center, double period,
                      double halfWidth, const Noise& noise, Keep keep)
{
    EventDepths out;
    // Accumulate per epoch in time order (t is sorted, so epochs come in order).
    struct Acc {
        long long epoch;
        double sum;
        int n;
    };
    std::vector<Acc> acc;
    for (std::size_t i = 0; i < t.size(); ++i) {
        long long k = 0;
        const double dt = phaseTime(t[i], center, period, k);
        if (std::abs(dt) >= halfWidth || !keep(k))
            continue;
        if (acc.empty() || acc.back().epoch != k)
            acc.push_back({k, 0.0, 0});
        acc.back().sum += r[i];
        acc.back().n += 1;
    }
    const double w2 = noise.whitePpm * noise.whitePpm, r2 = noise.redPpm * noise.redPpm;
    double sw = 0, swd = 0;
    for (const Acc& a : acc) {
        TransitEvent ev;
        ev.epoch = int(a.epoch);
        ev.time = center + double(a.epoch) * period;
        ev.nPoints = a.n;
        ev.depthPpm = -a.sum / a.n;  // relative units here; vet() scales to ppm
        const double var = w2 / a.n + r2;
        ev.errPpm = std::sqrt(var);
        ev.snr = ev.errPpm > 0 ? ev.depthPpm / ev.errPpm : kNaN;
        if (var > 0) {
            sw += 1.0 / var;
            swd += ev.depthPpm / var;
        }
        out.combined.nPoints += a.n;
        out.events.push_back(ev);
    }
    out.combined.nEvents = int(acc.size());
    if (sw > 0) {
        out.combined.ppm = swd / sw;
        out.combined.errPpm = std::sqrt(1.0 / sw);
    }
    return out;
}

}  // namespace exo::vetting::detail
