// pakn/password.h: the password policy.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pakn/messages.h"
#include "pakn/password.h"

using namespace pakn;

namespace {

std::string join(const std::vector<std::string_view>& codes) {
    std::string out;
    for (auto c : codes) out += (out.empty() ? "" : ",") + std::string(c);
    return out;
}

}  // namespace

TEST_CASE("check_password lists every rule a password breaks") {
    struct Row {
        std::string_view name;
        std::string_view password, login, phone;
        std::string_view codes;
    };
    constexpr std::string_view cccd = "056191653264", phone = "0336132396";
    // name | password | login | phone | expected codes, comma-separated
    const Row rows[] = {
        {"letters and digits, 8 characters", "nhatrang2026x", cccd, phone, ""},
        {"Vietnamese letters count as letters", "Đào2026hoa", cccd, phone, ""},
        {"exactly 6 characters", "kh4nhh", cccd, phone, ""},
        {"symbols are welcome", "Cầu-Trần-Phú#9", cccd, phone, ""},
        {"no login or phone given", "xuong9rong", "", "", ""},
        {"5 characters", "ab12c", cccd, phone, "password_too_short"},
        {"5 characters counted after NFC", "e\u0302\u0301a1bc", cccd, phone, "password_too_short"},
        {"empty", "", cccd, phone, "password_too_short,password_needs_letter_and_digit"},
        {"letters only", "khanhhoa", cccd, phone, "password_needs_letter_and_digit"},
        {"digits only", "20262026", cccd, phone, "password_needs_letter_and_digit"},
        {"symbols and digits only", "#2026#2026", cccd, phone, "password_needs_letter_and_digit"},
        {"common, as typed", "123456a", cccd, phone, "password_too_common"},
        {"common, other case", "Abc123", cccd, phone, "password_too_common"},
        {"common, with accents", "MậtKhẩu123", cccd, phone, "password_too_common"},
        {"common, leetspeak on the list", "P@ssw0rd", cccd, phone, "password_too_common"},
        {"common Vietnamese", "anhyeuem123", cccd, phone, "password_too_common"},
        {"common and contains nothing else", "qwerty123", "", "", "password_too_common"},
        {"equal to the CCCD plus a letter", "056191653264a", cccd, phone, "password_same_as_login"},
        {"contains the CMND", "x336132396y", "336132396", "", "password_same_as_login"},
        {"contains the decision number, other case", "45/2019/qd-ubnd1", "45/2019/QĐ-UBND", "",
         "password_same_as_login"},
        {"contains the phone", "a0336132396", cccd, phone, "password_same_as_phone"},
        {"contains the phone without its 0", "sdt336132396", cccd, phone, "password_same_as_phone"},
        {"phone given in +84 form", "sdt336132396", cccd, "+84 336 132 396", "password_same_as_phone"},
        {"login and phone both inside", "x056191653264-0336132396", cccd, phone,
         "password_same_as_login,password_same_as_phone"},
        {"short login is not searched", "abc123xyz", "abc", "", ""},
        {"ill-formed UTF-8 stops there", "abc123\xC0\x80", cccd, phone, "invalid_utf8"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(join(check_password(r.password, r.login, r.phone)) == r.codes);
    }
}

TEST_CASE("password length limits are 6 and 128 characters, not bytes") {
    // 128 two-byte letters plus nothing else: long in bytes, at the limit in characters.
    std::string at_limit = "1";
    for (int i = 0; i < 127; ++i) at_limit += "đ";
    CHECK(at_limit.size() == 255);
    CHECK(join(check_password(at_limit, "", "")) == "");
    CHECK(join(check_password(at_limit + "x", "", "")) == "password_too_long");
    CHECK(join(check_password("a1b2c", "", "")) == "password_too_short");
    CHECK(join(check_password("a1b2c3", "", "")) == "password_too_common");
    CHECK(join(check_password("a1b2c4", "", "")) == "");
}

TEST_CASE("is_common_password ignores case and accents") {
    struct Row {
        std::string_view password;
        bool common;
    };
    // password | on the list
    const Row rows[] = {
        {"matkhau123", true}, {"MATKHAU123", true}, {"MậtKhẩu123", true}, {"Abc@123", true},
        {"vietnam1", true},   {"Nhatrang1", true},  {"iloveyou1", true},  {"123456789a", true},
        {"matkhau124", false}, {"nhatrang2026x", false}, {"", false},
    };
    for (const Row& r : rows) {
        INFO(r.password);
        CHECK(is_common_password(r.password) == r.common);
    }
}

TEST_CASE("passwords_match compares after NFC") {
    struct Row {
        std::string_view a, b, code;
    };
    // password | confirmation | code
    const Row rows[] = {
        {"Đào2026", "Đào2026", ""},
        {"Đa\u0300o2026", "Đào2026", ""},
        {"Đào2026", "đào2026", "password_mismatch"},
        {"abc123x", "abc123x ", "password_mismatch"},
        {"", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.a);
        CHECK(passwords_match(r.a, r.b) == r.code);
    }
    CHECK(normalize_password("Đa\u0300o") == "Đào");
}

TEST_CASE("every password error code has a Vietnamese message") {
    for (std::string_view code :
         {"password_too_short", "password_too_long", "password_needs_letter_and_digit", "password_too_common",
          "password_same_as_login", "password_same_as_phone", "password_mismatch"}) {
        INFO(code);
        CHECK(is_known_code(code));
    }
    CHECK(message_for("password_too_short") == "Mật khẩu tối thiểu từ 6 ký tự trở lên");
}
