// pakn/sms_text.h: SMS texts without diacritics, case kept; what a text
// costs in segments; templates fitted into one segment.
#include <doctest/doctest.h>

#include <string>
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
        {"“Ổ gà” – đường 2/4…", "\"O ga\" - duong 2/4..."},
        {"Café é Ç", "Cafe e C"},
        {"Tab\there\u00A0nbsp", "Tab here nbsp"},
        {"Hỏng 🚧 đèn `x`", "Hong ? den ?x?"},
        {"giá 5€ [a]", "gia 5€ [a]"},
        {"", ""},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(sms_text(r.in) == r.out);
        CHECK(sms_segments(sms_text(r.in)).encoding == SmsEncoding::gsm7);
    }
}

TEST_CASE("sms_segments: GSM 03.38 tables, UCS-2 fallback and segment boundaries") {
    struct Row {
        std::string name, text;
        SmsEncoding encoding;
        int characters, segments;
    };
    const std::string a160(160, 'a'), a161(161, 'a'), a306(306, 'a'), a307(307, 'a');
    std::string u70, u71;
    for (int i = 0; i < 70; ++i)
        u70 += "ă";
    u71 = u70 + "ă";
    // name | text | encoding | characters | segments
    // clang-format off
    const Row rows[] = {
        {"empty",                     "",                          SmsEncoding::gsm7, 0,   1},
        {"ascii",                     "Ma xac thuc 123456",        SmsEncoding::gsm7, 18,  1},
        {"160 septets: one",          a160,                        SmsEncoding::gsm7, 160, 1},
        {"161 septets: two",          a161,                        SmsEncoding::gsm7, 161, 2},
        {"306 septets: two",          a306,                        SmsEncoding::gsm7, 306, 2},
        {"307 septets: three",        a307,                        SmsEncoding::gsm7, 307, 3},
        {"extension chars take two",  "^{}\\[~]|€",                SmsEncoding::gsm7, 18,  1},
        {"159 + one extension: two",  std::string(159, 'a') + "€", SmsEncoding::gsm7, 161, 2},
        {"Latin letters in basic",    "éèùìòÇØøÅåÄÖÑÜßÉÆæäöñüà",   SmsEncoding::gsm7, 23,  1},
        {"Greek and symbols basic",   "ΔΦΓΛΩΠΨΣΘΞ@£$¥¤§¡¿_",       SmsEncoding::gsm7, 19,  1},
        {"newline and CR basic",      "a\nb\r",                    SmsEncoding::gsm7, 4,   1},
        {"backtick is not GSM",       "a`b",                       SmsEncoding::ucs2, 3,   1},
        {"Vietnamese: UCS-2",         "Mã xác thực",               SmsEncoding::ucs2, 11,  1},
        {"d with stroke: UCS-2",      "đ",                         SmsEncoding::ucs2, 1,   1},
        {"á is not in GSM basic",     "á",                         SmsEncoding::ucs2, 1,   1},
        {"70 UCS-2: one",             u70,                         SmsEncoding::ucs2, 70,  1},
        {"71 UCS-2: two",             u71,                         SmsEncoding::ucs2, 71,  2},
        {"emoji: two UTF-16 units",   "ok 🚧",                     SmsEncoding::ucs2, 5,   1},
        {"extension counts 1 in UCS", "€ă",                        SmsEncoding::ucs2, 2,   1},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.name);
        const auto s = sms_segments(r.text);
        CHECK(s.encoding == r.encoding);
        CHECK(s.characters == r.characters);
        CHECK(s.segments == r.segments);
    }
    CHECK(to_string(SmsEncoding::gsm7) == "gsm7");
    CHECK(to_string(SmsEncoding::ucs2) == "ucs2");
}

TEST_CASE("fit_sms: one GSM segment, the variable part cut with ..., prefix and suffix whole") {
    const std::string long_title =
        "Đường Nguyễn Thị Minh Khai đoạn trước trường tiểu học có nhiều ổ gà lớn, trời mưa đọng nước gây nguy hiểm "
        "cho học sinh và người đi xe máy, đề nghị sửa chữa sớm trước mùa mưa bão năm nay";
    struct Row {
        std::string name, prefix, variable, suffix, out;
    };
    // name | prefix | variable | suffix | the SMS ("" = only checked for fit)
    const Row rows[] = {
        {"short: unchanged but unaccented", "PAKN Khanh Hoa: ", "Phản ánh PAKN-2026-000123 đã được tiếp nhận",
         ". Tra cuu: PAKN-2026-000123",
         "PAKN Khanh Hoa: Phan anh PAKN-2026-000123 da duoc tiep nhan. Tra cuu: PAKN-2026-000123"},
        {"exactly 160: unchanged", std::string(100, 'p'), std::string(50, 'v'), std::string(10, 's'),
         std::string(100, 'p') + std::string(50, 'v') + std::string(10, 's')},
        {"161: cut", std::string(100, 'p'), std::string(51, 'v'), std::string(10, 's'),
         std::string(100, 'p') + std::string(47, 'v') + "..." + std::string(10, 's')},
        {"cut at a word", std::string(150, 'p'), "ab cd efghij", "", std::string(150, 'p') + "ab cd..."},
        {"long title", "PAKN Khanh Hoa: Phan anh PAKN-2026-000123 \"", long_title, "\" da duoc tiep nhan.", ""},
        {"300-char title", "PAKN: ", std::string(300, 'x'), " PAKN-2026-000123", ""},
        {"extension chars count two", "", std::string(100, '{'), "", std::string(78, '{') + "..."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.name);
        const std::string sms = fit_sms(r.prefix, r.variable, r.suffix);
        if (!r.out.empty()) CHECK(sms == r.out);
        const auto s = sms_segments(sms);
        CHECK(s.encoding == SmsEncoding::gsm7);
        CHECK(s.segments == 1);
        CHECK(sms.starts_with(sms_text(r.prefix)));
        CHECK(sms.ends_with(sms_text(r.suffix)));
    }
}

TEST_CASE("hide_codes: digit runs of 4 or more become stars, the text keeps its length and encoding") {
    struct Row {
        std::string_view in, out;
    };
    // text | as kept after sending
    const Row rows[] = {
        {"Ma xac thuc cua ban la 123456. Ma co hieu luc trong 5 phut.",
         "Ma xac thuc cua ban la ******. Ma co hieu luc trong 5 phut."},
        {"123", "123"},
        {"1234", "****"},
        {"a12b3456c", "a12b****c"},
        {"PAKN-2026-000123", "PAKN-****-******"},
        {"", ""},
    };
    for (const Row& r : rows) {
        CAPTURE(r.in);
        CHECK(hide_codes(r.in) == r.out);
        CHECK(sms_segments(hide_codes(r.in)).characters == sms_segments(r.in).characters);
    }
}
