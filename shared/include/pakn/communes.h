// The 65 commune-level units (đơn vị hành chính cấp xã) of Khánh Hòa since
// 1 July 2025: 16 phường, 48 xã and the Trường Sa special zone (đặc khu),
// with their national codes (Decision 19/2025/QĐ-TTg). Public facts, embedded
// as a constant table so client and server agree without a database.
// Nothing here throws.
//
// [SECTION] index: kinds, the table, lookup, search.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace pakn {

// [SECTION] kinds

// Phường (urban ward), xã (rural commune), đặc khu (special zone: Trường Sa).
enum class CommuneKind : std::uint8_t { phuong, xa, dac_khu };

// Wire spelling: "phuong", "xa", "dac_khu".
std::string_view to_string(CommuneKind k) noexcept;

// The kind whose wire spelling is exactly `s`; nullopt otherwise.
std::optional<CommuneKind> parse_commune_kind(std::string_view s) noexcept;

// Vietnamese label: "Phường", "Xã", "Đặc khu".
std::string_view label(CommuneKind k) noexcept;

// [SECTION] the table

// One row of the official list. `folded_name` is fold_for_search(name),
// precomputed so that searching needs no Unicode work per row.
struct CommuneRecord {
    std::string_view code;         // 5 digits, e.g. "22333"
    std::string_view name;         // NFC, with its kind: "Phường Bắc Nha Trang"
    std::string_view folded_name;  // "phuong bac nha trang"
    CommuneKind kind;
};

inline constexpr std::size_t kCommuneCount = 65;

// Every commune, sorted by code (the order of the national list).
std::span<const CommuneRecord> communes() noexcept;

// [SECTION] lookup

// The commune with exactly this code, or nullptr (no trimming, no padding:
// codes come from our own pickers and URLs).
const CommuneRecord* find_commune(std::string_view code) noexcept;

// True when `code` is in the official list.
bool is_commune_code(std::string_view code) noexcept;

// The name without its kind word: "Phường Bắc Nha Trang" -> "Bắc Nha Trang".
std::string_view short_name(const CommuneRecord& c) noexcept;

// [SECTION] search

// Communes matching what someone typed, with or without diacritics
// ("nha trang", "Ninh Hoa", "xa cam", "2233"), best first: exact name (with or
// without the kind word), then names starting with the query, then names
// containing it at a word start, then the code starting with the query's
// digits; ties keep table order. An empty query gives every commune. At most
// `limit` results (0 = no limit).
std::vector<const CommuneRecord*> search_communes(std::string_view query, std::size_t limit = 0);

}  // namespace pakn
