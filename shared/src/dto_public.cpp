// [SECTION] index: map, admin DTOs, settings rules.
#include "pakn/dto_public.h"

#include <algorithm>

namespace pakn {

using nlohmann::json;

// ---- map
void to_json(json& j, const MapCommune& v) {
    j = {{"code", v.code}, {"name", v.name}, {"count", v.count}, {"resolved", v.resolved}};
}
void from_json(const json& j, MapCommune& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("code", v.code);
    r.req("name", v.name);
    r.req("count", v.count);
    r.req("resolved", v.resolved);
    r.finish();
}

void to_json(json& j, const MapPoint& v) {
    j = json::object();
    j["report_id"] = v.report_id;
    j["code"] = v.code;
    j["lat"] = v.lat;
    j["lon"] = v.lon;
    j["status"] = std::string(to_string(v.status));
    if (!v.category_code.empty()) j["category_code"] = v.category_code;
    if (!v.title.empty()) j["title"] = v.title;
}
void from_json(const json& j, MapPoint& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("report_id", v.report_id);
    r.req("code", v.code);
    r.req("lat", v.lat);
    r.req("lon", v.lon);
    r.req_enum("status", v.status, parse_status, "invalid_status");
    r.opt("category_code", v.category_code);
    r.opt("title", v.title);
    r.finish();
}

// "credit" and "shapes" are written even when empty: their absence would
// read the same, but an explicit "" documents "no boundaries" on the wire.
void to_json(json& j, const MapData& v) {
    j = json::object();
    j["credit"] = v.credit;
    j["shapes"] = v.shapes;
    json communes = json::array();
    for (const auto& c : v.communes) {
        json one;
        to_json(one, c);
        communes.push_back(std::move(one));
    }
    j["communes"] = std::move(communes);
    json points = json::array();
    for (const auto& p : v.points) {
        json one;
        to_json(one, p);
        points.push_back(std::move(one));
    }
    j["points"] = std::move(points);
}
void from_json(const json& j, MapData& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.opt("credit", v.credit);
    r.opt("shapes", v.shapes);
    r.list("communes", v.communes, true);
    r.list("points", v.points, true);
    r.finish();
}

// ---- admin
void to_json(json& j, const IssuedPassword& v) {
    json officer;
    to_json(officer, v.officer);
    j = {{"officer", std::move(officer)}, {"one_time_password", v.one_time_password}};
}
void from_json(const json& j, IssuedPassword& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.object("officer", v.officer, true);
    r.req("one_time_password", v.one_time_password);
    r.finish();
}

namespace {
json entries(const std::vector<HolidayEntry>& list) {
    json a = json::array();
    for (const auto& e : list) {
        json one;
        to_json(one, e);
        a.push_back(std::move(one));
    }
    return a;
}
}  // namespace

void to_json(json& j, const HolidayYear& v) {
    j = {{"year", v.year}, {"days", entries(v.days)}, {"corrections", entries(v.corrections)}};
}
void from_json(const json& j, HolidayYear& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("year", v.year);
    r.list("days", v.days, true);
    r.list("corrections", v.corrections, true);
    r.finish();
}

void to_json(json& j, const WorkSessionText& v) {
    j = {{"start", v.start}, {"end", v.end}};
}
void from_json(const json& j, WorkSessionText& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("start", v.start);
    r.req("end", v.end);
    r.finish();
}

void to_json(json& j, const SettingsForm& v) {
    json sessions = json::array();
    for (const auto& s : v.sessions) {
        json one;
        to_json(one, s);
        sessions.push_back(std::move(one));
    }
    j = {{"rating_window_days", v.rating_window_days},
         {"sessions", std::move(sessions)},
         {"working_weekdays", v.working_weekdays}};
}
void from_json(const json& j, SettingsForm& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("rating_window_days", v.rating_window_days);
    r.list("sessions", v.sessions, true);
    // An absent list is empty, which clean() reports as no_working_days.
    r.opt("working_weekdays", v.working_weekdays);
    r.finish();
}

// ---- settings rules
SettingsForm default_settings() {
    return settings_of(WorkSchedule{}, 30);
}

std::optional<int> parse_clock_minutes(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0');
    const int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

std::string format_clock_minutes(int minutes) {
    minutes = std::clamp(minutes, 0, 24 * 60);
    std::string out = "00:00";
    out[0] = static_cast<char>('0' + minutes / 600);
    out[1] = static_cast<char>('0' + (minutes / 60) % 10);
    out[3] = static_cast<char>('0' + (minutes % 60) / 10);
    out[4] = static_cast<char>('0' + minutes % 10);
    return out;
}

Validated<SettingsForm> clean(const SettingsForm& f) {
    Validated<SettingsForm> out{f, {}};
    SettingsForm& v = out.value;
    FieldErrors& e = out.errors;
    if (f.rating_window_days < 1 || f.rating_window_days > 365)
        e.push_back(field_error("rating_window_days", "invalid_rating_window"));

    std::vector<WorkSession> sessions;
    bool times_ok = true;
    for (std::size_t i = 0; i < f.sessions.size(); ++i) {
        const auto start = parse_clock_minutes(f.sessions[i].start);
        const auto end = parse_clock_minutes(f.sessions[i].end);
        const std::string at = "sessions[" + std::to_string(i) + "]";
        if (!start) e.push_back(field_error(at + ".start", "invalid_time"));
        if (!end) e.push_back(field_error(at + ".end", "invalid_time"));
        if (!start || !end) {
            times_ok = false;
            continue;
        }
        sessions.push_back({*start, *end});
    }
    if (times_ok) {
        std::sort(sessions.begin(), sessions.end(),
                  [](const WorkSession& a, const WorkSession& b) { return a.start_minute < b.start_minute; });
        v.sessions.clear();
        for (const auto& s : sessions)
            v.sessions.push_back({format_clock_minutes(s.start_minute), format_clock_minutes(s.end_minute)});
    }

    std::vector<std::int64_t> days = f.working_weekdays;
    const bool days_ok = std::all_of(days.begin(), days.end(), [](std::int64_t d) { return d >= 1 && d <= 7; });
    if (!days_ok) {
        e.push_back(field_error("working_weekdays", "invalid_weekday"));
    } else {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        v.working_weekdays = days;
    }

    // The schedule's own rules (calendar section): sessions ordered, not
    // overlapping, at least one working day.
    if (times_ok && days_ok) {
        for (const auto& err : validate_schedule(to_schedule(v)))
            e.push_back(err);
    }
    return out;
}

FieldErrors validate(const SettingsForm& f) {
    return clean(f).errors;
}

WorkSchedule to_schedule(const SettingsForm& f, WorkSchedule base) {
    base.working_weekdays.fill(false);
    for (auto d : f.working_weekdays)
        if (d >= 1 && d <= 7) base.working_weekdays[static_cast<std::size_t>(d - 1)] = true;
    base.sessions.clear();
    for (const auto& s : f.sessions) {
        const auto start = parse_clock_minutes(s.start);
        const auto end = parse_clock_minutes(s.end);
        if (start && end) base.sessions.push_back({*start, *end});
    }
    return base;
}

SettingsForm settings_of(const WorkSchedule& s, std::int64_t rating_window_days) {
    SettingsForm f;
    f.rating_window_days = rating_window_days;
    for (const auto& w : s.sessions)
        f.sessions.push_back({format_clock_minutes(w.start_minute), format_clock_minutes(w.end_minute)});
    for (std::size_t i = 0; i < s.working_weekdays.size(); ++i)
        if (s.working_weekdays[i]) f.working_weekdays.push_back(static_cast<std::int64_t>(i) + 1);
    return f;
}

}  // namespace pakn
