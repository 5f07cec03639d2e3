#pragma once
/// @file engine.h
/// The one analysis engine of the product: the window's AnalysisController and
/// every exoworld-cli command that analyses a star call it, so the same files
/// and settings give the same candidates everywhere.
///
///   pipeline::Engine engine;
///   StarRequest req;  req.files = {...};  req.prepare = settings;
///   auto r = pipeline::analyseStar(engine, req, searchSettings, progress);
///
/// The engine plans (one product per stretch of time, plan.h), loads, runs
/// photometry, stitches, prepares (clean, split, detrend) and searches. It keeps
/// a per-file cache with explicit keys:
///   loaded file   <- path
///   raw series    <- path + aperture (pixel files) or flux column (light curves)
///   prepared piece <- the raw series it came from + PrepareSettings
/// so an aperture edit in one quarter re-runs photometry and detrending of that
/// quarter only. The cache is bounded in bytes (least recently used entries go
/// first) and forget(path) evicts everything of a removed file.
/// Threading: every member is thread-safe; long work runs on the calling thread
/// with the cache unlocked, so several stars may be prepared at once.

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/status.h"
#include "pipeline/analysis.h"
#include "pipeline/plan.h"
#include "pipeline/search.h"
#include "pipeline/settings.h"

namespace exo::pipeline {

/// What to analyse: the products of one star and how.
struct StarRequest {
    std::vector<std::string> files;                   ///< the star's products, in the user's order
    std::string preferred;                            ///< the product that wins its stretch of time (empty: the first)
    std::map<std::string, ApertureChoice> apertures;  ///< per pixel file; absent = pipeline aperture
    PrepareSettings prepare;
};

/// A product of the request that was not analysed.
struct SkippedFile {
    std::string path;
    std::string coveredBy;  ///< the analysed product of the same stretch (empty: no usable time)
};

/// The prepared light curve of one star.
struct StarData {
    std::vector<std::string> analysed;  ///< in time order
    std::vector<SkippedFile> skipped;
    Metadata meta;                                   ///< of the first analysed product
    std::vector<std::shared_ptr<const Series>> raw;  ///< per analysed product, un-normalised
    std::shared_ptr<const Series> stitched;          ///< normalised per file, time order
    std::shared_ptr<const Prepared> prepared;        ///< clean, trend, flat
    bool preparedPerFile = false;                    ///< pieces prepared per file and joined (cache hits)
    detrend::WindowChoice window;                    ///< detrending window of the whole star (auto or set)
};

struct StarResult {
    StarData data;
    SearchOutcome search;
};

class Engine {
public:
    struct Options {
        std::size_t cacheBytes = std::size_t(1) << 30;  ///< bound of the cache (1 GiB)
    };
    Engine();
    explicit Engine(Options options);
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    /// Load a product (cached). Errors name the cause; the detail does not repeat the path.
    Result<std::shared_ptr<const LoadedFile>> load(const std::string& path, const ProgressFn& progress = {});
    /// The cached product, or null.
    std::shared_ptr<const LoadedFile> loaded(const std::string& path) const;
    /// Evict everything cached for a file (loaded product, raw series, prepared pieces).
    void forget(const std::string& path);
    void clear();

    /// Raw light curve of one product (cached per aperture / flux column).
    Result<std::shared_ptr<const Series>> raw(const std::string& path, const ApertureChoice& aperture, FluxSource flux,
                                              const ProgressFn& progress = {});

    /// Plan, load what is missing, run photometry, stitch and prepare. Settings are
    /// validated first (InvalidParameter naming the setting). A file that cannot be
    /// read fails the request with its path in the detail.
    Result<StarData> prepareStar(const StarRequest& request, const StageProgressFn& progress = {});

    std::size_t cacheBytes() const;    ///< bytes held by the cache now (estimate)
    std::size_t cacheEntries() const;  ///< entries of every kind

private:
    struct Entry;
    void touch(Entry& e);
    void evictLocked();
    std::shared_ptr<const Prepared> cachedPiece(const std::string& path, const std::shared_ptr<const Series>& raw,
                                                const PrepareSettings& s);
    void storePiece(const std::string& path, const std::shared_ptr<const Series>& raw, const PrepareSettings& s,
                    const std::shared_ptr<const Prepared>& piece);

    Options m_options;
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Entry>> m_entries;  ///< per path
    std::size_t m_bytes = 0;
    unsigned long long m_clock = 0;
};

/// Prepare and search one star: the path both executables take.
Result<StarResult> analyseStar(Engine& engine, const StarRequest& request, const SearchSettings& search,
                               const StageProgressFn& progress = {}, const PartialFn& partial = {});

/// Bytes held by a series / prepared light curve / loaded product (for the cache bound).
std::size_t footprint(const Series& s);
std::size_t footprint(const Prepared& p);
std::size_t footprint(const LoadedFile& f);

}  // namespace exo::pipeline
