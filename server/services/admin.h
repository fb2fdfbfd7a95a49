// Administration (Quản trị hệ thống): units, officer accounts, categories
// with their deadlines, the holiday calendar, run-time settings, and the
// announcements (Thông báo, tin tức) the portal publishes. Every form is
// judged by the shared rules (forms.h, dto_public.h); every change is one
// transaction with its audit_log row; changes to deadlines, holidays or
// office hours rebuild the working calendar at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/dto.h"
#include "pakn/dto_admin.h"
#include "pakn/errors.h"
#include "base/clock.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class AuthService;
class CalendarService;

// Who makes an administrative change (for the audit log).
struct AdminActor {
    std::optional<std::int64_t> account_id;  // nullopt: the operator's console
    std::string ip;
};

class AdminService {
public:
    AdminService(store::Database& db, const Clock& clock, AuthService& auth, CalendarService& calendar,
                 std::atomic<std::int64_t>& rating_window_seconds);

    // Builds the working calendar from the database (holiday corrections,
    // category deadlines, office hours) and the rating window, and installs
    // them. Called at start and after every change to them.
    void reload_calendar();

    // ---- units (Đơn vị). Existing codes that predate the code rule (e.g.
    // "SO-XD") may be kept as they are when a unit is edited.
    std::vector<Unit> units();
    Result<Unit> create_unit(const AdminActor& actor, const UnitForm& form);
    Result<Unit> update_unit(const AdminActor& actor, std::int64_t id, const UnitForm& form);
    Result<Unit> set_unit_active(const AdminActor& actor, std::int64_t id, bool active);

    // ---- officer accounts. `q` matches name, username or unit, with or
    // without diacritics.
    Page<Officer> officers(const std::string& q, std::optional<std::int64_t> unit, int page, int page_size);
    Result<IssuedPassword> create_officer(const AdminActor& actor, const OfficerForm& form);
    Result<Officer> update_officer(const AdminActor& actor, std::int64_t id, const OfficerForm& form);
    // Disabling ends the officer's sessions; nobody may disable themselves.
    // The last active admin can be neither disabled nor demoted (update):
    // 409 last_admin with a field error on "role".
    Result<Officer> set_officer_active(const AdminActor& actor, std::int64_t id, bool active);
    // A new one-time password (to change at the next sign-in); sessions end.
    Result<IssuedPassword> reset_password(const AdminActor& actor, std::int64_t id);

    // ---- categories (Lĩnh vực) with default unit and SLA overrides.
    std::vector<Category> categories();
    Result<Category> create_category(const AdminActor& actor, const CategoryForm& form);
    // The code is the category's identity (reports refer to it): it cannot change.
    Result<Category> update_category(const AdminActor& actor, const std::string& code, const CategoryForm& form);
    Result<Category> set_category_active(const AdminActor& actor, const std::string& code, bool active);

    // ---- holidays: the computed days off of a year and the corrections.
    Result<HolidayYear> holiday_year(std::int64_t year);
    Result<HolidayYear> add_holiday_correction(const AdminActor& actor, const HolidayForm& form);
    Result<HolidayYear> delete_holiday_correction(const AdminActor& actor, std::int64_t id);

    // ---- settings (rating window, office hours, working weekdays).
    SettingsForm settings();
    Result<SettingsForm> update_settings(const AdminActor& actor, const SettingsForm& form);

    // ---- outbox ("Tin nhắn đã gửi"): what went out by SMS and e-mail,
    // newest first, recipients masked, each SMS with its segment count.
    Page<OutboxMessage> outbox(const OutboxQuery& q);

private:
    store::Database& db_;
    const Clock& clock_;
    AuthService& auth_;
    CalendarService& calendar_;
    std::atomic<std::int64_t>& rating_window_seconds_;
};

// Thông báo, tin tức: the public reads the published ones; admins write.
class AnnouncementService {
public:
    AnnouncementService(store::Database& db, const Clock& clock);

    // Published only, newest publication first; items carry the summary,
    // not the body. `kind` "" = all kinds.
    Page<Announcement> published(int page, int page_size, const std::string& kind);
    // One published announcement with its body, or nullopt (also for drafts).
    std::optional<Announcement> published_one(std::int64_t id);

    // Admin: every announcement (drafts too), with bodies.
    Page<Announcement> all(int page, int page_size, const std::string& kind);
    std::optional<Announcement> find(std::int64_t id);
    Result<Announcement> create(const AdminActor& actor, const AnnouncementForm& form);
    Result<Announcement> update(const AdminActor& actor, std::int64_t id, const AnnouncementForm& form);
    Result<Announcement> set_published(const AdminActor& actor, std::int64_t id, bool published);
    // Removes it; false when it did not exist.
    bool remove(const AdminActor& actor, std::int64_t id);

private:
    store::Database& db_;
    const Clock& clock_;
};

}  // namespace pakn::server::services
