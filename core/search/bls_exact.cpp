// Unbinned BLS equivalent to astropy's method='slow' (bls/methods.py
// _bls_slow_one): for each duration, mid-transit phases t0 = k * duration /
// oversample over [0, P + step), in-transit = circular phase distance < duration/2.
// Implemented with sorted phases and prefix sums: O(N log N + n_t0 log N) per period.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "search/bls_internal.h"

namespace exo::search::detail {

void exactPeriod(const Prepared& d, const BlsParams& p, double period, Scratch& s, PeriodOut& out)
{
    durationsAt(p, period, s.durs);
    const std::size_t n = d.dt.size();
    // Sort points by phase; keep phase and prefix sums of w and wy in that order.
    std::vector<std::pair<double, std::size_t>> order(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double ph = d.dt[i] - period * std::floor(d.dt[i] / period);
        order[i] = {ph, i};
    }
    std::sort(order.begin(), order.end());
    s.sorted.resize(n);
    s.idx.resize(n);
    s.cw.assign(n + 1, 0.0);
    s.cy.assign(n + 1, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        s.sorted[k] = order[k].first;
        s.idx[k] = int(order[k].second);
        s.cw[k + 1] = s.cw[k] + d.pts[order[k].second].w;
        s.cy[k + 1] = s.cy[k] + d.pts[order[k].second].wy;
    }
    const double* ph = s.sorted.data();
    // Sum over open phase interval (lo, hi) intersected with [0, P).
    auto range = [&](double lo, double hi, double& sw, double& sy) {
        lo = std::max(lo, -0.5 * period);
        hi = std::min(hi, period);
        if (hi <= lo)
            return;
        const std::size_t a = std::size_t(std::upper_bound(ph, ph + n, lo) - ph);
        const std::size_t b = std::size_t(std::lower_bound(ph, ph + n, hi) - ph);
        if (b > a) {
            sw += s.cw[b] - s.cw[a];
            sy += s.cy[b] - s.cy[a];
        }
    };
    const bool useLike = p.objective == Objective::Likelihood;
    const int os = std::max(1, p.oversample);
    double best = -std::numeric_limits<double>::infinity();
    bool found = false;
    const double eps = 1e-9 * period, hp = 0.5 * period;
    std::vector<std::size_t> edge;
    for (double dur : s.durs) {
        const double step = dur / os;
        const auto nt0 = std::size_t(std::ceil((period + step) / step));  // numpy arange length
        const double half = 0.5 * dur;
        for (std::size_t k = 0; k < nt0; ++k) {
            const double t0 = double(k) * step;
            const double c = std::fmod(t0, period);
            double sw = 0, sy = 0;
            // Points strictly inside (by more than eps) from the sorted prefix sums...
            range(c - half + eps, c + half - eps, sw, sy);
            range(c - half + eps + period, c + half - eps + period, sw, sy);
            range(c - half + eps - period, c + half - eps - period, sw, sy);
            // ...then the few points within eps of an edge decided with astropy's own
            // arithmetic, |(dt - t0 + P/2) % P - P/2| < duration/2, so ties go the same way.
            edge.clear();
            for (double e : {c - half, c + half}) {
                double em = e - period * std::floor(e / period);
                for (double base : {em, em - period, em + period}) {
                    const std::size_t a = std::size_t(std::lower_bound(ph, ph + n, base - eps) - ph);
                    for (std::size_t q = a; q < n && ph[q] <= base + eps; ++q)
                        edge.push_back(std::size_t(s.idx[q]));
                }
            }
            std::sort(edge.begin(), edge.end());
            edge.erase(std::unique(edge.begin(), edge.end()), edge.end());
            for (std::size_t i : edge) {
                double x = std::fmod(d.dt[i] - t0 + hp, period);
                if (x != 0 && x < 0)
                    x += period;
                if (std::abs(x - hp) < half) {
                    sw += d.pts[i].w;
                    sy += d.pts[i].wy;
                }
            }
            if (!(sw > 0) || !(d.sumW - sw > 0))
                continue;
            const PeriodOut m = finishModel(d, p, sw, sy, dur, t0, period);
            const double obj = useLike ? m.logLike : m.depthSnr;
            if (m.depth > 0 && obj > best) {
                best = obj;
                out = m;
                found = true;
            }
        }
    }
    if (!found)
        out = emptyModel();
}

}  // namespace exo::search::detail
