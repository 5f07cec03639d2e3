#pragma once
/// @file read_limits.h
/// The memory budget of the FITS readers (a setting). Every data read checks
/// the memory its header claims against it before anything is allocated, and
/// a .fits.gz is inflated only up to a bound derived from it.
///
/// Threading: the budget is a process-wide atomic; set it once at start-up
/// (the CLI and the window do), read it from any thread.

#include <cstdint>

namespace exo::io {

/// Default budget: a quarter of physical memory (at least 256 MB), or the
/// environment variable EXO_MEMORY_BUDGET_MB when set to a positive number.
std::uint64_t defaultMemoryBudget();

/// Current budget in bytes (the default until setMemoryBudget is called).
std::uint64_t memoryBudget();

/// Set the budget in bytes; 0 restores the default.
void setMemoryBudget(std::uint64_t bytes);

/// Largest inflated size accepted for a .fits.gz of `compressedBytes` bytes:
/// 64 times the compressed size (real mission products compress less than 6:1)
/// but at least 32 MB, and never more than the memory budget.
std::uint64_t gzipInflateLimit(std::uint64_t compressedBytes);

}  // namespace exo::io
