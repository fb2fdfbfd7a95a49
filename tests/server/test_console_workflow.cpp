// The workflow's second round, end to end through the API (issue 14 items 3,
// 8-10): the center reclassifies an open report (timeline and statistics
// follow), rejects one found out of scope after acceptance, the handling unit
// asks the reporter for information and gets the report back in progress
// with its deadline moved by the wait, and the note sent with a draft answer
// is kept for the unit lead.
//
// [SECTION] index: the cast, routing proposal, reclassify, reject late, the
// unit asks, the note with a draft answer, directions, finding a reporter,
// giving a report to an officer.
#include <doctest/doctest.h>

#include <string>

#include "pakn/dto.h"
#include "pakn/url.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

// The common cast (support/report_cast.h) plus what these steps look at.
struct Cast : pakn::test::ReportCast {
    // The owner sends the information asked for (PATCH with submit: resubmit).
    Response supplement(std::int64_t id, const std::string& content) {
        auto [cid, answer] = t.captcha();
        json form = {{"title", "Công trình xây dựng lấn chiếm vỉa hè đường Lê Thánh Tôn"},
                     {"content", content},
                     {"address", "21A Lê Thánh Tôn"},
                     {"commune_code", "22333"},
                     {"category_code", "xay_dung"},
                     {"is_public", true},
                     {"attachment_ids", json::array()},
                     {"submit", true},
                     {"captcha_id", cid},
                     {"captcha_answer", answer}};
        return t.send("PATCH", "/api/v1/reports/" + std::to_string(id), form, &owner);
    }

    // The last timeline step of `action` the browser `b` reads, or null.
    json last_event(Browser& b, std::int64_t id, Action action) {
        json found;
        const json d = detail(b, id);  // kept: the loop reads into it
        for (const auto& e : d["events"])
            if (e["action"] == std::string(to_string(action))) found = e;
        return found;
    }

    // The answer deadline as stored (the detail shows the current step's).
    std::int64_t resolve_deadline(std::int64_t id) {
        return t.app->db->read([&](server::store::Connection& db) {
            auto st = db.prepare("SELECT resolve_deadline FROM reports WHERE id = ?");
            st.bind_all(id);
            REQUIRE(st.step());
            const std::int64_t out = st.int64(0);
            st.reset();
            return out;
        });
    }

    // Reports counted under `category` by the statistics tables (the
    // triggers of migration 0004 that every dashboard reads).
    std::int64_t stat_count(const std::string& category) {
        return t.app->db->read([&](server::store::Connection& db) {
            auto st = db.prepare("SELECT COALESCE(SUM(received), 0) FROM stat_month WHERE category = ? AND dim = 0");
            st.bind_all(category);
            REQUIRE(st.step());
            const std::int64_t out = st.int64(0);
            st.reset();
            return out;
        });
    }
};

}  // namespace

// [SECTION] routing proposal -----------------------------------------------------------

TEST_CASE("console workflow: routing proposes the category's default unit, or the commune's UBND for a commune-level one") {
    Cast c;
    const auto id = c.sent_report("xay_dung");  // commune 22333, default unit SO-XD
    CHECK(c.detail(c.desk, id)["suggested_unit_id"] == c.unit_xd);
    // Only the form that routes gets it: the reporter and units do not.
    CHECK_FALSE(c.detail(c.owner, id).contains("suggested_unit_id"));

    // The admin marks the category as handled at commune level.
    Browser admin = c.t.officer("quantri", "TTDH", "admin");
    json form = {{"code", "xay_dung"},
                 {"name", "Xây dựng"},
                 {"group", "sector"},
                 {"default_unit_id", c.unit_xd},
                 {"commune_level", true}};
    auto saved = c.t.send("PATCH", "/api/v1/admin/categories/xay_dung", form, &admin);
    CAPTURE(saved.payload());
    REQUIRE(saved.status == 200);
    CHECK(TestApp::body_of(saved)["commune_level"] == true);
    CHECK(c.detail(c.desk, id)["suggested_unit_id"] == c.t.unit_id("UBND-22333"));

    // Without a default unit and not commune level: nothing to propose.
    form["commune_level"] = false;
    form.erase("default_unit_id");
    REQUIRE(c.t.send("PATCH", "/api/v1/admin/categories/xay_dung", form, &admin).status == 200);
    CHECK_FALSE(c.detail(c.desk, id).contains("suggested_unit_id"));
}

// [SECTION] reclassify ---------------------------------------------------------------

TEST_CASE("console workflow: the center reclassifies an open report, timeline and statistics follow") {
    Cast c;
    const auto id = c.in_progress_report();
    const auto before_xd = c.stat_count("xay_dung");
    REQUIRE(before_xd >= 1);
    const auto before_dl = c.stat_count("du_lich");

    ActionParams p;
    p.category_code = "du_lich";
    p.commune_code = "22366";
    p.note = "Người dân phản ánh về khu du lịch, không phải công trình.";
    auto after = c.step(c.desk, id, Action::reclassify, p);
    // The status and the handling unit stay: routing is not reclassifying.
    CHECK(after["status"] == "in_progress");
    CHECK(after["category_code"] == "du_lich");
    CHECK(after["commune_code"] == "22366");

    const json e = c.last_event(c.desk, id, Action::reclassify);
    REQUIRE(e.is_object());
    CHECK(e["payload"]["from_category"] == "Xây dựng");
    CHECK(e["payload"]["category"] == "Du lịch");
    CHECK(e["payload"]["from_commune"] == "Phường Bắc Nha Trang");
    CHECK(e["payload"]["commune"] == "Phường Nha Trang");
    CHECK(e["note"] == p.note);
    // The reporter sees the correction, not the center's note.
    const json seen_by_owner = c.last_event(c.owner, id, Action::reclassify);
    REQUIRE(seen_by_owner.is_object());
    CHECK(seen_by_owner.value("note", "") == "");
    CHECK(seen_by_owner["payload"]["category"] == "Du lịch");

    CHECK(c.stat_count("xay_dung") == before_xd - 1);
    CHECK(c.stat_count("du_lich") == before_dl + 1);
}

TEST_CASE("console workflow: reclassify refuses an unknown category or commune, no change, and other roles") {
    Cast c;
    const auto id = c.sent_report();
    struct Row {
        const char* name;
        std::string category;
        std::string commune;
        int status;
        const char* field;
        const char* code;
    };
    // case | category | commune | HTTP | field | code
    const Row rows[] = {
        {"unknown category", "khong_co", "", 422, "category_code", "unknown_category"},
        {"category not a code", "Xây dựng", "", 422, "category_code", "unknown_category"},
        {"commune of another province", "du_lich", "00001", 422, "commune_code", "unknown_commune"},
        {"commune not five digits", "du_lich", "2233", 422, "commune_code", "unknown_commune"},
        {"nothing changes", "xay_dung", "22333", 422, "category_code", "reclassify_unchanged"},
        {"category missing", "", "22366", 422, "category_code", "required"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        ActionParams p;
        if (!r.category.empty()) p.category_code = r.category;
        if (!r.commune.empty()) p.commune_code = r.commune;
        auto res = c.act(c.desk, id, Action::reclassify, p);
        CHECK(res.status == r.status);
        const json body = TestApp::body_of(res);
        bool named = false;
        for (const auto& f : body["error"]["fields"])
            named = named || (f["field"] == r.field && f["code"] == r.code);
        CHECK_MESSAGE(named, res.payload());
    }
    // Nothing was saved by the refusals.
    CHECK(c.detail(c.desk, id)["category_code"] == "xay_dung");

    ActionParams ok;
    ok.category_code = "du_lich";
    CHECK(c.act(c.xd_handler, id, Action::reclassify, ok).status == 404);  // not the unit's report yet
    CHECK(c.act(c.owner, id, Action::reclassify, ok).status == 403);
}

// [SECTION] reject late ----------------------------------------------------------------

TEST_CASE("console workflow: the center rejects a report found out of scope after a unit took it") {
    Cast c;
    const auto id = c.in_progress_report();
    ActionParams ext;
    ext.note = "Cần khảo sát hiện trường";
    ext.deadline = c.t.clock.now() + 30 * 86400;
    c.step(c.xd_handler, id, Action::request_extension, ext);

    ActionParams p;
    p.reason_code = "duplicate";
    p.duplicate_of = c.detail(c.desk, id)["code"].get<std::string>();
    p.note = "Trùng với phản ánh đã được xử lý.";
    auto after = c.step(c.desk, id, Action::reject, p);
    CHECK(after["status"] == "rejected");
    CHECK(after["extension_pending"] == false);
    // The reporter reads the reason; nothing is left to do on it.
    const json e = c.last_event(c.owner, id, Action::reject);
    REQUIRE(e.is_object());
    CHECK(e["note"] == p.note);
    CHECK(c.detail(c.desk, id)["allowed_actions"] == json::array({"comment"}));
}

// [SECTION] the unit asks the reporter ------------------------------------------------------

TEST_CASE("console workflow: the handling unit asks the reporter, the answer goes back to the unit, deadline moved") {
    Cast c;
    const auto id = c.in_progress_report();
    const std::int64_t due_before = c.resolve_deadline(id);
    REQUIRE(due_before > 0);

    ActionParams ask;
    ask.note = "Xin cho biết số nhà chính xác và gửi thêm ảnh chụp ban ngày.";
    auto asked = c.step(c.xd_handler, id, Action::request_info, ask);
    CHECK(asked["status"] == "needs_info");
    // The reporter is told, with the unit's question.
    CHECK(c.last_event(c.owner, id, Action::request_info)["note"] == ask.note);

    // Twenty minutes later the reporter sends what was asked.
    c.t.clock.advance(20 * 60);
    auto sent = c.supplement(id, "Số nhà 21A, ảnh chụp lúc 9 giờ sáng đính kèm.");
    CAPTURE(sent.payload());
    REQUIRE(sent.status == 200);
    // Back to the unit, in progress, not to the center's intake.
    const json now = c.detail(c.xd_handler, id);
    CHECK(now["status"] == "in_progress");
    // The unit's clock stood still while it waited: the answer deadline moved by the twenty minutes.
    CHECK(c.resolve_deadline(id) == due_before + 20 * 60);
    // The unit can answer it now.
    ActionParams result;
    result.result_text = "Đã lập biên bản, yêu cầu chủ công trình dọn vật liệu.";
    c.step(c.xd_handler, id, Action::propose_result, result);
}

TEST_CASE("console workflow: a report the center asked about still goes back to the center") {
    Cast c;
    const auto id = c.sent_report();
    ActionParams ask;
    ask.note = "Xin bổ sung địa chỉ.";
    c.step(c.desk, id, Action::request_info, ask);
    CHECK(c.act(c.xd_handler, id, Action::request_info, ask).status == 404);  // not the unit's
    REQUIRE(c.supplement(id, "Địa chỉ: 21A Lê Thánh Tôn.").status == 200);
    CHECK(c.detail(c.desk, id)["status"] == "submitted");
}

// [SECTION] the note with a draft answer --------------------------------------------------------

TEST_CASE("console workflow: the note sent with a draft answer is kept for the unit lead, not the reporter") {
    Cast c;
    const auto id = c.in_progress_report();
    ActionParams result;
    result.result_text = "Đã yêu cầu chủ công trình dọn vật liệu trong 3 ngày.";
    result.note = "Anh xem giúp đoạn thời hạn 3 ngày có phù hợp quy định không.";
    c.step(c.xd_handler, id, Action::propose_result, result);

    const json e = c.last_event(c.xd_lead, id, Action::propose_result);
    REQUIRE(e.is_object());
    CHECK(e["note"] == *result.result_text);
    CHECK(e["payload"]["note"] == *result.note);
    // The step and its note never reach the reporter.
    CHECK(c.last_event(c.owner, id, Action::propose_result).is_null());
    CHECK(c.detail(c.owner, id).dump().find("thời hạn 3 ngày có phù hợp") == std::string::npos);
}

// [SECTION] directions ------------------------------------------------------------------------

TEST_CASE("console workflow: the province leader and the unit's lead give directions the unit reads, the reporter not") {
    Cast c;
    const auto id = c.in_progress_report();
    Browser leader = c.t.officer("lanhdao.tinh", "TTDH", "leader");
    ActionParams p;
    p.note = "Đề nghị Sở Xây dựng phối hợp UBND phường kiểm tra ngay trong tuần.";
    auto after = c.step(leader, id, Action::direct, p);
    CHECK(after["status"] == "in_progress");  // a direction changes nothing but the timeline
    ActionParams q;
    q.note = "Giao anh xử lý trước thứ Sáu.";
    c.step(c.xd_lead, id, Action::direct, q);

    const json seen = c.detail(c.xd_handler, id);
    int directions = 0;
    for (const auto& e : seen["events"])
        if (e["action"] == "direct") {
            ++directions;
            CHECK(e["internal"] == true);
        }
    CHECK(directions == 2);
    CHECK(c.last_event(c.xd_handler, id, Action::direct)["note"] == *q.note);
    // Never on the reporter's timeline.
    CHECK(c.last_event(c.owner, id, Action::direct).is_null());
    CHECK(c.detail(c.owner, id).dump().find("kiểm tra ngay trong tuần") == std::string::npos);

    // Directing is all the leader does; a note is required.
    ActionParams comment;
    comment.note = "Ghi chú";
    CHECK(c.act(leader, id, Action::comment, comment).status == 403);
    CHECK(c.act(leader, id, Action::direct, {}).status == 422);
    // A handler does not direct.
    CHECK(c.act(c.xd_handler, id, Action::direct, q).status == 403);
}

// [SECTION] finding a reporter ------------------------------------------------------------------

TEST_CASE("console workflow: hotline staff find a reporter's reports by phone, ID number or name, audited") {
    Cast c;
    const auto own = c.sent_report();  // the owner: 056191653264, 0905123456, Tôn Nữ Diễm Kiều
    // A report taken by phone on someone's behalf.
    json form = {{"title", "Đèn đường hỏng trên đường Trần Phú"},
                 {"content", "Ba cột đèn liên tiếp không sáng từ tuần trước."},
                 {"address", "Trần Phú"},
                 {"commune_code", "22366"},
                 {"category_code", "xay_dung"},
                 {"is_public", false},
                 {"attachment_ids", json::array()},
                 {"submit", true},
                 {"channel", "hotline"},
                 {"reporter_name", "Lê Văn Tám"},
                 {"reporter_phone", "0912345678"},
                 {"reporter_id_number", "079186001234"}};
    auto created = c.t.send("POST", "/api/v1/reports", form, &c.desk);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    const auto by_phone = TestApp::body_of(created)["id"].get<std::int64_t>();

    struct Row {
        const char* typed;
        std::int64_t found;  // 0: nothing
        const char* audit;
    };
    // typed | the report found | audit detail (masked)
    const Row rows[] = {
        {"0905 123 456", own, "phone: 0905*456**"},
        {"+84905123456", own, "phone: 0905*456**"},
        {"056191653264", own, "id_number: 056*******64"},
        {"Tôn Nữ Diễm Kiều", own, "name: Tôn N. D. K."},
        {"0912.345.678", by_phone, "phone: 0912*678**"},
        {"079186001234", by_phone, "id_number: 079*******34"},
        {"Lê Văn Tám", by_phone, "name: Lê V. T."},
        {"0987654321", 0, "phone: 0987*321**"},
    };
    for (const Row& r : rows) {
        INFO(r.typed);
        auto res = c.t.call("GET", "/api/v1/inbox?reporter=" + pakn::percent_encode(r.typed), "", {}, &c.desk);
        REQUIRE(res.status == 200);
        const json page = TestApp::body_of(res);
        CHECK(page["total"] == (r.found ? 1 : 0));
        if (r.found) CHECK(page["items"][0]["id"] == r.found);
        const std::string last_audit = c.t.app->db->read([&](server::store::Connection& db) {
            auto st = db.prepare("SELECT detail FROM audit_log WHERE action = 'reporter_search' ORDER BY id DESC LIMIT 1");
            std::string out = st.step() ? st.text(0) : "";
            st.reset();
            return out;
        });
        CHECK(last_audit == r.audit);
    }
    // A unit finds only what it handles: neither report is routed yet.
    auto unit = c.t.call("GET", "/api/v1/inbox?reporter=0905123456", "", {}, &c.xd_handler);
    REQUIRE(unit.status == 200);
    CHECK(TestApp::body_of(unit)["total"] == 0);
    // Citizens have no inbox.
    CHECK(c.t.call("GET", "/api/v1/inbox?reporter=0905123456", "", {}, &c.owner).status == 403);
}

// [SECTION] giving a report to an officer ---------------------------------------------------------

TEST_CASE("console workflow: the unit lead gives a report to one of the unit's officers, 'Của tôi' lists it") {
    Cast c;
    const auto id = c.in_progress_report();
    Browser other_unit = c.t.officer("xuly.nuoc", "CT-NUOC", "handler");
    Browser second = c.t.officer("xuly2.xd", "SO-XD", "handler");

    // The lead's choices: the unit's active handlers and leads, no one else.
    auto listed = c.t.call("GET", "/api/v1/officer/colleagues", "", {}, &c.xd_lead);
    REQUIRE(listed.status == 200);
    const json people = TestApp::body_of(listed);
    auto account_id = [&](const char* login) {
        return c.t.app->db->read([&](server::store::Connection& db) {
            return db.scalar_int(std::string("SELECT id FROM accounts WHERE login = '") + login + "'").value_or(0);
        });
    };
    const std::int64_t handler_id = account_id("xuly.xd");
    const std::int64_t second_id = account_id("xuly2.xd");
    const std::int64_t outsider_id = account_id("xuly.nuoc");
    for (const auto& o : people) CHECK((o["role"] == "handler" || o["role"] == "unit_lead"));
    REQUIRE(handler_id > 0);
    REQUIRE(second_id > 0);
    CHECK(people.size() >= 3);  // xuly.xd, xuly2.xd, lanhdao.xd
    for (const auto& o : people) CHECK(o["id"] != outsider_id);

    // Someone of another unit cannot be given the report; a handler cannot give it.
    ActionParams to_outsider;
    to_outsider.handler_id = outsider_id;
    auto refused = c.act(c.xd_lead, id, Action::assign_handler, to_outsider);
    CHECK(refused.status == 422);
    CHECK(TestApp::body_of(refused)["error"]["fields"][0]["code"] == "unknown_handler");
    ActionParams to_second;
    to_second.handler_id = second_id;
    CHECK(c.act(c.xd_handler, id, Action::assign_handler, to_second).status == 403);

    to_second.note = "Anh phụ trách địa bàn này.";
    auto given = c.step(c.xd_lead, id, Action::assign_handler, to_second);
    CHECK(given["assignee_id"] == second_id);
    const json e = c.last_event(c.xd_lead, id, Action::assign_handler);
    REQUIRE(e.is_object());
    CHECK(e["payload"]["handler_id"] == second_id);
    CHECK(e["internal"] == true);  // officers only
    // The reporter does not learn who inside the unit handles it.
    const json seen_by_owner = c.detail(c.owner, id);
    CHECK_FALSE(seen_by_owner.contains("assignee_id"));
    CHECK(c.last_event(c.owner, id, Action::assign_handler).is_null());

    // "Của tôi": the second handler has it, the first does not.
    auto mine = c.t.call("GET", "/api/v1/inbox?mine=true", "", {}, &second);
    REQUIRE(mine.status == 200);
    CHECK(TestApp::body_of(mine)["total"] == 1);
    CHECK(TestApp::body_of(mine)["items"][0]["id"] == id);
    auto not_mine = c.t.call("GET", "/api/v1/inbox?mine=true", "", {}, &c.xd_handler);
    CHECK(TestApp::body_of(not_mine)["total"] == 0);
    CHECK(handler_id != second_id);
}
