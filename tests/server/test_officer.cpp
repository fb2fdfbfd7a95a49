// The officer console through the real router: every workflow action by
// every kind of caller over a matrix of report states, with the expected
// answer taken from the shared workflow table (pakn::apply), never restated
// here; scoping of unit officers; leadership reads only; optimistic
// concurrency (in-process and racing threads over real sockets); deadlines
// and overdue notices; intake on a caller's behalf; the unit dashboard.
//
// [SECTION] index: the cast, the report model, the workflow matrix, scoping
// and reading, concurrency, deadlines, intake, dashboard.
#include <doctest/doctest.h>

#include <atomic>
#include <map>
#include <thread>

#include "pakn/calendar.h"
#include "pakn/deadline.h"
#include "pakn/dto.h"
#include "pakn/dto_dashboard.h"
#include "pakn/workflow.h"
#include "support/live_server.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] the cast ------------------------------------------------------------

// Everyone who may try something on a report. Unit A leads assigned reports,
// unit B co-handles them, unit C has nothing to do with them.
enum class Who { dispatcher, handler_a, lead_a, handler_b, lead_b, handler_c, leader, admin, owner, other };

constexpr Who kEveryone[] = {Who::dispatcher, Who::handler_a, Who::lead_a, Who::handler_b, Who::lead_b,
                             Who::handler_c,  Who::leader,    Who::admin,  Who::owner,     Who::other};

const char* name_of(Who w) {
    switch (w) {
        case Who::dispatcher:
            return "dispatcher";
        case Who::handler_a:
            return "handler of the lead unit";
        case Who::lead_a:
            return "unit lead of the lead unit";
        case Who::handler_b:
            return "handler of the co-unit";
        case Who::lead_b:
            return "unit lead of the co-unit";
        case Who::handler_c:
            return "handler of another unit";
        case Who::leader:
            return "provincial leader";
        case Who::admin:
            return "admin";
        case Who::owner:
            return "reporter (owner)";
        case Who::other:
            return "another citizen";
    }
    return "?";
}

Role role_of(Who w) {
    switch (w) {
        case Who::dispatcher:
            return Role::dispatcher;
        case Who::handler_a:
        case Who::handler_b:
        case Who::handler_c:
            return Role::handler;
        case Who::lead_a:
        case Who::lead_b:
            return Role::unit_lead;
        case Who::leader:
            return Role::leader;
        case Who::admin:
            return Role::admin;
        case Who::owner:
        case Who::other:
            return Role::citizen;
    }
    return Role::citizen;
}

const std::string kOwnerCccd = "056191653264";
const std::string kOwnerPhone = "0905123456";
const std::string kOtherCccd = "079203000123";
const std::string kOtherPhone = "0912345678";

std::string error_code(const Response& r) {
    const json b = TestApp::body_of(r);
    return b.contains("error") ? b["error"].value("code", "") : "";
}

std::string field_message(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    if (!b.contains("error")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("message", "");
    return "";
}

std::string field_code(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    if (!b.contains("error")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("code", "");
    return "";
}

struct Console {
    TestApp t;
    std::map<Who, Browser> people;
    std::map<Who, std::optional<std::int64_t>> unit;  // officers' units
    std::int64_t unit_a = 0, unit_b = 0, unit_c = 0, center = 0;
    std::int64_t owner_id = 0;
    std::map<Who, std::string> login_of;

    Console() {
        unit_a = t.unit_id("SO-XD");
        unit_b = t.unit_id("CT-NUOC");
        unit_c = t.unit_id("SO-YT");
        center = t.unit_id("TTDH");
        people[Who::dispatcher] = t.officer("tiepnhan", "TTDH", "dispatcher");
        people[Who::handler_a] = t.officer("xuly.a", "SO-XD", "handler");
        people[Who::lead_a] = t.officer("lanhdao.a", "SO-XD", "unit_lead");
        people[Who::handler_b] = t.officer("xuly.b", "CT-NUOC", "handler");
        people[Who::lead_b] = t.officer("lanhdao.b", "CT-NUOC", "unit_lead");
        people[Who::handler_c] = t.officer("xuly.c", "SO-YT", "handler");
        people[Who::leader] = t.officer("lanhdao.tinh", "VP-UBND", "leader");
        people[Who::admin] = t.officer("quantri", "TTDH", "admin");
        unit = {{Who::dispatcher, center},
                {Who::handler_a, unit_a},
                {Who::lead_a, unit_a},
                {Who::handler_b, unit_b},
                {Who::lead_b, unit_b},
                {Who::handler_c, unit_c},
                {Who::leader, t.unit_id("VP-UBND")},
                {Who::admin, center}};
        login_of = {{Who::dispatcher, "tiepnhan"}, {Who::handler_a, "xuly.a"}, {Who::lead_a, "lanhdao.a"},
                    {Who::handler_b, "xuly.b"},    {Who::lead_b, "lanhdao.b"}, {Who::handler_c, "xuly.c"},
                    {Who::leader, "lanhdao.tinh"}, {Who::admin, "quantri"},    {Who::owner, kOwnerCccd},
                    {Who::other, kOtherCccd}};
        owner_id = t.register_citizen(kOwnerCccd, kOwnerPhone);
        t.login(people[Who::owner], kOwnerCccd, "matkhau2026");
        t.register_citizen(kOtherCccd, kOtherPhone, "matkhau2026", "Trần Thị Bình");
        t.login(people[Who::other], kOtherCccd, "matkhau2026");
    }

    Browser& as(Who w) { return people.at(w); }

    // A report of the owner's, submitted (or a draft), public consent as
    // given. Submitted ones are entered by the center for the owner (matched
    // by phone): the matrix needs hundreds, beyond a citizen's hourly
    // submission limit, and officers have none.
    std::int64_t submit(bool is_public, bool send = true, const std::string& category = "xay_dung") {
        json body = {{"title", "Đèn chiếu sáng hỏng trên đường Trần Phú"},
                     {"content", "Ba cột đèn liên tiếp không sáng từ tuần trước, rất nguy hiểm khi đi đêm."},
                     {"address", "Đường Trần Phú, phường Nha Trang"},
                     {"category_code", category},
                     {"is_public", is_public},
                     {"submit", send}};
        Who by = Who::owner;
        if (send) {
            body["channel"] = "in_person";
            body["reporter_name"] = "Nguyễn Văn An";
            body["reporter_phone"] = kOwnerPhone;
            by = Who::dispatcher;
        }
        auto r = t.send("POST", "/api/v1/reports", body, &as(by));
        CAPTURE(r.payload());
        REQUIRE(r.status == 201);
        return TestApp::body_of(r)["id"].get<std::int64_t>();
    }

    // Signs everyone in again: sessions end after 30 idle minutes, and some
    // tests move the clock by days.
    void refresh() {
        for (auto& [who, browser] : people) {
            browser = Browser{};
            const bool officer = unit.count(who) > 0;
            auto r = t.login(browser, login_of.at(who), officer ? "CanBo2026pakn" : "matkhau2026",
                             officer ? "officer" : "public");
            REQUIRE(r.status == 200);
        }
    }

    Response act(Who w, std::int64_t id, const json& body) {
        return t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", body, &as(w));
    }

    Response get(Who w, const std::string& path) { return t.call("GET", path, "", {}, &as(w)); }

    json detail(Who w, std::int64_t id) { return TestApp::body_of(get(w, "/api/v1/reports/" + std::to_string(id))); }
};

// [SECTION] the report model --------------------------------------------------------

// Valid parameters for `a`: every parameter it takes, none it does not
// (deadlines only where required, so assign and reopen use the computed ones).
ActionParams params_for(Action a, const Console& c) {
    const ParamSet req = required_params(a);
    const ParamSet opt = optional_params(a);
    auto takes = [&](Param p) { return req.contains(p) || opt.contains(p); };
    ActionParams p;
    if (takes(Param::note)) p.note = "Ghi chú: đã kiểm tra hiện trường, " + std::string(label(a));
    if (takes(Param::reason_code)) p.reason_code = "out_of_scope";
    if (takes(Param::unit_id)) p.unit_id = c.unit_a;
    if (takes(Param::co_unit_ids)) p.co_unit_ids = {c.unit_b};
    if (req.contains(Param::deadline)) p.deadline = c.t.clock.now() + 20 * 86400;
    if (takes(Param::result_text)) p.result_text = "Đơn vị đã thay bóng đèn và kiểm tra lại toàn tuyến.";
    // Unsatisfied, so the closed states offer the reporter reconsideration.
    if (takes(Param::rating)) p.rating = "not_satisfied";
    return p;
}

json body_for(Action a, const ActionParams& p, std::optional<std::int64_t> version = std::nullopt) {
    ActionRequestBody body;
    body.form.action = std::string(to_string(a));
    body.form.params = p;
    body.version = version;
    return json::parse(encode(body));
}

// What the shared table says a report is, tracked along the same steps the
// server takes, so expectations come from pakn::apply and nowhere else.
struct Model {
    Status status = Status::submitted;
    ReportFlags flags;
    std::optional<std::int64_t> lead;
    std::vector<std::int64_t> co;
};

Relation relation(const Console& c, Who w, const Model& m) {
    if (w == Who::owner) return Relation::owner;
    auto u = c.unit.find(w);
    if (u == c.unit.end() || !u->second) return Relation::none;
    if (m.lead && *m.lead == *u->second) return Relation::unit_lead_unit;
    for (auto id : m.co)
        if (id == *u->second) return Relation::co_unit;
    return Relation::none;
}

// Whether `w` may act on (and so learn of) the report at all; else 404.
bool may_see(const Console& c, Who w, const Model& m) {
    if (w == Who::owner) return true;
    if (w == Who::other) return false;
    if (m.status == Status::draft) return false;
    if (w == Who::dispatcher || w == Who::leader || w == Who::admin) return true;
    return relation(c, w, m) != Relation::none;
}

Transition expect(const Console& c, Who w, Action a, const Model& m) {
    return apply(a, role_of(w), relation(c, w, m), m.status, m.flags, params_for(a, c));
}

void advance(Model& m, Action a, const ActionParams& p, const Transition& t) {
    m.status = t.next;
    m.flags = t.flags;
    if (a == Action::assign) {
        m.lead = p.unit_id;
        m.co = p.co_unit_ids;
    }
    if (a == Action::return_) {
        m.lead.reset();
        m.co.clear();
    }
}

struct Step {
    Who who;
    Action action;
};

// A report state of the matrix: how to get there from a fresh submission.
struct StateCase {
    const char* name;
    bool is_public;
    bool draft;
    std::vector<Step> path;
};

const Step kAssign{Who::dispatcher, Action::assign};
const Step kStart{Who::handler_a, Action::start};
const Step kAskMore{Who::handler_a, Action::request_extension};
const Step kPropose{Who::handler_a, Action::propose_result};
const Step kApprove{Who::lead_a, Action::approve_result};
const Step kPublish{Who::dispatcher, Action::publish};
const Step kRate{Who::owner, Action::rate};
const Step kReconsider{Who::owner, Action::request_reconsideration};

const std::vector<StateCase>& state_cases() {
    static const std::vector<StateCase> cases = {
        // name, reporter consents to publication, still a draft, path from a fresh submission
        {"draft", true, true, {}},
        {"submitted", true, false, {}},
        {"needs_info", true, false, {{Who::dispatcher, Action::request_info}}},
        {"rejected", true, false, {{Who::dispatcher, Action::reject}}},
        {"accepted", true, false, {{Who::dispatcher, Action::accept}}},
        {"assigned", true, false, {kAssign}},
        {"assigned, extension pending", true, false, {kAssign, kAskMore}},
        {"in_progress", true, false, {kAssign, kStart}},
        {"in_progress, extension pending", true, false, {kAssign, kStart, kAskMore}},
        {"result_proposed", true, false, {kAssign, kStart, kPropose}},
        {"result_proposed, extension pending", true, false, {kAssign, kStart, kAskMore, kPropose}},
        {"resolved", true, false, {kAssign, kStart, kPropose, kApprove}},
        {"resolved, no consent to publish", false, false, {kAssign, kStart, kPropose, kApprove}},
        {"resolved, published", true, false, {kAssign, kStart, kPropose, kApprove, kPublish}},
        {"closed, rated", true, false, {kAssign, kStart, kPropose, kApprove, kRate}},
        {"closed, rated and published", true, false, {kAssign, kStart, kPropose, kApprove, kPublish, kRate}},
        {"closed, withdrawn", true, false, {{Who::owner, Action::withdraw}}},
        {"closed, reconsideration requested", true, false, {kAssign, kStart, kPropose, kApprove, kRate, kReconsider}},
    };
    return cases;
}

// The state case named `name`.
const StateCase& state(const std::string& name) {
    for (const auto& sc : state_cases())
        if (sc.name == name) return sc;
    FAIL("no state case " << name);
    return state_cases().front();
}

// Creates a report and drives it along `sc.path` through HTTP; returns its
// id and the model of where it stands.
std::pair<std::int64_t, Model> build(Console& c, const StateCase& sc) {
    const std::int64_t id = c.submit(sc.is_public, !sc.draft);
    Model m;
    m.status = sc.draft ? Status::draft : Status::submitted;
    m.flags.is_public_allowed = sc.is_public;
    for (const Step& s : sc.path) {
        const ActionParams p = params_for(s.action, c);
        const Transition t = expect(c, s.who, s.action, m);
        REQUIRE(t.ok);
        auto r = c.act(s.who, id, body_for(s.action, p));
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        advance(m, s.action, p, t);
    }
    return {id, m};
}

// Submitting, resubmitting and editing carry the report's content and a
// captcha: the reporter does them with POST/PATCH /reports (see the citizen
// tests), not through /actions. Every other action is tried by everyone.
bool tried_through_actions(Who w, Action a) {
    return !(w == Who::owner && (a == Action::submit || a == Action::resubmit || a == Action::edit));
}

}  // namespace

// [SECTION] the workflow matrix -----------------------------------------------------

TEST_CASE("every action by every caller in every state answers as the shared workflow table says") {
    Console c;
    int allowed = 0, refused = 0, hidden = 0;
    for (const StateCase& sc : state_cases()) {
        const std::string state = sc.name;
        CAPTURE(state);
        auto [id, model] = build(c, sc);
        // The server agrees with the model about where the report stands.
        const json d = c.detail(Who::owner, id);
        REQUIRE(d["status"] == std::string(to_string(model.status)));
        CHECK(d["extension_pending"] == model.flags.extension_pending);
        CHECK(d["is_published"] == model.flags.is_published);
        CHECK(d["reconsideration_pending"] == model.flags.reconsideration_pending);
        const std::int64_t version = d["version"];

        // Refusals first, all on this one report: none may change it.
        std::vector<std::pair<Who, Action>> to_allow;
        for (Who w : kEveryone) {
            for (Action a : kAllActions) {
                if (!tried_through_actions(w, a)) continue;
                const std::string who = name_of(w), action(to_string(a));
                CAPTURE(who);
                CAPTURE(action);
                const Transition t = expect(c, w, a, model);
                if (may_see(c, w, model) && t.ok) {
                    to_allow.emplace_back(w, a);  // would change the report: tried on a fresh copy below
                    continue;
                }
                const auto r = c.act(w, id, body_for(a, params_for(a, c)));
                if (!may_see(c, w, model)) {
                    CHECK(r.status == 404);
                    ++hidden;
                    continue;
                }
                CHECK(r.status == http_status(t.refusal.kind));
                CHECK(error_code(r) == t.refusal.code);
                ++refused;
            }
        }
        CHECK(c.detail(Who::owner, id)["version"] == version);

        // Each allowed action on its own fresh report in the same state.
        for (const auto& [w, a] : to_allow) {
            const std::string who = name_of(w), action(to_string(a));
            CAPTURE(who);
            CAPTURE(action);
            auto [fresh, m] = build(c, sc);
            const ActionParams p = params_for(a, c);
            const Transition t = expect(c, w, a, m);
            const auto r = c.act(w, fresh, body_for(a, p));
            CAPTURE(r.payload());
            REQUIRE(r.status == 200);
            const json after = TestApp::body_of(r);
            CHECK(after["status"] == std::string(to_string(t.next)));
            CHECK(after["extension_pending"] == t.flags.extension_pending);
            CHECK(after["is_published"] == t.flags.is_published);
            CHECK(after["reconsideration_pending"] == t.flags.reconsideration_pending);
            CHECK(after["reconsideration_requested"] == t.flags.reconsideration_requested);
            CHECK(after["version"].get<std::int64_t>() > 0);
            ++allowed;
        }
    }
    MESSAGE("workflow matrix: " << allowed << " allowed, " << refused << " refused, " << hidden << " hidden (404)");
    CHECK(allowed > 40);
    CHECK(refused > 1000);
}

TEST_CASE("the buttons a caller gets are exactly the table's allowed actions") {
    Console c;
    for (const StateCase& sc : state_cases()) {
        if (sc.draft) continue;
        const std::string state = sc.name;
        CAPTURE(state);
        auto [id, model] = build(c, sc);
        for (Who w : kEveryone) {
            if (!may_see(c, w, model) || w == Who::other) continue;
            const std::string who = name_of(w);
            CAPTURE(who);
            const json d = c.detail(w, id);
            std::vector<std::string> got;
            for (const auto& a : d["allowed_actions"])
                got.push_back(a.get<std::string>());
            std::vector<std::string> want;
            for (Action a : allowed_actions(role_of(w), relation(c, w, model), model.status, model.flags))
                want.emplace_back(to_string(a));
            CHECK(got == want);
        }
    }
}

// [SECTION] scoping and reading --------------------------------------------------------

TEST_CASE("a unit sees only what it leads or co-handles: inbox, detail and actions") {
    Console c;
    auto [id, m] = build(c, state("assigned"));  // assigned: A leads, B co-handles
    REQUIRE(m.status == Status::assigned);
    const std::string path = "/api/v1/reports/" + std::to_string(id);
    auto in_inbox = [&](Who w) {
        const json page = TestApp::body_of(c.get(w, "/api/v1/inbox?page_size=100"));
        for (const auto& item : page["items"])
            if (item["id"] == id) return true;
        return false;
    };
    // who, sees it in the inbox and the detail
    const std::pair<Who, bool> rows[] = {
        {Who::dispatcher, true}, {Who::handler_a, true},  {Who::lead_a, true}, {Who::handler_b, true},
        {Who::lead_b, true},     {Who::handler_c, false}, {Who::leader, true}, {Who::admin, true},
    };
    for (const auto& [w, sees] : rows) {
        const std::string who = name_of(w);
        CAPTURE(who);
        CHECK(in_inbox(w) == sees);
        CHECK(c.get(w, path).status == (sees ? 200 : 404));
    }
    // Another unit's officer cannot even learn that the report exists.
    const auto r = c.act(Who::handler_c, id, body_for(Action::comment, params_for(Action::comment, c)));
    CHECK(r.status == 404);
    // Citizens have no inbox.
    CHECK(c.get(Who::owner, "/api/v1/inbox").status == 403);

    // After the lead unit returns it, unit A no longer holds it.
    REQUIRE(c.act(Who::handler_a, id, body_for(Action::return_, params_for(Action::return_, c))).status == 200);
    CHECK_FALSE(in_inbox(Who::handler_a));
    CHECK(c.get(Who::handler_a, path).status == 404);
    CHECK(in_inbox(Who::dispatcher));
}

TEST_CASE("officers in scope see the reporter's contact and internal notes, every look is audited") {
    Console c;
    auto [id, m] = build(c, state("in_progress"));  // in progress
    REQUIRE(c.act(Who::handler_a, id, body_for(Action::comment, params_for(Action::comment, c))).status == 200);
    auto audits = [&] {
        return c.t.app->db->read([&](pakn::server::store::Connection& conn) {
            return conn.scalar_int("SELECT COUNT(*) FROM audit_log WHERE action = 'view_report'").value_or(-1);
        });
    };
    const auto before = audits();
    const json officer = c.detail(Who::lead_b, id);
    CHECK(audits() == before + 1);
    CHECK(officer["reporter"]["phone"] == kOwnerPhone);
    CHECK(officer["reporter"]["id_number"] == kOwnerCccd);
    bool internal_seen = false;
    for (const auto& e : officer["events"])
        internal_seen = internal_seen || e.value("internal", false);
    CHECK(internal_seen);
    // The reporter's own timeline has no internal notes.
    const json mine = c.detail(Who::owner, id);
    for (const auto& e : mine["events"])
        CHECK_FALSE(e.value("internal", false));
    CHECK(audits() == before + 1);  // the owner's own look is not an officer's
}

TEST_CASE("public search finds a report from the moment it is published until publication is withdrawn") {
    Console c;
    auto [id, m] = build(c, state("resolved"));
    auto hits = [&](const std::string& q) {
        auto r = c.t.call("GET", "/api/v1/public/reports?q=" + q);
        REQUIRE(r.status == 200);
        return TestApp::body_of(r)["total"].get<int>();
    };
    // name, action (none: just search), expected hits for "tran phu", for "den chieu"
    struct Row {
        const char* step;
        std::optional<Action> action;
        int whole_words;
        int unfinished_word;
    };
    const Row rows[] = {
        {"resolved, not yet published", std::nullopt, 0, 0},
        {"published", Action::publish, 1, 1},
        {"publication withdrawn", Action::unpublish, 0, 0},
        {"published again", Action::publish, 1, 1},
    };
    for (const Row& row : rows) {
        CAPTURE(row.step);
        if (row.action) REQUIRE(c.act(Who::dispatcher, id, body_for(*row.action, params_for(*row.action, c))).status == 200);
        CHECK(hits("tran+phu") == row.whole_words);
        CHECK(hits("den+chieu+sa") == 0);  // "sa" is too short to stand for "sáng"
        CHECK(hits("den+chieu+san") == row.unfinished_word);
        // With a filter the search joins the rows; the answer is the same.
        CHECK(hits("tran+phu&category=xay_dung") == row.whole_words);
        CHECK(hits("tran+phu&category=y_te") == 0);
    }
    // Drafts and unpublished reports of the same words never show.
    c.submit(true, false);
    c.submit(true, true);
    CHECK(hits("tran+phu") == 1);
}

TEST_CASE("provincial leadership reads everything and changes nothing but gives directions") {
    Console c;
    auto [id, m] = build(c, state("result_proposed"));  // result proposed
    const json d = c.detail(Who::leader, id);
    CHECK(d["status"] == "result_proposed");
    CHECK(d["allowed_actions"] == json::array({"direct"}));
    CHECK(d.contains("result"));  // the draft answer, for the record
    const json page = TestApp::body_of(c.get(Who::leader, "/api/v1/inbox"));
    CHECK(page["total"] == 1);
    for (Action a : kAllActions) {
        if (a == Action::direct) continue;  // tests/server/test_console_workflow.cpp
        CAPTURE(to_string(a));
        CHECK(c.act(Who::leader, id, body_for(a, params_for(a, c))).status == 403);
    }
}

TEST_CASE("inbox filters: status, overdue, channel, keyword, paging, sorted by deadline") {
    Console c;
    const std::int64_t first = c.submit(true);
    c.t.clock.advance(1200);
    const std::int64_t second = c.submit(true);
    auto [assigned, m] = build(c, state("assigned"));
    json intake = {{"title", "Rác thải tồn đọng tại chợ Xóm Mới"},
                   {"content", "Rác không được thu gom ba ngày nay, bốc mùi nặng."},
                   {"address", "Chợ Xóm Mới, Nha Trang"},
                   {"channel", "email"},
                   {"reporter_name", "Lê Văn Cường"},
                   {"reporter_email", "cuong.le@example.vn"},
                   {"submit", true}};
    auto made = c.t.send("POST", "/api/v1/reports", intake, &c.as(Who::dispatcher));
    REQUIRE(made.status == 201);
    const std::int64_t by_phone = TestApp::body_of(made)["id"];

    auto ids = [&](const std::string& query) {
        std::vector<std::int64_t> out;
        const json page = TestApp::body_of(c.get(Who::dispatcher, "/api/v1/inbox?" + query));
        for (const auto& item : page["items"])
            out.push_back(item["id"]);
        return out;
    };
    // Sorted by the current step's deadline, earliest first.
    CHECK(ids("status=submitted") == std::vector<std::int64_t>{first, second, by_phone});
    CHECK(ids("status=assigned") == std::vector<std::int64_t>{assigned});
    CHECK(ids("channel=email") == std::vector<std::int64_t>{by_phone});
    CHECK(ids("channel=in_person&page_size=100").size() == 3);
    CHECK(ids("q=cho xom moi") == std::vector<std::int64_t>{by_phone});
    CHECK(ids("overdue=true").empty());
    CHECK(ids("page_size=2&page=2").size() == 2);
    // A bad filter is a field error, not an empty list.
    auto bad = c.get(Who::dispatcher, "/api/v1/inbox?channel=fax");
    CHECK(bad.status == 422);
    CHECK(field_code(bad, "channel") == "invalid_channel");
    // Past every deadline, all open ones are overdue.
    c.t.clock.advance(30 * 86400);
    c.refresh();
    CHECK(ids("overdue=true&page_size=100").size() == 4);
}

TEST_CASE("the checks that need the database: units, deadlines, the original of a duplicate") {
    Console c;
    const std::int64_t original = c.submit(true);
    const std::string original_code = c.detail(Who::dispatcher, original)["code"];
    const std::int64_t id = c.submit(true);
    // reason, duplicate_of, status, field, field code
    const std::tuple<const char*, const char*, int, const char*, const char*> rows[] = {
        {"duplicate", "", 422, "duplicate_of", "duplicate_of_required"},
        {"duplicate", "PAKN-2026-999999", 422, "duplicate_of", "invalid_duplicate_of"},
        {"out_of_scope", "PAKN-2026-000001", 422, "duplicate_of", "field_not_applicable"},
        {"no_such_reason", "", 422, "reason_code", "invalid_reason_code"},
    };
    for (const auto& [reason, dup, status, field, code] : rows) {
        CAPTURE(reason);
        CAPTURE(dup);
        ActionParams p;
        p.reason_code = reason;
        p.note = "Trùng nội dung";
        if (*dup) p.duplicate_of = dup;
        auto r = c.act(Who::dispatcher, id, body_for(Action::reject, p));
        CHECK(r.status == status);
        CHECK(field_code(r, field) == code);
    }
    ActionParams dup;
    dup.reason_code = "duplicate";
    dup.note = "Trùng với phản ánh đã gửi trước";
    dup.duplicate_of = original_code;
    auto r = c.act(Who::dispatcher, id, body_for(Action::reject, dup));
    REQUIRE(r.status == 200);
    const json d = TestApp::body_of(r);
    CHECK(d["status"] == "rejected");
    CHECK(d["events"].back()["payload"]["duplicate_of"] == original_code);
    // A unit that does not exist, as lead or co-unit.
    const std::int64_t other = c.submit(true);
    ActionParams to_nowhere = params_for(Action::assign, c);
    to_nowhere.unit_id = 999999;
    auto nowhere = c.act(Who::dispatcher, other, body_for(Action::assign, to_nowhere));
    CHECK(nowhere.status == 422);
    CHECK(field_code(nowhere, "unit_id") == "unknown_unit");
    ActionParams co_nowhere = params_for(Action::assign, c);
    co_nowhere.co_unit_ids = {999999};
    auto co = c.act(Who::dispatcher, other, body_for(Action::assign, co_nowhere));
    CHECK(co.status == 422);
    CHECK(field_code(co, "co_unit_ids") == "unknown_unit");
    // The priority belongs to assignment (and reopening) only.
    json accept = body_for(Action::accept, {});
    accept["priority"] = "urgent";
    auto prio = c.act(Who::dispatcher, other, accept);
    CHECK(prio.status == 422);
    CHECK(field_code(prio, "priority") == "field_not_applicable");
    CHECK(c.detail(Who::dispatcher, other)["status"] == "submitted");
}

// [SECTION] concurrency -----------------------------------------------------------------

TEST_CASE("two officers acting on the same version: exactly one wins, the other learns the current status") {
    Console c;
    Browser colleague = c.t.officer("tiepnhan2", "TTDH", "dispatcher");
    const std::int64_t id = c.submit(true);
    const std::int64_t version = c.detail(Who::dispatcher, id)["version"];
    auto first = c.act(Who::dispatcher, id, body_for(Action::accept, {}, version));
    CHECK(first.status == 200);
    ActionParams why;
    why.reason_code = "out_of_scope";
    why.note = "Không thuộc phạm vi";
    auto second = c.t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions",
                           body_for(Action::reject, why, version), &colleague);
    CHECK(second.status == 409);
    CHECK(error_code(second) == "stale_report");
    CHECK(field_code(second, "status") == "current_status");
    CHECK(field_message(second, "status") == "accepted");
    CHECK(c.detail(Who::dispatcher, id)["status"] == "accepted");
}

TEST_CASE("two threads racing over real sockets with the same version: one 200, one 409 stale_report") {
    pakn::test::ServedApp s;
    pakn::test::HttpClient setup("127.0.0.1", s.port);
    auto one = pakn::test::http_officer(s, setup, "tiepnhan.mot", "TTDH", "dispatcher");
    auto two = pakn::test::http_officer(s, setup, "tiepnhan.hai", "TTDH", "dispatcher");
    REQUIRE_FALSE(one.csrf.empty());
    REQUIRE_FALSE(two.csrf.empty());
    for (int round = 0; round < 5; ++round) {
        CAPTURE(round);
        const json report = {{"title", "Ngập nước tại ngã tư Lê Hồng Phong"},
                             {"content", "Mỗi lần mưa lớn nước ngập sâu nửa mét, xe chết máy hàng loạt."},
                             {"address", "Ngã tư Lê Hồng Phong, Nha Trang"},
                             {"channel", "hotline"},
                             {"reporter_name", "Phạm Thị Dung"},
                             {"reporter_phone", "0935111222"},
                             {"submit", true}};
        auto made = setup.request("POST", "/api/v1/reports", report.dump(), one.headers());
        REQUIRE(made.status == 201);
        const std::int64_t id = json::parse(made.body)["id"];
        const std::string path = "/api/v1/reports/" + std::to_string(id) + "/actions";
        const std::int64_t version =
            json::parse(setup.get("/api/v1/reports/" + std::to_string(id), one.headers(false)).body)["version"];
        std::atomic<int> ready{0};
        int status[2] = {0, 0};
        std::string body[2];
        auto racer = [&](int i, const pakn::test::HttpSession& who, const json& action) {
            pakn::test::HttpClient client("127.0.0.1", s.port);
            client.get("/api/v1/health");  // connect before the start line
            ready.fetch_add(1);
            while (ready.load() < 2)
                std::this_thread::yield();
            auto r = client.request("POST", path, action.dump(), who.headers());
            status[i] = r.status;
            body[i] = r.body;
        };
        ActionParams note;
        note.note = "Đề nghị công dân bổ sung vị trí cụ thể";
        std::thread a(racer, 0, std::cref(one), body_for(Action::accept, {}, version));
        std::thread b(racer, 1, std::cref(two), body_for(Action::request_info, note, version));
        a.join();
        b.join();
        CAPTURE(body[0]);
        CAPTURE(body[1]);
        CHECK(((status[0] == 200 && status[1] == 409) || (status[0] == 409 && status[1] == 200)));
        const std::string& loser = status[0] == 409 ? body[0] : body[1];
        CHECK(json::parse(loser)["error"]["code"] == "stale_report");
        const std::string now =
            json::parse(setup.get("/api/v1/reports/" + std::to_string(id), one.headers(false)).body)["status"];
        CHECK((now == "accepted" || now == "needs_info"));
        CHECK(json::parse(loser)["error"]["fields"][0]["message"] == now);
    }
}

// [SECTION] deadlines -----------------------------------------------------------------

TEST_CASE("assignment sets the answer deadline from the shared calculator, start makes it the current one") {
    Console c;
    const WorkSchedule schedule{.holidays = HolidayCalendar::build(2025, 2028)};
    // category, urban incident, priority
    const std::tuple<const char*, bool, const char*> rows[] = {
        {"xay_dung", false, "normal"},
        {"su_co_cap_thoat_nuoc", true, "normal"},
        {"xay_dung", false, "urgent"},
        {"xay_dung", false, "complex"},
    };
    for (const auto& [category, urban, priority] : rows) {
        CAPTURE(category);
        CAPTURE(priority);
        const std::int64_t id = c.submit(true, true, category);
        json assign = body_for(Action::assign, params_for(Action::assign, c));
        assign["priority"] = priority;
        const auto now = c.t.clock.now();
        REQUIRE(c.act(Who::dispatcher, id, assign).status == 200);
        const Priority p = *parse_priority(priority);
        const auto resolve = deadline_for(SlaStep::resolve, p, urban, category, now, schedule, SlaPolicy{});
        const auto start_by = deadline_for(SlaStep::start_work, p, urban, category, now, schedule, SlaPolicy{});
        const json d = c.detail(Who::dispatcher, id);
        CHECK(d["deadline"] == format_iso8601(std::min(start_by, resolve)));
        CHECK(d["priority"] == priority);
        c.t.clock.advance(600);
        REQUIRE(c.act(Who::handler_a, id, body_for(Action::start, {})).status == 200);
        CHECK(c.detail(Who::dispatcher, id)["deadline"] == format_iso8601(resolve));
    }
    // An explicit deadline wins; one in the past is refused.
    const std::int64_t id = c.submit(true);
    ActionParams p = params_for(Action::assign, c);
    p.deadline = c.t.clock.now() - 60;
    auto past = c.act(Who::dispatcher, id, body_for(Action::assign, p));
    CHECK(past.status == 422);
    CHECK(field_code(past, "deadline") == "deadline_in_past");
    p.deadline = c.t.clock.now() + 3 * 86400;
    REQUIRE(c.act(Who::dispatcher, id, body_for(Action::assign, p)).status == 200);
    REQUIRE(c.act(Who::handler_a, id, body_for(Action::start, {})).status == 200);
    CHECK(c.detail(Who::dispatcher, id)["deadline"] == format_iso8601(*p.deadline));
}

TEST_CASE("past its deadline a report is flagged overdue once and the unit lead is notified once") {
    Console c;
    auto [id, m] = build(c, state("in_progress"));  // in progress at unit A
    auto notices = [&](Who w) {
        int n = 0;
        const json page = TestApp::body_of(c.get(w, "/api/v1/me/notifications?page_size=100"));
        for (const auto& item : page["items"])
            if (item["kind"] == "overdue" && item.value("report_id", 0) == id) ++n;
        return n;
    };
    c.t.app->services->housekeeping();
    CHECK(notices(Who::lead_a) == 0);
    const std::string deadline = c.detail(Who::dispatcher, id)["deadline"];
    c.t.clock.set(*parse_iso8601(deadline) + 60);
    c.refresh();
    c.t.app->services->housekeeping();
    c.t.app->services->housekeeping();  // a second round changes nothing
    CHECK(notices(Who::lead_a) == 1);
    CHECK(notices(Who::handler_a) == 0);  // the unit lead answers for the unit
    CHECK(notices(Who::lead_b) == 0);
    CHECK(notices(Who::dispatcher) == 0);
    const json inbox = TestApp::body_of(c.get(Who::lead_a, "/api/v1/inbox?overdue=true"));
    REQUIRE(inbox["items"].size() == 1);
    CHECK(inbox["items"][0]["overdue"] == true);
    // Before assignment the center answers for the deadline.
    const std::int64_t waiting = c.submit(true);
    c.t.clock.advance(30 * 86400);
    c.refresh();
    c.t.app->services->housekeeping();
    int center_notices = 0;
    const json center = TestApp::body_of(c.get(Who::dispatcher, "/api/v1/me/notifications"));
    for (const auto& item : center["items"])
        if (item["kind"] == "overdue" && item.value("report_id", 0) == waiting) ++center_notices;
    CHECK(center_notices == 1);
}

// [SECTION] intake --------------------------------------------------------------------

TEST_CASE("the center enters a hotline report for a caller, it joins the caller's account by phone") {
    Console c;
    json body = {{"title", "Cây xanh đổ chắn ngang đường Hùng Vương"},
                 {"content", "Sau cơn mưa chiều nay một cây lớn đổ chắn hết lòng đường."},
                 {"address", "Đường Hùng Vương, Nha Trang"},
                 {"channel", "hotline"},
                 {"reporter_name", "Nguyễn Văn An"},
                 {"reporter_phone", kOwnerPhone},
                 {"submit", true}};
    auto made = c.t.send("POST", "/api/v1/reports", body, &c.as(Who::dispatcher));
    REQUIRE(made.status == 201);
    const json created = TestApp::body_of(made);
    CHECK(created["status"] == "submitted");
    CHECK(created["code"].get<std::string>().rfind("PAKN-2026-", 0) == 0);
    const json mine = TestApp::body_of(c.get(Who::owner, "/api/v1/me/reports"));
    REQUIRE(mine["items"].size() == 1);
    CHECK(mine["items"][0]["channel"] == "hotline");
    // Contact is required for calls; unit officers do not take calls.
    json nameless = body;
    nameless.erase("reporter_phone");
    auto refused = c.t.send("POST", "/api/v1/reports", nameless, &c.as(Who::dispatcher));
    CHECK(refused.status == 422);
    CHECK(field_code(refused, "reporter_phone") == "contact_required");
    CHECK(c.t.send("POST", "/api/v1/reports", body, &c.as(Who::handler_a)).status == 403);
}

// [SECTION] dashboard ---------------------------------------------------------------

TEST_CASE("the unit dashboard counts what the unit holds and how punctually it answered") {
    Console c;
    const std::int64_t november = c.t.clock.now();  // 2026-11-17
    auto resolve = [&](std::int64_t deadline_in, std::int64_t take, const std::string& category) {
        const std::int64_t id = c.submit(true, true, category);
        ActionParams p = params_for(Action::assign, c);
        p.deadline = c.t.clock.now() + deadline_in;
        REQUIRE(c.act(Who::dispatcher, id, body_for(Action::assign, p)).status == 200);
        REQUIRE(c.act(Who::handler_a, id, body_for(Action::start, {})).status == 200);
        REQUIRE(
            c.act(Who::handler_a, id, body_for(Action::propose_result, params_for(Action::propose_result, c))).status ==
            200);
        c.t.clock.advance(take);
        c.refresh();
        REQUIRE(c.act(Who::lead_a, id, body_for(Action::approve_result, {})).status == 200);
        return id;
    };
    // Last month: one answer on time.
    c.t.clock.set(november - 30 * 86400);
    c.refresh();
    resolve(5 * 86400, 86400, "xay_dung");
    // This month: two on time, one late.
    c.t.clock.set(november);
    c.refresh();
    resolve(5 * 86400, 86400, "xay_dung");
    resolve(5 * 86400, 2 * 86400, "su_co_cap_thoat_nuoc");
    resolve(86400, 2 * 86400, "xay_dung");
    // Open: one in progress at A, one only co-handled by A, one waiting at
    // the center; two days later all three are past their deadlines.
    const std::int64_t open_a = c.submit(true);
    ActionParams to_a = params_for(Action::assign, c);
    to_a.deadline = c.t.clock.now() + 86400;
    REQUIRE(c.act(Who::dispatcher, open_a, body_for(Action::assign, to_a)).status == 200);
    REQUIRE(c.act(Who::handler_a, open_a, body_for(Action::start, {})).status == 200);
    const std::int64_t co_only = c.submit(true, true, "y_te");
    ActionParams to_c = params_for(Action::assign, c);
    to_c.unit_id = c.unit_c;
    to_c.co_unit_ids = {c.unit_a};
    to_c.deadline = c.t.clock.now() + 86400;
    REQUIRE(c.act(Who::dispatcher, co_only, body_for(Action::assign, to_c)).status == 200);
    c.submit(true);
    c.t.clock.advance(2 * 86400);
    c.refresh();
    const auto now = c.t.clock.now();
    REQUIRE(local_date(now).month == 11);

    auto dashboard = [&](Who w, const std::string& query = "") {
        auto r = c.get(w, "/api/v1/officer/dashboard" + query);
        REQUIRE(r.status == 200);
        auto decoded = decode<UnitDashboard>(r.payload());
        CAPTURE(r.payload());
        REQUIRE(decoded.ok());
        return decoded.value;
    };
    auto count = [](const UnitDashboard& d, Status s) {
        for (const auto& row : d.by_status)
            if (row.key == to_string(s)) return row.count;
        return std::int64_t{-1};
    };
    const UnitDashboard unit = dashboard(Who::lead_a);
    CHECK(unit.scope == "unit");
    CHECK(unit.unit_id == c.unit_a);
    CHECK(unit.total == 6);  // 4 answered + 1 led + 1 co-handled
    CHECK(count(unit, Status::resolved) == 4);
    CHECK(count(unit, Status::in_progress) == 1);
    CHECK(count(unit, Status::assigned) == 1);
    CHECK(count(unit, Status::submitted) == 0);
    CHECK(unit.open == 2);
    CHECK(unit.overdue == 2);  // both past their deadlines by now
    // "Đang trong thời hạn xử lý" counts none of them: both are overdue.
    CHECK(unit.within_deadline == 0);
    CHECK(unit.this_month.month == "2026-11");
    CHECK(unit.this_month.resolved == 3);
    CHECK(unit.this_month.on_time == 2);
    REQUIRE(unit.this_month.on_time_rate);
    CHECK(*unit.this_month.on_time_rate == doctest::Approx(2.0 / 3.0));
    CHECK(unit.last_month.month == "2026-10");
    CHECK(unit.last_month.resolved == 1);
    CHECK(unit.last_month.on_time_rate == 1.0);
    REQUIRE_FALSE(unit.by_category.empty());
    CHECK(unit.by_category[0].code == "xay_dung");
    CHECK(unit.by_category[0].total == 4);
    CHECK(unit.by_category[0].resolved == 3);
    // The handler of the unit sees the same figures; another unit's cannot ask for A's.
    CHECK(dashboard(Who::handler_a).total == unit.total);
    CHECK(c.get(Who::handler_c, "/api/v1/officer/dashboard?unit=" + std::to_string(c.unit_a)).status == 403);
    CHECK(c.get(Who::owner, "/api/v1/officer/dashboard").status == 403);

    // The center sees everything, or one lead unit's answers.
    const UnitDashboard all = dashboard(Who::dispatcher);
    CHECK(all.scope == "all");
    CHECK(all.total == 7);
    CHECK(count(all, Status::submitted) == 1);
    CHECK(all.overdue == 3);  // the center's waiting report too
    CHECK(all.within_deadline == all.open - all.overdue);
    const UnitDashboard led = dashboard(Who::leader, "?unit=" + std::to_string(c.unit_a));
    CHECK(led.total == 5);
    CHECK(led.this_month.resolved == 3);
    CHECK(c.get(Who::dispatcher, "/api/v1/officer/dashboard?unit=0").status == 422);
}
