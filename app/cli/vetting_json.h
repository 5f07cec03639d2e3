#pragma once
/// JSON form of a vetting::Report (field names stable, snake_case, documented in
/// core/vetting/README.md). Shared by `search --json`, `vet --json` and the
/// candidate store, so every export spells the vetting the same way.

#include "cli/json_writer.h"
#include "vetting/vetting.h"

namespace exo::cli {

struct VettingJsonOptions {
    bool images = false;  ///< include the difference image and depth map (rows of numbers)
    bool events = true;   ///< include the per-transit list
};

/// Writes the report as one JSON object value (the caller writes the key, e.g. "vetting").
void writeVettingJson(JsonWriter& j, const vetting::Report& r, const VettingJsonOptions& o = {});

/// Writes the named flags as a JSON array of strings.
void writeFlagsJson(JsonWriter& j, const vetting::Report& r);

}  // namespace exo::cli
