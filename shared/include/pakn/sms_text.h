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

// `text` with Vietnamese diacritics removed (combining marks dropped after
// canonical decomposition, Đ/đ as D/d), case and everything else kept.
std::string sms_text(std::string_view text);

}  // namespace pakn
