#include "pipeline/inject.h"

#include <cmath>
#include <random>

#include "search/model.h"
#include "search/noise.h"

namespace exo::pipeline {

namespace {
constexpr double kEarthPerSun = 109.076;     // R_sun / R_earth
constexpr double kAuPerSunRadius = 215.032;  // a (R_sun) for 1 AU
}  // namespace

Result<std::vector<Injection>> injectRecover(Engine& engine, const StarRequest& request, const SearchSettings& search,
                                             const InjectionSettings& s, const StageProgressFn& progress)
{
    using R = Result<std::vector<Injection>>;
    if (s.count < 1 || s.count > 100000)
        return R::failure(ErrorCode::InvalidParameter, "--n must be between 1 and 100000");
    if (!(s.minRadiusEarth > 0) || !(s.maxRadiusEarth >= s.minRadiusEarth) || s.maxRadiusEarth > 200)
        return R::failure(ErrorCode::InvalidParameter, "--radius-range must be 0 < min <= max <= 200 Earth radii");
    if (!(s.stellarRadiusSun > 0) || !(s.stellarMassSun > 0))
        return R::failure(ErrorCode::InvalidParameter, "stellar radius and mass must be positive");
    if (Status v = validate(search); !v.ok())
        return R::failure(v.code, v.detail);
    auto star = engine.prepareStar(request, progress);
    if (!star.ok())
        return R::failure(star.status.code, star.status.detail);
    const Series& base = *star.value.stitched;
    const Metadata meta = star.value.meta;
    const Series& flat0 = star.value.prepared->flat;
    if (flat0.size() < 100)
        return R::failure(ErrorCode::NoRows, "too few points to inject into");
    const double tmin = flat0.time.front(), tmax = flat0.time.back(), baseline = tmax - tmin;
    const double maxP = s.maxPeriodDays > 0 ? s.maxPeriodDays : baseline / 3;
    if (!(s.minPeriodDays > 0) || !(maxP > s.minPeriodDays))
        return R::failure(ErrorCode::InvalidParameter,
                          "--period-range must be 0 < min < max (and max below the baseline)");
    const std::vector<double> sigma = search::localScatter(flat0.time, flat0.flux, 1.0);
    double sigmaWhite = 0;  // the search's white noise: the median local scatter
    {
        std::vector<double> w = sigma;
        std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 2), w.end());
        sigmaWhite = w[w.size() / 2];
    }

    std::mt19937_64 rng(s.seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<Injection> out;
    for (int k = 0; k < s.count; ++k) {
        if (progress && !progress(Stage::Searching, k, s.count))
            return R::failure(ErrorCode::Cancelled);
        Injection in;
        in.periodDays = std::exp(std::log(s.minPeriodDays) + u(rng) * (std::log(maxP) - std::log(s.minPeriodDays)));
        in.radiusEarth = s.minRadiusEarth + u(rng) * (s.maxRadiusEarth - s.minRadiusEarth);
        in.t0 = tmin + u(rng) * in.periodDays;
        in.impact = u(rng) * s.maxImpact;
        in.rp = in.radiusEarth / kEarthPerSun / s.stellarRadiusSun;
        search::LimbDarkenedParams lp;
        lp.periodDays = in.periodDays;
        lp.t0 = in.t0;
        lp.rp = in.rp;
        // Kepler's third law: a/R* = 215 (M P_yr^2)^(1/3) / R*.
        lp.aRs =
            kAuPerSunRadius * std::cbrt(s.stellarMassSun * std::pow(in.periodDays / 365.25, 2)) / s.stellarRadiusSun;
        lp.b = in.impact;
        const double arg = std::sqrt(std::max(0.0, (1 + in.rp) * (1 + in.rp) - in.impact * in.impact)) / lp.aRs;
        in.durationHours = in.periodDays / M_PI * std::asin(std::min(1.0, arg)) * 24.0;

        // Inject into every cadence (normalised stitched flux), then run the same pipeline.
        Series injected = base;
        const auto model = search::limbDarkenedModel(injected.time, lp);
        for (std::size_t i = 0; i < injected.size(); ++i)
            if (std::isfinite(model[i]))
                injected.flux[i] *= model[i];
        const auto flatModel = search::limbDarkenedModel(flat0.time, lp);
        double snr2 = 0, deepest = 1;
        std::size_t nIn = 0;
        std::vector<long long> epochs;
        for (std::size_t i = 0; i < flatModel.size(); ++i) {
            const double d = 1 - flatModel[i];
            if (d > 0) {
                snr2 += d * d / (sigma[i] * sigma[i]);
                ++nIn;
                epochs.push_back(std::llround((flat0.time[i] - in.t0) / in.periodDays));
            }
            deepest = std::min(deepest, flatModel[i]);
        }
        std::sort(epochs.begin(), epochs.end());
        in.nTransits = int(std::unique(epochs.begin(), epochs.end()) - epochs.begin());
        in.expectedSnr = std::sqrt(snr2);
        in.expectedSnrRed = in.expectedSnr;
        if (nIn > 0 && in.nTransits > 0 && sigmaWhite > 0) {
            const double red = search::redNoise(flat0.time, flat0.flux, sigma, {}, in.durationHours / 24.0);
            const double white2 = sigmaWhite * sigmaWhite / double(nIn), red2 = red * red / double(in.nTransits);
            in.expectedSnrRed = in.expectedSnr / std::sqrt(1 + red2 / white2);
        }
        in.depthPpm = (1 - deepest) * 1e6;

        auto pr = prepare(injected, meta.mission, request.prepare);
        if (pr.ok()) {
            auto sr = runSearch(pr.value, pr.value.window, meta, search);
            if (sr.ok()) {
                Candidate truth;
                truth.periodDays = in.periodDays;
                truth.t0 = in.t0;
                truth.durationHours = in.durationHours;
                for (const auto& c : sr.value.candidates)
                    if (sameSignal(truth, c, 1e-2)) {
                        in.recovered = true;
                        in.foundPeriodDays = c.periodDays;
                        in.foundSnr = c.snr;
                        in.foundSnrWhite = c.snrWhite;
                        in.foundDepthPpm = c.depthPpm;
                        in.foundRank = c.rank;
                        break;
                    }
            }
        }
        out.push_back(in);
    }
    return R::success(std::move(out));
}

std::vector<CompletenessBin> completenessBySnr(const std::vector<Injection>& inj, const std::vector<double>& edges)
{
    std::vector<CompletenessBin> bins;
    for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
        CompletenessBin b;
        b.lo = edges[k];
        b.hi = edges[k + 1];
        double ratio = 0, ratioWhite = 0;
        for (const auto& i : inj)
            if (i.expectedSnr >= b.lo && i.expectedSnr < b.hi) {
                ++b.n;
                if (i.recovered) {
                    ++b.recovered;
                    ratio += i.foundSnr / (i.expectedSnrRed > 0 ? i.expectedSnrRed : i.expectedSnr);
                    ratioWhite += i.foundSnrWhite / i.expectedSnr;
                }
            }
        b.fraction = b.n > 0 ? double(b.recovered) / b.n : 0;
        b.snrRatio = b.recovered > 0 ? ratio / b.recovered : 0;
        b.snrRatioWhite = b.recovered > 0 ? ratioWhite / b.recovered : 0;
        bins.push_back(b);
    }
    return bins;
}

}  // namespace exo::pipeline
