// Pixel-level vetting: in-transit minus out-of-transit difference image, per-pixel depth
// map, and the centroid offset of the difference image from the out-of-transit image.
#include <algorithm>
#include <cmath>

#include "io/quality.h"
#include "photometry/aperture.h"
#include "vetting/vetting_internal.h"

namespace exo::vetting::detail {

namespace {

/// Flux-weighted centroid of the positive part of `img` over pixels within `radius`
/// of (pr, pc). NaN when the window holds no positive flux.
Centroid centroidAround(const std::vector<double>& img, int rows, int cols, int pr, int pc, double radius)
{
    double sw = 0, sx = 0, sy = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (std::hypot(r - pr, c - pc) > radius)
                continue;
            const double v = img[std::size_t(r) * cols + c];
            if (!(v > 0))
                continue;
            sw += v;
            sx += v * c;
            sy += v * r;
        }
    Centroid out;
    if (sw > 0) {
        out.col = sx / sw;
        out.row = sy / sw;
    }
    return out;
}

/// Brightest pixel of `img` after a 3x3 box smoothing (robust to one noisy pixel).
void smoothedPeak(const std::vector<double>& img, int rows, int cols, int& pr, int& pc)
{
    double best = -1e300;
    pr = rows / 2;
    pc = cols / 2;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            double s = 0;
            int n = 0;
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int rr = r + dr, cc = c + dc;
                    if (rr < 0 || cc < 0 || rr >= rows || cc >= cols)
                        continue;
                    const double v = img[std::size_t(rr) * cols + cc];
                    if (std::isfinite(v)) {
                        s += (dr == 0 && dc == 0 ? 2.0 : 1.0) * v;
                        ++n;
                    }
                }
            if (n > 0 && s > best) {
                best = s;
                pr = r;
                pc = c;
            }
        }
}

constexpr double kWindowRadius = 2.5;  // pixels around the peak used by the centroids

}  // namespace

PixelReport pixelTest(const PixelInput& in, const Ephemeris& e, const std::vector<Ephemeris>& masked)
{
    PixelReport rep;
    const TargetPixelFile& tpf = *in.tpf;
    rep.file = tpf.meta.path;
    const int rows = tpf.rows(), cols = tpf.cols();
    rep.rows = rows;
    rep.cols = cols;
    const std::size_t npix = std::size_t(rows) * std::size_t(cols);
    if (npix == 0 || tpf.flux.cadences != tpf.cadences())
        return rep;

    std::uint32_t mask = in.qualityBitmask;
    if (mask == 0)
        mask = io::qualityBitmask(tpf.meta.mission, io::QualityPreset::Default);
    const double P = e.periodDays, T = e.durationHours / 24.0;
    double cad = tpf.meta.cadenceDays;
    if (!(cad > 0))
        cad = 0.0;
    const double inHalf = std::max(0.25 * T, 0.5 * T - 0.5 * cad);
    const double outLo = 0.5 * T + cad, outHi = 1.5 * T + cad;

    // Per event: summed in/out frames and counts per pixel.
    struct Ev {
        long long epoch;
        std::vector<double> inSum, outSum, inErr2, outErr2;
        std::vector<int> inN, outN;
        double pIn[2] = {0, 0}, pOut[2] = {0, 0};  // summed POS_CORR1/2 (column, row motion)
        int nPIn = 0, nPOut = 0;
    };
    const bool haveMotion = tpf.posCorr1.size() == tpf.cadences() && tpf.posCorr2.size() == tpf.cadences();
    const bool haveErr = tpf.fluxErr.data.size() == tpf.flux.data.size();
    std::vector<Ev> evs;
    for (std::size_t c = 0; c < tpf.cadences(); ++c) {
        const double t = tpf.time[c];
        if (!std::isfinite(t))
            continue;
        if (c < tpf.quality.size() && (tpf.quality[c] & mask) != 0)
            continue;
        if (inMaskedTransit(t, masked))
            continue;
        long long k = 0;
        const double dt = std::abs(phaseTime(t, e.t0, P, k));
        const bool isIn = dt < inHalf, isOut = dt >= outLo && dt <= outHi;
        if (!isIn && !isOut)
            continue;
        if (evs.empty() || evs.back().epoch != k) {
            evs.push_back({k, std::vector<double>(npix, 0.0), std::vector<double>(npix, 0.0),
                           std::vector<double>(npix, 0.0), std::vector<double>(npix, 0.0), std::vector<int>(npix, 0),
                           std::vector<int>(npix, 0)});
        }
        Ev& ev = evs.back();
        if (haveMotion && std::isfinite(tpf.posCorr1[c]) && std::isfinite(tpf.posCorr2[c])) {
            double* acc = isIn ? ev.pIn : ev.pOut;
            acc[0] += tpf.posCorr1[c];
            acc[1] += tpf.posCorr2[c];
            (isIn ? ev.nPIn : ev.nPOut) += 1;
        }
        const float* fr = tpf.flux.frame(c);
        const float* er = haveErr ? tpf.fluxErr.frame(c) : nullptr;
        for (std::size_t p = 0; p < npix; ++p) {
            const double v = fr[p];
            if (!std::isfinite(v))
                continue;
            const double e2 = er && std::isfinite(er[p]) ? double(er[p]) * er[p] : 0.0;
            if (isIn) {
                ev.inSum[p] += v;
                ev.inErr2[p] += e2;
                ev.inN[p] += 1;
            } else {
                ev.outSum[p] += v;
                ev.outErr2[p] += e2;
                ev.outN[p] += 1;
            }
        }
    }
    // Per-event difference images (out - in) and out images; events need both.
    std::vector<std::vector<double>> diffs, outs, vars;
    for (const Ev& ev : evs) {
        std::vector<double> d(npix, kNaN), o(npix, kNaN), v(npix, 0.0);
        int good = 0;
        for (std::size_t p = 0; p < npix; ++p)
            if (ev.inN[p] > 0 && ev.outN[p] > 1) {
                o[p] = ev.outSum[p] / ev.outN[p];
                d[p] = o[p] - ev.inSum[p] / ev.inN[p];
                // Variance of the difference from the pipeline's per-pixel errors (white).
                v[p] =
                    ev.inErr2[p] / (double(ev.inN[p]) * ev.inN[p]) + ev.outErr2[p] / (double(ev.outN[p]) * ev.outN[p]);
                ++good;
            }
        // Pointing motion between the in- and out-of-transit frames (POS_CORR, measured by the
        // pipeline on many stars) puts a dipole d = motion . grad(out image) into the
        // difference image; with few transits it does not average out. Remove it.
        if (ev.nPIn > 0 && ev.nPOut > 0) {
            const double mx = ev.pIn[0] / ev.nPIn - ev.pOut[0] / ev.nPOut;
            const double my = ev.pIn[1] / ev.nPIn - ev.pOut[1] / ev.nPOut;
            auto at = [&](int r, int c) { return o[std::size_t(r) * cols + c]; };
            std::vector<double> corr(npix, 0.0);
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    const int c0 = std::max(0, c - 1), c1 = std::min(cols - 1, c + 1);
                    const int r0 = std::max(0, r - 1), r1 = std::min(rows - 1, r + 1);
                    const double gx = c1 > c0 ? (at(r, c1) - at(r, c0)) / (c1 - c0) : 0.0;
                    const double gy = r1 > r0 ? (at(r1, c) - at(r0, c)) / (r1 - r0) : 0.0;
                    const double v = mx * gx + my * gy;
                    corr[std::size_t(r) * cols + c] = std::isfinite(v) ? v : 0.0;
                }
            for (std::size_t p = 0; p < npix; ++p)
                d[p] -= corr[p];
            rep.motionCorrected = true;
        }
        if (good * 2 >= int(npix)) {
            diffs.push_back(std::move(d));
            outs.push_back(std::move(o));
            vars.push_back(std::move(v));
        }
    }
    const std::size_t K = diffs.size();
    rep.nTransits = int(K);
    if (K == 0)
        return rep;

    rep.outImage.assign(npix, 0.0);
    rep.diffImage.assign(npix, 0.0);
    rep.diffSnr.assign(npix, kNaN);
    rep.depthMapPpm.assign(npix, kNaN);
    for (std::size_t p = 0; p < npix; ++p) {
        double so = 0, sd = 0, sdd = 0;
        int n = 0;
        for (std::size_t k = 0; k < K; ++k)
            if (std::isfinite(diffs[k][p])) {
                so += outs[k][p];
                sd += diffs[k][p];
                sdd += diffs[k][p] * diffs[k][p];
                ++n;
            }
        if (n == 0) {
            rep.outImage[p] = kNaN;
            rep.diffImage[p] = kNaN;
            continue;
        }
        rep.outImage[p] = so / n;
        rep.diffImage[p] = sd / n;
        if (n >= 2) {
            const double var = std::max(0.0, (sdd - sd * sd / n) / (n - 1));
            if (var > 0)
                rep.diffSnr[p] = rep.diffImage[p] / std::sqrt(var / n);
        }
        if (rep.outImage[p] > 0)
            rep.depthMapPpm[p] = rep.diffImage[p] / rep.outImage[p] * 1e6;
    }

    // Aperture depth (consistency with the light curve).
    std::vector<std::uint8_t> ap = in.aperture;
    if (ap.size() != npix) {
        ap.assign(npix, 0);
        if (tpf.aperture.size() == npix)
            for (std::size_t p = 0; p < npix; ++p)
                ap[p] = (tpf.aperture[p] & kApOptimal) ? 1 : 0;
        if (std::count(ap.begin(), ap.end(), 1) == 0)
            std::fill(ap.begin(), ap.end(), 1);
    }
    double apOut = 0, apDiff = 0;
    for (std::size_t p = 0; p < npix; ++p)
        if (ap[p] && std::isfinite(rep.diffImage[p])) {
            apOut += rep.outImage[p];
            apDiff += rep.diffImage[p];
        }
    if (apOut > 0)
        rep.apertureDepthPpm = apDiff / apOut * 1e6;

    // Centroids: out-of-transit image (background removed where the file is not
    // background-subtracted) and difference image, each around its own peak.
    std::vector<double> outImg = rep.outImage;
    if (!tpf.backgroundSubtracted) {
        std::vector<double> v;
        for (double x : outImg)
            if (std::isfinite(x))
                v.push_back(x);
        const double bkg = median(v);
        for (double& x : outImg)
            x -= bkg;
    }
    int orow = 0, ocol = 0, drow = 0, dcol = 0;
    smoothedPeak(outImg, rows, cols, orow, ocol);
    smoothedPeak(rep.diffImage, rows, cols, drow, dcol);
    rep.outCentroid = centroidAround(outImg, rows, cols, orow, ocol, kWindowRadius);
    rep.diffCentroid = centroidAround(rep.diffImage, rows, cols, drow, dcol, kWindowRadius);
    double tc = kNaN, tr = kNaN;
    if (phot::targetPixelPosition(tpf, tc, tr)) {
        rep.target.col = tc;
        rep.target.row = tr;
    }
    if (tpf.wcs.valid && tpf.wcs.cdelt1 != 0 && tpf.wcs.cdelt2 != 0) {
        const double det = std::abs(tpf.wcs.pc11 * tpf.wcs.pc22 - tpf.wcs.pc12 * tpf.wcs.pc21);
        rep.arcsecPerPixel = std::sqrt(std::abs(tpf.wcs.cdelt1 * tpf.wcs.cdelt2) * det) * 3600.0;
    }
    if (!(rep.arcsecPerPixel > 0) || !std::isfinite(rep.arcsecPerPixel))
        rep.arcsecPerPixel = defaultArcsecPerPixel(tpf.meta.mission);
    if (!std::isfinite(rep.outCentroid.col) || !std::isfinite(rep.diffCentroid.col))
        return rep;
    rep.valid = true;
    const double dx = rep.diffCentroid.col - rep.outCentroid.col, dy = rep.diffCentroid.row - rep.outCentroid.row;
    rep.offsetPx = std::hypot(dx, dy);
    rep.offsetArcsec = rep.offsetPx * rep.arcsecPerPixel;
    if (std::isfinite(rep.target.col))
        rep.targetOffsetArcsec =
            std::hypot(rep.diffCentroid.col - rep.target.col, rep.diffCentroid.row - rep.target.row)
            * rep.arcsecPerPixel;

    // Error floor from the per-pixel errors propagated through the centroid
    // (sigma_c^2 = sum (x_p - c)^2 sigma_p^2 / W^2 over the window): with few
    // transits the jackknife alone can be far too small.
    double px2 = 0, py2 = 0;
    {
        double W = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (std::hypot(r - drow, c - dcol) > kWindowRadius)
                    continue;
                const double v = rep.diffImage[std::size_t(r) * cols + c];
                if (v > 0)
                    W += v;
            }
        if (W > 0)
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    if (std::hypot(r - drow, c - dcol) > kWindowRadius)
                        continue;
                    const std::size_t p = std::size_t(r) * cols + c;
                    double var = 0;
                    for (std::size_t k = 0; k < K; ++k)
                        var += vars[k][p];
                    var /= double(K) * double(K);
                    px2 += (c - rep.diffCentroid.col) * (c - rep.diffCentroid.col) * var / (W * W);
                    py2 += (r - rep.diffCentroid.row) * (r - rep.diffCentroid.row) * var / (W * W);
                }
    }
    // Significance from the transit-to-transit scatter: jackknife over events
    // (leave one out), the centroid window kept fixed.
    if (K >= 3) {
        std::vector<double> jc, jr;
        for (std::size_t skip = 0; skip < K; ++skip) {
            std::vector<double> d(npix, 0.0);
            for (std::size_t p = 0; p < npix; ++p) {
                double s = 0;
                int n = 0;
                for (std::size_t k = 0; k < K; ++k)
                    if (k != skip && std::isfinite(diffs[k][p])) {
                        s += diffs[k][p];
                        ++n;
                    }
                d[p] = n > 0 ? s / n : kNaN;
            }
            const Centroid c = centroidAround(d, rows, cols, drow, dcol, kWindowRadius);
            if (std::isfinite(c.col)) {
                jc.push_back(c.col);
                jr.push_back(c.row);
            }
        }
        if (jc.size() >= 3) {
            auto jkVar = [](const std::vector<double>& v) {
                double m = 0;
                for (double x : v)
                    m += x;
                m /= double(v.size());
                double s = 0;
                for (double x : v)
                    s += (x - m) * (x - m);
                return s * double(v.size() - 1) / double(v.size());
            };
            // A floor of 0.01 px: no centroid is known better than that (pointing jitter, PSF model).
            const double sx = std::max({0.01, std::sqrt(jkVar(jc)), std::sqrt(px2)});
            const double sy = std::max({0.01, std::sqrt(jkVar(jr)), std::sqrt(py2)});
            rep.offsetSigma = std::sqrt((dx / sx) * (dx / sx) + (dy / sy) * (dy / sy));
        }
    }
    return rep;
}

}  // namespace exo::vetting::detail
