#pragma once
/// @file safe_text.h
/// The one sanitizer for text that may carry file content (CFITSIO messages quote
/// header cards; paths and OBJECT names come from the user's disk). Every message
/// shown in a terminal, written to JSON or put in a widget goes through it, so a
/// file cannot retitle or recolour a terminal, split a message over lines or emit
/// invalid UTF-8. Pure functions, thread-safe.

#include <cstddef>
#include <string>
#include <string_view>

namespace exo {

/// Length (1..4) of the valid UTF-8 sequence that starts at s[i], with its code point in
/// `cp`; 0 when the bytes there are not valid UTF-8 (RFC 3629: overlong forms, surrogates,
/// code points above U+10FFFF and cut sequences are invalid). Requires i < s.size().
std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t& cp);

/// Longest message kept by safeText (bytes of output, before the ellipsis).
inline constexpr std::size_t kSafeTextMaxBytes = 400;

/// One printable line: valid UTF-8, no control characters, at most `maxBytes` bytes.
/// - C0 controls (ESC, BEL, NUL...), DEL and C1 controls (U+0080..U+009F) become
///   visible escapes such as `\x1B`; tab, CR and LF become one space;
/// - bytes that are not valid UTF-8 become `\xNN` escapes;
/// - bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069), which can
///   make a line read differently from what it holds, become `\u202E` escapes;
/// - longer text is cut at a character boundary and ends with "…".
std::string safeText(std::string_view in, std::size_t maxBytes = kSafeTextMaxBytes);

/// Valid UTF-8 with the content otherwise untouched (for JSON string values, whose
/// writer escapes control characters itself): each invalid byte becomes U+FFFD.
std::string validUtf8(std::string_view in);

}  // namespace exo

namespace exo {

/// A technical detail without the file name it starts with: core details often read
/// "kplr….fits: file is empty (0 bytes)", and the message around them already names the
/// file once. Strips a leading "PATH: " or "BASENAME: " (repeatedly); otherwise unchanged.
std::string stripFilePrefix(std::string_view detail, std::string_view path);

}  // namespace exo
