#include "search/significance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exo::search {
namespace {

void meanStd(const std::vector<double>& v, double& mean, double& sd)
{
    double s = 0;
    for (double x : v)
        s += x;
    mean = v.empty() ? 0 : s / double(v.size());
    double q = 0;
    for (double x : v)
        q += (x - mean) * (x - mean);
    sd = v.empty() ? 0 : std::sqrt(q / double(v.size()));
}

}  // namespace

SdeResult computeSde(const std::vector<double>& powerIn, double oversampling)
{
    SdeResult r;
    const std::size_t n = powerIn.size();
    if (n == 0)
        return r;
    std::vector<double> p = powerIn;
    double lo = std::numeric_limits<double>::infinity();
    for (double x : p)
        if (std::isfinite(x))
            lo = std::min(lo, x);
    if (!std::isfinite(lo))
        lo = 0;
    for (double& x : p)
        if (!std::isfinite(x))
            x = lo;
    double mean, sd;
    meanStd(p, mean, sd);
    const double pmax = *std::max_element(p.begin(), p.end());
    r.sdeRaw = sd > 0 ? (pmax - mean) / sd : 0;

    std::size_t k = std::size_t(std::max(1.0, std::round(oversampling * 30.0)));
    if (k % 2 == 0)
        ++k;
    std::vector<double> d = p;
    if (n > 2 * k) {
        const std::size_t m = n - k + 1;  // full windows
        // Running median of the odd windows p[i, i + k): the window is kept sorted (one
        // value leaves, one enters, each by binary search), so each median is its middle
        // element, the k/2-th smallest, exactly what a per-window nth_element selects, in
        // O(log k + k) moves per step instead of a fresh selection of k values.
        std::vector<double> med(m), win(p.begin(), p.begin() + std::ptrdiff_t(k));
        std::sort(win.begin(), win.end());
        med[0] = win[k / 2];
        for (std::size_t i = 1; i < m; ++i) {
            win.erase(std::lower_bound(win.begin(), win.end(), p[i - 1]));  // finite: present
            const double in = p[i + k - 1];
            win.insert(std::upper_bound(win.begin(), win.end(), in), in);
            med[i] = win[k / 2];
        }
        const std::size_t front = (n - m) / 2;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t j = i < front ? 0 : std::min(m - 1, i - front);
            d[i] = p[i] - med[j];
        }
    }
    meanStd(d, mean, sd);
    r.spectrum.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        r.spectrum[i] = sd > 0 ? (d[i] - mean) / sd : 0;
    r.peakIndex = std::size_t(std::max_element(r.spectrum.begin(), r.spectrum.end()) - r.spectrum.begin());
    r.sde = r.spectrum[r.peakIndex];
    return r;
}

}  // namespace exo::search
