// The official list of Khánh Hòa's commune-level units and lookups on it.
//
// [SECTION] index: the table, kinds, lookup, search.
#include "pakn/communes.h"

#include <algorithm>
#include <array>
#include <string>

#include "pakn/text.h"

namespace pakn {
namespace {

// [SECTION] the table
// Generated from /work/shared/data/khanh-hoa-communes-2025.csv (code,name,kind;
// General Statistics Office list as collected in thanglequoc/
// vietnamese-provinces-database, MIT): names NFC, `folded_name` = Unicode NFD,
// combining marks dropped, lowercased, đ -> d, non-alphanumeric runs -> one
// space (the same as fold_for_search; a test checks every row).
// clang-format off
constexpr std::array<CommuneRecord, kCommuneCount> kCommunes = {{
    {"22333", "Phường Bắc Nha Trang", "phuong bac nha trang", CommuneKind::phuong},
    {"22366", "Phường Nha Trang", "phuong nha trang", CommuneKind::phuong},
    {"22390", "Phường Tây Nha Trang", "phuong tay nha trang", CommuneKind::phuong},
    {"22402", "Phường Nam Nha Trang", "phuong nam nha trang", CommuneKind::phuong},
    {"22411", "Phường Bắc Cam Ranh", "phuong bac cam ranh", CommuneKind::phuong},
    {"22420", "Phường Cam Ranh", "phuong cam ranh", CommuneKind::phuong},
    {"22423", "Phường Ba Ngòi", "phuong ba ngoi", CommuneKind::phuong},
    {"22432", "Phường Cam Linh", "phuong cam linh", CommuneKind::phuong},
    {"22435", "Xã Cam Hiệp", "xa cam hiep", CommuneKind::xa},
    {"22453", "Xã Cam Lâm", "xa cam lam", CommuneKind::xa},
    {"22465", "Xã Cam An", "xa cam an", CommuneKind::xa},
    {"22480", "Xã Nam Cam Ranh", "xa nam cam ranh", CommuneKind::xa},
    {"22489", "Xã Vạn Ninh", "xa van ninh", CommuneKind::xa},
    {"22498", "Xã Tu Bông", "xa tu bong", CommuneKind::xa},
    {"22504", "Xã Đại Lãnh", "xa dai lanh", CommuneKind::xa},
    {"22516", "Xã Vạn Thắng", "xa van thang", CommuneKind::xa},
    {"22525", "Xã Vạn Hưng", "xa van hung", CommuneKind::xa},
    {"22528", "Phường Ninh Hòa", "phuong ninh hoa", CommuneKind::phuong},
    {"22546", "Xã Bắc Ninh Hòa", "xa bac ninh hoa", CommuneKind::xa},
    {"22552", "Xã Tây Ninh Hòa", "xa tay ninh hoa", CommuneKind::xa},
    {"22558", "Xã Hòa Trí", "xa hoa tri", CommuneKind::xa},
    {"22561", "Phường Đông Ninh Hòa", "phuong dong ninh hoa", CommuneKind::phuong},
    {"22576", "Xã Tân Định", "xa tan dinh", CommuneKind::xa},
    {"22591", "Phường Hòa Thắng", "phuong hoa thang", CommuneKind::phuong},
    {"22597", "Xã Nam Ninh Hòa", "xa nam ninh hoa", CommuneKind::xa},
    {"22609", "Xã Khánh Vĩnh", "xa khanh vinh", CommuneKind::xa},
    {"22612", "Xã Trung Khánh Vĩnh", "xa trung khanh vinh", CommuneKind::xa},
    {"22615", "Xã Bắc Khánh Vĩnh", "xa bac khanh vinh", CommuneKind::xa},
    {"22624", "Xã Tây Khánh Vĩnh", "xa tay khanh vinh", CommuneKind::xa},
    {"22648", "Xã Nam Khánh Vĩnh", "xa nam khanh vinh", CommuneKind::xa},
    {"22651", "Xã Diên Khánh", "xa dien khanh", CommuneKind::xa},
    {"22657", "Xã Diên Điền", "xa dien dien", CommuneKind::xa},
    {"22660", "Xã Diên Lâm", "xa dien lam", CommuneKind::xa},
    {"22672", "Xã Diên Thọ", "xa dien tho", CommuneKind::xa},
    {"22678", "Xã Diên Lạc", "xa dien lac", CommuneKind::xa},
    {"22702", "Xã Suối Hiệp", "xa suoi hiep", CommuneKind::xa},
    {"22708", "Xã Suối Dầu", "xa suoi dau", CommuneKind::xa},
    {"22714", "Xã Khánh Sơn", "xa khanh son", CommuneKind::xa},
    {"22720", "Xã Tây Khánh Sơn", "xa tay khanh son", CommuneKind::xa},
    {"22732", "Xã Đông Khánh Sơn", "xa dong khanh son", CommuneKind::xa},
    {"22736", "Đặc khu Trường Sa", "dac khu truong sa", CommuneKind::dac_khu},
    {"22738", "Phường Đô Vinh", "phuong do vinh", CommuneKind::phuong},
    {"22741", "Phường Bảo An", "phuong bao an", CommuneKind::phuong},
    {"22759", "Phường Phan Rang", "phuong phan rang", CommuneKind::phuong},
    {"22780", "Phường Đông Hải", "phuong dong hai", CommuneKind::phuong},
    {"22786", "Xã Bác Ái Tây", "xa bac ai tay", CommuneKind::xa},
    {"22795", "Xã Bác Ái", "xa bac ai", CommuneKind::xa},
    {"22801", "Xã Bác Ái Đông", "xa bac ai dong", CommuneKind::xa},
    {"22810", "Xã Ninh Sơn", "xa ninh son", CommuneKind::xa},
    {"22813", "Xã Lâm Sơn", "xa lam son", CommuneKind::xa},
    {"22822", "Xã Mỹ Sơn", "xa my son", CommuneKind::xa},
    {"22828", "Xã Anh Dũng", "xa anh dung", CommuneKind::xa},
    {"22834", "Phường Ninh Chử", "phuong ninh chu", CommuneKind::phuong},
    {"22840", "Xã Công Hải", "xa cong hai", CommuneKind::xa},
    {"22846", "Xã Vĩnh Hải", "xa vinh hai", CommuneKind::xa},
    {"22849", "Xã Thuận Bắc", "xa thuan bac", CommuneKind::xa},
    {"22852", "Xã Ninh Hải", "xa ninh hai", CommuneKind::xa},
    {"22861", "Xã Xuân Hải", "xa xuan hai", CommuneKind::xa},
    {"22870", "Xã Ninh Phước", "xa ninh phuoc", CommuneKind::xa},
    {"22873", "Xã Phước Hậu", "xa phuoc hau", CommuneKind::xa},
    {"22888", "Xã Phước Dinh", "xa phuoc dinh", CommuneKind::xa},
    {"22891", "Xã Phước Hữu", "xa phuoc huu", CommuneKind::xa},
    {"22897", "Xã Thuận Nam", "xa thuan nam", CommuneKind::xa},
    {"22900", "Xã Phước Hà", "xa phuoc ha", CommuneKind::xa},
    {"22909", "Xã Cà Ná", "xa ca na", CommuneKind::xa},
}};
// clang-format on

constexpr bool sorted_by_code() {
    for (std::size_t i = 1; i < kCommunes.size(); ++i)
        if (!(kCommunes[i - 1].code < kCommunes[i].code)) return false;
    return true;
}

constexpr std::size_t count_kind(CommuneKind k) {
    std::size_t n = 0;
    for (const CommuneRecord& c : kCommunes)
        if (c.kind == k) ++n;
    return n;
}

// find_commune relies on the order; the counts are the 2025 reform's.
static_assert(sorted_by_code(), "commune table must be sorted by code");
static_assert(count_kind(CommuneKind::phuong) == 16);
static_assert(count_kind(CommuneKind::xa) == 48);
static_assert(count_kind(CommuneKind::dac_khu) == 1);

// Folded kind words as they start `folded_name`.
constexpr std::string_view folded_kind_prefix(CommuneKind k) {
    switch (k) {
        case CommuneKind::phuong:
            return "phuong ";
        case CommuneKind::xa:
            return "xa ";
        case CommuneKind::dac_khu:
            return "dac khu ";
    }
    return "";
}

std::string_view folded_short_name(const CommuneRecord& c) {
    std::string_view f = c.folded_name;
    const std::string_view prefix = folded_kind_prefix(c.kind);
    if (f.substr(0, prefix.size()) == prefix) f.remove_prefix(prefix.size());
    return f;
}

bool starts_at_word(std::string_view haystack, std::string_view needle) {
    for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos; pos = haystack.find(needle, pos + 1))
        if (pos == 0 || haystack[pos - 1] == ' ') return true;
    return false;
}

// Match quality of `c` for folded query `q`: 0 best .. 3, or -1 for no match.
int match_rank(const CommuneRecord& c, std::string_view q) {
    const std::string_view full = c.folded_name;
    const std::string_view short_f = folded_short_name(c);
    if (full == q || short_f == q) return 0;
    if (full.substr(0, q.size()) == q || short_f.substr(0, q.size()) == q) return 1;
    if (starts_at_word(full, q)) return 2;
    if (all_ascii_digits(q) && c.code.substr(0, q.size()) == q) return 3;
    return -1;
}

}  // namespace

// [SECTION] kinds

std::string_view to_string(CommuneKind k) noexcept {
    switch (k) {
        case CommuneKind::phuong:
            return "phuong";
        case CommuneKind::xa:
            return "xa";
        case CommuneKind::dac_khu:
            return "dac_khu";
    }
    return "xa";
}

std::optional<CommuneKind> parse_commune_kind(std::string_view s) noexcept {
    for (CommuneKind k : {CommuneKind::phuong, CommuneKind::xa, CommuneKind::dac_khu})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

std::string_view label(CommuneKind k) noexcept {
    switch (k) {
        case CommuneKind::phuong:
            return "Phường";
        case CommuneKind::xa:
            return "Xã";
        case CommuneKind::dac_khu:
            return "Đặc khu";
    }
    return "Xã";
}

std::span<const CommuneRecord> communes() noexcept {
    return kCommunes;
}

// [SECTION] lookup

const CommuneRecord* find_commune(std::string_view code) noexcept {
    const auto it = std::lower_bound(kCommunes.begin(), kCommunes.end(), code,
                                     [](const CommuneRecord& c, std::string_view v) { return c.code < v; });
    return it != kCommunes.end() && it->code == code ? &*it : nullptr;
}

bool is_commune_code(std::string_view code) noexcept {
    return find_commune(code) != nullptr;
}

std::string_view short_name(const CommuneRecord& c) noexcept {
    std::string_view n = c.name;
    const std::string_view word = label(c.kind);
    if (n.substr(0, word.size()) == word && n.size() > word.size() && n[word.size()] == ' ')
        n.remove_prefix(word.size() + 1);
    return n;
}

// [SECTION] search

std::vector<const CommuneRecord*> search_communes(std::string_view query, std::size_t limit) {
    const std::string q = fold_for_search(query);
    std::vector<std::pair<int, const CommuneRecord*>> hits;
    for (const CommuneRecord& c : kCommunes) {
        const int rank = q.empty() ? 0 : match_rank(c, q);
        if (rank >= 0) hits.emplace_back(rank, &c);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const CommuneRecord*> out;
    for (const auto& h : hits) {
        if (limit != 0 && out.size() >= limit) break;
        out.push_back(h.second);
    }
    return out;
}

}  // namespace pakn
