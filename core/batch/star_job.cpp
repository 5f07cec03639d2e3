#include "batch/star_job.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include "pipeline/engine.h"
#include "pipeline/vet_star.h"

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
    if (!o.vetting.empty())
        for (auto f : o.vetting.front().flags)
            o.flags.push_back(vetting::flagName(f));
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
    o.meta = data.meta;
    o.timeSystem = timeSystemName(data.meta.timeSystem);
    o.bjdReference = data.meta.bjdOffset();
    o.nPoints = r.value.search.nPoints;
    o.baselineDays = r.value.search.baselineDays;
    o.candidates = std::move(r.value.search.candidates);
    if (data.prepared) {
        // The vetting of `exoworld-cli search`: the flattened series, the pixel files with the
        // batch's aperture, the other candidates of the star.
        std::vector<std::shared_ptr<const pipeline::LoadedFile>> files;
        for (const auto& path : data.analysed)
            files.push_back(engine.loaded(path));
        const Series& flat = r.value.search.flat.size() > 0 ? r.value.search.flat : data.prepared->flat;
        o.vetting =
            pipeline::vetCandidates(o.candidates, flat, data.meta, pipeline::pixelInputs(files, settings.aperture));
    } else {
        o.vetting.resize(o.candidates.size());
    }
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
