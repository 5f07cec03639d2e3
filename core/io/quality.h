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

/// Quality bit set on cadences that a high-level product marks as bad in its own flag
/// column (bit 30, which no mission uses). It is removed whenever the quality mask is not
/// "none" (pipeline/analysis.cpp), and reported with the quality-masked cadences.
inline constexpr std::uint32_t kProductFlagBit = 0x40000000u;

/// True when a product's own flag value marks the cadence as bad:
///  - TGLC `TGLC_flags` != 0 (Han & Brandt 2023: use cadences with TESS_flags == 0 and TGLC_flags == 0);
///  - K2SFF `MOVING` != 0 (thruster firing: the roll-correction is invalid there);
///  - K2SC `mflags` bits 1 (K2 quality), 8 (upward outlier) and 32 (non-finite flux); never
///    16 (downward outlier), which transits set, nor 2/4/64 (reserved flare/transit/periodic masks).
/// Other products have no such column: always false.
bool productFlagIsBad(ProductType product, std::uint32_t flags);

/// Names of the bits set in `flags` for this mission (e.g. "Attitude tweak").
std::vector<std::string> decodeQualityFlags(Mission mission, std::uint32_t flags);

}  // namespace exo::io
