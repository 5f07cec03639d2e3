// BlsMethod::FastFold: BLS over many trial periods by fast folding of time-binned data.
//
// 1. Bands: consecutive trial periods whose required bin width min(duration)/oversample
//    lies in [bw, 1.2 bw) share one time-binned series of width bw (float sums of w and
//    w*y per bin, accumulated in double then rounded).
// 2. Blocks: inside a band, the periods with the same nb = floor(P / bw) form a block.
//    The binned series is cut into rows of nb bins (one cycle of the base period
//    P0 = nb*bw), padded with empty rows to n = 2^k rows. Trial s (0 <= s < n) of the
//    fast folding algorithm (Staelin 1969) is the sum of the rows, row r shifted left
//    by ~ r*s/(n-1) bins: the fold at P0 + s*bw/(n-1). A grid period P is computed at
//    the nearest trial (drift error <= half a bin over the baseline).
// 3. Only the tree nodes that the needed trials depend on are computed ("lazy" FFA):
//    node (level L, group g, trial s) = node(L-1, 2g, s>>1) + roll(node(L-1, 2g+1, s>>1),
//    (s+1)>>1). A node's value never depends on which other nodes are computed, so a
//    period's result is bitwise the same whatever subset (coarse pass, thread) asks for it.
// 4. The folded profile (nb bins) goes through the same window scan as Binned (scanBins:
//    double cumulative sums, every duration, circular windows).
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>

#include "search/bls_internal.h"

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define EXO_FOLD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define EXO_FOLD_CLONES
#endif

namespace exo::search::detail {
namespace {

constexpr double kBandRatio = 1.2;  // bins at most 20 % finer than required within a band

struct Band {
    double bw = 0;
    int K = 0;                  // time bins spanned by the data
    std::vector<float> series;  // interleaved (w, wy) per bin, zero padded
};

struct Block {
    int band = 0;
    int nb = 0;                       // bins per row (base period nb*bw)
    int rows = 0;                     // rows holding data
    int n = 0;                        // rows padded to a power of two (>= 2)
    std::size_t first = 0, last = 0;  // items [first, last)
};

struct Plan {
    std::vector<Band> bands;
    std::vector<Block> blocks;
    std::vector<std::size_t> period;  // period index of each item
    std::vector<int> trial;           // FFA trial s of each item
};

int ceilPow2(int m)
{
    int n = 2;
    while (n < m)
        n *= 2;
    return n;
}

double requiredBinWidth(const BlsParams& p, double period, std::vector<double>& durs)
{
    durationsAt(p, period, durs);
    return *std::min_element(durs.begin(), durs.end()) / std::max(1, p.oversample);
}

Plan makePlan(const Prepared& d, const BlsParams& p, const std::vector<double>& periods)
{
    Plan plan;
    const double span = d.dt.empty() ? 0.0 : *std::max_element(d.dt.begin(), d.dt.end());
    std::vector<double> durs;
    std::size_t i = 0;
    const std::size_t np = periods.size();
    while (i < np) {
        const double bw = requiredBinWidth(p, periods[i], durs);
        std::size_t j = i + 1;
        while (j < np) {
            const double b = requiredBinWidth(p, periods[j], durs);
            if (b < bw || b >= kBandRatio * bw)
                break;
            ++j;
        }
        Band band;
        band.bw = bw;
        band.K = int(span / bw) + 1;
        const int nbMax = int(periods[j - 1] / bw) + 1;
        const std::size_t cap = 2 * (std::size_t(band.K) + std::size_t(nbMax)) + 4;
        std::vector<double> acc(2 * cap, 0.0);
        const double inv = 1.0 / bw;
        for (std::size_t k = 0; k < d.dt.size(); ++k) {
            const int b = std::min(band.K - 1, int(d.dt[k] * inv));
            acc[2 * std::size_t(b)] += d.pts[k].w;
            acc[2 * std::size_t(b) + 1] += d.pts[k].wy;
        }
        band.series.assign(acc.begin(), acc.end());
        const int bandIndex = int(plan.bands.size());
        plan.bands.push_back(std::move(band));
        const Band& bd = plan.bands.back();
        // Blocks of equal nb.
        for (std::size_t k = i; k < j; ++k) {
            int nb = std::max(1, int(periods[k] / bw));
            if (nb > 1 && nb * bw > periods[k])
                --nb;
            if (plan.blocks.empty() || plan.blocks.back().band != bandIndex || plan.blocks.back().nb != nb) {
                Block b;
                b.band = bandIndex;
                b.nb = nb;
                b.rows = (bd.K + nb - 1) / nb;
                b.n = ceilPow2(b.rows);
                b.first = plan.period.size();
                b.last = b.first;
                plan.blocks.push_back(b);
            }
            Block& b = plan.blocks.back();
            const double frac = std::clamp((periods[k] - nb * bw) / bw, 0.0, 1.0);
            plan.period.push_back(k);
            plan.trial.push_back(std::min(b.n - 1, int(std::lround(frac * double(b.n - 1)))));
            b.last = plan.period.size();
        }
        i = j;
    }
    return plan;
}

// out[i] = a[i] + b[(i + sh) mod m] over m floats (interleaved pairs: m, sh even).
inline void addRoll(const float* __restrict a, const float* __restrict b, float* __restrict out, int m, int sh)
{
    const int k = m - sh;
    for (int i = 0; i < k; ++i)
        out[i] = a[i] + b[i + sh];
    for (int i = k; i < m; ++i)
        out[i] = a[i] + b[i - k];
}

constexpr double kEmptyWeight = 1e-12;
// as bls_kernel.cpp: windows with less weight hold no point
using v8f = float __attribute__((vector_size(32)));  // GCC/Clang vector extension (SSE pairs without AVX)
using v8i = int __attribute__((vector_size(32)));

// Keys of every window [q, q+D) for q in [0, nb): a positive multiple of the objective
// (likelihood sy^2/(sw so^2), snr sy^2/(sw so)) in float, -1 where the window or its
// complement is empty or the depth negative. Returns the first start of the maximum (the
// maximum in `best`). Each of the 8 lanes keeps its maximum and the first start where it
// occurs (strict '>'); the first start of the overall maximum is the smallest of those of the
// lanes that reach it, the same start a second pass over the stored keys used to find.
EXO_FOLD_CLONES int scanDuration(const float* __restrict cw, const float* __restrict cy, int nb, int D, float sumW,
                                 bool snr, float& best)
{
    const float eps = float(kEmptyWeight);
    const float* __restrict cwD = cw + D;
    const float* __restrict cyD = cy + D;
    const float soPow = snr ? 0.0f : 1.0f;  // den = sw * so * (snr ? 1 : so)
    const v8f vEps = v8f{} + eps, vSum = v8f{} + sumW, vPow = v8f{} + soPow, vOne = v8f{} + 1.0f, vNeg = v8f{} - 1.0f,
              vZero = v8f{};
    v8f vm = v8f{} - 2.0f;
    v8i vAt = v8i{}, vq = v8i{0, 1, 2, 3, 4, 5, 6, 7};
    const v8i vStep = v8i{} + 8;
    int q = 0;
    for (; q + 8 <= nb; q += 8, vq += vStep) {
        v8f a, b, c, e;
        std::memcpy(&a, cwD + q, sizeof a);
        std::memcpy(&b, cw + q, sizeof b);
        std::memcpy(&c, cyD + q, sizeof c);
        std::memcpy(&e, cy + q, sizeof e);
        const v8f sw = a - b;
        const v8f sy = c - e;
        const v8f so = vSum - sw;
        const v8f den = sw * so * (vPow * so + (vOne - vPow));
        const v8f v = (sy * sy) / den;  // unconditional: lanes with den = 0 are discarded below
        const auto ok = (sw > vEps) & (so > vEps) & (sy <= vZero);
        const v8f kv = ok ? v : vNeg;
        const auto up = kv > vm;
        vm = up ? kv : vm;
        vAt = up ? vq : vAt;
    }
    float mm = -2.0f;
    int at = 0;
    for (int l = 0; l < 8; ++l)
        if (vm[l] > mm || (vm[l] == mm && vAt[l] < at)) {
            mm = vm[l];
            at = vAt[l];
        }
    for (; q < nb; ++q) {
        const float sw = cwD[q] - cw[q];
        const float sy = cyD[q] - cy[q];
        const float so = sumW - sw;
        const float den = sw * so * (soPow * so + (1.0f - soPow));
        const float v = (sy * sy) / den;
        const bool ok = (sw > eps) & (so > eps) & (sy <= 0.0f);
        const float k = ok ? v : -1.0f;
        if (k > mm) {
            mm = k;
            at = q;
        }
    }
    best = mm;
    return at;
}

// The `extra` wrapped bins after the first nb cumulative sums (cumulate's and cumulate2's
// second part): the sums continue over the profile from its first bin again.
void cumulateWrap(const float* prof, int nb, int extra, float* cw, float* cy)
{
    float aw = cw[nb], ay = cy[nb];
    for (int q = 0, src = 0; q < extra; ++q) {
        aw += prof[2 * src];
        ay += prof[2 * src + 1];
        cw[nb + q + 1] = aw;
        cy[nb + q + 1] = ay;
        if (++src == nb)
            src = 0;
    }
}

// Cumulative sums (float) of the profile's nb bins followed by `extra` wrapped bins:
// c[0] = 0, c[q] = sum of bins 0..q-1 (mod nb). Used to select the window only; the
// chosen window's sums are recomputed in double (windowSums).
EXO_FOLD_CLONES void cumulate(const float* __restrict prof, int nb, int extra, float* __restrict cw,
                              float* __restrict cy)
{
    float aw = 0, ay = 0;
    cw[0] = cy[0] = 0;
    for (int q = 0; q < nb; ++q) {
        aw += prof[2 * q];
        ay += prof[2 * q + 1];
        cw[q + 1] = aw;
        cy[q + 1] = ay;
    }
    cumulateWrap(prof, nb, extra, cw, cy);
}

// cumulate() of two profiles at once (the same bins): four independent chains of additions
// instead of two, each in the same order as cumulate(), so the same sums bit for bit.
EXO_FOLD_CLONES void cumulate2(const float* __restrict pa, const float* __restrict pb, int nb, float* __restrict cwa,
                               float* __restrict cya, float* __restrict cwb, float* __restrict cyb)
{
    float aw = 0, ay = 0, bw = 0, by = 0;
    cwa[0] = cya[0] = cwb[0] = cyb[0] = 0;
    for (int q = 0; q < nb; ++q) {
        aw += pa[2 * q];
        ay += pa[2 * q + 1];
        bw += pb[2 * q];
        by += pb[2 * q + 1];
        cwa[q + 1] = aw;
        cya[q + 1] = ay;
        cwb[q + 1] = bw;
        cyb[q + 1] = by;
    }
}

// Double sums of w and wy over the circular window of D bins starting at bin n0.
void windowSums(const float* prof, int nb, int n0, int D, double& sw, double& sy)
{
    sw = sy = 0;
    for (int q = 0, src = n0 % nb; q < D; ++q) {
        sw += double(prof[2 * src]);
        sy += double(prof[2 * src + 1]);
        if (++src == nb)
            src = 0;
    }
}

struct FoldScratch {
    Scratch s;
    std::vector<double> durs2;        // durations of the second item of a pair
    std::vector<float> cwf, cyf, cwf2, cyf2;
    std::vector<float> buf[2];
    std::vector<std::vector<int>> sets;  // needed trials per level
    std::vector<std::vector<int>> pos;   // trial -> slot per level
    std::vector<int> trials;
};

// Computes the top-level nodes of the needed trials (ts.sets[k]) into ts.buf[k & 1].
EXO_FOLD_CLONES void foldLevels(const float* series, int nb, int rows, int n, int k, FoldScratch& ts)
{
    const int m = 2 * nb;
    for (int L = 1; L <= k; ++L) {
        const std::vector<int>& set = ts.sets[std::size_t(L)];
        const std::vector<int>& childPos = ts.pos[std::size_t(L - 1)];
        const std::size_t nSet = set.size(), nChild = ts.sets[std::size_t(L - 1)].size();
        float* out = ts.buf[L & 1].data();
        const float* prev = ts.buf[(L - 1) & 1].data();
        const int groups = n >> L;
        const int half = 1 << (L - 1);
        for (int g = 0; g < groups; ++g) {
            if ((g << L) >= rows)
                break;  // this group and the following ones hold no data
            const bool bZero = (2 * g + 1) * half >= rows;
            for (std::size_t j = 0; j < nSet; ++j) {
                const int s = set[j];
                const std::size_t cj = std::size_t(childPos[std::size_t(s >> 1)]);
                const float* a;
                const float* b;
                if (L == 1) {
                    a = series + std::size_t(2 * g) * std::size_t(m);
                    b = a + m;
                } else {
                    a = prev + (std::size_t(2 * g) * nChild + cj) * std::size_t(m);
                    b = prev + (std::size_t(2 * g + 1) * nChild + cj) * std::size_t(m);
                }
                float* o = out + (std::size_t(g) * nSet + j) * std::size_t(m);
                if (bZero) {
                    std::memcpy(o, a, sizeof(float) * std::size_t(m));
                } else {
                    const int sh = 2 * (((s + 1) >> 1) % nb);
                    addRoll(a, b, o, m, sh);
                }
            }
        }
    }
}

void computeBlock(const Prepared& d, const BlsParams& p, const Plan& plan, const Block& blk,
                  const std::vector<std::size_t>& items, const std::vector<double>& periods, FoldScratch& ts,
                  BlsPeriodogram& r)
{
    const Band& band = plan.bands[std::size_t(blk.band)];
    const int nb = blk.nb, n = blk.n;
    int k = 0;
    while ((1 << k) < n)
        ++k;
    ts.sets.resize(std::size_t(k) + 1);
    ts.pos.resize(std::size_t(k) + 1);
    // Needed trials per level, top down.
    auto& top = ts.sets[std::size_t(k)];
    top.clear();
    for (std::size_t it : items)
        top.push_back(plan.trial[it]);
    std::sort(top.begin(), top.end());
    top.erase(std::unique(top.begin(), top.end()), top.end());
    for (int L = k - 1; L >= 0; --L) {
        auto& cur = ts.sets[std::size_t(L)];
        cur.clear();
        for (int s : ts.sets[std::size_t(L + 1)])
            if (cur.empty() || cur.back() != (s >> 1))
                cur.push_back(s >> 1);
    }
    std::size_t need = 0;
    for (int L = 0; L <= k; ++L) {
        auto& pv = ts.pos[std::size_t(L)];
        pv.assign(std::size_t(1) << L, -1);
        const auto& set = ts.sets[std::size_t(L)];
        for (std::size_t j = 0; j < set.size(); ++j)
            pv[std::size_t(set[j])] = int(j);
        need = std::max(need, (std::size_t(n) >> L) * set.size());
    }
    const std::size_t m = 2 * std::size_t(nb);
    for (auto& b : ts.buf)
        if (b.size() < need * m)
            b.resize(need * m);
    foldLevels(band.series.data(), nb, blk.rows, n, k, ts);
    const float* topBuf = ts.buf[k & 1].data();
    const bool snr = p.objective == Objective::Snr;
    PeriodOut o;
    auto dmaxOf = [&](const std::vector<double>& durs) {
        int dmax = std::max(1, p.oversample);
        for (double du : durs)
            dmax = std::max(dmax, std::max(1, int(std::round(du / band.bw))));
        return dmax;
    };
    auto profileOf = [&](std::size_t it) {
        return topBuf + std::size_t(ts.pos[std::size_t(k)][std::size_t(plan.trial[it])]) * m;
    };
    // The window scan of one item, from its cumulative sums (nb bins + dmax wrapped ones).
    auto finish = [&](std::size_t it, const std::vector<double>& durs, const float* prof, const float* cwf,
                      const float* cyf) {
        const std::size_t i = plan.period[it];
        const double period = periods[i];
        const float sumW = cwf[std::size_t(nb)];
        float bestKey = -1;
        int bestN = -1, bestD = 0;
        for (double du : durs) {
            const int D = std::max(1, int(std::round(du / band.bw)));
            float mk;
            const int at = scanDuration(cwf, cyf, nb, D, sumW, snr, mk);
            if (mk >= 0 && (bestN < 0 || mk > bestKey)) {
                bestKey = mk;
                bestN = at;
                bestD = D;
            }
        }
        if (bestN < 0) {
            o = emptyModel();
        } else {
            double sw, sy;
            windowSums(prof, nb, bestN, bestD, sw, sy);
            o = finishModel(d, p, sw, sy, bestD * band.bw, (bestN + 0.5 * bestD) * band.bw, period);
        }
        storeOut(r, i, o);
    };
    // Items two by two: their cumulative sums are computed together (cumulate2).
    for (std::size_t x = 0; x < items.size(); x += 2) {
        const std::size_t ia = items[x];
        durationsAt(p, periods[plan.period[ia]], ts.s.durs);
        const int dmaxA = dmaxOf(ts.s.durs);
        const float* profA = profileOf(ia);
        ts.cwf.resize(std::size_t(nb + dmaxA) + 1);
        ts.cyf.resize(std::size_t(nb + dmaxA) + 1);
        if (x + 1 == items.size()) {
            cumulate(profA, nb, dmaxA, ts.cwf.data(), ts.cyf.data());
            finish(ia, ts.s.durs, profA, ts.cwf.data(), ts.cyf.data());
            break;
        }
        const std::size_t ib = items[x + 1];
        durationsAt(p, periods[plan.period[ib]], ts.durs2);
        const int dmaxB = dmaxOf(ts.durs2);
        const float* profB = profileOf(ib);
        ts.cwf2.resize(std::size_t(nb + dmaxB) + 1);
        ts.cyf2.resize(std::size_t(nb + dmaxB) + 1);
        cumulate2(profA, profB, nb, ts.cwf.data(), ts.cyf.data(), ts.cwf2.data(), ts.cyf2.data());
        cumulateWrap(profA, nb, dmaxA, ts.cwf.data(), ts.cyf.data());
        cumulateWrap(profB, nb, dmaxB, ts.cwf2.data(), ts.cyf2.data());
        finish(ia, ts.s.durs, profA, ts.cwf.data(), ts.cyf.data());
        finish(ib, ts.durs2, profB, ts.cwf2.data(), ts.cyf2.data());
    }
}

// One pass over the blocks: items accepted by `want` are computed. Returns false if cancelled.
template <typename Want>
bool runPass(const Prepared& d, const BlsParams& p, const Plan& plan, BlsPeriodogram& r, int threads, Want want,
             const ProgressFn& progress, long long doneBefore, long long total)
{
    std::atomic<std::size_t> next{0};
    std::atomic<long long> done{0};
    std::atomic<bool> cancel{false};
    const std::vector<double> periods = r.period;
    const long long reportStep = std::max<long long>(1, total / 2000);
    auto work = [&](bool reporter) {
        FoldScratch ts;
        std::vector<std::size_t> items;
        long long lastReported = 0;
        for (;;) {
            if (cancel.load(std::memory_order_relaxed))
                return;
            const std::size_t bi = next.fetch_add(1);
            if (bi >= plan.blocks.size())
                return;
            const Block& blk = plan.blocks[bi];
            items.clear();
            for (std::size_t it = blk.first; it < blk.last; ++it)
                if (want(plan.period[it]))
                    items.push_back(it);
            if (items.empty())
                continue;
            computeBlock(d, p, plan, blk, items, periods, ts, r);
            const long long now =
                done.fetch_add(static_cast<long long>(items.size())) + static_cast<long long>(items.size());
            if (reporter && now - lastReported >= reportStep) {
                lastReported = now;
                if (!reportProgress(progress, doneBefore + now, total))
                    cancel = true;
            }
        }
    };
    std::vector<std::thread> pool;
    const int helpers = std::max(0, std::min<int>(threads, int(plan.blocks.size())) - 1);
    pool.reserve(std::size_t(helpers));
    for (int h = 0; h < helpers; ++h)
        pool.emplace_back(work, false);
    work(true);
    for (auto& th : pool)
        th.join();
    if (cancel)
        return false;
    return reportProgress(progress, doneBefore + done.load(), total);
}

}  // namespace

double foldedScratchBytes(const BlsParams& p, double baselineDays, double minDuration, double maxPeriod)
{
    const double bw = minDuration / std::max(1, p.oversample);
    const double bins = baselineDays / bw + maxPeriod / bw + 2;
    // two ping-pong buffers of <= 2 * bins float pairs, plus the band series (shared, counted once here)
    return 2 * (2 * bins * 8) + 2 * bins * 8;
}

bool foldedPeriodogram(const Prepared& d, const BlsParams& p, BlsPeriodogram& r, int threads,
                       const ProgressFn& progress, const CoarseCallback& coarse)
{
    const Plan plan = makePlan(d, p, r.period);
    const std::size_t n = r.size();
    const long long total = static_cast<long long>(n);
    const std::size_t stride = std::size_t(std::max(1, p.coarseStride));
    if (coarse && stride > 1 && n > stride) {
        const std::size_t nc = (n + stride - 1) / stride;
        if (!runPass(
                d, p, plan, r, threads, [stride](std::size_t i) { return i % stride == 0; }, progress, 0, total))
            return false;
        coarse(subsample(r, stride));
        return runPass(
            d, p, plan, r, threads, [stride](std::size_t i) { return i % stride != 0; }, progress,
            static_cast<long long>(nc), total);
    }
    return runPass(
        d, p, plan, r, threads, [](std::size_t) { return true; }, progress, 0, total);
}

}  // namespace exo::search::detail
