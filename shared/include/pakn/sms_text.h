// SMS texts are sent without diacritics: an accented message is encoded as
// UCS-2 and costs two segments where GSM 7-bit needs one, and some handsets
// show it garbled. Letters keep their case, so a tracking code reads as it
// was issued ("PAKN-2026-000123"), never lower-cased.
//
// Pure: no I/O, nothing throws.
#pragma once

#include <string>
#include <string_view>

namespace pakn {

// The most GSM 7-bit septets one SMS segment carries.
inline constexpr int kSmsSingleSegment = 160;

// `text` with Vietnamese diacritics removed (combining marks dropped after
// canonical decomposition, Đ/đ as D/d), case kept; typographic quotes,
// dashes and "…" become their ASCII look-alikes and anything else GSM 7-bit
// cannot carry becomes "?", so the result is always GSM 7-bit.
std::string sms_text(std::string_view text);

enum class SmsEncoding { gsm7, ucs2 };

// What a text costs as an SMS (GSM 03.38 basic and extension tables).
struct SmsSegments {
    SmsEncoding encoding = SmsEncoding::gsm7;
    // GSM: septets (an extension-table character such as "{" or "€" takes
    // two); UCS-2: UTF-16 code units (an emoji takes two).
    int characters = 0;
    // GSM: up to 160 septets is 1, else ceil(n / 153); UCS-2: up to 70 is 1,
    // else ceil(n / 67) (the rest of a part holds the concatenation header).
    int segments = 1;
};

// The encoding a gateway must use for `text` and how many segments it takes.
SmsSegments sms_segments(std::string_view text);

// `text` with every run of 4 or more digits turned into as many "*": a
// one-time code is not kept in clear once sent, while the text keeps its
// length and encoding (the outbox view still counts its segments right).
std::string hide_codes(std::string_view text);

// "gsm7" or "ucs2", as the API names them.
std::string_view to_string(SmsEncoding e);

// prefix + variable + suffix, each passed through sms_text, with `variable`
// cut at a word where it can and ended with "..." so the whole stays within
// one GSM segment (160 septets). Prefix and suffix are never cut: they carry
// the sender and the tracking code.
std::string fit_sms(std::string_view prefix, std::string_view variable, std::string_view suffix);

}  // namespace pakn
