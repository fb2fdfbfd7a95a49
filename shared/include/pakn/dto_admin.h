// DTOs of the administration beyond dto.h: the admin's issued passwords, the
// holiday calendar of a year and the run-time settings form with its rules.
// Same wire rules as dto.h (strict decoding, never throws).
//
// [SECTION] index: admin (officers, holidays, settings, outbox), to_json/from_json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/dto.h"
#include "pakn/url.h"

namespace pakn {

// [SECTION] admin -----------------------------------------------------------------

// POST /admin/officers (201) and POST /admin/officers/{id}/reset-password: the
// officer and the one-time password, shown to the admin exactly once. Both required.
struct IssuedPassword {
    Officer officer;
    std::string one_time_password;

    bool operator==(const IssuedPassword&) const = default;
};

// GET /admin/holidays?year=Y: the days off of the year as the calendar now
// has them (statutory rules with the corrections applied; kinds as
// HolidayEntry says), and the admin's corrections touching that year (with
// their ids, kinds "add" | "remove" | "working_day"). All required.
struct HolidayYear {
    std::int64_t year = 0;
    std::vector<HolidayEntry> days;
    std::vector<HolidayEntry> corrections;

    bool operator==(const HolidayYear&) const = default;
};

// One office session, "HH:MM" 24-hour Vietnam time, start before end. Both required.
struct WorkSessionText {
    std::string start;
    std::string end;

    bool operator==(const WorkSessionText&) const = default;
};

// How long a resolved report waits for its rating before it closes, unless
// the admin sets otherwise (domain.md).
inline constexpr std::int64_t kDefaultRatingWindowDays = 30;

// GET/PUT /admin/settings. rating_window_days: how long a resolved report
// waits for its rating before it closes (1..365). sessions: office hours of
// a working day, in order, not overlapping. working_weekdays: ISO numbers,
// 1 = Thứ Hai (Monday) .. 7 = Chủ nhật. Required on the wire:
// rating_window_days, sessions.
struct SettingsForm {
    std::int64_t rating_window_days = kDefaultRatingWindowDays;
    std::vector<WorkSessionText> sessions;
    std::vector<std::int64_t> working_weekdays;
    // The base map from an outside XYZ tile server (nền bản đồ): its URL
    // template ({z}, {x}, {y}) and the credit its licence requires; "" for
    // none. A base map the server was started with (--tiles-mbtiles,
    // --tiles-url) wins: tile_source_fixed says so (sent, never read).
    std::string tile_url;
    std::string tile_attribution;
    bool tile_source_fixed = false;

    bool operator==(const SettingsForm&) const = default;
};

// The defaults of domain.md: 30 days; 07:00–11:30, 13:30–17:00; Monday–Friday.
SettingsForm default_settings();

// "07:30" -> 450; nullopt unless exactly HH:MM with HH 00..24, MM 00..59, at most 24:00.
std::optional<int> parse_clock_minutes(std::string_view hhmm);
// 450 -> "07:30".
std::string format_clock_minutes(int minutes);

// Checks and normalises (sessions sorted, weekdays sorted and distinct).
// Codes: invalid_rating_window (rating_window_days), invalid_time
// ("sessions[i].start" / ".end"), invalid_work_sessions (sessions: none,
// overlapping, or end not after start), invalid_weekday
// ("working_weekdays"), no_working_days; tile_url: check_tile_url's codes
// (tiles.h); tile_attribution: tile_attribution_required (with a URL),
// tile_attribution_too_long (over 300 characters).
Validated<SettingsForm> clean(const SettingsForm& f);
FieldErrors validate(const SettingsForm& f);

// The weekdays and sessions of a cleaned form applied to `base` (holidays kept).
WorkSchedule to_schedule(const SettingsForm& f, WorkSchedule base = {});
// The form showing `s`'s weekdays and sessions with `rating_window_days`.
SettingsForm settings_of(const WorkSchedule& s, std::int64_t rating_window_days);

// [SECTION] outbox -----------------------------------------------------------------

// GET /admin/outbox ("Tin nhắn đã gửi"): one SMS or e-mail of the outbox,
// newest first. recipient is masked (mask_phone for SMS, the mailbox's first
// letter for e-mail); kind names why it was sent ("otp_register",
// "report_accept", "officer_assign", ...); status is "queued" (waiting or
// being handed over), "sent" or "failed". For SMS, segments and encoding
// ("gsm7" | "ucs2") are what sms_segments() makes of the body; absent for
// e-mail. Required: id, channel, recipient, kind, body, status, attempts,
// created_at.
struct OutboxMessage {
    std::int64_t id = 0;
    std::string channel;
    std::string recipient;
    std::string kind;
    std::string body;
    std::string status;
    std::int64_t attempts = 0;
    UnixSeconds created_at = 0;
    std::optional<UnixSeconds> sent_at;
    std::optional<std::int64_t> segments;
    std::string encoding;

    bool operator==(const OutboxMessage&) const = default;
};

// ?channel=sms|email&status=queued|sent|failed&page=&page_size= (paging as
// ListQuery). Empty: every channel, every status.
struct OutboxQuery {
    std::string channel;
    std::string status;
    int page = 1;
    int page_size = kDefaultPageSize;

    bool operator==(const OutboxQuery&) const = default;
};

// Codes: invalid_channel, invalid_status, and the lists' paging codes.
Validated<OutboxQuery> parse_outbox_query(const QueryParams& params);
// The non-default values of `q` as a query string ("" when all default).
std::string to_query_string(const OutboxQuery& q);

// [SECTION] to_json / from_json ----------------------------------------------------

void to_json(nlohmann::json& j, const IssuedPassword& v);
void from_json(const nlohmann::json& j, IssuedPassword& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const HolidayYear& v);
void from_json(const nlohmann::json& j, HolidayYear& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const WorkSessionText& v);
void from_json(const nlohmann::json& j, WorkSessionText& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SettingsForm& v);
void from_json(const nlohmann::json& j, SettingsForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const OutboxMessage& v);
void from_json(const nlohmann::json& j, OutboxMessage& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
