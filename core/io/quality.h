#pragma once
/// @file quality.h
/// Mission quality flags: bit names per mission and lightkurve's preset masks.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/mission.h"

namespace exo::io {

enum class QualityPreset { None, Default, Hard, Hardest };

/// Bitmask for a preset. Values equal lightkurve's current ones
/// (lightkurve/utils.py KeplerQualityFlags / TessQualityFlags).
std::uint32_t qualityBitmask(Mission mission, QualityPreset preset);

/// Parse "default", "hard", "hardest", "none" or an integer; nullopt if invalid.
std::optional<std::uint32_t> parseQualitySpec(Mission mission, const std::string& spec);

/// Names of the bits set in `flags` for this mission (e.g. "Attitude tweak").
std::vector<std::string> decodeQualityFlags(Mission mission, std::uint32_t flags);

}  // namespace exo::io
