#include "batch/star_job.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <map>

#include "pipeline/analysis.h"

namespace exo::batch {

namespace {

/// Preference among products of one stretch of time: mission light curves
/// first, then high-level products, then pixel files.
int productRank(ProductType p)
{
    switch (p) {
    case ProductType::LightCurve: return 0;
    case ProductType::DataAlertLightCurve: return 1;
    case ProductType::K2sff: return 2;
    case ProductType::K2sc: return 3;
    case ProductType::Eleanor: return 4;
    case ProductType::Tglc: return 5;
    case ProductType::K2varcat: return 6;
    case ProductType::TargetPixelFile: return 7;
    case ProductType::FfiCutout: return 8;
    default: return 9;
    }
}

void addFlags(StarOutcome& o)
{
    if (!o.skipped.empty()) o.flags.push_back("skipped_products");
    if (o.candidates.empty()) {
        o.flags.push_back("no_candidate");
        return;
    }
    const auto& best = o.candidates.front();
    if (best.nTransits < 2) o.flags.push_back("single_transit");
    if (best.oddEvenSigma > 3) o.flags.push_back("odd_even");
    if (best.secondaryDepthPpm > 0.5 * best.depthPpm && best.depthPpm > 0) o.flags.push_back("secondary");
}

StarOutcome run(const BatchStar& star, const BatchSettings& settings)
{
    StarOutcome o;
    o.star = star;
    if (!star.status.ok()) {
        o.status = star.status;
        return o;
    }
    // Read every file; one product per stretch of time (the season), the preferred kind wins.
    std::vector<pipeline::LoadedFile> loaded;
    for (const auto& path : star.files) {
        auto f = pipeline::loadFile(path);
        if (!f.ok()) {
            o.status = Status::error(f.status.code, path + ": " + f.status.detail);
            return o;
        }
        loaded.push_back(std::move(f.value));
    }
    std::map<int, std::size_t> bySeason;  // season -> index of the chosen product
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        const int season = loaded[i].meta.season();
        if (season < 0) {
            chosen.push_back(i);
            continue;
        }
        auto [it, inserted] = bySeason.try_emplace(season, i);
        if (!inserted) {
            const std::size_t j = it->second;
            const int ri = productRank(loaded[i].meta.product), rj = productRank(loaded[j].meta.product);
            if (ri < rj) {
                o.skipped.push_back(loaded[j].path);
                it->second = i;
            } else {
                o.skipped.push_back(loaded[i].path);
            }
        }
    }
    for (const auto& [season, i] : bySeason) chosen.push_back(i);
    std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
        return loaded[a].meta.tstart < loaded[b].meta.tstart ||
               (loaded[a].meta.tstart == loaded[b].meta.tstart && loaded[a].path < loaded[b].path);
    });
    std::sort(o.skipped.begin(), o.skipped.end());

    std::vector<Series> raw;
    std::vector<Metadata> metas;
    for (std::size_t i : chosen) {
        auto r = pipeline::rawLightCurve(loaded[i], settings.aperture, settings.prepare.flux);
        if (!r.ok()) {
            o.status = Status::error(r.status.code, loaded[i].path + ": " + r.status.detail);
            return o;
        }
        raw.push_back(std::move(r.value));
        metas.push_back(loaded[i].meta);
        o.analysed.push_back(loaded[i].path);
    }
    const Metadata meta = metas.front();
    o.timeSystem = timeSystemName(meta.timeSystem);
    o.bjdReference = meta.bjdOffset();
    loaded.clear();  // the pixel cubes are the big part: free them before the search

    Series stitched;
    if (raw.size() == 1) {
        stitched = std::move(raw.front());
    } else {
        auto st = pipeline::stitch(raw, metas);
        if (!st.ok()) {
            o.status = st.status;
            return o;
        }
        stitched = std::move(st.value);
    }
    raw.clear();
    auto prepared = pipeline::prepare(stitched, meta.mission, settings.prepare);
    if (!prepared.ok()) {
        o.status = prepared.status;
        return o;
    }
    auto r = pipeline::runSearch(prepared.value.flat, meta, settings.search);
    if (!r.ok()) {
        o.status = r.status;
        o.nPoints = prepared.value.flat.size();
        return o;
    }
    o.nPoints = r.value.nPoints;
    o.baselineDays = r.value.baselineDays;
    o.candidates = std::move(r.value.candidates);
    for (auto& c : o.candidates) c.transitTimes.clear();
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
