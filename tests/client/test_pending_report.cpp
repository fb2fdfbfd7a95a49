// The submit screen on a weak network, headless against a fake server: GỬI
// without network keeps the report on the device ("Đang chờ mạng — sẽ tự
// gửi"), a reload brings it back with its photo's bytes (the IndexedDB
// stand-in), the network's return sends the photo and then the report, a
// lost answer is retried with the same idempotency key, and the report is
// sent once. The rules themselves are in test_pending_send.cpp.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "app/app.h"
#include "app/screens.h"
#include "pakn/dto.h"
#include "pakn/forms.h"
#include "platform/native_platform.h"
#include "ui/report_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "views/state_reports.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;

constexpr const char* kWaiting = "Đang chờ mạng — sẽ tự gửi";
constexpr const char* kCopy = "pakn.report-form.7.new";

using Headless = pakn::client::test::Headless;

int count(const std::string& method, const std::string& url) {
    int n = 0;
    for (const auto& r : platform::native_recorder().requests)
        if (r.method == method && r.url == url) ++n;
    return n;
}

// Answers the oldest request for `method` `url`; its body, "" when none.
std::string answer(const std::string& method, const std::string& url, int status, const std::string& body) {
    auto& requests = platform::native_recorder().requests;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it->method != method || it->url != url) continue;
        auto callback = std::move(it->callback);
        std::string sent = std::move(it->body);
        requests.erase(it);
        callback(platform::HttpResult{status, body});
        return sent;
    }
    FAIL("no request " << method << " " << url);
    return "";
}

// Finishes the newest upload of `file_id` with `status`.
void finish_upload(int file_id, int status, const std::string& body) {
    auto& ups = platform::native_recorder().uploads;
    for (auto it = ups.rbegin(); it != ups.rend(); ++it) {
        if (it->first != file_id) continue;
        auto done = std::move(it->second);
        ups.erase(std::next(it).base());
        done(platform::HttpResult{status, body});
        return;
    }
    FAIL("no upload of file " << file_id);
}

void sign_in_citizen() {
    LoginResponse r;
    r.report_captcha = false;  // a sign-in that has sent before: no captcha to keep
    r.account.id = 7;
    r.account.kind = "citizen";
    r.account.login = "056191653264";
    r.account.full_name = "Nguyễn Văn An";
    app().sign_in(r);
}

void fill(views::SubmitState& s) {
    s.title = "Cống thoát nước bị tắc trên đường Hùng Vương";
    s.content = "Nước tràn lên mặt đường mỗi khi mưa, mùi hôi khó chịu cho cả khu phố.";
    s.address = "Số 40 Hùng Vương";
    s.commune_code = "22333";
}

}  // namespace

TEST_CASE("offline: the report and its photo wait on the device, survive a reload and arrive once") {
    Headless h;
    auto& rec = platform::native_recorder();
    sign_in_citizen();
    app().navigate("/gui-phan-anh");
    h.frames();
    auto* s = &views::report_states(app()).submit;
    fill(*s);

    // The network drops; a photo picked now cannot go up, and waits.
    rec.online = false;
    h.click("⬆ Tải lên");
    REQUIRE(rec.file_picks.size() == 1);
    auto pick = std::move(rec.file_picks.back());
    rec.file_picks.clear();
    pick({{41, "cong-tac.jpg", 2048, "image/jpeg"}});
    h.frames();
    REQUIRE(s->files.items.size() == 1);
    const std::string stash = s->files.items[0].stash_key;
    REQUIRE_FALSE(stash.empty());
    CHECK(rec.stash.count(stash) == 1);  // its bytes are on the device
    finish_upload(41, 0, "");            // no network
    h.frames();
    CHECK(s->files.items[0].phase == ui::UploadItem::Phase::waiting);
    CHECK(h.find("⬆ Tải lên"));

    // GỬI: nothing can go; the report waits, saying so, and is kept.
    h.click("GỬI");
    CHECK(count("POST", "/api/v1/reports") == 0);
    CHECK(s->pending.phase == net::SendPhase::waiting_network);
    CHECK(h.alert(kWaiting));
    const std::string key = s->pending.key;
    CHECK(valid_idempotency_key(key));
    REQUIRE(rec.storage.count(kCopy) == 1);
    const auto copy = nlohmann::json::parse(rec.storage[kCopy]);
    CHECK(copy["send_key"] == key);
    CHECK(copy["waiting_to_send"] == true);
    CHECK(copy["kept_files"][0]["stash"] == stash);

    // The page is reloaded (or the browser crashed) while still offline.
    views::report_states(app()) = views::ReportStates{};
    app().navigate("/");
    h.frames();
    s = &views::report_states(app()).submit;
    CHECK(s->title == "Cống thoát nước bị tắc trên đường Hùng Vương");
    CHECK(s->pending.key == key);
    CHECK(s->pending.phase == net::SendPhase::waiting_network);
    REQUIRE(s->files.items.size() == 1);
    CHECK(s->files.items[0].name == "cong-tac.jpg");
    CHECK(h.alert("Bạn có một phản ánh đang chờ mạng — sẽ tự gửi khi có mạng."));  // the home screen says so
    CHECK(count("POST", "/api/v1/reports") == 0);
    CHECK(rec.uploads.empty());

    // The network returns: the photo goes first (from the device's copy)...
    rec.online = true;
    h.frames();
    REQUIRE(rec.uploads.size() == 1);
    const int restored_id = rec.uploads.back().first;
    CHECK(restored_id >= 1000);  // read back from the device, not the lost page's handle
    CHECK(count("POST", "/api/v1/reports") == 0);
    finish_upload(restored_id, 201,
                  R"({"id":88,"name":"cong-tac.jpg","mime":"image/jpeg","size":2048,"sha256":"ab","kind":"image"})");
    h.frames();
    CHECK(rec.stash.count(stash) == 0);  // stored: the device's copy goes

    // ...then the report, with the key; its answer is lost on the way.
    REQUIRE(count("POST", "/api/v1/reports") == 1);
    auto first = nlohmann::json::parse(answer("POST", "/api/v1/reports", 0, ""));
    CHECK(first["idempotency_key"] == key);
    CHECK(first["attachment_ids"] == nlohmann::json::array({88}));
    h.frames();
    CHECK(s->pending.phase == net::SendPhase::waiting_network);
    CHECK(count("POST", "/api/v1/reports") == 0);  // not at once: after a pause

    // The next try, after the pause, with the same key; the server answers
    // the report the first try made.
    rec.clock_advance_ms += 60000;
    h.frames();
    REQUIRE(count("POST", "/api/v1/reports") == 1);
    auto second = nlohmann::json::parse(
        answer("POST", "/api/v1/reports", 200, R"({"id":15,"code":"PAKN-2026-000015","status":"submitted"})"));
    CHECK(second["idempotency_key"] == key);
    h.frames();
    CHECK_FALSE(net::pending(s->pending));
    CHECK(rec.storage.count(kCopy) == 0);
    // Sent while the citizen was on the home screen: a toast with the code.
    bool told = false;
    for (const auto& t : app().toasts) told = told || t.text.find("PAKN-2026-000015") != std::string::npos;
    CHECK(told);
    h.frames();
    CHECK(count("POST", "/api/v1/reports") == 0);  // and never again
    CHECK_FALSE(h.alert("Bạn có một phản ánh đang chờ mạng — sẽ tự gửi khi có mạng."));
}

TEST_CASE("a refused pending report stops waiting and shows why, the citizen can take one back to edit") {
    Headless h;
    auto& rec = platform::native_recorder();
    sign_in_citizen();
    app().navigate("/gui-phan-anh");
    h.frames();
    auto& s = views::report_states(app()).submit;
    fill(s);
    rec.online = false;
    h.frames();
    h.click("GỬI");
    REQUIRE(h.alert(kWaiting));
    // Cancel: editable again, the key kept (the first try may have arrived).
    const std::string key = s.pending.key;
    h.click("Hủy tự gửi để sửa lại");
    CHECK(s.pending.phase == net::SendPhase::editing);
    CHECK(s.pending.key == key);
    CHECK_FALSE(h.alert(kWaiting));
    rec.online = true;
    h.frames();
    CHECK(count("POST", "/api/v1/reports") == 0);  // taken back: not sent by itself
    h.click("GỬI");
    REQUIRE(count("POST", "/api/v1/reports") == 1);
    auto body = nlohmann::json::parse(answer(
        "POST", "/api/v1/reports", 422,
        R"({"error":{"code":"validation_failed","message":"Thông tin chưa hợp lệ","fields":[{"field":"title","code":"too_long","message":"Nội dung quá dài"}]}})"));
    CHECK(body["idempotency_key"] == key);
    h.frames();
    CHECK(s.pending.phase == net::SendPhase::failed);
    CHECK(h.find("PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC")->error == "Nội dung quá dài");
    rec.clock_advance_ms += 60000;
    h.frames();
    CHECK(count("POST", "/api/v1/reports") == 0);  // a refusal is not retried by itself
}
