// pakn/dto_admin.h: the settings rules judge office hours and weekdays the
// same way on both sides. (Round trips: test_dto.cpp; wire: test_dto_wire.cpp.)
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "pakn/dto_admin.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

const FieldError* find(const FieldErrors& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("dto_admin: clock times") {
    // text, minutes (-1 = refused)
    const std::pair<std::string_view, int> rows[] = {
        {"07:00", 420}, {"11:30", 690}, {"00:00", 0}, {"24:00", 1440}, {"24:01", -1}, {"7:00", -1},
        {"07:60", -1},  {"0700", -1},   {"", -1},     {"ab:cd", -1},   {"25:00", -1},
    };
    for (const auto& row : rows) {
        const std::string_view text = row.first;
        CAPTURE(text);
        const auto got = parse_clock_minutes(text);
        CHECK(got.value_or(-1) == row.second);
        if (got) CHECK(format_clock_minutes(*got) == text);
    }
}

TEST_CASE("dto_admin: settings rules") {
    const SettingsForm defaults = default_settings();
    CHECK(defaults.rating_window_days == 30);
    REQUIRE(defaults.sessions.size() == 2);
    CHECK(defaults.sessions[0] == WorkSessionText{"07:00", "11:30"});
    CHECK(defaults.working_weekdays == std::vector<std::int64_t>{1, 2, 3, 4, 5});
    CHECK(clean(defaults).ok());

    struct Row {
        const char* name;
        SettingsForm form;
        const char* field;  // "" = valid
        const char* code;
    };
    auto with = [&](auto change) {
        SettingsForm f = defaults;
        change(f);
        return f;
    };
    const Row rows[] = {
        {"rating window 0", with([](SettingsForm& f) { f.rating_window_days = 0; }), "rating_window_days",
         "invalid_rating_window"},
        {"rating window 366", with([](SettingsForm& f) { f.rating_window_days = 366; }), "rating_window_days",
         "invalid_rating_window"},
        {"bad start time", with([](SettingsForm& f) { f.sessions[1].start = "1:30"; }), "sessions[1].start",
         "invalid_time"},
        {"end before start", with([](SettingsForm& f) {
             f.sessions[0] = {"11:00", "08:00"};
         }),
         "sessions", "invalid_work_sessions"},
        {"overlapping", with([](SettingsForm& f) {
             f.sessions[1] = {"11:00", "17:00"};
         }),
         "sessions", "invalid_work_sessions"},
        {"no sessions", with([](SettingsForm& f) { f.sessions.clear(); }), "sessions", "invalid_work_sessions"},
        {"weekday 8", with([](SettingsForm& f) {
             f.working_weekdays = {1, 8};
         }),
         "working_weekdays", "invalid_weekday"},
        {"no weekdays", with([](SettingsForm& f) { f.working_weekdays.clear(); }), "working_weekdays",
         "no_working_days"},
        {"Saturday mornings", with([](SettingsForm& f) { f.working_weekdays = {6, 1, 2, 3, 4, 5, 5}; }), "", ""},
        {"base map without a credit", with([](SettingsForm& f) { f.tile_url = "https://t.example.vn/{z}/{x}/{y}.png"; }),
         "tile_attribution", "tile_attribution_required"},
        {"base map without {y}", with([](SettingsForm& f) {
             f.tile_url = "https://t.example.vn/{z}/{x}.png";
             f.tile_attribution = "© OSM";
         }),
         "tile_url", "tile_url_placeholders"},
        {"base map not http", with([](SettingsForm& f) {
             f.tile_url = "file:///etc/{z}/{x}/{y}";
             f.tile_attribution = "© OSM";
         }),
         "tile_url", "tile_url_scheme"},
        {"credit too long", with([](SettingsForm& f) { f.tile_attribution = std::string(301, 'a'); }),
         "tile_attribution", "tile_attribution_too_long"},
        {"base map with its credit", with([](SettingsForm& f) {
             f.tile_url = "https://t.example.vn/{z}/{x}/{y}.png";
             f.tile_attribution = "© Những người đóng góp OpenStreetMap";
         }),
         "", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const auto v = clean(row.form);
        if (std::string_view(row.field).empty()) {
            CHECK(v.ok());
            continue;
        }
        const FieldError* e = find(v.errors, row.field);
        REQUIRE(e != nullptr);
        CHECK(e->code == row.code);
        CHECK(is_known_code(e->code));
    }
    // Cleaning sorts sessions and weekdays, and drops repeated days.
    SettingsForm messy = defaults;
    std::swap(messy.sessions[0], messy.sessions[1]);
    messy.working_weekdays = {6, 1, 2, 3, 4, 5, 5};
    const auto v = clean(messy);
    REQUIRE(v.ok());
    CHECK(v.value.sessions[0].start == "07:00");
    CHECK(v.value.working_weekdays == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6});
    // The schedule it stands for, and back.
    const WorkSchedule s = to_schedule(v.value);
    CHECK(s.working_weekdays[5]);
    CHECK_FALSE(s.working_weekdays[6]);
    CHECK(working_minutes_per_day(s) == 480);
    CHECK(settings_of(s, 30) == v.value);
}

TEST_CASE("dto_admin: geo and admin codes have Vietnamese messages") {
    for (const char* code : {"geo_too_large",
                             "geo_invalid_json",
                             "geo_not_feature_collection",
                             "geo_no_features",
                             "geo_bad_feature",
                             "geo_bad_geometry",
                             "geo_bad_coordinate",
                             "geo_coordinate_out_of_range",
                             "geo_ring_too_short",
                             "geo_too_many_points",
                             "geo_missing_code",
                             "geo_bad_code",
                             "geo_bad_name",
                             "geo_duplicate_code",
                             "geo_bad_format",
                             "geo_unknown_commune",
                             "geo_nothing_imported",
                             "code_cannot_change",
                             "unit_code_taken",
                             "category_code_taken",
                             "holiday_correction_exists",
                             "cannot_disable_self",
                             "invalid_rating_window",
                             "invalid_time",
                             "invalid_weekday",
                             "invalid_year"}) {
        CAPTURE(code);
        CHECK(is_known_code(code));
    }
}
