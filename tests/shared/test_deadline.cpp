// Working time and SLA deadlines. Times in the tables are Vietnam wall-clock
// times ("2026-03-06 16:00" = Friday 6 March 2026, 16:00 in Khánh Hòa).
// Reference weeks: 2-6 and 9-13 March 2026 have no holiday; Tết 2026 keeps
// 16-20 Feb off; Giỗ Tổ 2026 (Sun 26 Apr) is made up on Mon 27 Apr.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pakn/deadline.h"

using namespace pakn;

namespace {

// "2026-03-06 16:00" (Vietnam time) as an instant.
UnixSeconds vn(const char* local) {
    std::string iso(local);
    iso[10] = 'T';
    return parse_iso8601(iso + "+07:00").value_or(kMinTime);
}

std::string show(UnixSeconds t) { return t == kNever ? "never" : format_iso8601(t); }

WorkSchedule office() {
    WorkSchedule s;
    s.holidays = HolidayCalendar::build(2025, 2027);
    return s;
}

}  // namespace

// [SECTION] schedule

TEST_CASE("the default schedule is Monday-Friday, 07:00-11:30 and 13:30-17:00: 480 minutes a day") {
    const WorkSchedule s;
    CHECK(working_minutes_per_day(s) == 480);
    CHECK(validate_schedule(s).empty());
    CHECK(s.working_weekdays[static_cast<int>(Weekday::friday)]);
    CHECK_FALSE(s.working_weekdays[static_cast<int>(Weekday::saturday)]);
}

TEST_CASE("is_working_day: weekdays work, weekends and holidays do not, làm bù days do") {
    WorkSchedule s;
    HolidayOverrides o;
    o.working_days.push_back(Date{2026, 3, 7});  // a Saturday made a working day
    s.holidays = HolidayCalendar::build(2026, 2026, o);
    struct Row {
        Date day;
        bool working;
    };
    // clang-format off
    // day, worked?
    const Row rows[] = {
        {{2026, 3, 6}, true},    // Friday
        {{2026, 3, 7}, true},    // Saturday, làm bù
        {{2026, 3, 8}, false},   // Sunday
        {{2026, 2, 17}, false},  // Tết
        {{2026, 4, 27}, false},  // nghỉ bù for Giỗ Tổ
        {{2026, 9, 1}, false},   // Quốc khánh adjacent day
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(format_date(r.day));
        CHECK(is_working_day(r.day, s) == r.working);
    }
}

TEST_CASE("is_working_time: sessions include their start and exclude their end") {
    const WorkSchedule s = office();
    struct Row {
        const char* at;
        bool working;
    };
    // clang-format off
    // Vietnam time, working?
    const Row rows[] = {
        {"2026-03-02 07:00", true},   {"2026-03-02 06:59:59", false},
        {"2026-03-02 11:29:59", true}, {"2026-03-02 11:30", false},
        {"2026-03-02 12:30", false},  {"2026-03-02 13:30", true},
        {"2026-03-02 16:59:59", true}, {"2026-03-02 17:00", false},
        {"2026-03-07 09:00", false},  // Saturday
        {"2026-02-17 09:00", false},  // Tết
        {"2026-03-02 00:00", false},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.at));
        CHECK(is_working_time(vn(r.at), s) == r.working);
    }
}

TEST_CASE(
    "next_working_start: the same instant inside office hours, else the next session's start") {
    const WorkSchedule s = office();
    struct Row {
        const char* from;
        const char* next;
    };
    // clang-format off
    // Vietnam time, next working moment
    const Row rows[] = {
        {"2026-03-02 09:15:30", "2026-03-02 09:15:30"},
        {"2026-03-02 06:00", "2026-03-02 07:00"},
        {"2026-03-02 11:30", "2026-03-02 13:30"},
        {"2026-03-02 12:00", "2026-03-02 13:30"},
        {"2026-03-06 17:00", "2026-03-09 07:00"},  // Friday evening -> Monday
        {"2026-03-07 10:00", "2026-03-09 07:00"},  // Saturday
        {"2026-02-13 17:30", "2026-02-23 07:00"},  // Friday before Tết -> after Tết
        {"2026-04-24 18:00", "2026-04-28 07:00"},  // weekend + nghỉ bù Monday
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.from));
        CHECK(show(next_working_start(vn(r.from), s)) == show(vn(r.next)));
    }
}

// [SECTION] working-time arithmetic

TEST_CASE("add_working_minutes skips lunch, nights, weekends and holidays") {
    const WorkSchedule s = office();
    struct Row {
        const char* start;
        std::int64_t minutes;
        const char* due;
    };
    // clang-format off
    // start (Vietnam time), working minutes, due
    const Row rows[] = {
        {"2026-03-02 07:00", 60, "2026-03-02 08:00"},
        {"2026-03-02 09:15:30", 15, "2026-03-02 09:30:30"},  // seconds kept
        {"2026-03-02 11:00", 60, "2026-03-02 14:00"},        // across lunch
        {"2026-03-02 10:00", 90, "2026-03-02 11:30"},        // ends exactly at lunch
        {"2026-03-02 12:00", 30, "2026-03-02 14:00"},        // starts in lunch
        {"2026-03-02 06:00", 30, "2026-03-02 07:30"},        // starts before office
        {"2026-03-02 07:00", 480, "2026-03-02 17:00"},       // a full day ends at 17:00, not next morning
        {"2026-03-02 07:00", 481, "2026-03-03 07:01"},
        {"2026-03-06 16:00", 120, "2026-03-09 08:00"},       // across the weekend
        {"2026-03-07 10:00", 30, "2026-03-09 07:30"},        // filed on Saturday
        {"2026-03-06 17:00", 0, "2026-03-09 07:00"},         // zero: the next working moment
        {"2026-03-02 09:00", -5, "2026-03-02 09:00"},        // negative counts as zero
        {"2026-02-13 16:00", 120, "2026-02-23 08:00"},       // across Tết 2026 (16-20 Feb)
        {"2026-04-24 16:00", 120, "2026-04-28 08:00"},       // across Giỗ Tổ's nghỉ bù
        {"2026-04-29 16:00", 120, "2026-05-04 08:00"},       // across 30 Apr and 1 May
        {"2026-08-31 16:00", 120, "2026-09-03 08:00"},       // across 1-2 Sep
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.start));
        CAPTURE(r.minutes);
        CHECK(show(add_working_minutes(vn(r.start), r.minutes, s)) == show(vn(r.due)));
    }
    CHECK(add_working_hours(vn("2026-03-02 07:00"), 8, s) == vn("2026-03-02 17:00"));
    CHECK(add_working_hours(vn("2026-03-02 16:00"), 2, s) == vn("2026-03-03 08:00"));
}

TEST_CASE("a làm bù Saturday counts as working time") {
    WorkSchedule s;
    HolidayOverrides o;
    o.working_days.push_back(Date{2026, 3, 7});
    s.holidays = HolidayCalendar::build(2026, 2026, o);
    CHECK(add_working_minutes(vn("2026-03-06 16:00"), 120, s) == vn("2026-03-07 08:00"));
}

TEST_CASE("add_working_days: N days = N × 480 working minutes, so the clock time is kept") {
    const WorkSchedule s = office();
    struct Row {
        const char* start;
        std::int64_t days;
        const char* due;
    };
    // clang-format off
    // start (Vietnam time), working days, due
    const Row rows[] = {
        {"2026-03-06 16:00", 1, "2026-03-09 16:00"},  // Friday 16:00 -> Monday 16:00
        {"2026-03-02 07:00", 1, "2026-03-02 17:00"},  // from the first minute: that same evening
        {"2026-03-02 12:00", 1, "2026-03-03 11:30"},  // from lunch: counting starts 13:30
        {"2026-03-07 10:00", 1, "2026-03-09 17:00"},  // from Saturday: all of Monday
        {"2026-03-02 09:00", 7, "2026-03-11 09:00"},
        {"2026-02-10 09:00", 7, "2026-02-26 09:00"},  // Tết 16-20 Feb not counted
        {"2027-02-03 10:00", 3, "2027-02-15 10:00"},  // Tết 2027 off Thu 4-Wed 10 Feb
        {"2026-03-02 09:00", 0, "2026-03-02 09:00"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.start));
        CAPTURE(r.days);
        CHECK(show(add_working_days(vn(r.start), r.days, s)) == show(vn(r.due)));
    }
}

TEST_CASE("working_minutes_between counts office minutes, negative when the end is earlier") {
    const WorkSchedule s = office();
    struct Row {
        const char* from;
        const char* to;
        std::int64_t minutes;
    };
    // clang-format off
    // from, to (Vietnam time), working minutes
    const Row rows[] = {
        {"2026-03-02 07:00", "2026-03-02 17:00", 480},
        {"2026-03-02 11:00", "2026-03-02 14:00", 60},   // lunch excluded
        {"2026-03-06 16:00", "2026-03-09 08:00", 120},  // weekend excluded
        {"2026-03-09 08:00", "2026-03-06 16:00", -120},
        {"2026-03-02 09:00", "2026-03-02 09:00", 0},
        {"2026-03-07 08:00", "2026-03-08 18:00", 0},    // a whole weekend
        {"2026-02-13 07:00", "2026-02-23 07:00", 480},  // Tết excluded
        {"2026-03-02 09:00", "2026-03-02 09:00:59", 0},  // whole minutes only
        {"2026-03-02 09:00", "2026-03-02 09:01:30", 1},
        {"2026-03-02 09:01:30", "2026-03-02 09:00", -1},
        // 2026: 261 weekdays, 11 of them holidays (1 Jan, Tết 16-20 Feb, 27 Apr,
        // 30 Apr, 1 May, 1-2 Sep) -> 250 working days.
        {"2026-01-01 00:00", "2027-01-01 00:00", 250 * 480},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.from));
        CAPTURE(std::string(r.to));
        CHECK(working_minutes_between(vn(r.from), vn(r.to), s) == r.minutes);
    }
}

TEST_CASE("adding N working minutes and measuring back gives N, for starts all over 2026") {
    const WorkSchedule s = office();
    int failures = 0;
    const std::int64_t amounts[] = {1, 45, 240, 480, 1000, 3360, 7200};
    for (UnixSeconds t = vn("2026-01-01 00:00"); t < vn("2027-01-01 00:00"); t += 97 * 60 + 13) {
        for (std::int64_t m : amounts) {
            const UnixSeconds due = add_working_minutes(t, m, s);
            if (working_minutes_between(t, due, s) != m) ++failures;
            // The last second before a deadline is always working time.
            if (!is_working_time(due - 1, s)) ++failures;
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("a later start never gives an earlier deadline") {
    const WorkSchedule s = office();
    int failures = 0;
    UnixSeconds previous = add_working_days(vn("2026-01-01 00:00"), 3, s);
    for (UnixSeconds t = vn("2026-01-01 00:00"); t < vn("2027-01-01 00:00"); t += 41 * 60) {
        const UnixSeconds due = add_working_days(t, 3, s);
        if (due < previous) ++failures;
        previous = due;
    }
    CHECK(failures == 0);
}

TEST_CASE("a schedule without working time answers kNever instead of looping") {
    WorkSchedule no_sessions;
    no_sessions.sessions.clear();
    CHECK(add_working_minutes(vn("2026-03-02 09:00"), 60, no_sessions) == kNever);
    CHECK(next_working_start(vn("2026-03-02 09:00"), no_sessions) == kNever);
    CHECK(working_minutes_between(vn("2026-03-02 09:00"), vn("2026-03-09 09:00"), no_sessions) ==
          0);
    CHECK(working_minutes_per_day(no_sessions) == 0);

    WorkSchedule no_days;
    no_days.working_weekdays.fill(false);
    CHECK(add_working_minutes(vn("2026-03-02 09:00"), 60, no_days) == kNever);

    // Eleven years of holidays: longer than the search gives up after.
    WorkSchedule closed;
    HolidayOverrides o;
    for (Date d{2026, 1, 1}; d < Date{2037, 1, 1}; d = add_days(d, 1))
        o.added.push_back(Holiday{d, HolidayKind::extra, "Đóng cửa"});
    closed.holidays = HolidayCalendar::build(2026, 2026, o);
    CHECK(next_working_start(vn("2026-01-01 00:00"), closed) == kNever);

    // Absurd amounts stop at the end of the calendar.
    CHECK(add_working_minutes(vn("2026-03-02 09:00"), INT64_MAX, WorkSchedule{}) == kNever);
    CHECK(add_working_days(vn("2026-03-02 09:00"), INT64_MAX, WorkSchedule{}) == kNever);
    CHECK(add_working_hours(kMaxTime, 1, WorkSchedule{}) == kNever);
}

TEST_CASE("messy sessions are sorted, clipped and merged before use") {
    WorkSchedule s;
    s.sessions = {
        {13 * 60 + 30, 17 * 60}, {7 * 60, 11 * 60 + 30}, {8 * 60, 9 * 60}, {20 * 60, 20 * 60}};
    CHECK(working_minutes_per_day(s) == 480);
    CHECK(add_working_minutes(vn("2026-03-02 11:00"), 60, s) == vn("2026-03-02 14:00"));
    CHECK_FALSE(validate_schedule(s).empty());

    WorkSchedule night;
    night.sessions = {{-60, 60}, {23 * 60, 25 * 60}};  // clipped to 00:00-01:00 and 23:00-24:00
    CHECK(working_minutes_per_day(night) == 120);
    CHECK(add_working_minutes(vn("2026-03-02 23:30"), 60, night) == vn("2026-03-03 00:30"));
}

TEST_CASE("validate_schedule names the field an admin must fix") {
    struct Row {
        std::vector<WorkSession> sessions;
        bool any_weekday;
        const char* field;  // "" = valid
        const char* code;
    };
    // clang-format off
    // sessions, at least one working weekday?, field in error, code
    const std::vector<Row> rows = {
        {{{420, 690}, {810, 1020}}, true, "", ""},
        {{{0, 1440}}, true, "", ""},
        {{}, true, "sessions", "invalid_work_sessions"},
        {{{690, 420}}, true, "sessions", "invalid_work_sessions"},             // end before start
        {{{420, 420}}, true, "sessions", "invalid_work_sessions"},             // empty
        {{{810, 1020}, {420, 690}}, true, "sessions", "invalid_work_sessions"},  // out of order
        {{{420, 700}, {690, 1020}}, true, "sessions", "invalid_work_sessions"},  // overlapping
        {{{420, 1441}}, true, "sessions", "invalid_work_sessions"},            // past midnight
        {{{420, 690}}, false, "working_weekdays", "no_working_days"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.field));
        WorkSchedule s;
        s.sessions = r.sessions;
        if (!r.any_weekday) s.working_weekdays.fill(false);
        const FieldErrors errors = validate_schedule(s);
        if (std::string(r.field).empty()) {
            CHECK(errors.empty());
        } else {
            REQUIRE(errors.size() == 1);
            CHECK(errors[0].field == r.field);
            CHECK(errors[0].code == r.code);
            CHECK_FALSE(errors[0].message.empty());
        }
    }
}

// [SECTION] priorities and steps

TEST_CASE("priorities and steps have stable codes and Vietnamese labels") {
    struct Row {
        Priority p;
        const char* code;
        const char* label;
    };
    // clang-format off
    // priority, code, label
    const Row rows[] = {
        {Priority::normal, "normal", "Bình thường"},
        {Priority::urgent, "urgent", "Khẩn"},
        {Priority::complex, "complex", "Phức tạp"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CHECK(priority_code(r.p) == r.code);
        CHECK(priority_label(r.p) == r.label);
        CHECK(parse_priority(r.code) == r.p);
        CHECK(priority_or_normal(r.code) == r.p);
    }
    CHECK_FALSE(parse_priority("Khẩn").has_value());
    CHECK_FALSE(parse_priority("").has_value());
    // A report not routed yet (no priority stored) follows the normal deadlines.
    CHECK(priority_or_normal("") == Priority::normal);
    CHECK(priority_or_normal("Khẩn") == Priority::normal);
    CHECK(sla_step_code(SlaStep::classify_and_assign) == "classify_and_assign");
    CHECK(sla_step_code(SlaStep::start_work) == "start_work");
    CHECK(sla_step_code(SlaStep::resolve) == "resolve");
    CHECK(sla_step_label(SlaStep::resolve) == "Giải quyết");
}

// [SECTION] SLA policy

TEST_CASE("deadline_for applies domain.md's defaults and a category's own figures") {
    const WorkSchedule s = office();
    SlaPolicy policy;
    CategorySla traffic;
    traffic.resolve_normal = SlaFigure{2, SlaUnit::working_days};
    traffic.classify_and_assign = SlaFigure{4, SlaUnit::working_hours};
    policy.by_category.emplace("giao_thong", traffic);

    struct Row {
        SlaStep step;
        Priority priority;
        bool urban;
        const char* category;
        const char* start;
        const char* due;
    };
    // clang-format off
    // step, priority, urban incident?, category, start (Vietnam time, Mon 2 Mar 2026), due
    const Row rows[] = {
        {SlaStep::classify_and_assign, Priority::normal, false, "y_te", "2026-03-02 09:00", "2026-03-03 09:00"},  // 8 h
        {SlaStep::start_work, Priority::normal, false, "y_te", "2026-03-02 09:00", "2026-03-03 09:00"},           // 8 h
        {SlaStep::start_work, Priority::urgent, true, "y_te", "2026-03-02 09:00", "2026-03-03 09:00"},            // priority does not change start
        {SlaStep::resolve, Priority::urgent, false, "y_te", "2026-03-02 09:00", "2026-03-02 15:00"},              // 4 h
        {SlaStep::resolve, Priority::urgent, true, "dien_luc", "2026-03-02 09:00", "2026-03-02 15:00"},           // urgent beats urban
        {SlaStep::resolve, Priority::normal, true, "dien_luc", "2026-03-02 09:00", "2026-03-05 09:00"},           // 3 days
        {SlaStep::resolve, Priority::normal, false, "y_te", "2026-03-02 09:00", "2026-03-11 09:00"},              // 7 days
        {SlaStep::resolve, Priority::complex, false, "y_te", "2026-03-02 09:00", "2026-03-23 09:00"},             // 15 days
        {SlaStep::resolve, Priority::complex, true, "dien_luc", "2026-03-02 09:00", "2026-03-23 09:00"},          // complex beats urban
        {SlaStep::resolve, Priority::normal, true, "giao_thong", "2026-03-02 09:00", "2026-03-04 09:00"},         // category: 2 days
        {SlaStep::resolve, Priority::urgent, true, "giao_thong", "2026-03-02 09:00", "2026-03-02 15:00"},         // category leaves urgent alone
        {SlaStep::classify_and_assign, Priority::normal, true, "giao_thong", "2026-03-02 09:00", "2026-03-02 15:00"},  // category: 4 h
        {SlaStep::resolve, Priority::normal, false, "y_te", "2026-02-12 09:00", "2026-03-02 09:00"},              // Tết not counted
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(sla_step_code(r.step));
        CAPTURE(priority_code(r.priority));
        CAPTURE(std::string(r.category));
        CAPTURE(std::string(r.start));
        CHECK(show(deadline_for(r.step, r.priority, r.urban, r.category, vn(r.start), s, policy)) ==
              show(vn(r.due)));
    }
}

TEST_CASE("sla_figure and allotted_working_minutes report the figure behind a deadline") {
    const WorkSchedule s;
    const SlaPolicy p;
    CHECK(sla_figure(SlaStep::resolve, Priority::normal, false, "", p) ==
          SlaFigure{7, SlaUnit::working_days});
    CHECK(sla_figure(SlaStep::resolve, Priority::normal, true, "", p) ==
          SlaFigure{3, SlaUnit::working_days});
    CHECK(sla_figure(SlaStep::resolve, Priority::urgent, false, "", p) ==
          SlaFigure{4, SlaUnit::working_hours});
    CHECK(allotted_working_minutes(SlaStep::resolve, Priority::normal, false, "", s, p) == 7 * 480);
    CHECK(allotted_working_minutes(SlaStep::classify_and_assign, Priority::normal, false, "", s,
                                   p) == 480);
    CHECK(to_working_minutes(SlaFigure{-3, SlaUnit::working_days}, s) == 0);
}

TEST_CASE("validate_policy refuses zero, negative and absurd figures and thresholds") {
    CHECK(validate_policy(SlaPolicy{}).empty());
    SlaPolicy p;
    p.resolve_normal = SlaFigure{0, SlaUnit::working_days};
    p.resolve_complex = SlaFigure{366, SlaUnit::working_days};
    CategorySla c;
    c.resolve_urgent = SlaFigure{-1, SlaUnit::working_hours};
    p.by_category.emplace("moi_truong", c);
    p.due_soon_percent = 101;
    const FieldErrors errors = validate_policy(p);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].field == "resolve_normal");
    CHECK(errors[0].code == "invalid_sla_figure");
    CHECK(errors[1].field == "resolve_complex");
    CHECK(errors[2].field == "by_category.moi_truong.resolve_urgent");
    CHECK(errors[3].field == "due_soon_percent");
    CHECK(errors[3].code == "invalid_due_soon");
}

// [SECTION] time left

TEST_CASE("format_working_duration shows at most two units, a day being the schedule's day") {
    struct Row {
        std::int64_t minutes;
        int per_day;
        const char* text;
    };
    // clang-format off
    // minutes, minutes per working day, text
    const Row rows[] = {
        {1140, 480, "2 ngày 3 giờ"}, {960, 480, "2 ngày"},         {1005, 480, "2 ngày"},
        {195, 480, "3 giờ 15 phút"}, {180, 480, "3 giờ"},          {45, 480, "45 phút"},
        {0, 480, "dưới 1 phút"},     {-600, 480, "1 ngày 2 giờ"},  {600, 0, "10 giờ"},
        {480, 480, "1 ngày"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.minutes);
        CHECK(format_working_duration(r.minutes, r.per_day) == r.text);
    }
}

TEST_CASE("time_left colours the inbox: ok, due soon (<25% or <4 working hours), overdue") {
    const WorkSchedule s = office();
    struct Row {
        const char* now;
        const char* deadline;
        std::int64_t allotted;
        std::int64_t minutes;
        TimeLeftLevel level;
        const char* text;
    };
    // clang-format off
    // now, deadline (Vietnam time), allotted minutes, working minutes left, level, text
    const Row rows[] = {
        {"2026-03-02 09:00", "2026-03-11 09:00", 3360, 3360, TimeLeftLevel::ok, "Còn 7 ngày"},
        {"2026-03-09 08:00", "2026-03-11 09:00", 3360, 1020, TimeLeftLevel::ok, "Còn 2 ngày 1 giờ"},
        {"2026-03-10 10:00", "2026-03-11 09:00", 3360, 420, TimeLeftLevel::due_soon, "Còn 7 giờ"},  // < 25%
        {"2026-03-11 08:15", "2026-03-11 09:00", 3360, 45, TimeLeftLevel::due_soon, "Còn 45 phút"},
        {"2026-03-11 09:00", "2026-03-11 09:00", 3360, 0, TimeLeftLevel::due_soon, "Còn dưới 1 phút"},
        {"2026-03-12 11:00", "2026-03-11 09:00", 3360, -600, TimeLeftLevel::overdue, "Quá hạn 1 ngày 2 giờ"},
        {"2026-03-11 12:15", "2026-03-11 09:00", 3360, -150, TimeLeftLevel::overdue, "Quá hạn 2 giờ 30 phút"},
        {"2026-03-14 10:00", "2026-03-13 17:00", 3360, 0, TimeLeftLevel::overdue, "Đã quá hạn"},  // Saturday
        {"2026-03-11 09:00:01", "2026-03-11 09:00", 3360, 0, TimeLeftLevel::overdue, "Đã quá hạn"},
        // 8-hour step: 5 h left is over 25% and over 4 h.
        {"2026-03-02 10:00", "2026-03-02 17:00", 480, 300, TimeLeftLevel::ok, "Còn 5 giờ"},
        {"2026-03-02 13:30", "2026-03-02 17:00", 480, 210, TimeLeftLevel::due_soon, "Còn 3 giờ 30 phút"},  // < 4 h
        // Urgent 4-hour step: due soon from its first minute.
        {"2026-03-02 07:00", "2026-03-02 11:00", 240, 240, TimeLeftLevel::ok, "Còn 4 giờ"},
        {"2026-03-02 07:01", "2026-03-02 11:00", 240, 239, TimeLeftLevel::due_soon, "Còn 3 giờ 59 phút"},
        // Over a weekend the clock does not run.
        {"2026-03-06 17:00", "2026-03-09 15:00", 480, 360, TimeLeftLevel::ok, "Còn 6 giờ"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.now));
        CAPTURE(std::string(r.deadline));
        const TimeLeft t = time_left(vn(r.now), vn(r.deadline), r.allotted, s);
        CHECK(t.minutes == r.minutes);
        CHECK(t.level == r.level);
        CHECK(t.text == r.text);
    }
}

TEST_CASE("time_left follows the policy's due-soon thresholds") {
    const WorkSchedule s;
    SlaPolicy p;
    p.due_soon_percent = 50;
    p.due_soon_minutes = 0;
    const UnixSeconds deadline = vn("2026-03-11 09:00");
    CHECK(time_left(vn("2026-03-06 09:00"), deadline, 3360, s, p).level ==
          TimeLeftLevel::due_soon);  // 1440 < 1680
    CHECK(time_left(vn("2026-03-05 09:00"), deadline, 3360, s, p).level ==
          TimeLeftLevel::ok);  // 1920
}
