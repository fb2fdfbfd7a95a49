// SQL of the administration: units, officer accounts (beyond what sign-in
// needs), categories and their SLA overrides, holiday corrections,
// announcements and run-time settings. Runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "pakn/deadline.h"
#include "store/db.h"

namespace pakn::server::store {

// ---- units (Đơn vị)
struct UnitRow {
    std::int64_t id = 0;
    std::string code, name, kind, address, phone, email, commune_code;
    bool active = true;
    std::string name_folded;  // fold_for_search(name + " " + address), for the directory search
};
// Every unit, center first, then departments, companies, communes; by name.
std::vector<UnitRow> list_units(Connection& c, bool include_inactive);
std::optional<UnitRow> find_unit(Connection& c, std::int64_t id);
std::optional<UnitRow> find_unit_by_code(Connection& c, const std::string& code);
// The coordinating center's unit (the first one of kind center), if any.
std::optional<std::int64_t> center_unit_id(Connection& c);
std::int64_t insert_unit(Connection& c, const UnitRow& u);
void update_unit(Connection& c, const UnitRow& u);
void set_unit_active(Connection& c, std::int64_t id, bool active);

// ---- officer accounts
void update_officer(Connection& c, std::int64_t id, const std::string& login, const std::string& full_name,
                    std::int64_t unit_id, const std::string& role, const std::string& phone, const std::string& email,
                    std::int64_t now);
void set_account_status(Connection& c, std::int64_t id, const std::string& status, std::int64_t now);
// Logins and phones held by accounts that are not deleted, for bulk checks
// (seeding thousands of accounts without a lookup each).
void account_keys(Connection& c, std::unordered_set<std::string>& logins, std::unordered_set<std::string>& phones);

// ---- categories (Lĩnh vực)
struct CategoryRow {
    std::int64_t id = 0;  // rowid
    std::string code, name, group;
    std::optional<std::int64_t> default_unit_id;
    std::string default_unit_name;
    int sort_order = 0;
    bool active = true;
    bool commune_level = false;  // handled by the commune's People's Committee
};
std::vector<CategoryRow> list_categories(Connection& c);
// The active People's Committee (unit of kind 'commune') of a commune.
std::optional<std::int64_t> commune_unit(Connection& c, const std::string& commune_code);
std::optional<CategoryRow> find_category(Connection& c, const std::string& code);
void insert_category(Connection& c, const CategoryRow& r);
void update_category(Connection& c, const CategoryRow& r);
void set_category_active(Connection& c, const std::string& code, bool active);
// Every category's own SLA figures.
std::map<std::string, CategorySla, std::less<>> category_slas(Connection& c);
// Replaces the figures of one category.
void save_category_sla(Connection& c, const std::string& code, const CategorySla& sla);

// ---- holiday corrections
struct HolidayOverrideRow {
    std::int64_t id = 0;
    std::string date;  // YYYY-MM-DD
    std::string kind;  // add | remove | working_day
    std::string name;
};
std::vector<HolidayOverrideRow> list_holiday_overrides(Connection& c);
std::optional<HolidayOverrideRow> find_holiday_override(Connection& c, std::int64_t id);
std::optional<HolidayOverrideRow> find_holiday_override_on(Connection& c, const std::string& date);
std::int64_t insert_holiday_override(Connection& c, const HolidayOverrideRow& h, std::optional<std::int64_t> by,
                                     std::int64_t now);
void delete_holiday_override(Connection& c, std::int64_t id);

// ---- announcements (Thông báo, tin tức)
struct AnnouncementRow {
    std::int64_t id = 0;
    std::string title, summary, body, kind;
    bool published = false;
    std::optional<std::int64_t> published_at;
    std::int64_t created_at = 0, updated_at = 0;
    std::optional<std::int64_t> created_by;
};
struct AnnouncementPage {
    std::int64_t total = 0;
    std::vector<AnnouncementRow> rows;
};
// Newest first (published ones by publication time). `with_body` false
// leaves body empty (lists show the summary).
AnnouncementPage list_announcements(Connection& c, bool published_only, const std::string& kind, int page,
                                    int page_size, bool with_body);
std::optional<AnnouncementRow> find_announcement(Connection& c, std::int64_t id);
std::int64_t insert_announcement(Connection& c, const AnnouncementRow& a);
void update_announcement(Connection& c, const AnnouncementRow& a);
void delete_announcement(Connection& c, std::int64_t id);
std::int64_t count_announcements(Connection& c);

// ---- settings (key/value)
std::optional<std::string> get_setting(Connection& c, const std::string& key);
void set_setting(Connection& c, const std::string& key, const std::string& value);

// ---- maintenance
// Copies the WAL into the database file and truncates it (after bulk
// writes such as seeding), on a connection of its own: a checkpoint cannot
// run inside a transaction, and the server's connections always are in one.
void checkpoint(const std::string& db_path);

}  // namespace pakn::server::store
