#include "pakn/cccd_qr.h"

#include <vector>

#include "pakn/text.h"

namespace pakn {
namespace {

constexpr std::size_t kFields = 7;

std::vector<std::string_view> split_bars(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '|') {
            out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

// ddmmyyyy, a day that exists.
std::optional<Date> card_date(std::string_view s) {
    if (s.size() != 8) return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (s[i] - '0');
        return v;
    };
    const Date d{num(4, 4), num(2, 2), num(0, 2)};
    if (!is_valid(d)) return std::nullopt;
    return d;
}

std::optional<Sex> card_sex(std::string_view s) {
    const std::string folded = fold_for_search(s);
    if (folded == "nam") return Sex::male;
    if (folded == "nu") return Sex::female;
    return std::nullopt;
}

CccdQrResult refused(std::string_view code) {
    return {std::nullopt, code};
}

}  // namespace

CccdQrResult parse_cccd_qr(std::string_view text, const Date& today) {
    if (text.size() > kMaxCccdQrBytes) return refused("cccd_qr_not_a_card");
    const Checked clean = clean_text(text, TextMode::single_line);
    if (!clean.ok()) return refused("cccd_qr_not_a_card");
    const auto fields = split_bars(clean.value);
    // Newer cards may append fields; the first seven are the card's.
    if (fields.size() < kFields) return refused("cccd_qr_not_a_card");
    CccdCard card;
    const Checked id = normalize_cccd(fields[0]);
    if (!id.ok()) return refused("cccd_qr_bad_field");
    card.id_number = id.value;
    if (!trim(fields[1]).empty()) {
        const Checked old_id = normalize_cmnd(fields[1]);
        if (!old_id.ok()) return refused("cccd_qr_bad_field");
        card.old_id = old_id.value;
    }
    card.full_name = collapse_spaces(fields[2]);
    const auto born = card_date(trim(fields[3]));
    const auto sex = card_sex(fields[4]);
    card.address = collapse_spaces(fields[5]);
    const auto issued = card_date(trim(fields[6]));
    if (card.full_name.empty() || !born || !sex || !issued) return refused("cccd_qr_bad_field");
    card.birth_date = *born;
    card.sex = *sex;
    card.issued_on = *issued;
    const CccdInfo info = *decode_cccd(card.id_number);
    if (info.sex != card.sex || info.birth_year != card.birth_date.year || card.issued_on < card.birth_date ||
        today < card.issued_on)
        return refused("cccd_qr_inconsistent");
    return {std::move(card), {}};
}

}  // namespace pakn
