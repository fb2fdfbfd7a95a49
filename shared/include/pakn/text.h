// Text handling for everything people type: strict UTF-8, NFC normalization,
// whitespace cleaning, control-character refusal, search folding, truncation.
// Pure functions; nothing here throws. Tables come from the Unicode Character
// Database (tools/gen_unicode_tables.py -> src/unicode_tables.inc).
//
// [SECTION] index: UTF-8, normalization, whitespace, cleaning, folding, truncation,
// ASCII codes.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// A cleaned or normalized value, or the catalogue code saying why there is
// none. Validators turn `error` into a FieldError with field_error().
struct Checked {
    std::string value;
    std::string_view error;  // "" when ok; always a static catalogue code

    bool ok() const { return error.empty(); }
};

// [SECTION] UTF-8

// True when `s` is well-formed UTF-8: no overlong forms, surrogates, values
// above U+10FFFF, stray continuation bytes, invalid bytes or truncation.
bool is_valid_utf8(std::string_view s);

// The code points of well-formed UTF-8; nullopt when `s` is not well-formed.
std::optional<std::u32string> utf8_to_codepoints(std::string_view s);

// The code points of `s`, each ill-formed byte sequence replaced by U+FFFD.
std::u32string utf8_to_codepoints_lossy(std::string_view s);

// UTF-8 for `cps`; surrogates and values above U+10FFFF become U+FFFD.
std::string codepoints_to_utf8(std::u32string_view cps);

// [SECTION] normalization (Unicode version of the tables: unicode_version())

// The Unicode version the normalization and folding tables were built from.
std::string_view unicode_version();

// Canonical combining class of `cp` (0 for starters).
int combining_class(char32_t cp);

// NFD: full canonical decomposition in canonical order.
std::u32string to_nfd(std::u32string_view cps);

// NFC: canonical decomposition, canonical ordering, canonical composition.
std::u32string to_nfc(std::u32string_view cps);

// NFC of UTF-8 text; ill-formed sequences become U+FFFD.
std::string to_nfc(std::string_view s);

// Number of characters (code points after NFC), not bytes; ill-formed
// sequences count as one U+FFFD each.
std::size_t char_count(std::string_view s);

// [SECTION] whitespace and control characters

// True for Unicode white space we accept from users: tab, LF, CR, space,
// NBSP, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000.
bool is_space(char32_t cp);

// True for characters never accepted in stored text: C0 controls except
// tab/LF/CR, DEL, C1, zero-width and bidi controls (U+200B-200F,
// U+202A-202E, U+2066-2069) and U+FEFF.
bool is_forbidden_control(char32_t cp);

// The characters PAKN's fonts draw (client/ui/theme.cpp loads these glyph
// ranges; client/CMakeLists.txt subsets the fonts to them): Vietnamese and
// Latin-1 letters, digits, General Punctuation (– — “ ” ‘ ’ … •), ₫ € №, a
// few arrows and symbols, and tab/LF/CR. Emoji, U+FFFD (what an emoji
// becomes in a 16-bit ImGui buffer) and other scripts are outside.
struct CodepointRange {
    char32_t first;
    char32_t last;
};
std::span<const CodepointRange> drawable_ranges() noexcept;

// True when `cp` lies in drawable_ranges().
bool is_drawable(char32_t cp) noexcept;

// `s` without leading and trailing Unicode white space (a view into `s`).
std::string_view trim(std::string_view s);

// Single-line form: white space runs (newlines included) become one space,
// ends trimmed.
std::string collapse_spaces(std::string_view s);

// Multi-line form: CRLF/CR/U+2028/U+2029 become LF, each line's ends trimmed,
// runs of blank lines shortened to one, blank lines at both ends removed.
std::string clean_lines(std::string_view s);

// [SECTION] cleaning user input

enum class TextMode { single_line, multi_line };

// The text as stored: a leading BOM dropped, NFC, whitespace cleaned for
// `mode`; or error "invalid_utf8" / "control_characters" /
// "undrawable_characters" (emoji and anything else !is_drawable: the app
// would show "?" and the database keep what nobody can read). Emptiness and
// length limits are the caller's rules.
Checked clean_text(std::string_view raw, TextMode mode = TextMode::single_line);

// [SECTION] search folding

// Broad Unicode general category: L*, N*, M* or anything else.
enum class CharClass { other, letter, number, mark };

// General category class of `cp` (unassigned code points: as their neighbours).
CharClass char_class(char32_t cp);

// Simple (one-to-one) Unicode lowercase of `cp`; `cp` itself when it has none.
char32_t to_lower(char32_t cp);

// Case- and accent-insensitive form that keeps every other character:
// canonical decomposition, combining marks dropped, simple lowercase, a few
// stroked letters unstroked (đ -> d, ł -> l, ø -> o, ħ -> h, ŧ -> t), NFC.
std::string fold_for_compare(std::string_view s);

// Search key: fold_for_compare, then every run of non-letters/non-digits
// becomes one space, ends trimmed. "Đường Trần Phú" -> "duong tran phu".
std::string fold_for_search(std::string_view s);

// The words of fold_for_search(s), in order.
std::vector<std::string> fold_tokens(std::string_view s);

// [SECTION] truncation

// At most `max_chars` code points of `s`, never cutting inside a UTF-8
// sequence, and never keeping a base letter without the combining marks that
// follow it (those are dropped together).
std::string truncate_chars(std::string_view s, std::size_t max_chars);

// [SECTION] ASCII codes
// For codes and numbers people type (ID numbers, commune codes, OTPs), whose
// digits are the ASCII ones only.

// True for '0'..'9'.
bool is_ascii_digit(char c) noexcept;

// True when `s` is not empty and holds only '0'..'9'.
bool all_ascii_digits(std::string_view s) noexcept;

// A finite decimal number written whole (strtod's syntax in the C locale,
// e.g. "-12.5", "1e3"; no spaces around), at most 32 bytes; nullopt
// otherwise. For coordinates in query strings and metadata.
std::optional<double> parse_decimal(std::string_view s);

}  // namespace pakn
