#include "vetting/vetting.h"

#include <algorithm>
#include <cmath>

#include "vetting/vetting_internal.h"

namespace exo::vetting {

namespace detail {

double median(std::vector<double> v)
{
    if (v.empty())
        return kNaN;
    const std::size_t m = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(m), v.end());
    double hi = v[m];
    if (v.size() % 2 == 1)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(m));
    return 0.5 * (lo + hi);
}

double robustStd(std::vector<double> v)
{
    if (v.size() < 2)
        return kNaN;
    const double med = median(v);
    for (double& x : v)
        x = std::abs(x - med);
    return 1.4826 * median(std::move(v));
}

Noise measureNoise(const std::vector<double>& t, const std::vector<double>& r, double binDays)
{
    Noise n;
    if (t.size() < 10 || !(binDays > 0))
        return n;
    // White noise from the point-to-point differences (insensitive to slow residual trends).
    std::vector<double> d;
    d.reserve(r.size());
    for (std::size_t i = 1; i < r.size(); ++i)
        if (t[i] - t[i - 1] < binDays)
            d.push_back(r[i] - r[i - 1]);
    const double white = robustStd(d) / std::sqrt(2.0);
    n.whitePpm = white * 1e6;
    // Means over consecutive stretches of binDays (a bin restarts after a gap).
    std::vector<double> means;
    std::vector<double> counts;
    std::size_t i = 0;
    while (i < t.size()) {
        const double start = t[i];
        double sum = 0;
        std::size_t j = i;
        while (j < t.size() && t[j] - start < binDays && (j == i || t[j] - t[j - 1] < binDays))
            sum += r[j++];
        const std::size_t cnt = j - i;
        if (cnt >= 2) {
            means.push_back(sum / double(cnt));
            counts.push_back(double(cnt));
        }
        i = j;
    }
    // Keep bins with at least half the typical number of points.
    const double typical = median(counts);
    std::vector<double> kept;
    std::vector<double> keptCounts;
    for (std::size_t k = 0; k < means.size(); ++k)
        if (counts[k] >= 0.5 * typical) {
            kept.push_back(means[k]);
            keptCounts.push_back(counts[k]);
        }
    n.nBins = int(kept.size());
    n.pointsPerBin = median(keptCounts);
    if (kept.size() < 8 || !(n.pointsPerBin > 0)) {
        // Too few bins to measure correlated noise: white noise only, but say so.
        n.redPpm = 0;
        n.binnedPpm = kNaN;
        n.beta = kNaN;
        return n;
    }
    const double binned = robustStd(kept);
    const double expected = white / std::sqrt(n.pointsPerBin);
    n.binnedPpm = binned * 1e6;
    n.beta = expected > 0 ? binned / expected : kNaN;
    n.redPpm = std::sqrt(std::max(0.0, binned * binned - expected * expected)) * 1e6;
    return n;
}

}  // namespace detail

using namespace detail;

const char* flagName(Flag f)
{
    switch (f) {
    case Flag::NotTransitLike: return "not_transit_like";
    case Flag::StellarEclipse: return "stellar_eclipse";
    case Flag::CentroidOffset: return "centroid_offset";
    case Flag::EphemerisMatch: return "ephemeris_match";
    case Flag::OddEven: return "odd_even";
    case Flag::Secondary: return "secondary";
    case Flag::SingleEventDominated: return "single_event_dominated";
    case Flag::VShaped: return "v_shaped";
    case Flag::TooLarge: return "too_large";
    case Flag::DurationImplausible: return "duration_implausible";
    case Flag::Sinusoidal: return "sinusoidal";
    case Flag::LowSnr: return "low_snr";
    case Flag::PlanetOccultation: return "planet_occultation";
    }
    return "unknown";
}

bool Report::has(Flag f) const { return std::find(flags.begin(), flags.end(), f) != flags.end(); }

int Report::worstPixelIndex() const
{
    int best = -1;
    for (std::size_t i = 0; i < pixels.size(); ++i)
        if (pixels[i].valid && std::isfinite(pixels[i].offsetSigma)
            && (best < 0 || pixels[i].offsetSigma > pixels[std::size_t(best)].offsetSigma))
            best = int(i);
    return best;
}

double defaultArcsecPerPixel(Mission m) { return m == Mission::TESS ? 21.0 : 3.98; }

namespace {

/// Geometric albedo implied by a secondary eclipse: dsec / (Rp/a)^2, Rp/a = sqrt(depth) / (a/R*).
/// Without host parameters a Sun-like star is assumed (documented).
double impliedAlbedo(double secPpm, double primaryPpm, double periodDays, const Host& host)
{
    if (!(secPpm > 0) || !(primaryPpm > 0))
        return kNaN;
    double aRs = host.aOverRs;
    if (!std::isfinite(aRs)) {
        // Sun-like host: a/R* = 215 * (P/365.25 d)^(2/3).
        aRs = 215.03 * std::cbrt((periodDays / 365.25) * (periodDays / 365.25));
    }
    const double k = std::sqrt(primaryPpm * 1e-6);
    const double rpa = k / aRs;
    return secPpm * 1e-6 / (rpa * rpa);
}

/// The most significant box of duration T whose centre lies at least T from the transit,
/// scanned in steps of T/3. Points are sorted by phase once, so each window is a
/// contiguous range (O(N log N) in all instead of O(N) per trial phase).
void strongestBox(const std::vector<double>& t, const std::vector<double>& r, double t0, double P, double T,
                  const Noise& nf, Depth& best, double& bestPhase)
{
    const std::size_t n = t.size();
    if (n == 0 || P < 2.5 * T)
        return;
    std::vector<double> ph(n);
    std::vector<long long> ep(n);
    long long minEp = 0, maxEp = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = (t[i] - t0) / P;
        const double k = std::floor(x);
        ep[i] = static_cast<long long>(k);
        ph[i] = (x - k) * P;
        minEp = i == 0 ? ep[i] : std::min(minEp, ep[i]);
        maxEp = i == 0 ? ep[i] : std::max(maxEp, ep[i]);
    }
    std::vector<std::size_t> idx(n);
    for (std::size_t i = 0; i < n; ++i)
        idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return ph[a] < ph[b]; });
    const std::size_t nEp = std::size_t(maxEp - minEp + 1);
    std::vector<double> sum(nEp, 0.0);
    std::vector<int> cnt(nEp, 0);
    std::vector<std::size_t> touched;
    const double w2 = nf.whitePpm * nf.whitePpm, r2 = nf.redPpm * nf.redPpm;
    std::size_t lo = 0;
    for (double off = T; off <= P - T + 1e-12; off += T / 3.0) {
        while (lo < n && ph[idx[lo]] <= off - 0.5 * T)
            ++lo;
        touched.clear();
        long long nPts = 0;
        for (std::size_t j = lo; j < n && ph[idx[j]] < off + 0.5 * T; ++j) {
            const std::size_t e = std::size_t(ep[idx[j]] - minEp);
            if (cnt[e] == 0)
                touched.push_back(e);
            sum[e] += r[idx[j]];
            cnt[e] += 1;
            ++nPts;
        }
        double sw = 0, swd = 0;
        for (std::size_t e : touched) {
            const double var = w2 / cnt[e] + r2;
            if (var > 0) {
                sw += 1.0 / var;
                swd += (-sum[e] / cnt[e]) / var;
            }
            sum[e] = 0;
            cnt[e] = 0;
        }
        if (!(sw > 0))
            continue;
        Depth d;
        d.ppm = swd / sw;
        d.errPpm = std::sqrt(1.0 / sw);
        d.nEvents = int(touched.size());
        d.nPoints = nPts;
        if (!std::isfinite(best.sigma()) || d.sigma() > best.sigma()) {
            best = d;
            bestPhase = off / P;
        }
    }
}

}  // namespace

Result<Report> vet(const Input& in, const Thresholds& th)
{
    using R = Result<Report>;
    const Ephemeris& e = in.ephemeris;
    const Series& s = in.flat;
    if (!(e.periodDays > 0) || !std::isfinite(e.periodDays) || !std::isfinite(e.t0))
        return R::failure(ErrorCode::InvalidParameter, "period must be positive and t0 finite");
    if (!(e.durationHours > 0) || e.durationHours / 24.0 >= 0.5 * e.periodDays)
        return R::failure(ErrorCode::InvalidParameter, "duration must be positive and below half the period");
    if (s.flux.size() != s.time.size())
        return R::failure(ErrorCode::InvalidParameter, "time and flux sizes differ");

    const double P = e.periodDays, T = e.durationHours / 24.0;
    // Finite points only, in time order.
    std::vector<std::size_t> order;
    order.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (std::isfinite(s.time[i]) && std::isfinite(s.flux[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.time[a] < s.time[b]; });
    std::vector<double> t, f;
    t.reserve(order.size());
    f.reserve(order.size());
    for (std::size_t i : order) {
        if (inMaskedTransit(s.time[i], in.masked))
            continue;
        t.push_back(s.time[i]);
        f.push_back(s.flux[i]);
    }

    // Out-of-transit points: away from the transit and from phase 0.5 by one duration.
    std::vector<double> tOut, fOut;
    for (std::size_t i = 0; i < t.size(); ++i) {
        long long k = 0;
        const double dt = phaseTime(t[i], e.t0, P, k);
        const double dt2 = phaseTime(t[i], e.t0 + 0.5 * P, P, k);
        if (std::abs(dt) > T && std::abs(dt2) > T) {
            tOut.push_back(t[i]);
            fOut.push_back(f[i]);
        }
    }
    if (tOut.size() < 10)
        return R::failure(ErrorCode::NoRows, "too few out-of-transit points");
    const double baseline = median(fOut);
    if (!(baseline > 0))
        return R::failure(ErrorCode::InvalidParameter, "flux is not normalised");
    std::vector<double> r(f.size()), rOut(fOut.size());
    for (std::size_t i = 0; i < f.size(); ++i)
        r[i] = f[i] / baseline - 1.0;
    for (std::size_t i = 0; i < fOut.size(); ++i)
        rOut[i] = fOut[i] / baseline - 1.0;

    Report rep;
    rep.ephemeris = e;
    rep.noise = measureNoise(tOut, rOut, T);
    if (!std::isfinite(rep.noise.whitePpm))
        return R::failure(ErrorCode::NoRows, "cannot measure the noise");
    if (rep.noise.nBins < 8)
        rep.warnings.push_back("red_noise_unmeasured");
    // The noise model works in relative units inside boxDepths (ppm -> fraction).
    Noise nf = rep.noise;
    nf.whitePpm *= 1e-6;
    nf.redPpm *= 1e-6;
    auto scale = [](Depth d) {
        d.ppm *= 1e6;
        d.errPpm *= 1e6;
        return d;
    };
    auto all = [](long long) { return true; };

    // Primary, per event.
    auto prim = boxDepths(t, r, e.t0, P, 0.5 * T, nf, all);
    if (prim.events.empty())
        return R::failure(ErrorCode::NoRows, "no point in transit");
    rep.primary = scale(prim.combined);
    for (auto& ev : prim.events) {
        ev.depthPpm *= 1e6;
        ev.errPpm *= 1e6;
    }
    rep.events = prim.events;
    double sumChi2 = 0, maxChi2 = 0;
    for (const auto& ev : rep.events) {
        const double c = ev.depthPpm > 0 && ev.errPpm > 0 ? (ev.depthPpm / ev.errPpm) * (ev.depthPpm / ev.errPpm) : 0;
        sumChi2 += c;
        maxChi2 = std::max(maxChi2, c);
    }
    if (sumChi2 > 0)
        rep.maxEventFraction = maxChi2 / sumChi2;

    // Odd / even.
    rep.odd = scale(boxDepths(t, r, e.t0, P, 0.5 * T, nf, [](long long k) { return (k % 2 + 2) % 2 == 1; }).combined);
    rep.even = scale(boxDepths(t, r, e.t0, P, 0.5 * T, nf, [](long long k) { return (k % 2 + 2) % 2 == 0; }).combined);
    // The measured noise misses what differs from transit to transit only (detrending
    // of each event, spots, timing): when the events scatter more than their errors
    // about their own odd and even means, the errors grow by that factor.
    {
        double chi2 = 0;
        for (const auto& ev : rep.events) {
            const double m = (ev.epoch % 2 + 2) % 2 == 1 ? rep.odd.ppm : rep.even.ppm;
            if (ev.errPpm > 0)
                chi2 += (ev.depthPpm - m) * (ev.depthPpm - m) / (ev.errPpm * ev.errPpm);
        }
        const int dof = int(rep.events.size()) - 2;
        if (dof >= 2) {
            rep.oddEvenScatter = std::max(1.0, std::sqrt(chi2 / dof));
            rep.odd.errPpm *= rep.oddEvenScatter;
            rep.even.errPpm *= rep.oddEvenScatter;
        }
    }
    if (rep.odd.nEvents > 0 && rep.even.nEvents > 0)
        rep.oddEvenSigma = std::abs(rep.odd.ppm - rep.even.ppm)
                           / std::sqrt(rep.odd.errPpm * rep.odd.errPpm + rep.even.errPpm * rep.even.errPpm);

    // Secondary at phase 0.5, then the most significant box anywhere away from the transit.
    {
        // An event of another planet falling at phase 0.5 must not fake an eclipse: with
        // four events or more, events more than 5 sigma from their median are left out.
        auto sec = boxDepths(t, r, e.t0 + 0.5 * P, P, 0.5 * T, nf, all);
        if (sec.events.size() >= 4) {
            std::vector<double> d;
            for (const auto& ev : sec.events)
                d.push_back(ev.depthPpm);
            const double med = median(d);
            double sw = 0, swd = 0;
            int kept = 0;
            long long pts = 0;
            for (const auto& ev : sec.events) {
                if (!(ev.errPpm > 0) || std::abs(ev.depthPpm - med) > 5.0 * ev.errPpm)
                    continue;
                sw += 1.0 / (ev.errPpm * ev.errPpm);
                swd += ev.depthPpm / (ev.errPpm * ev.errPpm);
                ++kept;
                pts += ev.nPoints;
            }
            rep.secondaryEventsClipped = int(sec.events.size()) - kept;
            if (sw > 0) {
                sec.combined.ppm = swd / sw;
                sec.combined.errPpm = std::sqrt(1.0 / sw);
                sec.combined.nEvents = kept;
                sec.combined.nPoints = pts;
            }
        }
        rep.secondary = scale(sec.combined);
    }
    strongestBox(t, r, e.t0, P, T, nf, rep.strongestSecondary, rep.strongestSecondaryPhase);
    rep.strongestSecondary = scale(rep.strongestSecondary);

    // Shape and host.
    rep.shape = fitShape(t, r, e, rep.noise, in.meta.cadenceDays);
    const double measuredDepth = rep.primary.ppm;
    const double measuredDuration = rep.shape.valid ? rep.shape.durationHours : e.durationHours;
    const double radiusDepth =
        rep.shape.valid && rep.shape.depthPpm > measuredDepth ? rep.shape.depthPpm : measuredDepth;
    rep.host = hostConsistency(in.meta, P, radiusDepth, measuredDuration);
    rep.secondaryAlbedo = impliedAlbedo(rep.secondary.ppm, radiusDepth, P, rep.host);
    const bool secondarySignificant = rep.secondary.ppm > 0 && rep.secondary.sigma() > th.secondarySigma;
    rep.secondarySignificant = secondarySignificant;
    rep.secondaryPlanetLike =
        !secondarySignificant || (std::isfinite(rep.secondaryAlbedo) && rep.secondaryAlbedo <= 1.0);

    // Pixels.
    for (const PixelInput& px : in.pixels)
        if (px.tpf)
            rep.pixels.push_back(pixelTest(px, e, in.masked));

    // Other candidates.
    rep.matches = matchEphemerides(e, in.meta.bjdOffset(), in.others, th);

    // Flags.
    auto flag = [&](Flag fl, bool on) {
        if (on)
            rep.flags.push_back(fl);
    };
    const bool oddEven = std::isfinite(rep.oddEvenSigma) && rep.oddEvenSigma > th.oddEvenSigma;
    const int nEv = int(rep.events.size());
    const double singleLimit = std::max(0.5, std::min(0.8, 3.0 / std::max(1, nEv)));
    const bool single = nEv >= 2 && std::isfinite(rep.maxEventFraction) && rep.maxEventFraction > singleLimit;
    const bool sinusoidal = std::isfinite(rep.shape.sineDeltaChi2) && std::isfinite(rep.shape.boxDeltaChi2)
                            && rep.shape.sineDeltaChi2 > rep.shape.boxDeltaChi2;
    const bool lowSnr = !(rep.primary.sigma() >= th.lowSnr);
    const bool vShaped =
        rep.shape.valid && rep.shape.ingressRatio > th.vShapeRatio && rep.shape.vShapeDeltaChi2 > th.vShapeDeltaChi2;
    const bool tooLarge =
        std::isfinite(rep.host.planetRadiusEarth) && rep.host.planetRadiusEarth > th.maxPlanetRadiusEarth;
    const bool longDuration = rep.host.known && rep.host.durationRatio > th.maxDurationRatio;
    bool centroid = false;
    for (const auto& px : rep.pixels)
        centroid =
            centroid || (px.valid && px.offsetSigma > th.centroidSigma && px.offsetArcsec > th.centroidMinArcsec);

    flag(Flag::NotTransitLike, sinusoidal || single || lowSnr);
    flag(Flag::StellarEclipse, oddEven || (secondarySignificant && !rep.secondaryPlanetLike) || tooLarge);
    flag(Flag::CentroidOffset, centroid);
    flag(Flag::EphemerisMatch, !rep.matches.empty());
    flag(Flag::OddEven, oddEven);
    flag(Flag::Secondary, secondarySignificant && !rep.secondaryPlanetLike);
    flag(Flag::SingleEventDominated, single);
    flag(Flag::VShaped, vShaped);
    flag(Flag::TooLarge, tooLarge);
    flag(Flag::DurationImplausible, longDuration);
    flag(Flag::Sinusoidal, sinusoidal);
    flag(Flag::LowSnr, lowSnr);
    flag(Flag::PlanetOccultation, secondarySignificant && rep.secondaryPlanetLike);
    return R::success(std::move(rep));
}

}  // namespace exo::vetting
