// core/vetting on synthetic light curves whose truth is known: a planet passes,
// an eclipsing binary, a V-shaped eclipse, a sinusoid, a single event, a too-large
// or too-long companion fail with the right flags; noise, ephemeris match, errors.
#include <QtTest>
#include <cmath>
#include <random>

#include "vetting/vetting.h"
#include "vetting/vetting_internal.h"

using namespace exo;
using namespace exo::vetting;

namespace {

struct Sim {
    double period = 3.0, t0 = 1.2, durationHours = 3.0;
    double depth = 1e-3;        // relative
    double oddDepth = -1;       // relative, < 0 = same as depth
    double secondary = 0;       // relative, at phase 0.5
    double ingressRatio = 0.1;  // trapezoid ingress / total
    double noise = 2e-4;        // white, per point
    double red = 0;             // amplitude of a slow sinusoid (red noise), relative
    double sine = 0;            // sinusoid at the period instead of transits
    double days = 60, cadence = 0.0204;
    unsigned seed = 7;
};

double trap(double dt, double total, double ingress)
{
    const double a = std::abs(dt), half = total / 2;
    if (a >= half)
        return 0;
    if (ingress <= 0 || a <= half - ingress)
        return 1;
    return (half - a) / ingress;
}

Series simulate(const Sim& s)
{
    Series out;
    std::mt19937 rng(s.seed);
    std::normal_distribution<double> g(0.0, 1.0);
    const double T = s.durationHours / 24.0;
    for (double t = 0; t < s.days; t += s.cadence) {
        double f = 1.0 + s.noise * g(rng) + s.red * std::sin(2 * M_PI * t / 1.7);
        const double x = (t - s.t0) / s.period;
        const long long k = (long long)std::floor(x + 0.5);
        const double dt = (x - double(k)) * s.period;
        if (s.sine > 0) {
            f += s.sine * std::cos(2 * M_PI * (t - s.t0) / s.period);
        } else {
            const double d = (s.oddDepth >= 0 && (k % 2 + 2) % 2 == 1) ? s.oddDepth : s.depth;
            f -= d * trap(dt, T, s.ingressRatio * T);
            const double x2 = (t - s.t0 - 0.5 * s.period) / s.period;
            const double dt2 = (x2 - std::floor(x2 + 0.5)) * s.period;
            f -= s.secondary * trap(dt2, T, s.ingressRatio * T);
        }
        out.time.push_back(t);
        out.flux.push_back(f);
    }
    return out;
}

Input input(const Sim& s)
{
    Input in;
    in.flat = simulate(s);
    in.meta.mission = Mission::Kepler;
    in.meta.bjdRefI = 2454833;
    in.meta.cadenceDays = s.cadence;
    in.ephemeris = {s.period, s.t0, s.durationHours, s.depth * 1e6};
    return in;
}

Report vetOk(const Input& in)
{
    auto r = vet(in);
    if (!r.ok())
        qWarning("vet failed: %s", r.status.detail.c_str());
    return r.value;
}

QString flags(const Report& r)
{
    QStringList l;
    for (auto f : r.flags)
        l << flagName(f);
    return l.join(',');
}

}  // namespace

class TestVetting : public QObject {
    Q_OBJECT
private slots:
    void noiseWhiteAndRed()
    {
        // White noise: beta ~ 1 (Pont et al. 2006 eq. 3 with sigma_r = 0).
        Sim s;
        s.depth = 0;
        const Series w = simulate(s);
        std::vector<double> r(w.flux.size());
        for (std::size_t i = 0; i < r.size(); ++i)
            r[i] = w.flux[i] - 1.0;
        const Noise nw = detail::measureNoise(w.time, r, 3.0 / 24);
        QVERIFY(std::abs(nw.whitePpm - 200) < 10);
        QVERIFY2(nw.beta > 0.8 && nw.beta < 1.25, qPrintable(QString::number(nw.beta)));
        QVERIFY(nw.redPpm < 15);
        // A slow 200 ppm sinusoid (1.7 d) is red noise at a 3-hour scale: its robust scatter is
        // 1.05 x 200 ppm (MAD of a sine), its rms 141 ppm; white noise per 3-h bin is 200/sqrt(6).
        s.red = 2e-4;
        const Series rd = simulate(s);
        for (std::size_t i = 0; i < r.size(); ++i)
            r[i] = rd.flux[i] - 1.0;
        const Noise nr = detail::measureNoise(rd.time, r, 3.0 / 24);
        QVERIFY(std::abs(nr.whitePpm - 200) < 15);
        QVERIFY2(nr.redPpm > 100 && nr.redPpm < 230, qPrintable(QString::number(nr.redPpm)));
        QVERIFY2(nr.beta > 1.5, qPrintable(QString("beta %1 red %2 binned %3 n %4")
                                               .arg(nr.beta)
                                               .arg(nr.redPpm)
                                               .arg(nr.binnedPpm)
                                               .arg(nr.pointsPerBin)));
    }

    void planetPasses()
    {
        Sim s;
        const Report r = vetOk(input(s));
        QVERIFY2(r.flags.empty(), qPrintable(flags(r)));
        // Box over the full duration averages the ingress: expected 1000 * (1 - 0.1) = 900 ppm.
        QVERIFY2(std::abs(r.primary.ppm - 900) < 3 * r.primary.errPpm, qPrintable(QString::number(r.primary.ppm)));
        QVERIFY(r.oddEvenSigma < 3);
        QCOMPARE(int(r.events.size()), 20);
        QVERIFY(r.maxEventFraction < 0.2);
        QVERIFY(r.shape.valid);
        QVERIFY(std::abs(r.shape.depthPpm - 1000) < 100);
        QVERIFY(std::abs(r.shape.durationHours - 3.0) < 0.4);
        QVERIFY(r.shape.ingressRatio < 0.25);
        QVERIFY(r.shape.boxDeltaChi2 > r.shape.sineDeltaChi2);
    }

    void eclipsingBinaryAtHalfPeriodFailsOddEven()
    {
        Sim s;
        s.depth = 4e-3;
        s.oddDepth = 2e-3;
        const Report r = vetOk(input(s));
        QVERIFY(r.oddEvenSigma > 10);
        QVERIFY(r.has(Flag::OddEven));
        QVERIFY(r.has(Flag::StellarEclipse));
        QVERIFY(std::abs(r.odd.ppm - 1800) < 5 * r.odd.errPpm);
    }

    void deepSecondaryIsStellar()
    {
        Sim s;
        s.depth = 5e-3;
        s.secondary = 1.5e-3;
        const Report r = vetOk(input(s));
        QVERIFY(r.secondary.sigma() > 10);
        QVERIFY(r.secondaryAlbedo > 1);  // Sun-like host assumed: a/R* = 8.76 at 3 d
        QVERIFY2(r.has(Flag::Secondary) && r.has(Flag::StellarEclipse), qPrintable(flags(r)));
        QVERIFY(std::abs(r.strongestSecondaryPhase - 0.5) < 0.02);
    }

    void shallowOccultationIsPlanetLike()
    {
        // A hot Jupiter's occultation: 60 ppm for a 1 % transit at a/R* 8.76 is A_g = 0.46.
        Sim s;
        s.depth = 1e-2;
        s.secondary = 6e-5;
        s.noise = 1e-4;
        s.days = 200;
        const Report r = vetOk(input(s));
        QVERIFY(r.secondary.sigma() > 4);
        QVERIFY(r.secondaryAlbedo < 1);
        QVERIFY2(r.has(Flag::PlanetOccultation) && !r.has(Flag::Secondary) && !r.has(Flag::StellarEclipse),
                 qPrintable(flags(r)));
    }

    void vShapedEclipse()
    {
        Sim s;
        s.depth = 5e-3;
        s.ingressRatio = 0.5;
        const Report r = vetOk(input(s));
        QVERIFY2(r.shape.ingressRatio > 0.4, qPrintable(QString::number(r.shape.ingressRatio)));
        QVERIFY(r.has(Flag::VShaped));
    }

    void sinusoidIsNotTransitLike()
    {
        Sim s;
        s.sine = 1e-3;
        const Report r = vetOk(input(s));
        QVERIFY(r.shape.sineDeltaChi2 > r.shape.boxDeltaChi2);
        QVERIFY2(r.has(Flag::Sinusoidal) && r.has(Flag::NotTransitLike), qPrintable(flags(r)));
    }

    void singleEventDominates()
    {
        Sim s;
        s.depth = 0;
        Input in = input(s);
        // One 3000 ppm dip at the epoch 5 transit only.
        const double tc = s.t0 + 5 * s.period;
        for (std::size_t i = 0; i < in.flat.size(); ++i)
            if (std::abs(in.flat.time[i] - tc) < 1.5 / 24)
                in.flat.flux[i] -= 3e-3;
        const Report r = vetOk(in);
        QVERIFY2(r.maxEventFraction > 0.8, qPrintable(QString::number(r.maxEventFraction)));
        QVERIFY(r.has(Flag::SingleEventDominated));
        QVERIFY(r.has(Flag::NotTransitLike));
    }

    void hostConsistency()
    {
        // Sun: logg 4.438, R = 1: a 1 % transit is 10.9 Earth radii; at P = 3 d, a/R* =
        // 215.03 (3/365.25)^(2/3) = 8.76 and the central transit lasts
        // P/pi asin(1.1 / 8.76) = 2.885 h (Seager & Mallen-Ornelas 2003).
        Metadata m;
        m.logg = 4.438;
        m.radiusSun = 1.0;
        m.teff = 5772;
        const Host h = detail::hostConsistency(m, 3.0, 1e4, 2.9);
        QVERIFY(h.known);
        QVERIFY(std::abs(h.massSun - 1.0) < 1e-3);
        QVERIFY(std::abs(h.planetRadiusEarth - 10.91) < 0.05);
        QVERIFY(std::abs(h.aOverRs - 8.76) < 0.02);
        QVERIFY(std::abs(h.expectedDurationHours - 2.885) < 0.01);
        QVERIFY(std::abs(h.equilibriumK - 5772 * std::sqrt(0.5 / 8.76)) < 5);

        Sim s;
        s.depth = 0.12;  // 38 Earth radii around the Sun: a star, not a planet
        s.noise = 5e-4;
        Input in = input(s);
        in.meta.logg = 4.438;
        in.meta.radiusSun = 1.0;
        Report r = vetOk(in);
        QVERIFY2(r.has(Flag::TooLarge) && r.has(Flag::StellarEclipse), qPrintable(flags(r)));
        QVERIFY(!r.has(Flag::DurationImplausible));

        Sim l;
        l.durationHours = 9;  // 3x the central duration at 3 d
        Input in2 = input(l);
        in2.meta.logg = 4.438;
        in2.meta.radiusSun = 1.0;
        r = vetOk(in2);
        QVERIFY2(r.has(Flag::DurationImplausible), qPrintable(flags(r)));
        QVERIFY(r.host.durationRatio > 2.5);
    }

    void ephemerisMatch()
    {
        const Ephemeris e{3.0, 100.0, 3.0, 1000};
        const double off = 2454833;
        Thresholds th;
        // Twice the period, epoch shifted by 7 whole periods of 3 d: 2/1... ratio is this/other = 1/2.
        auto m = detail::matchEphemerides(e, off, {{"twice", 6.0, off + 100.0 + 21.0, 3.0}}, th);
        QCOMPARE(int(m.size()), 1);
        QCOMPARE(m[0].numerator, 1);
        QCOMPARE(m[0].denominator, 2);
        // 3:2 with coincident epochs.
        m = detail::matchEphemerides(e, off, {{"three-halves", 2.0, off + 100.0 - 6.0, 3.0}}, th);
        QCOMPARE(int(m.size()), 1);
        QCOMPARE(m[0].numerator, 3);
        QCOMPARE(m[0].denominator, 2);
        // Same period, half a period apart: a primary and its secondary.
        m = detail::matchEphemerides(e, off, {{"half", 3.0, off + 101.5, 3.0}}, th);
        QCOMPARE(int(m.size()), 1);
        QVERIFY(m[0].halfPhase);
        // Unrelated: period ratio 1.37, or right ratio with a wrong epoch.
        QVERIFY(detail::matchEphemerides(e, off, {{"other", 4.11, off + 100.0, 3.0}}, th).empty());
        QVERIFY(detail::matchEphemerides(e, off, {{"epoch", 6.0, off + 100.9, 3.0}}, th).empty());
    }

    void maskedStrongerCandidateIsRemoved()
    {
        Sim s;
        Input in = input(s);
        // A deep second signal at 7.1 d would spoil the secondary scan unless masked.
        const double P2 = 7.1, t2 = 2.9;
        for (std::size_t i = 0; i < in.flat.size(); ++i) {
            const double x = (in.flat.time[i] - t2) / P2;
            if (std::abs((x - std::floor(x + 0.5)) * P2) < 1.0 / 24)
                in.flat.flux[i] -= 2e-2;
        }
        const Report dirty = vetOk(in);
        in.masked = {{P2, t2, 2.0, 2e4}};
        const Report r = vetOk(in);
        QVERIFY2(r.flags.empty(), qPrintable(flags(r)));
        // Unmasked, the other planet's 2 % dips are the strongest box away from the transit.
        QVERIFY2(
            dirty.strongestSecondary.sigma() > 20 && r.strongestSecondary.sigma() < 5,
            qPrintable(QString("%1 vs %2").arg(dirty.strongestSecondary.sigma()).arg(r.strongestSecondary.sigma())));
    }

    void badInputsAreErrors()
    {
        Sim s;
        Input in = input(s);
        in.ephemeris.periodDays = 0;
        QCOMPARE(vet(in).status.code, ErrorCode::InvalidParameter);
        in = input(s);
        in.ephemeris.durationHours = 40;  // above half of 3 days
        QCOMPARE(vet(in).status.code, ErrorCode::InvalidParameter);
        in = input(s);
        in.ephemeris.t0 = std::nan("");
        QCOMPARE(vet(in).status.code, ErrorCode::InvalidParameter);
        in = input(s);
        in.flat.flux.pop_back();
        QCOMPARE(vet(in).status.code, ErrorCode::InvalidParameter);
        in = input(s);
        in.flat = {};
        QCOMPARE(vet(in).status.code, ErrorCode::NoRows);
        in = input(s);
        for (double& f : in.flat.flux)
            f = std::nan("");
        QCOMPARE(vet(in).status.code, ErrorCode::NoRows);
        in = input(s);
        in.ephemeris.t0 = 1000.3;  // no data near any transit? Periodic: still in range, so fine
        QVERIFY(vet(in).ok());
        // A pixel input without a cube is skipped, not a crash.
        in = input(s);
        TargetPixelFile empty;
        in.pixels.push_back({&empty, {}, 0});
        auto r = vet(in);
        QVERIFY(r.ok());
        QCOMPARE(int(r.value.pixels.size()), 1);
        QVERIFY(!r.value.pixels[0].valid);
    }

    void flagNamesAreStableAndUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i <= int(Flag::PlanetOccultation); ++i) {
            const QString n = flagName(Flag(i));
            QVERIFY(!seen.contains(n));
            QVERIFY(QRegularExpression("^[a-z_]+$").match(n).hasMatch());
            seen.insert(n);
        }
        QCOMPARE(QString(flagName(Flag::NotTransitLike)), QString("not_transit_like"));
        QCOMPARE(QString(flagName(Flag::CentroidOffset)), QString("centroid_offset"));
    }
};

QTEST_APPLESS_MAIN(TestVetting)
#include "test_vetting.moc"
