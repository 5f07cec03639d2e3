#pragma once
/// @file workshop.h
/// The workshop folder: about 30 synthetic stars of mixed kinds (planets from
/// easy to hard, a Kepler-11-like multi-planet system, eclipsing binaries, a
/// background blend that shows a centroid shift, flat and strongly variable
/// stars), as Kepler and TESS light-curve files (the blend as a target pixel
/// file, since its centroid shift is seen in the pixels), plus an answer key
/// for the instructor (instructor/answer_key.csv and .md).
///
/// Deterministic: the same seed and count give the same files. A few seconds.
/// Threading: pure function of its inputs; safe on a worker thread.

#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "demo/demo_star.h"

namespace exo::demo {

enum class WorkshopKind { Planet, MultiPlanet, EclipsingBinary, BackgroundBlend, Flat, Variable };

/// "planet", "multi-planet", "eclipsing-binary", "background-blend", "flat", "variable".
const char* workshopKindName(WorkshopKind k);

struct WorkshopStar {
    int number = 0;  ///< 1-based position in the folder ("star 01")
    WorkshopKind kind = WorkshopKind::Flat;
    std::string difficulty;  ///< "easy", "medium", "hard" or "" (no planet)
    bool tess = false;       ///< TESS (BTJD) rather than Kepler (BKJD)
    long long targetId = 0;  ///< KIC or TIC number (synthetic, above the real ranges)
    std::string label;       ///< "KIC 99100001" / "TIC 9900000002", as the app shows it
    double magnitude = 12;   ///< Kp or Tmag
    int firstQuarterOrSector = 2;
    int count = 1;                    ///< quarters or sectors
    std::vector<DemoPlanet> planets;  ///< true planets (ephemeris in the file's mission time)
    DemoEclipse eclipse;              ///< the target's own eclipses, or the blended binary's
    double variabilityPpm = 0;        ///< semi-amplitude of the spot modulation
    double rotationDays = 0;
    std::string note;                ///< what the instructor should expect
    std::vector<std::string> files;  ///< written files (absolute), time order
};

struct WorkshopParams {
    int stars = 30;        ///< 1..30: the first N stars of the plan
    unsigned seed = 2024;  ///< phases, noise, gaps
};

struct WorkshopOutput {
    std::vector<WorkshopStar> stars;
    std::string answerKeyCsv, answerKeyMarkdown;  ///< absolute paths
};

/// The stars the folder holds (no file written): kinds, ids, ephemerides.
std::vector<WorkshopStar> planWorkshop(const WorkshopParams& params);

/// Generate the folder into `outDir` (created). Each star gets its own sub-folder
/// "star-NN" so the folder browser lists one star per entry. Progress is called
/// once per star; returning false stops with Cancelled (files written so far stay).
/// Errors: InvalidParameter (stars outside 1..30), WriteFailed.
Result<WorkshopOutput> generateWorkshop(const WorkshopParams& params, const std::string& outDir,
                                        const ProgressFn& progress = {});

}  // namespace exo::demo
