#include "photometry/sap.h"

#include <cmath>
#include <limits>

#include "photometry/output_shape.h"
#include "photometry/robust_stats.h"

namespace exo::phot {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool cubeMatches(const PixelCube& cube, int rows, int cols, std::size_t cadences)
{
    return cube.rows == rows && cube.cols == cols && cube.cadences == cadences
           && cube.data.size() == std::size_t(rows) * std::size_t(cols) * cadences;
}

bool frameAllZero(const float* frame, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        if (frame[i] != 0.0f)
            return false;
    return true;
}

template <typename T>
void copyOrClear(std::vector<T>& dst, const std::vector<T>& src, std::size_t n)
{
    if (src.size() == n)
        dst.assign(src.begin(), src.end());
    else
        dst.clear();
}

}  // namespace

Status aperturePhotometryInto(const TargetPixelFile& tpf, const ApertureMask& mask, const SapParams& params,
                              ApertureLightCurve& out, std::vector<Warning>* warnings)
{
    const int rows = tpf.rows(), cols = tpf.cols();
    const std::size_t ncad = tpf.cadences();
    const std::size_t npix = std::size_t(rows) * std::size_t(cols);
    if (!mask.fits(tpf) || mask.size() != npix)
        return Status::error(ErrorCode::InvalidParameter, "aperture is " + std::to_string(mask.rows) + "x"
                                                              + std::to_string(mask.cols) + ", image is "
                                                              + std::to_string(rows) + "x" + std::to_string(cols));
    if (!cubeMatches(tpf.flux, rows, cols, ncad))
        return Status::error(ErrorCode::InvalidParameter, "FLUX cube does not match TIME length");

    const bool haveErr = cubeMatches(tpf.fluxErr, rows, cols, ncad);
    const bool haveBkg = cubeMatches(tpf.fluxBkg, rows, cols, ncad);

    BackgroundMode mode = params.background;
    if (mode == BackgroundMode::Auto)
        mode = tpf.backgroundSubtracted ? BackgroundMode::Pipeline : BackgroundMode::Estimate;

    // Pixel index lists: aperture (with CCD coordinates) and, if estimating, outside.
    std::vector<int> inside, outside;
    std::vector<double> xs, ys;
    inside.reserve(npix);
    for (std::size_t i = 0; i < npix; ++i) {
        if (mask.bits[i]) {
            inside.push_back(int(i));
            xs.push_back(double(tpf.ccdColumn) + double(int(i) % cols));
            ys.push_back(double(tpf.ccdRow) + double(int(i) / cols));
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
    s.time.assign(tpf.time.begin(), tpf.time.end());
    copyOrClear(s.quality, tpf.quality, ncad);
    copyOrClear(s.cadenceNo, tpf.cadenceNo, ncad);
    detail::shapeOutputs(out, ncad, haveErr, mode, params.centroids);

    std::vector<float> scratch(outside.size());  // once per call, not per cadence
    const std::size_t nin = inside.size();
    const int* in = inside.data();

    for (std::size_t c = 0; c < ncad; ++c) {
        const float* f = tpf.flux.frame(c);
        double sum = 0, sx = 0, sy = 0;
        int nFinite = 0;
        for (std::size_t k = 0; k < nin; ++k) {
            const float v = f[in[k]];
            if (std::isnan(v))
                continue;
            sum += v;
            nFinite += std::isfinite(v) ? 1 : 0;
            sx += double(v) * xs[k];
            sy += double(v) * ys[k];
        }
        double flux = sum;
        if (nFinite == 0 || (sum == 0.0 && frameAllZero(f, npix)))
            flux = kNaN;
        if (params.centroids) {
            out.centroidCol[c] = sx / sum;
            out.centroidRow[c] = sy / sum;
        }

        if (haveErr) {
            const float* e = tpf.fluxErr.frame(c);
            double se = 0;
            int ne = 0;
            for (std::size_t k = 0; k < nin; ++k) {
                const double v = e[in[k]];
                if (std::isnan(v))
                    continue;
                se += v * v;
                ne += std::isfinite(v) ? 1 : 0;
            }
            s.fluxErr[c] = ne > 0 ? std::sqrt(se) : kNaN;
        }

        if (mode == BackgroundMode::Pipeline && haveBkg) {
            const float* b = tpf.fluxBkg.frame(c);
            double sb = 0;
            int nb = 0;
            for (std::size_t k = 0; k < nin; ++k) {
                const float v = b[in[k]];
                if (std::isnan(v))
                    continue;
                sb += v;
                nb += std::isfinite(v) ? 1 : 0;
            }
            out.background[c] = nb > 0 ? sb : kNaN;
        } else if (estimate) {
            for (std::size_t k = 0; k < outside.size(); ++k)
                scratch[k] = f[outside[k]];
            const double perPixel = detail::nanmedianInPlace(scratch.data(), scratch.size());
            const double total = perPixel * nFinite;
            out.background[c] = total;
            if (std::isfinite(total))
                flux -= total;
        }
        s.flux[c] = flux;
    }
    return Status::success();
}

Result<ApertureLightCurve> aperturePhotometry(const TargetPixelFile& tpf, const ApertureMask& mask,
                                              const SapParams& params)
{
    Result<ApertureLightCurve> r;
    r.status = aperturePhotometryInto(tpf, mask, params, r.value, &r.warnings);
    return r;
}

std::vector<double> pixelLightCurve(const TargetPixelFile& tpf, int row, int col)
{
    std::vector<double> out;
    const std::size_t ncad = tpf.cadences();
    if (row < 0 || col < 0 || row >= tpf.rows() || col >= tpf.cols()
        || !cubeMatches(tpf.flux, tpf.rows(), tpf.cols(), ncad))
        return out;
    out.resize(ncad);
    const std::size_t npix = tpf.flux.frameSize();
    const std::size_t p = std::size_t(row) * tpf.cols() + col;
    for (std::size_t c = 0; c < ncad; ++c)
        out[c] = tpf.flux.data[c * npix + p];
    return out;
}

PixelLightCurves pixelLightCurves(const TargetPixelFile& tpf)
{
    PixelLightCurves out;
    const std::size_t ncad = tpf.cadences();
    if (!cubeMatches(tpf.flux, tpf.rows(), tpf.cols(), ncad))
        return out;
    out.rows = tpf.rows();
    out.cols = tpf.cols();
    out.cadences = ncad;
    const std::size_t npix = tpf.flux.frameSize();
    out.flux.resize(npix * ncad);
    for (std::size_t c = 0; c < ncad; ++c) {  // read sequentially, write strided
        const float* f = tpf.flux.frame(c);
        for (std::size_t p = 0; p < npix; ++p)
            out.flux[p * ncad + c] = f[p];
    }
    return out;
}

}  // namespace exo::phot
