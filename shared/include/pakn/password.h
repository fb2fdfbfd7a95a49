// Password policy for citizen and organization accounts. The seed's rule
// ("Mật khẩu tối thiểu từ 6 ký tự trở lên, bao gồm cả chữ và số!") plus the
// usual guards: a length cap, a list of very common passwords, and no reuse
// of the login name or phone number. Codes are in section "password" of
// messages.cpp; nothing here throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

constexpr std::size_t kPasswordMinChars = 6;
constexpr std::size_t kPasswordMaxChars = 128;

// The form a password is hashed in: NFC, so "ế" typed on a phone (often
// decomposed) and on a PC (precomposed) is the same password.
std::string normalize_password(std::string_view password);

// Every rule `password` breaks, in a fixed order: "invalid_utf8" (alone),
// "password_too_short" / "password_too_long" (in characters after NFC),
// "password_needs_letter_and_digit", "password_too_common",
// "password_same_as_login", "password_same_as_phone". Empty when acceptable.
// `login` and `phone` may be empty (then those rules are skipped).
std::vector<std::string_view> check_password(std::string_view password, std::string_view login,
                                             std::string_view phone);

// True when `password`, ignoring case and accents, is on the built-in list of
// very common passwords (e.g. "123456a", "matkhau123", "Abc@123").
bool is_common_password(std::string_view password);

// "" when the two entries are the same password (after NFC), otherwise
// "password_mismatch".
std::string_view passwords_match(std::string_view password, std::string_view confirmation);

}  // namespace pakn
