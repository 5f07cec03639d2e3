#include "photometry/prepared.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "photometry/output_shape.h"
#include "photometry/robust_stats.h"

namespace exo::phot {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kBlock = 256;  // cadences per block: accumulators stay in L1

// NaN/finite tests on the bit pattern: integer selects vectorize, whereas
// floating-point compares in a select do not under GCC's default -ftrapping-math.
// value(): the float with NaN replaced by +0 (adding it equals skipping it).
struct Bits {
    std::uint32_t u;
    explicit Bits(float v) : u(std::bit_cast<std::uint32_t>(v)) {}
    std::uint32_t magnitude() const { return u & 0x7fffffffu; }
    bool isNaN() const { return magnitude() > 0x7f800000u; }
    int finite() const { return magnitude() < 0x7f800000u ? 1 : 0; }
    double value() const { return double(std::bit_cast<float>(u & (std::uint32_t(isNaN()) - 1u))); }
};

bool cubeMatches(const PixelCube& cube, int rows, int cols, std::size_t cadences)
{
    return cube.rows == rows && cube.cols == cols && cube.cadences == cadences
           && cube.data.size() == std::size_t(rows) * std::size_t(cols) * cadences;
}

/// Cadence-major [c][p] -> pixel-major [p][c], in tiles for cache locality.
void transpose(const std::vector<float>& src, std::size_t ncad, std::size_t npix, std::vector<float>& dst)
{
    dst.resize(ncad * npix);
    constexpr std::size_t T = 64;
    for (std::size_t c0 = 0; c0 < ncad; c0 += T) {
        const std::size_t c1 = std::min(ncad, c0 + T);
        for (std::size_t p = 0; p < npix; ++p) {
            float* d = dst.data() + p * ncad;
            for (std::size_t c = c0; c < c1; ++c)
                d[c] = src[c * npix + p];
        }
    }
}

/// Per-block accumulation of one cube over the aperture pixels: sum of values
/// (NaN -> 0, like skipping them), optionally of squares, and the finite count.
template <bool Squares>
void accumulate(const std::vector<float>& cube, std::size_t ncad, const std::vector<int>& pixels, std::size_t b0,
                std::size_t len, double* sum, int* nFinite)
{
    std::fill(sum, sum + len, 0.0);
    std::fill(nFinite, nFinite + len, 0);
    for (int p : pixels) {
        const float* f = cube.data() + std::size_t(p) * ncad + b0;
        for (std::size_t i = 0; i < len; ++i) {
            const Bits b(f[i]);
            const double d = b.value();
            sum[i] += Squares ? d * d : d;
            nFinite[i] += b.finite();
        }
    }
}

}  // namespace

Result<PreparedPixels> preparePixels(const TargetPixelFile& tpf, const ProgressFn& progress)
{
    const int rows = tpf.rows(), cols = tpf.cols();
    const std::size_t ncad = tpf.cadences();
    if (!cubeMatches(tpf.flux, rows, cols, ncad))
        return Result<PreparedPixels>::failure(ErrorCode::InvalidParameter, "FLUX cube does not match TIME length");
    PreparedPixels px;
    px.rows = rows;
    px.cols = cols;
    px.cadences = ncad;
    px.ccdColumn = tpf.ccdColumn;
    px.ccdRow = tpf.ccdRow;
    px.backgroundSubtracted = tpf.backgroundSubtracted;
    px.time = tpf.time;
    if (tpf.quality.size() == ncad)
        px.quality = tpf.quality;
    if (tpf.cadenceNo.size() == ncad)
        px.cadenceNo = tpf.cadenceNo;
    const std::size_t npix = px.frameSize();
    auto cancelled = [] { return Result<PreparedPixels>::failure(ErrorCode::Cancelled); };
    transpose(tpf.flux.data, ncad, npix, px.flux);
    if (!reportProgress(progress, 1, 3))
        return cancelled();
    if (cubeMatches(tpf.fluxErr, rows, cols, ncad))
        transpose(tpf.fluxErr.data, ncad, npix, px.fluxErr);
    if (!reportProgress(progress, 2, 3))
        return cancelled();
    if (cubeMatches(tpf.fluxBkg, rows, cols, ncad))
        transpose(tpf.fluxBkg.data, ncad, npix, px.fluxBkg);
    if (!reportProgress(progress, 3, 3))
        return cancelled();
    px.frameAllZero.resize(ncad);
    for (std::size_t c = 0; c < ncad; ++c) {
        const float* f = tpf.flux.frame(c);
        px.frameAllZero[c] = std::all_of(f, f + npix, [](float v) { return v == 0.0f; }) ? 1 : 0;
    }
    return Result<PreparedPixels>::success(std::move(px));
}

Status aperturePhotometryInto(const PreparedPixels& px, const ApertureMask& mask, const SapParams& params,
                              ApertureLightCurve& out, std::vector<Warning>* warnings)
{
    const std::size_t ncad = px.cadences;
    const std::size_t npix = px.frameSize();
    if (mask.rows != px.rows || mask.cols != px.cols || mask.size() != npix)
        return Status::error(ErrorCode::InvalidParameter,
                             "aperture is " + std::to_string(mask.rows) + "x" + std::to_string(mask.cols)
                                 + ", image is " + std::to_string(px.rows) + "x" + std::to_string(px.cols));
    const bool haveErr = px.fluxErr.size() == npix * ncad;
    const bool haveBkg = px.fluxBkg.size() == npix * ncad;
    BackgroundMode mode = params.background;
    if (mode == BackgroundMode::Auto)
        mode = px.backgroundSubtracted ? BackgroundMode::Pipeline : BackgroundMode::Estimate;

    std::vector<int> inside, outside;
    std::vector<double> xs, ys;
    for (std::size_t i = 0; i < npix; ++i) {
        if (mask.bits[i]) {
            inside.push_back(int(i));
            xs.push_back(double(px.ccdColumn) + double(int(i) % px.cols));
            ys.push_back(double(px.ccdRow) + double(int(i) / px.cols));
        } else if (mode == BackgroundMode::Estimate) {
            outside.push_back(int(i));
        }
    }
    if (inside.empty() && warnings)
        warnings->push_back(Warning(WarningCode::EmptyAperture));
    const bool estimate = mode == BackgroundMode::Estimate && !outside.empty();
    if (mode == BackgroundMode::Estimate && outside.empty() && warnings)
        warnings->push_back(Warning(WarningCode::BackgroundNotEstimated));

    out.nPixels = int(inside.size());
    out.backgroundEstimated = estimate;
    Series& s = out.series;
    s.time.assign(px.time.begin(), px.time.end());
    s.quality.assign(px.quality.begin(), px.quality.end());
    s.cadenceNo.assign(px.cadenceNo.begin(), px.cadenceNo.end());
    detail::shapeOutputs(out, ncad, haveErr, mode, params.centroids);

    double sum[kBlock], sx[kBlock], sy[kBlock], aux[kBlock];
    int nFin[kBlock], nAux[kBlock];
    std::vector<float> scratch(estimate ? outside.size() * kBlock : 0);

    for (std::size_t b0 = 0; b0 < ncad; b0 += kBlock) {
        const std::size_t len = std::min(kBlock, ncad - b0);
        // Flux sums and first moments, pixels in index order (as the cadence-major path).
        std::fill(sum, sum + len, 0.0);
        std::fill(sx, sx + len, 0.0);
        std::fill(sy, sy + len, 0.0);
        std::fill(nFin, nFin + len, 0);
        for (std::size_t k = 0; k < inside.size(); ++k) {
            const float* f = px.flux.data() + std::size_t(inside[k]) * ncad + b0;
            const double x = xs[k], y = ys[k];
            for (std::size_t i = 0; i < len; ++i) {
                const Bits b(f[i]);
                const double d = b.value();
                sum[i] += d;
                sx[i] += d * x;
                sy[i] += d * y;
                nFin[i] += b.finite();
            }
        }
        for (std::size_t i = 0; i < len; ++i) {
            const std::size_t c = b0 + i;
            s.flux[c] = (nFin[i] == 0 || (sum[i] == 0.0 && px.frameAllZero[c])) ? kNaN : sum[i];
            if (params.centroids) {
                out.centroidCol[c] = sx[i] / sum[i];
                out.centroidRow[c] = sy[i] / sum[i];
            }
        }
        if (haveErr) {
            accumulate<true>(px.fluxErr, ncad, inside, b0, len, aux, nAux);
            for (std::size_t i = 0; i < len; ++i)
                s.fluxErr[b0 + i] = nAux[i] > 0 ? std::sqrt(aux[i]) : kNaN;
        }
        if (mode == BackgroundMode::Pipeline && haveBkg) {
            accumulate<false>(px.fluxBkg, ncad, inside, b0, len, aux, nAux);
            for (std::size_t i = 0; i < len; ++i)
                out.background[b0 + i] = nAux[i] > 0 ? aux[i] : kNaN;
        } else if (estimate) {
            const std::size_t nOut = outside.size();
            for (std::size_t k = 0; k < nOut; ++k) {
                const float* f = px.flux.data() + std::size_t(outside[k]) * ncad + b0;
                for (std::size_t i = 0; i < len; ++i)
                    scratch[i * nOut + k] = f[i];
            }
            for (std::size_t i = 0; i < len; ++i) {
                const double perPixel = detail::nanmedianInPlace(scratch.data() + i * nOut, nOut);
                const double total = perPixel * nFin[i];
                out.background[b0 + i] = total;
                if (std::isfinite(total))
                    s.flux[b0 + i] -= total;
            }
        }
    }
    return Status::success();
}

}  // namespace exo::phot
