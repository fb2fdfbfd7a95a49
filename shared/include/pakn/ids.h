// Identifiers people type: ID card numbers (CCCD, CMND), business codes,
// founding-decision numbers, login names, mobile numbers, e-mail addresses,
// report tracking codes, and how each is masked on screens others may see.
// Every normalize_* returns the canonical form or a catalogue error code
// (section "identifiers" of messages.cpp); nothing here throws.
//
// [SECTION] index: ID cards, organizations, login, phone, e-mail, tracking
// codes, masking.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "pakn/calendar.h"
#include "pakn/text.h"

namespace pakn {

// [SECTION] ID cards

// Căn cước công dân (CCCD): 12 digits = 3-digit province of birth
// registration, 1 century/sex digit, 2 digits of the birth year, 6 digits.
// Trimmed number, or "invalid_cccd" (not 12 digits) / "invalid_cccd_province".
Checked normalize_cccd(std::string_view s);

// Chứng minh nhân dân (CMND, the older card): trimmed 9 digits or "invalid_cmnd".
Checked normalize_cmnd(std::string_view s);

// Vietnamese name of a CCCD province code (1 = Hà Nội ... 96 = Cà Mau, the
// 63 pre-2025 provinces); "" for a code no province has.
std::string_view cccd_province_name(int code);

enum class Sex { male, female };

// What the first six digits of a CCCD say about its holder.
struct CccdInfo {
    int province_code = 0;        // e.g. 56
    std::string_view province;    // e.g. "Khánh Hòa"
    Sex sex = Sex::male;          // 4th digit even: male, odd: female
    int century = 1900;           // 4th digit 0/1: 1900, 2/3: 2000, ... 8/9: 2300
    int birth_year = 1900;        // century + digits 5-6
};

// The decoded fields of a valid CCCD; nullopt when normalize_cccd fails.
std::optional<CccdInfo> decode_cccd(std::string_view s);

// Oldest holder a CCCD is taken for: born at most this many years before today.
inline constexpr int kMaxCccdAgeYears = 130;

// normalize_cccd, and the birth year it encodes (decode_cccd) possible on
// `today`: not after today's year, not more than kMaxCccdAgeYears before.
// Trimmed number, normalize_cccd's errors, or "invalid_cccd_birth_year".
// `today` comes from the caller (shared code reads no clock).
Checked normalize_cccd_on(std::string_view s, const Date& today);

// [SECTION] organizations

// Mã số doanh nghiệp: 10 digits, or 10 digits + "-" + 3 digits (branch,
// 001-999). Trimmed code or "invalid_business_code".
Checked normalize_business_code(std::string_view s);

// Số quyết định thành lập, e.g. "45/2019/QĐ-UBND": spaces removed, letters
// uppercased (đ -> Đ), 3-40 characters of digits, letters, '/', '-'; starts
// with a digit, contains a '/' and a letter. Or "invalid_decision_number".
Checked normalize_decision_number(std::string_view s);

// [SECTION] login

enum class LoginKind { citizen_cccd, citizen_cmnd, org_business_code, org_decision, invalid };

// A typed login name: its kind and canonical form ("" when invalid).
struct Login {
    LoginKind kind = LoginKind::invalid;
    std::string value;
};

// Classifies a login name after trimming white space; the same text always
// gives the same canonical value, so it can be the account's lookup key.
Login parse_login(std::string_view s);

// Kind of a login name (parse_login(s).kind).
LoginKind classify_login(std::string_view s);

// Canonical login, or "invalid_login" when it is none of the four kinds.
Checked normalize_login(std::string_view s);

// [SECTION] phone

// Vietnamese mobile number: spaces, dots, hyphens and parentheses ignored;
// "+84", "0084" and a bare "84" before 9 digits become "0". Gives the
// 10-digit "0..." form, or "invalid_phone" (wrong characters or length) /
// "invalid_phone_prefix" (no carrier uses its first three digits).
Checked normalize_phone(std::string_view s);

// Carrier of a normalized mobile number ("Viettel", "Vinaphone", "MobiFone",
// "Vietnamobile", "Gmobile", "Itelecom", "Reddi"); "" when unknown.
std::string_view mobile_carrier(std::string_view normalized);

// [SECTION] e-mail

// Pragmatic address check (one '@', no spaces, ASCII, local part <= 64,
// domain of dot-separated labels, letters-only TLD of 2+, total <= 254);
// trimmed address with the domain lowercased, or "invalid_email".
Checked normalize_email(std::string_view s);

// [SECTION] tracking codes

// Mã tra cứu: "PAKN-", the 4-digit year, "-", and the year's counter in at
// least 6 digits ("PAKN-2026-000123"; the server's next_report_code).
inline constexpr std::size_t kMaxTrackingCodeChars = 20;

// A tracking code as people type or paste it ("pakn-2026-000123 ",
// "PAKN-2026- 000123"): white space trimmed (trim()) and ASCII spaces, tabs
// and line breaks inside dropped, letters upper-cased.
// nullopt unless the result has the shape above, in at most
// kMaxTrackingCodeChars, so a lookup for anything else need not be made.
std::optional<std::string> normalize_tracking_code(std::string_view typed);

// [SECTION] masking for screens others may see

// Phone as the Khánh Hòa system shows it on its OTP screen (seed:
// "0336*396**"): the first 4 and the last 3 digits stay; the hidden middle
// digits show as one star before the visible tail and the rest after it, so
// the length is unchanged. "0336132396" -> "0336*396**". Fewer than 8
// digits: all stars. Input is normalized first when it is a valid mobile.
std::string mask_phone(std::string_view phone);

// Public-page name: the family name (first word) in full, every other word
// reduced to its first letter and a dot. "Nguyễn Thị Đào" -> "Nguyễn T. Đ.";
// a single word keeps only its initial ("Đào" -> "Đ.").
std::string mask_name(std::string_view full_name);

// ID number with only its first 3 and last 2 characters shown:
// "056191653264" -> "056*******64". Fewer than 6 characters: all stars.
std::string mask_id(std::string_view id);

}  // namespace pakn
