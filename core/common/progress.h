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

}  // namespace exo
