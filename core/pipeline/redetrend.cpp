#include "pipeline/redetrend.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "detrend/segments.h"

namespace exo::pipeline {

namespace {
bool isSlider(detrend::DetrendMethod m)
{
    return m == detrend::DetrendMethod::MovingMean || m == detrend::DetrendMethod::SlidingMedian
           || m == detrend::DetrendMethod::Biweight;
}

void markTransits(const std::vector<double>& time, const Candidate& c, double maskFactor,
                  std::vector<std::uint8_t>& mask)
{
    const double half = maskFactor * c.durationHours / 24.0 / 2;
    if (!(half > 0) || !std::isfinite(c.t0))
        return;
    const double P = c.periodDays;
    for (std::size_t i = 0; i < time.size(); ++i) {
        double d = time[i] - c.t0;
        if (!c.singleEvent && P > 0) {
            d = std::fmod(d + P / 2, P);
            if (d < 0)
                d += P;
            d -= P / 2;
        }
        if (std::abs(d) < half)
            mask[i] = 1;
    }
}

struct State {
    const Prepared* prepared = nullptr;
    double maskFactor = 2;
    std::vector<double> trend;       ///< current trend of prepared->clean
    std::vector<std::uint8_t> mask;  ///< cadences of clean left out of the fit so far
    std::vector<std::size_t> map;    ///< searched point -> clean index
    /// The trend and mask before the last refit: a call that asks for that mask again (the
    /// candidate just added was refused after the refit) gets them back instead of a refit.
    std::vector<double> savedTrend;
    std::vector<std::uint8_t> savedMask;
    bool hasSaved = false, restoreSaved = true;
    bool mapped = false, broken = false;
};

/// Refit the trend of `piece` on the slice [sa, sb) of clean and keep it on [a, b).
/// A biweight is iterated again only at cadences within half a window (and 1 % more) of a
/// cadence whose mask changed (`fresh`): every other cadence's window holds the same points
/// as when its current trend was computed, so that value is reused (the same bits).
bool refit(State& st, const DetrendPiece& piece, const std::vector<std::uint8_t>& fresh, std::size_t sa,
           std::size_t sb, std::size_t a, std::size_t b)
{
    const Series slice = detrend::sliceSeries(st.prepared->clean, {sa, sb});
    detrend::DetrendParams dp = piece.params;
    dp.transitMask.assign(st.mask.begin() + std::ptrdiff_t(sa), st.mask.begin() + std::ptrdiff_t(sb));
    if (dp.method == detrend::DetrendMethod::Biweight) {
        const auto& t = st.prepared->clean.time;
        const std::size_t begin = std::min(piece.begin, t.size()), end = std::min(piece.end, t.size());
        const double reach = 0.505 * dp.windowDays;
        std::vector<std::size_t> changed;
        for (std::size_t i = begin; i < end; ++i)
            if (fresh[i])
                changed.push_back(i);
        dp.recompute.assign(sb - sa, 0);
        dp.knownTrend.assign(st.trend.begin() + std::ptrdiff_t(sa), st.trend.begin() + std::ptrdiff_t(sb));
        std::size_t j = 0;  // first changed cadence not before t[i] - reach
        for (std::size_t i = sa; i < sb; ++i) {
            while (j < changed.size() && t[changed[j]] < t[i] - reach)
                ++j;
            dp.recompute[i - sa] = j < changed.size() && t[changed[j]] <= t[i] + reach ? 1 : 0;
        }
    }
    auto d = detrend::detrendSeries(slice, dp);
    if (!d.ok() || d.value.trend.size() != sb - sa)
        return false;
    for (std::size_t i = a; i < b; ++i)
        st.trend[i] = d.value.trend[i - sa];
    return true;
}

/// Whether refitPiece would refit anything of `piece` for the changes `fresh`.
bool touches(const State& st, const DetrendPiece& piece, const std::vector<std::uint8_t>& fresh)
{
    const auto& t = st.prepared->clean.time;
    const std::size_t begin = std::min(piece.begin, t.size()), end = std::min(piece.end, t.size());
    if (begin >= end || piece.params.method == detrend::DetrendMethod::None)
        return false;
    return std::any_of(fresh.begin() + std::ptrdiff_t(begin), fresh.begin() + std::ptrdiff_t(end),
                       [](std::uint8_t f) { return f != 0; });
}

/// Refit what the newly masked cadences `fresh` change in one piece. False on failure.
bool refitPiece(State& st, const DetrendPiece& piece, const std::vector<std::uint8_t>& fresh, bool& changed)
{
    const auto& t = st.prepared->clean.time;
    const std::size_t begin = std::min(piece.begin, t.size()), end = std::min(piece.end, t.size());
    if (begin >= end || piece.params.method == detrend::DetrendMethod::None)
        return true;
    if (std::none_of(fresh.begin() + std::ptrdiff_t(begin), fresh.begin() + std::ptrdiff_t(end),
                     [](std::uint8_t f) { return f != 0; }))
        return true;
    changed = true;
    if (!isSlider(piece.params.method))
        return refit(st, piece, fresh, begin, end, begin, end);
    // Runs of newly masked cadences, grouped while their slices overlap.
    const double w = piece.params.windowDays;
    std::vector<std::pair<double, double>> groups;
    for (std::size_t i = begin; i < end;) {
        if (!fresh[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < end && fresh[j + 1])
            ++j;
        if (!groups.empty() && t[i] - w <= groups.back().second + w)
            groups.back().second = t[j];
        else
            groups.emplace_back(t[i], t[j]);
        i = j + 1;
    }
    const auto first = t.begin() + std::ptrdiff_t(begin), last = t.begin() + std::ptrdiff_t(end);
    for (const auto& [ta, tb] : groups) {
        // A cadence within half a window of the group sees only cadences within a window of
        // it: refitting the wider slice gives it exactly the full refit's trend.
        const double margin = 1.01 * w;
        const std::size_t sa = std::size_t(std::lower_bound(first, last, ta - margin) - t.begin());
        const std::size_t sb = std::size_t(std::upper_bound(first, last, tb + margin) - t.begin());
        const std::size_t a = std::size_t(std::lower_bound(first, last, ta - w / 2) - t.begin());
        const std::size_t b = std::size_t(std::upper_bound(first, last, tb + w / 2) - t.begin());
        const bool whole = sb - sa < 3 || !(t[sb - 1] - t[sa] > w);
        if (whole || !refit(st, piece, fresh, sa, sb, a, b))
            return refit(st, piece, fresh, begin, end, begin, end);
    }
    return true;
}
}  // namespace

std::vector<std::uint8_t> transitExclusion(const std::vector<double>& time, const std::vector<Candidate>& candidates,
                                           double maskFactor)
{
    std::vector<std::uint8_t> mask(time.size(), 0);
    for (const auto& c : candidates)
        markTransits(time, c, maskFactor, mask);
    return mask;
}

search::SearchParams::RedetrendFn maskedRedetrend(const Prepared& prepared, double maskFactor, bool restoreSaved)
{
    auto st = std::make_shared<State>();
    st->prepared = &prepared;
    st->maskFactor = maskFactor;
    st->restoreSaved = restoreSaved;
    return [st](const std::vector<Candidate>& found, const std::vector<double>& time, std::vector<double>& flux) {
        if (st->broken || time.size() != flux.size())
            return false;
        const Prepared& p = *st->prepared;
        const Series& clean = p.clean;
        const std::size_t n = clean.size();
        if (!st->mapped) {
            st->mapped = true;
            if (p.detrendPieces.empty() || p.trend.size() != n || !std::is_sorted(clean.time.begin(), clean.time.end()))
                st->broken = true;
            st->map.resize(time.size());
            for (std::size_t k = 0; k < time.size() && !st->broken; ++k) {
                const auto it = std::lower_bound(clean.time.begin(), clean.time.end(), time[k]);
                if (it == clean.time.end() || *it != time[k])
                    st->broken = true;
                else
                    st->map[k] = std::size_t(it - clean.time.begin());
            }
            if (st->broken)
                return false;
            st->trend = p.trend;
            st->mask.assign(n, 0);
        }
        // The cadences whose exclusion changes: those of a new candidate, or of one dropped
        // since the last call (a candidate refused after the refit is unmasked again).
        const std::vector<std::uint8_t> mask = transitExclusion(clean.time, found, st->maskFactor);
        std::vector<std::uint8_t> fresh(n, 0);
        for (std::size_t i = 0; i < n; ++i)
            fresh[i] = mask[i] != st->mask[i] ? 1 : 0;
        bool changed = false;
        if (st->restoreSaved && st->hasSaved && mask == st->savedMask && mask != st->mask) {
            // Back to the mask before the last refit: every cadence's window holds the same
            // points as it did then, so the trend refitted back is the saved one, bit for bit.
            // The trend and mask now current become the saved ones (a further call may undo).
            for (const auto& piece : p.detrendPieces)
                changed = changed || touches(*st, piece, fresh);
            st->trend.swap(st->savedTrend);
            st->mask.swap(st->savedMask);
        } else {
            st->savedTrend = st->trend;
            st->savedMask = std::move(st->mask);
            st->hasSaved = true;
            st->mask = mask;
            for (const auto& piece : p.detrendPieces)
                if (!refitPiece(*st, piece, fresh, changed)) {
                    st->broken = true;
                    return false;
                }
        }
        if (!changed)
            return false;
        for (std::size_t k = 0; k < time.size(); ++k) {
            const std::size_t i = st->map[k];
            const double tr = st->trend[i];
            if (std::isfinite(tr) && tr != 0 && std::isfinite(clean.flux[i]))
                flux[k] = clean.flux[i] / tr;
        }
        return true;
    };
}

}  // namespace exo::pipeline
