// pakn/ids.h: ID cards, organizations, login names, phones, e-mail, tracking
// codes, masking.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "pakn/ids.h"
#include "pakn/messages.h"

using namespace pakn;

TEST_CASE("CCCD: 12 digits starting with a province code") {
    struct Row {
        std::string_view name;
        std::string_view in, value, error;
    };
    // name | input | normalized | error code
    const Row rows[] = {
        {"seed account (Khánh Hòa)", "056191653264", "056191653264", ""},
        {"Hồ Chí Minh, born 2003", "079203000123", "079203000123", ""},
        {"Hà Nội", "001099000001", "001099000001", ""},
        {"Cà Mau, last code", "096300000000", "096300000000", ""},
        {"surrounding spaces trimmed", "  056191653264\t", "056191653264", ""},
        {"11 digits", "05619165326", "", "invalid_cccd"},
        {"13 digits", "0561916532640", "", "invalid_cccd"},
        {"letter inside", "05619165326a", "", "invalid_cccd"},
        {"inner spaces", "056 191 653 264", "", "invalid_cccd"},
        {"fullwidth digits", "０５６１９１６５３２６４", "", "invalid_cccd"},
        {"empty", "", "", "invalid_cccd"},
        {"province 000", "000191653264", "", "invalid_cccd_province"},
        {"province 003 (unused)", "003191653264", "", "invalid_cccd_province"},
        {"province 097 (above Cà Mau)", "097191653264", "", "invalid_cccd_province"},
        {"province 999", "999191653264", "", "invalid_cccd_province"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const Checked c = normalize_cccd(r.in);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
    }
}

TEST_CASE("CCCD on a date: the birth year of digits 4-6 is neither in the future nor over 130 years ago") {
    struct Row {
        std::string_view name;
        std::string_view in;
        Date today;
        std::string_view error;
    };
    constexpr Date kToday{2026, 12, 6};
    // name | input | today | error code ("" = accepted)
    const Row rows[] = {
        {"born 1991 (digit 1, 91)", "056191653264", kToday, ""},
        {"born 2003 (digit 2, 03)", "079203000123", kToday, ""},
        {"born this year: a baby's card", "056226000001", kToday, ""},
        {"born on the 1st of January of today's year", "056326000001", Date{2026, 1, 1}, ""},
        {"born next year", "056227000001", kToday, "invalid_cccd_birth_year"},
        {"born 2100 (digit 4)", "046400000001", kToday, "invalid_cccd_birth_year"},
        {"born 2125 (digit 5)", "058525000001", kToday, "invalid_cccd_birth_year"},
        {"born 2226 (digit 6)", "056626000001", kToday, "invalid_cccd_birth_year"},
        {"born 2391 (digit 9, the reported case)", "056991653264", kToday, "invalid_cccd_birth_year"},
        // Digit 0 starts at 1900: "over 130 years" first bites in 2031.
        {"born 1900 (digit 0, 00)", "001000000001", kToday, ""},
        {"born 1905, judged in 2035: 130 years", "056005000001", Date{2035, 12, 31}, ""},
        {"born 1905, judged in 2036: 131 years", "056005000001", Date{2036, 1, 1}, "invalid_cccd_birth_year"},
        {"born 2100 judged in 2100", "046400000001", Date{2100, 3, 1}, ""},
        {"shape errors come first", "05699165326", kToday, "invalid_cccd"},
        {"province errors come first", "000991653264", kToday, "invalid_cccd_province"},
        {"trimmed like normalize_cccd", " 056191653264 ", kToday, ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const Checked c = normalize_cccd_on(r.in, r.today);
        CHECK(c.error == r.error);
        CHECK(c.value == (r.error.empty() ? std::string(trim(r.in)) : std::string()));
        if (!r.error.empty()) CHECK(is_known_code(r.error));
    }
}

TEST_CASE("CCCD province table holds exactly the 63 pre-2025 provinces") {
    const int codes[] = {1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25,
                         26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48,
                         49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75,
                         77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};
    CHECK(std::size(codes) == 63);
    int known = 0;
    for (int code = 0; code < 1000; ++code)
        if (!cccd_province_name(code).empty()) ++known;
    CHECK(known == 63);
    for (int code : codes) {
        INFO(code);
        CHECK_FALSE(cccd_province_name(code).empty());
    }
    CHECK(cccd_province_name(56) == "Khánh Hòa");
    CHECK(cccd_province_name(79) == "TP Hồ Chí Minh");
    CHECK(cccd_province_name(66) == "Đắk Lắk");
    CHECK(cccd_province_name(77) == "Bà Rịa – Vũng Tàu");
}

TEST_CASE("decode_cccd reads province, sex and century from the first six digits") {
    struct Row {
        std::string_view in;
        int province_code;
        std::string_view province;
        Sex sex;
        int century, birth_year;
    };
    // number | province code | province | sex | century | birth year
    const Row rows[] = {
        {"056191653264", 56, "Khánh Hòa", Sex::female, 1900, 1991},
        {"079203000123", 79, "TP Hồ Chí Minh", Sex::male, 2000, 2003},
        {"001099000001", 1, "Hà Nội", Sex::male, 1900, 1999},
        {"048312000001", 48, "Đà Nẵng", Sex::female, 2000, 2012},
        {"046400000001", 46, "Thừa Thiên Huế", Sex::male, 2100, 2100},
        {"058525000001", 58, "Ninh Thuận", Sex::female, 2100, 2125},
        {"092600000001", 92, "Cần Thơ", Sex::male, 2200, 2200},
        {"011750000001", 11, "Điện Biên", Sex::female, 2200, 2250},
        {"068801000001", 68, "Lâm Đồng", Sex::male, 2300, 2301},
        {"037999000001", 37, "Ninh Bình", Sex::female, 2300, 2399},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const auto info = decode_cccd(r.in);
        REQUIRE(info.has_value());
        CHECK(info->province_code == r.province_code);
        CHECK(info->province == r.province);
        CHECK(info->sex == r.sex);
        CHECK(info->century == r.century);
        CHECK(info->birth_year == r.birth_year);
    }
    CHECK_FALSE(decode_cccd("003191653264").has_value());
    CHECK_FALSE(decode_cccd("336132396").has_value());
}

TEST_CASE("CMND: exactly 9 digits") {
    struct Row {
        std::string_view in, value, error;
    };
    // input | normalized | error code
    const Row rows[] = {
        {"336132396", "336132396", ""},  // seed account
        {" 336132396 ", "336132396", ""},
        {"33613239", "", "invalid_cmnd"},
        {"3361323960", "", "invalid_cmnd"},
        {"33613239O", "", "invalid_cmnd"},
        {"", "", "invalid_cmnd"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const Checked c = normalize_cmnd(r.in);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
    }
}

TEST_CASE("business code: 10 digits, or 10 digits - 3 digits for a branch") {
    struct Row {
        std::string_view in, value, error;
    };
    // input | normalized | error code
    const Row rows[] = {
        {"4201234567", "4201234567", ""},
        {"4201234567-001", "4201234567-001", ""},
        {" 0312345678-999 ", "0312345678-999", ""},
        {"4201234567-000", "", "invalid_business_code"},
        {"420123456", "", "invalid_business_code"},
        {"42012345678", "", "invalid_business_code"},
        {"4201234567-01", "", "invalid_business_code"},
        {"4201234567-0001", "", "invalid_business_code"},
        {"4201234567 001", "", "invalid_business_code"},
        {"4201234567_001", "", "invalid_business_code"},
        {"420123456A", "", "invalid_business_code"},
        {"", "", "invalid_business_code"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const Checked c = normalize_business_code(r.in);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
    }
}

TEST_CASE("founding-decision number: normalized case and spaces") {
    struct Row {
        std::string_view name;
        std::string_view in, value;
    };
    // name | input | normalized ("" = invalid_decision_number)
    const Row rows[] = {
        {"simple", "123/QĐ-UBND", "123/QĐ-UBND"},
        {"with year", "45/2019/QĐ-UBND", "45/2019/QĐ-UBND"},
        {"seed's decision", "18/2022/QĐ-UBND", "18/2022/QĐ-UBND"},
        {"lowercase and spaces", "  123 / qđ - ubnd ", "123/QĐ-UBND"},
        {"en dash from a word processor", "123/QĐ–UBND", "123/QĐ-UBND"},
        {"mixed-case issuer uppercased", "12/QĐ-TTg", "12/QĐ-TTG"},
        {"shortest", "1/Q", "1/Q"},
        {"40 characters", "1234567890/2019/QĐ-UBND-ABCDEFGHIJKLMNOP",
         "1234567890/2019/QĐ-UBND-ABCDEFGHIJKLMNOP"},
        {"41 characters", "1234567890/2019/QĐ-UBND-ABCDEFGHIJKLMNOPQ", ""},
        {"no number first", "QĐ-UBND/123", ""},
        {"digits only", "123456", ""},
        {"no slash", "123-QĐ-UBND", ""},
        {"no letter", "123/2019", ""},
        {"too short", "1/", ""},
        {"underscore", "123/QĐ_UBND", ""},
        {"other Vietnamese letter", "123/QĐ-UBND tỉnh", ""},
        {"empty", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const Checked c = normalize_decision_number(r.in);
        CHECK(c.value == r.value);
        CHECK(c.error == (r.value.empty() ? "invalid_decision_number" : ""));
    }
}

TEST_CASE("classify_login tells the four kinds of login apart") {
    struct Row {
        std::string_view in;
        LoginKind kind;
        std::string_view value;
    };
    // input | kind | canonical login
    const Row rows[] = {
        {"056191653264", LoginKind::citizen_cccd, "056191653264"},
        {" 056191653264 ", LoginKind::citizen_cccd, "056191653264"},
        {"336132396", LoginKind::citizen_cmnd, "336132396"},
        {"4201234567", LoginKind::org_business_code, "4201234567"},
        {"4201234567-002", LoginKind::org_business_code, "4201234567-002"},
        {"45/2019/qđ-ubnd", LoginKind::org_decision, "45/2019/QĐ-UBND"},
        {"003191653264", LoginKind::invalid, ""},  // 12 digits, no such province
        {"05619165326", LoginKind::invalid, ""},
        {"12345", LoginKind::invalid, ""},
        {"nguyenvana", LoginKind::invalid, ""},
        {"", LoginKind::invalid, ""},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(classify_login(r.in) == r.kind);
        CHECK(parse_login(r.in).value == r.value);
        const Checked c = normalize_login(r.in);
        CHECK(c.value == r.value);
        CHECK(c.error == (r.kind == LoginKind::invalid ? "invalid_login" : ""));
    }
}

TEST_CASE("mobile numbers are normalized to 10 digits starting with 0") {
    struct Row {
        std::string_view in, value, error;
    };
    // input | normalized | error code
    const Row rows[] = {
        {"0336132396", "0336132396", ""},
        {"0336 132 396", "0336132396", ""},
        {"0336.132.396", "0336132396", ""},
        {"0336-132-396", "0336132396", ""},
        {"  0905\u00A0123\u00A0456 ", "0905123456", ""},
        {"+84336132396", "0336132396", ""},
        {"+84 336 132 396", "0336132396", ""},
        {"(+84) 336 132 396", "0336132396", ""},
        {"+84 (0) 336 132 396", "0336132396", ""},
        {"+84 0336132396", "0336132396", ""},
        {"84336132396", "0336132396", ""},
        {"0084336132396", "0336132396", ""},
        {"033613239", "", "invalid_phone"},
        {"03361323966", "", "invalid_phone"},
        {"0336a32396", "", "invalid_phone"},
        {"0336_132_396", "", "invalid_phone"},
        {"336132396", "", "invalid_phone"},
        {"+1 202 555 0100", "", "invalid_phone"},
        {"++84336132396", "", "invalid_phone"},
        {"0336+132396", "", "invalid_phone"},
        {"1900 1023", "", "invalid_phone"},
        {"", "", "invalid_phone"},
        {"+", "", "invalid_phone"},
        {"0258 3822 222", "", "invalid_phone"},  // Khánh Hòa landline: 11 digits
        {"0236132396", "", "invalid_phone_prefix"},
        {"0116132396", "", "invalid_phone_prefix"},
        {"0800123456", "", "invalid_phone_prefix"},
        {"+84 123 456 789", "", "invalid_phone_prefix"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const Checked c = normalize_phone(r.in);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
    }
}

TEST_CASE("every current mobile prefix is accepted and every other 0xx refused") {
    struct Row {
        std::string_view carrier, prefixes;
    };
    // carrier | its prefixes
    const Row rows[] = {
        {"Viettel", "032 033 034 035 036 037 038 039 086 096 097 098"},
        {"Vinaphone", "081 082 083 084 085 088 091 094"},
        {"MobiFone", "070 076 077 078 079 089 090 093"},
        {"Vietnamobile", "052 056 058 092"},
        {"Gmobile", "059 099"},
        {"Itelecom", "087"},
        {"Reddi", "055"},
    };
    int valid = 0;
    for (int p = 0; p < 100; ++p) {
        const std::string prefix = std::string("0") + char('0' + p / 10) + char('0' + p % 10);
        const std::string number = prefix + "1234567";
        std::string_view expected;
        for (const Row& r : rows)
            if (r.prefixes.find(prefix) != std::string_view::npos) expected = r.carrier;
        INFO(number);
        CHECK(mobile_carrier(number) == expected);
        CHECK(normalize_phone(number).error == (expected.empty() ? "invalid_phone_prefix" : ""));
        if (!expected.empty()) ++valid;
    }
    CHECK(valid == 36);
    CHECK(mobile_carrier("033613239") == "");
}

TEST_CASE("e-mail addresses: pragmatic check, domain lowercased") {
    struct Row {
        std::string_view in, value;
    };
    // input | normalized ("" = invalid_email)
    const Row rows[] = {
        {"pakn@khanhhoa.gov.vn", "pakn@khanhhoa.gov.vn"},
        {"  Nguyen.Van.A@GMAIL.COM ", "Nguyen.Van.A@gmail.com"},
        {"a+tag@sub-domain.example.org", "a+tag@sub-domain.example.org"},
        {"o'brien@x.io", "o'brien@x.io"},
        {"user@xn--d1acufc.xn--p1ai", ""},  // punycode TLD is not letters-only
        {"no-at-sign.vn", ""},
        {"two@@at.vn", ""},
        {"a@b@c.vn", ""},
        {"@khanhhoa.gov.vn", ""},
        {"pakn@", ""},
        {"pakn@localhost", ""},
        {"pakn@khanhhoa.v", ""},
        {"pakn@khanhhoa.vn1", ""},
        {"pa kn@khanhhoa.vn", ""},
        {".pakn@khanhhoa.vn", ""},
        {"pakn.@khanhhoa.vn", ""},
        {"pa..kn@khanhhoa.vn", ""},
        {"pakn@khanhhoa..vn", ""},
        {"pakn@.khanhhoa.vn", ""},
        {"pakn@-khanhhoa.vn", ""},
        {"pakn@khanhhoa-.vn", ""},
        {"pakn@khánhhòa.vn", ""},
        {"nguyễn@gmail.com", ""},
        {"", ""},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const Checked c = normalize_email(r.in);
        CHECK(c.value == r.value);
        CHECK(c.error == (r.value.empty() ? "invalid_email" : ""));
    }
    const std::string local64(64, 'a'), local65(65, 'a');
    CHECK(normalize_email(local64 + "@x.vn").ok());
    CHECK_FALSE(normalize_email(local65 + "@x.vn").ok());
    const std::string label63(63, 'b'), label64(64, 'b');
    CHECK(normalize_email("a@" + label63 + ".vn").ok());
    CHECK_FALSE(normalize_email("a@" + label64 + ".vn").ok());
    // Every part within its own limit, the whole address above 254 characters.
    const std::string long_domain = label63 + "." + label63 + "." + label63 + ".vn";
    CHECK(local64.size() + 1 + long_domain.size() == 259);
    CHECK_FALSE(normalize_email(local64 + "@" + long_domain).ok());
    CHECK(normalize_email(std::string(59, 'a') + "@" + long_domain).ok());        // 254 characters
    CHECK_FALSE(normalize_email(std::string(60, 'a') + "@" + long_domain).ok());  // 255 characters
}

TEST_CASE("tracking codes: typed or pasted, normalized, or refused by their shape") {
    const std::optional<std::string> refused;
    // name | typed | normalized (refused: not a code)
    const struct {
        const char* name;
        std::string_view typed;
        std::optional<std::string> code;
    } rows[] = {
        {"as issued", "PAKN-2026-000123", "PAKN-2026-000123"},
        {"lower case, spaces around", "  pakn-2026-000123 ", "PAKN-2026-000123"},
        {"mixed case", "Pakn-2026-000123", "PAKN-2026-000123"},
        {"spaces inside", "PAKN - 2026 - 000 123", "PAKN-2026-000123"},
        {"pasted with a tab and a line break", "\tPAKN-2026-000123\r\n", "PAKN-2026-000123"},
        {"pasted with no-break spaces around", "\u00A0PAKN-2026-000123\u00A0", "PAKN-2026-000123"},
        {"the millionth report of a year", "PAKN-2026-1000000", "PAKN-2026-1000000"},
        {"longest counter that fits (10 digits)", "PAKN-2026-0123456789", "PAKN-2026-0123456789"},
        {"counter too long", "PAKN-2026-01234567890", refused},
        {"counter too short", "PAKN-2026-12345", refused},
        {"empty", "", refused},
        {"only spaces", "   ", refused},
        {"no hyphens", "PAKN2026000123", refused},
        {"two-digit year", "PAKN-26-000123", refused},
        {"other prefix", "PAKA-2026-000123", refused},
        {"letter in the counter", "PAKN-2026-00012O", refused},
        {"Vietnamese letters are not upper-cased into a code", "pakn-2026-00012đ", refused},
        {"a query or path smuggled in", "PAKN-2026-000123/../x", refused},
        {"a very long paste", std::string_view("PAKN-2026-000123PAKN-2026-000123PAKN-2026-000123"), refused},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        CHECK(normalize_tracking_code(r.typed) == r.code);
    }
}

TEST_CASE("masking hides what public screens must not show") {
    struct Row {
        std::string_view name;
        std::string (*mask)(std::string_view);
        std::string_view in, out;
    };
    // name | masking function | input | masked
    const Row rows[] = {
        {"phone as on the seed's OTP screen", mask_phone, "0336132396", "0336*396**"},
        {"phone typed with +84 and spaces", mask_phone, "+84 336 132 396", "0336*396**"},
        {"another phone", mask_phone, "0905123456", "0905*456**"},
        {"11-digit landline", mask_phone, "02583822222", "0258*222***"},
        {"too short to show anything", mask_phone, "1900123", "*******"},
        {"no digits", mask_phone, "", ""},
        {"three-word name", mask_name, "Nguyễn Thị Đào", "Nguyễn T. Đ."},
        {"decomposed, spaced name", mask_name, "  Nguye\u0302\u0303n  Duy Hoa\u0300ng ", "Nguyễn D. H."},
        {"four-word name", mask_name, "Tôn Nữ Thị Ánh", "Tôn N. T. Á."},
        {"two-word name", mask_name, "Lê Ánh", "Lê Á."},
        {"single word", mask_name, "Đào", "Đ."},
        {"empty name", mask_name, "", ""},
        {"CCCD", mask_id, "056191653264", "056*******64"},
        {"CMND", mask_id, "336132396", "336****96"},
        {"branch business code", mask_id, "4201234567-001", "420*********01"},
        {"short id", mask_id, "12345", "*****"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(r.mask(r.in) == r.out);
    }
}

TEST_CASE("every identifier error code has a Vietnamese message") {
    for (std::string_view code : {"invalid_cccd", "invalid_cccd_province", "invalid_cmnd", "invalid_login",
                                  "invalid_business_code", "invalid_decision_number", "invalid_phone",
                                  "invalid_phone_prefix", "invalid_email"}) {
        INFO(code);
        CHECK(is_known_code(code));
    }
}
