// Privacy on the open internet, through the real router: a published
// report's reporter stays masked on every route a visitor or another citizen
// can reach, whatever steps its timeline holds; each reader's timeline holds
// the steps and notes the shared table (event_visibility.h) gives them;
// lookups by tracking code cannot be walked, and say little of reports that
// are not public.
//
// [SECTION] index: the cast, the leak detector, a report through every step,
// public routes, timeline per audience, lookup by tracking code.
#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "http/router.h"
#include "pakn/dto.h"
#include "pakn/event_visibility.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "pakn/workflow.h"
#include "services/live.h"
#include "services/services.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] the cast ------------------------------------------------------------

constexpr const char* kCitizenPassword = "matkhau2026";
constexpr const char* kOfficerPassword = "CanBo2026pakn";  // what TestApp::officer sets

// A person's personal data as it must never reach a stranger. `given` is the
// name without the family name: mask_name keeps only the family name, so any
// unmasked rendering of the name contains it.
struct PersonalData {
    std::string full_name, given, phone, cccd, email, home_address;

    // Every text whose presence means a leak, with what it is.
    std::vector<std::pair<std::string, std::string>> secrets() const {
        std::vector<std::pair<std::string, std::string>> out = {
            {"full name", full_name}, {"given names", given}, {"phone", phone}, {"ID number (CCCD)", cccd}};
        // The phone without its leading 0 also matches +84 and 84 spellings.
        out.emplace_back("phone digits", phone.substr(1));
        if (!email.empty()) out.emplace_back("e-mail", email);
        if (!home_address.empty()) out.emplace_back("home address", home_address);
        return out;
    }
};

const PersonalData kOwner{
    "Tôn Nữ Diễm Kiều",        "Diễm Kiều", "0905123456", "056191653264", "diemkieu.pakn@example.vn",
    "Số 7 hẻm 21 Lê Thánh Tôn"};
// A caller whose report the center typed in from the hotline (no account).
const PersonalData kCaller{"Hà Thị Tường Vi", "Tường Vi", "0977001122", "079190001234", "tuongvi.pakn@example.vn", ""};

struct Cast {
    TestApp t;
    Browser owner, other, anon, desk, xd_handler, xd_lead, ct_handler;
    std::int64_t unit_xd = 0, unit_ct = 0;

    Cast() {
        unit_xd = t.unit_id("SO-XD");
        unit_ct = t.unit_id("CT-NUOC");
        REQUIRE(t.register_citizen(kOwner.cccd, kOwner.phone, kCitizenPassword, kOwner.full_name) > 0);
        REQUIRE(t.register_citizen("079203000123", "0912345678", kCitizenPassword, "Lê Văn Cường") > 0);
        desk = t.officer("tiepnhan", "TTDH", "dispatcher");
        xd_handler = t.officer("xuly.xd", "SO-XD", "handler");
        xd_lead = t.officer("lanhdao.xd", "SO-XD", "unit_lead");
        ct_handler = t.officer("xuly.ct", "CT-NUOC", "handler");
        anon.ip = "198.51.100.23";
        sign_in_everyone();
        auto profile =
            t.send("PATCH", "/api/v1/me", {{"email", kOwner.email}, {"address", kOwner.home_address}}, &owner);
        REQUIRE(profile.status == 200);
    }

    // Sessions lapse when the test moves the clock by days: sign in again.
    void sign_in_everyone() {
        for (auto* b : {&owner, &other})
            *b = Browser{};
        REQUIRE(t.login(owner, kOwner.cccd, kCitizenPassword).status == 200);
        REQUIRE(t.login(other, "079203000123", kCitizenPassword).status == 200);
        struct O {
            Browser* b;
            const char* user;
        };
        for (const O& o :
             {O{&desk, "tiepnhan"}, O{&xd_handler, "xuly.xd"}, O{&xd_lead, "lanhdao.xd"}, O{&ct_handler, "xuly.ct"}}) {
            *o.b = Browser{};
            REQUIRE(t.login(*o.b, o.user, kOfficerPassword, "officer").status == 200);
        }
    }

    Response act(Browser& b, std::int64_t id, Action a, ActionParams p = {}) {
        ActionRequestBody body;
        body.form.action = std::string(to_string(a));
        body.form.params = std::move(p);
        auto r = t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", json::parse(encode(body)), &b);
        CAPTURE(to_string(a));
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        return r;
    }

    json report_form(bool submit) {
        json body = {{"title", "Cống thoát nước bị tắc trên đường Hùng Vương"},
                     {"content", "Nước đọng nhiều ngày sau mưa, bốc mùi và tràn lên vỉa hè, đề nghị nạo vét sớm."},
                     {"address", "Đoạn giữa đường Hùng Vương, phường Nha Trang"},
                     {"commune_code", "22333"},
                     {"lat", 12.2388},
                     {"lon", 109.1967},
                     {"category_code", "xay_dung"},
                     {"is_public", true},
                     {"attachment_ids", json::array()},
                     {"submit", submit}};
        if (submit) {
            auto [cid, answer] = t.captcha();
            body["captcha_id"] = cid;
            body["captcha_answer"] = answer;
        }
        return body;
    }
};

// Notes written on the steps, by who may read them (event_visibility.h).
// Addressed to the reporter:
const std::string kAskMore = "Đề nghị bổ sung ảnh chụp hiện trường.";
const std::string kStartNote = "Đã cử tổ kỹ thuật.";
const std::string kProgress = "Đang nạo vét đoạn đầu.";
// Written by the reporter, published with the rating:
const std::string kRatingComment = "Xử lý nhanh, cảm ơn.";
// For officers alone:
const std::string kRoutingNote = "Ghi chú điều phối: ưu tiên trước mùa mưa.";
const std::string kReturnReason = "Không thuộc thẩm quyền, đề nghị chuyển công ty thoát nước.";
const std::string kExtensionAsk = "Cần thêm thời gian thuê máy hút bùn.";
const std::string kExtensionNo = "Chưa đủ căn cứ gia hạn.";
const std::string kExtensionYes = "Đồng ý gia hạn vì mưa kéo dài.";
const std::string kUnitComment = "Ghi chú nội bộ của đơn vị chủ trì.";
const std::string kCoUnitComment = "Ghi chú nội bộ của đơn vị phối hợp.";
const std::string kCenterComment = "Ghi chú nội bộ của trung tâm.";
const std::string kFirstDraft = "Dự thảo: đã nạo vét một phần.";
const std::string kDraftRefused = "Dự thảo chưa nêu thời điểm hoàn thành.";
const std::string kApproval = "Lãnh đạo đơn vị đã xem và duyệt.";
const std::string kTakenDown = "Tạm gỡ để rà soát hình ảnh.";
const std::string kReopenOrder = "Người dân phản ánh cống lại tắc, đề nghị kiểm tra lại.";
const std::string kReclassifyReason = "Cống thoát nước thuộc lĩnh vực môi trường đô thị, phân loại lại.";
const std::string kDirection = "Lãnh đạo tỉnh chỉ đạo xử lý dứt điểm trong tuần.";
const std::string kGivenToOfficer = "Giao đồng chí phụ trách địa bàn xử lý.";

const std::vector<std::string> kOfficersOwnNotes = {
    kRoutingNote,   kReturnReason, kExtensionAsk, kExtensionNo, kExtensionYes, kUnitComment, kCoUnitComment,
    kCenterComment, kFirstDraft,   kDraftRefused, kApproval,    kTakenDown,    kReopenOrder, kReclassifyReason,
    kDirection,     kGivenToOfficer};

ActionParams note(const std::string& text) {
    ActionParams p;
    p.note = text;
    return p;
}

// [SECTION] the leak detector ---------------------------------------------------

// The string at `key` of object `j`, or "" (json::value() trips GCC's
// -Wnull-dereference here).
std::string string_at(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Calls `each` on every string in `j`, keys included.
void each_string(const json& j, const std::function<void(const std::string&)>& each) {
    if (j.is_string()) {
        each(j.get<std::string>());
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            each(it.key());
            each_string(it.value(), each);
        }
    } else if (j.is_array()) {
        for (const auto& v : j)
            each_string(v, each);
    }
}

// Every personal datum of `people` found in the response, as "what: where".
// JSON is searched value by value (escapes decoded); anything else as bytes.
std::vector<std::string> leaks_in(const Response& r, const std::vector<PersonalData>& people) {
    std::vector<std::string> found;
    auto search = [&](const std::string& text) {
        for (const auto& person : people)
            for (const auto& [what, secret] : person.secrets())
                if (!secret.empty() && text.find(secret) != std::string::npos)
                    found.push_back(what + " of " + person.full_name + " in \"" + text.substr(0, 200) + "\"");
    };
    const std::string body(r.payload());
    const json j = json::parse(body, nullptr, false);
    if (j.is_discarded())
        search(body);
    else
        each_string(j, search);
    return found;
}

// The boolean at `key` of object `j`, or false.
bool bool_at(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

// [SECTION] a report through every step -------------------------------------------

// The actions a published report's timeline can never hold: those whose rows
// end in a status or flag that forbids publishing (Không tiếp nhận: rejected
// is final; a withdrawn report has no answer to publish).
std::set<Action> never_on_a_published_report() {
    std::set<Action> out;
    for (const auto& row : workflow_rules())
        if ((row.to && *row.to == Status::rejected) || row.effects.contains(Effect::set_withdrawn))
            out.insert(row.action);
    return out;
}

// A report of the owner taken through every step the workflow table allows
// on a report that ends published, by the actor each step needs; returns its
// id and code.
std::pair<std::int64_t, std::string> report_through_every_step(Cast& c) {
    auto& t = c.t;
    // Nháp, then sent by editing the draft (submit), asked for more
    // information, edited and sent again (edit, resubmit).
    auto created = t.send("POST", "/api/v1/reports", c.report_form(false), &c.owner);
    REQUIRE(created.status == 201);
    const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();
    const std::string path = "/api/v1/reports/" + std::to_string(id);
    REQUIRE(t.send("PATCH", path, c.report_form(true), &c.owner).status == 200);
    c.act(c.desk, id, Action::request_info, note(kAskMore));
    REQUIRE(t.send("PATCH", path, c.report_form(false), &c.owner).status == 200);
    REQUIRE(t.send("PATCH", path, c.report_form(true), &c.owner).status == 200);
    // The center accepts and routes; the unit returns it; routed again with a co-unit.
    c.act(c.desk, id, Action::accept, note("Đã tiếp nhận, chuyển đơn vị chuyên môn."));
    // A caller reports the same drain by phone; the center merges that
    // report into this one, whose timeline then shows the merge too (and
    // must not show who the caller is).
    {
        json duplicate = c.report_form(true);
        duplicate.erase("captcha_id");
        duplicate.erase("captcha_answer");
        duplicate["channel"] = "hotline";
        duplicate["reporter_name"] = kCaller.full_name;
        duplicate["reporter_phone"] = kCaller.phone;
        duplicate["reporter_email"] = kCaller.email;
        duplicate["reporter_id_number"] = kCaller.cccd;
        auto made = t.send("POST", "/api/v1/reports", duplicate, &c.desk);
        REQUIRE(made.status == 201);
        ActionParams into = note("Trùng với phản ánh đang xử lý.");
        into.duplicate_of = TestApp::body_of(t.call("GET", path, "", {}, &c.owner))["code"].get<std::string>();
        c.act(c.desk, TestApp::body_of(made)["id"].get<std::int64_t>(), Action::merge, into);
    }
    ActionParams reclassified = note(kReclassifyReason);
    reclassified.category_code = "giao_thong_van_tai";
    c.act(c.desk, id, Action::reclassify, reclassified);
    ActionParams to_xd = note(kRoutingNote);
    to_xd.unit_id = c.unit_xd;
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.xd_handler, id, Action::return_, note(kReturnReason));
    to_xd.co_unit_ids = {c.unit_ct};
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.ct_handler, id, Action::progress_note, note("Đơn vị phối hợp đã khảo sát."));
    c.act(c.ct_handler, id, Action::comment, note(kCoUnitComment));
    c.act(c.xd_handler, id, Action::start, note(kStartNote));
    ActionParams to_officer = note(kGivenToOfficer);
    to_officer.handler_id = c.t.app->db->read([](pakn::server::store::Connection& db) {
        return db.scalar_int("SELECT id FROM accounts WHERE login = 'xuly.xd'").value_or(0);
    });
    c.act(c.xd_lead, id, Action::assign_handler, to_officer);
    Browser leader = c.t.officer("lanhdao.tinh", "TTDH", "leader");
    c.act(leader, id, Action::direct, note(kDirection));
    c.act(c.xd_handler, id, Action::progress_note, note(kProgress));
    ActionParams ext = note(kExtensionAsk);
    ext.deadline = t.clock.now() + 30 * 86400;
    c.act(c.xd_handler, id, Action::request_extension, ext);
    c.act(c.desk, id, Action::refuse_extension, note(kExtensionNo));
    c.act(c.xd_handler, id, Action::request_extension, ext);
    ActionParams granted = note(kExtensionYes);
    granted.deadline = ext.deadline;
    c.act(c.desk, id, Action::approve_extension, granted);
    c.act(c.xd_handler, id, Action::comment, note(kUnitComment));
    c.act(c.desk, id, Action::comment, note(kCenterComment));
    // The unit's answer: drafted, refused by its lead, drafted again, approved.
    ActionParams draft;
    draft.result_text = kFirstDraft;
    c.act(c.xd_handler, id, Action::propose_result, draft);
    c.act(c.xd_lead, id, Action::refuse_result, note(kDraftRefused));
    draft.result_text = "Đơn vị đã nạo vét toàn tuyến cống và lắp lưới chắn rác.";
    c.act(c.xd_handler, id, Action::propose_result, draft);
    c.act(c.xd_lead, id, Action::approve_result, note(kApproval));
    // Published, taken down, published; rated by the reporter.
    c.act(c.desk, id, Action::publish);
    c.act(c.desk, id, Action::unpublish, note(kTakenDown));
    c.act(c.desk, id, Action::publish);
    ActionParams rating = note(kRatingComment);
    rating.rating = "dissatisfied";
    c.act(c.owner, id, Action::rate, rating);
    // Not satisfied: the reporter asks for reconsideration; the center
    // declines, then reopens all the same.
    c.act(c.owner, id, Action::request_reconsideration, note("Cống vẫn tắc sau mỗi trận mưa, đề nghị xem xét lại."));
    c.act(c.desk, id, Action::decline_reconsideration, note("Đơn vị đã nạo vét đúng kết quả đã báo."));
    // Reopened; overdue while nobody starts; answered again; closed unrated
    // when the rating window ends; published once more.
    c.act(c.desk, id, Action::reopen, note(kReopenOrder));
    t.clock.advance(7 * 86400);
    REQUIRE(t.app->services->reports.flag_overdue() == 1);
    c.sign_in_everyone();
    c.act(c.xd_handler, id, Action::start);
    draft.result_text = "Đơn vị đã nạo vét lại và bổ sung lịch kiểm tra hằng tháng.";
    c.act(c.xd_handler, id, Action::propose_result, draft);
    c.act(c.xd_lead, id, Action::approve_result);
    t.clock.advance(40 * 86400);
    REQUIRE(t.app->services->reports.close_unrated(t.app->services->rating_window_seconds) == 1);
    c.sign_in_everyone();
    c.act(c.desk, id, Action::publish);
    return {id, TestApp::body_of(t.call("GET", path, "", {}, &c.owner))["code"].get<std::string>()};
}

// A report the center typed in for a caller without an account, answered
// and published.
std::pair<std::int64_t, std::string> hotline_report(Cast& c) {
    json form = c.report_form(true);
    form.erase("captcha_id");
    form.erase("captcha_answer");
    form["channel"] = "hotline";
    form["reporter_name"] = kCaller.full_name;
    form["reporter_phone"] = kCaller.phone;
    form["reporter_email"] = kCaller.email;
    form["reporter_id_number"] = kCaller.cccd;
    auto created = c.t.send("POST", "/api/v1/reports", form, &c.desk);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();
    ActionParams to_xd;
    to_xd.unit_id = c.unit_xd;
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.xd_handler, id, Action::start);
    ActionParams answer;
    answer.result_text = "Đã khắc phục.";
    c.act(c.xd_handler, id, Action::propose_result, answer);
    c.act(c.xd_lead, id, Action::approve_result);
    c.act(c.desk, id, Action::publish);
    return {id, TestApp::body_of(created)["code"].get<std::string>()};
}

// Every GET route of the table `b` may call (a visitor: Access::anyone; a
// signed-in citizen: also session and reporter routes), with {id} and {code}
// filled from the report. The live stream (/events) is parked by the real
// edge rather than answered, and a citizen's stream carries only their own
// reports: it is left out.
std::vector<std::string> public_paths(bool signed_in_citizen, std::int64_t id, const std::string& code) {
    using pakn::server::http::Access;
    std::vector<std::string> out;
    for (const auto& route : pakn::server::http::api_routes()) {
        if (route.method != "GET" || route.pattern == "/api/v1/events") continue;
        const bool open = route.access == Access::anyone ||
                          (signed_in_citizen && (route.access == Access::session || route.access == Access::reporter));
        if (!open) continue;
        std::string path = route.pattern;
        for (auto [hole, value] : {std::pair<std::string, std::string>{"{id}", std::to_string(id)}, {"{code}", code}})
            if (auto at = path.find(hole); at != std::string::npos) path.replace(at, hole.size(), value);
        out.push_back(path);
    }
    // The public list also searched, filtered and paged.
    out.push_back("/api/v1/public/reports?q=" + std::string("cong thoat nuoc") + "&page_size=50");
    out.push_back("/api/v1/public/reports?status=closed&page_size=50");
    out.push_back("/api/v1/public/reports?status=resolved&page_size=50");
    out.push_back("/api/v1/public/map?shapes=0");
    return out;
}

}  // namespace

// [SECTION] public routes ----------------------------------------------------------

TEST_CASE("privacy: no route a visitor or another citizen can call shows a reporter's personal data") {
    Cast c;
    const auto [id, code] = report_through_every_step(c);
    const auto [hotline_id, hotline_code] = hotline_report(c);
    const std::vector<PersonalData> people = {kOwner, kCaller};

    // The timeline holds every kind of step a published report can have.
    auto as_officer = TestApp::body_of(c.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &c.desk));
    std::set<std::string> seen;
    for (const auto& e : as_officer["events"])
        seen.insert(e["action"].get<std::string>());
    const auto excluded = never_on_a_published_report();
    for (Action a : kAllActions) {
        CAPTURE(to_string(a));
        CHECK(seen.count(std::string(to_string(a))) == (excluded.count(a) ? 0u : 1u));
    }
    CHECK(excluded == std::set<Action>{Action::withdraw, Action::reject});

    // The detector works: the owner's own view names them in full, on the
    // reporter field and on the steps they took.
    auto mine = c.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &c.owner);
    REQUIRE(mine.status == 200);
    CHECK_FALSE(leaks_in(mine, {kOwner}).empty());
    bool named_in_full = false;
    const json own = TestApp::body_of(mine);
    for (const auto& e : own["events"])
        named_in_full = named_in_full || string_at(e, "actor_name") == kOwner.full_name;
    CHECK(named_in_full);

    int pages = 0;
    for (const auto& [rid, rcode] : {std::pair{id, code}, std::pair{hotline_id, hotline_code}}) {
        for (Browser* b : {&c.anon, &c.other}) {
            const bool citizen = b == &c.other;
            for (const auto& path : public_paths(citizen, rid, rcode)) {
                CAPTURE(path);
                CAPTURE(citizen ? "another citizen" : "visitor");
                auto r = c.t.call("GET", path, "", {}, b);
                CHECK(r.status < 500);
                CHECK(leaks_in(r, people) == std::vector<std::string>{});
                if (r.status == 200) ++pages;
            }
            // The report itself is there to see, its reporter masked on the
            // reporter field and on every step they took.
            auto detail = c.t.call("GET", "/api/v1/reports/" + std::to_string(rid), "", {}, b);
            REQUIRE(detail.status == 200);
            const json d = TestApp::body_of(detail);
            const std::string masked = mask_name(rid == id ? kOwner.full_name : kCaller.full_name);
            CHECK(d["reporter"]["name"] == masked);
            for (const auto& e : d["events"])
                if (e.contains("actor_role") && is_reporter(*parse_role(e["actor_role"].get<std::string>())))
                    CHECK(string_at(e, "actor_name") == masked);
        }
    }
    CHECK(pages > 20);
}

// [SECTION] timeline per audience ----------------------------------------------------

namespace {

json detail(Cast& c, Browser& b, std::int64_t id) {
    auto r = c.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &b);
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

// Every string anywhere in `j`, joined: what a reader could find on the page.
std::string all_text(const json& j) {
    std::string out;
    each_string(j, [&](const std::string& s) { out += s + "\n"; });
    return out;
}

// The reader's timeline against the officer's full one, step by step: each
// step is there exactly when the shared table shows it to `audience`, with
// its note exactly when the table shows the note, and marked internal
// exactly when officers alone see it.
void check_timeline(const json& full, const json& seen, Audience audience) {
    std::map<std::int64_t, json> by_id;
    for (const auto& e : seen["events"])
        by_id[e["id"].get<std::int64_t>()] = e;
    std::size_t expected = 0;
    for (const auto& e : full["events"]) {
        const Action a = *parse_action(e["action"].get<std::string>());
        CAPTURE(to_string(a));
        CAPTURE(to_string(audience));
        const auto it = by_id.find(e["id"].get<std::int64_t>());
        CHECK((it != by_id.end()) == step_shown(a, audience));
        if (it == by_id.end()) continue;
        ++expected;
        CHECK(string_at(it->second, "note") == (note_shown(a, audience) ? string_at(e, "note") : ""));
        CHECK(bool_at(it->second, "internal") == officers_only(a));
    }
    CHECK(by_id.size() == expected);
}

}  // namespace

TEST_CASE("timeline for officers: every step with every note, internal ones marked") {
    Cast c;
    const auto id = report_through_every_step(c).first;
    for (Browser* officer : {&c.desk, &c.xd_handler}) {
        const json d = detail(c, *officer, id);
        const std::string text = all_text(d);
        for (const auto& note : kOfficersOwnNotes) {
            CAPTURE(note);
            CHECK(text.find(note) != std::string::npos);
        }
        check_timeline(d, d, Audience::officer);
        bool marked = false;
        for (const auto& e : d["events"])
            marked = marked || (e["action"] == "return" && e["internal"] == true);
        CHECK(marked);
    }
}

TEST_CASE("timeline for the reporter: their steps and the notes addressed to them, never the officers' own") {
    Cast c;
    auto& t = c.t;
    // Up to the unit's draft answer, refused once and waiting for its lead.
    auto created = t.send("POST", "/api/v1/reports", c.report_form(true), &c.owner);
    REQUIRE(created.status == 201);
    const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();
    ActionParams to_xd = note(kRoutingNote);
    to_xd.unit_id = c.unit_xd;
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.xd_handler, id, Action::return_, note(kReturnReason));
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.xd_handler, id, Action::start, note(kStartNote));
    c.act(c.xd_handler, id, Action::comment, note(kUnitComment));
    ActionParams draft;
    draft.result_text = kFirstDraft;
    c.act(c.xd_handler, id, Action::propose_result, draft);
    c.act(c.xd_lead, id, Action::refuse_result, note(kDraftRefused));
    draft.result_text = "Dự thảo lần hai: đã nạo vét xong, hoàn thành ngày 20/11.";
    c.act(c.xd_handler, id, Action::propose_result, draft);

    // Column: which officers' texts exist so far (all but the later ones).
    const std::vector<std::string> internal_so_far = {kRoutingNote, kReturnReason, kUnitComment,
                                                      kFirstDraft,  kDraftRefused, *draft.result_text};
    const json full = detail(c, c.desk, id);
    const json mine = detail(c, c.owner, id);
    CHECK(mine["status"] == "result_proposed");
    check_timeline(full, mine, Audience::reporter);
    const std::string page = all_text(mine);
    const std::string notices = all_text(TestApp::body_of(t.call("GET", "/api/v1/me/notifications", "", {}, &c.owner)));
    for (const auto& secret : internal_so_far) {
        CAPTURE(secret);
        CHECK(all_text(full).find(secret) != std::string::npos);  // the officers have it
        CHECK(page.find(secret) == std::string::npos);
        CHECK(notices.find(secret) == std::string::npos);
    }
    // What is addressed to them does arrive.
    CHECK(page.find(kStartNote) != std::string::npos);
    CHECK(notices.find(kStartNote) != std::string::npos);
    CHECK_FALSE(mine.contains("result"));

    // Live events: the reporter hears of the steps their timeline shows only.
    const std::string cookie = c.owner.cookie.substr(c.owner.cookie.find('=') + 1);
    const auto session = t.app->services->auth.resolve(cookie);
    REQUIRE(session);
    const auto batch = t.app->services->live.collect(session->principal, pakn::server::services::LiveCursor{});
    std::set<std::string> heard;
    for (const auto& item : batch.items)
        if (item.kind == pakn::server::services::LiveItem::Kind::report) heard.insert(item.event.action);
    CHECK(heard.count("submit") == 1);
    CHECK(heard.count("assign") == 1);
    CHECK(heard.count("start") == 1);
    for (const char* hidden : {"return", "comment", "propose_result", "refuse_result"}) {
        CAPTURE(hidden);
        CHECK(heard.count(hidden) == 0);
    }
    CHECK(batch.cursor.event_id >= full["events"].back()["id"].get<std::int64_t>());

    // Approved, the answer reaches them as `result`, still without the drafts.
    c.act(c.xd_lead, id, Action::approve_result, note(kApproval));
    const json answered = detail(c, c.owner, id);
    CHECK(answered["result"]["text"] == *draft.result_text);
    check_timeline(detail(c, c.desk, id), answered, Audience::reporter);
    for (const auto& secret : {kFirstDraft, kDraftRefused, kReturnReason, kRoutingNote, kApproval}) {
        CAPTURE(secret);
        CHECK(all_text(answered).find(secret) == std::string::npos);
    }
}

TEST_CASE("timeline for the public: published steps, no note but the rating comment") {
    Cast c;
    const auto id = report_through_every_step(c).first;
    const json full = detail(c, c.desk, id);
    for (Browser* stranger : {&c.anon, &c.other}) {
        const json seen = detail(c, *stranger, id);
        check_timeline(full, seen, Audience::public_);
        const std::string text = all_text(seen);
        for (const auto& secret : kOfficersOwnNotes) {
            CAPTURE(secret);
            CHECK(text.find(secret) == std::string::npos);
        }
        // Notes addressed to the reporter are theirs, not the public's.
        for (const auto& theirs : {kAskMore, kStartNote, kProgress}) {
            CAPTURE(theirs);
            CHECK(text.find(theirs) == std::string::npos);
        }
        CHECK(text.find(kRatingComment) != std::string::npos);
    }
}

// [SECTION] lookup by tracking code --------------------------------------------------

namespace {

// The lookup route's budget, as the route table sets it.
pakn::server::http::RateRule lookup_budget() {
    for (const auto& route : pakn::server::http::api_routes())
        if (route.pattern == "/api/v1/public/lookup/{code}") return route.rate;
    FAIL("no lookup route");
    return {};
}

std::string error_code_of(const Response& r) {
    const json b = TestApp::body_of(r);
    const json* code = b.contains("error") && b["error"].contains("code") ? &b["error"]["code"] : nullptr;
    return code && code->is_string() ? code->get<std::string>() : std::string();
}

}  // namespace

TEST_CASE("lookup: walking sequential tracking codes from one address meets 429 after the budget") {
    Cast c;
    const auto rule = lookup_budget();
    REQUIRE(rule.limit > 0);
    REQUIRE(rule.limit < 100);
    REQUIRE(rule.per_address);
    // Three real reports among the codes walked.
    std::string first_code;
    for (int i = 0; i < 3; ++i) {
        auto r = c.t.send("POST", "/api/v1/reports", c.report_form(true), &c.owner);
        REQUIRE(r.status == 201);
        if (i == 0) first_code = TestApp::body_of(r)["code"].get<std::string>();
    }
    const std::string prefix = first_code.substr(0, first_code.size() - 6);  // "PAKN-2026-"
    auto code_of = [&](int n) {
        std::string digits = std::to_string(n);
        return prefix + std::string(6 - digits.size(), '0') + digits;
    };

    Browser walker;
    walker.ip = "198.51.100.77";
    int answered = 0, found = 0, refused = 0, first_refused = -1;
    Response last_refusal;
    for (int n = 1; n <= 100; ++n) {
        auto r = c.t.call("GET", "/api/v1/public/lookup/" + code_of(n), "", {}, &walker);
        if (r.status == 429) {
            if (first_refused < 0) first_refused = n;
            ++refused;
            last_refusal = r;
        } else {
            CHECK(refused == 0);  // once refused, refused for the rest of the window
            ++answered;
            if (r.status == 200) ++found;
        }
    }
    CHECK(answered == rule.limit);
    CHECK(first_refused == rule.limit + 1);
    CHECK(refused == 100 - rule.limit);
    CHECK(found == 3);
    // The refusal says how long to wait, in Vietnamese.
    CHECK(error_code_of(last_refusal) == "lookup_rate_limited");
    CHECK(TestApp::body_of(last_refusal)["error"]["message"] == std::string(message_for("lookup_rate_limited")));
    CHECK(TestApp::body_of(last_refusal)["error"]["message"].get<std::string>().find("tra cứu") != std::string::npos);
    const auto retry = last_refusal.header("Retry-After");
    REQUIRE(retry);
    const int wait = std::stoi(std::string(*retry));
    CHECK(wait > 0);
    CHECK(wait <= rule.window_seconds);

    // Signing in from the same address does not buy a new budget.
    Browser same_address = c.other;
    same_address.ip = walker.ip;
    CHECK(c.t.call("GET", "/api/v1/public/lookup/" + first_code, "", {}, &same_address).status == 429);
    // Another address has its own budget; officers are not limited.
    CHECK(c.t.call("GET", "/api/v1/public/lookup/" + first_code, "", {}, &c.anon).status == 200);
    Browser officer_here = c.desk;
    officer_here.ip = walker.ip;
    CHECK(c.t.call("GET", "/api/v1/public/lookup/" + first_code, "", {}, &officer_here).status == 200);
    // When the window has passed, the address may look up again.
    c.t.clock.advance(rule.window_seconds);
    CHECK(c.t.call("GET", "/api/v1/public/lookup/" + first_code, "", {}, &walker).status == 200);
}

TEST_CASE("lookup: a report that is not published shows strangers its status and dates only") {
    Cast c;
    auto created = c.t.send("POST", "/api/v1/reports", c.report_form(true), &c.owner);
    REQUIRE(created.status == 201);
    const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();
    const std::string code = TestApp::body_of(created)["code"].get<std::string>();
    const std::string path = "/api/v1/public/lookup/" + code;
    const std::string title = c.report_form(false)["title"];
    const std::set<std::string> status_and_dates = {"code",         "status",     "status_label",
                                                    "submitted_at", "updated_at", "deadline"};

    // Columns: who asks, whether they may see the report itself.
    struct Asker {
        const char* who;
        Browser* browser;
        bool sees_report;
    };
    auto check_lookup = [&](const Asker& a) {
        CAPTURE(a.who);
        auto r = c.t.call("GET", path, "", {}, a.browser);
        REQUIRE(r.status == 200);
        const json body = TestApp::body_of(r);
        CHECK(body["status"].is_string());
        CHECK(body.contains("submitted_at"));
        CHECK(body.contains("updated_at"));
        for (auto it = body.begin(); it != body.end(); ++it) {
            CAPTURE(it.key());
            if (!a.sees_report) CHECK(status_and_dates.count(it.key()) == 1);
        }
        CHECK(body.contains("category_name") == a.sees_report);
        CHECK(body.contains("commune_name") == a.sees_report);
        CHECK(std::string(r.payload()).find(title) == std::string::npos);
    };
    const Asker before[] = {{"visitor", &c.anon, false},
                            {"another citizen", &c.other, false},
                            {"the owner", &c.owner, true},
                            {"the dispatcher", &c.desk, true}};
    for (const Asker& a : before)
        check_lookup(a);

    // Published, it is anyone's to read: the lookup says as much as the report.
    ActionParams to_xd;
    to_xd.unit_id = c.unit_xd;
    c.act(c.desk, id, Action::assign, to_xd);
    c.act(c.xd_handler, id, Action::start);
    ActionParams answer;
    answer.result_text = "Đã nạo vét xong.";
    c.act(c.xd_handler, id, Action::propose_result, answer);
    c.act(c.xd_lead, id, Action::approve_result);
    c.act(c.desk, id, Action::publish);
    for (const Asker& a : {Asker{"visitor", &c.anon, true}, Asker{"another citizen", &c.other, true}})
        check_lookup(a);
}
