// exoworld-cli demo: generate the synthetic demo star.
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "common/safe_text.h"
#include "cli/commands.h"
#include "demo/demo_star.h"

namespace exo::cli {

namespace {
const char* kDemoHelp = "usage: exoworld-cli demo --out DIR [--quarters N] [--full-mission] [--seed N]\n"
                        "                         [--scenario planets|grazing-binary|background-binary]\n"
                        "       exoworld-cli demo --workshop DIR [--stars N] [--seed N]\n"
                        "\n"
                        "Write the bundled demo star: realistic Kepler-format target pixel files (12x12 pixels,\n"
                        "one per quarter, the star rolling to a new position each quarter, a fainter neighbour,\n"
                        "noise, jitter, trends, flagged cadences and gaps) with injected transits of three planets.\n"
                        "Their ephemerides are written into the headers and into DIR/demo_star.json.\n"
                        "\n"
                        "  --out DIR        output folder (created if needed)\n"
                        "  --quarters N     number of quarters (default 4)\n"
                        "  --full-mission   17 quarters (about 65,000 cadences), for benchmarks\n"
                        "  --seed N         random seed (default 42)\n"
                        "  --scenario S     planets (default); grazing-binary: the target is also a grazing\n"
                        "                   eclipsing binary (P 2.7315 d, 12 %/4 % V-shaped eclipses);\n"
                        "                   background-binary: an eclipsing binary 4 mag fainter 1.5 px from\n"
                        "                   the target (P 4.3717 d), a blend (see DIR/demo_star.json)\n"
                        "  --workshop DIR   the workshop folder instead: 30 stars, one sub-folder each (planets easy\n"
                        "                   to hard, a Kepler-11-like six-planet system, eclipsing binaries, a\n"
                        "                   background blend as a pixel file, flat and strongly variable stars), as\n"
                        "                   Kepler and TESS light-curve files, and the instructor's answer key in\n"
                        "                   DIR/instructor/answer_key.csv and .md (default seed 2024)\n"
                        "  --stars N        with --workshop: only the first N stars (1..30)\n";
}

int cmdDemo(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv, {{"out", "quarters", "seed", "scenario", "workshop", "stars"}, {"full-mission", "help"}})) {
        err << "exoworld-cli demo: " << args.error() << "\n" << kDemoHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kDemoHelp;
        return kOk;
    }
    if (auto ws = args.value("workshop")) {
        if (args.has("out") || args.has("quarters") || args.has("scenario") || args.has("full-mission")) {
            err << "exoworld-cli demo: --workshop takes only --stars and --seed\n";
            return kUsage;
        }
        if (ws->empty()) {
            err << "exoworld-cli demo: --workshop needs a folder\n";
            return kUsage;
        }
        bool ok = true;
        std::string why;
        const auto stars = args.integer("stars", ok, why);
        const auto seed = args.integer("seed", ok, why);
        if (!ok) {
            err << "exoworld-cli demo: " << safeText(why) << "\n";
            return kUsage;
        }
        if (stars && (*stars < 1 || *stars > 30)) {
            err << "exoworld-cli demo: --stars must be between 1 and 30\n";
            return kUsage;
        }
        return runDemoWorkshop(*ws, seed ? unsigned(*seed) : 2024u, stars ? int(*stars) : 30, out, err);
    }
    if (args.has("stars")) {
        err << "exoworld-cli demo: --stars only applies with --workshop\n";
        return kUsage;
    }
    auto dir = args.value("out");
    if (!dir || dir->empty()) {
        err << "exoworld-cli demo: --out DIR is required\n" << kDemoHelp;
        return kUsage;
    }
    if (!args.positional().empty()) {
        err << "exoworld-cli demo: unexpected argument '" << args.positional().front() << "'\n";
        return kUsage;
    }
    demo::DemoParams p;
    bool ok = true;
    std::string why;
    if (auto q = args.integer("quarters", ok, why)) {
        if (*q < 1 || *q > 17) {
            err << "exoworld-cli demo: --quarters must be between 1 and 17\n";
            return kUsage;
        }
        p.quarters = int(*q);
    }
    if (auto s = args.integer("seed", ok, why))
        p.seed = unsigned(*s);
    if (!ok) {
        err << "exoworld-cli demo: " << safeText(why) << "\n";
        return kUsage;
    }
    if (args.has("full-mission")) {
        p.fullMission = true;
        p.quarters = 17;
    }
    if (auto sc = args.value("scenario")) {
        if (*sc == "grazing-binary")
            p.targetEclipse = demo::defaultGrazingEclipse();
        else if (*sc == "background-binary")
            p.backgroundEclipse = demo::defaultBackgroundEclipse();
        else if (*sc != "planets") {
            err << "exoworld-cli demo: --scenario must be planets, grazing-binary or background-binary\n";
            return kUsage;
        }
    }

    auto r = demo::generateDemoStar(p, *dir);
    if (!r.ok()) {
        err << fileError(*dir, int(r.status.code), r.status.detail) << "\n";
        return r.status.code == ErrorCode::InvalidParameter ? kUsage : kFailure;
    }
    out << "Demo star KIC " << r.value.keplerId << ": " << r.value.files.size() << " pixel files in " << *dir << "\n";
    for (const auto& pl : r.value.planets)
        out << "  planet " << pl.name << ": P = " << pl.periodDays << " d, T0 = " << pl.t0Bkjd << " BKJD, depth "
            << pl.depthPpm << " ppm, duration " << pl.durationHours << " h\n";
    for (const auto* e : {&p.targetEclipse, &p.backgroundEclipse})
        if (e->enabled())
            out << "  " << (e == &p.targetEclipse ? "grazing eclipse of the target" : "background eclipsing binary")
                << ": P = " << e->periodDays << " d, T0 = " << e->t0Bkjd << " BKJD, duration " << e->durationHours
                << " h\n";
    out << "  ephemerides: " << r.value.sidecarPath << "\n";
    return kOk;
}

}  // namespace exo::cli
