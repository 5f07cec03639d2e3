#include "pipeline/search.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>

#include "detrend/auto_window.h"
#include "pipeline/redetrend.h"
#include "search/multi.h"

namespace exo::pipeline {

namespace {
SearchOutcome fromPeriodogram(const search::BlsPeriodogram& pg, const search::SdeResult* sde)
{
    SearchOutcome o;
    o.period = pg.period;
    o.power = pg.power;
    if (sde)
        o.sdePower = sde->spectrum;
    o.duration = pg.duration;
    o.transitTime = pg.transitTime;
    o.depth = pg.depth;
    o.gridSize = pg.size();
    return o;
}
}  // namespace

namespace {
Result<SearchOutcome> searchFlat(const Series& flat, const Metadata& meta, const SearchSettings& s,
                                 const ProgressFn& progress, const PartialFn& partial, double variabilityPeriodDays,
                                 const Prepared* prepared)
{
    using R = Result<SearchOutcome>;
    if (flat.size() == 0)
        return R::failure(ErrorCode::NoRows, "no points to search");
    {
        // Two transits of the shortest trial period must fit in the data.
        double lo = INFINITY, hi = -INFINITY;
        for (double t : flat.time)
            if (std::isfinite(t)) {
                lo = std::min(lo, t);
                hi = std::max(hi, t);
            }
        const double minP = s.minPeriodDays > 0 ? s.minPeriodDays : 0.5;
        if (!(hi - lo >= minP))
            return R::failure(ErrorCode::TooShort, "the data span " + std::to_string(hi - lo)
                                                       + " d, too short for a periodic search (at least "
                                                       + std::to_string(minP) + " d)");
    }
    search::SearchParams p;
    p.grid.minPeriodDays = s.minPeriodDays;
    p.grid.maxPeriodDays = s.maxPeriodDays;
    p.grid.oversampling = s.oversample;
    p.durationsHours = s.durationsHours;
    // Trial durations as fractions of the central-transit duration of a Sun-like star; the
    // longest (1.7) also covers the many evolved and F-type Kepler hosts (HAT-P-7: R = 1.84 Rsun,
    // a 3.9 h transit at 2.2 d, 1.65 x the solar value).
    p.durationFractions = {0.25, 0.4, 0.6, 0.85, 1.2, kLongestDurationFraction};
    if (Status v = validate(s); !v.ok())
        return R::failure(v.code, v.detail);
    // A period shorter than two cadences cannot be sampled: an absurd request, refused before
    // the grid is built (it would otherwise run for minutes).
    if (s.minPeriodDays > 0 && meta.cadenceDays > 0 && s.minPeriodDays < 2 * meta.cadenceDays)
        return R::failure(ErrorCode::InvalidParameter, "--min-period (" + std::to_string(s.minPeriodDays)
                                                           + " d) is shorter than two cadences ("
                                                           + std::to_string(2 * meta.cadenceDays) + " d)");
    p.maxPlanets = s.maxPlanets;
    p.minSnr = s.minSnr;
    p.minSde = s.minSde;
    p.threads = s.threads;
    p.noise = s.pipelineErrors ? search::SearchParams::Noise::Pipeline : search::SearchParams::Noise::Local;
    p.minTransits = s.minTransits;
    p.variabilityPeriodDays = variabilityPeriodDays;
    p.objective = s.objective == BlsObjective::Snr ? search::Objective::Snr : search::Objective::Likelihood;
    if (prepared && prepared->nearZeroFlux) {
        // An almost empty aperture: relative flux means nothing (depths above 100 %). Refused
        // with a warning rather than searched into nonsense candidates.
        SearchOutcome o;
        o.nPoints = flat.size();
        if (flat.size() > 1)
            o.baselineDays = flat.time.back() - flat.time.front();
        auto out = R::success(std::move(o));
        char d[96];
        std::snprintf(d, sizeof d, "point-to-point scatter %.3g x the median flux", prepared->relativeScatter);
        out.warnings.emplace_back(WarningCode::NearZeroFlux, 0, d);
        return out;
    }
    if (prepared && s.redetrendMasked)
        p.redetrend = maskedRedetrend(*prepared, p.maskFactor);

    search::CoarseCallback coarse;
    if (partial) {
        coarse = [&](const search::BlsPeriodogram& pg) {
            SearchOutcome o = fromPeriodogram(pg, nullptr);
            o.partial = true;
            partial(o);
        };
    }
    const auto start = std::chrono::steady_clock::now();
    auto r = search::runSearch(flat, p, progress, coarse);
    if (!r.ok()) {
        R out = R::failure(r.status.code, r.status.detail);
        out.warnings = std::move(r.warnings);
        return out;
    }
    const auto& res = r.value;
    SearchOutcome o;
    if (!res.passes.empty())
        o = fromPeriodogram(res.passes.front().periodogram, &res.passes.front().sde);
    o.gridSize = std::size_t(res.gridSize);
    o.nDurations = s.durationsHours.empty() ? p.durationFractions.size() : s.durationsHours.size();
    o.nPoints = res.passes.empty() ? flat.size() : res.passes.front().nPoints;
    o.baselineDays = res.baselineDays;
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    o.candidates = res.candidates;
    for (auto& c : o.candidates)
        c.t0Bjd = c.t0 + meta.bjdOffset();
    o.singleEvents = res.singleEvents;
    for (auto& c : o.singleEvents)
        c.t0Bjd = c.t0 + meta.bjdOffset();
    o.rejectedSinusoidal = res.rejectedSinusoidal;
    o.rejectedUnphysical = res.rejectedUnphysical;
    if (!res.redetrendedTime.empty() && res.redetrendedTime.size() == res.redetrendedFlux.size()) {
        // The searched points are the flat series' finite points in time order: carry their
        // other columns over by time.
        o.flat.time = res.redetrendedTime;
        o.flat.flux = res.redetrendedFlux;
        const bool sorted = std::is_sorted(flat.time.begin(), flat.time.end());
        if (sorted) {
            std::vector<std::size_t> at(o.flat.size());
            bool ok = true;
            // The searched times ascend too: each one's lower bound is at or after the previous
            // one's, so one forward walk finds them all (the same positions as binary searches).
            auto it = flat.time.begin();
            for (std::size_t k = 0; k < at.size() && ok; ++k) {
                const double x = o.flat.time[k];
                if (k > 0 && x < o.flat.time[k - 1])
                    it = flat.time.begin();  // not ascending after all: search from the start
                while (it != flat.time.end() && *it < x)
                    ++it;
                ok = it != flat.time.end() && *it == x;
                at[k] = ok ? std::size_t(it - flat.time.begin()) : 0;
            }
            auto column = [&](const auto& from, auto& to) {
                if (ok && from.size() == flat.size())
                    for (std::size_t i : at)
                        to.push_back(from[i]);
            };
            column(flat.fluxErr, o.flat.fluxErr);
            column(flat.quality, o.flat.quality);
            column(flat.cadenceNo, o.flat.cadenceNo);
            column(flat.segment, o.flat.segment);
        }
    }
    const int unphysical = o.rejectedUnphysical;
    auto out = R::success(std::move(o));
    out.warnings = std::move(r.warnings);
    if (unphysical > 0)
        out.warnings.emplace_back(WarningCode::DepthAboveTotal, unphysical);
    return out;
}
}  // namespace

Result<SearchOutcome> runSearch(const Series& flat, const Metadata& meta, const SearchSettings& s,
                                const ProgressFn& progress, const PartialFn& partial, double variabilityPeriodDays)
{
    return searchFlat(flat, meta, s, progress, partial, variabilityPeriodDays, nullptr);
}

Result<SearchOutcome> runSearch(const Prepared& prepared, const detrend::WindowChoice& window, const Metadata& meta,
                                const SearchSettings& s, const ProgressFn& progress, const PartialFn& partial)
{
    return searchFlat(prepared.flat, meta, s, progress, partial, detrend::significantVariabilityPeriod(window),
                      &prepared);
}

}  // namespace exo::pipeline
