#pragma once
/// @file sorted_window.h
/// Internal helper (not part of the public detrend API): the values of a sliding
/// window kept sorted, so the median is O(1) and the median absolute deviation
/// O(log w). Insertion and removal are a binary search plus a memmove of at most
/// w doubles, which for the windows we use (w ~ 1e3) costs well under a microsecond.
/// Not thread-safe; one instance per call.

#include <algorithm>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace exo::detrend::detail {

/// std::lower_bound / std::upper_bound on sorted doubles (the same index), without branches on
/// the comparisons (a conditional move per step): the window's searches land anywhere in the
/// window, so a branching search mispredicts about half its steps.
inline std::size_t lowerIndex(const double* a, std::size_t n, double x)
{
    if (n == 0)
        return 0;
    const double* base = a;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half] < x ? base + half : base;
        n -= half;
    }
    return std::size_t(base - a) + (*base < x ? 1 : 0);
}
inline std::size_t upperIndex(const double* a, std::size_t n, double x)
{
    if (n == 0)
        return 0;
    const double* base = a;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = !(x < base[half]) ? base + half : base;
        n -= half;
    }
    return std::size_t(base - a) + (!(x < *base) ? 1 : 0);
}

/// numpy.median of sorted values: middle value, or the mean of the two middle values.
inline double medianOfSorted(std::span<const double> v)
{
    const std::size_t n = v.size();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (n % 2 == 1)
        return v[n / 2];
    return (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/// k-th smallest (0-based) of |v - med| for sorted v, where p = first index with v[p] >= med.
/// The deviations form two sorted runs, L[i] = med - v[p-1-i] and R[j] = v[p+j] - med;
/// the k-th smallest of their merge is found by binary search on how many come from L.
inline double kthDeviation(std::span<const double> v, std::size_t p, double med, std::size_t k)
{
    const std::size_t nL = p, nR = v.size() - p;
    auto L = [&](std::size_t i) { return med - v[p - 1 - i]; };
    auto R = [&](std::size_t j) { return v[p + j] - med; };
    const std::size_t take = k + 1;
    std::size_t lo = take > nR ? take - nR : 0;
    std::size_t hi = std::min(take, nL);
    while (lo < hi) {  // first a with NOT (L[a] < R[take - a - 1]); conditional moves, no branch
        const std::size_t a = lo + (hi - lo) / 2;
        const bool less = L(a) < R(take - a - 1);
        lo = less ? a + 1 : lo;
        hi = less ? hi : a;
    }
    const std::size_t a = lo, b = take - lo;
    double best = -std::numeric_limits<double>::infinity();
    if (a > 0)
        best = std::max(best, L(a - 1));
    if (b > 0)
        best = std::max(best, R(b - 1));
    return best;
}

/// Unscaled MAD, numpy semantics: median(|v - med|) for sorted v.
inline double madOfSorted(std::span<const double> v, double med)
{
    const std::size_t n = v.size();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t p = lowerIndex(v.data(), n, med);
    if (n % 2 == 1)
        return kthDeviation(v, p, med, n / 2);
    return (kthDeviation(v, p, med, n / 2 - 1) + kthDeviation(v, p, med, n / 2)) / 2.0;
}

/// A lower bound of madOfSorted(v, med) in O(1): D = min(v[a] - med, med - v[b]) with
/// b = n/4, a = b + n/2. When D > 0 every value at or beyond a or b deviates by at least D
/// (the same rounded subtractions, which are monotonic), so fewer than n/2 deviations, too
/// few to reach the median deviation, lie below D: MAD >= D, exactly in floating point.
/// Returns 0 when D is not positive (no bound).
inline double madLowerBoundOfSorted(std::span<const double> v, double med)
{
    const std::size_t n = v.size();
    if (n < 4)
        return 0.0;
    const std::size_t b = n / 4, a = b + n / 2;
    const double d = std::min(v[a] - med, med - v[b]);
    return d > 0.0 ? d : 0.0;
}

class SortedWindow {
public:
    void reserve(std::size_t n) { m_v.reserve(n); }
    void clear() { m_v.clear(); }
    std::size_t size() const { return m_v.size(); }
    bool empty() const { return m_v.empty(); }
    std::span<const double> values() const { return m_v; }

    /// Insert a finite value.
    void insert(double x) { m_v.insert(m_v.begin() + std::ptrdiff_t(upperIndex(m_v.data(), m_v.size(), x)), x); }

    /// Remove one copy of a value previously inserted (exact same double).
    void erase(double x)
    {
        const auto it = m_v.begin() + std::ptrdiff_t(lowerIndex(m_v.data(), m_v.size(), x));
        if (it != m_v.end() && *it == x)
            m_v.erase(it);
    }

    /// erase(out) then insert(in), in one pass: only the values between the two positions
    /// move (a window sliding over noisy data moves about a third of its values instead of all).
    /// `out` must be present. The values end in the same order as erase + insert leaves them.
    void replace(double out, double in)
    {
        const auto pos = m_v.begin() + std::ptrdiff_t(lowerIndex(m_v.data(), m_v.size(), out));
        if (pos == m_v.end() || *pos != out) {
            insert(in);
            return;
        }
        if (in > out) {  // [pos+1, ub) move one left; `in` after its equals
            const auto ub = pos + 1 + std::ptrdiff_t(upperIndex(&*pos + 1, std::size_t(m_v.end() - pos - 1), in));
            std::copy(pos + 1, ub, pos);
            *(ub - 1) = in;
        } else if (in < out) {  // [lb, pos) move one right
            const auto lb = m_v.begin() + std::ptrdiff_t(upperIndex(m_v.data(), std::size_t(pos - m_v.begin()), in));
            std::copy_backward(lb, pos, pos + 1);
            *lb = in;
        } else {
            *pos = in;
        }
    }

    /// Move the window over values(lo..hi) to values(newLo..newHi) (newLo >= lo, newHi >= hi,
    /// newLo <= newHi): each value leaving is paired with one entering (replace), the rest are
    /// erased or inserted. The window then holds exactly the values of [newLo, newHi), the
    /// multiset inserting [hi, newHi) and erasing [lo, newLo) one by one leaves.
    template <class Value>
    void slide(std::size_t& lo, std::size_t& hi, std::size_t newLo, std::size_t newHi, Value value)
    {
        if (newLo >= hi) {
            // Nothing kept (a jump over a gap, or a caller that let the window fall behind):
            // the new values sorted at once instead of one replace per value.
            m_v.clear();
            for (std::size_t k = newLo; k < newHi; ++k)
                m_v.push_back(value(k));
            std::sort(m_v.begin(), m_v.end());
            lo = newLo;
            hi = newHi;
            return;
        }
        std::size_t in = std::max(hi, newLo);
        const std::size_t outEnd = std::min(newLo, hi);
        while (lo < outEnd && in < newHi)
            replace(value(lo++), value(in++));
        while (lo < outEnd)
            erase(value(lo++));
        while (in < newHi)
            insert(value(in++));
        lo = newLo;
        hi = newHi;
    }

    double median() const { return medianOfSorted(m_v); }
    double mad(double med) const { return madOfSorted(m_v, med); }
    double madLowerBound(double med) const { return madLowerBoundOfSorted(m_v, med); }

private:
    std::vector<double> m_v;
};

}  // namespace exo::detrend::detail
