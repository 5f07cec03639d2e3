#pragma once
/// @file header_card.h
/// Internal to core/io: strict syntax of one 80-byte FITS header card (FITS
/// Standard 4.0, section 4). Our own pre-scan checks every card with this
/// before CFITSIO is allowed to parse a header, so that no card CFITSIO could
/// mis-handle (over-long values, missing quotes, control bytes) ever reaches it.
/// Pure functions, no I/O, safe from any thread.

#include <cstddef>
#include <optional>
#include <string>

namespace exo::io::detail {

inline constexpr std::size_t kCardBytes = 80;
inline constexpr std::size_t kBlockBytes = 2880;
inline constexpr std::size_t kCardsPerBlock = kBlockBytes / kCardBytes;

/// What one card holds, once its syntax is known to be valid.
struct Card {
    enum class Kind { Commentary, Value, End };
    enum class Type { Undefined, String, Logical, Integer, Float, Complex };
    Kind kind = Kind::Commentary;
    Type type = Type::Undefined;
    std::string key;  ///< keyword name (bytes 1-8 without blanks; HIERARCH text before '=')
    /// Value as written: strings keep their quotes, numbers their text; right-trimmed,
    /// without the comment. Empty for an undefined value.
    std::string value;
};

/// Parse one card of exactly kCardBytes bytes. On a syntax error returns false and
/// sets `why` to a short technical cause (e.g. "byte 0x1B at column 12").
bool parseCard(const char* card, Card& out, std::string& why);

/// Type a reserved keyword that CFITSIO interprets must have (structure, scaling,
/// table columns), nullopt for any other keyword. `key` may be
/// indexed (TFORM12, NAXIS3). Float keywords also accept integers.
std::optional<Card::Type> reservedType(const std::string& key, bool asciiTable);

/// True for keywords that describe the structure of an HDU (BITPIX, NAXISn,
/// PCOUNT, GCOUNT, TFIELDS, TFORMn, TDIMn, TTYPEn, TBCOLn, THEAP, TSCALn, TZEROn,
/// TNULLn, XTENSION, SIMPLE, GROUPS): such a keyword may appear only once.
bool isStructuralKey(const std::string& key);

/// Checked decimal integer parse of a whole string (optional sign, digits,
/// surrounding blanks); nullopt on any other character or on overflow.
std::optional<long long> parseInteger(const std::string& text);

}  // namespace exo::io::detail
