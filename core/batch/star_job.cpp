#include "batch/star_job.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include "pipeline/engine.h"

namespace exo::batch {

namespace {

void addFlags(StarOutcome& o)
{
    if (!o.skipped.empty())
        o.flags.push_back("skipped_products");
    if (o.candidates.empty()) {
        o.flags.push_back("no_candidate");
        return;
    }
    const auto& best = o.candidates.front();
    if (best.nTransits < 2)
        o.flags.push_back("single_transit");
    if (best.oddEvenSigma > 3)
        o.flags.push_back("odd_even");
    if (best.secondaryDepthPpm > 0.5 * best.depthPpm && best.depthPpm > 0)
        o.flags.push_back("secondary");
}

StarOutcome run(const BatchStar& star, const BatchSettings& settings)
{
    StarOutcome o;
    o.star = star;
    if (!star.status.ok()) {
        o.status = star.status;
        return o;
    }
    // One engine per star: its cache dies with the star, so a worker holds one star at a time.
    pipeline::Engine engine;
    pipeline::StarRequest req;
    req.files = star.files;
    req.prepare = settings.prepare;
    for (const auto& f : star.files)
        req.apertures[f] = settings.aperture;
    auto r = pipeline::analyseStar(engine, req, settings.search);
    if (!r.ok()) {
        o.status = r.status;
        return o;
    }
    const auto& data = r.value.data;
    if (o.star.objectName.empty())
        o.star.objectName = data.meta.objectName;  // planned from a manifest
    o.analysed = data.analysed;
    for (const auto& s : data.skipped)
        o.skipped.push_back(s.path);
    std::sort(o.skipped.begin(), o.skipped.end());
    o.timeSystem = timeSystemName(data.meta.timeSystem);
    o.bjdReference = data.meta.bjdOffset();
    o.nPoints = r.value.search.nPoints;
    o.baselineDays = r.value.search.baselineDays;
    o.candidates = std::move(r.value.search.candidates);
    for (auto& c : o.candidates)
        c.transitTimes.clear();
    addFlags(o);
    return o;
}

}  // namespace

StarOutcome analyseStar(const BatchStar& star, const BatchSettings& settings)
{
    const auto t0 = std::chrono::steady_clock::now();
    StarOutcome o;
    try {
        o = run(star, settings);
    } catch (const std::bad_alloc&) {
        o = StarOutcome{};
        o.star = star;
        o.status = Status::error(ErrorCode::TooLarge, "out of memory");
    } catch (const std::exception& e) {
        o = StarOutcome{};
        o.star = star;
        o.status = Status::error(ErrorCode::InternalError, e.what());
    }
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return o;
}

}  // namespace exo::batch
