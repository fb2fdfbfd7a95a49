// [SECTION] index: civil dates, local time, ISO 8601 formatting, ISO 8601
// parsing, lunar astronomy, lunar conversion, public holidays.
#include "pakn/calendar.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pakn {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Days of 0001-01-01 and 9999-12-31: the supported range, so that years
// always fit in an int and 4-digit formatting holds.
constexpr std::int64_t kMinDays = -719162;
constexpr std::int64_t kMaxDays = 2932896;

// Julian Day Number of 1970-01-01.
constexpr std::int64_t kUnixEpochJdn = 2440588;

constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Floor division and modulo: C++ truncates toward zero, dates need floor.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

std::int64_t clamp_days(std::int64_t days) { return std::clamp(days, kMinDays, kMaxDays); }
UnixSeconds clamp_time(UnixSeconds t) { return std::clamp(t, kMinTime, kMaxTime); }

}  // namespace

// [SECTION] civil dates

bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) noexcept {
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return kMonthDays[month - 1];
}

bool is_valid(const Date& d) noexcept {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

std::int64_t days_from_civil(int y_in, int m_in, int d_in) noexcept {
    // Widened first: callers may pass any int and the sums must not overflow.
    std::int64_t y = y_in;
    const std::int64_t m = m_in;
    const std::int64_t d = d_in;
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;                                    // [0, 399]
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
    return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t days) noexcept {
    const std::int64_t z = clamp_days(days) + 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t doe = z - era * 146097;                                       // [0, 146096]
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;                             // [1, 31]
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;                                // [1, 12]
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::int64_t to_days(const Date& d) noexcept { return days_from_civil(d.year, d.month, d.day); }

Date add_days(const Date& d, std::int64_t n) noexcept {
    // Saturating: n may be anything a caller computed, the result stays in range.
    const std::int64_t base = clamp_days(to_days(d));
    const std::int64_t step =
        std::clamp<std::int64_t>(n, -(kMaxDays - kMinDays), kMaxDays - kMinDays);
    return civil_from_days(base + step);
}

Weekday weekday(const Date& d) noexcept {
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    return static_cast<Weekday>(floor_mod(to_days(d) + 3, 7));
}

std::string_view weekday_name(Weekday w) noexcept {
    switch (w) {
        case Weekday::monday: return "Thứ Hai";
        case Weekday::tuesday: return "Thứ Ba";
        case Weekday::wednesday: return "Thứ Tư";
        case Weekday::thursday: return "Thứ Năm";
        case Weekday::friday: return "Thứ Sáu";
        case Weekday::saturday: return "Thứ Bảy";
        case Weekday::sunday: return "Chủ nhật";
    }
    return "";
}

// [SECTION] local time

LocalDateTime to_local(UnixSeconds t) noexcept {
    const std::int64_t local = clamp_time(t) + kVietnamUtcOffsetSeconds;
    const std::int64_t days = floor_div(local, kSecondsPerDay);
    const std::int64_t sod = local - days * kSecondsPerDay;
    LocalDateTime lt;
    lt.date = civil_from_days(days);
    lt.hour = static_cast<int>(sod / 3600);
    lt.minute = static_cast<int>(sod / 60 % 60);
    lt.second = static_cast<int>(sod % 60);
    return lt;
}

UnixSeconds from_local(const LocalDateTime& lt) noexcept {
    // Each term is widened before multiplying; a caller's absurd fields give
    // an absurd but defined instant, then clamped.
    const std::int64_t days = clamp_days(to_days(lt.date));
    const std::int64_t sod =
        std::int64_t{lt.hour} * 3600 + std::int64_t{lt.minute} * 60 + lt.second;
    return clamp_time(days * kSecondsPerDay + sod - kVietnamUtcOffsetSeconds);
}

Date local_date(UnixSeconds t) noexcept { return to_local(t).date; }

UnixSeconds start_of_day(const Date& d) noexcept { return from_local(LocalDateTime{d, 0, 0, 0}); }

MonthSpan month_span(UnixSeconds now, int offset) noexcept {
    const Date today = local_date(now);
    // Months since year 0, moved by `offset`, back to (year, month).
    const std::int64_t index = static_cast<std::int64_t>(today.year) * 12 + (today.month - 1) + offset;
    MonthSpan m;
    m.year = static_cast<int>(index / 12);
    m.month = static_cast<int>(index % 12) + 1;
    m.start = start_of_day(Date{m.year, m.month, 1});
    const int next_year = m.month == 12 ? m.year + 1 : m.year;
    const int next_month = m.month == 12 ? 1 : m.month + 1;
    m.end = start_of_day(Date{next_year, next_month, 1});
    return m;
}

// [SECTION] ISO 8601 formatting
namespace {

void append_padded(std::string& out, std::int64_t value, int width) {
    char buf[24];
    int n = 0;
    std::uint64_t v =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0) out.push_back('-');
    for (int i = n; i < width; ++i) out.push_back('0');
    while (n > 0) out.push_back(buf[--n]);
}

}  // namespace

std::string format_date(const Date& d) {
    std::string out;
    out.reserve(10);
    append_padded(out, d.year, 4);
    out.push_back('-');
    append_padded(out, d.month, 2);
    out.push_back('-');
    append_padded(out, d.day, 2);
    return out;
}

std::string month_key(int year, int month) {
    std::string out;
    out.reserve(7);
    append_padded(out, year, 4);
    out.push_back('-');
    append_padded(out, month, 2);
    return out;
}

std::string month_key(const MonthSpan& m) {
    return month_key(m.year, m.month);
}

std::string format_iso8601(UnixSeconds t) {
    const LocalDateTime lt = to_local(t);
    std::string out = format_date(lt.date);
    out.push_back('T');
    append_padded(out, lt.hour, 2);
    out.push_back(':');
    append_padded(out, lt.minute, 2);
    out.push_back(':');
    append_padded(out, lt.second, 2);
    out += "+07:00";
    return out;
}

std::string format_display_date(const Date& d) {
    std::string out;
    append_padded(out, d.day, 2);
    out.push_back('/');
    append_padded(out, d.month, 2);
    out.push_back('/');
    append_padded(out, d.year, 4);
    return out;
}

std::string format_display_datetime(UnixSeconds t) {
    const LocalDateTime lt = to_local(t);
    std::string out;
    append_padded(out, lt.hour, 2);
    out.push_back(':');
    append_padded(out, lt.minute, 2);
    out.push_back(' ');
    out += format_display_date(lt.date);
    return out;
}

// [SECTION] ISO 8601 parsing
namespace {

// A cursor over the input; every read checks bounds, so no input can read past the end.
struct Cursor {
    std::string_view s;
    std::size_t pos = 0;

    bool done() const { return pos >= s.size(); }
    bool peek(char c) const { return pos < s.size() && s[pos] == c; }
    bool eat(char c) {
        if (!peek(c)) return false;
        ++pos;
        return true;
    }
    bool is_digit_at(std::size_t i) const { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
    // Exactly `n` ASCII digits.
    std::optional<int> digits(int n) {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            if (!is_digit_at(pos)) return std::nullopt;
            v = v * 10 + (s[pos++] - '0');
        }
        return v;
    }
};

std::optional<Date> parse_date_at(Cursor& c) {
    const auto y = c.digits(4);
    if (!y || !c.eat('-')) return std::nullopt;
    const auto m = c.digits(2);
    if (!m || !c.eat('-')) return std::nullopt;
    const auto d = c.digits(2);
    if (!d) return std::nullopt;
    const Date date{*y, *m, *d};
    if (!is_valid(date)) return std::nullopt;
    return date;
}

// "Z", "±hh:mm", "±hhmm" or "±hh", as seconds east of UTC.
std::optional<int> parse_offset_at(Cursor& c) {
    if (c.eat('Z')) return 0;
    int sign = 0;
    if (c.eat('+'))
        sign = 1;
    else if (c.eat('-'))
        sign = -1;
    else
        return std::nullopt;
    const auto hh = c.digits(2);
    if (!hh || *hh > 23) return std::nullopt;
    int mm = 0;
    if (c.eat(':')) {
        const auto m = c.digits(2);
        if (!m) return std::nullopt;
        mm = *m;
    } else if (c.is_digit_at(c.pos)) {
        const auto m = c.digits(2);
        if (!m) return std::nullopt;
        mm = *m;
    }
    if (mm > 59) return std::nullopt;
    return sign * (*hh * 3600 + mm * 60);
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) noexcept {
    Cursor c{s};
    const auto d = parse_date_at(c);
    if (!d || !c.done()) return std::nullopt;
    return d;
}

std::optional<UnixSeconds> parse_iso8601(std::string_view s) noexcept {
    Cursor c{s};
    const auto date = parse_date_at(c);
    if (!date) return std::nullopt;
    // A bare date is a calendar day in Vietnam: its start, local time.
    if (c.done()) return start_of_day(*date);
    if (!c.eat('T')) return std::nullopt;
    const auto hh = c.digits(2);
    if (!hh || *hh > 23 || !c.eat(':')) return std::nullopt;
    const auto mi = c.digits(2);
    if (!mi || *mi > 59) return std::nullopt;
    int ss = 0;
    if (c.eat(':')) {
        const auto sec = c.digits(2);
        if (!sec || *sec > 59) return std::nullopt;
        ss = *sec;
        if (c.eat('.')) {
            // Fractions are dropped (instants are whole seconds), but must be digits.
            if (!c.is_digit_at(c.pos)) return std::nullopt;
            int count = 0;
            while (c.is_digit_at(c.pos)) {
                ++c.pos;
                if (++count > 9) return std::nullopt;
            }
        }
    }
    const auto offset = parse_offset_at(c);
    if (!offset || !c.done()) return std::nullopt;
    const std::int64_t local =
        to_days(*date) * kSecondsPerDay + std::int64_t{*hh} * 3600 + std::int64_t{*mi} * 60 + ss;
    const std::int64_t t = local - *offset;
    // "0001-01-01T00:30:00+08:00" is well formed but before 0001-01-01 in Vietnam.
    if (t < kMinTime || t > kMaxTime) return std::nullopt;
    return t;
}

// [SECTION] lunar astronomy
//
// The formulas follow Meeus as Hồ Ngọc Đức published them, with Meeus's
// variable names (T, M, F, L0...) so they can be checked against the book;
// the order of the floating-point operations is kept as written there so
// results match the reference tables, and only double is used (same IEEE
// results on x86-64 and wasm; std::floor decides every day boundary).

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDegree = kPi / 180.0;

// Mean synodic month and the Julian Date of the new moon of 1900-01-01 13:52 UT,
// used to guess which new moon (k) is near a day.
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoon1900 = 2415021.076998695;

// floor() as an integer. Saturates (NaN gives 0) so that absurd inputs to
// the public pieces (k = INT64_MAX) stay defined: a double-to-integer cast
// out of range is undefined behaviour.
std::int64_t ifloor(double x) {
    constexpr double kLimit = 9.0e15;
    if (!(x > -kLimit)) return x != x ? 0 : -static_cast<std::int64_t>(kLimit);
    if (!(x < kLimit)) return static_cast<std::int64_t>(kLimit);
    return static_cast<std::int64_t>(std::floor(x));
}

}  // namespace

std::int64_t julian_day_number(const Date& d) noexcept { return to_days(d) + kUnixEpochJdn; }

Date date_from_julian_day_number(std::int64_t jdn) noexcept {
    return civil_from_days(jdn - kUnixEpochJdn);
}

double new_moon_julian_date(std::int64_t k) noexcept {
    const double kd = static_cast<double>(k);
    const double T = kd / 1236.85;  // Julian centuries from 1900 January 0.5
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = kDegree;
    double jd1 = 2415020.75933 + 29.53058868 * kd + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 = jd1 + 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);  // mean new moon
    // Sun's mean anomaly, moon's mean anomaly, moon's argument of latitude.
    const double M = 359.2242 + 29.10535608 * kd - 0.0000333 * T2 - 0.00000347 * T3;
    const double Mpr = 306.0253 + 385.81691806 * kd + 0.0107306 * T2 + 0.00001236 * T3;
    const double F = 21.2964 + 390.67050646 * kd - 0.0016528 * T2 - 0.00000239 * T3;
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    // ΔT (TT − UT), a polynomial fit; the first branch covers centuries long past.
    double delta_t;
    if (T < -11) {
        delta_t = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    } else {
        delta_t = -0.000278 + 0.000265 * T + 0.000262 * T2;
    }
    return jd1 + c1 - delta_t;
}

std::int64_t new_moon_day(std::int64_t k, int utc_offset_hours) noexcept {
    // A Julian Date starts at noon, hence the half day.
    return ifloor(new_moon_julian_date(k) + 0.5 + utc_offset_hours / 24.0);
}

double sun_longitude(double jd) noexcept {
    const double T = (jd - 2451545.0) / 36525;  // Julian centuries from J2000.0
    const double T2 = T * T;
    const double dr = kDegree;
    // Mean anomaly and mean longitude, degrees.
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL = DL + (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;  // true longitude
    L = L - kPi * 2 * std::floor(L / (kPi * 2));
    return L;
}

int sun_longitude_sector(std::int64_t jdn, int utc_offset_hours) noexcept {
    // Local midnight beginning the day is half a day before the JDN's noon, minus the offset.
    const double jd = static_cast<double>(jdn) - 0.5 - utc_offset_hours / 24.0;
    return static_cast<int>(ifloor(sun_longitude(jd) / kPi * 6));
}

std::int64_t lunar_month11_start(int year, int utc_offset_hours) noexcept {
    // The new moon closest before 31 Dec; if the sun is already past 270°
    // (sector 9: the winter solstice) at that new moon, month 11 began one
    // moon earlier.
    const std::int64_t off = julian_day_number(Date{year, 12, 31}) - 2415021;
    const std::int64_t k = ifloor(static_cast<double>(off) / kSynodicMonth);
    std::int64_t nm = new_moon_day(k, utc_offset_hours);
    if (sun_longitude_sector(nm, utc_offset_hours) >= 9) nm = new_moon_day(k - 1, utc_offset_hours);
    return nm;
}

int leap_month_offset(std::int64_t a11, int utc_offset_hours) noexcept {
    // The leap month is the first month in which the sun stays in one sector
    // (no major solar term, trung khí): same sector at its start and the next month's start.
    const std::int64_t k = ifloor((static_cast<double>(a11) - kNewMoon1900) / kSynodicMonth + 0.5);
    int i = 1;
    int arc = sun_longitude_sector(new_moon_day(k + i, utc_offset_hours), utc_offset_hours);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sun_longitude_sector(new_moon_day(k + i, utc_offset_hours), utc_offset_hours);
    } while (arc != last && i < 14);
    return i - 1;
}

// [SECTION] lunar conversion
namespace {

// Number (1..12) of the leap month found `leap_offset` months after month 11.
int leap_month_number(int leap_offset) {
    // The leap month repeats the month before it: offset 1 -> 11, 2 -> 12, 3 -> 1, ...
    // (The published code computes offset - 2 and so gets 0 for a leap 12th month.)
    return static_cast<int>(floor_mod(10 + leap_offset - 1, 12)) + 1;
}

// Start (JDN) of a lunar month, or nullopt when it does not exist.
std::optional<std::int64_t> lunar_month_start(int lunar_year, int month, bool leap, int tz) {
    if (month < 1 || month > 12) return std::nullopt;
    const int y11 = month < 11 ? lunar_year - 1 : lunar_year;
    const std::int64_t a11 = lunar_month11_start(y11, tz);
    const std::int64_t b11 = lunar_month11_start(y11 + 1, tz);
    const std::int64_t k = ifloor(0.5 + (static_cast<double>(a11) - kNewMoon1900) / kSynodicMonth);
    int off = month - 11;
    if (off < 0) off += 12;
    if (b11 - a11 > 365) {
        const int leap_off = leap_month_offset(a11, tz);
        if (leap && month != leap_month_number(leap_off)) return std::nullopt;
        if (leap || off >= leap_off) off += 1;
    } else if (leap) {
        return std::nullopt;
    }
    return new_moon_day(k + off, tz);
}

bool lunar_year_in_range(int year) { return year >= 2 && year <= 9998; }

}  // namespace

LunarDate to_lunar(const Date& d, int tz) noexcept {
    if (!is_valid(d) || !lunar_year_in_range(d.year)) return LunarDate{0, 0, 0, false};
    const std::int64_t day_number = julian_day_number(d);
    // k is a guess from the mean month; the true new moon can be most of a
    // day later than the mean one, so step back until the month has begun.
    // (The published code steps back once only and returns day 0 for a few
    // days, e.g. 2054-05-07 and 2062-04-09.)
    std::int64_t k = ifloor((static_cast<double>(day_number) - kNewMoon1900) / kSynodicMonth) + 1;
    std::int64_t month_start = new_moon_day(k, tz);
    while (month_start > day_number) month_start = new_moon_day(--k, tz);

    std::int64_t a11 = lunar_month11_start(d.year, tz);
    std::int64_t b11 = a11;
    int lunar_year;
    if (a11 >= month_start) {
        lunar_year = d.year;
        a11 = lunar_month11_start(d.year - 1, tz);
    } else {
        lunar_year = d.year + 1;
        b11 = lunar_month11_start(d.year + 1, tz);
    }
    LunarDate l;
    l.day = static_cast<int>(day_number - month_start + 1);
    const int diff = static_cast<int>(floor_div(month_start - a11, 29));
    l.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leap_off = leap_month_offset(a11, tz);
        if (diff >= leap_off) {
            l.month = diff + 10;
            l.is_leap_month = diff == leap_off;
        }
    }
    if (l.month > 12) l.month -= 12;
    // Months 11 and 12 before the new year belong to the previous lunar year.
    if (l.month >= 11 && diff < 4) lunar_year -= 1;
    l.year = lunar_year;
    return l;
}

std::optional<Date> from_lunar(const LunarDate& l, int tz) noexcept {
    if (!lunar_year_in_range(l.year) || l.day < 1 || l.day > 30) return std::nullopt;
    const auto start = lunar_month_start(l.year, l.month, l.is_leap_month, tz);
    if (!start) return std::nullopt;
    const std::int64_t jdn = *start + l.day - 1;
    // A 30th that is really the next month's 1st: the month has 29 days.
    if (l.day == 30 && to_lunar(date_from_julian_day_number(jdn), tz).day != 30)
        return std::nullopt;
    return date_from_julian_day_number(jdn);
}

int leap_month(int lunar_year, int tz) noexcept {
    for (int m = 1; m <= 12; ++m)
        if (lunar_month_start(lunar_year, m, true, tz)) return m;
    return 0;
}

int lunar_month_length(int lunar_year, int month, bool is_leap, int tz) noexcept {
    if (!lunar_year_in_range(lunar_year)) return 0;
    const auto start = lunar_month_start(lunar_year, month, is_leap, tz);
    if (!start) return 0;
    return to_lunar(date_from_julian_day_number(*start + 29), tz).day == 1 ? 29 : 30;
}

Date tet_day(int year) noexcept {
    return from_lunar(LunarDate{1, 1, year, false}).value_or(Date{year, 1, 1});
}

// [SECTION] public holidays
namespace {

constexpr int kFirstHolidayYear = 1900;
constexpr int kLastHolidayYear = 2199;

// Weekly rest for state agencies (Saturday and Sunday); the compensation
// rule of art. 111 refers to it.
bool is_weekly_rest(const Date& d) {
    const Weekday w = weekday(d);
    return w == Weekday::saturday || w == Weekday::sunday;
}

Holiday make_holiday(const Date& d, HolidayKind k) {
    return Holiday{d, k, std::string(holiday_kind_name(k))};
}

bool date_less(const Holiday& a, const Holiday& b) { return a.date < b.date; }

// Tết: the last day of the old year (29 or 30 Tết) and mùng 1..4. Each of
// those on a weekly rest day is owed a weekday, and the Government places
// those around the break rather than after it: one before, one after, and so
// on, starting before. That reproduces its decisions of 2021-2026 (e.g. 2024:
// Thu 8 Feb to Wed 14 Feb; 2025: Mon 27 Jan to Fri 31 Jan plus weekends).
void append_tet(std::vector<Holiday>& out, const Date& tet) {
    int owed = 0;
    for (int i = -1; i <= 3; ++i) {
        const Date d = add_days(tet, i);
        out.push_back(make_holiday(d, HolidayKind::tet));
        if (is_weekly_rest(d)) ++owed;
    }
    Date before = add_days(tet, -1);
    Date after = add_days(tet, 3);
    for (int i = 0; i < owed; ++i) {
        Date& edge = i % 2 == 0 ? before : after;
        const int step = i % 2 == 0 ? -1 : 1;
        edge = add_days(edge, step);
        while (is_weekly_rest(edge)) edge = add_days(edge, step);
        out.push_back(make_holiday(edge, HolidayKind::compensatory));
    }
}

// Art. 112 days of `year` with the given adjacent day for 2 Sep, before the
// compensation of art. 111 (Tết comes already compensated).
std::vector<Holiday> rule_days(int year, const Date& national_day_adjacent) {
    std::vector<Holiday> out;
    out.push_back(make_holiday(Date{year, 1, 1}, HolidayKind::new_year));
    append_tet(out, tet_day(year));
    if (const auto hung = from_lunar(LunarDate{10, 3, year, false}))
        out.push_back(make_holiday(*hung, HolidayKind::hung_kings));
    out.push_back(make_holiday(Date{year, 4, 30}, HolidayKind::victory));
    out.push_back(make_holiday(Date{year, 5, 1}, HolidayKind::labour));
    out.push_back(make_holiday(Date{year, 9, 2}, HolidayKind::national_day));
    out.push_back(make_holiday(national_day_adjacent, HolidayKind::national_day));
    std::stable_sort(out.begin(), out.end(), date_less);
    return out;
}

// Adds a compensatory day (the next weekday that is not already off) for every
// holiday on a weekly rest day, and for a second holiday on an already-taken
// date (Giỗ Tổ fell on 30 Apr in 1947; rare, but no day of entitlement is lost).
// Returns the list sorted with one entry per date.
std::vector<Holiday> with_compensation(std::vector<Holiday> days) {
    std::vector<Holiday> unique;
    std::vector<Date> owed;  // dates whose holiday needs a day in lieu
    for (const Holiday& h : days) {
        if (!unique.empty() && unique.back().date == h.date) {
            owed.push_back(h.date);
            continue;
        }
        unique.push_back(h);
        if (is_weekly_rest(h.date) && h.kind != HolidayKind::tet) owed.push_back(h.date);
    }
    auto taken = [&](const Date& d) {
        return std::binary_search(unique.begin(), unique.end(), Holiday{d, HolidayKind::extra, {}},
                                  date_less);
    };
    for (const Date& from : owed) {
        Date d = add_days(from, 1);
        while (is_weekly_rest(d) || taken(d)) d = add_days(d, 1);
        const Holiday comp = make_holiday(d, HolidayKind::compensatory);
        unique.insert(std::upper_bound(unique.begin(), unique.end(), comp, date_less), comp);
    }
    return unique;
}

// Length of the unbroken run of days off (weekly rest or holiday) through `day`.
int break_length(const std::vector<Holiday>& days, const Date& day) {
    auto off = [&](const Date& d) {
        return is_weekly_rest(d) ||
               std::binary_search(days.begin(), days.end(), Holiday{d, HolidayKind::extra, {}},
                                  date_less);
    };
    if (!off(day)) return 0;
    int n = 1;
    for (Date d = add_days(day, -1); off(d) && n < 60; d = add_days(d, -1)) ++n;
    for (Date d = add_days(day, 1); off(d) && n < 60; d = add_days(d, 1)) ++n;
    return n;
}

}  // namespace

std::string_view holiday_kind_name(HolidayKind k) noexcept {
    switch (k) {
        case HolidayKind::new_year: return "Tết Dương lịch";
        case HolidayKind::tet: return "Tết Nguyên Đán";
        case HolidayKind::hung_kings: return "Giỗ Tổ Hùng Vương";
        case HolidayKind::victory: return "Ngày Chiến thắng";
        case HolidayKind::labour: return "Ngày Quốc tế Lao động";
        case HolidayKind::national_day: return "Ngày Quốc khánh";
        case HolidayKind::compensatory: return "Nghỉ bù";
        case HolidayKind::extra: return "Ngày nghỉ";
    }
    return "";
}

Date national_day_adjacent_day(int year) {
    const Date before{year, 9, 1};
    const Date after{year, 9, 3};
    const Date national_day{year, 9, 2};
    const int run_before = break_length(with_compensation(rule_days(year, before)), national_day);
    const int run_after = break_length(with_compensation(rule_days(year, after)), national_day);
    if (run_before != run_after) return run_before > run_after ? before : after;
    // Same break either way: prefer the candidate on a weekday, as decided in
    // 2022 (Thu 1 Sep), 2023 (Fri 1 Sep) and 2024 (Tue 3 Sep).
    if (is_weekly_rest(before) != is_weekly_rest(after))
        return is_weekly_rest(before) ? after : before;
    // Both weekdays (2 Sep on a Wednesday): no precedent under the 2019 Code;
    // 1 Sep, and the Government's choice goes in as an override.
    return before;
}

std::vector<Holiday> statutory_holidays(int year) {
    if (year < kFirstHolidayYear || year > kLastHolidayYear) return {};
    return with_compensation(rule_days(year, national_day_adjacent_day(year)));
}

HolidayCalendar HolidayCalendar::build(int first_year, int last_year,
                                       const HolidayOverrides& overrides) {
    HolidayCalendar cal;
    const int first = std::max(first_year, kFirstHolidayYear);
    const int last = std::min(last_year, kLastHolidayYear);
    for (int y = first; y <= last; ++y) {
        std::vector<Holiday> days = statutory_holidays(y);
        cal.holidays_.insert(cal.holidays_.end(), days.begin(), days.end());
    }
    // Years are built in order and each year's list is sorted, so holidays_ is sorted.
    auto removed = [&](const Holiday& h) {
        return std::find(overrides.removed.begin(), overrides.removed.end(), h.date) !=
               overrides.removed.end();
    };
    cal.holidays_.erase(std::remove_if(cal.holidays_.begin(), cal.holidays_.end(), removed),
                        cal.holidays_.end());
    for (const Holiday& h : overrides.added) {
        if (!is_valid(h.date)) continue;
        Holiday entry = h;
        if (entry.name.empty()) entry.name = std::string(holiday_kind_name(entry.kind));
        auto it = std::lower_bound(cal.holidays_.begin(), cal.holidays_.end(), entry, date_less);
        if (it != cal.holidays_.end() && it->date == entry.date)
            *it = std::move(entry);
        else
            cal.holidays_.insert(it, std::move(entry));
    }
    for (const Date& d : overrides.working_days)
        if (is_valid(d)) cal.working_days_.push_back(d);
    std::sort(cal.working_days_.begin(), cal.working_days_.end());
    cal.working_days_.erase(std::unique(cal.working_days_.begin(), cal.working_days_.end()),
                            cal.working_days_.end());
    return cal;
}

const Holiday* HolidayCalendar::holiday_on(const Date& d) const noexcept {
    auto it = std::lower_bound(holidays_.begin(), holidays_.end(),
                               Holiday{d, HolidayKind::extra, {}}, date_less);
    if (it == holidays_.end() || it->date != d) return nullptr;
    return &*it;
}

bool HolidayCalendar::is_holiday(const Date& d) const noexcept { return holiday_on(d) != nullptr; }

bool HolidayCalendar::is_make_up_working_day(const Date& d) const noexcept {
    return std::binary_search(working_days_.begin(), working_days_.end(), d);
}

std::vector<Holiday> HolidayCalendar::holidays_in(int year) const {
    std::vector<Holiday> out;
    for (const Holiday& h : holidays_)
        if (h.date.year == year) out.push_back(h);
    return out;
}

}  // namespace pakn
