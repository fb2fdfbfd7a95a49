// Administration through the real router: only signed-in admins, with the
// CSRF token; forms judged by the shared validators (field errors); units
// and the public directory, officer accounts (one-time passwords, disabling,
// resets), categories with default unit and deadlines (the working calendar
// follows at once), holiday corrections, settings, announcements and what
// the public sees of them; every change in the audit log.
//
// [SECTION] index: helpers, access, units, officers, categories, holidays,
// settings, announcements.
#include <doctest/doctest.h>

#include "pakn/calendar.h"
#include "pakn/dto_admin.h"
#include "services/calendar_service.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] helpers -----------------------------------------------------------

json body_of(const Response& r) {
    return TestApp::body_of(r);
}

std::string error_code(const Response& r) {
    const json b = body_of(r);
    return b.contains("error") ? b["error"].value("code", "") : "";
}

std::string field_code(const Response& r, const std::string& field) {
    const json b = body_of(r);
    if (!b.contains("error") || !b["error"].contains("fields")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("code", "");
    return "";
}

std::int64_t scalar(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](pakn::server::store::Connection& c) { return c.scalar_int(sql).value_or(-1); });
}

std::int64_t audits(TestApp& t, const std::string& action) {
    return scalar(t, "SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'");
}

struct Admin {
    TestApp t;
    Browser admin;
    Admin() { admin = t.officer("quantri", "TTDH", "admin"); }
    Response get(const std::string& path) { return t.call("GET", path, "", {}, &admin); }
    Response send(const std::string& method, const std::string& path, const json& body = json::object()) {
        return t.send(method, path, body, &admin);
    }
};

json unit_form(const std::string& code) {
    return {{"code", code},
            {"name", "Ban Quản lý dự án đầu tư xây dựng"},
            {"kind", "department"},
            {"address", "04 Phan Chu Trinh, Nha Trang"},
            {"phone", "0258 3822 123"},
            {"email", "bqlda@khanhhoa.gov.vn"}};
}

}  // namespace

// [SECTION] access -----------------------------------------------------------------

TEST_CASE("admin: anonymous 401, citizens and other officers 403, admins need the CSRF token") {
    Admin a;
    auto& t = a.t;
    REQUIRE(t.register_citizen("056191653264", "0905123456") > 0);
    Browser citizen;
    REQUIRE(t.login(citizen, "056191653264", "matkhau2026").status == 200);
    Browser dispatcher = t.officer("tiepnhan", "TTDH", "dispatcher");
    Browser leader = t.officer("lanhdao", "VP-UBND", "leader");

    // path, method
    const std::pair<const char*, const char*> routes[] = {
        {"/api/v1/admin/units", "GET"},    {"/api/v1/admin/officers", "GET"},       {"/api/v1/admin/categories", "GET"},
        {"/api/v1/admin/holidays", "GET"}, {"/api/v1/admin/announcements", "GET"},  {"/api/v1/admin/settings", "GET"},
        {"/api/v1/admin/units", "POST"},   {"/api/v1/admin/announcements", "POST"},
    };
    for (const auto& [path_text, method_text] : routes) {
        const std::string path = path_text, method = method_text;
        CAPTURE(path);
        CAPTURE(method);
        auto request = [&](Browser* b) {
            return method == "GET" ? t.call(method, path, "", {}, b) : t.send(method, path, json::object(), b);
        };
        CHECK(request(nullptr).status == 401);
        CHECK(request(&citizen).status == 403);
        CHECK(request(&dispatcher).status == 403);
        CHECK(request(&leader).status == 403);
    }
    CHECK(a.get("/api/v1/admin/units").status == 200);
    // A change without the token is refused before anything happens.
    Browser no_csrf = a.admin;
    no_csrf.csrf.clear();
    auto r = t.send("POST", "/api/v1/admin/units", unit_form("bql_da"), &no_csrf);
    CHECK(r.status == 403);
    CHECK(error_code(r) == "csrf_failed");
    CHECK(scalar(t, "SELECT COUNT(*) FROM units WHERE code = 'bql_da'") == 0);
    CHECK(a.send("POST", "/api/v1/admin/units", unit_form("bql_da")).status == 201);
}

// [SECTION] units ------------------------------------------------------------------

TEST_CASE("admin: units are created, edited (old codes kept), deactivated, the directory follows") {
    Admin a;
    auto& t = a.t;
    auto created = a.send("POST", "/api/v1/admin/units", unit_form("bql_da"));
    REQUIRE(created.status == 201);
    const auto id = body_of(created)["id"].get<std::int64_t>();
    CHECK(audits(t, "unit_created") == 1);

    // form change, field, code
    struct Bad {
        const char* field;
        json value;
        const char* code;
    };
    const Bad bad[] = {
        {"code", "BQL DA", "invalid_unit_code"},    {"name", "", "required"},
        {"kind", "ministry", "invalid_unit_kind"},  {"phone", "abc", "invalid_contact_phone"},
        {"email", "not-an-email", "invalid_email"},
    };
    for (const auto& b : bad) {
        CAPTURE(b.field);
        json form = unit_form("bql_khac");
        form[b.field] = b.value;
        auto r = a.send("POST", "/api/v1/admin/units", form);
        CHECK(r.status == 422);
        CHECK(field_code(r, b.field) == b.code);
    }
    json commune_unit = unit_form("ubnd_moi");
    commune_unit["kind"] = "commune";
    CHECK(field_code(a.send("POST", "/api/v1/admin/units", commune_unit), "commune_code") == "required");
    auto dup = a.send("POST", "/api/v1/admin/units", unit_form("bql_da"));
    CHECK(dup.status == 409);
    CHECK(field_code(dup, "code") == "unit_code_taken");

    // An existing unit whose code predates the code rule stays editable.
    const auto xd = t.unit_id("SO-XD");
    json xd_form = unit_form("SO-XD");
    xd_form["name"] = "Sở Xây dựng";
    xd_form["address"] = "01 Trần Phú, phường Nha Trang";
    auto edited = a.send("PATCH", "/api/v1/admin/units/" + std::to_string(xd), xd_form);
    REQUIRE(edited.status == 200);
    CHECK(body_of(edited)["code"] == "SO-XD");
    // The public directory shows address, phone and e-mail, and finds it without diacritics.
    auto directory = t.call("GET", "/api/v1/public/units?q=so%20xay%20dung");
    REQUIRE(directory.status == 200);
    bool listed = false;
    for (const auto& u : body_of(directory))
        if (u["id"] == xd) {
            listed = true;
            CHECK(u["address"] == "01 Trần Phú, phường Nha Trang");
            CHECK(u["phone"] == "0258 3822 123");
            CHECK(u["email"] == "bqlda@khanhhoa.gov.vn");
        }
    CHECK(listed);

    auto off = a.send("POST", "/api/v1/admin/units/" + std::to_string(id) + "/deactivate");
    REQUIRE(off.status == 200);
    CHECK(body_of(off)["active"] == false);
    bool still_public = false;
    for (const auto& u : body_of(t.call("GET", "/api/v1/public/units")))
        still_public = still_public || u["id"] == id;
    CHECK_FALSE(still_public);
    // The admin still sees it, and can bring it back.
    bool in_admin_list = false;
    for (const auto& u : body_of(a.get("/api/v1/admin/units")))
        in_admin_list = in_admin_list || u["id"] == id;
    CHECK(in_admin_list);
    CHECK(a.send("POST", "/api/v1/admin/units/" + std::to_string(id) + "/activate").status == 200);
    CHECK(a.send("PATCH", "/api/v1/admin/units/999999", unit_form("x_y")).status == 404);
    CHECK(audits(t, "unit_deactivated") == 1);
}

// [SECTION] officers --------------------------------------------------------------

TEST_CASE("admin: officer accounts with a one-time password, disable, enable, reset") {
    Admin a;
    auto& t = a.t;
    json form = {{"username", "xd.canbo2"}, {"full_name", "Lê Thị Hồng"}, {"unit_id", t.unit_id("SO-XD")},
                 {"role", "handler"},       {"phone", "0905 111 222"},    {"email", "hong@khanhhoa.gov.vn"}};
    auto created = a.send("POST", "/api/v1/admin/officers", form);
    REQUIRE(created.status == 201);
    auto issued = pakn::decode<pakn::IssuedPassword>(created.payload());
    REQUIRE(issued.ok());
    CHECK(issued.value.officer.username == "xd.canbo2");
    CHECK(issued.value.officer.phone == "0905111222");  // cleaned by the shared rules
    CHECK(issued.value.one_time_password.size() == 12);
    const auto id = issued.value.officer.id;
    CHECK(audits(t, "officer_created_by_admin") == 1);

    // The password works once: the officer must change it.
    Browser officer;
    auto login = t.login(officer, "xd.canbo2", issued.value.one_time_password, "officer");
    REQUIRE(login.status == 200);
    CHECK(body_of(login)["account"]["must_change_password"] == true);

    // Validation as field errors; duplicates; unknown unit.
    json bad = form;
    bad["username"] = "Ab";
    bad["role"] = "boss";
    auto r = a.send("POST", "/api/v1/admin/officers", bad);
    CHECK(r.status == 422);
    CHECK(field_code(r, "username") == "invalid_username");
    CHECK(field_code(r, "role") == "invalid_role");
    CHECK(a.send("POST", "/api/v1/admin/officers", form).status == 409);
    json nowhere = form;
    nowhere["username"] = "xd.canbo3";
    nowhere["unit_id"] = 999999;
    CHECK(field_code(a.send("POST", "/api/v1/admin/officers", nowhere), "unit_id") == "unknown_unit");

    // The list pages and searches without diacritics.
    auto list = a.get("/api/v1/admin/officers?q=le%20thi%20hong");
    REQUIRE(list.status == 200);
    CHECK(body_of(list)["total"] == 1);
    CHECK(body_of(list)["items"][0]["username"] == "xd.canbo2");
    CHECK(body_of(a.get("/api/v1/admin/officers?page_size=1"))["items"].size() == 1);

    // Edits: another role and unit.
    json moved = form;
    moved["role"] = "unit_lead";
    moved["unit_id"] = t.unit_id("SO-YT");
    auto edited = a.send("PATCH", "/api/v1/admin/officers/" + std::to_string(id), moved);
    REQUIRE(edited.status == 200);
    CHECK(body_of(edited)["role"] == "unit_lead");
    CHECK(body_of(edited)["unit_name"] == "Sở Y tế");

    // Disabling ends the sessions and blocks signing in, even for a session
    // resolved a moment ago (and so held in the session cache).
    REQUIRE(t.call("GET", "/api/v1/me", "", {}, &officer).status == 200);
    auto disabled = a.send("POST", "/api/v1/admin/officers/" + std::to_string(id) + "/disable");
    REQUIRE(disabled.status == 200);
    CHECK(body_of(disabled)["active"] == false);
    CHECK(t.call("GET", "/api/v1/me", "", {}, &officer).status == 401);
    Browser again;
    CHECK(error_code(t.login(again, "xd.canbo2", issued.value.one_time_password, "officer")) == "account_disabled");
    CHECK(a.send("POST", "/api/v1/admin/officers/" + std::to_string(id) + "/enable").status == 200);

    // A reset issues a new one-time password; the old one stops working.
    auto reset = a.send("POST", "/api/v1/admin/officers/" + std::to_string(id) + "/reset-password");
    REQUIRE(reset.status == 200);
    const std::string fresh = body_of(reset)["one_time_password"];
    CHECK(fresh != issued.value.one_time_password);
    Browser old_pw, new_pw;
    CHECK(t.login(old_pw, "xd.canbo2", issued.value.one_time_password, "officer").status != 200);
    CHECK(t.login(new_pw, "xd.canbo2", fresh, "officer").status == 200);
    CHECK(audits(t, "officer_password_reset") == 1);

    // Nobody disables their own account; citizens are not officers.
    const auto self = scalar(t, "SELECT id FROM accounts WHERE login = 'quantri'");
    CHECK(error_code(a.send("POST", "/api/v1/admin/officers/" + std::to_string(self) + "/disable")) ==
          "cannot_disable_self");
    const auto citizen = t.register_citizen("056191653264", "0905123456");
    CHECK(error_code(a.send("POST", "/api/v1/admin/officers/" + std::to_string(citizen) + "/disable")) ==
          "not_an_officer");
}

TEST_CASE("admin: the last active admin can be neither demoted nor disabled, by itself or anyone") {
    Admin a;
    auto& t = a.t;
    Browser second = t.officer("quantri2", "TTDH", "admin");
    const auto first_id = scalar(t, "SELECT id FROM accounts WHERE login = 'quantri'");
    const auto second_id = scalar(t, "SELECT id FROM accounts WHERE login = 'quantri2'");
    auto form_of = [&](const std::string& username, const std::string& role) {
        return json{{"username", username}, {"full_name", "Trần Quản Trị"}, {"unit_id", t.unit_id("TTDH")},
                    {"role", role}};
    };
    auto demote = [&](Browser& who, std::int64_t id, const std::string& username) {
        return t.send("PATCH", "/api/v1/admin/officers/" + std::to_string(id), form_of(username, "dispatcher"), &who);
    };
    auto action = [&](Browser& who, std::int64_t id, const std::string& verb) {
        return t.send("POST", "/api/v1/admin/officers/" + std::to_string(id) + "/" + verb, json::object(), &who);
    };
    // Two active admins: one may disable the other.
    REQUIRE(action(second, first_id, "disable").status == 200);
    // Now the second is the last: it can neither demote nor disable itself.
    auto self_demote = demote(second, second_id, "quantri2");
    CHECK(self_demote.status == 409);
    CHECK(error_code(self_demote) == "last_admin");
    CHECK(field_code(self_demote, "role") == "last_admin");
    CHECK(body_of(self_demote)["error"]["fields"][0]["message"].get<std::string>().find("quản trị") != std::string::npos);
    CHECK(error_code(action(second, second_id, "disable")) == "cannot_disable_self");
    // Nor can the operator's console (or anyone else) take its role or disable it.
    pakn::server::services::AdminActor console;
    auto by_console = t.app->services->admin.set_officer_active(console, second_id, false);
    CHECK_FALSE(by_console.ok);
    CHECK(by_console.error.code == "last_admin");
    pakn::OfficerForm officer_form;
    officer_form.username = "quantri2";
    officer_form.full_name = "Trần Quản Trị";
    officer_form.unit_id = t.unit_id("TTDH");
    officer_form.role = "leader";
    CHECK(t.app->services->admin.update_officer(console, second_id, officer_form).error.code == "last_admin");
    CHECK(scalar(t, "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active'") == 1);
    // With the first admin back, the second may step down; still one admin.
    REQUIRE(action(second, first_id, "enable").status == 200);
    CHECK(demote(second, second_id, "quantri2").status == 200);
    CHECK(scalar(t, "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active'") == 1);
}

// [SECTION] categories -------------------------------------------------------------

TEST_CASE("admin: categories with default unit and deadlines, the calendar follows at once") {
    Admin a;
    auto& t = a.t;
    auto list = a.get("/api/v1/admin/categories");
    REQUIRE(list.status == 200);
    CHECK(body_of(list).size() == 17);
    json form = {{"code", "su_co_cap_thoat_nuoc"},
                 {"name", "Cấp thoát nước"},
                 {"group", "urban_incident"},
                 {"default_unit_id", t.unit_id("UBND-22366")},
                 {"sla", {{"resolve_normal", {{"amount", 2}, {"unit", "working_days"}}}}}};
    auto r = a.send("PATCH", "/api/v1/admin/categories/su_co_cap_thoat_nuoc", form);
    REQUIRE(r.status == 200);
    CHECK(body_of(r)["default_unit_name"] == "UBND Phường Nha Trang");
    CHECK(body_of(r)["sla"]["resolve_normal"]["amount"] == 2);
    const auto cal = t.app->services->calendar.current();
    REQUIRE(cal->policy.by_category.count("su_co_cap_thoat_nuoc") == 1);
    CHECK(cal->policy.by_category.at("su_co_cap_thoat_nuoc").resolve_normal->amount == 2);

    // The deadline a new assignment gets uses the new figure: 2 working days.
    REQUIRE(t.register_citizen("056191653264", "0905123456") > 0);
    Browser citizen;
    REQUIRE(t.login(citizen, "056191653264", "matkhau2026").status == 200);
    auto [cid, answer] = t.captcha();
    auto created = t.send("POST", "/api/v1/reports",
                          {{"title", "Vỡ đường ống cấp nước"},
                           {"content", "Đường ống cấp nước bị vỡ, nước chảy lênh láng ra mặt đường."},
                           {"address", "12 Trần Phú"},
                           {"category_code", "su_co_cap_thoat_nuoc"},
                           {"submit", true},
                           {"captcha_id", cid},
                           {"captcha_answer", answer}},
                          &citizen);
    REQUIRE(created.status == 201);
    const auto report = body_of(created)["id"].get<std::int64_t>();
    Browser dispatcher = t.officer("tiepnhan", "TTDH", "dispatcher");
    auto assigned = t.send("POST", "/api/v1/reports/" + std::to_string(report) + "/actions",
                           {{"action", "assign"}, {"unit_id", t.unit_id("UBND-22366")}}, &dispatcher);
    REQUIRE(assigned.status == 200);
    const auto due = scalar(t, "SELECT resolve_deadline FROM reports WHERE id = " + std::to_string(report));
    CHECK(due == pakn::add_working_days(t.clock.now(), 2, cal->schedule));

    // The code is the identity; figures out of range are field errors.
    json renamed = form;
    renamed["code"] = "cap_nuoc";
    CHECK(field_code(a.send("PATCH", "/api/v1/admin/categories/su_co_cap_thoat_nuoc", renamed), "code") ==
          "code_cannot_change");
    json too_long = form;
    too_long["sla"]["resolve_normal"]["amount"] = 400;
    CHECK(field_code(a.send("PATCH", "/api/v1/admin/categories/su_co_cap_thoat_nuoc", too_long),
                     "sla.resolve_normal") == "invalid_sla_figure");
    CHECK(a.send("PATCH", "/api/v1/admin/categories/khong_co", form).status == 404);

    // A new category appears in the public list; deactivated, it disappears.
    auto added = a.send("POST", "/api/v1/admin/categories",
                        {{"code", "an_ninh_trat_tu"}, {"name", "An ninh trật tự"}, {"group", "sector"}});
    REQUIRE(added.status == 201);
    auto has_public = [&](const std::string& code) {
        for (const auto& c : body_of(t.call("GET", "/api/v1/public/categories")))
            if (c["code"] == code) return true;
        return false;
    };
    CHECK(has_public("an_ninh_trat_tu"));
    CHECK(a.send("POST", "/api/v1/admin/categories/an_ninh_trat_tu/deactivate").status == 200);
    CHECK_FALSE(has_public("an_ninh_trat_tu"));
    CHECK(audits(t, "category_updated") == 1);
}

// [SECTION] holidays ---------------------------------------------------------------

TEST_CASE("admin: the holidays of a year, corrections change the working calendar") {
    Admin a;
    auto& t = a.t;
    auto year = a.get("/api/v1/admin/holidays?year=2026");
    REQUIRE(year.status == 200);
    auto decoded = pakn::decode<pakn::HolidayYear>(year.payload());
    REQUIRE(decoded.ok());
    bool tet = false;
    for (const auto& d : decoded.value.days)
        tet = tet || (d.date == pakn::Date{2026, 2, 17} && d.kind == "tet");
    CHECK(tet);
    CHECK(decoded.value.corrections.empty());

    const pakn::Date friday{2026, 11, 20};
    CHECK_FALSE(t.app->services->calendar.current()->schedule.holidays.is_holiday(friday));
    auto added =
        a.send("POST", "/api/v1/admin/holidays", {{"date", "2026-11-20"}, {"kind", "add"}, {"name", "Nghỉ bù"}});
    REQUIRE(added.status == 201);
    auto with = pakn::decode<pakn::HolidayYear>(added.payload());
    REQUIRE(with.ok());
    REQUIRE(with.value.corrections.size() == 1);
    CHECK(with.value.corrections[0].kind == "add");
    CHECK(t.app->services->calendar.current()->schedule.holidays.is_holiday(friday));

    // One correction per date; bad forms are field errors.
    CHECK(a.send("POST", "/api/v1/admin/holidays", {{"date", "2026-11-20"}, {"kind", "remove"}}).status == 409);
    CHECK(field_code(a.send("POST", "/api/v1/admin/holidays", {{"date", "2026-11-21"}, {"kind", "add"}}), "name") ==
          "required");
    CHECK(field_code(a.send("POST", "/api/v1/admin/holidays", {{"date", "20/11/2026"}, {"kind", "remove"}}), "date") ==
          "invalid_date");
    CHECK(field_code(a.get("/api/v1/admin/holidays?year=1800"), "year") == "invalid_year");

    // A làm bù Saturday becomes a working day; removing the correction undoes it.
    auto saturday = a.send("POST", "/api/v1/admin/holidays", {{"date", "2026-11-21"}, {"kind", "working_day"}});
    REQUIRE(saturday.status == 201);
    CHECK(pakn::is_working_day({2026, 11, 21}, t.app->services->calendar.current()->schedule));
    const auto id = scalar(t, "SELECT id FROM holiday_overrides WHERE date = '2026-11-20'");
    CHECK(a.send("DELETE", "/api/v1/admin/holidays/" + std::to_string(id)).status == 200);
    CHECK_FALSE(t.app->services->calendar.current()->schedule.holidays.is_holiday(friday));
    CHECK(a.send("DELETE", "/api/v1/admin/holidays/" + std::to_string(id)).status == 404);
    CHECK(audits(t, "holiday_correction_added") == 2);
    CHECK(audits(t, "holiday_correction_removed") == 1);
}

// [SECTION] settings ---------------------------------------------------------------

TEST_CASE("admin: settings change the rating window and office hours") {
    Admin a;
    auto& t = a.t;
    auto current = a.get("/api/v1/admin/settings");
    REQUIRE(current.status == 200);
    CHECK(body_of(current)["rating_window_days"] == 30);
    CHECK(body_of(current)["sessions"][0]["start"] == "07:00");

    json bad = {
        {"rating_window_days", 0}, {"sessions", {{{"start", "7h"}, {"end", "11:30"}}}}, {"working_weekdays", {1, 9}}};
    auto refused = a.send("PUT", "/api/v1/admin/settings", bad);
    CHECK(refused.status == 422);
    CHECK(field_code(refused, "rating_window_days") == "invalid_rating_window");
    CHECK(field_code(refused, "sessions[0].start") == "invalid_time");
    CHECK(field_code(refused, "working_weekdays") == "invalid_weekday");

    json good = {{"rating_window_days", 10},
                 {"sessions", {{{"start", "07:30"}, {"end", "11:30"}}, {{"start", "13:00"}, {"end", "17:00"}}}},
                 {"working_weekdays", {1, 2, 3, 4, 5, 6}}};
    auto saved = a.send("PUT", "/api/v1/admin/settings", good);
    REQUIRE(saved.status == 200);
    CHECK(t.app->services->rating_window_seconds == 10 * 86400);
    const auto cal = t.app->services->calendar.current();
    CHECK(cal->schedule.working_weekdays[5]);  // Saturday
    CHECK(pakn::working_minutes_per_day(cal->schedule) == 480);
    CHECK(body_of(a.get("/api/v1/admin/settings"))["working_weekdays"].size() == 6);
    CHECK(audits(t, "settings_updated") == 1);
}

// [SECTION] announcements ---------------------------------------------------------

TEST_CASE("admin: announcements are seen by the public only while published") {
    Admin a;
    auto& t = a.t;
    json form = {{"title", "Lễ hội Biển Nha Trang"},
                 {"summary", "Chuỗi hoạt động văn hóa, thể thao biển."},
                 {"body", "Trong thời gian lễ hội, một số tuyến đường trung tâm được phân luồng."},
                 {"kind", "tourism"}};
    auto created = a.send("POST", "/api/v1/admin/announcements", form);
    REQUIRE(created.status == 201);
    const auto id = body_of(created)["id"].get<std::int64_t>();
    const std::string one = "/api/v1/public/announcements/" + std::to_string(id);
    CHECK(body_of(created)["published"] == false);
    CHECK(body_of(t.call("GET", "/api/v1/public/announcements"))["total"] == 0);
    CHECK(t.call("GET", one).status == 404);
    CHECK(body_of(a.get("/api/v1/admin/announcements"))["total"] == 1);

    auto published = a.send("POST", "/api/v1/admin/announcements/" + std::to_string(id) + "/publish");
    REQUIRE(published.status == 200);
    CHECK(body_of(published).contains("published_at"));
    auto list = t.call("GET", "/api/v1/public/announcements");
    auto page = pakn::decode<pakn::Page<pakn::Announcement>>(list.payload());
    REQUIRE(page.ok());
    REQUIRE(page.value.total == 1);
    CHECK(page.value.items[0].title == "Lễ hội Biển Nha Trang");
    CHECK(page.value.items[0].body.empty());  // lists carry the summary; the page its body
    auto full = t.call("GET", one);
    REQUIRE(full.status == 200);
    CHECK(body_of(full)["body"] == form["body"]);
    CHECK(body_of(t.call("GET", "/api/v1/public/announcements?kind=tourism"))["total"] == 1);
    CHECK(body_of(t.call("GET", "/api/v1/public/announcements?kind=policy"))["total"] == 0);
    CHECK(t.call("GET", "/api/v1/public/announcements?kind=gossip").status == 422);

    // Validation; edits; unpublishing hides it again; deleting removes it.
    json bad = form;
    bad["title"] = "";
    bad["kind"] = "gossip";
    auto refused = a.send("POST", "/api/v1/admin/announcements", bad);
    CHECK(field_code(refused, "title") == "required");
    CHECK(field_code(refused, "kind") == "invalid_announcement_kind");
    json edited = form;
    edited["title"] = "Lễ hội Biển Nha Trang 2026";
    edited["published"] = true;
    CHECK(a.send("PATCH", "/api/v1/admin/announcements/" + std::to_string(id), edited).status == 200);
    CHECK(body_of(t.call("GET", one))["title"] == "Lễ hội Biển Nha Trang 2026");
    CHECK(a.send("POST", "/api/v1/admin/announcements/" + std::to_string(id) + "/unpublish").status == 200);
    CHECK(t.call("GET", one).status == 404);
    CHECK(a.send("DELETE", "/api/v1/admin/announcements/" + std::to_string(id)).status == 204);
    CHECK(a.get("/api/v1/admin/announcements/" + std::to_string(id)).status == 404);
    CHECK(audits(t, "announcement_deleted") == 1);
}

TEST_CASE("directory: units are found word by word, not as one phrase") {
    pakn::test::TestApp t;
    // query | a unit that must be listed
    const std::pair<const char*, const char*> rows[] = {
        {"ubnd%20nha%20trang", "UBND Phường Nha Trang"},  // "phuong" between the words
        {"trang%20nha%20ubnd", "UBND Phường Nha Trang"},  // any order
        {"so%20xay", "Sở Xây dựng"},
    };
    for (const auto& [query, name] : rows) {
        INFO(query);
        auto r = t.call("GET", std::string("/api/v1/public/units?q=") + query);
        REQUIRE(r.status == 200);
        bool listed = false;
        for (const auto& u : pakn::test::TestApp::body_of(r))
            listed = listed || u["name"] == name;
        CHECK(listed);
    }
    auto none = t.call("GET", "/api/v1/public/units?q=ubnd%20khong%20co");
    CHECK(pakn::test::TestApp::body_of(none).empty());
}
