// The help assistant's panel headless, with real mouse and key events and a
// fake server: it opens from a citizen page and not from the officer
// console, a typed question goes to POST /assistant/ask and its answer
// shows with the link to its page; offered entries are asked by choosing
// them; "I don't know" gives the hotline; a tracking code shows the status;
// a report to start fills the report form's content once; a refused
// question shows the server's message at the field.
#include <doctest/doctest.h>

#include <imgui.h>

#include <string>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_assistant.h"
#include "app/strings_common.h"
#include "pakn/assistant.h"
#include "pakn/messages.h"
#include "platform/native_platform.h"
#include "ui/test_hooks.h"
#include "views/state_public.h"
#include "views/state_reports.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;
namespace txt = tr::assistant;
using json = nlohmann::json;

constexpr const char* kAskUrl = "/api/v1/assistant/ask";

// The newest unanswered POST /assistant/ask, its body and its callback.
platform::RecordedRequest* pending_ask() {
    auto& all = platform::native_recorder().requests;
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->method == "POST" && it->url == kAskUrl && it->callback) return &*it;
    return nullptr;
}

json answer_ask(int status, const json& body) {
    platform::RecordedRequest* r = pending_ask();
    REQUIRE_MESSAGE(r, "no pending question");
    const json sent = json::parse(r->body);
    auto callback = std::move(r->callback);
    r->callback = nullptr;
    callback(platform::HttpResult{status, body.dump()});
    return sent;
}

json reply_json(const AssistantReply& r) {
    json j;
    to_json(j, r);
    return j;
}

struct Panel {
    test::Headless h{test::HeadlessOptions{1366, 900, 1.0f, false, true, 3, true}};

    Panel() {
        // The headless harness resets the report and console screens only.
        state() = views::AssistantState{};
        app().session.checked = true;
        app().navigate("/");
        h.frames(3);
    }
    views::AssistantState& state() { return views::public_states(app()).assistant; }
    ~Panel() { state() = views::AssistantState{}; }
    void ask(const std::string& text) {
        h.click(txt::kQuestionLabel);
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        h.frames(4);
        REQUIRE(state().typed == text);
        h.click(txt::kAsk);
    }
};

}  // namespace

TEST_CASE("assistant panel: opens from a citizen page, asks, shows the answer and its page") {
    Panel p;
    REQUIRE(p.h.find(txt::kOpen));
    p.h.click(txt::kOpen);
    REQUIRE(p.state().open);
    CHECK(p.h.find_text(txt::kGreeting));
    p.ask("quen mat khau");
    // The turn shows at once, waiting for its answer.
    CHECK(p.h.find_text("quen mat khau"));
    CHECK(p.state().typed.empty());
    AssistantReply r;
    r.kind = AssistantReplyKind::answer;
    r.entry_id = 5;
    r.question = "Tôi quên mật khẩu thì phải làm gì?";
    r.answer = "Trên trang đăng nhập, bấm “Quên mật khẩu?”.";
    r.link = "/quen-mat-khau";
    const json sent = answer_ask(200, reply_json(r));
    CHECK(sent == json{{"text", "quen mat khau"}});
    p.h.frames(4);
    CHECK(p.h.find_text(r.answer));
    p.h.click(txt::kOpenPage);
    CHECK(app().route.screen == Screen::forgot_password);
    // Closed, it is a button again; the conversation is kept for this page's life.
    p.h.click("Đóng");
    CHECK_FALSE(p.state().open);
    CHECK(p.state().turns.size() == 1);
    // The footer's link opens it too (a floating window is not on the page's Tab path).
    p.h.click(tr::kAskAssistant);
    CHECK(p.state().open);
    CHECK(p.h.find_text(r.answer));
    // Esc closes it, as a dialog's would.
    p.h.key(ImGuiKey_Escape);
    CHECK_FALSE(p.state().open);
}

TEST_CASE("assistant panel: offers, not knowing, a tracking code, and a report to start") {
    Panel p;
    p.h.click(txt::kOpen);
    p.ask("tai khoan");
    AssistantReply offers;
    offers.kind = AssistantReplyKind::suggestions;
    offers.suggestions = {{2, "Làm sao để đăng ký tài khoản?"}, {22, "Làm sao sửa thông tin tài khoản?"}};
    answer_ask(200, reply_json(offers));
    p.h.frames(4);
    CHECK(p.h.find_text(txt::kMaybe));
    // Choosing one asks for it by its id.
    p.h.click("Làm sao sửa thông tin tài khoản?");
    AssistantReply chosen;
    chosen.kind = AssistantReplyKind::answer;
    chosen.entry_id = 22;
    chosen.answer = "Vào “Tài khoản”, chọn “Chỉnh sửa”.";
    CHECK(answer_ask(200, reply_json(chosen)) == json{{"entry_id", 22}});
    p.h.frames(4);
    CHECK(p.h.find_text(chosen.answer));

    p.ask("giá vàng hôm nay");
    answer_ask(200, reply_json(AssistantReply{}));
    p.h.frames(4);
    CHECK(p.h.find_text(txt::kUnknown));
    CHECK(p.h.find_text(txt::kHandOff));

    p.ask("PAKN-2026-000123 đến đâu rồi");
    AssistantReply track;
    track.kind = AssistantReplyKind::track;
    track.tracking_code = "PAKN-2026-000123";
    track.report = LookupResult{};
    track.report->code = "PAKN-2026-000123";
    track.report->status = Status::in_progress;
    track.report->status_label = "Đang xử lý";
    track.report->updated_at = 1796000000;
    answer_ask(200, reply_json(track));
    p.h.frames(4);
    CHECK(p.h.find_text(std::string(txt::kTrackFound) + "PAKN-2026-000123"));
    // A screen reader hears the status, not only that something changed.
    bool heard = false;
    for (const auto& w : ui::test_registry_published())
        heard = heard || (w.role == "status" && w.label == "Tình trạng hồ sơ PAKN-2026-000123: Đang xử lý");
    CHECK(heard);
    p.h.click(txt::kTrackDetail);
    CHECK(app().route.screen == Screen::lookup);
    CHECK(app().query("ma") == "PAKN-2026-000123");

    p.ask("Tôi muốn phản ánh về ổ gà trên đường Trần Phú");
    AssistantReply start;
    start.kind = AssistantReplyKind::start_report;
    start.report_text = "ổ gà trên đường Trần Phú";
    answer_ask(200, reply_json(start));
    p.h.frames(4);
    p.h.click(txt::kStartReportButton);
    CHECK(app().route.screen == Screen::submit);
    p.h.frames(4);
    auto& form = views::report_states(app()).submit;
    CHECK(form.content == "ổ gà trên đường Trần Phú");
    // Once: what the person types over it stays.
    form.content = "Ổ gà sâu 20 cm trước số 12 Trần Phú";
    p.h.frames(3);
    CHECK(form.content == "Ổ gà sâu 20 cm trước số 12 Trần Phú");
}

TEST_CASE("assistant panel: a refused question shows at the field, an empty one is not sent") {
    Panel p;
    p.h.click(txt::kOpen);
    p.h.click(txt::kAsk);
    CHECK(pending_ask() == nullptr);
    CHECK(p.state().turns.empty());
    p.ask("hỏi");
    json refused = {{"error",
                     {{"code", "rate_limited"},
                      {"message", message_for("lookup_rate_limited")},
                      {"fields", json::array()}}}};
    answer_ask(429, refused);
    p.h.frames(4);
    CHECK(p.h.find_text(std::string(message_for("lookup_rate_limited"))));
}

TEST_CASE("assistant panel: on a phone no button covers the page, the menu and the footer open it") {
    test::Headless h{test::HeadlessOptions{360, 740, 1.0f, false, true, 3, true}};
    views::public_states(app()).assistant = views::AssistantState{};
    app().session.checked = true;
    app().navigate("/gui-phan-anh");
    h.frames(3);
    CHECK(h.find(txt::kOpen) == nullptr);
    h.click(tr::kNavMenu);
    h.click(tr::kAskAssistant);
    CHECK(views::public_states(app()).assistant.open);
    views::public_states(app()).assistant = views::AssistantState{};
}

TEST_CASE("assistant panel: not drawn in the officer console") {
    test::Headless h{test::HeadlessOptions{1366, 900, 1.0f, false, true, 3, true}};
    app().session.checked = true;
    app().session.signed_in = true;
    app().session.account.kind = "officer";
    app().session.account.role = "handler";
    app().navigate("/can-bo");
    h.frames(3);
    CHECK(h.find(txt::kOpen) == nullptr);
    app().navigate("/");
    h.frames(3);
    CHECK(h.find(txt::kOpen) == nullptr);
}
