#pragma once
/// @file progress.h
/// The one progress-and-cancel hook used by every long core function.
/// Called from the worker thread at loop granularity; return false to cancel.
/// The callable must be cheap and thread-safe for the caller's use.

#include <functional>

namespace exo {

using ProgressFn = std::function<bool(long long done, long long total)>;

/// Convenience: report progress if a hook is set; returns false when cancelled.
inline bool reportProgress(const ProgressFn& fn, long long done, long long total)
{
    return fn ? fn(done, total) : true;
}

/// The stages of long work, so that one hook can tell the user what is running.
enum class Stage { Loading, Photometry, Preparing, Searching, Vetting, Generating, Downloading };

/// Stable snake_case name of a stage ("loading", "photometry", ...), for logs and the CLI.
inline const char* stageName(Stage s)
{
    switch (s) {
    case Stage::Loading: return "loading";
    case Stage::Photometry: return "photometry";
    case Stage::Preparing: return "preparing";
    case Stage::Searching: return "searching";
    case Stage::Vetting: return "vetting";
    case Stage::Generating: return "generating";
    case Stage::Downloading: return "downloading";
    }
    return "working";
}

/// The one hook of multi-stage work (the engine, demo generation, downloads): the stage,
/// then done/total within it. Return false to cancel.
using StageProgressFn = std::function<bool(Stage stage, long long done, long long total)>;

/// The plain hook of one stage, forwarding to a staged hook (empty if `fn` is empty).
inline ProgressFn forStage(const StageProgressFn& fn, Stage s)
{
    if (!fn)
        return {};
    return [fn, s](long long done, long long total) { return fn(s, done, total); };
}

}  // namespace exo
