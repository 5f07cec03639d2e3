#pragma once
/// @file redetrend.h
/// Re-detrending with the found transits masked (issue 8, item 3). The first detrending
/// does not know where the transits are, so a windowed trend follows them part of the way
/// and the flattened transit is shallower than the star's (more so the longer the transit
/// is against the window). Once the search has found a candidate, the trend is fitted again
/// with its transits (and those of the earlier candidates) left out of the fit, before the
/// candidate's depth and SNR are measured and before the next planet is searched for.
///
/// Cheap by construction: a time-windowed slider's trend at a cadence depends only on the
/// cadences within half a window of it, so only the stretches within half a window of a
/// newly masked cadence are refitted (each from a slice one window wider on both sides);
/// the result equals a full re-detrend with the same mask. Savitzky-Golay and the
/// point-counted moving mean are refitted per detrended piece that holds a masked cadence.
/// Thread-safe: the hook owns its state; one hook per search.

#include <cstdint>
#include <vector>

#include "model/candidate.h"
#include "pipeline/analysis.h"
#include "search/multi.h"

namespace exo::pipeline {

/// Cadences of `time` within `maskFactor` x duration / 2 of a transit of one of `candidates`
/// (periodic ones; a single event masks its own time), as the search masks them.
std::vector<std::uint8_t> transitExclusion(const std::vector<double>& time, const std::vector<Candidate>& candidates,
                                           double maskFactor);

/// The search's redetrend hook for a prepared light curve (search::SearchParams::redetrend).
/// `prepared` must outlive the search. Each call masks the transits of the candidates given
/// (a new one added, or one dropped since the previous call), refits the trend where the mask
/// changed, and sets flux[k] = clean flux / trend at time[k]. Returns false (flux untouched)
/// when nothing changed or nothing can be refitted: no detrending, or times that are not
/// cadences of `prepared.clean`. A call that asks for the mask of the call before the last one
/// (a candidate refused after the refit, dropped again) gets that call's trend back instead of
/// a refit: the same bits, since each cadence's trend depends only on the mask in its window
/// (`restoreSaved` false always refits; the tests compare the two).
search::SearchParams::RedetrendFn maskedRedetrend(const Prepared& prepared, double maskFactor = 2.0,
                                                  bool restoreSaved = true);

}  // namespace exo::pipeline
