#include "store/admin_store.h"

#include <array>
#include <utility>

namespace pakn::server::store {
namespace {

std::optional<std::string> null_if_empty(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// ---- units
constexpr const char* kUnitSelect =
    "SELECT id, code, name, kind, address, phone, email, COALESCE(commune_code,''), active, name_folded FROM units ";

UnitRow read_unit(const Statement& s) {
    return UnitRow{s.int64(0), s.text(1), s.text(2), s.text(3),         s.text(4),
                   s.text(5),  s.text(6), s.text(7), s.integer(8) != 0, s.text(9)};
}

// ---- categories
constexpr const char* kCategorySelect =
    "SELECT c.rowid, c.code, c.name, c.grp, c.default_unit_id, COALESCE(u.name,''), c.sort_order, c.active, "
    "c.commune_level "
    "FROM categories c LEFT JOIN units u ON u.id = c.default_unit_id ";

CategoryRow read_category(const Statement& s) {
    return CategoryRow{s.int64(0),     s.text(1),    s.text(2),           s.text(3),
                       s.opt_int64(4), s.text(5),    s.integer(6),        s.integer(7) != 0,
                       s.integer(8) != 0};
}

// The SLA slots of a category, by their stored names.
using SlaSlot = std::optional<SlaFigure> CategorySla::*;
constexpr std::array<std::pair<const char*, SlaSlot>, 5> kSlaSlots = {{
    {"classify_and_assign", &CategorySla::classify_and_assign},
    {"start_work", &CategorySla::start_work},
    {"resolve_normal", &CategorySla::resolve_normal},
    {"resolve_urgent", &CategorySla::resolve_urgent},
    {"resolve_complex", &CategorySla::resolve_complex},
}};

// ---- announcements
constexpr const char* kAnnouncementColumns =
    "id, title, summary, kind, published, published_at, created_at, updated_at, created_by";

AnnouncementRow read_announcement(const Statement& s, bool with_body) {
    AnnouncementRow a;
    a.id = s.int64(0);
    a.title = s.text(1);
    a.summary = s.text(2);
    a.kind = s.text(3);
    a.published = s.integer(4) != 0;
    a.published_at = s.opt_int64(5);
    a.created_at = s.int64(6);
    a.updated_at = s.int64(7);
    a.created_by = s.opt_int64(8);
    if (with_body) a.body = s.text(9);
    return a;
}

}  // namespace

// ---------------------------------------------------------------- units
std::vector<UnitRow> list_units(Connection& c, bool include_inactive) {
    auto st = c.prepare(std::string(kUnitSelect) +
                        "WHERE (? OR active = 1) ORDER BY CASE kind WHEN 'center' THEN 0 WHEN 'department' THEN 1 "
                        "WHEN 'company' THEN 2 ELSE 3 END, name");
    st.bind_all(include_inactive ? 1 : 0);
    std::vector<UnitRow> out;
    while (st.step())
        out.push_back(read_unit(st));
    st.reset();
    return out;
}

std::optional<std::int64_t> center_unit_id(Connection& c) {
    return c.scalar_int("SELECT id FROM units WHERE kind = 'center' ORDER BY id LIMIT 1");
}

std::optional<UnitRow> find_unit(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string(kUnitSelect) + "WHERE id = ?");
    st.bind_all(id);
    std::optional<UnitRow> out;
    if (st.step()) out = read_unit(st);
    st.reset();
    return out;
}

std::optional<UnitRow> find_unit_by_code(Connection& c, const std::string& code) {
    auto st = c.prepare(std::string(kUnitSelect) + "WHERE code = ?");
    st.bind_all(code);
    std::optional<UnitRow> out;
    if (st.step()) out = read_unit(st);
    st.reset();
    return out;
}

std::int64_t insert_unit(Connection& c, const UnitRow& u) {
    c.prepare(
         "INSERT INTO units(code, name, kind, address, phone, email, commune_code, active, name_folded) "
         "VALUES (?,?,?,?,?,?,?,?,?)")
        .bind_all(u.code, u.name, u.kind, u.address, u.phone, u.email, null_if_empty(u.commune_code), u.active ? 1 : 0,
                  u.name_folded)
        .run();
    return c.last_insert_id();
}

void update_unit(Connection& c, const UnitRow& u) {
    c.prepare(
         "UPDATE units SET code = ?, name = ?, kind = ?, address = ?, phone = ?, email = ?, commune_code = ?, "
         "name_folded = ? WHERE id = ?")
        .bind_all(u.code, u.name, u.kind, u.address, u.phone, u.email, null_if_empty(u.commune_code), u.name_folded,
                  u.id)
        .run();
}

void set_unit_active(Connection& c, std::int64_t id, bool active) {
    c.prepare("UPDATE units SET active = ? WHERE id = ?").bind_all(active ? 1 : 0, id).run();
}

// ---------------------------------------------------------------- officers
void update_officer(Connection& c, std::int64_t id, const std::string& login, const std::string& full_name,
                    std::int64_t unit_id, const std::string& role, const std::string& phone, const std::string& email,
                    std::int64_t now) {
    c.prepare(
         "UPDATE accounts SET login = ?, full_name = ?, unit_id = ?, role = ?, phone = ?, email = ?, updated_at = ? "
         "WHERE id = ? AND kind = 'officer'")
        .bind_all(login, full_name, unit_id, role, null_if_empty(phone), email, now, id)
        .run();
}

void set_account_status(Connection& c, std::int64_t id, const std::string& status, std::int64_t now) {
    c.prepare("UPDATE accounts SET status = ?, updated_at = ? WHERE id = ?").bind_all(status, now, id).run();
}

void account_keys(Connection& c, std::unordered_set<std::string>& logins, std::unordered_set<std::string>& phones) {
    auto st = c.prepare("SELECT login, phone FROM accounts WHERE status <> 'deleted'");
    while (st.step()) {
        if (!st.is_null(0)) logins.insert(st.text(0));
        if (!st.is_null(1)) phones.insert(st.text(1));
    }
    st.reset();
}

// ---------------------------------------------------------------- categories
std::optional<std::int64_t> commune_unit(Connection& c, const std::string& commune_code) {
    auto st = c.prepare("SELECT id FROM units WHERE kind = 'commune' AND commune_code = ? AND active = 1");
    st.bind_all(commune_code);
    std::optional<std::int64_t> out;
    if (st.step()) out = st.int64(0);
    st.reset();
    return out;
}

std::vector<CategoryRow> list_categories(Connection& c) {
    auto st = c.prepare(std::string(kCategorySelect) + "ORDER BY c.sort_order, c.name");
    std::vector<CategoryRow> out;
    while (st.step())
        out.push_back(read_category(st));
    st.reset();
    return out;
}

std::optional<CategoryRow> find_category(Connection& c, const std::string& code) {
    auto st = c.prepare(std::string(kCategorySelect) + "WHERE c.code = ?");
    st.bind_all(code);
    std::optional<CategoryRow> out;
    if (st.step()) out = read_category(st);
    st.reset();
    return out;
}

void insert_category(Connection& c, const CategoryRow& r) {
    // New categories go to the end of the list.
    c.prepare(
         "INSERT INTO categories(code, name, grp, default_unit_id, sort_order, active, commune_level) "
         "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM categories), ?, ?)")
        .bind_all(r.code, r.name, r.group, r.default_unit_id, r.active ? 1 : 0, r.commune_level ? 1 : 0)
        .run();
}

void update_category(Connection& c, const CategoryRow& r) {
    c.prepare("UPDATE categories SET name = ?, grp = ?, default_unit_id = ?, commune_level = ? WHERE code = ?")
        .bind_all(r.name, r.group, r.default_unit_id, r.commune_level ? 1 : 0, r.code)
        .run();
}

void set_category_active(Connection& c, const std::string& code, bool active) {
    c.prepare("UPDATE categories SET active = ? WHERE code = ?").bind_all(active ? 1 : 0, code).run();
}

std::map<std::string, CategorySla, std::less<>> category_slas(Connection& c) {
    std::map<std::string, CategorySla, std::less<>> out;
    auto st = c.prepare("SELECT category_code, slot, amount, unit FROM category_sla");
    while (st.step()) {
        const std::string slot = st.text(1);
        SlaFigure f{st.int64(2), st.text(3) == "working_days" ? SlaUnit::working_days : SlaUnit::working_hours};
        for (const auto& [name, member] : kSlaSlots)
            if (slot == name) out[st.text(0)].*member = f;
    }
    st.reset();
    return out;
}

void save_category_sla(Connection& c, const std::string& code, const CategorySla& sla) {
    c.prepare("DELETE FROM category_sla WHERE category_code = ?").bind_all(code).run();
    for (const auto& [name, member] : kSlaSlots) {
        const auto& figure = sla.*member;
        if (!figure) continue;
        c.prepare("INSERT INTO category_sla(category_code, slot, amount, unit) VALUES (?,?,?,?)")
            .bind_all(code, std::string(name), figure->amount,
                      std::string(figure->unit == SlaUnit::working_days ? "working_days" : "working_hours"))
            .run();
    }
}

// ---------------------------------------------------------------- holidays
std::vector<HolidayOverrideRow> list_holiday_overrides(Connection& c) {
    auto st = c.prepare("SELECT id, date, kind, name FROM holiday_overrides ORDER BY date");
    std::vector<HolidayOverrideRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
    st.reset();
    return out;
}

std::optional<HolidayOverrideRow> find_holiday_override(Connection& c, std::int64_t id) {
    auto st = c.prepare("SELECT id, date, kind, name FROM holiday_overrides WHERE id = ?");
    st.bind_all(id);
    std::optional<HolidayOverrideRow> out;
    if (st.step()) out = HolidayOverrideRow{st.int64(0), st.text(1), st.text(2), st.text(3)};
    st.reset();
    return out;
}

std::optional<HolidayOverrideRow> find_holiday_override_on(Connection& c, const std::string& date) {
    auto st = c.prepare("SELECT id, date, kind, name FROM holiday_overrides WHERE date = ?");
    st.bind_all(date);
    std::optional<HolidayOverrideRow> out;
    if (st.step()) out = HolidayOverrideRow{st.int64(0), st.text(1), st.text(2), st.text(3)};
    st.reset();
    return out;
}

std::int64_t insert_holiday_override(Connection& c, const HolidayOverrideRow& h, std::optional<std::int64_t> by,
                                     std::int64_t now) {
    c.prepare("INSERT INTO holiday_overrides(date, kind, name, created_at, created_by) VALUES (?,?,?,?,?)")
        .bind_all(h.date, h.kind, h.name, now, by)
        .run();
    return c.last_insert_id();
}

void delete_holiday_override(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM holiday_overrides WHERE id = ?").bind_all(id).run();
}

// ---------------------------------------------------------------- announcements
AnnouncementPage list_announcements(Connection& c, bool published_only, const std::string& kind, int page,
                                    int page_size, bool with_body) {
    std::string where = " WHERE 1=1";
    if (published_only) where += " AND published = 1";
    if (!kind.empty()) where += " AND kind = ?1";
    AnnouncementPage out;
    {
        auto st = c.prepare("SELECT COUNT(*) FROM announcements" + where);
        if (!kind.empty()) st.bind(1, kind);
        out.total = st.step() ? st.int64(0) : 0;
        st.reset();
    }
    // Published first by publication time; drafts (admin list) by creation.
    std::string sql = std::string("SELECT ") + kAnnouncementColumns + (with_body ? ", body" : "") +
                      " FROM announcements" + where +
                      " ORDER BY published DESC, COALESCE(published_at, created_at) DESC, id DESC LIMIT ?2 OFFSET ?3";
    auto st = c.prepare(sql);
    if (!kind.empty()) st.bind(1, kind);
    st.bind(2, static_cast<std::int64_t>(page_size));
    st.bind(3, static_cast<std::int64_t>(page - 1) * page_size);
    while (st.step())
        out.rows.push_back(read_announcement(st, with_body));
    st.reset();
    return out;
}

std::optional<AnnouncementRow> find_announcement(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string("SELECT ") + kAnnouncementColumns + ", body FROM announcements WHERE id = ?");
    st.bind_all(id);
    std::optional<AnnouncementRow> out;
    if (st.step()) out = read_announcement(st, true);
    st.reset();
    return out;
}

std::int64_t insert_announcement(Connection& c, const AnnouncementRow& a) {
    c.prepare(
         "INSERT INTO announcements(title, summary, body, kind, published, published_at, created_at, updated_at, "
         "created_by) VALUES (?,?,?,?,?,?,?,?,?)")
        .bind_all(a.title, a.summary, a.body, a.kind, a.published ? 1 : 0, a.published_at, a.created_at, a.updated_at,
                  a.created_by)
        .run();
    return c.last_insert_id();
}

void update_announcement(Connection& c, const AnnouncementRow& a) {
    c.prepare(
         "UPDATE announcements SET title = ?, summary = ?, body = ?, kind = ?, published = ?, published_at = ?, "
         "updated_at = ? WHERE id = ?")
        .bind_all(a.title, a.summary, a.body, a.kind, a.published ? 1 : 0, a.published_at, a.updated_at, a.id)
        .run();
}

void delete_announcement(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM announcements WHERE id = ?").bind_all(id).run();
}

std::int64_t count_announcements(Connection& c) {
    return c.scalar_int("SELECT COUNT(*) FROM announcements").value_or(0);
}

// ---------------------------------------------------------------- settings
std::optional<std::string> get_setting(Connection& c, const std::string& key) {
    auto st = c.prepare("SELECT value FROM settings WHERE key = ?");
    st.bind_all(key);
    std::optional<std::string> out;
    if (st.step()) out = st.text(0);
    st.reset();
    return out;
}

void set_setting(Connection& c, const std::string& key, const std::string& value) {
    c.prepare(
         "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
         "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")
        .bind_all(key, value)
        .run();
}

// ---------------------------------------------------------------- maintenance
void checkpoint(const std::string& db_path) {
    Connection c(db_path, false);
    c.exec("PRAGMA optimize");
    c.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace pakn::server::store
