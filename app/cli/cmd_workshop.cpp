// exoworld-cli demo --workshop DIR: the workshop folder and the instructor's answer key.
#include <chrono>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "common/safe_text.h"
#include "demo/workshop.h"

namespace exo::cli {

int runDemoWorkshop(const std::string& dir, unsigned seed, int stars, std::ostream& out, std::ostream& err)
{
    demo::WorkshopParams p;
    p.seed = seed;
    p.stars = stars;
    const auto t0 = std::chrono::steady_clock::now();
    auto r = demo::generateWorkshop(p, dir);
    if (!r.ok()) {
        err << fileError(dir, int(r.status.code), r.status.detail) << "\n";
        return r.status.code == ErrorCode::InvalidParameter ? kUsage : kFailure;
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::size_t files = 0;
    for (const auto& s : r.value.stars)
        files += s.files.size();
    out << "Workshop folder " << safeText(dir) << ": " << r.value.stars.size() << " stars, " << files << " files ("
        << int(secs * 10 + 0.5) / 10.0 << " s)\n";
    for (const auto& s : r.value.stars)
        out << "  star " << (s.number < 10 ? "0" : "") << s.number << "  " << s.label << "  "
            << (s.tess ? "TESS  " : "Kepler") << "  " << demo::workshopKindName(s.kind) << "\n";
    out << "  answer key (for the instructor): " << safeText(r.value.answerKeyCsv) << ", "
        << safeText(r.value.answerKeyMarkdown) << "\n";
    return kOk;
}

}  // namespace exo::cli
