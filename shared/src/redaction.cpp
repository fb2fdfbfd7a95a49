// [SECTION] index: character classes, boundaries, phones, ID numbers,
// e-mail, plates, detection, redaction.
#include "pakn/redaction.h"

#include <algorithm>

#include "pakn/ids.h"
#include "pakn/text.h"

namespace pakn {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// [SECTION] character classes (ASCII only: every pattern here is ASCII)

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_alnum(char c) {
    return is_ascii_digit(c) || is_letter(c);
}

bool digit_at(std::string_view t, std::size_t i) {
    return i < t.size() && is_ascii_digit(t[i]);
}

bool letter_at(std::string_view t, std::size_t i) {
    return i < t.size() && is_letter(t[i]);
}

bool alnum_at(std::string_view t, std::size_t i) {
    return i < t.size() && is_alnum(t[i]);
}

// Characters that glue digit groups into one longer number: "1.500.000",
// "PAKN-2026-000123", "17-11-2026".
bool is_joiner(char c) {
    return c == '.' || c == '-';
}

// Separators people put inside a phone or plate: "0905 123 456", "0905.123.456".
bool is_group_separator(char c) {
    return c == ' ' || c == '.' || c == '-';
}

std::size_t digits_from(std::string_view t, std::size_t i) {
    std::size_t q = i;
    while (q < t.size() && is_ascii_digit(t[q]))
        ++q;
    return q - i;
}

// [SECTION] boundaries

// True when the text before `i` is part of a number (a digit, or a joiner
// right after a digit), so a finding cannot start at `i`.
bool number_before(std::string_view t, std::size_t i) {
    if (i == 0) return false;
    if (is_ascii_digit(t[i - 1])) return true;
    return i >= 2 && is_joiner(t[i - 1]) && is_ascii_digit(t[i - 2]);
}

// True when the number goes on at `e` (a digit, or a joiner then a digit).
bool number_after(std::string_view t, std::size_t e) {
    if (digit_at(t, e)) return true;
    return e < t.size() && is_joiner(t[e]) && digit_at(t, e + 1);
}

// A finding may end at `e`: the number stops and no ASCII letter follows.
bool ends_cleanly(std::string_view t, std::size_t e) {
    return !number_after(t, e) && !letter_at(t, e);
}

// [SECTION] phones

// End of a phone number starting at `i`, or npos.
std::size_t match_phone(std::string_view t, std::size_t i) {
    std::size_t p = i;
    // "+84 905 123 456", and "84905123456" as people copy it from Zalo.
    const bool plus_form = t.substr(i, 3) == "+84";
    const bool bare_form = !plus_form && t.substr(i, 2) == "84";
    const bool international = plus_form || bare_form;
    if (plus_form) {
        // "SĐT:+84..." is fine, "a+84" or "1+84" is arithmetic or a code.
        if (i > 0 && is_alnum(t[i - 1])) return npos;
        p += 3;
        if (p + 1 < t.size() && t[p] == ' ' && is_ascii_digit(t[p + 1])) ++p;
    } else if (bare_form) {
        // Only glued to the subscriber number: "84 905..." reads as a count.
        if (number_before(t, i) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '+'))) return npos;
        p += 2;
    } else {
        // A letter before is fine ("sđt0905123456"), a digit or a '+' is not.
        if (t[i] != '0' || number_before(t, i) || (i > 0 && t[i - 1] == '+')) return npos;
    }
    std::string digits;
    for (int group = 0; group < 6; ++group) {
        const std::size_t len = digits_from(t, p);
        if (len < 2) return npos;
        digits.append(t.substr(p, len));
        p += len;
        if (digits.size() > 11) return npos;
        if (ends_cleanly(t, p)) {
            if (bare_form) {
                if (digits.size() == 9 && p - i == 11 && normalize_phone("+84" + digits).ok()) return p;
            } else if (international) {
                const bool national = digits.size() == 9 || (digits.size() == 10 && digits[0] == '0');
                if (national && normalize_phone("+84" + digits).ok()) return p;
            } else {
                if (digits.size() == 10 && normalize_phone(digits).ok()) return p;
                // Landlines: 02 + area code + subscriber, 11 digits since 2017.
                if (digits.size() == 11 && digits[1] == '2') return p;
            }
        }
        if (!(p < t.size() && is_group_separator(t[p]) && digit_at(t, p + 1))) return npos;
        ++p;
    }
    return npos;
}

// [SECTION] ID numbers

// True when an amount of money follows `e`: "150000000 đồng", "150000000đ",
// "150000000 VND".
bool currency_after(std::string_view t, std::size_t e) {
    while (e < t.size() && t[e] == ' ')
        ++e;
    const std::string_view rest = t.substr(std::min(e, t.size()));
    for (std::string_view unit : {"đ", "Đ", "VND", "vnd", "VNĐ", "vnđ", "USD", "usd"})
        if (rest.substr(0, unit.size()) == unit) return true;
    return false;
}

// End of a CCCD written in groups ("056 191 653 264", "0561.9165.3264"), or
// npos: 12 digits in groups of 3 or 4 split by one space or dot, and a valid
// province code. A grouped 9-digit CMND is not taken: "150 000 000" is money.
std::size_t match_grouped_cccd(std::string_view t, std::size_t i) {
    std::string digits;
    std::size_t p = i;
    for (int group = 0; group < 4; ++group) {
        const std::size_t len = digits_from(t, p);
        if (len < 3 || len > 4) return npos;
        digits.append(t.substr(p, len));
        p += len;
        if (digits.size() == 12) return group > 0 && ends_cleanly(t, p) && normalize_cccd(digits).ok() ? p : npos;
        if (digits.size() > 12 || !(p < t.size() && (t[p] == ' ' || t[p] == '.') && digit_at(t, p + 1))) return npos;
        ++p;
    }
    return npos;
}

// End of a CCCD or CMND number starting at `i`, or npos.
std::size_t match_id_number(std::string_view t, std::size_t i) {
    if (number_before(t, i) || (i > 0 && (is_letter(t[i - 1]) || t[i - 1] == '+'))) return npos;
    const std::size_t len = digits_from(t, i);
    const std::size_t e = i + len;
    if (!ends_cleanly(t, e)) return match_grouped_cccd(t, i);
    if (len == 12 && normalize_cccd(t.substr(i, len)).ok()) return e;
    if (len == 9 && !currency_after(t, e)) return e;
    return match_grouped_cccd(t, i);
}

// [SECTION] e-mail

bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_domain_char(char c) {
    return is_alnum(c) || c == '.' || c == '-';
}

// The address around the '@' at `at`, checked by normalize_email; {npos, npos}
// when there is none.
std::pair<std::size_t, std::size_t> match_email(std::string_view t, std::size_t at) {
    std::size_t b = at;
    while (b > 0 && is_local_char(t[b - 1]))
        --b;
    while (b < at && t[b] == '.')
        ++b;
    std::size_t e = at + 1;
    while (e < t.size() && is_domain_char(t[e]))
        ++e;
    // "... gửi tới abc@gmail.com." ends the sentence, not the domain.
    while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-'))
        --e;
    if (b == at || e == at + 1 || !normalize_email(t.substr(b, e - b)).ok()) return {npos, npos};
    return {b, e};
}

// [SECTION] plates

// End of the plate's number part at `q` ("12345", "1234", "123.45"), or npos.
std::size_t match_plate_number(std::string_view t, std::size_t q, bool* dotted) {
    const std::size_t len = digits_from(t, q);
    if (len == 3 && q + 6 <= t.size() && t[q + 3] == '.' && digits_from(t, q + 4) == 2) {
        *dotted = true;
        return ends_cleanly(t, q + 6) ? q + 6 : npos;
    }
    *dotted = false;
    if ((len == 4 || len == 5) && ends_cleanly(t, q + len)) return q + len;
    return npos;
}

// End of a licence plate starting at `i` ("79A-123.45", "79A12345",
// "51F1-234.56", "79-B1 123.45"), or npos. Province: 2 digits; series: a
// letter, then optionally a letter or a digit.
std::size_t match_plate(std::string_view t, std::size_t i) {
    if (number_before(t, i) || (i > 0 && is_letter(t[i - 1]))) return npos;
    if (!(digit_at(t, i) && digit_at(t, i + 1)) || digit_at(t, i + 2)) return npos;
    std::size_t p = i + 2;
    if (p < t.size() && t[p] == '-') ++p;
    if (!letter_at(t, p)) return npos;
    for (const std::size_t series : {std::size_t{2}, std::size_t{1}}) {
        if (series == 2 && !alnum_at(t, p + 1)) continue;
        const bool series_digit = series == 2 && digit_at(t, p + 1);
        const std::size_t s_end = p + series;
        for (const char sep : {'\0', '-', '.', ' '}) {
            std::size_t q = s_end;
            if (sep != '\0') {
                if (q >= t.size() || t[q] != sep) continue;
                ++q;
            }
            bool dotted = false;
            const std::size_t e = match_plate_number(t, q, &dotted);
            if (e == npos) continue;
            // "đường 23B 2026" is a street and a year; a space is taken only
            // in the motorbike form "B1 123.45" or before "123.45".
            if (sep == ' ' && !series_digit && !dotted) continue;
            return e;
        }
    }
    return npos;
}

}  // namespace

// [SECTION] detection

std::string_view personal_data_kind_name(PersonalDataKind kind) {
    switch (kind) {
        case PersonalDataKind::phone:
            return "phone";
        case PersonalDataKind::id_number:
            return "id_number";
        case PersonalDataKind::email:
            return "email";
        case PersonalDataKind::plate:
            return "plate";
    }
    return "phone";
}

std::string_view personal_data_kind_label(PersonalDataKind kind) {
    switch (kind) {
        case PersonalDataKind::phone:
            return "Số điện thoại";
        case PersonalDataKind::id_number:
            return "Số CCCD/CMND";
        case PersonalDataKind::email:
            return "Thư điện tử";
        case PersonalDataKind::plate:
            return "Biển số xe";
    }
    return "Số điện thoại";
}

std::string personal_data_counts_text(const std::vector<PersonalDataSpan>& spans) {
    // Lower-case after a number ("2 biển số xe"), as a sentence reads.
    static constexpr std::string_view kInSentence[] = {"số điện thoại", "số CCCD/CMND", "thư điện tử", "biển số xe"};
    const auto counts = count_by_kind(spans);
    std::string out;
    for (std::size_t k = 0; k < kPersonalDataKinds; ++k) {
        if (counts[k] == 0) continue;
        if (!out.empty()) out += ", ";
        out += std::to_string(counts[k]) + " " + std::string(kInSentence[k]);
    }
    return out.empty() ? "không có" : out;
}

std::vector<PersonalDataSpan> find_personal_data(std::string_view text) {
    std::vector<PersonalDataSpan> found;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '@') {
            const auto [b, e] = match_email(text, i);
            if (b != npos) found.push_back({PersonalDataKind::email, b, e});
            continue;
        }
        if (c != '+' && !is_ascii_digit(c)) continue;
        if (const std::size_t e = match_phone(text, i); e != npos) found.push_back({PersonalDataKind::phone, i, e});
        if (c == '+') continue;
        if (const std::size_t e = match_id_number(text, i); e != npos)
            found.push_back({PersonalDataKind::id_number, i, e});
        if (const std::size_t e = match_plate(text, i); e != npos) found.push_back({PersonalDataKind::plate, i, e});
    }
    // The earlier finding wins, and at the same start the longer one: an
    // address "0905123456@gmail.com" is one e-mail, not a phone and a rest.
    std::sort(found.begin(), found.end(), [](const PersonalDataSpan& a, const PersonalDataSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<PersonalDataSpan> spans;
    for (const PersonalDataSpan& s : found)
        if (spans.empty() || s.begin >= spans.back().end) spans.push_back(s);
    return spans;
}

std::array<int, kPersonalDataKinds> count_by_kind(const std::vector<PersonalDataSpan>& spans) {
    std::array<int, kPersonalDataKinds> counts{};
    for (const PersonalDataSpan& s : spans)
        ++counts[static_cast<std::size_t>(s.kind)];
    return counts;
}

// [SECTION] redaction

std::string redact(std::string_view text, const std::vector<PersonalDataSpan>& spans) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    for (const PersonalDataSpan& s : spans) {
        if (s.begin < at || s.begin >= s.end || s.end > text.size()) continue;
        out.append(text.substr(at, s.begin - at));
        out.append(kRedactionMask);
        at = s.end;
    }
    out.append(text.substr(at));
    return out;
}

std::string redact_personal_data(std::string_view text) {
    return redact(text, find_personal_data(text));
}

}  // namespace pakn
