// Savitzky-Golay filter (scipy mode='interp') and lightkurve's flatten() loop.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>

#include "detrend/clean.h"
#include "detrend/detrenders.h"

namespace exo::detrend {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Least-squares polynomial of order p through samples y at integer positions
/// 0..m-1, evaluated at positions `at`. Positions are centred and scaled to
/// [-1, 1] for conditioning; the fitted values do not depend on that choice.
void polyFitEval(const double* y, int m, int p, const std::vector<int>& at, double* out)
{
    const double centre = 0.5 * (m - 1);
    const double scale = std::max(1.0, centre);
    Eigen::MatrixXd A(m, p + 1);
    for (int j = 0; j < m; ++j) {
        const double s = (j - centre) / scale;
        double v = 1.0;
        for (int k = 0; k <= p; ++k, v *= s)
            A(j, k) = v;
    }
    Eigen::Map<const Eigen::VectorXd> yv(y, m);
    const Eigen::VectorXd coef = A.colPivHouseholderQr().solve(yv);
    for (std::size_t q = 0; q < at.size(); ++q) {
        const double s = (at[q] - centre) / scale;
        double v = 1.0, sum = 0.0;
        for (int k = 0; k <= p; ++k, v *= s)
            sum += coef(k) * v;
        out[q] = sum;
    }
}

/// Smoothing weights: value at the window centre of the least-squares
/// polynomial, as a linear combination of the window's samples (scipy savgol_coeffs).
std::vector<double> savgolWeights(int wl, int p)
{
    const int half = wl / 2;
    const double scale = std::max(1, half);
    Eigen::MatrixXd A(wl, p + 1);
    for (int j = 0; j < wl; ++j) {
        const double s = (j - half) / scale;
        double v = 1.0;
        for (int k = 0; k <= p; ++k, v *= s)
            A(j, k) = v;
    }
    // h = A (A^T A)^{-1} e0, computed through a QR of A for accuracy.
    Eigen::VectorXd e0 = Eigen::VectorXd::Zero(p + 1);
    e0(0) = 1.0;
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(A);
    const Eigen::MatrixXd Rm = qr.matrixQR().topLeftCorner(p + 1, p + 1).triangularView<Eigen::Upper>();
    // A^T A = R^T R ; solve R^T R z = e0, then h = A z.
    const Eigen::VectorXd z1 = Rm.transpose().triangularView<Eigen::Lower>().solve(e0);
    const Eigen::VectorXd z = Rm.triangularView<Eigen::Upper>().solve(z1);
    const Eigen::VectorXd h = A * z;
    return std::vector<double>(h.data(), h.data() + wl);
}

/// Dot product with four independent partial sums, so the adds pipeline (and
/// vectorise) instead of waiting on one another; differs from a sequential sum
/// only in the last bits.
double dot(const double* a, const double* b, int n)
{
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        s0 += a[j] * b[j];
        s1 += a[j + 1] * b[j + 1];
        s2 += a[j + 2] * b[j + 2];
        s3 += a[j + 3] * b[j + 3];
    }
    for (; j < n; ++j)
        s0 += a[j] * b[j];
    return (s0 + s1) + (s2 + s3);
}

double populationStd(const std::vector<double>& v)
{
    double mean = 0.0;
    std::size_t n = 0;
    for (double x : v)
        if (std::isfinite(x)) {
            mean += x;
            ++n;
        }
    if (n == 0)
        return kNaN;
    mean /= double(n);
    double var = 0.0;
    for (double x : v)
        if (std::isfinite(x))
            var += (x - mean) * (x - mean);
    return std::sqrt(var / double(n));
}
}  // namespace

Result<std::vector<double>> savgolFilter(std::span<const double> x, int wl, int p)
{
    using R = Result<std::vector<double>>;
    const long long n = (long long)x.size();
    if (wl < 1 || wl % 2 == 0)
        return R::failure(ErrorCode::InvalidParameter, "windowLength must be odd and positive");
    if (p < 0 || p >= wl)
        return R::failure(ErrorCode::InvalidParameter, "polyorder must be in [0, windowLength)");
    if (n == 0 || wl > n)
        return R::failure(ErrorCode::InvalidParameter, "windowLength longer than data");
    const std::vector<double> h = savgolWeights(wl, p);
    const int half = wl / 2;
    std::vector<double> y(std::size_t(n), 0.0);
    for (long long i = half; i < n - half; ++i) {
        y[std::size_t(i)] = dot(h.data(), x.data() + (i - half), wl);
    }
    // mode='interp': the first and last half-window come from a polynomial fit
    // to the first / last wl samples (scipy _fit_edge).
    std::vector<int> atStart(static_cast<std::size_t>(half)), atEnd(static_cast<std::size_t>(half));
    for (int q = 0; q < half; ++q) {
        atStart[std::size_t(q)] = q;
        atEnd[std::size_t(q)] = wl - half + q;
    }
    if (half > 0) {
        polyFitEval(x.data(), wl, p, atStart, y.data());
        polyFitEval(x.data() + (n - wl), wl, p, atEnd, y.data() + (n - half));
    }
    return R::success(std::move(y));
}

Result<std::vector<double>> savgolFlattenTrend(std::span<const double> time, std::span<const double> flux,
                                               std::span<const std::uint8_t> exclude, int wl, int p, int niters,
                                               double sigma, double breakTolerance)
{
    using R = Result<std::vector<double>>;
    const std::size_t n = time.size();
    if (wl < 1 || wl % 2 == 0 || p < 0 || p >= wl || niters < 1 || !(sigma > 0.0) || !(breakTolerance > 0.0))
        return R::failure(ErrorCode::InvalidParameter, "savgol parameters");
    std::vector<double> trend(n, kNaN);
    if (n == 0)
        return R::success(std::move(trend));

    // Initial mask: not excluded, finite, within sigma std of the median.
    const double med = nanMedian(flux);
    const double sd = populationStd(std::vector<double>(flux.begin(), flux.end()));
    std::vector<std::uint8_t> mask(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool ex = !exclude.empty() && exclude[i];
        mask[i] = !ex && std::isfinite(flux[i]) && std::abs(flux[i] - med) <= sd * sigma;
    }

    for (int iter = 0; iter < niters; ++iter) {
        std::vector<std::size_t> K;
        for (std::size_t i = 0; i < n; ++i)
            if (mask[i])
                K.push_back(i);
        if (K.size() < 2)
            return R::failure(ErrorCode::InvalidParameter, "fewer than two cadences left to fit");
        std::vector<double> dt(K.size() - 1);
        for (std::size_t k = 0; k + 1 < K.size(); ++k)
            dt[k] = time[K[k + 1]] - time[K[k]];
        const double medDt = nanMedian(dt);
        std::vector<double> fk(K.size()), tk(K.size());
        for (std::size_t k = 0; k < K.size(); ++k) {
            fk[k] = flux[K[k]];
            tk[k] = time[K[k]];
        }
        std::vector<double> tr(K.size());
        std::size_t l = 0;
        for (std::size_t k = 0; k <= dt.size(); ++k) {
            const bool cutHere = k == dt.size() || dt[k] > breakTolerance * medDt;
            if (!cutHere)
                continue;
            const std::size_t h = k + 1;  // piece [l, h)
            const std::span<const double> piece(fk.data() + l, h - l);
            if (std::size_t(wl) > h - l || double(h - l) < breakTolerance) {
                const double m = nanMedian(piece);
                std::fill(tr.begin() + std::ptrdiff_t(l), tr.begin() + std::ptrdiff_t(h), m);
            } else {
                auto s = savgolFilter(piece, wl, p);
                if (!s.ok())
                    return R::failure(s.status.code, s.status.detail);
                std::copy(s.value.begin(), s.value.end(), tr.begin() + std::ptrdiff_t(l));
            }
            l = h;
        }
        // Keep points closer than sigma std to the trend (lightkurve adds 1e-14
        // so numerical noise is not an outlier).
        std::vector<double> resid(K.size());
        for (std::size_t k = 0; k < K.size(); ++k)
            resid[k] = fk[k] - tr[k];
        const double rs = populationStd(resid);
        std::vector<double> xt, yt;
        std::vector<std::uint8_t> keep(K.size());
        for (std::size_t k = 0; k < K.size(); ++k) {
            keep[k] = std::abs(resid[k]) < rs * sigma + 1e-14;
            if (keep[k]) {
                xt.push_back(tk[k]);
                yt.push_back(tr[k]);
            }
        }
        if (xt.size() < 2)
            return R::failure(ErrorCode::InvalidParameter, "clipping left fewer than two cadences");
        // interp1d(kind='linear', fill_value='extrapolate') onto every cadence.
        std::size_t seg = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = time[i];
            while (seg + 2 < xt.size() && t > xt[seg + 1])
                ++seg;
            const double x0 = xt[seg], x1 = xt[seg + 1];
            const double slope = (yt[seg + 1] - yt[seg]) / (x1 - x0);
            trend[i] = yt[seg] + slope * (t - x0);
        }
        for (std::size_t k = 0; k < K.size(); ++k)
            if (!keep[k])
                mask[K[k]] = 0;
    }
    return R::success(std::move(trend));
}

}  // namespace exo::detrend
