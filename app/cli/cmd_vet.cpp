// exoworld-cli vet: vet a given ephemeris (odd/even, secondary, shape, host, pixels).
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/report.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/pipeline_options.h"
#include "cli/vet_run.h"
#include "cli/vet_sheet.h"
#include "cli/vetting_json.h"
#include "pipeline/engine.h"

namespace exo::cli {

namespace {
const char* kVetHelp = "usage: exoworld-cli vet FILE... --period D --t0 T --duration H [--depth PPM]\n"
                       "           [--aperture ...] [--flux pdcsap|sap] [--quality ...]\n"
                       "           [--detrend biweight|median|mean|savgol|none] [--window DAYS|auto] [--json]\n"
                       "           [--sheet OUT.pdf|OUT.png]\n"
                       "\n"
                       "Vet one transit ephemeris on the files' detrended light curve (as 'search' prepares\n"
                       "it) and, for pixel files, on their pixels: odd/even and secondary depths with errors\n"
                       "from the measured white + red noise, per-transit depths, trapezoid shape and sine\n"
                       "test, host-star consistency (TEFF, LOGG, RADIUS of the header), difference image\n"
                       "and centroid offset. Prints a checklist with named flags (see README).\n"
                       "\n"
                       "  --period D       orbital period in days\n"
                       "  --t0 T           mid-transit time: mission days (BKJD for Kepler/K2, BTJD for TESS),\n"
                       "                   or full BJD_TDB when above 2400000 (converted with the file's BJDREF)\n"
                       "  --duration H     transit duration (first to fourth contact) in hours\n"
                       "  --depth PPM      expected depth (optional, only echoed)\n"
                       "  --aperture, --flux, --quality   as for 'exoworld-cli lightcurve'\n"
                       "  --detrend, --window             as for 'exoworld-cli search'\n"
                       "  --json           machine-readable output, including the difference image\n"
                       "  --sheet PATH     also write the one-page vetting sheet (PDF or PNG, by the suffix)\n";

void printChecklist(const vetting::Report& r, std::ostream& out)
{
    auto line = [&](const char* name, bool bad, const std::string& value) {
        char b[256];
        std::snprintf(b, sizeof b, "  [%s] %-22s %s\n", bad ? "FLAG" : " ok ", name, value.c_str());
        out << b;
    };
    using vetting::Flag;
    out << "noise: white " << fixed(r.noise.whitePpm, 0) << " ppm/point, red " << fixed(r.noise.redPpm, 0)
        << " ppm at the duration (beta " << fixed(r.noise.beta, 2) << ")\n";
    line("depth", r.has(Flag::LowSnr),
         fixed(r.primary.ppm, 0) + " +- " + fixed(r.primary.errPpm, 0) + " ppm, SNR " + fixed(r.primary.sigma(), 1)
             + ", " + std::to_string(r.events.size()) + " events");
    line("odd/even", r.has(Flag::OddEven),
         fixed(r.odd.ppm, 0) + " vs " + fixed(r.even.ppm, 0) + " ppm, " + fixed(r.oddEvenSigma, 1) + " sigma");
    line(r.has(Flag::PlanetOccultation) ? "occultation" : "secondary", r.has(Flag::Secondary),
         fixed(r.secondary.ppm, 0) + " +- " + fixed(r.secondary.errPpm, 0) + " ppm at phase 0.5 ("
             + fixed(r.secondary.sigma(), 1) + " sigma, albedo " + fixed(r.secondaryAlbedo, 2) + "); strongest "
             + fixed(r.strongestSecondary.sigma(), 1) + " sigma at phase " + fixed(r.strongestSecondaryPhase, 3));
    line("single event", r.has(Flag::SingleEventDominated),
         "strongest event carries " + fixed(100 * r.maxEventFraction, 0) + " % of the signal");
    line("shape", r.has(Flag::VShaped),
         "ingress/total " + fixed(r.shape.ingressRatio, 2) + ", V vs flat dchi2 " + fixed(r.shape.vShapeDeltaChi2, 1)
             + ", fitted duration " + fixed(r.shape.durationHours, 2) + " h");
    line("sine vs box", r.has(Flag::Sinusoidal),
         "dchi2 sine " + fixed(r.shape.sineDeltaChi2, 0) + ", box " + fixed(r.shape.boxDeltaChi2, 0));
    line("planet radius", r.has(Flag::TooLarge),
         fixed(r.host.planetRadiusEarth, 1) + " Earth radii (R* " + fixed(r.host.radiusSun, 2) + " Rsun)");
    line("duration vs host", r.has(Flag::DurationImplausible),
         fixed(r.host.durationRatio, 2) + " x the central-transit duration (" + fixed(r.host.expectedDurationHours, 2)
             + " h)");
    for (const auto& p : r.pixels)
        line("centroid", p.valid && r.has(Flag::CentroidOffset) && p.offsetSigma > 3,
             fixed(p.offsetArcsec, 2) + "\" (" + fixed(p.offsetPx, 2) + " px, " + fixed(p.offsetSigma, 1) + " sigma, "
                 + std::to_string(p.nTransits) + " transits); aperture depth " + fixed(p.apertureDepthPpm, 0) + " ppm");
    for (const auto& m : r.matches)
        line("ephemeris match", true,
             m.label + ": period ratio " + std::to_string(m.numerator) + "/" + std::to_string(m.denominator)
                 + (m.halfPhase ? ", half a period apart" : "") + ", epochs " + fixed(m.epochOffsetHours, 2)
                 + " h apart");
    out << "flags:";
    if (r.flags.empty())
        out << " none";
    for (auto f : r.flags)
        out << " " << vetting::flagName(f);
    out << "\n";
}
}  // namespace

int cmdVet(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"aperture", "flux", "quality", "detrend", "window", "period", "t0", "duration", "depth", "sheet"},
                 {"json", "help"}};
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli vet: " << args.error() << "\n" << kVetHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kVetHelp;
        return kOk;
    }
    auto bad = [&](const std::string& m) {
        err << "exoworld-cli vet: " << m << "\n";
        return kUsage;
    };
    if (args.positional().empty())
        return bad("no file given");
    InputOptions in;
    std::string why;
    if (!parseInputOptions(args, in, why))
        return bad(why);
    pipeline::PrepareSettings ps;  // validated by the engine
    ps.flux = in.flux;
    ps.quality = in.quality;
    if (auto d = args.value("detrend"); d && !pipeline::parseDetrendMethod(*d, ps.detrend))
        return bad("--detrend must be biweight, median, mean, savgol or none");
    bool ok = true;
    if (auto w = args.value("window"); w && *w == "auto") {
        ps.autoWindow = true;
    } else if (auto w = args.number("window", ok, why)) {
        if (!(*w > 0) || *w > 100)
            return bad("--window must be between 0 and 100 days");
        ps.windowDays = *w;
        ps.autoWindow = false;
    }
    const auto period = args.number("period", ok, why);
    const auto t0 = args.number("t0", ok, why);
    const auto duration = args.number("duration", ok, why);
    const auto depth = args.number("depth", ok, why);
    if (!ok)
        return bad(why);
    if (!period || !t0 || !duration)
        return bad("--period, --t0 and --duration are required");
    if (!(*period > 0) || !std::isfinite(*period))
        return bad("--period must be a positive number of days");
    if (!(*duration > 0) || *duration / 24.0 >= 0.5 * *period)
        return bad("--duration must be positive hours, below half the period");
    if (!std::isfinite(*t0))
        return bad("--t0 must be a number");

    // The shared engine, as 'search' prepares: one product per stretch of time.
    pipeline::Engine engine;
    if (int rc = loadFiles(engine, args.positional(), err); rc != kOk)
        return rc;
    pipeline::StarRequest req;
    req.files = args.positional();
    req.preferred = req.files.front();
    for (const auto& p : req.files)
        req.apertures[p] = in.aperture;
    req.prepare = ps;
    auto star = engine.prepareStar(req);
    reportWarnings(star.warnings, err, "vet");
    if (!star.ok() || !star.value.prepared) {
        err << "exoworld-cli vet: " << errorCodeDescription(star.status.code);
        if (!star.status.detail.empty())
            err << " (" << star.status.detail << ")";
        err << "\n";
        return star.status.code == ErrorCode::InvalidParameter ? kUsage : kBadInput;
    }
    reportSkipped(star.value.skipped, err, "vet");
    struct {
        const Metadata& meta;
        const std::vector<std::string>& files;
    } li{star.value.meta, star.value.analysed};
    vetting::Input vi;
    vi.flat = star.value.prepared->flat;
    vi.meta = li.meta;
    // A t0 above 2,400,000 is a full BJD; below, mission days.
    const bool bjd = *t0 > 2400000.0;
    vi.ephemeris = {*period, bjd ? *t0 - li.meta.bjdOffset() : *t0, *duration, depth.value_or(0.0)};
    std::vector<std::shared_ptr<const pipeline::LoadedFile>> files;
    for (const auto& path : li.files)
        files.push_back(engine.loaded(path));
    const auto pixels = pixelInputs(files, in.aperture);
    vi.pixels = pixels;
    auto r = vetting::vet(vi);
    if (!r.ok()) {
        err << "exoworld-cli vet: " << errorCodeDescription(r.status.code);
        if (!r.status.detail.empty())
            err << " (" << r.status.detail << ")";
        err << "\n";
        return r.status.code == ErrorCode::InvalidParameter ? kUsage : kBadInput;
    }
    const auto& rep = r.value;
    if (auto sheetPath = args.value("sheet")) {
        if (int rc = writeVetSheet(*sheetPath, li.meta, li.files, ps, *star.value.prepared, vi.ephemeris, rep, err);
            rc != kOk)
            return rc;
    }
    if (args.has("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("target", li.meta.targetLabel());
        j.field("target_id", li.meta.targetId);
        j.field("object_name", li.meta.objectName);
        j.field("mission", missionName(li.meta.mission));
        j.field("time_system", timeSystemName(li.meta.timeSystem));
        j.field("bjd_reference", li.meta.bjdOffset());
        j.key("files").beginArray();
        for (const auto& file : li.files)
            j.value(file);
        j.endArray();
        j.field("period_days", vi.ephemeris.periodDays);
        j.field("t0", vi.ephemeris.t0);
        j.field("t0_bjd", vi.ephemeris.t0 + li.meta.bjdOffset());
        j.field("t0_input", bjd ? "bjd" : "mission");
        j.field("duration_hours", vi.ephemeris.durationHours);
        j.key("flags");
        writeFlagsJson(j, rep);
        j.key("vetting");
        VettingJsonOptions o;
        o.images = true;
        writeVettingJson(j, rep, o);
        j.endObject();
        out << j.str() << "\n";
        return kOk;
    }
    out << li.meta.targetLabel();
    if (!li.meta.objectName.empty() && li.meta.objectName != li.meta.targetLabel())
        out << " (" << li.meta.objectName << ")";
    out << ": P = " << fixed(vi.ephemeris.periodDays, 6) << " d, t0 = " << fixed(vi.ephemeris.t0, 5) << " "
        << timeSystemName(li.meta.timeSystem) << (bjd ? " (from BJD)" : "") << ", duration "
        << fixed(vi.ephemeris.durationHours, 2) << " h\n";
    printChecklist(rep, out);
    return kOk;
}

}  // namespace exo::cli
