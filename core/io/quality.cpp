/// @file quality.cpp
/// Quality-flag names and preset masks.
///
/// Bit meanings: Kepler Archive Manual KDMC-10008 Table 2-3 and TESS SDPDD
/// (EXP-TESS-ARC-ICD-TM-0014) Table 28, as transcribed in lightkurve
/// `lightkurve/utils.py` (KeplerQualityFlags, TessQualityFlags) and in
/// /work/shared/reference/formats.md section 4.4.
///
/// Presets equal lightkurve's current values (lightkurve/utils.py):
///   Kepler default 1130799, hard 1664431, hardest 2096639;
///   TESS   default 17087 (lightkurve PR #1336, 2025-03; it was 175 before),
///          hard 24319, hardest 65535.
/// K2 uses the Kepler flags (same spacecraft and pipeline).

#include "io/quality.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <utility>

namespace exo::io {

namespace {

using BitName = std::pair<std::uint32_t, const char*>;

constexpr BitName kKeplerBits[] = {
    {1u, "Attitude tweak"},
    {2u, "Safe mode"},
    {4u, "Coarse point"},
    {8u, "Earth point"},
    {16u, "Zero crossing"},
    {32u, "Desaturation event"},
    {64u, "Argabrightening"},
    {128u, "Cosmic ray in optimal aperture"},
    {256u, "Manual exclude"},
    // 512 is unused by Kepler
    {1024u, "Sudden sensitivity dropout"},
    {2048u, "Impulsive outlier"},
    {4096u, "Argabrightening on CCD"},
    {8192u, "Cosmic ray in collateral data"},
    {16384u, "Detector anomaly"},
    {32768u, "No fine point"},
    {65536u, "No data"},
    {131072u, "Rolling band in optimal aperture"},
    {262144u, "Rolling band in full mask"},
    {524288u, "Possible thruster firing"},
    {1048576u, "Thruster firing"},
};

constexpr BitName kTessBits[] = {
    {1u, "Attitude tweak"},
    {2u, "Safe mode"},
    {4u, "Coarse point"},
    {8u, "Earth point"},
    {16u, "Argabrightening"},
    {32u, "Desaturation event"},
    {64u, "Cosmic ray in optimal aperture"},
    {128u, "Manual exclude"},
    {256u, "Discontinuity corrected"},
    {512u, "Impulsive outlier"},
    {1024u, "Cosmic ray in collateral data"},
    {2048u, "Straylight"},
    {4096u, "Straylight2"},
    {8192u, "Planet search exclude"},
    {16384u, "Bad calibration exclude"},
    {32768u, "Insufficient targets for error correction"},
};

std::string lower(std::string s)
{
    for (auto& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

}  // namespace

std::uint32_t qualityBitmask(Mission mission, QualityPreset preset)
{
    const bool tess = mission == Mission::TESS;
    switch (preset) {
    case QualityPreset::None: return 0u;
    case QualityPreset::Default: return tess ? 17087u : 1130799u;
    case QualityPreset::Hard: return tess ? 24319u : 1664431u;
    case QualityPreset::Hardest: return tess ? 65535u : 2096639u;
    }
    return 0u;
}

bool productFlagIsBad(ProductType product, std::uint32_t flags)
{
    switch (product) {
    case ProductType::Tglc:
    case ProductType::K2sff: return flags != 0;
    case ProductType::K2sc: return (flags & (1u | 8u | 32u)) != 0;
    default: return false;
    }
}

std::optional<std::uint32_t> parseQualitySpec(Mission mission, const std::string& spec)
{
    const std::string s = lower(trim(spec));
    if (s == "none")
        return qualityBitmask(mission, QualityPreset::None);
    if (s == "default")
        return qualityBitmask(mission, QualityPreset::Default);
    if (s == "hard")
        return qualityBitmask(mission, QualityPreset::Hard);
    if (s == "hardest")
        return qualityBitmask(mission, QualityPreset::Hardest);
    if (s.empty() || s[0] == '-' || s[0] == '+')
        return std::nullopt;
    const bool hex = s.size() > 2 && s[0] == '0' && s[1] == 'x';
    const char* begin = s.c_str() + (hex ? 2 : 0);
    if (*begin == 0)
        return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(begin, &end, hex ? 16 : 10);
    if (errno != 0 || *end != 0 || v > 0xFFFFFFFFull)
        return std::nullopt;
    return static_cast<std::uint32_t>(v);
}

std::vector<std::string> decodeQualityFlags(Mission mission, std::uint32_t flags)
{
    std::vector<std::string> names;
    auto decode = [&](const auto& table) {
        std::uint32_t known = 0;
        for (const auto& [bit, name] : table) {
            known |= bit;
            if (flags & bit)
                names.emplace_back(name);
        }
        for (int b = 0; b < 32; ++b) {
            const std::uint32_t bit = 1u << b;
            if ((flags & bit) && !(known & bit))
                names.push_back("Unknown bit " + std::to_string(bit));
        }
    };
    if (mission == Mission::TESS)
        decode(kTessBits);
    else
        decode(kKeplerBits);
    return names;
}

}  // namespace exo::io
