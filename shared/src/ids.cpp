// [SECTION] index: helpers, ID cards, organizations, login, phone, e-mail,
// tracking codes, masking.
#include "pakn/ids.h"

#include <algorithm>
#include <utility>

namespace pakn {
namespace {

// [SECTION] helpers

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

Checked fail(std::string_view code) { return {{}, code}; }

// [SECTION] province codes of CCCD numbers

struct Province {
    int code;
    std::string_view name;
};

// The 63 provinces before the 2025 mergers. CCCD numbers keep the code of the
// province where the birth was registered, so these stay valid after 2025.
constexpr Province kProvinces[] = {
    {1, "Hà Nội"},         {2, "Hà Giang"},        {4, "Cao Bằng"},        {6, "Bắc Kạn"},
    {8, "Tuyên Quang"},    {10, "Lào Cai"},        {11, "Điện Biên"},      {12, "Lai Châu"},
    {14, "Sơn La"},        {15, "Yên Bái"},        {17, "Hòa Bình"},       {19, "Thái Nguyên"},
    {20, "Lạng Sơn"},      {22, "Quảng Ninh"},     {24, "Bắc Giang"},      {25, "Phú Thọ"},
    {26, "Vĩnh Phúc"},     {27, "Bắc Ninh"},       {30, "Hải Dương"},      {31, "Hải Phòng"},
    {33, "Hưng Yên"},      {34, "Thái Bình"},      {35, "Hà Nam"},         {36, "Nam Định"},
    {37, "Ninh Bình"},     {38, "Thanh Hóa"},      {40, "Nghệ An"},        {42, "Hà Tĩnh"},
    {44, "Quảng Bình"},    {45, "Quảng Trị"},      {46, "Thừa Thiên Huế"}, {48, "Đà Nẵng"},
    {49, "Quảng Nam"},     {51, "Quảng Ngãi"},     {52, "Bình Định"},      {54, "Phú Yên"},
    {56, "Khánh Hòa"},     {58, "Ninh Thuận"},     {60, "Bình Thuận"},     {62, "Kon Tum"},
    {64, "Gia Lai"},       {66, "Đắk Lắk"},        {67, "Đắk Nông"},       {68, "Lâm Đồng"},
    {70, "Bình Phước"},    {72, "Tây Ninh"},       {74, "Bình Dương"},     {75, "Đồng Nai"},
    {77, "Bà Rịa – Vũng Tàu"}, {79, "TP Hồ Chí Minh"}, {80, "Long An"},    {82, "Tiền Giang"},
    {83, "Bến Tre"},       {84, "Trà Vinh"},       {86, "Vĩnh Long"},      {87, "Đồng Tháp"},
    {89, "An Giang"},      {91, "Kiên Giang"},     {92, "Cần Thơ"},        {93, "Hậu Giang"},
    {94, "Sóc Trăng"},     {95, "Bạc Liêu"},       {96, "Cà Mau"},
};

// [SECTION] mobile prefixes

struct Carrier {
    std::string_view name;
    std::string_view prefixes;  // 3-digit prefixes separated by spaces
};

// Prefixes in use since the 2018 switch from 11-digit numbers.
constexpr Carrier kCarriers[] = {
    {"Viettel", "032 033 034 035 036 037 038 039 086 096 097 098"},
    {"Vinaphone", "081 082 083 084 085 088 091 094"},
    {"MobiFone", "070 076 077 078 079 089 090 093"},
    {"Vietnamobile", "052 056 058 092"},
    {"Gmobile", "059 099"},
    {"Itelecom", "087"},
    {"Reddi", "055"},
};

// [SECTION] decision numbers

// One character of a decision number in canonical form, or 0 when the
// character cannot appear in one. Dashes pasted from word processors count
// as '-'.
char32_t decision_char(char32_t cp) {
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (is_ascii_digit(c) || c == '/' || c == '-') return cp;
        if (is_ascii_letter(c)) return cp >= 'a' ? cp - 32 : cp;
        return 0;
    }
    if (cp == 0x0110 || cp == 0x0111) return 0x0110;  // Đ, as in QĐ, NĐ, HĐND
    if (cp >= 0x2010 && cp <= 0x2015) return '-';
    return 0;
}

// [SECTION] e-mail

bool is_local_char(char c) {
    return is_ascii_digit(c) || is_ascii_letter(c) ||
           std::string_view("!#$%&'*+/=?^_`{|}~.-").find(c) != std::string_view::npos;
}

bool is_valid_label(std::string_view label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    return std::all_of(label.begin(), label.end(),
                       [](char c) { return is_ascii_digit(c) || is_ascii_letter(c) || c == '-'; });
}

// [SECTION] masking

// The first character of `word` with the combining marks that belong to it.
std::u32string initial_of(std::u32string_view word) {
    std::size_t n = 1;
    while (n < word.size() && char_class(word[n]) == CharClass::mark) ++n;
    return std::u32string(word.substr(0, n));
}

}  // namespace

// [SECTION] ID cards

Checked normalize_cccd(std::string_view s) {
    s = trim(s);
    if (s.size() != 12 || !all_ascii_digits(s)) return fail("invalid_cccd");
    if (cccd_province_name((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0')).empty())
        return fail("invalid_cccd_province");
    return {std::string(s), {}};
}

Checked normalize_cmnd(std::string_view s) {
    s = trim(s);
    if (s.size() != 9 || !all_ascii_digits(s)) return fail("invalid_cmnd");
    return {std::string(s), {}};
}

std::string_view cccd_province_name(int code) {
    for (const Province& p : kProvinces)
        if (p.code == code) return p.name;
    return {};
}

std::optional<CccdInfo> decode_cccd(std::string_view s) {
    const Checked c = normalize_cccd(s);
    if (!c.ok()) return std::nullopt;
    const std::string& d = c.value;
    CccdInfo info;
    info.province_code = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    info.province = cccd_province_name(info.province_code);
    const int gender_century = d[3] - '0';
    info.sex = gender_century % 2 == 0 ? Sex::male : Sex::female;
    info.century = 1900 + gender_century / 2 * 100;
    info.birth_year = info.century + (d[4] - '0') * 10 + (d[5] - '0');
    return info;
}

Checked normalize_cccd_on(std::string_view s, const Date& today) {
    Checked c = normalize_cccd(s);
    if (!c.ok()) return c;
    const int born = decode_cccd(c.value)->birth_year;
    if (born > today.year || today.year - born > kMaxCccdAgeYears) return fail("invalid_cccd_birth_year");
    return c;
}

// [SECTION] organizations

Checked normalize_business_code(std::string_view s) {
    s = trim(s);
    const bool head_ok = s.size() >= 10 && all_ascii_digits(s.substr(0, 10));
    const bool plain = s.size() == 10;
    // Branch numbers are counted from 001; "-000" would be the head office again.
    const bool branch = s.size() == 14 && s[10] == '-' && all_ascii_digits(s.substr(11)) && s.substr(11) != "000";
    if (!head_ok || !(plain || branch)) return fail("invalid_business_code");
    return {std::string(s), {}};
}

Checked normalize_decision_number(std::string_view s) {
    std::u32string out;
    bool has_letter = false, has_slash = false;
    for (char32_t cp : to_nfc(utf8_to_codepoints_lossy(s))) {
        if (is_space(cp)) continue;  // "123 / QĐ - UBND" is the same number
        const char32_t c = decision_char(cp);
        if (c == 0) return fail("invalid_decision_number");
        has_letter = has_letter || c == 0x0110 || (c >= 'A' && c <= 'Z');
        has_slash = has_slash || c == '/';
        out.push_back(c);
    }
    // The letter and slash requirements keep a mistyped ID number (digits
    // only) from being taken for a decision number.
    if (out.size() < 3 || out.size() > 40 || !is_ascii_digit(out[0]) || !has_letter || !has_slash)
        return fail("invalid_decision_number");
    return {codepoints_to_utf8(out), {}};
}

// [SECTION] login

Login parse_login(std::string_view s) {
    if (Checked c = normalize_cccd(s); c.ok()) return {LoginKind::citizen_cccd, std::move(c.value)};
    if (Checked c = normalize_cmnd(s); c.ok()) return {LoginKind::citizen_cmnd, std::move(c.value)};
    if (Checked c = normalize_business_code(s); c.ok())
        return {LoginKind::org_business_code, std::move(c.value)};
    if (Checked c = normalize_decision_number(s); c.ok())
        return {LoginKind::org_decision, std::move(c.value)};
    return {};
}

LoginKind classify_login(std::string_view s) { return parse_login(s).kind; }

Checked normalize_login(std::string_view s) {
    Login login = parse_login(s);
    if (login.kind == LoginKind::invalid) return fail("invalid_login");
    return {std::move(login.value), {}};
}

// [SECTION] phone

Checked normalize_phone(std::string_view s) {
    std::string digits;
    bool plus = false;
    for (char32_t cp : utf8_to_codepoints_lossy(trim(s))) {
        if (cp >= '0' && cp <= '9') {
            digits += static_cast<char>(cp);
        } else if (cp == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (!(is_space(cp) || cp == '.' || cp == '-' || cp == '(' || cp == ')')) {
            return fail("invalid_phone");
        }
    }
    std::string_view national = digits;
    const bool country_code = (plus && national.substr(0, 2) == "84") || national.substr(0, 4) == "0084" ||
                              (national.size() == 11 && national.substr(0, 2) == "84");
    if (plus && !country_code) return fail("invalid_phone");  // SMS codes go to Vietnamese numbers only
    if (country_code) {
        national.remove_prefix(national.substr(0, 4) == "0084" ? 4 : 2);
        // "+84 (0) 336..." and "+84 0336..." are common ways of writing the same number.
        if (national.substr(0, 1) == "0") national.remove_prefix(1);
        digits = "0" + std::string(national);
    }
    if (digits.size() != 10 || digits[0] != '0') return fail("invalid_phone");
    if (mobile_carrier(digits).empty()) return fail("invalid_phone_prefix");
    return {digits, {}};
}

std::string_view mobile_carrier(std::string_view normalized) {
    if (normalized.size() != 10 || !all_ascii_digits(normalized)) return {};
    const std::string_view prefix = normalized.substr(0, 3);
    for (const Carrier& c : kCarriers)
        if (c.prefixes.find(prefix) != std::string_view::npos) return c.name;
    return {};
}

// [SECTION] e-mail

Checked normalize_email(std::string_view s) {
    s = trim(s);
    const std::size_t at = s.find('@');
    if (s.size() > 254 || at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos)
        return fail("invalid_email");
    const std::string_view local = s.substr(0, at);
    std::string domain(s.substr(at + 1));
    std::transform(domain.begin(), domain.end(), domain.begin(), ascii_lower);

    const bool local_ok = !local.empty() && local.size() <= 64 && local.front() != '.' &&
                          local.back() != '.' && local.find("..") == std::string_view::npos &&
                          std::all_of(local.begin(), local.end(), is_local_char);
    if (!local_ok || domain.empty() || domain.size() > 253) return fail("invalid_email");

    std::size_t labels = 0;
    std::string_view rest = domain, label;
    while (true) {
        const std::size_t dot = rest.find('.');
        label = rest.substr(0, dot);
        if (!is_valid_label(label)) return fail("invalid_email");
        ++labels;
        if (dot == std::string_view::npos) break;
        rest.remove_prefix(dot + 1);
    }
    // `label` is now the top-level domain.
    if (labels < 2 || label.size() < 2 || !std::all_of(label.begin(), label.end(), is_ascii_letter))
        return fail("invalid_email");
    return {std::string(local) + "@" + domain, {}};
}

// [SECTION] tracking codes

std::optional<std::string> normalize_tracking_code(std::string_view typed) {
    std::string code;
    for (const char c : trim(typed)) {
        // Pasted codes bring white space along (any kind at the ends), and
        // people type spaces inside.
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (code.size() == kMaxTrackingCodeChars) return std::nullopt;
        code += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    constexpr std::string_view kPrefix = "PAKN-";
    const std::string_view s = code;
    const bool shaped = s.size() >= kPrefix.size() + 4 + 1 + 6 && s.starts_with(kPrefix) &&
                        all_ascii_digits(s.substr(kPrefix.size(), 4)) && s[kPrefix.size() + 4] == '-' &&
                        all_ascii_digits(s.substr(kPrefix.size() + 5));
    if (!shaped) return std::nullopt;
    return code;
}

// [SECTION] masking

std::string mask_phone(std::string_view phone) {
    std::string digits;
    if (Checked n = normalize_phone(phone); n.ok()) {
        digits = std::move(n.value);
    } else {
        for (char c : phone)
            if (is_ascii_digit(c)) digits += c;
    }
    if (digits.size() < 8) return std::string(digits.size(), '*');
    const std::size_t hidden = digits.size() - 7;
    return digits.substr(0, 4) + "*" + digits.substr(digits.size() - 3) + std::string(hidden - 1, '*');
}

std::string mask_name(std::string_view full_name) {
    const std::u32string name = to_nfc(utf8_to_codepoints_lossy(collapse_spaces(full_name)));
    std::u32string out;
    std::size_t start = 0;
    bool first_word = true;
    while (start < name.size()) {
        std::size_t end = name.find(U' ', start);
        if (end == std::u32string::npos) end = name.size();
        const std::u32string_view word = std::u32string_view(name).substr(start, end - start);
        const bool only_word = first_word && end == name.size();
        if (!first_word) out.push_back(' ');
        // The family name is shared by millions (Nguyễn, Trần, Lê), so showing
        // it reveals little; the given names identify the person.
        if (first_word && !only_word) {
            out.append(word);
        } else {
            out.append(initial_of(word));
            out.push_back('.');
        }
        first_word = false;
        start = end + 1;
    }
    return codepoints_to_utf8(out);
}

std::string mask_id(std::string_view id) {
    const std::u32string cps = utf8_to_codepoints_lossy(trim(id));
    if (cps.size() < 6) return std::string(cps.size(), '*');
    std::u32string out = cps;
    std::fill(out.begin() + 3, out.end() - 2, U'*');
    return codepoints_to_utf8(out);
}

}  // namespace pakn
