#pragma once
/// @file safe_load.h
/// loadFile() that never throws: the entry points (CLI commands, the window's worker
/// jobs) call this, so an allocation failure on a large but genuine file becomes a
/// TooLarge status naming what the file needs, instead of an uncaught std::bad_alloc.

#include <string>

#include "pipeline/analysis.h"

namespace exo::pipeline {

/// Bytes that loading `path` needs in memory, estimated from its header (cadences x
/// pixels x the three pixel cubes, or cadences x the light-curve columns); 0 if the
/// header cannot be read.
long long estimatedLoadBytes(const std::string& path);

/// pipeline::loadFile, with exceptions turned into statuses: std::bad_alloc and
/// std::length_error -> TooLarge "not enough memory: reading it needs about N MB";
/// any other exception -> InternalError with its message. Thread-safe like loadFile.
Result<LoadedFile> loadFileSafely(const std::string& path);

/// The detail of a TooLarge status for `bytes` ("needs about 1.2 GB of memory").
std::string memoryNeedText(long long bytes);

}  // namespace exo::pipeline
