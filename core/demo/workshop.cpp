// The workshop folder: the plan of its stars, their light curves, the answer key.
#include "demo/workshop.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numbers>

#include "demo/demo_physics.h"
#include "demo/kepler_calendar.h"
#include "demo/workshop_lc_writer.h"

namespace exo::demo {

namespace {

constexpr double kKeplerCadence = 0.02043359821692;  // 29.4 min (real TIMEDEL)
constexpr double kTessCadence = 2.0 / 1440.0;        // 2 min (SPOC target cadence)
constexpr long long kKicBase = 99100000;             // above the real KIC range
constexpr long long kTicBase = 9900000000;           // above the real TIC range

struct PlanetSpec {
    double period, depthPpm, durationHours;
};

/// One row of the plan. Planets are placed at a random phase of the star's first quarter/sector.
struct Template {
    WorkshopKind kind;
    const char* difficulty;
    bool tess;
    double mag;
    int count;
    std::vector<PlanetSpec> planets;
    double ebPeriod = 0, ebPrimary = 0, ebSecondary = 0, ebHours = 0;
    double variabilityPpm = 0, rotationDays = 0;
    const char* note = "";
};

std::vector<Template> templates()
{
    using K = WorkshopKind;
    return {
        {K::MultiPlanet,
         "medium",
         false,
         12.0,
         4,
         {{10.3039, 300, 4.0},
          {13.0241, 700, 4.6},
          {22.6845, 850, 5.6},
          {31.9996, 1400, 4.3},
          {46.6888, 450, 6.5},
          {118.3807, 800, 9.7}},
         0,
         0,
         0,
         0,
         0,
         0,
         "Kepler-11 analogue (the HelloExoWorld star): six planets; g shows three transits"},
        {K::Planet, "easy", false, 12.5, 2, {{3.5225, 8000, 2.9}}, 0, 0, 0, 0, 0, 0, "hot Jupiter"},
        {K::Planet, "easy", true, 10.0, 1, {{2.8517, 6000, 2.4}}, 0, 0, 0, 0, 0, 0, "hot Jupiter"},
        {K::EclipsingBinary,
         "",
         false,
         13.0,
         2,
         {},
         2.1783,
         0.25,
         0.10,
         3.1,
         0,
         0,
         "V-shaped eclipses, secondary at phase 0.5: odd/even and secondary tests flag it"},
        {K::Flat, "", false, 12.0, 2, {}, 0, 0, 0, 0, 0, 0, "quiet star, nothing to find"},
        {K::Variable,
         "medium",
         false,
         12.5,
         2,
         {{5.8812, 3000, 3.1}},
         0,
         0,
         0,
         0,
         15000,
         4.7,
         "spotted star (1.5 %) hiding a planet: detrend first"},
        {K::Planet, "medium", true, 9.5, 1, {{6.2714, 1500, 3.0}}, 0, 0, 0, 0, 0, 0, ""},
        {K::Planet, "easy", false, 13.0, 2, {{1.7421, 4500, 1.9}}, 0, 0, 0, 0, 0, 0, ""},
        {K::Planet, "medium", false, 12.5, 2, {{8.4317, 900, 3.6}}, 0, 0, 0, 0, 0, 0, ""},
        {K::BackgroundBlend,
         "",
         false,
         12.0,
         1,
         {},
         0,
         0,
         0,
         0,
         0,
         0,
         "eclipsing binary 4 mag fainter 1.5 px away: the difference image shows the centroid shift"},
        {K::Planet, "hard", false, 13.0, 2, {{19.2046, 350, 5.0}}, 0, 0, 0, 0, 0, 0, "shallow, long period"},
        {K::Flat, "", true, 10.5, 1, {}, 0, 0, 0, 0, 0, 0, "quiet star, nothing to find"},
        {K::Variable, "", true, 10.0, 1, {}, 0, 0, 0, 0, 30000, 1.9, "fast rotator (3 %), no planet"},
        {K::Planet, "easy", true, 11.0, 1, {{1.3604, 12000, 1.6}}, 0, 0, 0, 0, 0, 0, "hot Jupiter"},
        {K::MultiPlanet,
         "medium",
         true,
         9.0,
         1,
         {{2.2093, 1200, 1.8}, {5.4318, 900, 2.5}, {9.1127, 1500, 3.0}},
         0,
         0,
         0,
         0,
         0,
         0,
         "three planets"},
        {K::Planet, "medium", false, 14.0, 2, {{4.9127, 1200, 2.7}}, 0, 0, 0, 0, 0, 0, "faint star"},
        {K::EclipsingBinary, "", true, 10.0, 1, {}, 1.4321, 0.35, 0.20, 2.6, 0, 0, "deep eclipses of unequal depth"},
        {K::Planet, "hard", true, 11.5, 1, {{7.7402, 800, 2.8}}, 0, 0, 0, 0, 0, 0, "three shallow transits"},
        {K::Planet, "hard", false, 12.0, 2, {{33.6021, 150, 6.2}}, 0, 0, 0, 0, 0, 0, "small planet, long period"},
        {K::Flat, "", false, 14.5, 2, {}, 0, 0, 0, 0, 0, 0, "faint quiet star"},
        {K::Variable,
         "hard",
         false,
         12.0,
         2,
         {{2.6433, 600, 2.2}},
         0,
         0,
         0,
         0,
         8000,
         11.3,
         "slow spot modulation over a small planet"},
        {K::Planet, "medium", false, 11.5, 2, {{12.7618, 600, 4.1}}, 0, 0, 0, 0, 0, 0, ""},
        {K::Planet, "easy", true, 10.5, 1, {{4.0611, 5000, 2.9}}, 0, 0, 0, 0, 0, 0, ""},
        {K::Flat, "", true, 9.5, 1, {}, 0, 0, 0, 0, 0, 0, "quiet star, nothing to find"},
        {K::Planet, "medium", true, 10.0, 1, {{3.3127, 2500, 2.2}}, 0, 0, 0, 0, 0, 0, ""},
        {K::Variable, "", true, 11.0, 1, {}, 0, 0, 0, 0, 50000, 0.8, "5 % at 0.8 d: the trend must be short"},
        {K::Planet, "hard", false, 13.5, 2, {{6.9312, 150, 3.2}}, 0, 0, 0, 0, 0, 0, "shallow"},
        {K::EclipsingBinary,
         "",
         false,
         12.0,
         2,
         {},
         5.6271,
         0.03,
         0.004,
         3.4,
         0,
         0,
         "grazing binary that looks like a planet: V shape, faint secondary"},
        {K::Planet, "easy", false, 12.0, 2, {{2.4702, 10000, 2.2}}, 0, 0, 0, 0, 0, 0, "hot Jupiter"},
        {K::Flat, "", false, 13.0, 2, {}, 0, 0, 0, 0, 0, 0, "quiet star, nothing to find"},
    };
}

double tessSectorStart(int sector) { return 1325.29 + 27.40 * (sector - 1); }

/// Cadence times of one quarter/sector, with the real kinds of gaps: downlinks (~1 d), and a
/// short stretch cut off by two gaps, shorter than 100 points (the workshop's TIMESPLIT drops it).
std::vector<double> cadenceGrid(bool tess, int qs, double& dt)
{
    std::vector<std::pair<double, double>> gaps;
    double t0, t1;
    if (tess) {
        dt = kTessCadence;
        t0 = tessSectorStart(qs) + 0.1;
        t1 = t0 + 26.9;
        gaps = {{t0 + 13.0, t0 + 14.0}, {t1 - 3.0, t1 - 2.55}, {t1 - 2.45, t1 - 2.0}};
    } else {
        dt = kKeplerCadence;
        const KeplerQuarterInfo* q = keplerQuarter(qs);
        t0 = q ? q->tstart : 169.5;
        t1 = q ? q->tstop : 258.5;
        gaps = {{t0 + 30.5, t0 + 31.5}, {t0 + 61.0, t0 + 62.1}, {t1 - 9.0, t1 - 8.6}, {t1 - 7.6, t1 - 7.2}};
    }
    std::vector<double> t;
    for (double x = t0; x < t1; x += dt) {
        bool inGap = false;
        for (const auto& [a, b] : gaps)
            inGap = inGap || (x >= a && x < b);
        if (!inGap)
            t.push_back(x);
    }
    return t;
}

WorkshopLightCurve synthesise(const WorkshopStar& s, int qs, int indexInStar, unsigned seed)
{
    WorkshopLightCurve lc;
    lc.tess = s.tess;
    lc.targetId = s.targetId;
    lc.quarterOrSector = qs;
    lc.object = s.label;
    lc.kind = workshopKindName(s.kind);
    lc.magnitude = s.magnitude;
    lc.ra = 291.0 + s.number * 0.37;
    lc.dec = 44.0 + s.number * 0.11;
    lc.crowdsap = 0.99;
    lc.flfrcsap = 0.9;
    lc.time = cadenceGrid(s.tess, qs, lc.cadenceDays);
    DemoRng rng(mixSeed(seed, std::uint64_t(s.number), std::uint64_t(indexInStar)));
    const std::size_t n = lc.time.size();
    const double f0 = s.tess ? 15000.0 * std::pow(10.0, -0.4 * (s.magnitude - 10.0)) : keplerFluxFromMag(s.magnitude);
    const double sigma = s.tess ? 700e-6 * std::pow(10.0, 0.2 * (s.magnitude - 10.0))
                                : 60e-6 * std::pow(10.0, 0.2 * (s.magnitude - 12.0));
    std::vector<TransitModel> models;
    for (const auto& p : s.planets)
        models.emplace_back(p);
    const double a1 = rng.uniform(-0.004, 0.004), a2 = rng.uniform(-0.003, 0.003);
    const double phi1 = rng.uniform(0, 2 * std::numbers::pi), phi2 = rng.uniform(0, 2 * std::numbers::pi);
    const double tMid = 0.5 * (lc.time.front() + lc.time.back()), half = 0.5 * (lc.time.back() - lc.time.front());
    const double exposure = lc.cadenceDays * 0.92;
    const double desatEvery = 3.0 + rng.uniform(0, 0.5);
    double lastDesat = lc.time.front(), lastT = lc.time.front(), gapEnd = lc.time.front();
    const long long cadence0 = s.tess ? 100000 + qs * 20000 : keplerCadenceNumber(lc.time.front());
    for (std::size_t i = 0; i < n; ++i) {
        const double t = lc.time[i];
        if (t - lastT > 3 * lc.cadenceDays)
            gapEnd = t;
        lastT = t;
        double star = 1.0;
        if (s.variabilityPpm > 0) {
            const double w = 2 * std::numbers::pi / s.rotationDays;
            const double evolve = 1.0 + 0.2 * std::sin(2 * std::numbers::pi * t / (5 * s.rotationDays) + phi2);
            star += 1e-6 * s.variabilityPpm * evolve * (std::sin(w * t + phi1) + 0.35 * std::sin(2 * w * t + phi2));
        }
        for (const auto& m : models)
            star *= 1.0 - m.dropIntegrated(t, exposure);
        if (s.kind == WorkshopKind::EclipsingBinary)
            star *= 1.0 - s.eclipse.dropIntegrated(t, exposure);
        const double noise = sigma * rng.normal();
        const double x = (t - tMid) / half;
        const double ramp = 0.0025 * std::exp(-(t - gapEnd) / 0.35);
        const double sys = 1.0 + a1 * x + a2 * x * x - ramp;
        std::int32_t q = 0;
        double glitch = 0;
        if (t - lastDesat > desatEvery) {  // reaction-wheel desaturation: flagged, a bad point
            q = 32;
            glitch = -0.004;
            lastDesat = t;
        } else if (rng.uniform() < 0.0015) {  // cosmic ray, not flagged: an upward outlier
            glitch = 20 * sigma;
        }
        lc.pdcsap.push_back(f0 * (star * (1.0 + 30e-6 * x) + noise + glitch));
        lc.sap.push_back(f0 * lc.flfrcsap * (star * sys + noise + glitch));
        lc.pdcsapErr.push_back(f0 * sigma);
        lc.sapErr.push_back(f0 * lc.flfrcsap * sigma);
        lc.bkg.push_back(s.tess ? 180.0 + 40.0 * x * x : 420.0 + 30.0 * x);
        lc.quality.push_back(q);
        lc.cadenceNo.push_back(std::int32_t(cadence0 + std::llround((t - lc.time.front()) / lc.cadenceDays)));
        lc.centCol.push_back(500.0 + 3.0 + 0.02 * x + 0.001 * rng.normal());
        lc.centRow.push_back(300.0 + 3.0 - 0.015 * x + 0.001 * rng.normal());
    }
    return lc;
}

std::string num(double v, int prec)
{
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", prec, v);
    return b;
}

Status writeAnswerKey(const WorkshopOutput& out)
{
    std::ofstream csv(out.answerKeyCsv), md(out.answerKeyMarkdown);
    if (!csv || !md)
        return Status::error(ErrorCode::WriteFailed, out.answerKeyCsv + ": cannot create");
    csv << "star,label,mission,kind,difficulty,signal,period_days,t0,time_system,depth_ppm,duration_hours,note\n";
    md << "# ExoWorld workshop: answer key (for the instructor)\n\n"
       << "Times are in each file's mission time (BKJD = BJD - 2454833 for Kepler, BTJD = BJD - 2457000 for "
          "TESS). Depths are undiluted, at mid-transit.\n\n"
       << "| star | label | mission | kind | difficulty | signal | P (d) | T0 | depth (ppm) | T14 (h) | note |\n"
       << "|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& s : out.stars) {
        const std::string mission = s.tess ? "TESS" : "Kepler", ts = s.tess ? "BTJD" : "BKJD";
        const std::string head = std::to_string(s.number) + "," + s.label + "," + mission + ","
                                 + workshopKindName(s.kind) + "," + s.difficulty + ",";
        const std::string mdHead = "| " + std::to_string(s.number) + " | " + s.label + " | " + mission + " | "
                                   + workshopKindName(s.kind) + " | " + s.difficulty + " | ";
        bool any = false;
        for (const auto& p : s.planets) {
            csv << head << p.name << ',' << num(p.periodDays, 5) << ',' << num(p.t0Bkjd, 4) << ',' << ts << ','
                << num(p.depthPpm, 0) << ',' << num(p.durationHours, 2) << ",\"" << s.note << "\"\n";
            md << mdHead << p.name << " | " << num(p.periodDays, 4) << " | " << num(p.t0Bkjd, 3) << " " << ts << " | "
               << num(p.depthPpm, 0) << " | " << num(p.durationHours, 1) << " | " << s.note << " |\n";
            any = true;
        }
        if (s.eclipse.enabled()) {
            const bool blend = s.kind == WorkshopKind::BackgroundBlend;
            // A blend's eclipse is diluted by the target: ~2.5 % of the light for 4 magnitudes.
            const double depth = s.eclipse.primaryDepth * (blend ? std::pow(10.0, -0.4 * 4.0) : 1.0) * 1e6;
            const std::string name = blend ? "background EB" : "eclipses";
            csv << head << name << ',' << num(s.eclipse.periodDays, 5) << ',' << num(s.eclipse.t0Bkjd, 4) << ',' << ts
                << ',' << num(depth, 0) << ',' << num(s.eclipse.durationHours, 2) << ",\"" << s.note << "\"\n";
            md << mdHead << name << " | " << num(s.eclipse.periodDays, 4) << " | " << num(s.eclipse.t0Bkjd, 3) << " "
               << ts << " | " << num(depth, 0) << " | " << num(s.eclipse.durationHours, 1) << " | " << s.note << " |\n";
            any = true;
        }
        if (!any) {
            csv << head << ",,,,,,\"" << s.note << "\"\n";
            md << mdHead << "none | | | | | " << s.note << " |\n";
        }
    }
    csv.close();
    md.close();
    if (!csv || !md)
        return Status::error(ErrorCode::WriteFailed, out.answerKeyCsv + ": write failed");
    return Status::success();
}

}  // namespace

const char* workshopKindName(WorkshopKind k)
{
    switch (k) {
    case WorkshopKind::Planet: return "planet";
    case WorkshopKind::MultiPlanet: return "multi-planet";
    case WorkshopKind::EclipsingBinary: return "eclipsing-binary";
    case WorkshopKind::BackgroundBlend: return "background-blend";
    case WorkshopKind::Flat: return "flat";
    case WorkshopKind::Variable: return "variable";
    }
    return "flat";
}

std::vector<WorkshopStar> planWorkshop(const WorkshopParams& params)
{
    const auto tpl = templates();
    std::vector<WorkshopStar> out;
    const int count = std::min<int>(std::max(params.stars, 0), int(tpl.size()));
    for (int k = 0; k < count; ++k) {
        const Template& t = tpl[std::size_t(k)];
        WorkshopStar s;
        s.number = k + 1;
        s.kind = t.kind;
        s.difficulty = t.difficulty;
        s.tess = t.tess;
        s.magnitude = t.mag;
        s.count = t.count;
        s.note = t.note;
        s.targetId = t.tess ? kTicBase + s.number : kKicBase + s.number;
        s.label = std::string(t.tess ? "TIC " : "KIC ") + std::to_string(s.targetId);
        s.firstQuarterOrSector = t.tess ? 14 + k % 12 : (k == 0 ? 2 : 2 + (k * 3) % 8);
        if (t.kind == WorkshopKind::BackgroundBlend)
            s.firstQuarterOrSector = 6;
        DemoRng rng(mixSeed(params.seed, std::uint64_t(s.number), 1000));
        const double start =
            t.tess ? tessSectorStart(s.firstQuarterOrSector) + 0.1 : keplerQuarter(s.firstQuarterOrSector)->tstart;
        static const char* const letters = "bcdefgh";
        for (std::size_t i = 0; i < t.planets.size(); ++i) {
            DemoPlanet p;
            p.name = "star " + std::to_string(s.number) + " " + letters[i];
            p.periodDays = t.planets[i].period;
            p.depthPpm = t.planets[i].depthPpm;
            p.durationHours = t.planets[i].durationHours;
            p.impact = rng.uniform(0.0, 0.6);
            p.t0Bkjd = start + 0.5 + rng.uniform(0.0, std::min(p.periodDays, 20.0) - 1.0);
            s.planets.push_back(p);
        }
        if (t.kind == WorkshopKind::EclipsingBinary) {
            s.eclipse.periodDays = t.ebPeriod;
            s.eclipse.primaryDepth = t.ebPrimary;
            s.eclipse.secondaryDepth = t.ebSecondary;
            s.eclipse.durationHours = t.ebHours;
            s.eclipse.t0Bkjd = start + 0.3 + rng.uniform(0.0, t.ebPeriod);
        } else if (t.kind == WorkshopKind::BackgroundBlend) {
            s.eclipse = defaultBackgroundEclipse();
        }
        s.variabilityPpm = t.variabilityPpm;
        s.rotationDays = t.rotationDays;
        out.push_back(std::move(s));
    }
    return out;
}

Result<WorkshopOutput> generateWorkshop(const WorkshopParams& params, const std::string& outDir,
                                        const ProgressFn& progress)
{
    using R = Result<WorkshopOutput>;
    if (params.stars < 1 || params.stars > 30)
        return R::failure(ErrorCode::InvalidParameter, "--stars must be between 1 and 30");
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(fs::path(outDir) / "instructor", ec);
    if (ec)
        return R::failure(ErrorCode::WriteFailed, outDir + ": " + ec.message());
    WorkshopOutput out;
    out.stars = planWorkshop(params);
    const fs::path root = fs::absolute(fs::path(outDir));
    for (auto& s : out.stars) {
        char sub[32];
        std::snprintf(sub, sizeof sub, "star-%02d", s.number);
        const fs::path dir = root / sub;
        fs::create_directories(dir, ec);
        if (ec)
            return R::failure(ErrorCode::WriteFailed, dir.string() + ": " + ec.message());
        if (s.kind == WorkshopKind::BackgroundBlend) {
            DemoParams dp;
            dp.quarters = 1;
            dp.firstQuarter = s.firstQuarterOrSector;
            dp.seed = unsigned(mixSeed(params.seed, std::uint64_t(s.number)) & 0x7fffffffu);
            dp.keplerId = s.targetId;
            dp.kepmag = s.magnitude;
            dp.noPlanets = true;
            dp.backgroundEclipse = s.eclipse;
            auto r = generateDemoStar(dp, dir.string());
            if (!r.ok())
                return R::failure(r.status.code, r.status.detail);
            s.files = r.value.files;
        } else {
            for (int i = 0; i < s.count; ++i) {
                WorkshopLightCurve lc = synthesise(s, s.firstQuarterOrSector + i, i, params.seed);
                const std::string path = (dir / workshopFileName(lc)).string();
                if (Status st = writeWorkshopLightCurve(path, lc); !st.ok())
                    return R::failure(st.code, st.detail);
                s.files.push_back(path);
            }
        }
        if (!reportProgress(progress, s.number, (long long)out.stars.size()))
            return R::failure(ErrorCode::Cancelled);
    }
    out.answerKeyCsv = (root / "instructor" / "answer_key.csv").string();
    out.answerKeyMarkdown = (root / "instructor" / "answer_key.md").string();
    if (Status st = writeAnswerKey(out); !st.ok())
        return R::failure(st.code, st.detail);
    return R::success(std::move(out));
}

}  // namespace exo::demo
