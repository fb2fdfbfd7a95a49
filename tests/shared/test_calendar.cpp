// Dates, Vietnam time, ISO 8601, the lunar calendar and public holidays.
// Holiday and lunar facts come from shared/data/README.md and from the
// Government's published decisions (cited in the rows' comments).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pakn/calendar.h"

using namespace pakn;

namespace {

Date ymd(int y, int m, int d) { return Date{y, m, d}; }

// An instant written the way a reader checks it.
UnixSeconds at(const char* iso) { return parse_iso8601(iso).value_or(kNever); }

}  // namespace

// [SECTION] civil dates

TEST_CASE("days_from_civil and civil_from_days agree with known day numbers and weekdays") {
    struct Row {
        Date date;
        std::int64_t days;
        Weekday weekday;
    };
    // clang-format off
    // date, days since 1970-01-01, weekday
    const Row rows[] = {
        {ymd(1970, 1, 1), 0, Weekday::thursday},
        {ymd(1969, 12, 31), -1, Weekday::wednesday},
        {ymd(2000, 2, 29), 11016, Weekday::tuesday},
        {ymd(2000, 3, 1), 11017, Weekday::wednesday},
        {ymd(2026, 11, 28), 20785, Weekday::saturday},
        {ymd(1900, 1, 1), -25567, Weekday::monday},
        {ymd(2100, 12, 31), 47846, Weekday::friday},
        {ymd(1, 1, 1), -719162, Weekday::monday},
        {ymd(9999, 12, 31), 2932896, Weekday::friday},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(format_date(r.date));
        CHECK(to_days(r.date) == r.days);
        CHECK(civil_from_days(r.days) == r.date);
        CHECK(weekday(r.date) == r.weekday);
    }
}

TEST_CASE("every day from 1800 to 2200 survives days -> date -> days") {
    int failures = 0;
    for (std::int64_t d = to_days(ymd(1800, 1, 1)); d <= to_days(ymd(2200, 12, 31)); ++d) {
        const Date date = civil_from_days(d);
        if (!is_valid(date) || to_days(date) != d) ++failures;
    }
    CHECK(failures == 0);
}

TEST_CASE("is_valid knows month lengths and Gregorian leap years") {
    struct Row {
        Date date;
        bool valid;
    };
    // clang-format off
    // date, valid?
    const Row rows[] = {
        {ymd(2024, 2, 29), true},   {ymd(2026, 2, 29), false}, {ymd(2026, 2, 30), false},
        {ymd(2000, 2, 29), true},   {ymd(1900, 2, 29), false}, {ymd(2026, 4, 31), false},
        {ymd(2026, 12, 31), true},  {ymd(2026, 13, 1), false}, {ymd(2026, 0, 1), false},
        {ymd(2026, 1, 0), false},   {ymd(0, 1, 1), false},     {ymd(10000, 1, 1), false},
        {ymd(9999, 12, 31), true},  {ymd(1, 1, 1), true},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.date.year);
        CAPTURE(r.date.month);
        CAPTURE(r.date.day);
        CHECK(is_valid(r.date) == r.valid);
    }
}

TEST_CASE("add_days crosses months, leap days and years, and saturates at the supported range") {
    struct Row {
        Date from;
        std::int64_t n;
        Date to;
    };
    // clang-format off
    // from, days added, result
    const Row rows[] = {
        {ymd(2026, 1, 31), 1, ymd(2026, 2, 1)},
        {ymd(2024, 2, 28), 1, ymd(2024, 2, 29)},
        {ymd(2026, 2, 28), 1, ymd(2026, 3, 1)},
        {ymd(2026, 12, 31), 1, ymd(2027, 1, 1)},
        {ymd(2026, 1, 1), -1, ymd(2025, 12, 31)},
        {ymd(2026, 2, 17), 365, ymd(2027, 2, 17)},
        {ymd(9999, 12, 31), 10, ymd(9999, 12, 31)},
        {ymd(1, 1, 1), -10, ymd(1, 1, 1)},
        {ymd(2026, 1, 1), INT64_MAX, ymd(9999, 12, 31)},
        {ymd(2026, 1, 1), INT64_MIN, ymd(1, 1, 1)},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(format_date(r.from));
        CAPTURE(r.n);
        CHECK(add_days(r.from, r.n) == r.to);
    }
}

TEST_CASE("weekday names are Vietnamese, Monday first") {
    CHECK(weekday_name(Weekday::monday) == "Thứ Hai");
    CHECK(weekday_name(Weekday::saturday) == "Thứ Bảy");
    CHECK(weekday_name(Weekday::sunday) == "Chủ nhật");
}

// [SECTION] Vietnam local time

TEST_CASE("local time is UTC+7 all year round") {
    struct Row {
        UnixSeconds utc;
        LocalDateTime local;
    };
    // clang-format off
    // instant (UTC seconds), Vietnam wall clock
    const Row rows[] = {
        {0, {ymd(1970, 1, 1), 7, 0, 0}},
        {1795833000, {ymd(2026, 11, 28), 9, 30, 0}},
        // 17:00Z on New Year's Eve is already midnight of the new year in Vietnam.
        {at("2026-12-31T17:00:00Z"), {ymd(2027, 1, 1), 0, 0, 0}},
        {at("2026-12-31T16:59:59Z"), {ymd(2026, 12, 31), 23, 59, 59}},
        // June: no daylight saving, still +7.
        {at("2026-06-15T00:00:00Z"), {ymd(2026, 6, 15), 7, 0, 0}},
        {-1, {ymd(1970, 1, 1), 6, 59, 59}},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.utc);
        CHECK(to_local(r.utc) == r.local);
        CHECK(from_local(r.local) == r.utc);
    }
    CHECK(local_date(at("2026-02-16T17:30:00Z")) == ymd(2026, 2, 17));
    CHECK(start_of_day(ymd(2026, 2, 17)) == at("2026-02-16T17:00:00Z"));
    // Out-of-range fields carry over instead of failing.
    CHECK(from_local({ymd(2026, 11, 28), 9, 75, 0}) == at("2026-11-28T10:15:00+07:00"));
}

TEST_CASE("extreme instants are clamped, not overflowed") {
    CHECK(to_local(INT64_MAX).date == ymd(9999, 12, 31));
    CHECK(to_local(INT64_MIN).date == ymd(1, 1, 1));
    CHECK(format_iso8601(INT64_MAX) == "9999-12-31T23:59:59+07:00");
    CHECK(format_iso8601(INT64_MIN) == "0001-01-01T00:00:00+07:00");
    CHECK(from_local({ymd(2026, 1, 1), INT32_MAX, INT32_MAX, INT32_MAX}) <= kMaxTime);
}

// [SECTION] ISO 8601 and display

TEST_CASE("format_iso8601 always writes Vietnam time with +07:00") {
    struct Row {
        UnixSeconds t;
        const char* text;
    };
    // clang-format off
    // instant, text
    const Row rows[] = {
        {1795833000, "2026-11-28T09:30:00+07:00"},
        {0, "1970-01-01T07:00:00+07:00"},
        {at("2027-01-01T00:00:00+07:00"), "2027-01-01T00:00:00+07:00"},
        {at("0001-01-01T07:00:00+07:00"), "0001-01-01T07:00:00+07:00"},
        {at("2026-11-28T09:30:05.999+07:00"), "2026-11-28T09:30:05+07:00"},
    };
    // clang-format on
    for (const Row& r : rows) CHECK(format_iso8601(r.t) == r.text);
}

TEST_CASE("format_date and the Vietnamese display formats pad with zeros") {
    CHECK(format_date(ymd(2026, 2, 7)) == "2026-02-07");
    CHECK(format_date(ymd(987, 1, 1)) == "0987-01-01");
    CHECK(format_display_date(ymd(2026, 2, 7)) == "07/02/2026");
    CHECK(format_display_datetime(at("2026-11-28T02:05:00Z")) == "09:05 28/11/2026");
}

TEST_CASE("parse_iso8601 accepts any offset, a bare date and fractions") {
    struct Row {
        const char* text;
        const char* same_instant_as;  // the canonical Vietnam form
    };
    // clang-format off
    // input, equivalent +07:00 text
    const Row rows[] = {
        {"2026-11-28T09:30:00+07:00", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T02:30:00Z", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T09:30:00+0700", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T09:30:00+07", "2026-11-28T09:30:00+07:00"},
        {"2026-11-27T21:30:00-05:00", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T02:30:00-00:00", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T08:00:00+05:30", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T09:30+07:00", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T02:30:00.123Z", "2026-11-28T09:30:00+07:00"},
        {"2026-11-28T02:30:00.123456789Z", "2026-11-28T09:30:00+07:00"},
        // A bare date is the start of that day in Vietnam.
        {"2026-11-28", "2026-11-28T00:00:00+07:00"},
        {"2024-02-29", "2024-02-29T00:00:00+07:00"},
        {"2026-12-31T23:59:59+07:00", "2026-12-31T23:59:59+07:00"},
        {"2026-12-31T23:00:00-12:00", "2027-01-01T18:00:00+07:00"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(std::string(r.text));
        const auto t = parse_iso8601(r.text);
        REQUIRE(t.has_value());
        CHECK(format_iso8601(*t) == r.same_instant_as);
    }
    CHECK(parse_iso8601("2026-11-28T09:30:00+07:00") == 1795833000);
}

TEST_CASE("parse_iso8601 rejects impossible dates and times and garbage") {
    // clang-format off
    // input that must be refused
    const char* rows[] = {
        "",
        "garbage",
        "2026-02-30",
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-11-28T24:00:00+07:00",
        "2026-11-28T24:00:01+07:00",
        "2026-11-28T23:60:00+07:00",
        "2026-11-28T23:59:60+07:00",
        "2026-11-28T09:30:00",  // no offset: ambiguous
        "2026-11-28T09:30",
        "2026-11-28T09+07:00",
        "2026-11-28 09:30:00+07:00",
        "2026-11-28t09:30:00z",
        "2026-11-28T09:30:00+7:00",
        "2026-11-28T09:30:00+07:0",
        "2026-11-28T09:30:00+24:00",
        "2026-11-28T09:30:00+07:60",
        "2026-11-28T09:30:00+07:00 ",
        " 2026-11-28",
        "2026-11-28T",
        "2026-11-28T09:30:00.Z",
        "2026-11-28T09:30:00.1234567890Z",
        "2026-11-28T09:30:00ZZ",
        "26-11-28",
        "+2026-11-28",
        "20261128",
        "2026-1-28",
        "2026-11-28T9:30:00Z",
        "0000-01-01",
        "0001-01-01T00:30:00+08:00",  // before 0001-01-01 in Vietnam
        "9999-12-31T23:59:59-01:00",  // after 9999-12-31 in Vietnam
        "2026-11-28T09:30:00+07:00\n",
    };
    // clang-format on
    for (const char* text : rows) {
        CAPTURE(std::string(text));
        CHECK_FALSE(parse_iso8601(text).has_value());
    }
    // An embedded NUL is not the end of the string for a string_view.
    CHECK_FALSE(parse_iso8601(std::string_view("2026-11-28\0x", 12)).has_value());
}

TEST_CASE("parse_date is strict YYYY-MM-DD") {
    CHECK(parse_date("2026-02-17") == ymd(2026, 2, 17));
    CHECK(parse_date("9999-12-31") == ymd(9999, 12, 31));
    CHECK_FALSE(parse_date("2026-02-30").has_value());
    CHECK_FALSE(parse_date("2026-02-17T00:00:00Z").has_value());
    CHECK_FALSE(parse_date("17/02/2026").has_value());
}

TEST_CASE("format then parse returns the same instant for many instants") {
    int failures = 0;
    for (UnixSeconds t = at("1950-01-01T00:00:00Z"); t < at("2100-01-01T00:00:00Z");
         t += 86400 * 37 + 3607) {
        if (parse_iso8601(format_iso8601(t)) != t) ++failures;
    }
    CHECK(failures == 0);
}

// [SECTION] lunar calendar

TEST_CASE("Tết (lunar 1/1) falls on the dates in shared/data/README.md") {
    struct Row {
        int year;
        Date tet;
    };
    // clang-format off
    // lunar year, first day of Tết
    const Row rows[] = {
        {2024, ymd(2024, 2, 10)}, {2025, ymd(2025, 1, 29)}, {2026, ymd(2026, 2, 17)},
        {2027, ymd(2027, 2, 6)},  {2028, ymd(2028, 1, 26)},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.year);
        CHECK(tet_day(r.year) == r.tet);
        CHECK(to_lunar(r.tet) == LunarDate{1, 1, r.year, false});
        CHECK(to_lunar(add_days(r.tet, -1)).month == 12);
    }
}

TEST_CASE(
    "Vietnam's Tết differs from China's where UTC+7 and UTC+8 put the new moon on different days") {
    struct Row {
        int year;
        Date vietnam;  // UTC+7
        Date china;    // UTC+8
    };
    // clang-format off
    // lunar year, Tết in Vietnam, Tết in China
    const Row rows[] = {
        {1985, ymd(1985, 1, 21), ymd(1985, 2, 20)},
        {2007, ymd(2007, 2, 17), ymd(2007, 2, 18)},
        {2030, ymd(2030, 2, 2), ymd(2030, 2, 3)},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.year);
        CHECK(tet_day(r.year) == r.vietnam);
        CHECK(from_lunar(LunarDate{1, 1, r.year, false}, 8) == r.china);
    }
}

TEST_CASE("Giỗ Tổ Hùng Vương (10/3 lunar) falls on the dates in shared/data/README.md") {
    struct Row {
        int year;
        Date day;
    };
    // clang-format off
    // lunar year, Gregorian day of 10/3
    const Row rows[] = {
        {2024, ymd(2024, 4, 18)}, {2025, ymd(2025, 4, 7)}, {2026, ymd(2026, 4, 26)},
        {2027, ymd(2027, 4, 16)}, {2028, ymd(2028, 4, 4)},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.year);
        CHECK(from_lunar(LunarDate{10, 3, r.year, false}) == r.day);
        CHECK(to_lunar(r.day) == LunarDate{10, 3, r.year, false});
    }
}

TEST_CASE("leap months (tháng nhuận) are where the Vietnamese calendar puts them") {
    struct Row {
        int lunar_year;
        int leap;  // 0 = none
    };
    // clang-format off
    // lunar year, its leap month
    const Row rows[] = {
        {2017, 6}, {2020, 4}, {2023, 2}, {2024, 0}, {2025, 6},
        {2026, 0}, {2027, 0}, {2028, 5}, {2033, 11},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.lunar_year);
        CHECK(leap_month(r.lunar_year) == r.leap);
    }
    // 2025's leap 6th month follows the ordinary one.
    const auto leap6 = from_lunar(LunarDate{1, 6, 2025, true});
    const auto plain6 = from_lunar(LunarDate{1, 6, 2025, false});
    REQUIRE(leap6.has_value());
    REQUIRE(plain6.has_value());
    CHECK(*plain6 == ymd(2025, 6, 25));
    CHECK(*leap6 == ymd(2025, 7, 25));
    CHECK(to_lunar(ymd(2025, 7, 25)) == LunarDate{1, 6, 2025, true});
    // Leap 11th month of 2033 (the "2033 problem"), in Vietnam too.
    const auto leap11 = from_lunar(LunarDate{1, 11, 2033, true});
    REQUIRE(leap11.has_value());
    CHECK(to_lunar(*leap11) == LunarDate{1, 11, 2033, true});
}

TEST_CASE("from_lunar refuses lunar dates that do not exist") {
    // clang-format off
    // lunar date that must be refused
    const LunarDate rows[] = {
        {1, 6, 2026, true},    // 2026 has no leap month
        {1, 5, 2025, true},    // 2025's leap month is the 6th
        {0, 1, 2026, false},   // day 0
        {31, 1, 2026, false},  // day 31
        {1, 13, 2026, false},  // month 13
        {1, 0, 2026, false},   // month 0
        {1, 1, 1, false},      // outside the supported years
    };
    // clang-format on
    for (const LunarDate& l : rows) {
        CAPTURE(l.day);
        CAPTURE(l.month);
        CAPTURE(l.year);
        CHECK_FALSE(from_lunar(l).has_value());
    }
    // A 30th only in a 30-day month.
    for (int m = 1; m <= 12; ++m) {
        CAPTURE(m);
        const int len = lunar_month_length(2026, m, false);
        CHECK((len == 29 || len == 30));
        CHECK(from_lunar(LunarDate{30, m, 2026, false}).has_value() == (len == 30));
    }
    CHECK(lunar_month_length(2026, 6, true) == 0);
}

TEST_CASE("to_lunar of an invalid Gregorian date is all zeros") {
    CHECK(to_lunar(ymd(2026, 2, 30)) == LunarDate{0, 0, 0, false});
}

TEST_CASE(
    "the last day of a lunar month is never day 0 (the published code's 2054 and 2062 slips)") {
    // Gregorian day, its lunar date (the published JavaScript answers day 0 for both)
    CHECK(to_lunar(ymd(2054, 5, 7)) == LunarDate{30, 3, 2054, false});
    CHECK(to_lunar(ymd(2062, 4, 9)) == LunarDate{30, 2, 2062, false});
}

TEST_CASE("every day 1900-2100 converts to lunar and back, and lunar days run 1, 2, ... 29 or 30") {
    int round_trip_failures = 0;
    int sequence_failures = 0;
    LunarDate previous = to_lunar(ymd(1899, 12, 31));
    for (std::int64_t d = to_days(ymd(1900, 1, 1)); d <= to_days(ymd(2100, 12, 31)); ++d) {
        const Date g = civil_from_days(d);
        const LunarDate l = to_lunar(g);
        if (from_lunar(l) != g) ++round_trip_failures;
        const bool next_day = l.day == previous.day + 1 && l.month == previous.month &&
                              l.is_leap_month == previous.is_leap_month;
        const bool new_month = l.day == 1 && (previous.day == 29 || previous.day == 30);
        if (!(next_day || new_month)) ++sequence_failures;
        previous = l;
    }
    CHECK(round_trip_failures == 0);
    CHECK(sequence_failures == 0);
}

TEST_CASE(
    "every lunar year 1900-2100 has 12 months, or 13 with one leap month, and a Tết in late Jan or "
    "Feb") {
    int failures = 0;
    for (int y = 1900; y <= 2100; ++y) {
        const std::int64_t length = to_days(tet_day(y + 1)) - to_days(tet_day(y));
        const bool leap = leap_month(y) != 0;
        const bool ok = leap ? (length >= 383 && length <= 385) : (length >= 353 && length <= 355);
        const Date t = tet_day(y);
        const bool in_season = (t.month == 1 && t.day >= 20) || (t.month == 2 && t.day <= 21);
        if (!ok || !in_season) ++failures;
    }
    CHECK(failures == 0);
}

TEST_CASE("the lunar table 1900-2100 is pinned: native and wasm must print the same checksum") {
    // FNV-1a over (day, month, year, leap) of every day. The table was checked
    // day by day against Hồ Ngọc Đức's published JavaScript; the two differ
    // only on 2054-05-07 and 2062-04-09, where that code answers day 0.
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](std::int64_t v) {
        h ^= static_cast<std::uint64_t>(v);
        h *= 1099511628211ULL;
    };
    for (std::int64_t d = to_days(ymd(1900, 1, 1)); d <= to_days(ymd(2100, 12, 31)); ++d) {
        const LunarDate l = to_lunar(civil_from_days(d));
        mix(l.day);
        mix(l.month);
        mix(l.year);
        mix(l.is_leap_month ? 1 : 0);
    }
    CHECK(h == 8516419128311482320ULL);
}

TEST_CASE(
    "lunar algorithm pieces: Julian days, the 1900 new moon, the sun at the equinox and solstice") {
    CHECK(julian_day_number(ymd(1970, 1, 1)) == 2440588);
    CHECK(julian_day_number(ymd(2000, 1, 1)) == 2451545);
    CHECK(date_from_julian_day_number(2451545) == ymd(2000, 1, 1));
    // New moon k = 0: 1900-01-01 13:52 UT (JD 2415021.077).
    CHECK(new_moon_julian_date(0) == doctest::Approx(2415021.077).epsilon(1e-9));
    CHECK(new_moon_day(0, 7) == julian_day_number(ymd(1900, 1, 1)));
    // 2026-02-17 (Tết) is a new moon day in Vietnam.
    const std::int64_t k2026 = 1560;
    CHECK(date_from_julian_day_number(new_moon_day(k2026, 7)) == ymd(2026, 2, 17));
    // The sun is near 0 rad at the March equinox (2026-03-20 14:46 UT) and near 3π/2 at the
    // December solstice.
    const double equinox =
        static_cast<double>(julian_day_number(ymd(2026, 3, 20))) + (14.0 + 46.0 / 60) / 24 - 0.5;
    const double lon = sun_longitude(equinox);
    CHECK((lon < 0.001 || lon > 2 * 3.14159265358979 - 0.001));
    CHECK(sun_longitude_sector(julian_day_number(ymd(2026, 12, 23)), 7) == 9);
    CHECK(sun_longitude_sector(julian_day_number(ymd(2026, 12, 20)), 7) == 8);
    // Month 11 of 2025 (the month holding the 21 Dec solstice) begins 20 Dec;
    // 20 Nov begins month 10, the leap 6th month having pushed it back.
    CHECK(date_from_julian_day_number(lunar_month11_start(2025, 7)) == ymd(2025, 12, 20));
    CHECK(to_lunar(ymd(2025, 12, 20)) == LunarDate{1, 11, 2025, false});
    CHECK(to_lunar(ymd(2025, 11, 20)) == LunarDate{1, 10, 2025, false});
}

// [SECTION] public holidays

namespace {

struct Expected {
    Date date;
    HolidayKind kind;
};

void check_year(int year, const std::vector<Expected>& expected) {
    const std::vector<Holiday> got = statutory_holidays(year);
    CAPTURE(year);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(format_date(expected[i].date));
        CHECK(got[i].date == expected[i].date);
        CHECK(got[i].kind == expected[i].kind);
        CHECK(got[i].name == holiday_kind_name(expected[i].kind));
    }
}

using K = HolidayKind;

}  // namespace

TEST_CASE(
    "holidays 2025: Tết Wed 29 Jan, the Saturday of Tết is made up on Mon 27 Jan, 2 Sep joined by "
    "Mon 1 Sep") {
    // clang-format off
    // date, kind (matches the Government's 2025 decisions: off 25 Jan-2 Feb, 30 Aug-2 Sep)
    check_year(2025, {
                         {ymd(2025, 1, 1), K::new_year},
                         {ymd(2025, 1, 27), K::compensatory},
                         {ymd(2025, 1, 28), K::tet},  // 29 Tết, the last day of Giáp Thìn
                         {ymd(2025, 1, 29), K::tet},
                         {ymd(2025, 1, 30), K::tet},
                         {ymd(2025, 1, 31), K::tet},
                         {ymd(2025, 2, 1), K::tet},  // Saturday
                         {ymd(2025, 4, 7), K::hung_kings},
                         {ymd(2025, 4, 30), K::victory},
                         {ymd(2025, 5, 1), K::labour},
                         {ymd(2025, 9, 1), K::national_day},
                         {ymd(2025, 9, 2), K::national_day},
                     });
    // clang-format on
}

TEST_CASE(
    "holidays 2026: Tết Mon 16-Fri 20 Feb, Giỗ Tổ on Sunday made up Mon 27 Apr, 2 Sep (Wed) joined "
    "by 1 Sep") {
    // clang-format off
    // date, kind (Tết matches the Government's 2026 decision: off 14-22 Feb)
    check_year(2026, {
                         {ymd(2026, 1, 1), K::new_year},
                         {ymd(2026, 2, 16), K::tet},
                         {ymd(2026, 2, 17), K::tet},
                         {ymd(2026, 2, 18), K::tet},
                         {ymd(2026, 2, 19), K::tet},
                         {ymd(2026, 2, 20), K::tet},
                         {ymd(2026, 4, 26), K::hung_kings},  // Sunday
                         {ymd(2026, 4, 27), K::compensatory},
                         {ymd(2026, 4, 30), K::victory},
                         {ymd(2026, 5, 1), K::labour},
                         {ymd(2026, 9, 1), K::national_day},
                         {ymd(2026, 9, 2), K::national_day},
                     });
    // clang-format on
}

TEST_CASE(
    "holidays 2027: Tết Sat 6 Feb owes two weekdays (Thu 4, Wed 10 Feb), 1 May on Saturday made up "
    "Mon 3 May, 2 Sep (Thu) joined by Fri 3 Sep") {
    // clang-format off
    // date, kind
    check_year(2027, {
                         {ymd(2027, 1, 1), K::new_year},
                         {ymd(2027, 2, 4), K::compensatory},
                         {ymd(2027, 2, 5), K::tet},
                         {ymd(2027, 2, 6), K::tet},  // Saturday
                         {ymd(2027, 2, 7), K::tet},  // Sunday
                         {ymd(2027, 2, 8), K::tet},
                         {ymd(2027, 2, 9), K::tet},
                         {ymd(2027, 2, 10), K::compensatory},
                         {ymd(2027, 4, 16), K::hung_kings},
                         {ymd(2027, 4, 30), K::victory},
                         {ymd(2027, 5, 1), K::labour},  // Saturday
                         {ymd(2027, 5, 3), K::compensatory},
                         {ymd(2027, 9, 2), K::national_day},
                         {ymd(2027, 9, 3), K::national_day},
                     });
    // clang-format on
}

TEST_CASE("compensatory days (nghỉ bù) match past Government decisions") {
    struct Row {
        Date day;
        HolidayKind kind;
    };
    // clang-format off
    // day that must be off, why (year's decision)
    const Row rows[] = {
        {ymd(2022, 1, 3), K::compensatory},   // 1 Jan 2022 was a Saturday
        {ymd(2023, 1, 2), K::compensatory},   // 1 Jan 2023 was a Sunday
        {ymd(2022, 4, 11), K::compensatory},  // Giỗ Tổ 2022 on Sunday 10 Apr
        {ymd(2022, 5, 2), K::compensatory},   // 30 Apr 2022 Saturday
        {ymd(2022, 5, 3), K::compensatory},   // 1 May 2022 Sunday
        {ymd(2021, 5, 3), K::compensatory},   // 1 May 2021 Saturday
        {ymd(2023, 5, 2), K::compensatory},   // 2023: Giỗ Tổ Sat 29 Apr, 30 Apr Sun: off 29 Apr-3 May
        {ymd(2023, 5, 3), K::compensatory},
        {ymd(2023, 9, 1), K::national_day},   // 2 Sep 2023 Saturday: off 1-4 Sep
        {ymd(2023, 9, 4), K::compensatory},
        {ymd(2024, 9, 3), K::national_day},   // 2 Sep 2024 Monday: off 31 Aug-3 Sep
        {ymd(2024, 2, 8), K::compensatory},   // Tết 2024: off Thu 8-Wed 14 Feb
        {ymd(2024, 2, 14), K::compensatory},
        {ymd(2023, 1, 20), K::compensatory},  // Tết 2023: off Fri 20-Thu 26 Jan
        {ymd(2023, 1, 26), K::compensatory},
        {ymd(2021, 2, 10), K::compensatory},  // Tết 2021: off Wed 10-Tue 16 Feb
        {ymd(2021, 2, 16), K::compensatory},
    };
    // clang-format on
    const HolidayCalendar cal = HolidayCalendar::build(2021, 2024);
    for (const Row& r : rows) {
        CAPTURE(format_date(r.day));
        const Holiday* h = cal.holiday_on(r.day);
        REQUIRE(h != nullptr);
        CHECK(h->kind == r.kind);
    }
    // And not one day more around Tết 2024 than the decision gave.
    CHECK_FALSE(cal.is_holiday(ymd(2024, 2, 7)));
    CHECK_FALSE(cal.is_holiday(ymd(2024, 2, 15)));
}

TEST_CASE("the day joining 2 Sep gives the longest break, ties go to a weekday, then to 1 Sep") {
    struct Row {
        int year;
        int adjacent;  // 1 or 3 September
    };
    // clang-format off
    // year, chosen day (2 Sep's weekday; Government decision where known)
    const Row rows[] = {
        {2021, 3},  // Thu: Thu-Sun (decided 2-3 Sep)
        {2022, 1},  // Fri: tie, 1 Sep is a weekday (decided 1-2 Sep)
        {2023, 1},  // Sat: tie, 1 Sep is Friday (decided 1-4 Sep)
        {2024, 3},  // Mon: tie, 3 Sep is Tuesday (decided 2-3 Sep)
        {2025, 1},  // Tue: Sat-Tue (decided 1-2 Sep)
        {2026, 1},  // Wed: tie of weekdays -> 1 Sep
        {2027, 3},  // Thu
        {2029, 3},  // Sun: 1 Sep would be a Saturday
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.year);
        CHECK(national_day_adjacent_day(r.year) == ymd(r.year, 9, r.adjacent));
    }
}

TEST_CASE(
    "every year 1900-2199 has 11 statutory days plus their make-up days, one entry per date, "
    "sorted") {
    int failures = 0;
    for (int y = 1900; y <= 2199; ++y) {
        const std::vector<Holiday> days = statutory_holidays(y);
        int statutory = 0;
        for (std::size_t i = 0; i < days.size(); ++i) {
            if (days[i].kind != K::compensatory) ++statutory;
            if (days[i].date.year != y) ++failures;
            if (i > 0 && !(days[i - 1].date < days[i].date)) ++failures;
            // A make-up day is never a weekend.
            const Weekday w = weekday(days[i].date);
            if (days[i].kind == K::compensatory && (w == Weekday::saturday || w == Weekday::sunday))
                ++failures;
        }
        // 1947 is the one year of the range in which Giỗ Tổ fell on 30 Apr: one date, two holidays.
        if (statutory != (y == 1947 ? 10 : 11)) ++failures;
    }
    CHECK(failures == 0);
    CHECK(statutory_holidays(1899).empty());
    CHECK(statutory_holidays(2200).empty());
}

TEST_CASE("Giỗ Tổ on 30 Apr (1947) still gives a day in lieu") {
    const HolidayCalendar cal = HolidayCalendar::build(1947, 1947);
    REQUIRE(cal.holiday_on(ymd(1947, 4, 30)) != nullptr);
    // 30 Apr 1947 was a Wednesday; 1 May is Labour Day, so the day in lieu is Fri 2 May.
    REQUIRE(cal.holiday_on(ymd(1947, 5, 2)) != nullptr);
    CHECK(cal.holiday_on(ymd(1947, 5, 2))->kind == K::compensatory);
}

TEST_CASE(
    "admin overrides add named days off, remove default days and make Saturdays working days") {
    HolidayOverrides o;
    // 2025 as decided: Tết off 25 Jan-2 Feb already matches; the admin moves
    // 2 Sep's make-up to a local day and adds a provincial event.
    o.added.push_back(Holiday{ymd(2025, 6, 16), K::extra, "Nghỉ theo quyết định của UBND tỉnh"});
    o.added.push_back(Holiday{ymd(2025, 1, 2), K::extra, ""});  // default name filled in
    o.added.push_back(
        Holiday{ymd(2025, 4, 7), K::hung_kings, "Giỗ Tổ (tên riêng)"});  // renames a default
    o.removed.push_back(ymd(2025, 1, 27));
    o.working_days.push_back(ymd(2025, 2, 8));  // làm bù Saturday
    o.working_days.push_back(ymd(2025, 2, 8));  // duplicates are harmless
    o.added.push_back(Holiday{ymd(2025, 2, 30), K::extra, "ngày không tồn tại"});  // ignored
    const HolidayCalendar cal = HolidayCalendar::build(2025, 2025, o);

    struct Row {
        Date day;
        bool holiday;
        bool working_day;
        const char* name;  // "" when no holiday
    };
    // clang-format off
    // day, holiday?, làm bù?, name
    const Row rows[] = {
        {ymd(2025, 6, 16), true, false, "Nghỉ theo quyết định của UBND tỉnh"},
        {ymd(2025, 1, 2), true, false, "Ngày nghỉ"},
        {ymd(2025, 4, 7), true, false, "Giỗ Tổ (tên riêng)"},
        {ymd(2025, 1, 27), false, false, ""},
        {ymd(2025, 1, 28), true, false, "Tết Nguyên Đán"},
        {ymd(2025, 2, 8), false, true, ""},
        {ymd(2025, 2, 9), false, false, ""},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(format_date(r.day));
        CHECK(cal.is_holiday(r.day) == r.holiday);
        CHECK(cal.is_make_up_working_day(r.day) == r.working_day);
        const Holiday* h = cal.holiday_on(r.day);
        CHECK(std::string(h ? h->name : "") == r.name);
    }
    CHECK(cal.holidays_in(2025).size() == statutory_holidays(2025).size() - 1 + 2);
    CHECK(cal.make_up_working_days().size() == 1);
    CHECK_FALSE(cal.is_holiday(ymd(2025, 2, 30)));
}

TEST_CASE("a calendar covers only the years it was built for") {
    const HolidayCalendar cal = HolidayCalendar::build(2026, 2027);
    CHECK(cal.is_holiday(ymd(2026, 1, 1)));
    CHECK(cal.is_holiday(ymd(2027, 9, 3)));
    CHECK_FALSE(cal.is_holiday(ymd(2025, 1, 1)));
    CHECK_FALSE(cal.is_holiday(ymd(2028, 1, 1)));
    CHECK(cal.holidays_in(2026).size() == statutory_holidays(2026).size());
    CHECK(HolidayCalendar::build(2030, 2020).holidays().empty());
    CHECK(HolidayCalendar{}.holidays().empty());
}

TEST_CASE("holiday kinds have their Vietnamese names") {
    struct Row {
        HolidayKind kind;
        const char* name;
    };
    // clang-format off
    // kind, name
    const Row rows[] = {
        {K::new_year, "Tết Dương lịch"},
        {K::tet, "Tết Nguyên Đán"},
        {K::hung_kings, "Giỗ Tổ Hùng Vương"},
        {K::victory, "Ngày Chiến thắng"},
        {K::labour, "Ngày Quốc tế Lao động"},
        {K::national_day, "Ngày Quốc khánh"},
        {K::compensatory, "Nghỉ bù"},
        {K::extra, "Ngày nghỉ"},
    };
    // clang-format on
    for (const Row& r : rows) CHECK(holiday_kind_name(r.kind) == r.name);
}

// [SECTION] months

namespace {

// 2026-11-28T09:30:00+07:00
constexpr UnixSeconds kNov28 = 1795833000;

}  // namespace

TEST_CASE("month_span: calendar months in Vietnam time, across years") {
    // now (UTC seconds), offset, year, month
    const struct {
        UnixSeconds now;
        int offset;
        int year, month;
    } rows[] = {
        {kNov28, 0, 2026, 11},
        {kNov28, -1, 2026, 10},
        {kNov28, 2, 2027, 1},
        {kNov28, -11, 2025, 12},
        // 2026-11-30T17:30Z is already 1 December in Vietnam.
        {1796059800, 0, 2026, 12},
    };
    for (const auto& r : rows) {
        CAPTURE(r.now);
        CAPTURE(r.offset);
        const MonthSpan m = month_span(r.now, r.offset);
        CHECK(m.year == r.year);
        CHECK(m.month == r.month);
        CHECK(local_date(m.start) == Date{r.year, r.month, 1});
        CHECK(to_local(m.start).hour == 0);
        CHECK(local_date(m.end) == add_days(Date{r.year, r.month, days_in_month(r.year, r.month)}, 1));
    }
    CHECK(month_key(month_span(kNov28, -2)) == "2026-09");
    CHECK(month_key(2026, 3) == "2026-03");
    CHECK(month_key(1, 12) == "0001-12");
}
