#pragma once
/// @file multi.h
/// The top-level transit search: period grid -> BLS -> SDE -> candidate,
/// mask the candidate's transits, search again (several planets).
///
///   auto r = exo::search::runSearch(flatSeries, exo::search::SearchParams{}, progress, coarse);
///
/// Definitions (see README.md):
///  - sde: TLS-style SDE of the detrended BLS power (significance.h). The
///    candidate period is the peak of the detrended spectrum.
///  - snr: depth / depth_err of the best box model at that period (astropy
///    depth_snr), depth_err = sqrt(1/sum_in(ivar) + 1/sum_out(ivar)). When the
///    series has no flux errors, every point gets dy = 1.4826 * MAD(flux)
///    (robust white-noise sigma), so snr ~ depth / sigma * sqrt(n_in).
///  - A candidate is kept if sde >= minSde AND snr >= minSnr; the first pass
///    that fails stops the search (reported in stopReason).
///  - Masking: points with |phase distance to mid-transit| < maskFactor *
///    duration / 2 are removed before the next pass (maskFactor = 2: a full
///    duration of margin, covering the duration quantisation of the binned BLS).
/// Threading: as runBls (call from any thread; callbacks on the calling thread).

#include <functional>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "model/candidate.h"
#include "model/light_curve.h"
#include "search/bls.h"
#include "search/grid.h"
#include "search/significance.h"

namespace exo::search {

/// One detected signal: the product's one candidate type (model/candidate.h).
using Candidate = exo::Candidate;

struct SearchParams {
    GridParams grid;  ///< default: Ofir grid, Sun, oversampling 3, 0.5 d .. T/2
    Objective objective = Objective::Likelihood;
    std::vector<double> durationsHours;     ///< fixed durations (hours); empty = per period from T14(P)
    std::vector<double> durationFractions;  ///< of T14(P); empty = defaultDurationFractions()
    int binsPerDuration = 3;                ///< phase bins per shortest duration (BLS oversample)
    int threads = 0;                        ///< 0 = all cores
    int maxPlanets = 3;                     ///< passes at most (pipeline::SearchSettings default)
    double minSde = 7.0;                    ///< TLS: SDE 7 ~ 1 % false-alarm probability (pipeline default)
    double minSnr = 7.0;                    ///< Kepler pipeline MES threshold 7.1, rounded
    double maskFactor = 2.0;                ///< masked full width = maskFactor x duration
    int coarseStride = 8;                   ///< progressive mode: every 8th period first (pass 1 only)
    /// Noise model: Local (default) weights each point by the locally measured robust scatter
    /// (noise.h); Pipeline uses the flux errors when every point has one.
    enum class Noise { Local, Pipeline } noise = Noise::Local;
    double noiseWindowDays = 1.0;   ///< window of the local scatter
    int minTransits = 3;            ///< periodic candidates need this many events with data
    double maxEventFraction = 0.5;  ///< no single event may carry more of the signal
    bool rejectSinusoidal = true;   ///< drop signals a sine at P fits better than a box
    /// The star's variability period (days, 0 = unknown; detrend/auto_window.h measures it).
    /// A signal within `variabilityTolerance` (relative) of 1/2, 1 or 2 times it is the
    /// residual of the rotation, not a transit: dropped and counted with rejectedSinusoidal.
    double variabilityPeriodDays = 0;
    double variabilityTolerance = 0.02;
    bool refine = true;  ///< refine period, epoch and duration after the grid
    /// Re-detrending with the found transits masked (issue 8, item 3): called once a candidate
    /// is accepted, before it is measured again and before the next pass, with the candidates
    /// whose transits are to be left out of the trend fit (the accepted ones, the new one last;
    /// without the new one again if the refitted curve refuses it), the searched points' times
    /// (finite, sorted) and their flattened flux, which it updates in place. Returns false to
    /// leave the flux unchanged. Empty = off. Called on the search's thread.
    using RedetrendFn = std::function<bool(const std::vector<Candidate>& found, const std::vector<double>& time,
                                           std::vector<double>& flux)>;
    RedetrendFn redetrend;
    BlsMethod method = BlsMethod::FastFold;  ///< fast folding (bls.h); Binned = per-point folding
};

/// One search pass (each planet's periodogram, plus the failing last pass).
struct SearchPass {
    BlsPeriodogram periodogram;
    SdeResult sde;
    std::size_t nPoints = 0;  ///< points searched in this pass (after masking)
    bool accepted = false;    ///< produced a candidate
};

struct SearchResult {
    std::vector<Candidate> candidates;
    std::vector<BlsStats> stats;          ///< compute_stats output of each candidate (same order)
    std::vector<Candidate> singleEvents;  ///< one- and two-event signals (singleEvent = true), by SNR
    int rejectedSinusoidal = 0;           ///< signals dropped by the sine-versus-box test or at the variability period
    int rejectedUnphysical = 0;           ///< signals (or single events) deeper than 100 % of the flux, dropped
    std::vector<SearchPass> passes;
    long long gridSize = 0;  ///< periods per pass
    double baselineDays = 0, cadenceDays = 0;
    bool usedRobustErrors = false;  ///< dy estimated from MAD (no flux errors)
    /// When the redetrend hook changed the flux: the searched points (time sorted) and their
    /// flux re-detrended with every candidate's transits masked, which the candidates' depths
    /// and SNRs were measured on (empty otherwise).
    std::vector<double> redetrendedTime, redetrendedFlux;
    std::string stopReason;  ///< "sde", "snr", "max_planets", "too_few_points"
};

/// Run the full search on a flattened (normalised, detrended) series. Non-finite
/// points are skipped; fluxErr is used if present and positive everywhere.
/// progress counts periods over maxPlanets passes (may finish early).
Result<SearchResult> runSearch(const Series& flattened, const SearchParams& params, const ProgressFn& progress = {},
                               const CoarseCallback& coarse = {});

/// Same on plain arrays (fluxErr may be empty).
Result<SearchResult> runSearch(const std::vector<double>& time, const std::vector<double>& flux,
                               const std::vector<double>& fluxErr, const SearchParams& params,
                               const ProgressFn& progress = {}, const CoarseCallback& coarse = {});

/// Robust sigma: 1.4826 * median(|x - median(x)|).
double robustSigma(const std::vector<double>& x);

}  // namespace exo::search
