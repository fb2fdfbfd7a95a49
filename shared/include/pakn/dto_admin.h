// DTOs of the administration beyond dto.h: the admin's issued passwords, the
// holiday calendar of a year and the run-time settings form with its rules.
// Same wire rules as dto.h (strict decoding, never throws).
//
// [SECTION] index: admin (officers, holidays, settings), to_json/from_json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/dto.h"

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
// ("working_weekdays"), no_working_days.
Validated<SettingsForm> clean(const SettingsForm& f);
FieldErrors validate(const SettingsForm& f);

// The weekdays and sessions of a cleaned form applied to `base` (holidays kept).
WorkSchedule to_schedule(const SettingsForm& f, WorkSchedule base = {});
// The form showing `s`'s weekdays and sessions with `rating_window_days`.
SettingsForm settings_of(const WorkSchedule& s, std::int64_t rating_window_days);

// [SECTION] to_json / from_json ----------------------------------------------------

void to_json(nlohmann::json& j, const IssuedPassword& v);
void from_json(const nlohmann::json& j, IssuedPassword& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const HolidayYear& v);
void from_json(const nlohmann::json& j, HolidayYear& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const WorkSessionText& v);
void from_json(const nlohmann::json& j, WorkSessionText& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SettingsForm& v);
void from_json(const nlohmann::json& j, SettingsForm& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
