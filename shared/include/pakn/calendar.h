// Dates and times for PAKN: instants, Vietnam wall-clock time, ISO 8601, the
// Vietnamese lunar calendar (âm lịch) and the statutory public holidays.
//
// [SECTION] index: instants and dates, Vietnam local time, ISO 8601 and
// display, lunar calendar, lunar algorithm pieces, public holidays.
//
// Everything here is pure arithmetic on integers (and doubles for the
// astronomy): no clock, no OS time-zone database, no std::chrono calendar
// types, so the native server and the wasm client compute the same dates.
// Vietnam has kept UTC+7 without daylight saving since 1975; earlier history
// is out of scope. No function here throws.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// [SECTION] instants and dates

// An instant: seconds since 1970-01-01T00:00:00Z, leap seconds ignored (POSIX).
using UnixSeconds = std::int64_t;

// Vietnam's offset from UTC (Asia/Ho_Chi_Minh, no DST).
inline constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;

// The first and last instants the calendar handles: 0001-01-01T00:00:00 and
// 9999-12-31T23:59:59 Vietnam time, so every instant has a 4-digit local
// year. Inputs outside are clamped; kNever marks "no such time" (e.g. a
// deadline in a schedule that has no working time at all).
inline constexpr UnixSeconds kMinTime = -62135596800 - kVietnamUtcOffsetSeconds;
inline constexpr UnixSeconds kMaxTime = 253402300799 - kVietnamUtcOffsetSeconds;
inline constexpr UnixSeconds kNever = kMaxTime;

// A day of the proleptic Gregorian calendar. Ordering compares year, then
// month, then day, which is chronological for valid dates.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    auto operator<=>(const Date&) const = default;
};

// Monday first, as in Vietnamese weeks (Thứ Hai ... Chủ nhật); the value is
// the index used by WorkSchedule::working_weekdays.
enum class Weekday : int { monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday };

// True for Gregorian leap years (divisible by 4, except centuries not divisible by 400).
bool is_leap_year(int year) noexcept;

// Number of days in `month` of `year`; 0 when month is outside 1..12.
int days_in_month(int year, int month) noexcept;

// True when `d` names a real day between 0001-01-01 and 9999-12-31.
bool is_valid(const Date& d) noexcept;

// Days from 1970-01-01 to y-m-d (negative before); any ints, no validation (Hinnant's
// days_from_civil).
std::int64_t days_from_civil(int y, int m, int d) noexcept;

// The date `days` after 1970-01-01, clamped to 0001-01-01..9999-12-31 (Hinnant's civil_from_days).
Date civil_from_days(std::int64_t days) noexcept;

// Days from 1970-01-01 to `d`.
std::int64_t to_days(const Date& d) noexcept;

// The date `n` days after `d` (before when n < 0), clamped to the supported range.
Date add_days(const Date& d, std::int64_t n) noexcept;

// Day of the week of `d`.
Weekday weekday(const Date& d) noexcept;

// Vietnamese name of a weekday: "Thứ Hai" ... "Thứ Bảy", "Chủ nhật".
std::string_view weekday_name(Weekday w) noexcept;

// [SECTION] Vietnam local time (UTC+7)

// A wall-clock time in Vietnam.
struct LocalDateTime {
    Date date;
    int hour = 0;
    int minute = 0;
    int second = 0;

    auto operator<=>(const LocalDateTime&) const = default;
};

// Vietnam wall-clock time of an instant (clamped to kMinTime..kMaxTime).
LocalDateTime to_local(UnixSeconds t) noexcept;

// The instant of a Vietnam wall-clock time; out-of-range fields carry over (09:75 is 10:15).
UnixSeconds from_local(const LocalDateTime& lt) noexcept;

// The Vietnam calendar day an instant falls on.
Date local_date(UnixSeconds t) noexcept;

// The instant 00:00 Vietnam time begins day `d`.
UnixSeconds start_of_day(const Date& d) noexcept;

// A calendar month in Vietnam time, [start, end).
struct MonthSpan {
    int year = 1970;
    int month = 1;
    UnixSeconds start = 0;
    UnixSeconds end = 0;

    bool operator==(const MonthSpan&) const = default;
};

// The month `offset` months from the one holding `now` (0 this month, -1 the
// previous one), in Vietnam time.
MonthSpan month_span(UnixSeconds now, int offset) noexcept;

// [SECTION] ISO 8601 and display

// "2026-11-28T09:30:00+07:00": always Vietnam time, always the +07:00 offset.
std::string format_iso8601(UnixSeconds t);

// "2026-11-28".
std::string format_date(const Date& d);

// "2026-11" (ISO 8601 year and month): how statistics and dashboards key a month.
std::string month_key(int year, int month);
std::string month_key(const MonthSpan& m);

// "28/11/2026", the way Vietnamese readers write dates.
std::string format_display_date(const Date& d);

// "09:30 28/11/2026" in Vietnam time, for lists and timelines.
std::string format_display_datetime(UnixSeconds t);

// Strict "YYYY-MM-DD" (4-digit year 0001..9999); nullopt for anything else.
std::optional<Date> parse_date(std::string_view s) noexcept;

// Strict RFC 3339 profile of ISO 8601: "YYYY-MM-DDThh:mm[:ss[.fff]]" followed
// by "Z", "±hh:mm", "±hhmm" or "±hh"; or a bare date, meaning 00:00 Vietnam
// time. Hours 00..23 (no "24:00"), seconds 00..59 (no leap second), fractions
// truncated. nullopt on anything else; never throws.
std::optional<UnixSeconds> parse_iso8601(std::string_view s) noexcept;

// [SECTION] lunar calendar (âm lịch)

// The lunar calendar offset: Vietnam computes its calendar at UTC+7 (China uses
// UTC+8, which is why Tết sometimes falls on a different day, e.g. 1985, 2007).
inline constexpr int kVietnamLunarUtcOffsetHours = 7;

// A day of the Vietnamese lunar calendar. `year` is the Gregorian year in
// which that lunar year begins (Tết of 2026 starts lunar year 2026, Bính Ngọ).
struct LunarDate {
    int day = 1;
    int month = 1;
    int year = 1970;
    bool is_leap_month = false;  // tháng nhuận: the repeated month

    auto operator<=>(const LunarDate&) const = default;
};

// The lunar date of a Gregorian day (tested 1900..2100); all 0 if invalid or outside 2..9998.
LunarDate to_lunar(const Date& d, int utc_offset_hours = kVietnamLunarUtcOffsetHours) noexcept;

// The Gregorian day of a lunar date; nullopt when no such day (a 30th in a
// 29-day month, a leap flag on a month that is not leap that year, ...).
std::optional<Date> from_lunar(const LunarDate& l,
                               int utc_offset_hours = kVietnamLunarUtcOffsetHours) noexcept;

// The leap month (1..12) of lunar year `lunar_year`, or 0 when the year has none.
int leap_month(int lunar_year, int utc_offset_hours = kVietnamLunarUtcOffsetHours) noexcept;

// Length (29 or 30) of a lunar month; 0 when that month does not exist.
int lunar_month_length(int lunar_year, int month, bool is_leap_month,
                       int utc_offset_hours = kVietnamLunarUtcOffsetHours) noexcept;

// Tết Nguyên Đán: the Gregorian day of lunar 1/1 of `year` (1 Jan for years outside 2..9998).
Date tet_day(int year) noexcept;

// [SECTION] lunar algorithm pieces
// Hồ Ngọc Đức's method ("Thuật toán tính âm lịch"), with Jean Meeus's
// formulas ("Astronomical Algorithms", 1998). Exposed so tests can pin them.

// Julian Day Number of a Gregorian date (2440588 for 1970-01-01).
std::int64_t julian_day_number(const Date& d) noexcept;

// The Gregorian date of a Julian Day Number (clamped like civil_from_days).
Date date_from_julian_day_number(std::int64_t jdn) noexcept;

// Julian Date (UT) of new moon k, counted from the one of 1900-01-01 (k < 0: earlier).
double new_moon_julian_date(std::int64_t k) noexcept;

// Julian Day Number of the local day on which the k-th new moon falls.
std::int64_t new_moon_day(std::int64_t k, int utc_offset_hours) noexcept;

// Apparent ecliptic longitude of the sun at Julian Date `jd`, radians in [0, 2π).
double sun_longitude(double jd) noexcept;

// The sun's 30° sector (0..11, 0 = from the March equinox) at the local midnight starting `jdn`.
int sun_longitude_sector(std::int64_t jdn, int utc_offset_hours) noexcept;

// Julian Day Number of the first day of lunar month 11 (the month holding the
// December solstice) that begins in or before December of Gregorian `year`.
std::int64_t lunar_month11_start(int year, int utc_offset_hours) noexcept;

// Months after the month-11 start `a11` until the leap month (the first month
// without a major solar term); meaningful only when the next month 11 is 13 months away.
int leap_month_offset(std::int64_t a11, int utc_offset_hours) noexcept;

// [SECTION] public holidays (Labor Code 2019, art. 112)

// What a day off is for. `extra` is a day the admin added (Government decision, local event).
enum class HolidayKind {
    new_year,      // Tết Dương lịch, 1 Jan
    tet,           // Tết Nguyên Đán, 5 days
    hung_kings,    // Giỗ Tổ Hùng Vương, 10/3 lunar
    victory,       // Ngày Chiến thắng, 30 Apr
    labour,        // Ngày Quốc tế Lao động, 1 May
    national_day,  // Ngày Quốc khánh, 2 Sep and one adjacent day
    compensatory,  // Nghỉ bù: a holiday fell on a weekly rest day
    extra,         // added by the admin
};

// Vietnamese default name of a kind ("Tết Nguyên Đán", "Nghỉ bù", ...).
std::string_view holiday_kind_name(HolidayKind k) noexcept;

// One day off with the name users see.
struct Holiday {
    Date date;
    HolidayKind kind = HolidayKind::extra;
    std::string name;

    bool operator==(const Holiday&) const = default;
};

// The admin's corrections to the default rules, applied after them in this
// order: `removed` drops whatever holiday the rules put on those dates (the
// day then follows the ordinary weekly rule); `added` puts a named day off
// (replacing a rule's entry on the same date); `working_days` are làm bù
// days: worked even though they are a weekend or holiday.
struct HolidayOverrides {
    std::vector<Holiday> added;
    std::vector<Date> removed;
    std::vector<Date> working_days;
};

// Which adjacent day joins 2 Sep when the Government has not said: the one
// (1 or 3 Sep) giving the longest unbroken time off with the weekend; on a
// tie the one that is a weekday (so it is not itself compensated); then 1 Sep.
Date national_day_adjacent_day(int year);

// The default days off of Gregorian `year` by art. 112, sorted, one entry per
// date, with compensatory days (art. 111: a holiday on Saturday or Sunday is
// made up on the next working day). Tết = the last day of the old lunar year
// and mùng 1..4; the weekdays owed for its weekend days go alternately before
// and after the break, as the Government's decisions of 2021-2026 did.
// Years outside 1900..2199 give an empty list.
std::vector<Holiday> statutory_holidays(int year);

// The days off of a range of years: the default rules plus admin overrides.
// Immutable once built; cheap lookups (binary search).
class HolidayCalendar {
public:
    // A calendar with no holidays at all (weekends still come from the schedule).
    HolidayCalendar() = default;

    // Default rules for first_year..last_year (clamped to 1900..2199) with `overrides` applied.
    static HolidayCalendar build(int first_year, int last_year,
                                 const HolidayOverrides& overrides = {});

    // True when `d` is a day off by holiday (weekly rest days are the schedule's business).
    bool is_holiday(const Date& d) const noexcept;

    // The holiday on `d`, or nullptr.
    const Holiday* holiday_on(const Date& d) const noexcept;

    // True when the admin made `d` a working day (làm bù), whatever else it is.
    bool is_make_up_working_day(const Date& d) const noexcept;

    // Holidays of one Gregorian year, sorted by date.
    std::vector<Holiday> holidays_in(int year) const;

    // All holidays, sorted by date, one per date.
    const std::vector<Holiday>& holidays() const { return holidays_; }

    // All make-up working days, sorted.
    const std::vector<Date>& make_up_working_days() const { return working_days_; }

private:
    std::vector<Holiday> holidays_;
    std::vector<Date> working_days_;
};

}  // namespace pakn
