// Working time and the SLA (thời hạn xử lý) of a report's steps.
//
// [SECTION] index: work schedule, working-time arithmetic, priorities and
// steps, SLA policy, time left.
//
// All instants are UTC seconds in and out; the arithmetic happens on Vietnam
// wall-clock time (UTC+7). Nothing here reads a clock: "now" is a parameter.
// No function here throws.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/errors.h"

namespace pakn {

// [SECTION] work schedule

// One office session, minutes after local midnight, [start, end).
struct WorkSession {
    int start_minute = 0;
    int end_minute = 0;

    bool operator==(const WorkSession&) const = default;
};

// When the administration works: weekdays, daily sessions, holidays.
// Defaults: Monday–Friday, 07:00–11:30 and 13:30–17:00, no holidays.
struct WorkSchedule {
    // Indexed by Weekday (Monday = 0).
    std::array<bool, 7> working_weekdays{true, true, true, true, true, false, false};
    std::vector<WorkSession> sessions{{7 * 60, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}};
    HolidayCalendar holidays;
};

// Problems an admin must fix in a schedule (codes invalid_work_sessions,
// no_working_days); empty when usable. Arithmetic never fails on a bad
// schedule: it sorts, clips and merges sessions itself.
FieldErrors validate_schedule(const WorkSchedule& s);

// Working minutes in one working day (480 by default).
int working_minutes_per_day(const WorkSchedule& s);

// True when `d` is worked: a làm bù day, or a working weekday that is not a holiday.
bool is_working_day(const Date& d, const WorkSchedule& s) noexcept;

// [SECTION] working-time arithmetic

// True when `t` lies inside a session of a working day (session end excluded).
bool is_working_time(UnixSeconds t, const WorkSchedule& s);

// `t` if it is working time, else the next session's start; kNever if none within 10 years.
UnixSeconds next_working_start(UnixSeconds t, const WorkSchedule& s);

// The instant when `minutes` of working time have passed since `start`
// (counting from the next working moment if `start` is outside office hours).
// A deadline reached exactly at a session's end is that end (17:00, not next
// morning). minutes <= 0 gives next_working_start(start). kNever when the
// schedule has no working time left before year 9999.
UnixSeconds add_working_minutes(UnixSeconds start, std::int64_t minutes, const WorkSchedule& s);

// add_working_minutes with whole hours.
UnixSeconds add_working_hours(UnixSeconds start, std::int64_t hours, const WorkSchedule& s);

// N working days = N × working_minutes_per_day of working time: filed Friday
// 16:00 with 1 day, due Monday 16:00 (when Monday is worked).
UnixSeconds add_working_days(UnixSeconds start, std::int64_t days, const WorkSchedule& s);

// Working minutes from `a` to `b` (whole minutes, truncated); negative when b < a.
std::int64_t working_minutes_between(UnixSeconds a, UnixSeconds b, const WorkSchedule& s);

// [SECTION] priorities and steps

// Mức độ: how urgent a report is, set by the center.
enum class Priority { normal, urgent, complex };

// Stable code: "normal", "urgent", "complex".
std::string_view priority_code(Priority p) noexcept;

// Vietnamese label: "Bình thường", "Khẩn", "Phức tạp".
std::string_view priority_label(Priority p) noexcept;

// The priority of a stable code; nullopt for anything else.
std::optional<Priority> parse_priority(std::string_view code) noexcept;

// The priority a report's deadlines follow: its stored code, normal when it
// has none yet (not routed) or an unknown one.
Priority priority_or_normal(std::string_view code) noexcept;

// The steps that carry a deadline.
enum class SlaStep {
    classify_and_assign,  // the center classifies and assigns (from submission)
    start_work,           // the unit starts work (from assignment)
    resolve,              // the unit resolves (from start of work)
};

// Stable code: "classify_and_assign", "start_work", "resolve".
std::string_view sla_step_code(SlaStep s) noexcept;

// Vietnamese label: "Phân loại, chuyển xử lý", "Tiếp nhận xử lý", "Giải quyết".
std::string_view sla_step_label(SlaStep s) noexcept;

// [SECTION] SLA policy

enum class SlaUnit { working_hours, working_days };

// An amount of working time, as the regulation words it.
struct SlaFigure {
    std::int64_t amount = 0;
    SlaUnit unit = SlaUnit::working_hours;

    bool operator==(const SlaFigure&) const = default;
};

// Working minutes of a figure (a day = working_minutes_per_day); negative amounts count 0.
std::int64_t to_working_minutes(const SlaFigure& f, const WorkSchedule& s);

// A category's own figures; an empty slot falls back to the policy's.
struct CategorySla {
    std::optional<SlaFigure> classify_and_assign;
    std::optional<SlaFigure> start_work;
    std::optional<SlaFigure> resolve_normal;
    std::optional<SlaFigure> resolve_urgent;
    std::optional<SlaFigure> resolve_complex;

    bool operator==(const CategorySla&) const = default;
};

// The admin-configurable deadlines; defaults from domain.md (Deadlines).
struct SlaPolicy {
    SlaFigure classify_and_assign{8, SlaUnit::working_hours};
    SlaFigure start_work{8, SlaUnit::working_hours};
    SlaFigure resolve_urgent{4, SlaUnit::working_hours};
    SlaFigure resolve_urban_incident{3, SlaUnit::working_days};
    SlaFigure resolve_normal{7, SlaUnit::working_days};
    SlaFigure resolve_complex{15, SlaUnit::working_days};
    // Category code -> its own figures.
    std::map<std::string, CategorySla, std::less<>> by_category;
    // A step is "due soon" when less than this share of its time is left ...
    int due_soon_percent = 25;
    // ... or less than this many working minutes.
    std::int64_t due_soon_minutes = 4 * 60;
};

// Problems in a policy (invalid_sla_figure: under 1 or over a year; invalid_due_soon).
FieldErrors validate_policy(const SlaPolicy& p);

// The figure that applies. Resolve: the category's slot for the priority if
// set; else urgent 4 h, complex 15 days, urban incident 3 days, normal 7 days
// (urgent beats the urban rule; complex too, being a judged exception).
SlaFigure sla_figure(SlaStep step, Priority priority, bool category_is_urban_incident,
                     std::string_view category_code, const SlaPolicy& policy);

// Working minutes allotted to a step (sla_figure converted in `schedule`).
std::int64_t allotted_working_minutes(SlaStep step, Priority priority,
                                      bool category_is_urban_incident,
                                      std::string_view category_code, const WorkSchedule& schedule,
                                      const SlaPolicy& policy);

// When the step started at `start_time` is due.
UnixSeconds deadline_for(SlaStep step, Priority priority, bool category_is_urban_incident,
                         std::string_view category_code, UnixSeconds start_time,
                         const WorkSchedule& schedule, const SlaPolicy& policy);

// [SECTION] time left

enum class TimeLeftLevel { ok, due_soon, overdue };

// Stable code: "ok", "due_soon", "overdue".
std::string_view time_left_level_code(TimeLeftLevel level) noexcept;
// The level of a stable code; nullopt for anything else.
std::optional<TimeLeftLevel> parse_time_left_level(std::string_view code) noexcept;

// What the inbox shows for a deadline.
struct TimeLeft {
    std::int64_t minutes = 0;  // working minutes left; negative when overdue
    TimeLeftLevel level = TimeLeftLevel::ok;
    std::string text;  // "Còn 2 ngày 3 giờ", "Còn 45 phút", "Quá hạn 1 ngày 2 giờ"
};

// "2 ngày 3 giờ", "3 giờ 15 phút", "45 phút", "dưới 1 phút" for |minutes|; a day is
// `minutes_per_day`.
std::string format_working_duration(std::int64_t minutes, int minutes_per_day);

// Time left at `now` before `deadline`: overdue once now is past the deadline
// (even outside office hours); due soon when fewer than the policy's share of
// `allotted_minutes` or fewer than its due_soon_minutes working minutes remain.
TimeLeft time_left(UnixSeconds now, UnixSeconds deadline, std::int64_t allotted_minutes,
                   const WorkSchedule& schedule, const SlaPolicy& policy = {});

}  // namespace pakn
