// [SECTION] index: schedule helpers, working-time arithmetic, priorities and
// steps, SLA policy, time left.
#include "pakn/deadline.h"

#include <algorithm>

namespace pakn {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr int kMinutesPerDay = 24 * 60;

// How many consecutive days without working time we search before deciding
// the schedule has none (all weekdays off, or a holiday list gone wrong):
// longer than any real closure, short enough to answer at once.
constexpr int kSearchDays = 3660;

// Days of 9999-12-31, beyond which nothing is computed.
constexpr std::int64_t kLastDay = 2932896;

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

// A session in seconds after local midnight.
struct Span {
    std::int64_t begin;
    std::int64_t end;
};

// Sessions sorted, clipped to the day and merged: the arithmetic below may
// then assume ordered, disjoint, non-empty spans whatever the admin typed.
std::vector<Span> spans_of(const WorkSchedule& s) {
    std::vector<Span> spans;
    for (const WorkSession& w : s.sessions) {
        const int a = std::clamp(w.start_minute, 0, kMinutesPerDay);
        const int b = std::clamp(w.end_minute, 0, kMinutesPerDay);
        if (a < b) spans.push_back(Span{std::int64_t{a} * 60, std::int64_t{b} * 60});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
    std::vector<Span> merged;
    for (const Span& sp : spans) {
        if (!merged.empty() && sp.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, sp.end);
        else
            merged.push_back(sp);
    }
    return merged;
}

std::int64_t day_seconds(const std::vector<Span>& spans) {
    std::int64_t total = 0;
    for (const Span& sp : spans) total += sp.end - sp.begin;
    return total;
}

// Local (UTC+7) seconds of an instant, clamped to the supported range.
std::int64_t local_seconds(UnixSeconds t) {
    return std::clamp(t, kMinTime, kMaxTime) + kVietnamUtcOffsetSeconds;
}

UnixSeconds to_utc(std::int64_t local) {
    return std::clamp(local - kVietnamUtcOffsetSeconds, kMinTime, kMaxTime);
}

bool day_is_worked(std::int64_t day, const WorkSchedule& s) {
    return is_working_day(civil_from_days(day), s);
}

}  // namespace

// [SECTION] schedule helpers

FieldErrors validate_schedule(const WorkSchedule& s) {
    FieldErrors errors;
    bool sessions_ok = !s.sessions.empty();
    int previous_end = 0;
    for (const WorkSession& w : s.sessions) {
        if (w.start_minute < previous_end || w.start_minute >= w.end_minute ||
            w.end_minute > kMinutesPerDay)
            sessions_ok = false;
        previous_end = w.end_minute;
    }
    if (!sessions_ok) errors.push_back(field_error("sessions", "invalid_work_sessions"));
    if (std::none_of(s.working_weekdays.begin(), s.working_weekdays.end(),
                     [](bool b) { return b; }))
        errors.push_back(field_error("working_weekdays", "no_working_days"));
    return errors;
}

int working_minutes_per_day(const WorkSchedule& s) {
    return static_cast<int>(day_seconds(spans_of(s)) / 60);
}

bool is_working_day(const Date& d, const WorkSchedule& s) noexcept {
    if (s.holidays.is_make_up_working_day(d)) return true;
    if (s.holidays.is_holiday(d)) return false;
    return s.working_weekdays[static_cast<std::size_t>(weekday(d))];
}

// [SECTION] working-time arithmetic

bool is_working_time(UnixSeconds t, const WorkSchedule& s) {
    const std::int64_t local = local_seconds(t);
    const std::int64_t day = floor_div(local, kSecondsPerDay);
    const std::int64_t sod = local - day * kSecondsPerDay;
    if (!day_is_worked(day, s)) return false;
    for (const Span& sp : spans_of(s))
        if (sod >= sp.begin && sod < sp.end) return true;
    return false;
}

UnixSeconds next_working_start(UnixSeconds t, const WorkSchedule& s) {
    const std::vector<Span> spans = spans_of(s);
    if (spans.empty()) return kNever;
    const std::int64_t local = local_seconds(t);
    std::int64_t day = floor_div(local, kSecondsPerDay);
    std::int64_t sod = local - day * kSecondsPerDay;
    for (int i = 0; i <= kSearchDays && day <= kLastDay; ++i, ++day, sod = 0) {
        if (!day_is_worked(day, s)) continue;
        for (const Span& sp : spans)
            if (sod < sp.end) return to_utc(day * kSecondsPerDay + std::max(sod, sp.begin));
    }
    return kNever;
}

UnixSeconds add_working_minutes(UnixSeconds start, std::int64_t minutes, const WorkSchedule& s) {
    if (minutes <= 0) return next_working_start(start, s);
    const std::vector<Span> spans = spans_of(s);
    if (spans.empty()) return kNever;
    // Anything beyond ~10^13 minutes lies past year 9999 anyway; the cap keeps ×60 in range.
    std::int64_t remaining = std::min<std::int64_t>(minutes, 10'000'000'000'000) * 60;
    const std::int64_t local = local_seconds(start);
    std::int64_t day = floor_div(local, kSecondsPerDay);
    std::int64_t sod = local - day * kSecondsPerDay;
    int idle_days = 0;
    for (; day <= kLastDay && idle_days <= kSearchDays; ++day, sod = 0) {
        if (!day_is_worked(day, s)) {
            ++idle_days;
            continue;
        }
        idle_days = 0;
        for (const Span& sp : spans) {
            if (sod >= sp.end) continue;
            const std::int64_t from = std::max(sod, sp.begin);
            const std::int64_t available = sp.end - from;
            // "<=": a deadline that uses a session up exactly is its end.
            if (remaining <= available) return to_utc(day * kSecondsPerDay + from + remaining);
            remaining -= available;
        }
    }
    return kNever;
}

UnixSeconds add_working_hours(UnixSeconds start, std::int64_t hours, const WorkSchedule& s) {
    return add_working_minutes(start, std::clamp<std::int64_t>(hours, -1, 100'000'000'000) * 60, s);
}

UnixSeconds add_working_days(UnixSeconds start, std::int64_t days, const WorkSchedule& s) {
    const std::int64_t per_day = working_minutes_per_day(s);
    return add_working_minutes(start, std::clamp<std::int64_t>(days, -1, 10'000'000'000) * per_day,
                               s);
}

std::int64_t working_minutes_between(UnixSeconds a, UnixSeconds b, const WorkSchedule& s) {
    if (b < a) return -working_minutes_between(b, a, s);
    const std::vector<Span> spans = spans_of(s);
    const std::int64_t la = local_seconds(a);
    const std::int64_t lb = local_seconds(b);
    const std::int64_t first = floor_div(la, kSecondsPerDay);
    const std::int64_t last = floor_div(lb, kSecondsPerDay);
    std::int64_t seconds = 0;
    for (std::int64_t day = first; day <= last && !spans.empty(); ++day) {
        if (!day_is_worked(day, s)) continue;
        const std::int64_t base = day * kSecondsPerDay;
        for (const Span& sp : spans) {
            const std::int64_t from = std::max(la, base + sp.begin);
            const std::int64_t to = std::min(lb, base + sp.end);
            if (to > from) seconds += to - from;
        }
    }
    return seconds / 60;
}

// [SECTION] priorities and steps

std::string_view priority_code(Priority p) noexcept {
    switch (p) {
        case Priority::normal: return "normal";
        case Priority::urgent: return "urgent";
        case Priority::complex: return "complex";
    }
    return "normal";
}

std::string_view priority_label(Priority p) noexcept {
    switch (p) {
        case Priority::normal: return "Bình thường";
        case Priority::urgent: return "Khẩn";
        case Priority::complex: return "Phức tạp";
    }
    return "Bình thường";
}

std::optional<Priority> parse_priority(std::string_view code) noexcept {
    for (Priority p : {Priority::normal, Priority::urgent, Priority::complex})
        if (priority_code(p) == code) return p;
    return std::nullopt;
}

Priority priority_or_normal(std::string_view code) noexcept {
    return parse_priority(code).value_or(Priority::normal);
}

std::string_view time_left_level_code(TimeLeftLevel level) noexcept {
    switch (level) {
        case TimeLeftLevel::ok: return "ok";
        case TimeLeftLevel::due_soon: return "due_soon";
        case TimeLeftLevel::overdue: return "overdue";
    }
    return "ok";
}

std::optional<TimeLeftLevel> parse_time_left_level(std::string_view code) noexcept {
    for (TimeLeftLevel l : {TimeLeftLevel::ok, TimeLeftLevel::due_soon, TimeLeftLevel::overdue})
        if (time_left_level_code(l) == code) return l;
    return std::nullopt;
}

std::string_view sla_step_code(SlaStep s) noexcept {
    switch (s) {
        case SlaStep::classify_and_assign: return "classify_and_assign";
        case SlaStep::start_work: return "start_work";
        case SlaStep::resolve: return "resolve";
    }
    return "resolve";
}

std::string_view sla_step_label(SlaStep s) noexcept {
    switch (s) {
        case SlaStep::classify_and_assign: return "Phân loại, chuyển xử lý";
        case SlaStep::start_work: return "Tiếp nhận xử lý";
        case SlaStep::resolve: return "Giải quyết";
    }
    return "Giải quyết";
}

// [SECTION] SLA policy
namespace {

// Upper bounds a figure may take: a year of working time is already absurd
// for a citizen's report; the bound keeps minute arithmetic far from overflow.
constexpr std::int64_t kMaxHours = 365 * 24;
constexpr std::int64_t kMaxDays = 365;

bool figure_ok(const SlaFigure& f) {
    const std::int64_t max = f.unit == SlaUnit::working_days ? kMaxDays : kMaxHours;
    return f.amount >= 1 && f.amount <= max;
}

void check_figure(FieldErrors& errors, const std::string& field, const SlaFigure& f) {
    if (!figure_ok(f)) errors.push_back(field_error(field, "invalid_sla_figure"));
}

void check_slot(FieldErrors& errors, const std::string& field, const std::optional<SlaFigure>& f) {
    if (f) check_figure(errors, field, *f);
}

}  // namespace

std::int64_t to_working_minutes(const SlaFigure& f, const WorkSchedule& s) {
    const std::int64_t amount = std::clamp<std::int64_t>(f.amount, 0, 1'000'000);
    if (f.unit == SlaUnit::working_days) return amount * working_minutes_per_day(s);
    return amount * 60;
}

FieldErrors validate_policy(const SlaPolicy& p) {
    FieldErrors errors;
    check_figure(errors, "classify_and_assign", p.classify_and_assign);
    check_figure(errors, "start_work", p.start_work);
    check_figure(errors, "resolve_urgent", p.resolve_urgent);
    check_figure(errors, "resolve_urban_incident", p.resolve_urban_incident);
    check_figure(errors, "resolve_normal", p.resolve_normal);
    check_figure(errors, "resolve_complex", p.resolve_complex);
    for (const auto& [code, c] : p.by_category) {
        const std::string prefix = "by_category." + code + ".";
        check_slot(errors, prefix + "classify_and_assign", c.classify_and_assign);
        check_slot(errors, prefix + "start_work", c.start_work);
        check_slot(errors, prefix + "resolve_normal", c.resolve_normal);
        check_slot(errors, prefix + "resolve_urgent", c.resolve_urgent);
        check_slot(errors, prefix + "resolve_complex", c.resolve_complex);
    }
    if (p.due_soon_percent < 0 || p.due_soon_percent > 100)
        errors.push_back(field_error("due_soon_percent", "invalid_due_soon"));
    if (p.due_soon_minutes < 0 || p.due_soon_minutes > kMaxHours * 60)
        errors.push_back(field_error("due_soon_minutes", "invalid_due_soon"));
    return errors;
}

SlaFigure sla_figure(SlaStep step, Priority priority, bool category_is_urban_incident,
                     std::string_view category_code, const SlaPolicy& policy) {
    const auto it = policy.by_category.find(category_code);
    const CategorySla* own = it == policy.by_category.end() ? nullptr : &it->second;
    switch (step) {
        case SlaStep::classify_and_assign:
            if (own && own->classify_and_assign) return *own->classify_and_assign;
            return policy.classify_and_assign;
        case SlaStep::start_work:
            if (own && own->start_work) return *own->start_work;
            return policy.start_work;
        case SlaStep::resolve: break;
    }
    switch (priority) {
        case Priority::urgent:
            if (own && own->resolve_urgent) return *own->resolve_urgent;
            return policy.resolve_urgent;
        case Priority::complex:
            if (own && own->resolve_complex) return *own->resolve_complex;
            return policy.resolve_complex;
        case Priority::normal: break;
    }
    if (own && own->resolve_normal) return *own->resolve_normal;
    return category_is_urban_incident ? policy.resolve_urban_incident : policy.resolve_normal;
}

std::int64_t allotted_working_minutes(SlaStep step, Priority priority,
                                      bool category_is_urban_incident,
                                      std::string_view category_code, const WorkSchedule& schedule,
                                      const SlaPolicy& policy) {
    return to_working_minutes(
        sla_figure(step, priority, category_is_urban_incident, category_code, policy), schedule);
}

UnixSeconds deadline_for(SlaStep step, Priority priority, bool category_is_urban_incident,
                         std::string_view category_code, UnixSeconds start_time,
                         const WorkSchedule& schedule, const SlaPolicy& policy) {
    return add_working_minutes(start_time,
                               allotted_working_minutes(step, priority, category_is_urban_incident,
                                                        category_code, schedule, policy),
                               schedule);
}

// [SECTION] time left

std::string format_working_duration(std::int64_t minutes, int minutes_per_day) {
    const std::int64_t m = minutes < 0 ? -minutes : minutes;
    const std::int64_t days = minutes_per_day > 0 ? m / minutes_per_day : 0;
    const std::int64_t rest = minutes_per_day > 0 ? m % minutes_per_day : m;
    const std::int64_t hours = rest / 60;
    const std::int64_t mins = rest % 60;
    // Two units at most: "2 ngày 3 giờ" is what a glance needs.
    std::string out;
    if (days > 0) {
        out = std::to_string(days) + " ngày";
        if (hours > 0) out += " " + std::to_string(hours) + " giờ";
    } else if (hours > 0) {
        out = std::to_string(hours) + " giờ";
        if (mins > 0) out += " " + std::to_string(mins) + " phút";
    } else if (mins > 0) {
        out = std::to_string(mins) + " phút";
    } else {
        out = "dưới 1 phút";
    }
    return out;
}

TimeLeft time_left(UnixSeconds now, UnixSeconds deadline, std::int64_t allotted_minutes,
                   const WorkSchedule& schedule, const SlaPolicy& policy) {
    TimeLeft r;
    r.minutes = working_minutes_between(now, deadline, schedule);
    const int per_day = working_minutes_per_day(schedule);
    if (now > deadline) {
        r.level = TimeLeftLevel::overdue;
        // Past the deadline but no working minute yet (e.g. Friday 17:00 ->
        // Saturday): overdue all the same, with no amount to show.
        r.text = r.minutes == 0 ? "Đã quá hạn"
                                : "Quá hạn " + format_working_duration(r.minutes, per_day);
        return r;
    }
    const std::int64_t allotted = std::clamp<std::int64_t>(allotted_minutes, 0, 1'000'000'000'000);
    const bool small_share = r.minutes * 100 < allotted * policy.due_soon_percent;
    const bool few_minutes = r.minutes < policy.due_soon_minutes;
    r.level = small_share || few_minutes ? TimeLeftLevel::due_soon : TimeLeftLevel::ok;
    r.text = "Còn " + format_working_duration(r.minutes, per_day);
    return r;
}

}  // namespace pakn
