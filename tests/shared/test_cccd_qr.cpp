// pakn/cccd_qr.h: the chip ID card's QR code as the kiosk's camera reads it,
// one row per card shape and per way a code can be wrong.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "pakn/cccd_qr.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

constexpr Date kToday{2026, 12, 8};
constexpr std::string_view kCard =
    "056090001234|225123456|Nguyễn Văn An|15061990|Nam|12 Trần Phú, Lộc Thọ, Nha Trang, Khánh Hòa|20042021";

}  // namespace

TEST_CASE("CCCD QR: a card's fields are read, and every malformed code is refused with its reason") {
    const auto card = parse_cccd_qr(kCard, kToday);
    REQUIRE(card.card);
    CHECK(card.error.empty());
    CHECK(card.card->id_number == "056090001234");
    CHECK(card.card->old_id == "225123456");
    CHECK(card.card->full_name == "Nguyễn Văn An");
    CHECK(card.card->birth_date == Date{1990, 6, 15});
    CHECK(card.card->sex == Sex::male);
    CHECK(card.card->address == "12 Trần Phú, Lộc Thọ, Nha Trang, Khánh Hòa");
    CHECK(card.card->issued_on == Date{2021, 4, 20});

    // code, error ("" = read)
    const std::pair<std::string_view, std::string_view> rows[] = {
        // Cards as they come: no old ID, a woman born in 2001, a scanner's
        // trailing new line, decomposed diacritics, fields a newer card adds.
        {"056301001234||Trần Thị Bích|02022001|Nữ|Cam Lâm, Khánh Hòa|10102022", ""},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang|20042021\r\n", ""},
        {"056090001234||Nguye\xcc\x82\xcc\x83n Va\xcc\x86n An|15061990|Nam|Nha Trang|20042021", ""},
        {"056090001234||Nguyễn Văn An|15061990|Nam|Nha Trang|20042021|extra|fields", ""},
        {"056090001234||  Nguyễn   Văn An |15061990|NAM|Nha Trang|20042021", ""},
        // Not a card at all
        {"https://pakn.khanhhoa.gov.vn/tra-cuu?ma=PAKN-2026-000123", "cccd_qr_not_a_card"},
        {"", "cccd_qr_not_a_card"},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang", "cccd_qr_not_a_card"},
        {"056090001234|225123456|Nguyễn\x01 Văn An|15061990|Nam|Nha Trang|20042021", "cccd_qr_not_a_card"},
        {"056090001234|2251\xff|Nguyễn Văn An|15061990|Nam|Nha Trang|20042021", "cccd_qr_not_a_card"},
        // A field malformed
        {"05609000123|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|22512345|Nguyễn Văn An|15061990|Nam|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|225123456| |15061990|Nam|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|225123456|Nguyễn Văn An|31021990|Nam|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|225123456|Nguyễn Văn An|1990-06-15|Nam|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Khác|Nha Trang|20042021", "cccd_qr_bad_field"},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang|2004202", "cccd_qr_bad_field"},
        // Fields that contradict the ID number or time
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nữ|Nha Trang|20042021", "cccd_qr_inconsistent"},
        {"056090001234|225123456|Nguyễn Văn An|15061991|Nam|Nha Trang|20042021", "cccd_qr_inconsistent"},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang|20041989", "cccd_qr_inconsistent"},
        {"056090001234|225123456|Nguyễn Văn An|15061990|Nam|Nha Trang|09122026", "cccd_qr_inconsistent"},
    };
    for (const auto& row : rows) {
        const std::string_view code = row.first, error = row.second;
        CAPTURE(code);
        const auto r = parse_cccd_qr(code, kToday);
        CHECK(r.error == error);
        CHECK(r.card.has_value() == error.empty());
    }
    CHECK(parse_cccd_qr(std::string(kMaxCccdQrBytes + 1, '1'), kToday).error == "cccd_qr_not_a_card");
    // Decomposed input is stored precomposed (NFC), as everything people type.
    CHECK(parse_cccd_qr(rows[2].first, kToday).card->full_name == "Nguyễn Văn An");
    for (auto code : {"cccd_qr_not_a_card", "cccd_qr_bad_field", "cccd_qr_inconsistent"}) {
        CAPTURE(code);
        CHECK(message_for(code) != message_for("no_such_code_at_all"));
    }
}
