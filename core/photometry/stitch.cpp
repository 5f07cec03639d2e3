#include "photometry/stitch.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numeric>

#include "io/quality.h"
#include "photometry/robust_stats.h"

namespace exo::phot {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string describe(const Metadata& m) { return m.targetLabel() + " (" + missionName(m.mission) + ")"; }

}  // namespace

double nanMedian(const std::vector<double>& values) { return detail::nanmedian(values); }

Result<Series> seriesFromLightCurve(const LightCurveFile& file, const std::string& column)
{
    const std::string key = lower(column);
    const FluxColumn* col = nullptr;
    if (key == "pdcsap")
        col = file.column("PDCSAP_FLUX");
    else if (key == "sap")
        col = file.column("SAP_FLUX");
    else if (key == "default")
        col = file.defaultColumn();
    else
        col = file.column(column);
    if (!col)
        return Result<Series>::failure(ErrorCode::MissingColumn, column);
    const std::size_t n = file.size();
    if (n == 0)
        return Result<Series>::failure(ErrorCode::NoRows, file.meta.path);
    if (col->flux.size() != n)
        return Result<Series>::failure(ErrorCode::InternalError, col->name + " length differs from TIME");

    Series s;
    s.time = file.time;
    s.flux = col->flux;
    if (col->error.size() == n)
        s.fluxErr = col->error;
    if (file.quality.size() == n)
        s.quality = file.quality;
    // The product's own flag column (TGLC, K2SFF, K2SC) becomes one more quality bit.
    if (file.productFlags.size() == n) {
        if (s.quality.size() != n)
            s.quality.assign(n, 0u);
        for (std::size_t i = 0; i < n; ++i)
            if (io::productFlagIsBad(file.meta.product, file.productFlags[i]))
                s.quality[i] |= io::kProductFlagBit;
    }
    if (file.cadenceNo.size() == n)
        s.cadenceNo = file.cadenceNo;
    return Result<Series>::success(std::move(s));
}

Result<Series> stitch(const std::vector<Series>& parts, const std::vector<Metadata>& meta)
{
    if (parts.empty())
        return Result<Series>::failure(ErrorCode::InvalidParameter, "nothing to stitch");
    if (parts.size() != meta.size())
        return Result<Series>::failure(ErrorCode::InvalidParameter, "series and metadata counts differ");
    for (std::size_t i = 1; i < meta.size(); ++i)
        if (meta[i].mission != meta[0].mission || meta[i].targetId != meta[0].targetId)
            return Result<Series>::failure(ErrorCode::MixedTargets, describe(meta[0]) + " vs " + describe(meta[i]));

    std::size_t total = 0;
    bool allQuality = true, allCadence = true;
    for (const auto& p : parts) {
        total += p.size();
        allQuality = allQuality && p.quality.size() == p.size();
        allCadence = allCadence && p.cadenceNo.size() == p.size();
    }

    // Concatenate normalised copies.
    Series cat;
    cat.time.reserve(total);
    cat.flux.reserve(total);
    cat.fluxErr.reserve(total);
    cat.segment.reserve(total);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Series& p = parts[i];
        if (p.flux.size() != p.size())
            return Result<Series>::failure(ErrorCode::InvalidParameter, "part " + std::to_string(i) + ": flux length");
        const double med = nanMedian(p.flux);
        if (!std::isfinite(med) || med == 0.0)
            return Result<Series>::failure(ErrorCode::AllNaN, "part " + std::to_string(i) + " " + meta[i].path);
        const bool hasErr = p.fluxErr.size() == p.size();
        for (std::size_t k = 0; k < p.size(); ++k) {
            cat.time.push_back(p.time[k]);
            cat.flux.push_back(p.flux[k] / med);
            cat.fluxErr.push_back(hasErr ? p.fluxErr[k] / std::abs(med) : kNaN);
            cat.segment.push_back(int(i));
        }
        if (allQuality)
            cat.quality.insert(cat.quality.end(), p.quality.begin(), p.quality.end());
        if (allCadence)
            cat.cadenceNo.insert(cat.cadenceNo.end(), p.cadenceNo.begin(), p.cadenceNo.end());
    }

    // Stable sort by time, NaN times last (keeps file order for equal times).
    std::vector<std::size_t> order(total);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double ta = cat.time[a], tb = cat.time[b];
        if (std::isnan(ta))
            return false;
        if (std::isnan(tb))
            return true;
        return ta < tb;
    });
    auto permute = [&](auto& v) {
        if (v.size() != total)
            return;
        auto copy = v;
        for (std::size_t k = 0; k < total; ++k)
            v[k] = copy[order[k]];
    };
    permute(cat.time);
    permute(cat.flux);
    permute(cat.fluxErr);
    permute(cat.segment);
    permute(cat.quality);
    permute(cat.cadenceNo);

    Result<Series> r = Result<Series>::success(std::move(cat));
    return r;
}

}  // namespace exo::phot
