/// @file gts_text.h
/// Text helpers of the Warp 10 GTS reader and writer (gts.cpp): URL encoding of labels,
/// class and column names, number formatting and parsing, the "# exoworld.file" comment.
/// Internal to core/io.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "model/mission.h"

namespace exo::io::gts_text {

inline constexpr double kMicrosPerDay = 86400.0e6;

/// Whole days between BJDREFI and the Unix epoch JD, kept apart from the
/// fraction so the sum stays exact in double precision.
double epochOffsetDays(long bjdRefI, double bjdRefF);
std::string urlEncode(const std::string& s);
bool urlDecode(std::string_view s, std::string& out);
/// "sap_flux" -> "sap.flux" and back.
std::string className(const std::string& column);
std::string columnName(const std::string& cls);
/// Shortest text that reads back as the same double; integers without a point.
void appendDouble(std::string& out, double v);
void appendLong(std::string& out, long long v);
std::string fmt(double v);
std::string_view trim(std::string_view s);
/// "# exoworld.file k=v k=v" -> map (values URL-decoded).
std::map<std::string, std::string> parseMetaComment(std::string_view rest);
/// A GTS value as a number (T/F as 1/0); strings, lists and bytes are refused with `why`.
bool parseValue(std::string_view v, double& out, std::string& why);
double metaNumber(const std::map<std::string, std::string>& m, const char* key, double dflt);
std::string metaText(const std::map<std::string, std::string>& m, const char* key);
Mission missionFromName(const std::string& s);

}  // namespace exo::io::gts_text
