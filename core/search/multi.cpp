#include "search/multi.h"

#include <algorithm>
#include <cmath>

#include "search/bls_internal.h"
#include "search/noise.h"

namespace exo::search {

double robustSigma(const std::vector<double>& x)
{
    if (x.empty())
        return 0;
    std::vector<double> v = x;
    auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    const double med = *mid;
    for (double& a : v)
        a = std::abs(a - med);
    std::nth_element(v.begin(), mid, v.end());
    return 1.4826 * *mid;
}

namespace {
/// Fine periods on each side of the grid peak (steps of dP, below): the full fine grid.
constexpr int kRefineSteps = 100;
/// After the masked re-detrend the ephemeris is already refined: this many steps first, the full
/// grid only when the best period lands on the edge of this narrow one.
constexpr int kRerefineSteps = 20;
/// Windows are scanned whose centre is within this many durations of the anchor transit.
constexpr double kRefineHalfWindow = 1.5;

/// Refine period, epoch and duration around a grid peak: a fine grid of periods (+-2 steps
/// of the Ofir grid: +-100 steps dP that move the last epoch by D/50 each, or +-halfSteps
/// widened to +-100 when the best lands on the edge), durations from 0.6 to 1.6 x, and ten phase
/// bins per shortest duration. Only the windows near the candidate's transit are scanned (see
/// README "Refinement"): the anchor is the transit nearest the data's mean time, which the
/// trial periods leave in place. Fills period/t0 uncertainties from the per-transit timing
/// precision (Carter et al. 2008): sigma_tc = (T / Q1) sqrt(tau / 2T), Q1 = per-transit SNR,
/// tau ~ T/8; then a linear ephemeris over N events: sigma_t0 = sigma_tc / sqrt(N),
/// sigma_P = sigma_tc sqrt(12/(N^3-N)).
void refineCandidate(const std::vector<double>& t, const std::vector<double>& y, const std::vector<double>& dy,
                     const BlsParams& base, double cadence, double baseline, Candidate& c, int halfSteps)
{
    const double P = c.periodDays, D = c.durationHours / 24.0;
    if (!(P > 0) || !(D > 0) || !(baseline > 0) || t.empty())
        return;
    // Steps of the period that move the last epoch by D/50.
    const double dP = std::max(P * D / baseline / 50.0, 1e-8);
    BlsParams fine = base;
    fine.durations.clear();
    fine.durationFractions.clear();
    for (double f : {0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.6}) {
        const double d = D * f;
        if (d >= 2 * cadence && d < P / 2)
            fine.durations.push_back(d);
    }
    if (fine.durations.empty())
        return;
    fine.method = BlsMethod::Binned;
    fine.oversample = 10;
    fine.coarseStride = 1;
    fine.threads = 1;  // a few hundred short periods; results do not depend on the thread count
    double mean = 0;
    for (double x : t)
        mean += x;
    mean /= double(t.size());
    const double anchor = c.t0 + std::round((mean - c.t0) / P) * P;
    // The near kernel's window sums start at the region, not at phase 0: powers that differ in
    // the last bits only (the same points in the best window) can rank differently from a full
    // fine grid's. The periods within 1e-9 of the best are computed again by the full kernel
    // (every phase), and its first maximum is the refined period: bit for bit what the full
    // fine grid gives whenever its best window is near the transit.
    auto search = [&](int h) {
        fine.periods.clear();
        for (int k = -h; k <= h; ++k)
            fine.periods.push_back(P + k * dP);
        return runBlsNearTransit(t, y, dy, fine, anchor, kRefineHalfWindow * D, 1e-9);
    };
    auto r = search(halfSteps);
    if (!r.ok())
        return;
    std::size_t k = r.value.argmax();
    if (halfSteps < kRefineSteps && k != BlsPeriodogram::npos && (k == 0 || k + 1 == r.value.size())) {
        r = search(kRefineSteps);
        if (!r.ok())
            return;
        k = r.value.argmax();
    }
    const auto& g = r.value;
    if (k == BlsPeriodogram::npos || !(g.depth[k] > 0))
        return;
    c.periodDays = g.period[k];
    c.t0 = g.transitTime[k];
    c.durationHours = g.duration[k] * 24.0;
    c.depthPpm = g.depth[k] * 1e6;
    c.depthErrPpm = g.depthErr[k] * 1e6;
    c.snrWhite = c.snr = g.depthSnr[k];
    const double n = std::max(1.0, std::floor(baseline / c.periodDays) + 1);
    const double q1 = c.snrWhite / std::sqrt(n);
    if (q1 > 0) {
        const double T = c.durationHours / 24.0;
        const double sigmaTc = T / q1 * std::sqrt(1.0 / 16.0);
        c.t0ErrDays = sigmaTc / std::sqrt(n);
        c.periodErrDays = n > 1 ? sigmaTc * std::sqrt(12.0 / (n * n * n - n)) : 0.0;
    }
}
/// The candidate's statistics at its ephemeris on (t, y, dy): transits with data, odd/even and
/// secondary depths, the sine-versus-box test, the share of the strongest event, white and red
/// noise and the SNRs. `bestK` receives the strongest event's index. False when the statistics
/// cannot be computed (the candidate is then judged on the periodogram alone).
bool measureCandidate(const std::vector<double>& t, const std::vector<double>& y, const std::vector<double>& dy,
                      double maskFactor, Candidate& c, BlsStats& stats, std::size_t& bestK)
{
    auto st = computeBlsStats(t, y, dy, c.periodDays, c.durationHours / 24.0, c.t0);
    if (!st.ok())
        return false;
    stats = std::move(st.value);
    c.nTransits =
        int(std::count_if(stats.perTransitCount.begin(), stats.perTransitCount.end(), [](int k) { return k > 0; }));
    c.oddDepthPpm = stats.depthOdd.value * 1e6;
    c.evenDepthPpm = stats.depthEven.value * 1e6;
    const double e = std::hypot(stats.depthOdd.error, stats.depthEven.error);
    c.oddEvenSigma = std::isfinite(e) && e > 0 ? std::abs(stats.depthOdd.value - stats.depthEven.value) / e : 0;
    c.secondaryDepthPpm = stats.depthPhased.value * 1e6;
    c.secondaryErrPpm = stats.depthPhased.error * 1e6;
    c.sineDeltaLogL = stats.harmonicDeltaLogLikelihood;
    c.transitTimes.clear();
    for (std::size_t k = 0; k < stats.transitTimes.size(); ++k)
        if (k >= stats.perTransitCount.size() || stats.perTransitCount[k] > 0)
            c.transitTimes.push_back(stats.transitTimes[k]);
    double sum = 0, best = 0;
    bestK = 0;
    for (std::size_t k = 0; k < stats.perTransitLogLikelihood.size(); ++k) {
        const double ll = std::max(0.0, stats.perTransitLogLikelihood[k]);
        sum += ll;
        if (ll > best) {
            best = ll;
            bestK = k;
        }
    }
    c.maxEventFraction = sum > 0 ? best / sum : 1.0;
    // Red noise at the transit duration, from the out-of-transit residuals. The in-transit points
    // (counted) and those near the transit (ingress wings a box misses are not noise) are
    // transitMask()'s masks for the two durations, from one phase per point.
    std::size_t nIn = 0;
    std::vector<bool> nearTransit(t.size());
    {
        const double period = c.periodDays, hp = 0.5 * period;
        const double hIn = 0.5 * (c.durationHours / 24.0), hNear = 0.5 * (maskFactor * c.durationHours / 24.0);
        for (std::size_t i = 0; i < t.size(); ++i) {
            double x = detail::fmodExact(t[i] - c.t0 + hp, period);
            if (x < 0)
                x += period;
            const double a = std::abs(x - hp);
            nIn += a < hIn ? 1 : 0;
            nearTransit[i] = a < hNear;
        }
    }
    std::vector<double> w = dy;
    std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 2), w.end());
    const double sw = w[w.size() / 2];
    const double sr = redNoise(t, y, dy, nearTransit, c.durationHours / 24.0);
    c.whiteNoisePpm = sw * 1e6;
    c.redNoisePpm = sr * 1e6;
    if (nIn > 0 && c.nTransits > 0) {
        const double sd = std::sqrt(sw * sw / double(nIn) + sr * sr / double(c.nTransits));
        c.snr = sd > 0 ? (c.depthPpm * 1e-6) / sd : c.snrWhite;
        c.snrWhite = sw > 0 ? (c.depthPpm * 1e-6) / (sw / std::sqrt(double(nIn))) : c.snrWhite;
    }
    return true;
}
}  // namespace

Result<SearchResult> runSearch(const Series& s, const SearchParams& params, const ProgressFn& progress,
                               const CoarseCallback& coarse)
{
    return runSearch(s.time, s.flux, s.fluxErr, params, progress, coarse);
}

Result<SearchResult> runSearch(const std::vector<double>& time, const std::vector<double>& flux,
                               const std::vector<double>& fluxErr, const SearchParams& params,
                               const ProgressFn& progress, const CoarseCallback& coarse)
{
    using R = Result<SearchResult>;
    if (time.size() != flux.size() || (!fluxErr.empty() && fluxErr.size() != time.size()))
        return R::failure(ErrorCode::InvalidParameter, "array sizes differ");
    if (params.maxPlanets < 1 || !(params.maskFactor > 0) || params.binsPerDuration < 1)
        return R::failure(ErrorCode::InvalidParameter, "maxPlanets/maskFactor/binsPerDuration");
    // Finite points, sorted by time.
    bool useErr = !fluxErr.empty();
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < time.size(); ++i) {
        if (!std::isfinite(time[i]) || !std::isfinite(flux[i]))
            continue;
        if (useErr && !(std::isfinite(fluxErr[i]) && fluxErr[i] > 0))
            useErr = false;
        keep.push_back(i);
    }
    // Light curves come time-ordered: with strictly increasing times the sort's result is the
    // order they are in (no ties to break), so it is skipped.
    const auto earlier = [&](std::size_t a, std::size_t b) { return time[a] < time[b]; };
    if (std::adjacent_find(keep.begin(), keep.end(), [&](std::size_t a, std::size_t b) { return !earlier(a, b); })
        != keep.end())
        std::sort(keep.begin(), keep.end(), earlier);
    if (keep.size() < 10)
        return R::failure(ErrorCode::InvalidParameter, "fewer than 10 finite points");
    std::vector<double> t, y, dy;
    for (std::size_t i : keep) {
        t.push_back(time[i]);
        y.push_back(flux[i]);
        if (useErr)
            dy.push_back(fluxErr[i]);
    }
    SearchResult out;
    if (params.noise == SearchParams::Noise::Local || !useErr) {
        // Weights from the locally measured scatter: a stretch with unflagged wiggles weighs
        // less, whatever the pipeline's errors say (Pont et al. 2006; see noise.h).
        dy = localScatter(t, y, params.noiseWindowDays);
        out.usedRobustErrors = true;
    }
    // Every searched point, for the redetrend hook (which updates their flux), and where each
    // point still searched sits among them.
    const std::vector<double> allT = params.redetrend ? t : std::vector<double>{};
    std::vector<double> allY = params.redetrend ? y : std::vector<double>{};
    std::vector<std::size_t> orig(t.size());
    for (std::size_t k = 0; k < orig.size(); ++k)
        orig[k] = k;
    bool redetrended = false;
    out.cadenceDays = medianCadence(t);
    out.baselineDays = t.back() - t.front();
    auto grid = makePeriodGrid(params.grid, out.baselineDays, out.cadenceDays);
    if (!grid.ok())
        return R::failure(grid.status.code, grid.status.detail);
    out.gridSize = static_cast<long long>(grid.value.periods.size());

    BlsParams bp;
    bp.periods = grid.value.periods;
    bp.objective = params.objective;
    bp.method = params.method;
    bp.oversample = params.binsPerDuration;
    bp.threads = params.threads;
    bp.coarseStride = params.coarseStride;
    for (double h : params.durationsHours)
        bp.durations.push_back(h / 24.0);
    bp.durationFractions = params.durationFractions;
    bp.minDurationDays = 2.0 * out.cadenceDays;
    bp.stellarMassSun = params.grid.stellarMassSun;
    bp.stellarRadiusSun = params.grid.stellarRadiusSun;

    const long long total = out.gridSize * params.maxPlanets;
    // Passes that end in a single event or a sinusoid do not count as planets, but are bounded.
    const int maxPasses = params.maxPlanets + 5;
    int planets = 0;
    auto removePoints = [&](const std::vector<bool>& m) {
        std::size_t w = 0;
        for (std::size_t k = 0; k < t.size(); ++k)
            if (!m[k]) {
                t[w] = t[k];
                y[w] = y[k];
                dy[w] = dy[k];
                orig[w] = orig[k];
                ++w;
            }
        t.resize(w);
        y.resize(w);
        dy.resize(w);
        orig.resize(w);
    };
    for (int pass = 0; pass < maxPasses && planets < params.maxPlanets; ++pass) {
        if (t.size() < 10) {
            out.stopReason = "too_few_points";
            break;
        }
        const long long before = out.gridSize * std::min(pass, params.maxPlanets - 1);
        auto pg = runBls(
            t, y, dy, bp, [&](long long done, long long) { return reportProgress(progress, before + done, total); },
            pass == 0 ? coarse : CoarseCallback{});
        if (!pg.ok())
            return R::failure(pg.status.code, pg.status.detail);
        SearchPass sp;
        sp.nPoints = t.size();
        sp.sde = computeSde(pg.value.power, params.grid.oversampling);
        sp.periodogram = std::move(pg.value);
        const auto& g = sp.periodogram;
        const std::size_t i = sp.sde.peakIndex;
        if (!std::isfinite(g.power[i]) || !(g.depth[i] > 0)) {
            out.stopReason = "sde";
            out.passes.push_back(std::move(sp));
            break;
        }
        Candidate c;
        c.rank = planets + 1;
        c.periodDays = g.period[i];
        c.t0 = g.transitTime[i];
        c.durationHours = g.duration[i] * 24.0;
        c.depthPpm = g.depth[i] * 1e6;
        c.depthErrPpm = g.depthErr[i] * 1e6;
        c.snr = c.snrWhite = g.depthSnr[i];
        c.sde = sp.sde.sde;
        c.power = g.power[i];
        if (c.sde < params.minSde || c.snr < params.minSnr) {
            out.stopReason = c.sde < params.minSde ? "sde" : "snr";
            out.passes.push_back(std::move(sp));
            break;
        }
        if (params.refine)
            refineCandidate(t, y, dy, bp, out.cadenceDays, out.baselineDays, c, kRefineSteps);
        BlsStats stats;
        std::size_t bestK = 0;
        // The vetoes: too deep, too few events or one dominating, a sinusoid. A vetoed signal is
        // counted or listed as a single event, its points masked, and its pass recorded.
        auto vetoed = [&]() {
            // Deeper than the whole flux: not a transit of anything (an almost empty aperture,
            // a bad normalisation). Refused, counted, and its events masked.
            if (!(c.depthPpm < 1e6)) {
                ++out.rejectedUnphysical;
                removePoints(transitMask(t, c.periodDays, params.maskFactor * c.durationHours / 24.0, c.t0));
                out.passes.push_back(std::move(sp));
                return true;
            }
            // Too few events, or one event carrying most of the signal: not a periodic
            // candidate. Report the strongest event as a single event and mask only it.
            if (c.nTransits < params.minTransits || c.maxEventFraction > params.maxEventFraction) {
                Candidate ev = c;
                ev.singleEvent = true;
                ev.t0 = bestK < stats.transitTimes.size() ? stats.transitTimes[bestK] : c.t0;
                ev.periodDays = 0;
                ev.transitTimes = {ev.t0};
                ev.nTransits = c.nTransits;
                ev.rank = int(out.singleEvents.size()) + 1;
                const double ll =
                    bestK < stats.perTransitLogLikelihood.size() ? stats.perTransitLogLikelihood[bestK] : 0;
                ev.snr = ev.snrWhite = ll > 0 ? std::sqrt(2 * ll) : 0;
                out.singleEvents.push_back(ev);
                std::vector<bool> m(t.size(), false);
                const double half = params.maskFactor * c.durationHours / 24.0 / 2;
                for (std::size_t k = 0; k < t.size(); ++k)
                    m[k] = std::abs(t[k] - ev.t0) < half;
                removePoints(m);
                out.passes.push_back(std::move(sp));
                return true;
            }
            // Stellar variability: a sine at this period fits better than a box, or the period
            // is the star's measured variability period (or its half or double).
            bool atVariability = false;
            if (params.variabilityPeriodDays > 0)
                for (double k : {0.5, 1.0, 2.0})
                    if (std::abs(c.periodDays / (k * params.variabilityPeriodDays) - 1.0) < params.variabilityTolerance)
                        atVariability = true;
            if ((params.rejectSinusoidal && c.sineDeltaLogL > 0) || atVariability) {
                ++out.rejectedSinusoidal;
                removePoints(transitMask(t, c.periodDays, params.maskFactor * c.durationHours / 24.0, c.t0));
                out.passes.push_back(std::move(sp));
                return true;
            }
            return false;
        };
        if (measureCandidate(t, y, dy, params.maskFactor, c, stats, bestK) && vetoed())
            continue;
        if (c.snr < params.minSnr) {
            out.stopReason = "snr";
            out.passes.push_back(std::move(sp));
            break;
        }
        // Re-detrend with this candidate's transits (and the earlier ones') left out of the trend
        // fit, then measure it again: the trend no longer absorbs part of the transit, and the
        // next pass searches the re-detrended flux. Only once the candidate is accepted on the
        // first detrending: a trend refitted around a mask is free to bend under it, so it must
        // not decide whether a signal is a candidate (KOI-3278, a control, gave three).
        if (params.redetrend) {
            std::vector<Candidate> found = out.candidates;
            found.push_back(c);
            if (params.redetrend(found, allT, allY)) {
                redetrended = true;
                for (std::size_t k = 0; k < t.size(); ++k)
                    y[k] = allY[orig[k]];
                if (params.refine)
                    refineCandidate(t, y, dy, bp, out.cadenceDays, out.baselineDays, c, kRerefineSteps);
                bool measured = measureCandidate(t, y, dy, params.maskFactor, c, stats, bestK);
                if (measured && !params.refine) {
                    c.depthPpm = stats.depth.value * 1e6;
                    c.depthErrPpm = stats.depth.error * 1e6;
                    measured = measureCandidate(t, y, dy, params.maskFactor, c, stats, bestK);
                }
                // A candidate must pass the vetoes on both curves (WASP-126's 16.68-d signal
                // has its strongest event at 0.49 of the signal on the first and 0.58 on the
                // refitted one). Refused: its transits go back into the trend fit.
                if (measured && vetoed()) {
                    if (params.redetrend(out.candidates, allT, allY))
                        for (std::size_t k = 0; k < t.size(); ++k)
                            y[k] = allY[orig[k]];
                    continue;
                }
            }
        }
        sp.accepted = true;
        out.passes.push_back(std::move(sp));
        out.candidates.push_back(std::move(c));
        out.stats.push_back(std::move(stats));
        ++planets;
        // Mask this candidate's transits and search again.
        const auto& cc = out.candidates.back();
        removePoints(transitMask(t, cc.periodDays, params.maskFactor * cc.durationHours / 24.0, cc.t0));
        if (planets == params.maxPlanets)
            out.stopReason = "max_planets";
    }
    std::sort(out.singleEvents.begin(), out.singleEvents.end(),
              [](const Candidate& a, const Candidate& b) { return a.snr > b.snr; });
    for (std::size_t k = 0; k < out.singleEvents.size(); ++k)
        out.singleEvents[k].rank = int(k) + 1;
    if (redetrended) {
        out.redetrendedTime = allT;
        out.redetrendedFlux = std::move(allY);
    }
    reportProgress(progress, total, total);
    return R::success(std::move(out));
}

}  // namespace exo::search
