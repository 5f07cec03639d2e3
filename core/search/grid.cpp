#include "search/grid.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace exo::search {
namespace {

constexpr double kG = 6.674e-11;    // m^3 kg^-1 s^-2 (TLS tls_constants)
constexpr double kMsun = 1.989e30;  // kg
constexpr double kRsun = 6.955e8;   // m
constexpr double kSecondsPerDay = 86400.0;

bool finitePositive(double x) { return std::isfinite(x) && x > 0; }

struct Limits {
    double pmin = 0, pmax = 0;
};

Result<Limits> resolveLimits(const GridParams& p, double baseline, double cadence)
{
    if (!finitePositive(baseline))
        return Result<Limits>::failure(ErrorCode::InvalidParameter, "baseline must be > 0");
    if (p.minPeriodDays < 0 || p.maxPeriodDays < 0 || !std::isfinite(p.minPeriodDays)
        || !std::isfinite(p.maxPeriodDays))
        return Result<Limits>::failure(ErrorCode::InvalidParameter, "period limits must be >= 0");
    Limits l;
    if (p.minPeriodDays > 0) {
        l.pmin = p.minPeriodDays;
    } else if (p.kind == GridKind::Autoperiod && !p.autoperiodDurationsDays.empty()) {
        l.pmin = 2.0 * *std::max_element(p.autoperiodDurationsDays.begin(), p.autoperiodDurationsDays.end());
    } else {
        l.pmin = std::max(0.5, 4.0 * cadence);
    }
    if (p.maxPeriodDays > 0) {
        l.pmax = p.maxPeriodDays;
    } else if (p.kind == GridKind::Autoperiod) {
        if (p.minTransits <= 1)
            return Result<Limits>::failure(ErrorCode::InvalidParameter, "minTransits must be > 1");
        l.pmax = baseline / (p.minTransits - 1);
    } else {
        if (p.minTransits < 1)
            return Result<Limits>::failure(ErrorCode::InvalidParameter, "minTransits must be >= 1");
        l.pmax = baseline / p.minTransits;
    }
    if (p.kind == GridKind::Autoperiod && l.pmax < l.pmin)
        std::swap(l.pmin, l.pmax);  // astropy does this
    if (!finitePositive(l.pmin) || !finitePositive(l.pmax))
        return Result<Limits>::failure(ErrorCode::InvalidParameter, "periods must be > 0");
    if (l.pmin > l.pmax)
        return Result<Limits>::failure(ErrorCode::InvalidParameter, "min period " + std::to_string(l.pmin)
                                                                        + " d > max period " + std::to_string(l.pmax)
                                                                        + " d");
    return Result<Limits>::success(l);
}

// Ofir step in f^(1/3) (f in cycles/day).
double ofirStep(const GridParams& p, double baseline)
{
    const double m = p.stellarMassSun * kMsun, r = p.stellarRadiusSun * kRsun;
    const double tSec = baseline * kSecondsPerDay;
    const double aSec = std::pow(2 * M_PI, 2.0 / 3) / M_PI * r / std::cbrt(kG * m) / (tSec * p.oversampling);
    // f^(1/3) in Hz^(1/3) -> cycles/day: multiply by 86400^(1/3)
    return aSec / 3.0 * std::cbrt(kSecondsPerDay);
}

}  // namespace

double centralTransitDurationDays(double periodDays, double massSun, double radiusSun)
{
    const double pSec = periodDays * kSecondsPerDay;
    const double t = radiusSun * kRsun * std::cbrt(4.0 * pSec / (M_PI * kG * massSun * kMsun));
    return t / kSecondsPerDay;
}

double medianCadence(const std::vector<double>& time)
{
    std::vector<double> d;
    d.reserve(time.size());
    for (std::size_t i = 1; i < time.size(); ++i) {
        const double dt = time[i] - time[i - 1];
        if (dt > 0 && std::isfinite(dt))
            d.push_back(dt);
    }
    if (d.empty())
        return 0;
    auto mid = d.begin() + d.size() / 2;
    std::nth_element(d.begin(), mid, d.end());
    return *mid;
}

Result<long long> predictGridSize(const GridParams& p, double baseline, double cadence)
{
    if (p.kind == GridKind::Explicit) {
        if (p.periods.empty())
            return Result<long long>::failure(ErrorCode::InvalidParameter, "empty period list");
        for (double x : p.periods)
            if (!finitePositive(x))
                return Result<long long>::failure(ErrorCode::InvalidParameter, "period <= 0");
        if ((long long)p.periods.size() > p.maxGridPeriods)
            return Result<long long>::failure(ErrorCode::TooLarge, std::to_string(p.periods.size()) + " periods");
        return Result<long long>::success((long long)p.periods.size());
    }
    auto lim = resolveLimits(p, baseline, cadence);
    if (!lim.ok())
        return Result<long long>::failure(lim.status.code, lim.status.detail);
    double n = 0;
    if (p.kind == GridKind::Ofir) {
        if (p.numPeriods > 0) {
            n = double(p.numPeriods);
        } else {
            if (!finitePositive(p.oversampling) || !finitePositive(p.stellarMassSun)
                || !finitePositive(p.stellarRadiusSun))
                return Result<long long>::failure(ErrorCode::InvalidParameter, "oversampling/star must be > 0");
            const double step = ofirStep(p, baseline);
            n = std::floor((std::cbrt(1.0 / lim.value.pmin) - std::cbrt(1.0 / lim.value.pmax)) / step) + 1;
        }
    } else {
        if (p.autoperiodDurationsDays.empty())
            return Result<long long>::failure(ErrorCode::InvalidParameter, "autoperiod needs durations");
        const double dmin = *std::min_element(p.autoperiodDurationsDays.begin(), p.autoperiodDurationsDays.end());
        const double df = p.frequencyFactor * dmin / (baseline * baseline);
        if (!finitePositive(df))
            return Result<long long>::failure(ErrorCode::InvalidParameter, "df <= 0");
        n = 1 + std::round((1.0 / lim.value.pmin - 1.0 / lim.value.pmax) / df);
    }
    if (!std::isfinite(n) || n > double(p.maxGridPeriods))
        return Result<long long>::failure(ErrorCode::TooLarge, "grid of " + std::to_string(n) + " periods");
    return Result<long long>::success(std::max(1LL, (long long)n));
}

Result<PeriodGrid> makePeriodGrid(const GridParams& p, double baseline, double cadence)
{
    auto size = predictGridSize(p, baseline, cadence);
    if (!size.ok())
        return Result<PeriodGrid>::failure(size.status.code, size.status.detail);
    PeriodGrid g;
    g.baselineDays = baseline;
    g.cadenceDays = cadence;
    const long long n = size.value;
    if (p.kind == GridKind::Explicit) {
        g.periods = p.periods;
        std::sort(g.periods.begin(), g.periods.end());
        g.periods.erase(std::unique(g.periods.begin(), g.periods.end()), g.periods.end());
    } else {
        auto lim = resolveLimits(p, baseline, cadence).value;
        g.periods.resize(std::size_t(n));
        if (p.kind == GridKind::Ofir) {
            const double c0 = std::cbrt(1.0 / lim.pmax);
            const double step = p.numPeriods > 0 ? (n > 1 ? (std::cbrt(1.0 / lim.pmin) - c0) / double(n - 1) : 0.0)
                                                 : ofirStep(p, baseline);
            // f_k^(1/3) = f_lo^(1/3) + k*step; periods ascending = k descending.
            for (long long k = 0; k < n; ++k) {
                const double c = c0 + step * double(k);
                g.periods[std::size_t(n - 1 - k)] = 1.0 / (c * c * c);
            }
        } else {
            const double dmin = *std::min_element(p.autoperiodDurationsDays.begin(), p.autoperiodDurationsDays.end());
            const double df = p.frequencyFactor * dmin / (baseline * baseline);
            const double fmax = 1.0 / lim.pmin;
            for (long long k = 0; k < n; ++k)
                g.periods[std::size_t(k)] = 1.0 / (fmax - df * double(k));
        }
    }
    g.minPeriodDays = g.periods.front();
    g.maxPeriodDays = g.periods.back();
    return Result<PeriodGrid>::success(std::move(g));
}

const std::vector<double>& defaultDurationFractions()
{
    static const std::vector<double> f{0.25, 0.4, 0.6, 0.85, 1.2};
    return f;
}

std::vector<double> durationsForPeriod(double periodDays, const std::vector<double>& fractions, double minDays,
                                       double massSun, double radiusSun, double maxFractionOfPeriod)
{
    const double t14 = centralTransitDurationDays(periodDays, massSun, radiusSun);
    const double hi = maxFractionOfPeriod * periodDays;
    std::vector<double> d;
    d.reserve(fractions.size());
    for (double f : fractions)
        d.push_back(std::min(hi, std::max(minDays, f * t14)));
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end(), [](double a, double b) { return std::abs(a - b) <= 1e-12 * b; }), d.end());
    return d;
}

}  // namespace exo::search
