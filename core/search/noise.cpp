#include "search/noise.h"

#include <algorithm>
#include <cmath>

namespace exo::search {

namespace {
double medianOf(std::vector<double>& v)
{
    if (v.empty())
        return NAN;
    auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}
double mad(std::vector<double> v)
{
    const double m = medianOf(v);
    for (double& x : v)
        x = std::abs(x - m);
    return 1.4826 * medianOf(v);
}

/// The value of rank k (0-based) among value(0..n-1), what nth_element puts at position k,
/// from a guess: one branch-free pass counts the values below and above [guess - half,
/// guess + half] and gathers those inside; when rank k falls inside, only they are selected
/// from (the ranks below are exactly the values counted below, so it is the same value).
/// False when rank k is outside, or a value is NaN (counted nowhere).
template <typename Value>
bool rankNear(std::size_t n, std::size_t k, Value value, double guess, double half, std::vector<double>& buf,
              double& out)
{
    if (!(std::isfinite(guess) && half > 0 && std::isfinite(half)))
        return false;
    buf.resize(n);
    const double lo = guess - half, hi = guess + half;
    std::size_t below = 0, above = 0, m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = value(i);
        below += x < lo ? 1 : 0;
        above += x > hi ? 1 : 0;
        buf[m] = x;
        m += (x >= lo) & (x <= hi) ? 1 : 0;
    }
    if (below + above + m != n || k < below || k >= below + m)
        return false;
    const auto mid = buf.begin() + std::ptrdiff_t(k - below);
    std::nth_element(buf.begin(), mid, buf.begin() + std::ptrdiff_t(m));
    out = *mid;
    return true;
}

/// mad() of v[0..n), n > 0, bit for bit, helped by guesses of the median and of the raw MAD
/// (the previous window's: windows overlap by three quarters); both are updated. Without NaN
/// the value of a rank does not depend on the order of the values, so the guessed selections
/// and plain nth_element agree; with a NaN (or no guess) it is mad()'s own sequence.
double madNear(const double* v, std::size_t n, double& median, double& rawMad, std::vector<double>& buf)
{
    const std::size_t k = n / 2;
    const double half = 0.2 * rawMad;  // about 0.13 sigma of white noise
    double med = 0;
    if (!rankNear(
            n, k, [v](std::size_t i) { return v[i]; }, median, half, buf, med)) {
        buf.assign(v, v + n);
        if (std::any_of(buf.begin(), buf.end(), [](double x) { return std::isnan(x); })) {
            median = rawMad = NAN;
            return mad(std::move(buf));
        }
        const auto mid = buf.begin() + std::ptrdiff_t(k);
        std::nth_element(buf.begin(), mid, buf.end());
        med = *mid;
    }
    double dev = 0;
    if (!rankNear(
            n, k, [v, med](std::size_t i) { return std::abs(v[i] - med); }, rawMad, half, buf, dev)) {
        buf.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            buf[i] = std::abs(v[i] - med);
        if (std::any_of(buf.begin(), buf.end(), [](double x) { return std::isnan(x); })) {
            median = rawMad = NAN;  // an infinite value: mad()'s own sequence
            return mad(std::vector<double>(v, v + n));
        }
        const auto mid = buf.begin() + std::ptrdiff_t(k);
        std::nth_element(buf.begin(), mid, buf.end());
        dev = *mid;
    }
    median = med;
    rawMad = dev;
    return 1.4826 * dev;
}
}  // namespace

std::vector<double> localScatter(const std::vector<double>& t, const std::vector<double>& y, double window,
                                 double gapDays)
{
    const std::size_t n = t.size();
    std::vector<double> out(n, NAN);
    if (n == 0 || y.size() != n)
        return out;
    const double global = mad(y);
    if (!(window > 0)) {
        std::fill(out.begin(), out.end(), global);
        return out;
    }
    // Segments (split at gaps); within each, evaluate at nodes every window/4 and interpolate.
    // Guesses for each window's median and MAD: the previous window's (none for the first).
    std::vector<double> buf;
    double guessMedian = NAN, guessMad = NAN;
    std::size_t a = 0;
    while (a < n) {
        std::size_t b = a + 1;
        while (b < n && t[b] - t[b - 1] <= gapDays)
            ++b;
        const double t0 = t[a], t1 = t[b - 1];
        const double step = window / 4;
        std::vector<double> nodeT, nodeS;
        std::size_t lo = a, hi = a;
        for (double c = t0; c <= t1 + step * 0.5; c += step) {
            while (lo < b && t[lo] < c - window / 2)
                ++lo;
            while (hi < b && t[hi] <= c + window / 2)
                ++hi;
            if (hi - lo >= 10) {
                nodeT.push_back(c);
                nodeS.push_back(madNear(y.data() + lo, hi - lo, guessMedian, guessMad, buf));
            }
        }
        for (std::size_t i = a; i < b; ++i) {
            double s = global;
            if (nodeT.size() == 1)
                s = nodeS[0];
            else if (nodeT.size() > 1) {
                auto it = std::upper_bound(nodeT.begin(), nodeT.end(), t[i]);
                if (it == nodeT.begin())
                    s = nodeS.front();
                else if (it == nodeT.end())
                    s = nodeS.back();
                else {
                    const std::size_t k = std::size_t(it - nodeT.begin());
                    const double f = (t[i] - nodeT[k - 1]) / (nodeT[k] - nodeT[k - 1]);
                    s = nodeS[k - 1] + f * (nodeS[k] - nodeS[k - 1]);
                }
            }
            // Never below a tenth of the global scatter: a perfectly flat stretch (a filled
            // gap, a saturated column) must not take all the weight.
            out[i] = std::isfinite(s) && s > 0.1 * global
                         ? s
                         : (global > 0 ? std::max(global * 0.1, s > 0 ? s : 0.0) : 1e-6);
            if (!(out[i] > 0))
                out[i] = global > 0 ? global : 1e-6;
        }
        a = b;
    }
    return out;
}

double redNoise(const std::vector<double>& t, const std::vector<double>& y, const std::vector<double>& w,
                const std::vector<bool>& exclude, double binDays)
{
    const std::size_t n = t.size();
    if (n == 0 || y.size() != n || w.size() != n || !(binDays > 0))
        return 0;
    std::vector<double> means, whiteVar;
    std::size_t i = 0;
    while (i < n) {
        const double start = t[i];
        double s = 0, v = 0;
        std::size_t k = 0;
        std::size_t j = i;
        for (; j < n && t[j] < start + binDays; ++j) {
            if (!exclude.empty() && exclude[j])
                continue;
            s += y[j];
            v += w[j] * w[j];
            ++k;
        }
        // A bin must be mostly filled to measure correlated noise at this scale.
        if (k >= 3) {
            means.push_back(s / double(k));
            whiteVar.push_back(v / double(k) / double(k));
        }
        i = j > i ? j : i + 1;
    }
    if (means.size() < 4)
        return 0;
    double m = 0;
    for (double x : means)
        m += x;
    m /= double(means.size());
    double var = 0, white = 0;
    for (std::size_t k = 0; k < means.size(); ++k) {
        var += (means[k] - m) * (means[k] - m);
        white += whiteVar[k];
    }
    var /= double(means.size() - 1);
    white /= double(means.size());
    return var > white ? std::sqrt(var - white) : 0.0;
}

}  // namespace exo::search
