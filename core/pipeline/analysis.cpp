#include "pipeline/analysis.h"

#include <algorithm>
#include <cmath>

#include "detrend/bin.h"
#include "detrend/clean.h"
#include "detrend/detrenders.h"
#include "detrend/segments.h"
#include "io/fits_reader.h"
#include "io/quality.h"
#include "photometry/aperture.h"
#include "photometry/sap.h"
#include "photometry/stitch.h"
#include "pipeline/search.h"
#include "search/grid.h"

namespace exo::pipeline {

Result<LoadedFile> loadFile(const std::string& path)
{
    auto prod = io::readProduct(path);
    if (!prod.ok()) {
        Result<LoadedFile> r;
        r.status = prod.status;
        r.warnings = prod.warnings;
        return r;
    }
    LoadedFile f;
    f.path = path;
    if (auto* tpf = std::get_if<TargetPixelFile>(&prod.value)) {
        f.meta = tpf->meta;
        f.tpf = std::make_shared<const TargetPixelFile>(std::move(*tpf));
    } else {
        auto& lc = std::get<LightCurveFile>(prod.value);
        f.meta = lc.meta;
        f.lc = std::make_shared<const LightCurveFile>(std::move(lc));
    }
    auto r = Result<LoadedFile>::success(std::move(f));
    r.warnings = std::move(prod.warnings);
    return r;
}

Result<std::vector<std::uint8_t>> resolveAperture(const TargetPixelFile& tpf, const ApertureChoice& choice)
{
    using R = Result<std::vector<std::uint8_t>>;
    phot::ApertureMask m;
    switch (choice.mode) {
    case ApertureMode::Pipeline:
        m = phot::pipelineAperture(tpf);
        if (m.count() == 0) {
            // TESScut cutouts and some HLSPs carry no pipeline aperture: fall back to the threshold mask.
            phot::ThresholdParams tp;
            tp.sigma = choice.thresholdSigma;
            tp.qualityBitmask = io::qualityBitmask(tpf.meta.mission, io::QualityPreset::Default);
            m = phot::thresholdAperture(tpf, tp);
            if (m.count() == 0)
                m = phot::allPixels(tpf);
        }
        break;
    case ApertureMode::Threshold: {
        if (!(choice.thresholdSigma > 0) || !std::isfinite(choice.thresholdSigma))
            return R::failure(ErrorCode::InvalidParameter, "threshold sigma must be positive");
        phot::ThresholdParams tp;
        tp.sigma = choice.thresholdSigma;
        tp.qualityBitmask = io::qualityBitmask(tpf.meta.mission, io::QualityPreset::Default);
        m = phot::thresholdAperture(tpf, tp);
        break;
    }
    case ApertureMode::All: m = phot::allPixels(tpf); break;
    case ApertureMode::Custom: {
        if (choice.rows != tpf.rows() || choice.cols != tpf.cols())
            return R::failure(ErrorCode::InvalidParameter, "mask is " + std::to_string(choice.rows) + "x"
                                                               + std::to_string(choice.cols) + " but the pixel file is "
                                                               + std::to_string(tpf.rows()) + "x"
                                                               + std::to_string(tpf.cols()));
        auto c = phot::customMask(choice.rows, choice.cols, choice.custom);
        if (!c.ok())
            return R::failure(c.status.code, c.status.detail);
        m = std::move(c.value);
        break;
    }
    }
    return R::success(std::move(m.bits));
}

Result<Series> rawLightCurve(const LoadedFile& file, const ApertureChoice& aperture, FluxSource flux)
{
    using R = Result<Series>;
    if (file.tpf) {
        auto mask = resolveAperture(*file.tpf, aperture);
        if (!mask.ok())
            return R::failure(mask.status.code, mask.status.detail);
        phot::ApertureMask m(file.tpf->rows(), file.tpf->cols());
        m.bits = std::move(mask.value);
        phot::SapParams sp;
        sp.centroids = false;
        auto lc = phot::aperturePhotometry(*file.tpf, m, sp);
        if (!lc.ok())
            return R::failure(lc.status.code, lc.status.detail);
        auto r = R::success(std::move(lc.value.series));
        r.warnings = std::move(lc.warnings);
        return r;
    }
    if (file.lc) {
        // High-level products have no PDCSAP column: the default then is the product's own
        // corrected flux (K2SFF FCOR, eleanor CORR_FLUX, TGLC cal_aper_flux...).
        std::string column = fluxSourceName(flux);
        if (flux == FluxSource::Pdcsap && !file.lc->column("PDCSAP_FLUX"))
            if (const FluxColumn* c = file.lc->defaultColumn())
                column = c->name;
        return phot::seriesFromLightCurve(*file.lc, column);
    }
    return R::failure(ErrorCode::InternalError, "empty LoadedFile");
}

Result<Series> stitch(const std::vector<Series>& perFile, const std::vector<Metadata>& metas)
{
    return phot::stitch(perFile, metas);
}

detrend::WindowChoice automaticWindow(const Series& stitched, Mission mission, const PrepareSettings& s)
{
    detrend::AutoWindowParams ap;
    const auto mask = io::parseQualitySpec(mission, s.quality);
    ap.qualityBitmask = mask ? (*mask | (*mask != 0 ? io::kProductFlagBit : 0u)) : 0u;
    double lo = 0, hi = 0;
    bool any = false;
    for (double t : stitched.time)
        if (std::isfinite(t)) {
            lo = any ? std::min(lo, t) : t;
            hi = any ? std::max(hi, t) : t;
            any = true;
        }
    const double longestPeriod = std::max(0.5, 0.5 * (hi - lo));
    ap.longestDurationDays = kLongestDurationFraction * search::centralTransitDurationDays(longestPeriod);
    return detrend::chooseWindow(stitched, ap);
}

PrepareSettings resolveWindow(const Series& stitched, Mission mission, const PrepareSettings& s,
                              detrend::WindowChoice* choice)
{
    PrepareSettings r = s;
    detrend::WindowChoice c;
    // The moving average of N points takes its window in points, not days: nothing to choose.
    if (s.autoWindow && s.detrend != DetrendMethod::None && s.detrend != DetrendMethod::MovingMeanPoints) {
        c = automaticWindow(stitched, mission, s);
        r.windowDays = c.windowDays;
        r.autoWindow = false;
    } else {
        c.windowDays = s.windowDays;
    }
    if (choice)
        *choice = c;
    return r;
}

Result<Prepared> prepare(const Series& stitched, Mission mission, const PrepareSettings& settings,
                         const ProgressFn& progress)
{
    using R = Result<Prepared>;
    if (stitched.size() == 0)
        return R::failure(ErrorCode::NoRows, "empty light curve");
    detrend::WindowChoice window;
    const PrepareSettings s = resolveWindow(stitched, mission, settings, &window);
    const auto mask = io::parseQualitySpec(mission, s.quality);
    if (!mask)
        return R::failure(ErrorCode::InvalidParameter, "quality '" + s.quality + "'");
    if (s.detrend != DetrendMethod::None && s.detrend != DetrendMethod::SavGol
        && (!(s.windowDays > 0) || !std::isfinite(s.windowDays)))
        return R::failure(ErrorCode::InvalidParameter, "detrending window must be a positive number of days");
    if (!(s.gapDays > 0))
        return R::failure(ErrorCode::InvalidParameter, "gap must be positive");

    // User-masked time ranges are removed first, by marking them with a quality bit
    // that no mission uses (bit 31), so cleaning reports them separately.
    constexpr std::uint32_t kUserMaskBit = 0x80000000u;
    Series in = stitched;
    std::size_t nUser = 0;
    if (!s.maskedRanges.empty()) {
        if (in.quality.size() != in.size())
            in.quality.assign(in.size(), 0u);
        for (std::size_t i = 0; i < in.size(); ++i)
            for (const auto& [a, b] : s.maskedRanges)
                if (in.time[i] >= std::min(a, b) && in.time[i] <= std::max(a, b)) {
                    if ((in.quality[i] & *mask) == 0 && std::isfinite(in.flux[i]))
                        ++nUser;
                    in.quality[i] |= kUserMaskBit;
                    break;
                }
    }

    detrend::CleanParams cp;
    // A product's own bad-cadence flags (io::kProductFlagBit) go with any mission mask.
    cp.qualityBitmask = *mask | kUserMaskBit | (*mask != 0 ? io::kProductFlagBit : 0u);
    cp.normalise = true;  // a no-op for stitched series (median 1); makes a single raw file usable
    // The masked ranges count in that median: the trend stays on the light curve drawn with
    // all its cadences, whatever the user hides (the flattened flux does not depend on it).
    cp.medianKeepsBits = kUserMaskBit;
    cp.clip.enabled = s.sigmaClip;
    cp.clip.sigma = s.clipSigma;
    cp.clip.windowDays = s.windowDays > 0 ? s.windowDays : 0.75;
    auto cleaned = detrend::cleanSeries(in, cp, progress);
    if (!cleaned.ok())
        return R::failure(cleaned.status.code, cleaned.status.detail);
    if (cleaned.value.series.size() == 0)
        return R::failure(ErrorCode::AllNaN, "no cadence left after quality masking and NaN removal");

    // Split at gaps and drop short segments (the workshop's TIMESPLIT).
    detrend::SegmentParams sp;
    sp.gapDays = s.gapDays;
    sp.minPoints = std::size_t(std::max(0, s.minSegmentPoints));
    auto split = detrend::splitAtGaps(cleaned.value.series, sp);
    if (!split.ok())
        return R::failure(split.status.code, split.status.detail);

    Prepared p;
    std::vector<Warning> extra;
    p.window = window;
    {
        // Sanity check: is there a star in this flux at all?
        const auto& f = cleaned.value.series.flux;
        std::vector<double> v(f.begin(), f.end()), d;
        for (std::size_t i = 1; i < f.size(); ++i)
            d.push_back(f[i] - f[i - 1]);
        auto median = [](std::vector<double>& x) {
            auto mid = x.begin() + std::ptrdiff_t(x.size() / 2);
            std::nth_element(x.begin(), mid, x.end());
            return *mid;
        };
        const double med = median(v);
        double scatter = 0;
        if (d.size() >= 2) {
            const double md = median(d);
            for (double& x : d)
                x = std::abs(x - md);
            scatter = 1.4826 * median(d) / std::sqrt(2.0);
        }
        p.relativeScatter = med > 0 ? scatter / med : INFINITY;
        // The search refuses it and says so (WarningCode::NearZeroFlux).
        p.nearZeroFlux = !(med > 0) || p.relativeScatter > kNearZeroFluxScatter;
    }
    p.nQualityMasked = cleaned.value.removedQuality - nUser;
    p.nClipped = cleaned.value.removedClipped;
    p.nNaN = cleaned.value.removedNaN;
    p.nUserMasked = nUser;
    const Series& cs = cleaned.value.series;
    if (split.value.kept.empty()) {
        // Everything is in short segments: keep all rather than return nothing.
        split.value.kept.push_back({0, cs.size()});
    }
    const double binDays = s.binMinutes > 0 ? s.binMinutes / 1440.0 : 0.0;
    for (const auto& r : split.value.kept) {
        if (binDays > 0) {  // the workshop's BUCKETIZE, per segment so no bucket spans a gap
            Series piece = detrend::sliceSeries(cs, r);
            detrend::BinParams bp;
            bp.binDays = binDays;
            auto b = detrend::binSeries(piece, bp);
            if (!b.ok())
                return R::failure(b.status.code, b.status.detail);
            const Series& bs = b.value;
            for (std::size_t k = 0; k < bs.size(); ++k) {
                if (!std::isfinite(bs.time[k]) || !std::isfinite(bs.flux[k]))
                    continue;
                // The bin's first cadence stands for it in the index map.
                const auto first = std::lower_bound(cs.time.begin() + std::ptrdiff_t(r.begin),
                                                    cs.time.begin() + std::ptrdiff_t(r.end), bs.time[k] - binDays / 2);
                const std::size_t i = std::min(r.end - 1, std::size_t(first - cs.time.begin()));
                p.clean.time.push_back(bs.time[k]);
                p.clean.flux.push_back(bs.flux[k]);
                if (!cs.fluxErr.empty())
                    p.clean.fluxErr.push_back(k < bs.fluxErr.size() ? bs.fluxErr[k] : cs.fluxErr[i]);
                if (!cs.quality.empty())
                    p.clean.quality.push_back(k < bs.quality.size() ? bs.quality[k] : 0);
                if (!cs.cadenceNo.empty())
                    p.clean.cadenceNo.push_back(cs.cadenceNo[i]);
                if (!cs.segment.empty())
                    p.clean.segment.push_back(cs.segment[i]);
                p.index.push_back(cleaned.value.index[i]);
            }
            continue;
        }
        for (std::size_t i = r.begin; i < r.end; ++i) {
            p.clean.time.push_back(cs.time[i]);
            p.clean.flux.push_back(cs.flux[i]);
            if (!cs.fluxErr.empty())
                p.clean.fluxErr.push_back(cs.fluxErr[i]);
            if (!cs.quality.empty())
                p.clean.quality.push_back(cs.quality[i]);
            if (!cs.cadenceNo.empty())
                p.clean.cadenceNo.push_back(cs.cadenceNo[i]);
            if (!cs.segment.empty())
                p.clean.segment.push_back(cs.segment[i]);
            p.index.push_back(cleaned.value.index[i]);
        }
    }

    detrend::DetrendParams dp;
    switch (s.detrend) {
    case DetrendMethod::Biweight: dp.method = detrend::DetrendMethod::Biweight; break;
    case DetrendMethod::SlidingMedian: dp.method = detrend::DetrendMethod::SlidingMedian; break;
    case DetrendMethod::MovingMean: dp.method = detrend::DetrendMethod::MovingMean; break;
    case DetrendMethod::SavGol: dp.method = detrend::DetrendMethod::SavGol; break;
    case DetrendMethod::None: dp.method = detrend::DetrendMethod::None; break;
    case DetrendMethod::MovingMeanPoints: dp.method = detrend::DetrendMethod::MovingMeanPoints; break;
    }
    dp.halfWindowPoints = s.windowPoints;
    dp.windowDays = s.windowDays > 0 ? s.windowDays : 0.75;
    dp.breakToleranceDays = s.gapDays;
    // Savitzky-Golay takes its window in days like the other detrenders: the odd number of
    // cadences closest to it (at least polyorder + 2).
    double cadence = 0;
    {
        std::vector<double> dt;
        for (std::size_t i = 1; i < p.clean.size(); ++i)
            dt.push_back(p.clean.time[i] - p.clean.time[i - 1]);
        if (!dt.empty()) {
            std::nth_element(dt.begin(), dt.begin() + std::ptrdiff_t(dt.size() / 2), dt.end());
            cadence = dt[dt.size() / 2];
        }
    }
    if (dp.method == detrend::DetrendMethod::SavGol && cadence > 0) {
        int len = int(std::lround(dp.windowDays / cadence));
        if (len % 2 == 0)
            ++len;
        dp.windowLength = std::max(len, dp.polyorder + 2 + (dp.polyorder % 2 == 0 ? 1 : 0));
    }
    // A short file searches what it can: the window shrinks to the data, with a warning.
    const double span = p.clean.size() > 1 ? p.clean.time.back() - p.clean.time.front() : 0.0;
    if (dp.method != detrend::DetrendMethod::None && dp.method != detrend::DetrendMethod::SavGol
        && dp.method != detrend::DetrendMethod::MovingMeanPoints && dp.windowDays > span) {
        extra.emplace_back(WarningCode::WindowLongerThanSegment, 1,
                           "window " + std::to_string(dp.windowDays) + " d, data " + std::to_string(span) + " d");
        if (span > 0 && p.clean.size() >= 10)
            dp.windowDays = span / 2;
        else
            dp.method = detrend::DetrendMethod::None;
    }
    if (dp.method == detrend::DetrendMethod::SavGol && std::size_t(dp.windowLength) > p.clean.size()) {
        extra.emplace_back(WarningCode::WindowLongerThanSegment, 1,
                           "window " + std::to_string(dp.windowLength) + " cadences, data "
                               + std::to_string(p.clean.size()));
        int len = int(p.clean.size() / 2);
        if (len % 2 == 0)
            --len;
        if (len > dp.polyorder + 1)
            dp.windowLength = len;
        else
            dp.method = detrend::DetrendMethod::None;
    }
    auto d = detrend::detrendSeries(p.clean, dp, progress);
    if (!d.ok())
        return R::failure(d.status.code, d.status.detail);

    p.detrendPieces.push_back({0, p.clean.size(), dp});
    p.trend = std::move(d.value.trend);
    p.flat = p.clean;
    p.flat.flux = std::move(d.value.flat);
    if (!d.value.flatErr.empty())
        p.flat.fluxErr = std::move(d.value.flatErr);
    // Drop cadences whose trend is undefined (edges) from the flattened series used by the search.
    Series f;
    for (std::size_t i = 0; i < p.flat.size(); ++i) {
        if (!std::isfinite(p.flat.flux[i]))
            continue;
        f.time.push_back(p.flat.time[i]);
        f.flux.push_back(p.flat.flux[i]);
        if (!p.flat.fluxErr.empty())
            f.fluxErr.push_back(p.flat.fluxErr[i]);
        if (!p.flat.quality.empty())
            f.quality.push_back(p.flat.quality[i]);
        if (!p.flat.cadenceNo.empty())
            f.cadenceNo.push_back(p.flat.cadenceNo[i]);
        if (!p.flat.segment.empty())
            f.segment.push_back(p.flat.segment[i]);
    }
    p.flat = std::move(f);
    if (s.dipSigma > 0 && p.flat.size() > 0) {  // the workshop's thresholded dips
        search::DipParams dips;
        dips.kSigma = s.dipSigma;
        dips.maxGapDays = std::max(0.1, 3 * cadence);
        auto d = search::findDips(p.flat.time, p.flat.flux, dips);
        if (d.ok()) {
            p.dips = std::move(d.value.events);
            p.dipMedian = d.value.median;
            p.dipSigmaFlux = d.value.sigma;
        }
    }
    auto r = R::success(std::move(p));
    r.warnings = std::move(cleaned.warnings);
    for (auto& w : extra)
        r.warnings.push_back(std::move(w));
    return r;
}

namespace {
void appendSeries(Series& to, const Series& from)
{
    auto cat = [](auto& a, const auto& b) { a.insert(a.end(), b.begin(), b.end()); };
    const bool had = to.size() > 0;
    cat(to.time, from.time);
    cat(to.flux, from.flux);
    // Optional columns stay consistent: either every piece has them or they are dropped.
    auto opt = [&](auto& a, const auto& b, std::size_t n) {
        if (b.size() == n && (!had || a.size() == to.size() - n))
            cat(a, b);
        else
            a.clear();
    };
    const std::size_t n = from.size();
    opt(to.fluxErr, from.fluxErr, n);
    opt(to.quality, from.quality, n);
    opt(to.cadenceNo, from.cadenceNo, n);
    opt(to.segment, from.segment, n);
}
}  // namespace

Prepared joinPrepared(const std::vector<const Prepared*>& pieces, const std::vector<std::size_t>& offsets)
{
    Prepared out;
    if (!pieces.empty() && pieces.front())
        out.window = pieces.front()->window;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const Prepared& p = *pieces[k];
        Series clean = p.clean, flat = p.flat;
        // Keep segment ids distinct across pieces (file index k).
        for (auto& id : clean.segment)
            id = int(k);
        for (auto& id : flat.segment)
            id = int(k);
        for (auto piece : p.detrendPieces) {
            piece.begin += out.clean.size();
            piece.end += out.clean.size();
            out.detrendPieces.push_back(std::move(piece));
        }
        appendSeries(out.clean, clean);
        appendSeries(out.flat, flat);
        const std::size_t flatOffset = out.flat.size() - flat.size();
        for (auto e : p.dips) {
            e.firstIndex += flatOffset;
            e.lastIndex += flatOffset;
            out.dips.push_back(e);
        }
        if (k == 0) {
            out.dipMedian = p.dipMedian;
            out.dipSigmaFlux = p.dipSigmaFlux;
        }
        out.trend.insert(out.trend.end(), p.trend.begin(), p.trend.end());
        for (std::size_t i : p.index)
            out.index.push_back(i + (k < offsets.size() ? offsets[k] : 0));
        out.nQualityMasked += p.nQualityMasked;
        out.nClipped += p.nClipped;
        out.nUserMasked += p.nUserMasked;
        out.nNaN += p.nNaN;
        out.nearZeroFlux = out.nearZeroFlux || p.nearZeroFlux;
        out.relativeScatter = std::max(out.relativeScatter, p.relativeScatter);
    }
    return out;
}

}  // namespace exo::pipeline
