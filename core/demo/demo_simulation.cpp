#include "demo/demo_simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "demo/demo_physics.h"

namespace exo::demo {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Kepler quality bits (Archive Manual table 2-3).
constexpr std::int32_t kAttitudeTweak = 1, kSafeMode = 2, kCoarsePoint = 4, kEarthPoint = 8, kZeroCrossing = 16,
                       kDesat = 32, kCrAperture = 128, kManualExclude = 256, kImpulsiveOutlier = 2048,
                       kCrCollateral = 8192;

/// A sky-fixed star relative to the target: offset east/north in pixels, delta mag.
struct SkyStar {
    double east, north, deltaMag;
};

/// Barycentric correction (d) at spacecraft time t: Kepler's 372.5-day heliocentric
/// orbit seen from a star at ecliptic latitude ~65 deg gives a few minutes' amplitude.
double timeCorrection(double t) { return 0.0042 * std::cos(2.0 * kPi * (t - 170.0) / 372.5); }

/// Per-cadence slow systematics and events of one quarter.
struct Systematics {
    std::vector<std::uint8_t> gap;  // 0 none, 1 downlink (Earth point), 2 safe mode
    std::vector<std::int32_t> quality;
    std::vector<double> gain, width, dx, dy;
    std::vector<double> outlier;  // multiplicative flux factor (1 = none)
};

/// Mark [t0, t1) as a gap of `kind`; returns the first index after it.
std::size_t markGap(Systematics& s, const std::vector<double>& tsc, double t0, double t1, std::uint8_t kind)
{
    std::size_t last = 0;
    for (std::size_t i = 0; i < tsc.size(); ++i)
        if (tsc[i] >= t0 && tsc[i] < t1) {
            s.gap[i] = kind;
            last = i + 1;
        }
    return last;
}

Systematics makeSystematics(const std::vector<double>& tsc, DemoRng& rng, int indexInSet)
{
    const std::size_t n = tsc.size();
    const double dt = KeplerLongCadence::kTimedel;
    const double t0 = tsc.front(), t1 = tsc.back(), length = t1 - t0;
    Systematics s;
    s.gap.assign(n, 0);
    s.quality.assign(n, 0);
    s.gain.assign(n, 1.0);
    s.width.assign(n, 1.0);
    s.dx.assign(n, 0.0);
    s.dy.assign(n, 0.0);
    s.outlier.assign(n, 1.0);

    // Slow trends: gain (a few 0.1 %), focus (~1 %), differential velocity aberration.
    const double ga = rng.uniform(-0.003, 0.003), gb = rng.uniform(-0.002, 0.002);
    const double wa = rng.uniform(-0.012, 0.012), wb = rng.uniform(-0.006, 0.006);
    const double ax = rng.uniform(-0.08, 0.08), bx = rng.uniform(-0.04, 0.04);
    const double ay = rng.uniform(-0.08, 0.08), by = rng.uniform(-0.04, 0.04);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = 2.0 * (tsc[i] - t0) / length - 1.0, q = x * x - 1.0 / 3.0;
        s.gain[i] = 1.0 + ga * x + gb * q;
        s.width[i] = 1.0 + wa * x + wb * q;
        s.dx[i] = ax * x + bx * q;
        s.dy[i] = ay * x + by * q;
    }

    // Gaps: monthly downlinks (Earth point, ~1 d) and sometimes a safe mode, each
    // followed by a thermal settling ramp and a 'manual exclude' stretch.
    struct GapEvent {
        double start, end;
        std::uint8_t kind;
    };
    std::vector<GapEvent> events;
    const int downlinks = std::max(0, int(std::lround(length / 30.5)) - 1);
    for (int k = 0; k < downlinks; ++k) {
        const double mid = t0 + length * double(k + 1) / double(downlinks + 1) + rng.uniform(-1.5, 1.5);
        events.push_back({mid, mid + rng.uniform(0.7, 1.3), 1});
    }
    const double safeDraw = rng.uniform();
    if (length > 20.0 && (safeDraw < 0.35 || indexInSet == 1)) {
        const double start = t0 + length * rng.uniform(0.12, 0.88);
        events.push_back({start, start + rng.uniform(1.5, 3.0), 2});
    }
    for (const GapEvent& e : events) {
        const std::size_t after = markGap(s, tsc, e.start, e.end, e.kind);
        if (after == 0)
            continue;
        const bool safe = e.kind == 2;
        const double excludeDays = safe ? 0.75 : 0.25;
        const double ramp = safe ? 0.004 : 0.0015, tau = safe ? 1.0 : 0.6;
        for (std::size_t i = 0; i < n; ++i) {
            const double since = tsc[i] - e.end;
            if (since >= 0) {
                const double decay = std::exp(-since / tau);
                s.gain[i] *= 1.0 - ramp * decay;
                s.width[i] *= 1.0 + (safe ? 0.02 : 0.008) * decay;
                if (since < excludeDays)
                    s.quality[i] |= kManualExclude;
            } else if (tsc[i] < e.start && e.start - tsc[i] < 2.5 * dt) {
                s.quality[i] |= kManualExclude;
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (s.gap[i] == 1)
            s.quality[i] = kEarthPoint;
        else if (s.gap[i] == 2)
            s.quality[i] = kSafeMode;
    }

    // Pointing jitter: AR(1) plus white, below a milli-pixel per cadence (Kepler's
    // fine guidance held ~3 mas = 0.0008 px; more would swamp the photon noise).
    double jx = 0, jy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        jx = 0.9 * jx + 0.0003 * rng.normal();
        jy = 0.9 * jy + 0.0003 * rng.normal();
        s.dx[i] += jx + 0.0003 * rng.normal();
        s.dy[i] += jy + 0.0003 * rng.normal();
    }
    auto randomIndex = [&](std::size_t lo) {
        return std::min(n - 1, lo + std::size_t(rng.uniform() * double(n - lo)));
    };
    // One attitude tweak per quarter: a small permanent pointing step.
    {
        const std::size_t k = randomIndex(n / 10);
        const double ang = rng.uniform(0, 2 * kPi), step = rng.uniform(0.02, 0.05);
        s.quality[k] |= kAttitudeTweak;
        for (std::size_t i = k; i < n; ++i) {
            s.dx[i] += step * std::cos(ang);
            s.dy[i] += step * std::sin(ang);
        }
    }
    // Reaction-wheel desaturations every ~3 days (flagged 32 + 4 as in real files),
    // each with a pointing excursion on that cadence.
    for (double t = t0 + rng.uniform(0.5, 3.0); t < t1; t += rng.uniform(2.9, 3.1)) {
        const std::size_t k = std::size_t((t - t0) / dt);
        if (k >= n)
            break;
        s.quality[k] |= kDesat | kCoarsePoint;
        const double ang = rng.uniform(0, 2 * kPi);
        s.dx[k] += 0.15 * std::cos(ang);
        s.dy[k] += 0.15 * std::sin(ang);
    }
    // A few isolated coarse-point cadences with larger excursions.
    for (int j = 0; j < 4; ++j) {
        const std::size_t k = randomIndex(0);
        s.quality[k] |= kCoarsePoint;
        s.dx[k] += rng.uniform(-0.35, 0.35);
        s.dy[k] += rng.uniform(-0.35, 0.35);
    }
    // Reaction-wheel zero crossings: the first cadences and short bursts.
    for (std::size_t i = 0; i < std::min<std::size_t>(12, n); ++i)
        s.quality[i] |= kZeroCrossing;
    for (double t = t0 + rng.uniform(3.0, 8.0); t < t1; t += rng.uniform(4.0, 9.0)) {
        const std::size_t k = std::size_t((t - t0) / dt), len = 4 + std::size_t(rng.uniform() * 7);
        for (std::size_t i = k; i < std::min(n, k + len); ++i)
            s.quality[i] |= kZeroCrossing;
    }
    // Impulsive outliers (real dips in the data, flagged 2048) and collateral cosmic rays.
    for (int j = 0; j < 2; ++j) {
        const std::size_t k = randomIndex(0);
        s.quality[k] |= kImpulsiveOutlier;
        s.outlier[k] = 1.0 - rng.uniform(0.002, 0.006);
    }
    for (std::size_t i = 0; i < n; ++i)
        if (rng.uniform() < 0.025)
            s.quality[i] |= kCrCollateral;
    // Gap rows keep only their gap flag.
    for (std::size_t i = 0; i < n; ++i)
        if (s.gap[i])
            s.quality[i] &= (kEarthPoint | kSafeMode);
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return kNaN;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

}  // namespace

QuarterData simulateQuarter(const DemoParams& params, const std::vector<DemoPlanet>& planets, int quarter,
                            int indexInSet)
{
    QuarterData d;
    const KeplerQuarterInfo* info = keplerQuarter(quarter);
    if (!info)
        return d;
    const int rows = params.rows, cols = params.cols;
    const std::size_t npix = std::size_t(rows) * std::size_t(cols);
    d.quarter = quarter;
    d.season = keplerSeason(quarter);
    d.rows = rows;
    d.cols = cols;

    DemoRng rng(mixSeed(params.seed, std::uint64_t(quarter), 1));
    DemoRng seasonRng(mixSeed(std::uint64_t(params.keplerId), std::uint64_t(d.season), 2));

    // --- Focal-plane placement for this season (Kepler rolls 90 degrees per quarter).
    int module = 9, output = 3;
    for (int s = 0; s < d.season; ++s) {
        module = rotateModule(module);
        output = output % 4 + 1;
    }
    d.module = module;
    d.output = output;
    d.channel = keplerChannel(module, output);
    d.ccdColumn = 12 + int(seasonRng.uniform() * double(1100 - cols - 12));
    d.ccdRow = 20 + int(seasonRng.uniform() * double(1024 - rows - 20));
    const double theta = (33.0 + 90.0 * d.season) * kPi / 180.0;
    const double ct = std::cos(theta), st = std::sin(theta);
    d.pc11 = ct;
    d.pc12 = -st;
    d.pc21 = st;
    d.pc22 = ct;
    // The target lands on a different pixel each season (and a random sub-pixel phase).
    static constexpr int kPixelShift[4][2] = {{-1, 0}, {0, 0}, {0, -1}, {-1, -1}};
    d.targetX = cols / 2 + kPixelShift[d.season][0] + seasonRng.uniform(-0.3, 0.3);
    d.targetY = rows / 2 + kPixelShift[d.season][1] + seasonRng.uniform(-0.3, 0.3);
    // Sky offsets -> pixel offsets through the inverse of the WCS (CDELT1 < 0, PC = R(theta)).
    auto skyToPixel = [&](double east, double north, double& px, double& py) {
        const double u = -east, v = north;
        px = ct * u + st * v;
        py = -st * u + ct * v;
    };
    const double sepPa = 58.0 * kPi / 180.0;
    std::vector<SkyStar> others{
        {params.neighbourSeparationPx * std::sin(sepPa), params.neighbourSeparationPx * std::cos(sepPa),
         params.neighbourDeltaMag},
        {-3.6, -2.9, 4.6},
        {4.4, -3.8, 5.3},
    };
    // The background eclipsing binary, if any, is the last star (position angle 200 degrees).
    const std::size_t bebIndex = params.backgroundEclipse.enabled() ? others.size() : std::size_t(-1);
    if (params.backgroundEclipse.enabled()) {
        const double pa = 200.0 * kPi / 180.0;
        others.push_back({params.backgroundOffsetPx * std::sin(pa), params.backgroundOffsetPx * std::cos(pa),
                          params.backgroundDeltaMag});
    }
    Psf psf;
    if (d.season % 2 == 1)
        std::swap(psf.coreSigmaX, psf.coreSigmaY);
    const double psfScale = 1.0 + 0.04 * (seasonRng.uniform() - 0.5);
    psf.coreSigmaX *= psfScale;
    psf.coreSigmaY *= psfScale;

    const double f0 = keplerFluxFromMag(params.kepmag);
    std::vector<double> ox(others.size()), oy(others.size()), of(others.size());
    for (std::size_t j = 0; j < others.size(); ++j) {
        skyToPixel(others[j].east, others[j].north, ox[j], oy[j]);
        ox[j] += d.targetX;
        oy[j] += d.targetY;
        of[j] = f0 * std::pow(10.0, -0.4 * others[j].deltaMag);
    }

    // --- Background: zodiacal level per season, gentle gradient and seasonal trend.
    const double bkg0 = rng.uniform(110.0, 190.0);
    const double gradX = rng.uniform(-0.8, 0.8), gradY = rng.uniform(-0.8, 0.8);
    const double bkgA = rng.uniform(-0.2, 0.2), bkgB = rng.uniform(0.0, 0.15);
    std::vector<double> bkgShape(npix);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            bkgShape[std::size_t(r * cols + c)] = gradX * (c - cols / 2.0) + gradY * (r - rows / 2.0);

    // --- Nominal images, pipeline aperture, crowding.
    const double texp = KeplerLongCadence::exposureSeconds();
    const double readVar =
        KeplerLongCadence::kReadNoise * KeplerLongCadence::kReadNoise * KeplerLongCadence::kNumFrames;
    std::vector<double> work, meanTarget(npix, 0.0), meanOthers(npix, 0.0), meanBkg(npix);
    addStar(meanTarget, rows, cols, psf, d.targetX, d.targetY, f0, 1.0, work);
    for (std::size_t j = 0; j < others.size(); ++j)
        addStar(meanOthers, rows, cols, psf, ox[j], oy[j], of[j], 1.0, work);
    for (std::size_t p = 0; p < npix; ++p)
        meanBkg[p] = bkg0 + bkgShape[p];
    const std::vector<int> optimal = chooseOptimalAperture(meanTarget, meanOthers, meanBkg, texp, readVar);
    d.aperture.assign(npix, 1);
    double apTarget = 0, apAll = 0, bright = -1;
    for (std::size_t p = 0; p < npix; ++p) {
        if (optimal[p]) {
            d.aperture[p] = 3;
            ++d.npixsap;
            apTarget += meanTarget[p];
            apAll += meanTarget[p] + meanOthers[p];
        }
        if (meanTarget[p] + meanOthers[p] > bright) {
            bright = meanTarget[p] + meanOthers[p];
            d.brightRow = int(p) / cols;
            d.brightCol = int(p) % cols;
        }
    }
    d.crowdsap = apAll > 0 ? apTarget / apAll : 1.0;
    d.flfrcsap = apTarget / f0;

    // --- Cadence grid in spacecraft time, barycentric TIME.
    const double dt = KeplerLongCadence::kTimedel;
    const double tscStart = info->tstart - timeCorrection(info->tstart);
    const std::size_t n = std::size_t((info->tstop - info->tstart) / dt);
    d.cadences = n;
    std::vector<double> tsc(n);
    for (std::size_t i = 0; i < n; ++i)
        tsc[i] = tscStart + (double(i) + 0.5) * dt;
    const Systematics sys = makeSystematics(tsc, rng, indexInSet);

    std::vector<TransitModel> transits;
    for (const DemoPlanet& p : planets)
        transits.emplace_back(p);

    d.time.assign(n, kNaN);
    d.timecorr.assign(n, 0.0f);
    d.cadenceNo.resize(n);
    d.quality = sys.quality;
    d.posCorr1.assign(n, kNaNf);
    d.posCorr2.assign(n, kNaNf);
    d.rawCounts.assign(n * npix, 0);
    d.flux.assign(n * npix, kNaNf);
    d.fluxErr.assign(n * npix, kNaNf);
    d.fluxBkg.assign(n * npix, kNaNf);
    d.fluxBkgErr.assign(n * npix, kNaNf);
    d.cosmicRays.assign(n * npix, kNaNf);

    std::vector<double> image(npix);
    std::vector<double> sap;
    sap.reserve(n);
    const double lengthDays = tsc.back() - tsc.front();
    for (std::size_t i = 0; i < n; ++i) {
        d.cadenceNo[i] = std::int32_t(keplerCadenceNumber(tsc[i]));
        if (sys.gap[i])
            continue;
        const double tc = timeCorrection(tsc[i]);
        const double t = tsc[i] + tc;
        d.time[i] = t;
        d.timecorr[i] = float(tc);
        d.posCorr1[i] = float(sys.dx[i] + 0.0002 * rng.normal());
        d.posCorr2[i] = float(sys.dy[i] + 0.0002 * rng.normal());
        ++d.validCadences;

        double drop = 0;
        for (const TransitModel& m : transits)
            drop += m.dropIntegrated(t, dt);
        drop += params.targetEclipse.dropIntegrated(t, dt);
        const double bebDrop = params.backgroundEclipse.dropIntegrated(t, dt);
        const double g = sys.gain[i];
        std::fill(image.begin(), image.end(), 0.0);
        addStar(image, rows, cols, psf, d.targetX + sys.dx[i], d.targetY + sys.dy[i],
                f0 * g * (1.0 - drop) * sys.outlier[i], sys.width[i], work);
        for (std::size_t j = 0; j < others.size(); ++j)
            addStar(image, rows, cols, psf, ox[j] + sys.dx[i], oy[j] + sys.dy[i],
                    of[j] * g * (j == bebIndex ? 1.0 - bebDrop : 1.0), sys.width[i], work);

        const double x = 2.0 * (tsc[i] - tsc.front()) / lengthDays - 1.0;
        const double bkgLevel = bkg0 * (1.0 + bkgA * x + bkgB * x * x);
        const bool cosmic = rng.uniform() < 0.006;
        const std::size_t crPixel = cosmic ? std::min(npix - 1, std::size_t(rng.uniform() * double(npix))) : npix;
        const double crValue = cosmic ? rng.uniform(40.0, 400.0) : 0.0;
        double sapSum = 0;
        const std::size_t base = i * npix;
        for (std::size_t p = 0; p < npix; ++p) {
            const double bkg = bkgLevel + bkgShape[p];
            const double model = image[p] + bkg;
            const double sigma = std::sqrt(std::max(0.0, model) * texp + readVar) / texp;
            const double observed = model + sigma * rng.normal();
            const double fl = observed - bkg;
            d.flux[base + p] = float(fl);
            d.fluxErr[base + p] = float(sigma);
            d.fluxBkg[base + p] = float(bkg);
            d.fluxBkgErr[base + p] = float(0.055 * std::sqrt(bkg / 184.0));
            double rawElectrons = observed * texp;
            if (p == crPixel) {
                d.cosmicRays[base + p] = float(crValue);
                rawElectrons += crValue * texp;
                if (optimal[p])
                    d.quality[i] |= kCrAperture;
            }
            d.rawCounts[base + p] =
                std::int32_t(KeplerLongCadence::kLcFixedOffset + std::llround(rawElectrons / KeplerLongCadence::kGain));
            if (optimal[p])
                sapSum += fl;
        }
        if (d.quality[i] == 0)
            sap.push_back(sapSum);
    }

    // Header times: edges of the first and last rows (real files never start in a gap).
    d.tstart = tsc.front() + timeCorrection(tsc.front()) - 0.5 * dt;
    d.tstop = tsc.back() + timeCorrection(tsc.back()) + 0.5 * dt;
    d.lcStartMjd = bkjdToMjd(tsc.front());
    d.lcEndMjd = bkjdToMjd(tsc.back());

    // White-noise CDPP estimate from the point-to-point scatter of the SAP flux.
    if (sap.size() > 10) {
        std::vector<double> diffs(sap.size() - 1);
        for (std::size_t i = 1; i < sap.size(); ++i)
            diffs[i - 1] = sap[i] - sap[i - 1];
        const double med = median(diffs);
        for (double& v : diffs)
            v = std::abs(v - med);
        const double sigma1 = 1.4826 * median(diffs) / std::sqrt(2.0) / median(sap) * 1e6;
        const double perHour = 60.0 / (dt * 1440.0);
        d.cdpp3 = sigma1 / std::sqrt(3.0 * perHour);
        d.cdpp6 = sigma1 / std::sqrt(6.0 * perHour);
        d.cdpp12 = sigma1 / std::sqrt(12.0 * perHour);
    }
    return d;
}

}  // namespace exo::demo
