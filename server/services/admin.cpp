// [SECTION] index: helpers, calendar, units, officers, categories, holidays,
// settings, announcements.
#include "services/admin.h"

#include <algorithm>

#include "pakn/calendar.h"
#include "pakn/ids.h"
#include "pakn/sms_text.h"
#include "pakn/text.h"
#include "services/auth.h"
#include "services/calendar_service.h"
#include "services/crypto.h"
#include "store/accounts_store.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/outbox_store.h"

namespace pakn::server::services {
namespace {

using store::Connection;

ApiError not_found() {
    return api_error(404, "not_found");
}

template <typename T>
Result<T> fail(ApiError e) {
    return Result<T>::failure(std::move(e));
}

void audit(Connection& c, std::int64_t now, const AdminActor& actor, const std::string& action,
           const std::string& subject, const std::string& detail) {
    store::audit(c, now, actor.account_id, action, subject, actor.ip, detail);
}

// ---- conversions to the DTOs of the contract
Unit to_unit(const store::UnitRow& u) {
    return Unit{u.id, u.code, u.name, u.kind, u.address, u.phone, u.email, u.commune_code, u.active};
}

Officer to_officer(const store::AccountRow& a) {
    Officer o;
    o.id = a.id;
    o.username = a.login;
    o.full_name = a.full_name;
    o.unit_id = a.unit_id;
    o.unit_name = a.unit_name;
    o.role = a.role;
    o.phone = a.phone;
    o.email = a.email;
    o.active = a.status == "active";
    o.created_at = a.created_at;
    return o;
}

Category to_category(const store::CategoryRow& r, const CategorySla& sla) {
    Category c;
    c.id = r.id;
    c.code = r.code;
    c.name = r.name;
    c.group = r.group;
    c.default_unit_id = r.default_unit_id;
    c.default_unit_name = r.default_unit_name;
    c.sla = sla;
    c.active = r.active;
    c.commune_level = r.commune_level;
    return c;
}

Announcement to_announcement(const store::AnnouncementRow& a) {
    Announcement out;
    out.id = a.id;
    out.title = a.title;
    out.summary = a.summary;
    out.body = a.body;
    out.kind = a.kind;
    out.published = a.published;
    out.published_at = a.published_at;
    out.created_at = a.created_at;
    return out;
}

// The same alphabet as new officer accounts: no look-alike letters, two digits.
std::string one_time_password() {
    static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    std::string p;
    for (int i = 0; i < 10; ++i)
        p.push_back(kAlphabet[crypto::random_int(0, 47)]);
    return p + crypto::random_digits(2);
}

// ---- settings stored as text (0007_admin.sql)
std::string sessions_text(const SettingsForm& f) {
    std::string out;
    for (const auto& s : f.sessions)
        out += (out.empty() ? "" : ",") + s.start + "-" + s.end;
    return out;
}

std::string weekdays_text(const SettingsForm& f) {
    std::string out;
    for (auto d : f.working_weekdays)
        out += (out.empty() ? "" : ",") + std::to_string(d);
    return out;
}

// The stored settings, or the defaults for anything missing or unreadable.
SettingsForm read_settings(Connection& c) {
    SettingsForm f = default_settings();
    if (auto v = store::get_setting(c, "rating_window_days")) {
        const long long days = std::atoll(v->c_str());
        if (days >= 1 && days <= 365) f.rating_window_days = days;
    }
    SettingsForm stored = f;
    if (auto v = store::get_setting(c, "work_sessions")) {
        stored.sessions.clear();
        std::size_t start = 0;
        while (start < v->size()) {
            auto end = v->find(',', start);
            if (end == std::string::npos) end = v->size();
            const std::string item = v->substr(start, end - start);
            const auto dash = item.find('-');
            if (dash != std::string::npos) stored.sessions.push_back({item.substr(0, dash), item.substr(dash + 1)});
            start = end + 1;
        }
    }
    if (auto v = store::get_setting(c, "working_weekdays")) {
        stored.working_weekdays.clear();
        for (char ch : *v)
            if (ch >= '1' && ch <= '7') stored.working_weekdays.push_back(ch - '0');
    }
    if (auto v = store::get_setting(c, "tile_url")) stored.tile_url = *v;
    if (auto v = store::get_setting(c, "tile_attribution")) stored.tile_attribution = *v;
    if (auto cleaned = clean(stored)) f = cleaned.value;
    return f;
}

HolidayOverrides overrides_of(const std::vector<store::HolidayOverrideRow>& rows) {
    HolidayOverrides o;
    for (const auto& r : rows) {
        const auto d = parse_date(r.date);
        if (!d) continue;
        if (r.kind == "add")
            o.added.push_back(Holiday{*d, HolidayKind::extra, r.name});
        else if (r.kind == "remove")
            o.removed.push_back(*d);
        else if (r.kind == "working_day")
            o.working_days.push_back(*d);
    }
    return o;
}

}  // namespace

AdminService::AdminService(store::Database& db, const Clock& clock, AuthService& auth, CalendarService& calendar,
                           std::atomic<std::int64_t>& rating_window_seconds)
    : db_(db), clock_(clock), auth_(auth), calendar_(calendar), rating_window_seconds_(rating_window_seconds) {}

// ---------------------------------------------------------------- calendar
void AdminService::reload_calendar() {
    std::vector<store::HolidayOverrideRow> overrides;
    std::map<std::string, CategorySla, std::less<>> slas;
    SettingsForm settings;
    db_.read([&](Connection& c) {
        overrides = store::list_holiday_overrides(c);
        slas = store::category_slas(c);
        settings = read_settings(c);
        return 0;
    });
    SlaPolicy policy;
    policy.by_category = std::move(slas);
    const int year = local_date(clock_.now()).year;
    calendar_.replace(CalendarService::build(year, overrides_of(overrides), policy, to_schedule(settings)));
    rating_window_seconds_ = settings.rating_window_days * 86400;
}

// ---------------------------------------------------------------- units
std::vector<Unit> AdminService::units() {
    auto rows = db_.read([](Connection& c) { return store::list_units(c, true); });
    std::vector<Unit> out;
    for (const auto& u : rows)
        out.push_back(to_unit(u));
    return out;
}

namespace {
store::UnitRow unit_row(const UnitForm& f) {
    store::UnitRow u;
    u.code = f.code;
    u.name = f.name;
    u.kind = f.kind;
    u.address = f.address;
    u.phone = f.phone;
    u.email = f.email;
    u.commune_code = f.kind == "commune" || !f.commune_code.empty() ? f.commune_code : "";
    u.name_folded = fold_for_search(f.name + " " + f.address);
    return u;
}
}  // namespace

Result<Unit> AdminService::create_unit(const AdminActor& actor, const UnitForm& form) {
    auto v = clean(form);
    if (!v) return fail<Unit>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    store::UnitRow row = unit_row(v.value);
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::find_unit_by_code(c, row.code))
            return api_error(409, "unit_code_taken", {field_error("code", "unit_code_taken")});
        row.id = store::insert_unit(c, row);
        audit(c, now, actor, "unit_created", "unit:" + std::to_string(row.id), encode(v.value));
        return std::nullopt;
    });
    if (refused) return fail<Unit>(*refused);
    return Result<Unit>::success(to_unit(row));
}

Result<Unit> AdminService::update_unit(const AdminActor& actor, std::int64_t id, const UnitForm& form) {
    const auto now = clock_.now();
    std::optional<Unit> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_unit(c, id);
        if (!existing) return not_found();
        auto v = clean(form);
        if (!v) return validation_failed(std::move(v.errors));
        store::UnitRow row = unit_row(v.value);
        row.id = id;
        row.active = existing->active;
        if (row.code != existing->code && store::find_unit_by_code(c, row.code))
            return api_error(409, "unit_code_taken", {field_error("code", "unit_code_taken")});
        store::update_unit(c, row);
        audit(c, now, actor, "unit_updated", "unit:" + std::to_string(id), encode(v.value));
        saved = to_unit(row);
        return std::nullopt;
    });
    if (refused) return fail<Unit>(*refused);
    return Result<Unit>::success(*saved);
}

Result<Unit> AdminService::set_unit_active(const AdminActor& actor, std::int64_t id, bool active) {
    const auto now = clock_.now();
    std::optional<Unit> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_unit(c, id);
        if (!existing) return not_found();
        store::set_unit_active(c, id, active);
        existing->active = active;
        audit(c, now, actor, active ? "unit_activated" : "unit_deactivated", "unit:" + std::to_string(id), "");
        saved = to_unit(*existing);
        return std::nullopt;
    });
    if (refused) return fail<Unit>(*refused);
    return Result<Unit>::success(*saved);
}

// ---------------------------------------------------------------- officers
Page<Officer> AdminService::officers(const std::string& q, std::optional<std::int64_t> unit, int page, int page_size) {
    auto rows = db_.read([&](Connection& c) { return store::list_officers(c, unit); });
    const auto words = fold_tokens(q);
    Page<Officer> out;
    out.page = page;
    out.page_size = page_size;
    std::int64_t index = 0;
    const std::int64_t first = static_cast<std::int64_t>(page - 1) * page_size;
    for (const auto& a : rows) {
        const std::string hay = " " + fold_for_search(a.full_name + " " + a.login + " " + a.unit_name);
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const std::string& w) { return hay.find(" " + w) != std::string::npos; });
        if (!match) continue;
        if (index >= first && index < first + page_size) out.items.push_back(to_officer(a));
        ++index;
    }
    out.total = index;
    return out;
}

namespace {

// An e-mail address with only the mailbox's first letter and the domain
// shown: "xuly2.xd@khanhhoa.gov.vn" -> "x***@khanhhoa.gov.vn".
std::string mask_email(const std::string& address) {
    const auto at = address.find('@');
    if (at == std::string::npos || at == 0) return "***";
    return address.substr(0, 1) + "***" + address.substr(at);
}

// The outbox's states as the admin reads them: waiting and being handed
// over are both "queued".
std::string shown_status(const std::string& stored) {
    return stored == "pending" || stored == "sending" ? "queued" : stored;
}

std::vector<std::string> stored_statuses(const std::string& shown) {
    if (shown.empty()) return {};
    if (shown == "queued") return {"pending", "sending"};
    return {shown};
}

OutboxMessage to_outbox_message(const store::OutboxRow& r) {
    OutboxMessage m;
    m.id = r.id;
    m.channel = r.channel;
    m.recipient = r.channel == "sms" ? mask_phone(r.recipient) : mask_email(r.recipient);
    m.kind = r.purpose;
    m.body = r.body;
    m.status = shown_status(r.status);
    m.attempts = r.attempts;
    m.created_at = r.created_at;
    if (r.sent_at) m.sent_at = r.sent_at;
    if (r.channel == "sms") {
        const SmsSegments s = sms_segments(r.body);
        m.segments = s.segments;
        m.encoding = std::string(to_string(s.encoding));
    }
    return m;
}

}  // namespace

Page<OutboxMessage> AdminService::outbox(const OutboxQuery& q) {
    const std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.page_size;
    auto found = db_.read([&](Connection& c) {
        return store::outbox_page(c, q.channel, stored_statuses(q.status), q.page_size, offset);
    });
    Page<OutboxMessage> out;
    out.page = q.page;
    out.page_size = q.page_size;
    out.total = found.total;
    for (const auto& r : found.rows) out.items.push_back(to_outbox_message(r));
    return out;
}

Result<IssuedPassword> AdminService::create_officer(const AdminActor& actor, const OfficerForm& form) {
    auto v = clean(form);
    if (!v) return fail<IssuedPassword>(validation_failed(std::move(v.errors)));
    auto created = auth_.create_officer(v.value);
    if (!created) return fail<IssuedPassword>(created.error);
    const auto now = clock_.now();
    db_.write([&](Connection& c) {
        audit(c, now, actor, "officer_created_by_admin", "account:" + std::to_string(created.value.account.id),
              encode(v.value));
    });
    return Result<IssuedPassword>::success(
        IssuedPassword{to_officer(created.value.account), created.value.one_time_password});
}

Result<Officer> AdminService::update_officer(const AdminActor& actor, std::int64_t id, const OfficerForm& form) {
    auto v = clean(form);
    if (!v) return fail<Officer>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    const OfficerForm& f = v.value;
    std::optional<Officer> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_account(c, id);
        if (!existing || existing->status == "deleted") return not_found();
        if (existing->kind != "officer") return api_error(409, "not_an_officer");
        if (f.username != existing->login && store::find_account_by_login(c, f.username))
            return api_error(409, "username_taken", {field_error("username", "username_taken")});
        // The system keeps at least one active admin (checked in the writer,
        // so two admins demoting each other at once cannot both succeed).
        if (existing->role == "admin" && f.role != "admin" && existing->status == "active" &&
            store::active_admins(c) <= 1)
            return api_error(409, "last_admin", {field_error("role", "last_admin")});
        auto unit = store::find_unit(c, *f.unit_id);
        if (!unit || !unit->active) return validation_failed({field_error("unit_id", "unknown_unit")});
        store::update_officer(c, id, f.username, f.full_name, *f.unit_id, f.role, f.phone, f.email, now);
        audit(c, now, actor, "officer_updated", "account:" + std::to_string(id), encode(f));
        saved = to_officer(store::find_account(c, id).value_or(*existing));
        return std::nullopt;
    });
    if (refused) return fail<Officer>(*refused);
    return Result<Officer>::success(*saved);
}

Result<Officer> AdminService::set_officer_active(const AdminActor& actor, std::int64_t id, bool active) {
    if (!active && actor.account_id && *actor.account_id == id)
        return fail<Officer>(api_error(409, "cannot_disable_self"));
    const auto now = clock_.now();
    std::optional<Officer> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_account(c, id);
        if (!existing || existing->status == "deleted") return not_found();
        if (existing->kind != "officer") return api_error(409, "not_an_officer");
        if (!active && existing->role == "admin" && existing->status == "active" && store::active_admins(c) <= 1)
            return api_error(409, "last_admin", {field_error("role", "last_admin")});
        store::set_account_status(c, id, active ? "active" : "disabled", now);
        // A disabled officer is out at once, not when the session expires.
        if (!active) store::delete_sessions_of(c, id, "");
        audit(c, now, actor, active ? "officer_enabled" : "officer_disabled", "account:" + std::to_string(id), "");
        saved = to_officer(store::find_account(c, id).value_or(*existing));
        return std::nullopt;
    });
    if (refused) return fail<Officer>(*refused);
    return Result<Officer>::success(*saved);
}

Result<IssuedPassword> AdminService::reset_password(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    const std::string password = one_time_password();
    // Hashing is slow on purpose: do it before taking the writer.
    auto hashed = auth_.hash_password(password);
    if (!hashed) return fail<IssuedPassword>(hashed.error);
    const std::string& hash = hashed.value;
    std::optional<Officer> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_account(c, id);
        if (!existing || existing->status == "deleted") return not_found();
        if (existing->kind != "officer") return api_error(409, "not_an_officer");
        store::update_password(c, id, hash, true, now);
        store::delete_sessions_of(c, id, "");
        audit(c, now, actor, "officer_password_reset", "account:" + std::to_string(id), "");
        saved = to_officer(*existing);
        return std::nullopt;
    });
    if (refused) return fail<IssuedPassword>(*refused);
    return Result<IssuedPassword>::success(IssuedPassword{*saved, password});
}

// ---------------------------------------------------------------- categories
std::vector<Category> AdminService::categories() {
    std::vector<store::CategoryRow> rows;
    std::map<std::string, CategorySla, std::less<>> slas;
    db_.read([&](Connection& c) {
        rows = store::list_categories(c);
        slas = store::category_slas(c);
        return 0;
    });
    std::vector<Category> out;
    for (const auto& r : rows) {
        auto it = slas.find(r.code);
        out.push_back(to_category(r, it == slas.end() ? CategorySla{} : it->second));
    }
    return out;
}

Result<Category> AdminService::create_category(const AdminActor& actor, const CategoryForm& form) {
    auto v = clean(form);
    if (!v) return fail<Category>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    const CategoryForm& f = v.value;
    std::optional<Category> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::find_category(c, f.code))
            return api_error(409, "category_code_taken", {field_error("code", "category_code_taken")});
        if (f.default_unit_id) {
            auto unit = store::find_unit(c, *f.default_unit_id);
            if (!unit || !unit->active) return validation_failed({field_error("default_unit_id", "unknown_unit")});
        }
        store::CategoryRow row;
        row.code = f.code;
        row.name = f.name;
        row.group = f.group;
        row.default_unit_id = f.default_unit_id;
        row.commune_level = f.commune_level;
        store::insert_category(c, row);
        store::save_category_sla(c, f.code, f.sla);
        audit(c, now, actor, "category_created", "category:" + f.code, encode(f));
        saved = to_category(store::find_category(c, f.code).value_or(row), f.sla);
        return std::nullopt;
    });
    if (refused) return fail<Category>(*refused);
    reload_calendar();
    return Result<Category>::success(*saved);
}

Result<Category> AdminService::update_category(const AdminActor& actor, const std::string& code,
                                               const CategoryForm& form) {
    auto v = clean(form);
    if (!v) return fail<Category>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    const CategoryForm& f = v.value;
    std::optional<Category> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_category(c, code);
        if (!existing) return not_found();
        if (f.code != code) return validation_failed({field_error("code", "code_cannot_change")});
        if (f.default_unit_id) {
            auto unit = store::find_unit(c, *f.default_unit_id);
            if (!unit || !unit->active) return validation_failed({field_error("default_unit_id", "unknown_unit")});
        }
        store::CategoryRow row = *existing;
        row.name = f.name;
        row.group = f.group;
        row.default_unit_id = f.default_unit_id;
        row.commune_level = f.commune_level;
        store::update_category(c, row);
        store::save_category_sla(c, code, f.sla);
        audit(c, now, actor, "category_updated", "category:" + code, encode(f));
        saved = to_category(store::find_category(c, code).value_or(row), f.sla);
        return std::nullopt;
    });
    if (refused) return fail<Category>(*refused);
    // New deadlines apply to steps that start from now on.
    reload_calendar();
    return Result<Category>::success(*saved);
}

Result<Category> AdminService::set_category_active(const AdminActor& actor, const std::string& code, bool active) {
    const auto now = clock_.now();
    std::optional<Category> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_category(c, code);
        if (!existing) return not_found();
        store::set_category_active(c, code, active);
        existing->active = active;
        audit(c, now, actor, active ? "category_activated" : "category_deactivated", "category:" + code, "");
        auto slas = store::category_slas(c);
        auto it = slas.find(code);
        saved = to_category(*existing, it == slas.end() ? CategorySla{} : it->second);
        return std::nullopt;
    });
    if (refused) return fail<Category>(*refused);
    return Result<Category>::success(*saved);
}

// ---------------------------------------------------------------- holidays
Result<HolidayYear> AdminService::holiday_year(std::int64_t year) {
    if (year < 1900 || year > 2199) return fail<HolidayYear>(validation_failed({field_error("year", "invalid_year")}));
    auto rows = db_.read([](Connection& c) { return store::list_holiday_overrides(c); });
    const auto calendar = HolidayCalendar::build(static_cast<int>(year), static_cast<int>(year), overrides_of(rows));
    HolidayYear out;
    out.year = year;
    for (const auto& h : calendar.holidays_in(static_cast<int>(year)))
        out.days.push_back(to_holiday_entry(h));
    const std::string prefix = std::to_string(year) + "-";
    for (const auto& r : rows) {
        if (!r.date.starts_with(prefix)) continue;
        HolidayEntry e;
        e.id = r.id;
        e.date = parse_date(r.date).value_or(Date{});
        e.name = r.name;
        e.kind = r.kind;
        out.corrections.push_back(std::move(e));
    }
    return Result<HolidayYear>::success(std::move(out));
}

Result<HolidayYear> AdminService::add_holiday_correction(const AdminActor& actor, const HolidayForm& form) {
    auto v = clean(form);
    if (!v) return fail<HolidayYear>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    const HolidayForm& f = v.value;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::find_holiday_override_on(c, f.date))
            return api_error(409, "holiday_correction_exists", {field_error("date", "holiday_correction_exists")});
        const auto id = store::insert_holiday_override(c, {0, f.date, f.kind, f.name}, actor.account_id, now);
        audit(c, now, actor, "holiday_correction_added", "holiday:" + std::to_string(id), encode(f));
        return std::nullopt;
    });
    if (refused) return fail<HolidayYear>(*refused);
    reload_calendar();
    return holiday_year(parse_date(f.date).value_or(Date{}).year);
}

Result<HolidayYear> AdminService::delete_holiday_correction(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    std::string date;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto existing = store::find_holiday_override(c, id);
        if (!existing) return not_found();
        date = existing->date;
        store::delete_holiday_override(c, id);
        audit(c, now, actor, "holiday_correction_removed", "holiday:" + std::to_string(id),
              existing->date + " " + existing->kind);
        return std::nullopt;
    });
    if (refused) return fail<HolidayYear>(*refused);
    reload_calendar();
    return holiday_year(parse_date(date).value_or(Date{}).year);
}

// ---------------------------------------------------------------- settings
SettingsForm AdminService::settings() {
    return db_.read([](Connection& c) { return read_settings(c); });
}

Result<SettingsForm> AdminService::update_settings(const AdminActor& actor, const SettingsForm& form) {
    auto v = clean(form);
    if (!v) return fail<SettingsForm>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    db_.write([&](Connection& c) {
        store::set_setting(c, "rating_window_days", std::to_string(v.value.rating_window_days));
        store::set_setting(c, "work_sessions", sessions_text(v.value));
        store::set_setting(c, "working_weekdays", weekdays_text(v.value));
        store::set_setting(c, "tile_url", v.value.tile_url);
        store::set_setting(c, "tile_attribution", v.value.tile_attribution);
        audit(c, now, actor, "settings_updated", "settings", encode(v.value));
    });
    reload_calendar();
    return Result<SettingsForm>::success(v.value);
}

// ---------------------------------------------------------------- announcements
AnnouncementService::AnnouncementService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

namespace {
Page<Announcement> to_page(const store::AnnouncementPage& p, int page, int page_size) {
    Page<Announcement> out;
    out.total = p.total;
    out.page = page;
    out.page_size = page_size;
    for (const auto& a : p.rows)
        out.items.push_back(to_announcement(a));
    return out;
}
}  // namespace

Page<Announcement> AnnouncementService::published(int page, int page_size, const std::string& kind) {
    auto p = db_.read([&](Connection& c) { return store::list_announcements(c, true, kind, page, page_size, false); });
    return to_page(p, page, page_size);
}

std::optional<Announcement> AnnouncementService::published_one(std::int64_t id) {
    auto a = db_.read([&](Connection& c) { return store::find_announcement(c, id); });
    if (!a || !a->published) return std::nullopt;
    return to_announcement(*a);
}

Page<Announcement> AnnouncementService::all(int page, int page_size, const std::string& kind) {
    auto p = db_.read([&](Connection& c) { return store::list_announcements(c, false, kind, page, page_size, true); });
    return to_page(p, page, page_size);
}

std::optional<Announcement> AnnouncementService::find(std::int64_t id) {
    auto a = db_.read([&](Connection& c) { return store::find_announcement(c, id); });
    if (!a) return std::nullopt;
    return to_announcement(*a);
}

Result<Announcement> AnnouncementService::create(const AdminActor& actor, const AnnouncementForm& form) {
    auto v = clean(form);
    if (!v) return fail<Announcement>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    store::AnnouncementRow a;
    a.title = v.value.title;
    a.summary = v.value.summary;
    a.body = v.value.body;
    a.kind = v.value.kind;
    a.published = v.value.published;
    if (a.published) a.published_at = now;
    a.created_at = a.updated_at = now;
    a.created_by = actor.account_id;
    db_.write([&](Connection& c) {
        a.id = store::insert_announcement(c, a);
        audit(c, now, actor, "announcement_created", "announcement:" + std::to_string(a.id), a.title);
    });
    return Result<Announcement>::success(to_announcement(a));
}

Result<Announcement> AnnouncementService::update(const AdminActor& actor, std::int64_t id,
                                                 const AnnouncementForm& form) {
    auto v = clean(form);
    if (!v) return fail<Announcement>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    std::optional<Announcement> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto a = store::find_announcement(c, id);
        if (!a) return not_found();
        a->title = v.value.title;
        a->summary = v.value.summary;
        a->body = v.value.body;
        a->kind = v.value.kind;
        if (v.value.published && !a->published_at) a->published_at = now;
        a->published = v.value.published;
        a->updated_at = now;
        store::update_announcement(c, *a);
        audit(c, now, actor, "announcement_updated", "announcement:" + std::to_string(id), a->title);
        saved = to_announcement(*a);
        return std::nullopt;
    });
    if (refused) return fail<Announcement>(*refused);
    return Result<Announcement>::success(*saved);
}

Result<Announcement> AnnouncementService::set_published(const AdminActor& actor, std::int64_t id, bool published) {
    const auto now = clock_.now();
    std::optional<Announcement> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto a = store::find_announcement(c, id);
        if (!a) return not_found();
        if (published && !a->published_at) a->published_at = now;
        a->published = published;
        a->updated_at = now;
        store::update_announcement(c, *a);
        audit(c, now, actor, published ? "announcement_published" : "announcement_unpublished",
              "announcement:" + std::to_string(id), "");
        saved = to_announcement(*a);
        return std::nullopt;
    });
    if (refused) return fail<Announcement>(*refused);
    return Result<Announcement>::success(*saved);
}

bool AnnouncementService::remove(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto a = store::find_announcement(c, id);
        if (!a) return not_found();
        store::delete_announcement(c, id);
        audit(c, now, actor, "announcement_deleted", "announcement:" + std::to_string(id), a->title);
        return std::nullopt;
    });
    return !refused;
}

}  // namespace pakn::server::services
