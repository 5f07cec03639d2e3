#include "pipeline/engine.h"
#include "pipeline/safe_load.h"

#include <algorithm>
#include <cmath>

namespace exo::pipeline {

namespace {
template <typename V>
std::size_t vbytes(const V& v)
{
    return v.capacity() * sizeof(typename V::value_type);
}
std::size_t cubeBytes(const PixelCube& c) { return vbytes(c.data); }

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

std::size_t footprint(const Series& s)
{
    return sizeof(Series) + vbytes(s.time) + vbytes(s.flux) + vbytes(s.fluxErr) + vbytes(s.quality)
           + vbytes(s.cadenceNo) + vbytes(s.segment);
}

std::size_t footprint(const Prepared& p)
{
    return sizeof(Prepared) + footprint(p.clean) + footprint(p.flat) + vbytes(p.trend) + vbytes(p.index);
}

std::size_t footprint(const LoadedFile& f)
{
    std::size_t n = sizeof(LoadedFile);
    if (f.tpf) {
        const auto& t = *f.tpf;
        n += vbytes(t.time) + vbytes(t.cadenceNo) + vbytes(t.quality) + cubeBytes(t.flux) + cubeBytes(t.fluxErr)
             + cubeBytes(t.fluxBkg) + vbytes(t.posCorr1) + vbytes(t.posCorr2) + vbytes(t.aperture);
    }
    if (f.lc) {
        const auto& l = *f.lc;
        n += vbytes(l.time) + vbytes(l.cadenceNo) + vbytes(l.quality) + vbytes(l.productFlags) + vbytes(l.centroidCol)
             + vbytes(l.centroidRow) + vbytes(l.posCorr1) + vbytes(l.posCorr2) + vbytes(l.aperture);
        for (const auto& c : l.columns)
            n += vbytes(c.flux) + vbytes(c.error);
    }
    return n;
}

/// Everything cached for one path. Each part carries its key.
struct Engine::Entry {
    std::shared_ptr<const LoadedFile> file;
    struct Raw {
        ApertureChoice aperture;
        FluxSource flux = FluxSource::Pdcsap;
        std::shared_ptr<const Series> series;
    };
    std::vector<Raw> raws;  ///< a few apertures (undo/redo flips between them)
    struct Piece {
        std::shared_ptr<const Series> raw;  ///< key: the raw series it was prepared from
        PrepareSettings settings;           ///< key: the settings
        std::shared_ptr<const Prepared> prepared;
    };
    std::vector<Piece> pieces;
    unsigned long long used = 0;
    std::size_t bytes() const
    {
        std::size_t n = file ? footprint(*file) : 0;
        for (const auto& r : raws)
            n += r.series ? footprint(*r.series) : 0;
        for (const auto& p : pieces)
            n += p.prepared ? footprint(*p.prepared) : 0;
        return n;
    }
};

namespace {
constexpr std::size_t kRawPerFile = 4;     // apertures kept per file
constexpr std::size_t kPiecesPerFile = 4;  // prepared variants kept per file
}  // namespace

Engine::Engine() : Engine(Options{}) {}
Engine::Engine(Options options) : m_options(options) {}

void Engine::touch(Entry& e) { e.used = ++m_clock; }

void Engine::evictLocked()
{
    m_bytes = 0;
    for (const auto& [path, e] : m_entries)
        m_bytes += e->bytes();
    while (m_bytes > m_options.cacheBytes && !m_entries.empty()) {
        // Drop derived data of the least recently used file first, then the file itself.
        auto lru = std::min_element(m_entries.begin(), m_entries.end(),
                                    [](const auto& a, const auto& b) { return a.second->used < b.second->used; });
        Entry& e = *lru->second;
        const std::size_t before = e.bytes();
        if (!e.pieces.empty())
            e.pieces.clear();
        else if (!e.raws.empty())
            e.raws.clear();
        else {
            m_entries.erase(lru);
            m_bytes -= std::min(m_bytes, before);
            continue;
        }
        m_bytes -= std::min(m_bytes, before - e.bytes());
        e.used = 0;  // keep it the first candidate until empty
    }
}

std::shared_ptr<const LoadedFile> Engine::loaded(const std::string& path) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(path);
    return it == m_entries.end() ? nullptr : it->second->file;
}

Result<std::shared_ptr<const LoadedFile>> Engine::load(const std::string& path, const ProgressFn& progress)
{
    using R = Result<std::shared_ptr<const LoadedFile>>;
    if (auto f = loaded(path)) {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(path);
        if (it != m_entries.end())
            touch(*it->second);
        return R::success(f);
    }
    if (!reportProgress(progress, 0, 1))
        return R::failure(ErrorCode::Cancelled);
    auto r = loadFileSafely(path);  // an allocation failure is this file's TooLarge, not an exception
    if (!r.ok()) {
        R out = R::failure(r.status.code, r.status.detail);
        out.warnings = std::move(r.warnings);
        return out;
    }
    auto f = std::make_shared<const LoadedFile>(std::move(r.value));
    {
        std::lock_guard lock(m_mutex);
        auto& e = m_entries[path];
        if (!e)
            e = std::make_shared<Entry>();
        if (!e->file)
            e->file = f;
        touch(*e);
        f = e->file;
        evictLocked();
    }
    reportProgress(progress, 1, 1);
    R out = R::success(f);
    out.warnings = std::move(r.warnings);
    return out;
}

void Engine::forget(const std::string& path)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(path);
    evictLocked();
}

void Engine::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

std::size_t Engine::cacheBytes() const
{
    std::lock_guard lock(m_mutex);
    std::size_t n = 0;
    for (const auto& [path, e] : m_entries)
        n += e->bytes();
    return n;
}

std::size_t Engine::cacheEntries() const
{
    std::lock_guard lock(m_mutex);
    std::size_t n = 0;
    for (const auto& [path, e] : m_entries)
        n += (e->file ? 1 : 0) + e->raws.size() + e->pieces.size();
    return n;
}

Result<std::shared_ptr<const Series>> Engine::raw(const std::string& path, const ApertureChoice& aperture,
                                                  FluxSource flux, const ProgressFn& progress)
{
    using R = Result<std::shared_ptr<const Series>>;
    auto file = load(path);
    if (!file.ok())
        return R::failure(file.status.code, file.status.detail);
    const bool pixel = file.value->isPixelFile();
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(path);
        if (it != m_entries.end())
            for (const auto& r : it->second->raws)
                if ((pixel && r.aperture == aperture) || (!pixel && r.flux == flux)) {
                    touch(*it->second);
                    return R::success(r.series);
                }
    }
    if (!reportProgress(progress, 0, 1))
        return R::failure(ErrorCode::Cancelled);
    auto r = rawLightCurve(*file.value, aperture, flux);
    if (!r.ok()) {
        R out = R::failure(r.status.code, r.status.detail);
        out.warnings = std::move(r.warnings);
        return out;
    }
    auto series = std::make_shared<const Series>(std::move(r.value));
    {
        std::lock_guard lock(m_mutex);
        auto& e = m_entries[path];
        if (!e)
            e = std::make_shared<Entry>();
        if (!e->file)
            e->file = file.value;
        e->raws.insert(e->raws.begin(),
                       Entry::Raw{pixel ? aperture : ApertureChoice{}, pixel ? FluxSource::Pdcsap : flux, series});
        if (e->raws.size() > kRawPerFile)
            e->raws.resize(kRawPerFile);
        touch(*e);
        evictLocked();
    }
    reportProgress(progress, 1, 1);
    R out = R::success(series);
    out.warnings = std::move(r.warnings);
    return out;
}

std::shared_ptr<const Prepared> Engine::cachedPiece(const std::string& path, const std::shared_ptr<const Series>& raw,
                                                    const PrepareSettings& s)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(path);
    if (it == m_entries.end())
        return nullptr;
    for (const auto& p : it->second->pieces)
        if (p.raw == raw && p.settings == s) {
            touch(*it->second);
            return p.prepared;
        }
    return nullptr;
}

void Engine::storePiece(const std::string& path, const std::shared_ptr<const Series>& raw, const PrepareSettings& s,
                        const std::shared_ptr<const Prepared>& piece)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(path);
    if (it == m_entries.end())
        return;  // forgotten meanwhile: do not resurrect
    auto& pieces = it->second->pieces;
    pieces.insert(pieces.begin(), Entry::Piece{raw, s, piece});
    if (pieces.size() > kPiecesPerFile)
        pieces.resize(kPiecesPerFile);
    touch(*it->second);
    evictLocked();
}

Result<StarData> Engine::prepareStar(const StarRequest& req, const StageProgressFn& progress)
{
    using R = Result<StarData>;
    if (req.files.empty())
        return R::failure(ErrorCode::NoRows, "no file to analyse");
    if (Status v = validate(req.prepare); !v.ok())
        return R::failure(v.code, v.detail);
    std::vector<Warning> warnings;
    auto fail = [&](const std::string& path, const Status& st) {
        R out = R::failure(st.code,
                           path.empty() ? st.detail : baseName(path) + (st.detail.empty() ? "" : ": " + st.detail));
        out.warnings = warnings;
        return out;
    };

    // Load and plan.
    std::vector<ProductInfo> products;
    long preferred = -1;
    const long long nFiles = (long long)req.files.size();
    for (std::size_t i = 0; i < req.files.size(); ++i) {
        if (!reportProgress(progress ? forStage(progress, Stage::Loading) : ProgressFn{}, (long long)i, nFiles))
            return R::failure(ErrorCode::Cancelled);
        auto f = load(req.files[i]);
        if (!f.ok())
            return fail(req.files[i], f.status);
        for (auto& w : f.warnings)
            warnings.push_back(std::move(w));
        products.push_back(describeProduct(*f.value));
        if (req.files[i] == req.preferred)
            preferred = long(i);
    }
    const ProductChoice choice = chooseProducts(products, preferred);
    if (choice.analysed.empty())
        return fail(req.files.front(), Status::error(ErrorCode::AllNaN, "no finite time"));

    StarData data;
    for (const auto& s : choice.skipped)
        data.skipped.push_back(
            {products[s.index].path, s.coveredBy == s.index ? std::string() : products[s.coveredBy].path});
    if (!data.skipped.empty()) {
        std::string names;
        for (const auto& s : data.skipped)
            names += (names.empty() ? "" : ", ") + baseName(s.path);
        warnings.emplace_back(WarningCode::ProductsSkipped, (long long)data.skipped.size(), names);
    }

    // Photometry / flux column per analysed product.
    std::vector<Series> series;
    std::vector<Metadata> metas;
    const long long nA = (long long)choice.analysed.size();
    for (long long k = 0; k < nA; ++k) {
        const ProductInfo& p = products[choice.analysed[std::size_t(k)]];
        if (progress && !progress(Stage::Photometry, k, nA))
            return R::failure(ErrorCode::Cancelled);
        auto ap = req.apertures.find(p.path);
        auto r = raw(p.path, ap == req.apertures.end() ? ApertureChoice{} : ap->second, req.prepare.flux);
        if (!r.ok())
            return fail(p.path, r.status);
        for (auto& w : r.warnings)
            warnings.push_back(std::move(w));
        data.analysed.push_back(p.path);
        data.raw.push_back(r.value);
        series.push_back(*r.value);
        metas.push_back(p.meta);
    }
    data.meta = metas.front();
    auto st = stitch(series, metas);
    if (!st.ok())
        return fail({}, st.status);
    data.stitched = std::make_shared<const Series>(std::move(st.value));

    // The automatic window is chosen once for the whole star (its baseline and variability),
    // then every piece is prepared with that fixed window (and cached under it).
    const PrepareSettings prep = resolveWindow(*data.stitched, data.meta.mission, req.prepare, &data.window);
    // Prepare: per product (cached) when no detrending window can span two products.
    const bool perFile = choice.analysed.size() == 1 || separatedByGaps(products, choice.analysed, req.prepare.gapDays);
    data.preparedPerFile = perFile;
    const ProgressFn prepProgress = forStage(progress, Stage::Preparing);
    if (perFile) {
        std::vector<std::shared_ptr<const Prepared>> pieces;
        std::vector<std::size_t> offsets;
        std::size_t offset = 0;
        for (std::size_t k = 0; k < series.size(); ++k) {
            if (!reportProgress(prepProgress, (long long)k, (long long)series.size()))
                return R::failure(ErrorCode::Cancelled);
            const std::string& path = data.analysed[k];
            auto piece = cachedPiece(path, data.raw[k], prep);
            if (!piece) {
                auto one = stitch({series[k]}, {metas[k]});
                if (!one.ok())
                    return fail(path, one.status);
                auto pr = prepare(one.value, metas[k].mission, prep);
                if (!pr.ok() && pr.status.code != ErrorCode::AllNaN && pr.status.code != ErrorCode::NoRows)
                    return fail(path, pr.status);
                if (!pr.ok())
                    warnings.emplace_back(WarningCode::FileSkipped, 1, baseName(path) + ": no usable cadence");
                for (auto& w : pr.warnings)
                    warnings.push_back(std::move(w));
                piece = std::make_shared<const Prepared>(pr.ok() ? std::move(pr.value) : Prepared{});
                storePiece(path, data.raw[k], prep, piece);
            }
            pieces.push_back(piece);
            offsets.push_back(offset);
            offset += series[k].size();
        }
        if (pieces.size() == 1) {
            data.prepared = pieces.front();
        } else {
            std::vector<const Prepared*> ptrs;
            for (const auto& p : pieces)
                ptrs.push_back(p.get());
            data.prepared = std::make_shared<const Prepared>(joinPrepared(ptrs, offsets));
        }
    } else {
        auto pr = prepare(*data.stitched, data.meta.mission, prep, prepProgress);
        if (!pr.ok())
            return fail(data.analysed.size() == 1 ? data.analysed.front() : std::string(), pr.status);
        for (auto& w : pr.warnings)
            warnings.push_back(std::move(w));
        data.prepared = std::make_shared<const Prepared>(std::move(pr.value));
    }
    if (data.prepared->clean.size() == 0)
        return fail(data.analysed.size() == 1 ? data.analysed.front() : std::string(),
                    Status::error(ErrorCode::AllNaN, "no cadence left after quality masking"));
    if (data.prepared->nClipped > 0)
        warnings.emplace_back(WarningCode::PointsClipped, (long long)data.prepared->nClipped);
    reportProgress(prepProgress, 1, 1);
    R out = R::success(std::move(data));
    out.warnings = std::move(warnings);
    return out;
}

Result<StarResult> analyseStar(Engine& engine, const StarRequest& request, const SearchSettings& search,
                               const StageProgressFn& progress, const PartialFn& partial)
{
    using R = Result<StarResult>;
    if (Status v = validate(search); !v.ok())
        return R::failure(v.code, v.detail);
    auto data = engine.prepareStar(request, progress);
    if (!data.ok()) {
        R out = R::failure(data.status.code, data.status.detail);
        out.warnings = std::move(data.warnings);
        return out;
    }
    auto s = runSearch(*data.value.prepared, data.value.window, data.value.meta, search,
                       forStage(progress, Stage::Searching), partial);
    R out;
    out.warnings = std::move(data.warnings);
    for (auto& w : s.warnings)
        out.warnings.push_back(std::move(w));
    if (!s.ok()) {
        // A parameter problem names the setting; a data problem names the file.
        const bool parameter = s.status.code == ErrorCode::InvalidParameter || s.status.code == ErrorCode::TooLarge;
        const std::string where =
            !parameter && data.value.analysed.size() == 1 ? baseName(data.value.analysed.front()) + ": " : "";
        out.status = Status::error(s.status.code, where + s.status.detail);
        return out;
    }
    out.value.data = std::move(data.value);
    out.value.search = std::move(s.value);
    return out;
}

}  // namespace exo::pipeline
