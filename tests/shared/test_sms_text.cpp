// pakn/sms_text.h: SMS texts without diacritics, case kept.
#include <doctest/doctest.h>

#include <string_view>

#include "pakn/sms_text.h"

using namespace pakn;

TEST_CASE("sms_text: diacritics removed, case and the tracking code kept") {
    struct Row {
        std::string_view in, out;
    };
    // text | as sent by SMS
    const Row rows[] = {
        {"Phản ánh PAKN-2026-000123 đã được tiếp nhận", "Phan anh PAKN-2026-000123 da duoc tiep nhan"},
        {"Đường Nguyễn Thị Minh Khai", "Duong Nguyen Thi Minh Khai"},
        {"ĐẶNG VĂN ĐỨC", "DANG VAN DUC"},
        {"Hòa, hoà, Huế, Ỷ Lan, ưu, ươ", "Hoa, hoa, Hue, Y Lan, uu, uo"},
        {"Mã OTP: 123456", "Ma OTP: 123456"},
        {"", ""},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(sms_text(r.in) == r.out);
    }
}
