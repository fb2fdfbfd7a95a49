// Answer templates (Mẫu trả lời) through the real router: the admin writes
// province-wide templates, a unit lead their unit's; every officer reads
// the province's and their own unit's, filtered by a report's category;
// nobody changes what is not theirs to manage; every change is audited.
//
// [SECTION] index: helpers, CRUD, scoping, validation, audit, demo data.
#include <doctest/doctest.h>

#include <algorithm>

#include "services/seed.h"
#include "store/db.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] helpers -----------------------------------------------------------

constexpr const char* kBase = "/api/v1/officer/answer-templates";

std::string error_code(const Response& r) {
    const json b = TestApp::body_of(r);
    return b.contains("error") ? b["error"].value("code", "") : "";
}

std::string field_code(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    if (!b.contains("error") || !b["error"].contains("fields")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("code", "");
    return "";
}

std::int64_t scalar(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](pakn::server::store::Connection& c) { return c.scalar_int(sql).value_or(-1); });
}

json form(const std::string& title, const std::string& category = "") {
    json f = {{"title", title}, {"body", "Kính gửi ông/bà {nguoi_phan_anh},\nĐơn vị đã xử lý hồ sơ {ma_ho_so}."}};
    if (!category.empty()) f["category_code"] = category;
    return f;
}

std::string path(std::int64_t id) {
    return std::string(kBase) + "/" + std::to_string(id);
}

std::int64_t create(TestApp& t, Browser& b, const std::string& title, const std::string& category = "") {
    auto r = t.send("POST", kBase, form(title, category), &b);
    CAPTURE(r.payload());
    REQUIRE(r.status == 201);
    return TestApp::body_of(r)["id"].get<std::int64_t>();
}

// The titles `b` is offered (for `category`, "" = all).
std::vector<std::string> titles(TestApp& t, Browser& b, const std::string& category = "") {
    auto r = t.call("GET", std::string(kBase) + (category.empty() ? "" : "?category=" + category), "", {}, &b);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& item : TestApp::body_of(r))
        out.push_back(item["title"].get<std::string>());
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

struct Office {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    Browser xd_lead = t.officer("lanhdao.xd", "SO-XD", "unit_lead");
    Browser xd_handler = t.officer("xuly.xd", "SO-XD", "handler");
    Browser yt_lead = t.officer("lanhdao.yt", "SO-YT", "unit_lead");
    Browser yt_handler = t.officer("xuly.yt", "SO-YT", "handler");
    Browser dispatcher = t.officer("tiepnhan", "TTDH", "dispatcher");
    Browser leader = t.officer("lanhdao.tinh", "VP-UBND", "leader");
};

}  // namespace

// [SECTION] CRUD ----------------------------------------------------------------

TEST_CASE("answer templates: a unit lead creates, edits and deletes their unit's template") {
    Office o;
    auto& t = o.t;
    auto r = t.send("POST", kBase, form("Đã khắc phục mặt đường", "xay_dung"), &o.xd_lead);
    CAPTURE(r.payload());
    REQUIRE(r.status == 201);
    json made = TestApp::body_of(r);
    const auto id = made["id"].get<std::int64_t>();
    CHECK(made["unit_id"] == t.unit_id("SO-XD"));
    CHECK(made["unit_name"] == "Sở Xây dựng");
    CHECK(made["category_code"] == "xay_dung");
    CHECK(made["category_name"] == "Xây dựng");
    CHECK(made["editable"] == true);
    CHECK(made["body"].get<std::string>().find('\n') != std::string::npos);

    json changed = form("Đã sửa chữa mặt đường");  // now for every category
    changed["body"] = "Nội dung mới";
    auto u = t.send("PATCH", path(id), changed, &o.xd_lead);
    CAPTURE(u.payload());
    REQUIRE(u.status == 200);
    CHECK(TestApp::body_of(u)["title"] == "Đã sửa chữa mặt đường");
    CHECK(TestApp::body_of(u)["body"] == "Nội dung mới");
    CHECK_FALSE(TestApp::body_of(u).contains("category_code"));
    CHECK(has(titles(t, o.xd_handler), "Đã sửa chữa mặt đường"));

    CHECK(t.send("DELETE", path(id), json::object(), &o.xd_lead).status == 204);
    CHECK_FALSE(has(titles(t, o.xd_handler), "Đã sửa chữa mặt đường"));
    CHECK(t.send("DELETE", path(id), json::object(), &o.xd_lead).status == 404);
    CHECK(t.send("PATCH", path(id), changed, &o.xd_lead).status == 404);
}

TEST_CASE("answer templates: the admin's are province-wide and every officer reads them") {
    Office o;
    auto& t = o.t;
    auto r = t.send("POST", kBase, form("Cảm ơn ông/bà"), &o.admin);
    REQUIRE(r.status == 201);
    CHECK_FALSE(TestApp::body_of(r).contains("unit_id"));
    for (Browser* b : {&o.xd_lead, &o.xd_handler, &o.yt_lead, &o.yt_handler, &o.dispatcher, &o.leader, &o.admin})
        CHECK(has(titles(t, *b), "Cảm ơn ông/bà"));
    // Read, not editable, for everyone but the admin.
    auto seen = TestApp::body_of(t.call("GET", kBase, "", {}, &o.xd_lead));
    for (const auto& item : seen)
        if (item["title"] == "Cảm ơn ông/bà") CHECK(item.value("editable", false) == false);
}

// [SECTION] scoping -------------------------------------------------------------

TEST_CASE("answer templates: an officer of one unit never sees another unit's templates") {
    Office o;
    auto& t = o.t;
    create(t, o.xd_lead, "Mẫu của Sở Xây dựng");
    create(t, o.yt_lead, "Mẫu của Sở Y tế");
    CHECK(has(titles(t, o.xd_handler), "Mẫu của Sở Xây dựng"));
    CHECK_FALSE(has(titles(t, o.xd_handler), "Mẫu của Sở Y tế"));
    CHECK(has(titles(t, o.yt_handler), "Mẫu của Sở Y tế"));
    CHECK_FALSE(has(titles(t, o.yt_handler), "Mẫu của Sở Xây dựng"));
    CHECK_FALSE(has(titles(t, o.dispatcher), "Mẫu của Sở Y tế"));
    // The admin sees every unit's (to oversee them).
    CHECK(has(titles(t, o.admin), "Mẫu của Sở Y tế"));
    CHECK(has(titles(t, o.admin), "Mẫu của Sở Xây dựng"));
}

TEST_CASE("answer templates: a report's category offers its own and the all-category templates") {
    Office o;
    auto& t = o.t;
    create(t, o.admin, "Chung cho mọi lĩnh vực");
    create(t, o.admin, "Riêng y tế", "y_te");
    create(t, o.xd_lead, "Riêng xây dựng", "xay_dung");
    const auto xd = titles(t, o.xd_handler, "xay_dung");
    CHECK(has(xd, "Chung cho mọi lĩnh vực"));
    CHECK(has(xd, "Riêng xây dựng"));
    CHECK_FALSE(has(xd, "Riêng y tế"));
    // The category's own come first.
    CHECK(xd.front() == "Riêng xây dựng");
    CHECK(t.call("GET", std::string(kBase) + "?category=Xay%20dung", "", {}, &o.xd_handler).status == 422);
}

TEST_CASE("answer templates: nobody changes what is not theirs to manage") {
    Office o;
    auto& t = o.t;
    const auto province = create(t, o.admin, "Mẫu của tỉnh");
    const auto yt = create(t, o.yt_lead, "Mẫu của Sở Y tế");
    const auto xd = create(t, o.xd_lead, "Mẫu của Sở Xây dựng");
    const json change = form("Đổi tên");

    // A unit lead: another unit's is invisible (404), the province's is read-only (403).
    CHECK(t.send("PATCH", path(yt), change, &o.xd_lead).status == 404);
    CHECK(t.send("DELETE", path(yt), json::object(), &o.xd_lead).status == 404);
    CHECK(t.send("PATCH", path(province), change, &o.xd_lead).status == 403);
    CHECK(t.send("DELETE", path(province), json::object(), &o.xd_lead).status == 403);
    // A plain officer manages nothing, not even their own unit's.
    for (Browser* b : {&o.xd_handler, &o.dispatcher, &o.leader}) {
        auto created = t.send("POST", kBase, form("Không được tạo"), b);
        CHECK(created.status == 403);
        CHECK(error_code(created) == "forbidden");
        CHECK(t.send("PATCH", path(province), change, b).status == 403);
    }
    CHECK(t.send("PATCH", path(xd), change, &o.xd_handler).status == 403);
    CHECK(t.send("DELETE", path(xd), json::object(), &o.xd_handler).status == 403);
    // The admin reads a unit's but does not rewrite the unit's own words.
    CHECK(t.send("PATCH", path(yt), change, &o.admin).status == 403);
    CHECK(t.send("DELETE", path(yt), json::object(), &o.admin).status == 403);
    // Nothing changed.
    CHECK(scalar(t, "SELECT COUNT(*) FROM answer_templates WHERE title = 'Đổi tên'") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM answer_templates") == 3);
    CHECK(scalar(t, "SELECT COUNT(*) FROM audit_log WHERE action = 'answer_template_updated'") == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM audit_log WHERE action = 'answer_template_deleted'") == 0);
}

// [SECTION] validation ----------------------------------------------------------

TEST_CASE("answer templates: field errors in Vietnamese, nothing saved") {
    Office o;
    auto& t = o.t;
    json bad = {{"title", ""}, {"body", std::string(5001, 'a')}, {"category_code", "khong_ton_tai"}};
    auto r = t.send("POST", kBase, bad, &o.xd_lead);
    REQUIRE(r.status == 422);
    CHECK(field_code(r, "title") == "required");
    CHECK(field_code(r, "body") == "template_body_too_long");
    CHECK(field_code(r, "category_code") == "unknown_category");
    const json b = TestApp::body_of(r);
    for (const auto& f : b["error"]["fields"])
        CHECK_FALSE(f.value("message", "").empty());
    CHECK(scalar(t, "SELECT COUNT(*) FROM answer_templates") == 0);
    // A form may not choose its scope.
    auto scoped = t.send("POST", kBase, {{"title", "A"}, {"body", "B"}, {"unit_id", 1}}, &o.xd_lead);
    CHECK(scoped.status == 400);
    const auto id = create(t, o.xd_lead, "Mẫu đúng");
    auto u = t.send("PATCH", path(id), {{"title", "Mẫu đúng"}, {"body", "  "}}, &o.xd_lead);
    CHECK(u.status == 422);
    CHECK(field_code(u, "body") == "required");
}

// [SECTION] audit ---------------------------------------------------------------

TEST_CASE("answer templates: create, update and delete each write an audit row") {
    Office o;
    auto& t = o.t;
    const auto id = create(t, o.xd_lead, "Mẫu kiểm toán");
    REQUIRE(t.send("PATCH", path(id), form("Mẫu kiểm toán (sửa)"), &o.xd_lead).status == 200);
    REQUIRE(t.send("DELETE", path(id), json::object(), &o.xd_lead).status == 204);
    const std::string subject = "answer_template:" + std::to_string(id);
    for (const char* action : {"answer_template_created", "answer_template_updated", "answer_template_deleted"}) {
        CAPTURE(action);
        CHECK(scalar(t, std::string("SELECT COUNT(*) FROM audit_log WHERE action = '") + action + "' AND subject = '" +
                            subject + "' AND actor_id IS NOT NULL") == 1);
    }
    CHECK(scalar(t, "SELECT COUNT(*) FROM audit_log WHERE subject = '" + subject + "' AND detail LIKE 'unit:%'") == 3);
}

// [SECTION] demo data -----------------------------------------------------------

TEST_CASE("answer templates: the demo seeds province and unit templates once") {
    TestApp t;
    const int added = pakn::server::services::seed_answer_templates(*t.app->db, t.clock.now());
    CHECK(added >= 5);
    CHECK(pakn::server::services::seed_answer_templates(*t.app->db, t.clock.now()) == 0);
    CHECK(scalar(t, "SELECT COUNT(*) FROM answer_templates WHERE unit_id IS NULL") >= 3);
    Browser water = t.officer("canbo.nuoc", "CT-NUOC", "handler");
    auto r = t.call("GET", std::string(kBase) + "?category=su_co_cap_thoat_nuoc", "", {}, &water);
    REQUIRE(r.status == 200);
    bool own = false;
    for (const auto& item : TestApp::body_of(r))
        own = own || item.value("category_code", "") == "su_co_cap_thoat_nuoc";
    CHECK(own);
}
