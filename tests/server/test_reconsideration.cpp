// Reconsideration after an unsatisfied rating (issue 15 item 15): the
// reporter asks once, with a reason; the center's inbox lists the request;
// the dispatcher reopens or declines with a reason the reporter is told.
//
// [SECTION] index: the cast, asking, deciding.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pakn/dto.h"
#include "pakn/workflow.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

struct Cast : pakn::test::ReportCast {
    Browser stranger;  // another citizen

    Cast() {
        REQUIRE(t.register_citizen("079203004567", "0912345678", "matkhau2026", "Lê Văn Khách") > 0);
        REQUIRE(t.login(stranger, "079203004567", "matkhau2026").status == 200);
    }

    // Answered, then rated `level` by the owner: a closed report.
    std::int64_t rated_report(const std::string& level) {
        const auto id = answered_report();
        ActionParams p;
        p.rating = level;
        step(owner, id, Action::rate, p);
        return id;
    }
    static ActionParams with_note(const std::string& note) {
        ActionParams p;
        p.note = note;
        return p;
    }
    // The actions of the report's timeline as `b` reads them, in order.
    std::vector<std::string> timeline(Browser& b, std::int64_t id) {
        std::vector<std::string> out;
        const json d = detail(b, id);  // kept: the loop reads into it
        for (const auto& e : d["events"]) out.push_back(e["action"].get<std::string>());
        return out;
    }
    // The ids in the center's reconsideration tab, and that tab's count.
    std::vector<std::int64_t> requests_listed() {
        auto r = t.call("GET", "/api/v1/inbox?reconsideration=true", "", {}, &desk);
        REQUIRE(r.status == 200);
        std::vector<std::int64_t> ids;
        const json page = TestApp::body_of(r);  // kept: the loop reads into it
        for (const auto& item : page["items"]) ids.push_back(item["id"].get<std::int64_t>());
        std::sort(ids.begin(), ids.end());  // closed reports have no deadline to order them by
        return ids;
    }
    std::int64_t requests_counted() {
        auto r = t.call("GET", "/api/v1/inbox/counts", "", {}, &desk);
        REQUIRE(r.status == 200);

        const json counts = TestApp::body_of(r);  // kept: the loop reads into it
        for (const auto& tab : counts["tabs"])
            if (tab["key"] == "reconsideration") return tab["count"].get<std::int64_t>();
        FAIL("no reconsideration tab");
        return -1;
    }
    // The titles and bodies of `b`'s notifications, newest first, as "title | body".
    std::vector<std::string> notices(Browser& b) {
        auto r = t.call("GET", "/api/v1/me/notifications?page_size=50", "", {}, &b);
        REQUIRE(r.status == 200);

        std::vector<std::string> out;
        const json page = TestApp::body_of(r);  // kept: the loop reads into it
        for (const auto& n : page["items"])
            out.push_back(n["title"].get<std::string>() + " | " + n.value("body", std::string()));
        return out;
    }
    bool told(Browser& b, const std::string& words) {
        for (const auto& n : notices(b))
            if (n.find(words) != std::string::npos) return true;
        return false;
    }
};

const std::string kReason = "Đèn vẫn tắt vào ban đêm, chưa được sửa như kết quả nêu.";

}  // namespace

// [SECTION] asking -------------------------------------------------------------------

TEST_CASE("reconsideration: only after an unsatisfied rating, by the owner, with a reason, once") {
    Cast c;
    // Columns: rating, may the owner then ask?
    const std::vector<std::pair<std::string, bool>> ratings = {
        {"very_satisfied", false}, {"satisfied", false}, {"not_satisfied", true}, {"dissatisfied", true}};
    std::vector<std::int64_t> waiting;  // the requests made, in the center's tab
    for (const auto& [level, may] : ratings) {
        CAPTURE(level);
        const auto id = c.rated_report(level);
        const json d = c.detail(c.owner, id);
        const bool offered = std::find(d["allowed_actions"].begin(), d["allowed_actions"].end(),
                                       "request_reconsideration") != d["allowed_actions"].end();
        CHECK(offered == may);
        auto r = c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
        CHECK(r.status == (may ? 200 : 409));
        if (may) waiting.push_back(id);
        if (!may) CHECK(TestApp::body_of(r)["error"]["code"] == "reconsideration_needs_unsatisfied_rating");
    }

    const auto id = c.rated_report("dissatisfied");
    // Not the stranger's report (not even visible), nor the center's request to make.
    CHECK(c.act(c.stranger, id, Action::request_reconsideration, Cast::with_note(kReason)).status == 404);
    CHECK(c.act(c.desk, id, Action::request_reconsideration, Cast::with_note(kReason)).status == 403);
    // The reason is required: a field error, and nothing saved.
    for (const std::string blank : {"", "   "}) {
        auto r = c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(blank));
        CHECK(r.status == 422);
        const json body = TestApp::body_of(r);
        REQUIRE(body["error"]["fields"].size() == 1);
        CHECK(body["error"]["fields"][0]["field"] == "note");
        CHECK(body["error"]["fields"][0]["code"] == "required");
    }
    auto too_long = c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(std::string(2001, 'a')));
    CHECK(too_long.status == 422);
    CHECK(c.detail(c.owner, id)["reconsideration_pending"] == false);
    CHECK(c.requests_listed() == waiting);

    const json asked = c.step(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
    CHECK(asked["status"] == "closed");
    CHECK(asked["reconsideration_pending"] == true);
    CHECK(asked["reconsideration_requested"] == true);
    // Once means once.
    auto again = c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
    CHECK(again.status == 409);
    CHECK(TestApp::body_of(again)["error"]["code"] == "reconsideration_already_requested");
    CHECK(TestApp::body_of(again)["error"]["message"] ==
          "Bạn đã gửi đề nghị xem xét lại cho phản ánh này; mỗi phản ánh chỉ được đề nghị một lần");

    // The center hears of it and finds it in its inbox, with the reason in the timeline.
    CHECK(c.told(c.desk, "Người gửi đề nghị xem xét lại phản ánh " + c.detail(c.desk, id)["code"].get<std::string>()));
    waiting.push_back(id);
    CHECK(c.requests_listed() == waiting);
    CHECK(c.requests_counted() == 3);
    const json seen = c.detail(c.desk, id);
    CHECK(seen["reconsideration_pending"] == true);
    const json last = seen["events"].back();
    CHECK(last["action"] == "request_reconsideration");
    CHECK(last["note"] == kReason);
    const json offered = seen["allowed_actions"];
    CHECK(std::find(offered.begin(), offered.end(), "reopen") != offered.end());
    CHECK(std::find(offered.begin(), offered.end(), "decline_reconsideration") != offered.end());
}

// [SECTION] deciding ------------------------------------------------------------------

TEST_CASE("reconsideration: reopening clears the request, the report cannot be reconsidered again") {
    Cast c;
    const auto id = c.rated_report("not_satisfied");
    c.step(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
    const json reopened = c.step(c.desk, id, Action::reopen, Cast::with_note("Đề nghị Sở Xây dựng kiểm tra lại."));
    CHECK(reopened["status"] == "assigned");
    CHECK(reopened["reconsideration_pending"] == false);
    CHECK(reopened["reconsideration_requested"] == true);
    CHECK(c.requests_listed().empty());
    CHECK(c.requests_counted() == 0);
    CHECK(c.told(c.owner, "được mở lại để xử lý tiếp"));
    // The reporter's timeline shows the request and the reopening.
    const auto steps = c.timeline(c.owner, id);
    const auto asked_at = std::find(steps.begin(), steps.end(), "request_reconsideration");
    REQUIRE(asked_at != steps.end());
    CHECK(std::find(asked_at, steps.end(), "reopen") != steps.end());

    // A new answer, rated unsatisfied again: the one request is used.
    c.step(c.xd_handler, id, Action::start);
    ActionParams answer;
    answer.result_text = "Đã thay bộ đèn mới, kiểm tra sáng bình thường.";
    c.step(c.xd_handler, id, Action::propose_result, answer);
    c.step(c.xd_lead, id, Action::approve_result);
    ActionParams rating;
    rating.rating = "dissatisfied";
    c.step(c.owner, id, Action::rate, rating);
    auto again = c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
    CHECK(again.status == 409);
    CHECK(TestApp::body_of(again)["error"]["code"] == "reconsideration_already_requested");
}

TEST_CASE("reconsideration: a decline needs a reason, keeps the report closed and tells the reporter why") {
    Cast c;
    const auto id = c.rated_report("dissatisfied");
    // Nothing to decline before a request.
    auto early = c.act(c.desk, id, Action::decline_reconsideration, Cast::with_note("Không có căn cứ."));
    CHECK(early.status == 409);
    CHECK(TestApp::body_of(early)["error"]["code"] == "no_reconsideration_pending");
    c.step(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason));
    // Only the center decides; and not without a reason.
    CHECK(c.act(c.xd_lead, id, Action::decline_reconsideration, Cast::with_note("Không")).status == 403);
    CHECK(c.act(c.owner, id, Action::decline_reconsideration, Cast::with_note("Không")).status == 403);
    auto bare = c.act(c.desk, id, Action::decline_reconsideration);
    CHECK(bare.status == 422);
    CHECK(TestApp::body_of(bare)["error"]["fields"][0]["field"] == "note");
    CHECK(c.detail(c.desk, id)["reconsideration_pending"] == true);

    const std::string why = "Đơn vị đã kiểm tra lại hiện trường ngày 05/12, đèn hoạt động bình thường.";
    const json declined = c.step(c.desk, id, Action::decline_reconsideration, Cast::with_note(why));
    CHECK(declined["status"] == "closed");
    CHECK(declined["reconsideration_pending"] == false);
    CHECK(c.requests_listed().empty());
    const std::string code = declined["code"];
    CHECK(c.told(c.owner, "Đề nghị xem xét lại phản ánh " + code + " không được chấp thuận | " + why));
    // Both steps are on the reporter's timeline, the center's reason with its decision.
    const json d = c.detail(c.owner, id);
    const json& events = d["events"];
    REQUIRE(events.size() >= 2);
    CHECK(events[events.size() - 2]["action"] == "request_reconsideration");
    CHECK(events[events.size() - 2]["note"] == kReason);
    CHECK(events.back()["action"] == "decline_reconsideration");
    CHECK(events.back()["note"] == why);
    // Declined is decided: no second request, no second decision.
    CHECK(c.act(c.owner, id, Action::request_reconsideration, Cast::with_note(kReason)).status == 409);
    CHECK(c.act(c.desk, id, Action::decline_reconsideration, Cast::with_note(why)).status == 409);
}
