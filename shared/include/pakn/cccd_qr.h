// The QR code on a Vietnamese chip ID card (căn cước công dân gắn chip), read
// by the kiosk's camera to fill a person's name and ID number instead of
// typing them (issue 17 item 5). The code holds seven fields separated by
// "|":
//
//     ID number | old ID (CMND, may be empty) | full name | date of birth |
//     sex | address | issue date
//
// dates as ddmmyyyy, sex "Nam" or "Nữ", e.g.
//     056090001234|225123456|Nguyễn Văn An|15061990|Nam|12 Trần Phú, Lộc Thọ, Nha Trang, Khánh Hòa|20042021
//
// A code that is not such a card, or whose fields contradict each other (the
// sex and birth year the ID number encodes, a card issued before its holder
// was born or after today), is refused: the kiosk then asks to type instead,
// never fills a form with half a card. Pure: no I/O, no clock (`today` comes
// from the caller), nothing throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pakn/calendar.h"
#include "pakn/ids.h"

namespace pakn {

// What a card's QR code says about its holder.
struct CccdCard {
    std::string id_number;  // 12 digits
    std::string old_id;     // 9-digit CMND, "" when the card has none
    std::string full_name;  // NFC, white space cleaned
    Date birth_date;
    Sex sex = Sex::male;
    std::string address;
    Date issued_on;

    bool operator==(const CccdCard&) const = default;
};

// Longest text taken as a card's code (a real one is about 150 bytes).
inline constexpr std::size_t kMaxCccdQrBytes = 1024;

// The card in `text`, or the reason it is none, as a catalogue code:
// "cccd_qr_not_a_card" (not seven "|"-separated fields, too long, bad
// UTF-8 or control characters), "cccd_qr_bad_field" (a field is malformed:
// ID or old ID, empty name, a date that does not exist, an unknown sex), or
// "cccd_qr_inconsistent" (the ID number's sex or birth year disagree with
// the fields, or the card was issued before birth or after `today`).
struct CccdQrResult {
    std::optional<CccdCard> card;
    std::string_view error;  // "" when card is set
};
CccdQrResult parse_cccd_qr(std::string_view text, const Date& today);

}  // namespace pakn
