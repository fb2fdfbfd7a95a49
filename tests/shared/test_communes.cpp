// pakn/communes.h: the 65 commune-level units of Khánh Hòa since 1 July 2025.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include "pakn/communes.h"
#include "pakn/text.h"

using namespace pakn;

TEST_CASE("communes: 65 units, 16 phường, 48 xã, 1 đặc khu") {
    CHECK(communes().size() == 65);
    CHECK(kCommuneCount == 65);
    int phuong = 0, xa = 0, dac_khu = 0;
    for (const CommuneRecord& c : communes()) {
        if (c.kind == CommuneKind::phuong) ++phuong;
        if (c.kind == CommuneKind::xa) ++xa;
        if (c.kind == CommuneKind::dac_khu) ++dac_khu;
    }
    CHECK(phuong == 16);
    CHECK(xa == 48);
    CHECK(dac_khu == 1);
}

TEST_CASE("communes: codes are 5 digits, unique, sorted, names NFC and start with their kind") {
    std::set<std::string_view> codes;
    std::string_view previous;
    for (const CommuneRecord& c : communes()) {
        INFO(c.code);
        CHECK(c.code.size() == 5);
        CHECK(c.code.find_first_not_of("0123456789") == std::string_view::npos);
        CHECK(codes.insert(c.code).second);
        CHECK(previous < c.code);
        previous = c.code;
        CHECK(to_nfc(c.name) == std::string(c.name));
        CHECK(c.name.substr(0, label(c.kind).size()) == label(c.kind));
        // The precomputed key must be exactly what the search folds queries with.
        CHECK(fold_for_search(c.name) == std::string(c.folded_name));
    }
}

TEST_CASE("communes: lookup by code") {
    struct Row {
        std::string_view code, name, short_name;
        CommuneKind kind;
    };
    // code | name | without the kind word | kind
    const Row rows[] = {
        {"22333", "Phường Bắc Nha Trang", "Bắc Nha Trang", CommuneKind::phuong},
        {"22366", "Phường Nha Trang", "Nha Trang", CommuneKind::phuong},
        {"22435", "Xã Cam Hiệp", "Cam Hiệp", CommuneKind::xa},
        {"22736", "Đặc khu Trường Sa", "Trường Sa", CommuneKind::dac_khu},
        {"22759", "Phường Phan Rang", "Phan Rang", CommuneKind::phuong},
        {"22909", "Xã Cà Ná", "Cà Ná", CommuneKind::xa},
    };
    for (const Row& r : rows) {
        INFO(r.code);
        const CommuneRecord* c = find_commune(r.code);
        REQUIRE(c != nullptr);
        CHECK(c->name == r.name);
        CHECK(short_name(*c) == r.short_name);
        CHECK(c->kind == r.kind);
        CHECK(is_commune_code(r.code));
    }
    // Not in the list: wrong digits, padding, old district-level codes, empty.
    for (std::string_view bad : {"", "22334", " 22333", "22333 ", "568", "99999", "2233", "223333"}) {
        INFO(bad);
        CHECK(find_commune(bad) == nullptr);
        CHECK_FALSE(is_commune_code(bad));
    }
}

TEST_CASE("communes: kind spellings and labels") {
    CHECK(to_string(CommuneKind::phuong) == "phuong");
    CHECK(to_string(CommuneKind::xa) == "xa");
    CHECK(to_string(CommuneKind::dac_khu) == "dac_khu");
    CHECK(parse_commune_kind("dac_khu") == CommuneKind::dac_khu);
    CHECK_FALSE(parse_commune_kind("Phuong").has_value());
    CHECK_FALSE(parse_commune_kind("").has_value());
    CHECK(label(CommuneKind::phuong) == "Phường");
    CHECK(label(CommuneKind::xa) == "Xã");
    CHECK(label(CommuneKind::dac_khu) == "Đặc khu");
}

TEST_CASE("communes: search with or without diacritics, best match first") {
    struct Row {
        std::string_view query;
        std::size_t count;       // how many match
        std::string_view first;  // code of the best match ("" when none)
    };
    // query | matches | best match
    const Row rows[] = {
        {"nha trang", 4, "22366"},  // Phường Nha Trang exactly, then Bắc/Tây/Nam Nha Trang
        {"Nha Trang", 4, "22366"},
        {"NHA  TRANG", 4, "22366"},
        {"phường nha trang", 1, "22366"},
        {"truong sa", 1, "22736"},
        {"Trường Sa", 1, "22736"},
        {"dac khu", 1, "22736"},
        {"ninh hoa", 5, "22528"},  // Phường Ninh Hòa, then Bắc/Tây/Đông/Nam Ninh Hòa
        {"cam lâm", 1, "22453"},
        {"ca na", 1, "22909"},
        {"bac ai", 3, "22795"},  // Xã Bác Ái before Bác Ái Tây / Bác Ái Đông
        {"dien", 5, "22651"},    // names starting with Diên
        {"2233", 1, "22333"},    // code prefix
        {"229", 2, "22900"},     // 22900 and 22909
        {"zzz", 0, ""},
        {"hà nội", 0, ""},
    };
    for (const Row& r : rows) {
        INFO(r.query);
        const auto hits = search_communes(r.query);
        CHECK(hits.size() == r.count);
        if (!hits.empty()) CHECK(hits.front()->code == r.first);
    }
    CHECK(search_communes("").size() == 65);
    CHECK(search_communes("   ").size() == 65);
    CHECK(search_communes("", 10).size() == 10);
    CHECK(search_communes("nha trang", 2).size() == 2);
    // Word starts only: "rang" is inside "Trang" and "Phan Rang" starts a word.
    const auto rang = search_communes("rang");
    REQUIRE(rang.size() == 1);
    CHECK(rang.front()->code == "22759");
}
