// [SECTION] index: common passwords, rules.
#include "pakn/password.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "pakn/ids.h"
#include "pakn/text.h"

namespace pakn {
namespace {

// [SECTION] common passwords

// Passwords that satisfy the length and letter+digit rules yet are among the
// first any attacker tries: global lists plus Vietnamese favourites (names,
// places, "mật khẩu", "anh yêu em"). Stored in fold_for_compare form
// (lowercase, no accents). Pure digit or pure letter entries are pointless
// here: the letter+digit rule already refuses them.
constexpr std::string_view kCommonPasswords[] = {
    // global
    "abc123", "abc1234", "abc12345", "abc123456", "abcd123", "abcd1234", "abc@123", "a123456",
    "a1234567", "a12345678", "a123456789", "123456a", "1234567a", "12345678a", "123456789a",
    "123abc", "123456abc", "123456789abc", "1234abcd", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t",
    "q1w2e3r4", "q1w2e3r4t5", "1qaz2wsx", "1qazxsw2", "zaq12wsx", "qazwsx123", "qwe123",
    "qwe1234", "qwe12345", "qwerty1", "qwerty12", "qwerty123", "qwerty1234", "12345qwert",
    "123qwe", "123qweasd", "qweasd123", "asd123", "asdf1234", "zxc123", "zxcv1234",
    "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword1", "pass123",
    "pass1234", "admin1", "admin123", "admin1234", "admin@123", "test123", "test1234",
    "user123", "guest123", "root123", "iloveyou1", "iloveyou2", "iloveyou123", "welcome1",
    "welcome123", "monkey1", "dragon1", "letmein1", "football1", "baseball1", "sunshine1",
    "princess1", "charlie1", "shadow1", "master1", "michael1", "superman1", "batman1",
    "trustno1", "hello1", "hello123", "love123", "lovely1", "aa123456", "aaa111", "abc111",
    "a1b2c3", "a1b2c3d4", "1a2b3c", "1a2b3c4d", "123aaa", "111aaa", "x123456", "147258a",
    "112233a", "123123a", "123321a", "159753a", "147258369a", "654321a", "987654a",
    "facebook1", "facebook123", "google123", "gmail123", "yahoo123", "samsung1", "samsung123",
    "iphone123", "zalo123",
    // Vietnamese
    "matkhau1", "matkhau12", "matkhau123", "matkhau1234", "matkhau@123", "mk123456",
    "anhyeuem1", "anhyeuem2", "anhyeuem123", "emyeuanh1", "emyeuanh123", "yeuem1", "yeuem123",
    "yeuanh123", "vietnam1", "vietnam12", "vietnam123", "vietnam2024", "vietnam2025",
    "vietnam2026", "hanoi1", "hanoi123", "saigon1", "saigon123", "hochiminh1", "danang123",
    "nhatrang1", "nhatrang123", "khanhhoa1", "khanhhoa123", "camranh123", "ninhthuan1",
    "nguyen1", "nguyen123", "tran123", "le123456", "pham123", "hoang1", "hoang123", "huynh123",
    "phan123", "vu123456", "dang123", "bui123", "do123456", "ho123456", "ngo123456",
    "duong123", "ly123456", "minh123", "anh123", "linh123", "trang123", "huong123", "hung123",
    "tuan123", "long123", "nam123", "thanh123", "dung123", "hai123", "hoa123", "lan123",
    "mai123", "ngoc123", "phuong123", "quang123", "son123", "thao123", "thu123", "trung123",
    "viet123", "yen123", "hanh123", "ha123456", "khanh123", "binh123", "cuong123", "duc123",
    "hieu123", "huy123", "kien123", "loc123", "phuc123", "tai123", "tam123", "thang123",
    "tien123", "toan123", "vinh123", "bao123", "chi123", "diep123", "giang123", "hau123",
};

bool contains(std::string_view haystack, std::string_view needle) {
    return !needle.empty() && haystack.find(needle) != std::string_view::npos;
}

// The 9 digits after the leading 0 of `phone`: what a password would copy
// whichever way the number is written (0336..., 84336..., 336...).
std::string phone_significant_digits(std::string_view phone) {
    std::string digits;
    if (Checked n = normalize_phone(phone); n.ok()) {
        digits = n.value;
    } else {
        for (char c : phone)
            if (c >= '0' && c <= '9') digits += c;
    }
    if (!digits.empty() && digits.front() == '0') digits.erase(0, 1);
    return digits.size() >= 6 ? digits : std::string();
}

}  // namespace

// [SECTION] rules

std::string normalize_password(std::string_view password) { return to_nfc(password); }

bool is_common_password(std::string_view password) {
    const std::string folded = fold_for_compare(password);
    return std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords), folded) !=
           std::end(kCommonPasswords);
}

std::vector<std::string_view> check_password(std::string_view password, std::string_view login,
                                             std::string_view phone) {
    const std::optional<std::u32string> cps = utf8_to_codepoints(password);
    if (!cps) return {"invalid_utf8"};
    std::vector<std::string_view> errors;
    const std::u32string nfc = to_nfc(*cps);
    if (nfc.size() < kPasswordMinChars) errors.push_back("password_too_short");
    if (nfc.size() > kPasswordMaxChars) errors.push_back("password_too_long");

    bool letter = false, digit = false;
    for (char32_t cp : nfc) {
        letter = letter || char_class(cp) == CharClass::letter;
        digit = digit || char_class(cp) == CharClass::number;
    }
    if (!letter || !digit) errors.push_back("password_needs_letter_and_digit");

    const std::string folded = fold_for_compare(password);
    if (is_common_password(password)) errors.push_back("password_too_common");

    // Very short login names would forbid half the alphabet; real ones are
    // ID or business numbers of 9+ characters.
    const std::string login_folded = fold_for_compare(trim(login));
    if (char_count(login_folded) >= 4 && contains(folded, login_folded))
        errors.push_back("password_same_as_login");
    if (contains(folded, phone_significant_digits(phone))) errors.push_back("password_same_as_phone");
    return errors;
}

std::string_view passwords_match(std::string_view password, std::string_view confirmation) {
    return normalize_password(password) == normalize_password(confirmation) ? std::string_view()
                                                                            : "password_mismatch";
}

}  // namespace pakn
