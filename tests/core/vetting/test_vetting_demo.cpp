// Vetting on the demo generator's false-positive scenarios, where the truth is known:
// a background eclipsing binary 1.5 px from the target must give centroid_offset
// (and its eclipses stellar_eclipse), a grazing eclipse of the target must give
// stellar_eclipse, v_shaped and secondary, and the injected planets must pass.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "demo/demo_star.h"
#include "pipeline/analysis.h"
#include "vetting/vetting.h"

using namespace exo;

namespace {

struct Star {
    std::vector<pipeline::LoadedFile> files;
    pipeline::Prepared prepared;
    Metadata meta;
};

/// Generate two quarters of a scenario and prepare them as the CLI does.
Star makeStar(const demo::DemoParams& p, const QString& dir)
{
    Star s;
    auto out = demo::generateDemoStar(p, dir.toStdString());
    if (!out.ok())
        qFatal("demo generation failed: %s", out.status.detail.c_str());
    std::vector<Series> raws;
    std::vector<Metadata> metas;
    for (const auto& path : out.value.files) {
        auto f = pipeline::loadFile(path);
        if (!f.ok())
            qFatal("load failed");
        auto raw = pipeline::rawLightCurve(f.value, {}, pipeline::FluxSource::Pdcsap);
        if (!raw.ok())
            qFatal("photometry failed");
        raws.push_back(raw.value);
        metas.push_back(f.value.meta);
        s.files.push_back(std::move(f.value));
    }
    auto st = pipeline::stitch(raws, metas);
    auto prep = pipeline::prepare(st.value, Mission::Kepler, {});
    if (!prep.ok())
        qFatal("prepare failed");
    s.prepared = std::move(prep.value);
    s.meta = metas.front();
    return s;
}

vetting::Report vetOn(const Star& s, const vetting::Ephemeris& e, const std::vector<vetting::Ephemeris>& masked = {})
{
    vetting::Input in;
    in.flat = s.prepared.flat;
    in.meta = s.meta;
    in.ephemeris = e;
    in.masked = masked;
    for (const auto& f : s.files)
        in.pixels.push_back({f.tpf.get(), {}, 0});
    auto r = vetting::vet(in);
    if (!r.ok())
        qFatal("vet failed: %s", r.status.detail.c_str());
    return r.value;
}

QString describe(const vetting::Report& r)
{
    QStringList f;
    for (auto x : r.flags)
        f << vetting::flagName(x);
    const int w = r.worstPixelIndex();
    return QStringLiteral("depth %1 ppm SNR %2, odd/even %3 sigma, secondary %4 ppm (%5 sigma), ingress/total %6, "
                          "centroid %7\" (%8 sigma); flags [%9]")
        .arg(r.primary.ppm, 0, 'f', 0)
        .arg(r.primary.sigma(), 0, 'f', 1)
        .arg(r.oddEvenSigma, 0, 'f', 1)
        .arg(r.secondary.ppm, 0, 'f', 0)
        .arg(r.secondary.sigma(), 0, 'f', 1)
        .arg(r.shape.ingressRatio, 0, 'f', 2)
        .arg(w >= 0 ? r.pixels[std::size_t(w)].offsetArcsec : std::nan(""), 0, 'f', 2)
        .arg(w >= 0 ? r.pixels[std::size_t(w)].offsetSigma : std::nan(""), 0, 'f', 1)
        .arg(f.join(','));
}

vetting::Ephemeris eph(const demo::DemoEclipse& e) { return {e.periodDays, e.t0Bkjd, e.durationHours, 0}; }
/// The primary and the secondary eclipses of a binary, to mask both.
std::vector<vetting::Ephemeris> both(const demo::DemoEclipse& e)
{
    return {eph(e), {e.periodDays, e.t0Bkjd + 0.5 * e.periodDays, e.durationHours, 0}};
}
vetting::Ephemeris eph(const demo::DemoPlanet& p) { return {p.periodDays, p.t0Bkjd, p.durationHours, p.depthPpm}; }

}  // namespace

class TestVettingDemo : public QObject {
    Q_OBJECT
private slots:
    void backgroundBinaryIsOffTarget()
    {
        QTemporaryDir dir;
        demo::DemoParams p;
        p.quarters = 2;
        p.backgroundEclipse = demo::defaultBackgroundEclipse();
        const Star s = makeStar(p, dir.path());
        const auto eb = vetOn(s, eph(p.backgroundEclipse));
        qInfo("background binary: %s", qPrintable(describe(eb)));
        QVERIFY2(eb.has(vetting::Flag::CentroidOffset), qPrintable(describe(eb)));
        // The binary sits 1.5 px (6") from the target: the difference image must be near it.
        const auto& px = eb.pixels[std::size_t(eb.worstPixelIndex())];
        QVERIFY(px.offsetPx > 0.7 && px.offsetPx < 2.5);
        QVERIFY(px.offsetSigma > 5);
        QVERIFY(eb.has(vetting::Flag::StellarEclipse));
        // The planet on the target, with the binary's eclipses masked, stays on target.
        const auto b = vetOn(s, eph(demo::defaultDemoPlanets()[0]), both(p.backgroundEclipse));
        qInfo("planet b beside it: %s", qPrintable(describe(b)));
        QVERIFY2(b.flags.empty(), qPrintable(describe(b)));
        for (const auto& q : b.pixels)
            QVERIFY(!(q.offsetSigma > 3) || q.offsetArcsec < 1.0);
    }

    void grazingEclipseIsStellar()
    {
        QTemporaryDir dir;
        demo::DemoParams p;
        p.quarters = 2;
        p.targetEclipse = demo::defaultGrazingEclipse();
        const Star s = makeStar(p, dir.path());
        const auto eb = vetOn(s, eph(p.targetEclipse));
        qInfo("grazing binary: %s", qPrintable(describe(eb)));
        QVERIFY2(eb.has(vetting::Flag::StellarEclipse), qPrintable(describe(eb)));
        QVERIFY(eb.has(vetting::Flag::VShaped));
        QVERIFY(eb.has(vetting::Flag::Secondary));
        QVERIFY(!eb.has(vetting::Flag::CentroidOffset));
        const auto b = vetOn(s, eph(demo::defaultDemoPlanets()[0]), both(p.targetEclipse));
        qInfo("planet b of the same star: %s", qPrintable(describe(b)));
        QVERIFY2(b.flags.empty(), qPrintable(describe(b)));
    }

    void demoPlanetsPass()
    {
        QTemporaryDir dir;
        demo::DemoParams p;
        p.quarters = 2;
        const Star s = makeStar(p, dir.path());
        const auto planets = demo::defaultDemoPlanets();
        // Each planet with the stronger ones masked, as the search hands them over.
        for (std::size_t i = 0; i < 3; ++i) {
            std::vector<vetting::Ephemeris> masked;
            for (std::size_t k = 0; k < i; ++k)
                masked.push_back(eph(planets[k]));
            const auto r = vetOn(s, eph(planets[i]), masked);
            qInfo("%s: %s", planets[i].name.c_str(), qPrintable(describe(r)));
            QVERIFY2(r.flags.empty(), qPrintable(describe(r)));
        }
    }

    void badScenarioParameters()
    {
        QTemporaryDir dir;
        demo::DemoParams p;
        p.quarters = 1;
        p.backgroundEclipse = demo::defaultBackgroundEclipse();
        p.backgroundEclipse.primaryDepth = 1.5;
        QCOMPARE(demo::generateDemoStar(p, dir.path().toStdString()).status.code, ErrorCode::InvalidParameter);
        p.backgroundEclipse = demo::defaultBackgroundEclipse();
        p.backgroundOffsetPx = 0.1;
        QCOMPARE(demo::generateDemoStar(p, dir.path().toStdString()).status.code, ErrorCode::InvalidParameter);
        p.backgroundOffsetPx = 1.5;
        p.targetEclipse = {-1.0, 100.0, 2.0, 0.1, 0.0};
        QCOMPARE(demo::generateDemoStar(p, dir.path().toStdString()).status.code, ErrorCode::InvalidParameter);
    }
};

QTEST_GUILESS_MAIN(TestVettingDemo)
#include "test_vetting_demo.moc"
