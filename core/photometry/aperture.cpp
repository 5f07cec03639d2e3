#include "photometry/aperture.h"

#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

#include "photometry/robust_stats.h"

namespace exo::phot {

int ApertureMask::count() const
{
    int n = 0;
    for (auto b : bits)
        n += b ? 1 : 0;
    return n;
}

std::vector<int> ApertureMask::indices() const
{
    std::vector<int> idx;
    idx.reserve(bits.size());
    for (std::size_t i = 0; i < bits.size(); ++i)
        if (bits[i])
            idx.push_back(int(i));
    return idx;
}

ApertureMask maskFromApertureImage(const std::vector<std::int32_t>& image, int rows, int cols, std::int32_t bit)
{
    ApertureMask m(rows, cols);
    if (image.size() != m.size())
        return m;
    for (std::size_t i = 0; i < image.size(); ++i)
        m.bits[i] = (image[i] & bit) ? 1 : 0;
    return m;
}

ApertureMask pipelineAperture(const TargetPixelFile& tpf)
{
    return maskFromApertureImage(tpf.aperture, tpf.rows(), tpf.cols(), kApOptimal);
}

ApertureMask allPixels(const TargetPixelFile& tpf)
{
    ApertureMask m(tpf.rows(), tpf.cols());
    std::fill(m.bits.begin(), m.bits.end(), std::uint8_t(1));
    return m;
}

Result<ApertureMask> customMask(int rows, int cols, const std::vector<std::uint8_t>& bits)
{
    if (rows <= 0 || cols <= 0)
        return Result<ApertureMask>::failure(ErrorCode::InvalidParameter, "mask shape must be positive");
    if (bits.size() != std::size_t(rows) * std::size_t(cols))
        return Result<ApertureMask>::failure(ErrorCode::InvalidParameter,
                                             "mask has " + std::to_string(bits.size()) + " values, image has "
                                                 + std::to_string(rows) + "x" + std::to_string(cols));
    ApertureMask m(rows, cols);
    for (std::size_t i = 0; i < bits.size(); ++i)
        m.bits[i] = bits[i] ? 1 : 0;
    return Result<ApertureMask>::success(std::move(m));
}

std::vector<double> medianImage(const TargetPixelFile& tpf, std::uint32_t qualityBitmask)
{
    return medianImage(tpf.flux, tpf.quality, qualityBitmask);
}

std::vector<double> medianImage(const PixelCube& cube, const std::vector<std::uint32_t>& quality,
                                std::uint32_t qualityBitmask)
{
    const std::size_t npix = cube.frameSize();
    const std::size_t ncad = cube.cadences;
    std::vector<double> image(npix, std::numeric_limits<double>::quiet_NaN());
    if (npix == 0 || ncad == 0 || cube.data.size() < npix * ncad)
        return image;

    // Which cadences take part (lightkurve drops flagged cadences on load).
    std::vector<std::size_t> kept;
    kept.reserve(ncad);
    for (std::size_t c = 0; c < ncad; ++c) {
        const bool flagged = qualityBitmask != 0 && c < quality.size() && (quality[c] & qualityBitmask);
        if (!flagged)
            kept.push_back(c);
    }
    std::vector<float> column(kept.size());
    for (std::size_t p = 0; p < npix; ++p) {
        for (std::size_t k = 0; k < kept.size(); ++k)
            column[k] = cube.data[kept[k] * npix + p];
        image[p] = detail::nanmedianInPlace(column.data(), column.size());
    }
    return image;
}

ApertureMask thresholdMaskFromImage(const std::vector<double>& image, int rows, int cols, double sigma,
                                    ReferencePixel reference, double refCol, double refRow)
{
    ApertureMask mask(rows, cols);
    if (image.size() != mask.size() || mask.empty())
        return mask;

    const double mad = detail::nanMedianAbsoluteDeviation(image);
    const double med = detail::nanmedian(image);
    const double cut = 1.4826 * mad * sigma + med;
    bool any = false;
    for (std::size_t i = 0; i < image.size(); ++i) {
        const double v = std::isfinite(image[i]) ? image[i] : 0.0;  // np.nan_to_num
        mask.bits[i] = (v >= cut) ? 1 : 0;
        any = any || mask.bits[i];
    }
    if (!any || reference == ReferencePixel::AllRegions)
        return mask;
    if (reference == ReferencePixel::Center || reference == ReferencePixel::Target) {
        // Target is resolved by the caller; reaching here means "centre".
        refCol = cols / 2.0;
        refRow = rows / 2.0;
    }

    // scipy.ndimage.label's default structure in 2-D is the cross (4-connectivity).
    cv::Mat binary(rows, cols, CV_8U, mask.bits.data());
    cv::Mat labels;
    cv::connectedComponents(binary, labels, 4, CV_32S);

    int bestLabel = 0;
    double bestDist = std::numeric_limits<double>::infinity();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const int lab = labels.at<int>(r, c);
            if (lab <= 0)
                continue;
            const double d = std::hypot(r - refRow, c - refCol);
            if (d < bestDist) {  // strict: first minimum in row-major order, like argmin
                bestDist = d;
                bestLabel = lab;
            }
        }
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            mask.set(r, c, labels.at<int>(r, c) == bestLabel);
    return mask;
}

ApertureMask thresholdAperture(const TargetPixelFile& tpf, const ThresholdParams& params)
{
    const std::vector<double> image = medianImage(tpf, params.qualityBitmask);
    ReferencePixel ref = params.reference;
    double col = params.refCol, row = params.refRow;
    if (ref == ReferencePixel::Target) {
        if (targetPixelPosition(tpf, col, row))
            ref = ReferencePixel::Explicit;
        else
            ref = ReferencePixel::Center;
    }
    return thresholdMaskFromImage(image, tpf.rows(), tpf.cols(), params.sigma, ref, col, row);
}

bool skyToPixel(const PixelWcs& wcs, double raDeg, double decDeg, double& col, double& row)
{
    if (!wcs.valid || !std::isfinite(raDeg) || !std::isfinite(decDeg))
        return false;
    constexpr double d2r = 3.14159265358979323846 / 180.0;
    const double a = raDeg * d2r, d = decDeg * d2r;
    const double a0 = wcs.crval1 * d2r, d0 = wcs.crval2 * d2r;
    // Gnomonic (TAN) projection about the reference point, standard LONPOLE=180.
    const double cosc = std::sin(d0) * std::sin(d) + std::cos(d0) * std::cos(d) * std::cos(a - a0);
    if (!(cosc > 0))
        return false;
    const double x = std::cos(d) * std::sin(a - a0) / cosc / d2r;  // intermediate world coords, deg
    const double y = (std::cos(d0) * std::sin(d) - std::sin(d0) * std::cos(d) * std::cos(a - a0)) / cosc / d2r;
    // x = cdelt1 * (pc11*p1 + pc12*p2), y = cdelt2 * (pc21*p1 + pc22*p2)
    if (wcs.cdelt1 == 0 || wcs.cdelt2 == 0)
        return false;
    const double u = x / wcs.cdelt1, v = y / wcs.cdelt2;
    const double det = wcs.pc11 * wcs.pc22 - wcs.pc12 * wcs.pc21;
    if (det == 0)
        return false;
    const double p1 = (wcs.pc22 * u - wcs.pc12 * v) / det;
    const double p2 = (-wcs.pc21 * u + wcs.pc11 * v) / det;
    col = wcs.crpix1 - 1.0 + p1;  // FITS pixels are 1-based; ours are 0-based
    row = wcs.crpix2 - 1.0 + p2;
    return std::isfinite(col) && std::isfinite(row);
}

bool targetPixelPosition(const TargetPixelFile& tpf, double& col, double& row)
{
    return skyToPixel(tpf.wcs, tpf.meta.ra, tpf.meta.dec, col, row);
}

}  // namespace exo::phot
