#pragma once
/// @file bls_internal.h
/// Private to core/search: data prepared once per runBls() call and the
/// per-period kernels (bls_kernel.cpp binned, bls_exact.cpp unbinned).

#include <vector>

#include "search/bls.h"

namespace exo::search::detail {

/// Weighted point data: w = ivar / mean(ivar), wy = w * (y - ybar_w).
struct WPoint {
    double w;
    double wy;
};

struct Prepared {
    std::vector<double> dt;   ///< t - tmin (days)
    std::vector<WPoint> pts;  ///< same order as dt
    double tmin = 0;
    double sumW = 0, sumWy = 0;  ///< totals of w and wy (sumWy ~ 0)
    double ivarScale = 1;        ///< mean(ivar): astropy ivar = w * ivarScale
};

/// Best model of one period (all astropy output fields).
struct PeriodOut {
    double power, depth, depthErr, duration, transitTime, depthSnr, logLike;
};

/// Per-thread scratch buffers, reused across periods (never shared).
struct Scratch {
    std::vector<int> idx;
    std::vector<int> nz;  ///< non-empty bin positions
    std::vector<WPoint> bins;
    std::vector<double> cw, cy, key;
    std::vector<double> durs;
    std::vector<double> sorted;  ///< exact method
};

/// std::fmod(a, b) for b > 0, bit for bit (the remainder is exact, so any exact method agrees):
/// with FMA, one fused multiply-add a - q b with q = trunc(a / b), q corrected by one when the
/// result leaves the remainder's range; without FMA (or |a / b| >= 1e15, or not finite) std::fmod.
double fmodExact(double a, double b);

/// Durations (days) to try at period P (fixed list or relative to T14(P)).
void durationsAt(const BlsParams& p, double period, std::vector<double>& out);

/// Fill a PeriodOut from the in-transit sums (normalised weights) of the best window.
PeriodOut finishModel(const Prepared& d, const BlsParams& p, double sw, double sy, double durationDays,
                      double midPhaseDays, double period);

/// An empty result (no window with data): power -inf, NaN parameters.
PeriodOut emptyModel();

/// Window scan of a filled phase histogram: s.bins[1..nReal] hold the bins of width
/// bw (s.bins[0] = 0, s.bins sized >= nReal + max(D, oversample) + 1), s.durs the
/// durations at `period`. Adds the wrap padding, cumulative sums, best window.
void scanBins(const Prepared& d, const BlsParams& p, double period, double bw, int nReal, bool astropy, Scratch& s,
              PeriodOut& out);

void binnedPeriod(const Prepared& d, const BlsParams& p, double period, Scratch& s, PeriodOut& out);
/// binnedPeriod restricted to the windows near the anchor phase (runBlsNearTransit); `sorted`
/// says whether d.dt is ascending (else, and where the region covers the period, binnedPeriod).
void nearPeriod(const Prepared& d, const BlsParams& p, double period, double anchorDt, double halfWindow, bool sorted,
                Scratch& s, PeriodOut& out);
void exactPeriod(const Prepared& d, const BlsParams& p, double period, Scratch& s, PeriodOut& out);

/// The FastFold method over all periods of r (ascending), see bls_fold.cpp.
/// Returns false if cancelled.
bool foldedPeriodogram(const Prepared& d, const BlsParams& p, BlsPeriodogram& r, int threads,
                       const ProgressFn& progress, const CoarseCallback& coarse);

/// Bytes of scratch the FastFold method needs per thread (estimate, for the memory check).
double foldedScratchBytes(const BlsParams& p, double baselineDays, double minDuration, double maxPeriod);

/// Store one period's model into slot i of r.
void storeOut(BlsPeriodogram& r, std::size_t i, const PeriodOut& o);

/// Entries 0, stride, 2*stride, ... of r.
BlsPeriodogram subsample(const BlsPeriodogram& r, std::size_t stride);

/// Largest bin count any period will need (for the memory check).
double maxBinsEstimate(const BlsParams& p, double maxPeriod, double minDuration);

}  // namespace exo::search::detail
