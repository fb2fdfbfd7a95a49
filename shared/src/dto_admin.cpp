// [SECTION] index: field lists (see dto_fields.h), settings rules, outbox query.
#include "pakn/dto_admin.h"

#include <algorithm>

#include "dto_fields.h"
#include "pakn/forms.h"
#include "pakn/text.h"
#include "pakn/tiles.h"

namespace pakn {

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_IssuedPassword(IO& io, V& v) {
    io.object("officer", v.officer, true);
    io.req("one_time_password", v.one_time_password);
}

template <typename IO, typename V>
void fields_HolidayYear(IO& io, V& v) {
    io.req("year", v.year);
    io.list("days", v.days, true);
    io.list("corrections", v.corrections, true);
}

template <typename IO, typename V>
void fields_WorkSessionText(IO& io, V& v) {
    io.req("start", v.start);
    io.req("end", v.end);
}

template <typename IO, typename V>
void fields_SettingsForm(IO& io, V& v) {
    io.req("rating_window_days", v.rating_window_days);
    io.list("sessions", v.sessions, true);
    // An absent list is empty, which clean() reports as no_working_days.
    io.opt("working_weekdays", v.working_weekdays);
    io.opt("tile_url", v.tile_url);
    io.opt("tile_attribution", v.tile_attribution);
    io.opt("tile_source_fixed", v.tile_source_fixed);
}

template <typename IO, typename V>
void fields_OutboxMessage(IO& io, V& v) {
    io.req("id", v.id);
    io.req("channel", v.channel);
    io.req("recipient", v.recipient);
    io.req("kind", v.kind);
    io.req("body", v.body);
    io.req("status", v.status);
    io.req("attempts", v.attempts);
    io.req_time("created_at", v.created_at);
    io.opt_time("sent_at", v.sent_at);
    io.opt("segments", v.segments);
    io.opt("encoding", v.encoding);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(IssuedPassword)
PAKN_JSON_VIA_FIELDS(HolidayYear)
PAKN_JSON_VIA_FIELDS(WorkSessionText)
PAKN_JSON_VIA_FIELDS(SettingsForm)
PAKN_JSON_VIA_FIELDS(OutboxMessage)

// [SECTION] outbox query
Validated<OutboxQuery> parse_outbox_query(const QueryParams& params) {
    Validated<OutboxQuery> out;
    OutboxQuery& q = out.value;
    // Paging follows the lists' rules (and their messages).
    auto paging = parse_list_query(params);
    for (const FieldError& e : paging.errors)
        if (e.field == "page" || e.field == "page_size") out.errors.push_back(e);
    q.page = paging.value.page;
    q.page_size = paging.value.page_size;
    for (const auto& [key, value] : params) {
        if (value.empty()) continue;
        if (key == "channel") {
            if (value == "sms" || value == "email")
                q.channel = value;
            else
                out.errors.push_back(field_error("channel", "invalid_channel"));
        } else if (key == "status") {
            if (value == "queued" || value == "sent" || value == "failed")
                q.status = value;
            else
                out.errors.push_back(field_error("status", "invalid_status"));
        }
    }
    return out;
}

std::string to_query_string(const OutboxQuery& q) {
    std::string out;
    if (!q.channel.empty()) append_query_pair(out, "channel", q.channel);
    if (!q.status.empty()) append_query_pair(out, "status", q.status);
    if (q.page != 1) append_query_pair(out, "page", std::to_string(q.page));
    if (q.page_size != kDefaultPageSize) append_query_pair(out, "page_size", std::to_string(q.page_size));
    return out;
}

// [SECTION] settings rules
SettingsForm default_settings() {
    return settings_of(WorkSchedule{}, kDefaultRatingWindowDays);
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

    // The base map: a URL the browser may load tiles from, with its credit.
    v.tile_url = std::string(trim(f.tile_url));
    v.tile_attribution = std::string(trim(f.tile_attribution));
    v.tile_source_fixed = false;  // the server's to say
    if (!v.tile_url.empty()) {
        if (std::string bad = check_tile_url(v.tile_url); !bad.empty()) e.push_back(field_error("tile_url", bad));
        if (v.tile_attribution.empty()) e.push_back(field_error("tile_attribution", "tile_attribution_required"));
    }
    if (char_count(v.tile_attribution) > 300)
        e.push_back(field_error("tile_attribution", "tile_attribution_too_long"));
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
