// Print and the reader's display settings, headless: the documents the print
// buttons hand the browser (the reporter's receipt with its QR code, the
// officer's file with the whole timeline, the published answer, any screen's
// text for Ctrl+P) built from the data the screens hold; the buttons on the
// three report pages; the high-contrast palette from the footer's
// "Tương phản cao" or the system's prefers-contrast / forced-colors, kept on
// the device; and prefers-reduced-motion stopping what moves by itself.
// The palettes' contrast ratios are checked in test_screens.cpp.
//
// [SECTION] index: harness, documents, print buttons, Ctrl+P, contrast,
// motion.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "app/app.h"
#include "pakn/dto.h"
#include "pakn/qr.h"
#include "platform/native_platform.h"
#include "ui/print_document.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_officer.h"
#include "views/state_public.h"
#include "views/state_reports.h"
#include "headless.h"

namespace {

using namespace pakn;
using namespace pakn::client;
using platform::PrintDocument;

// [SECTION] harness

using Headless = pakn::client::test::Headless;

bool answer(const std::string& method, const std::string& url, int status, const std::string& body) {
    auto& requests = platform::native_recorder().requests;
    for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
        if (it->method != method || it->url.rfind(url, 0) != 0) continue;
        auto callback = std::move(it->callback);
        requests.erase(std::next(it).base());
        callback(platform::HttpResult{status, body});
        return true;
    }
    return false;
}

constexpr UnixSeconds kSent = 1796090400;     // 2026-12-01 09:00 Vietnam time
constexpr UnixSeconds kPrinted = 1796349600;  // 2026-12-04 09:00

// A report answered and rated, as the officer API sends it: two public steps
// and an internal note, the reporter's contact, units and a deadline.
ReportDetail answered_report() {
    ReportDetail d;
    d.id = 42;
    d.code = "PAKN-2026-000042";
    d.title = "Đèn đường Lê Lợi không sáng";
    d.status = Status::resolved;
    d.content = "Cả dãy đèn trước số 5 Lê Lợi tắt từ tối thứ Hai.\n\nĐoạn đường rất tối, dễ xảy ra tai nạn.";
    d.address = "Số 5 Lê Lợi";
    d.commune_name = "Phường Nha Trang";
    d.category_name = "Điện chiếu sáng";
    d.channel = "web";
    d.submitted_at = kSent;
    d.is_public = true;
    d.reporter = ReporterInfo{"Nguyễn Văn An", "0905 123 456", "an@example.vn", "056191653264", false, false};
    d.lead_unit = UnitRef{3, "Sở Xây dựng"};
    d.co_units = {UnitRef{5, "UBND phường Nha Trang"}};
    d.assignee_name = "Trần Văn Xử";
    d.attachments = {AttachmentInfo{9, "image/jpeg", 1000, "", "den-tat.jpg", "image"}};
    d.result = ResultInfo{"Đã thay bóng đèn và kiểm tra lại toàn tuyến.", {}, kSent + 86400};
    d.rating = RatingInfo{SatisfactionLevel::very_satisfied, "Xử lý nhanh.", kSent + 90000};
    Event submitted;
    submitted.id = 1;
    submitted.action = Action::submit;
    submitted.to_status = Status::submitted;
    submitted.actor_name = "Nguyễn Văn An";
    submitted.actor_role = Role::citizen;
    submitted.created_at = kSent;
    Event internal;
    internal.id = 2;
    internal.action = Action::comment;
    internal.internal = true;
    internal.actor_name = "Lê Thị Điều";
    internal.actor_role = Role::dispatcher;
    internal.note = "Đã gọi điện cho Điện lực, chờ phản hồi.";
    internal.created_at = kSent + 3600;
    Event assigned;
    assigned.id = 3;
    assigned.action = Action::assign;
    assigned.from_status = Status::submitted;
    assigned.to_status = Status::assigned;
    assigned.actor_name = "Lê Thị Điều";
    assigned.actor_role = Role::dispatcher;
    assigned.payload = {{"unit_name", "Sở Xây dựng"}};
    assigned.created_at = kSent + 7200;
    d.events = {submitted, internal, assigned};
    return d;
}

// Every text a document carries, one per line, to search in.
std::string all_text(const PrintDocument& doc) {
    std::string out;
    const auto line = [&out](const std::string& s) { out += s + "\n"; };
    for (const auto& h : doc.header)
        line(h);
    line(doc.title);
    line(doc.subtitle);
    line(doc.qr_caption);
    for (const auto& s : doc.sections) {
        line(s.heading);
        for (const auto& [k, v] : s.fields)
            line(k + ": " + v);
        for (const auto& p : s.paragraphs)
            line(p);
        for (const auto& c : s.table_columns)
            line(c);
        for (const auto& r : s.table_rows)
            for (const auto& c : r)
                line(c);
    }
    line(doc.footer);
    return out;
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const platform::PrintSection* section_named(const PrintDocument& doc, const std::string& heading) {
    for (const auto& s : doc.sections)
        if (s.heading == heading) return &s;
    return nullptr;
}

}  // namespace

// [SECTION] documents

TEST_CASE("print: the receipt holds the tracking code, a QR code of the lookup address and what was sent") {
    const ReportDetail d = answered_report();
    const PrintDocument doc = ui::receipt_document(d, "https://pakn.khanhhoa.gov.vn", kPrinted);
    const std::string text = all_text(doc);
    CHECK(doc.header == std::vector<std::string>{"ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
                                                 "Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa"});
    CHECK(doc.title == "BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ");
    CHECK(doc.subtitle == "Mã tra cứu: PAKN-2026-000042");
    // The code is the lookup address, exactly.
    const auto expected = make_qr("https://pakn.khanhhoa.gov.vn/tra-cuu?ma=PAKN-2026-000042", QrEcc::medium);
    REQUIRE(expected);
    CHECK(doc.qr_svg == qr_svg(*expected));
    CHECK(has(doc.qr_caption, "https://pakn.khanhhoa.gov.vn/tra-cuu?ma=PAKN-2026-000042"));
    // label, value
    const std::pair<std::string, std::string> fields[] = {
        {"Mã tra cứu", "PAKN-2026-000042"},
        {"Tiêu đề", "Đèn đường Lê Lợi không sáng"},
        {"Ngày gửi", "09:00 01/12/2026"},
        {"Người gửi", "Nguyễn Văn An"},
        {"Lĩnh vực", "Điện chiếu sáng"},
        {"Địa điểm", "Số 5 Lê Lợi, Phường Nha Trang"},
        {"Trạng thái", "Đã có kết quả"},
        {"Đơn vị xử lý", "Sở Xây dựng"},
        {"Tệp đính kèm", "den-tat.jpg"},
    };
    for (const auto& [k, v] : fields)
        CHECK_MESSAGE(has(text, k + ": " + v + "\n"), k << " in\n" << text);
    // The content keeps its paragraphs; the answer is there once approved.
    const auto* content = section_named(doc, "Nội dung phản ánh, kiến nghị");
    REQUIRE(content);
    CHECK(content->paragraphs == std::vector<std::string>{"Cả dãy đèn trước số 5 Lê Lợi tắt từ tối thứ Hai.",
                                                         "Đoạn đường rất tối, dễ xảy ra tai nạn."});
    CHECK(has(text, "Đã thay bóng đèn và kiểm tra lại toàn tuyến."));
    // What only officers see stays off the reporter's paper.
    CHECK_FALSE(has(text, "Đã gọi điện cho Điện lực"));
    CHECK(doc.footer == "Bản in từ https://pakn.khanhhoa.gov.vn/phan-anh/42 lúc 09:00 04/12/2026");

    // A draft has no code yet: no QR code, no code line.
    ReportDetail draft = d;
    draft.code.clear();
    draft.status = Status::draft;
    const PrintDocument unsent = ui::receipt_document(draft, "https://pakn.khanhhoa.gov.vn", kPrinted);
    CHECK(unsent.qr_svg.empty());
    CHECK(unsent.subtitle == d.title);
}

TEST_CASE("print: the officer's file has the reporter's contact, the units, the answer and the whole timeline") {
    const PrintDocument doc = ui::officer_file_document(answered_report(), "http://127.0.0.1:8090", kPrinted);
    const std::string text = all_text(doc);
    CHECK(doc.title == "PHIẾU THEO DÕI XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ");
    CHECK(doc.subtitle == "Đèn đường Lê Lợi không sáng");
    CHECK(doc.qr_svg.empty());
    for (const char* expected : {"Điện thoại: 0905 123 456", "Thư điện tử: an@example.vn", "CCCD/CMND: 056191653264",
                                 "Đơn vị chủ trì: Sở Xây dựng", "Cán bộ xử lý: Trần Văn Xử",
                                 "Đơn vị phối hợp: UBND phường Nha Trang", "Kết quả xử lý",
                                 "Đã thay bóng đèn và kiểm tra lại toàn tuyến.", "Ngày trả lời: 09:00 02/12/2026",
                                 "Người phản ánh đồng ý công khai", "“Xử lý nhanh.”"})
        CHECK_MESSAGE(has(text, expected), expected << " in\n" << text);
    const auto* timeline = section_named(doc, "Quá trình xử lý");
    REQUIRE(timeline);
    CHECK(timeline->table_columns ==
          std::vector<std::string>{"Thời gian", "Bước xử lý", "Người thực hiện", "Nội dung, ghi chú"});
    REQUIRE(timeline->table_rows.size() == 3);
    // One row per event, in order; internal steps marked, not dropped.
    CHECK(timeline->table_rows[0][0] == "09:00 01/12/2026");
    CHECK(timeline->table_rows[0][2] == "Nguyễn Văn An (Cá nhân)");
    CHECK(has(timeline->table_rows[1][1], "(nội bộ)"));
    CHECK(timeline->table_rows[1][3] == "Đã gọi điện cho Điện lực, chờ phản hồi.");
    CHECK(has(timeline->table_rows[2][3], "→ Sở Xây dựng"));
    CHECK(has(timeline->table_rows[2][3], "Trạng thái: "));
    CHECK(doc.footer == "Bản in từ http://127.0.0.1:8090/can-bo/phan-anh/42 lúc 09:00 04/12/2026");

    // A draft answer is said to be one.
    ReportDetail proposed = answered_report();
    proposed.result->approved_at.reset();
    proposed.rating.reset();
    const PrintDocument draft = ui::officer_file_document(proposed, "http://127.0.0.1:8090", kPrinted);
    CHECK(section_named(draft, "Dự thảo kết quả (chưa phê duyệt)"));
    CHECK_FALSE(section_named(draft, "Kết quả xử lý"));
}

TEST_CASE("print: the published answer as the public page shows it") {
    PublicReport r;
    r.id = 7;
    r.code = "PAKN-2026-000007";
    r.title = "Rác thải tồn đọng tại chợ Xóm Mới";
    r.content = "Rác để lâu ngày bốc mùi.";
    r.reporter_name = "N*** V** A*";
    r.address = "Chợ Xóm Mới";
    r.unit_name = "UBND phường Nha Trang";
    r.submitted_at = kSent;
    r.result = ResultInfo{"Đã thu gom và bố trí thêm thùng rác.", {}, kSent + 86400};
    r.rating = SatisfactionLevel::satisfied;
    const PrintDocument doc = ui::published_report_document(r, "https://pakn.khanhhoa.gov.vn", kPrinted);
    const std::string text = all_text(doc);
    CHECK(doc.title == "KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ");
    CHECK(doc.subtitle == r.title);
    for (const char* expected : {"Mã tra cứu: PAKN-2026-000007", "Người gửi: N*** V** A*", "Rác để lâu ngày bốc mùi.",
                                 "Đã thu gom và bố trí thêm thùng rác.", "Đơn vị xử lý: UBND phường Nha Trang",
                                 "Đánh giá của người gửi: Hài lòng"})
        CHECK_MESSAGE(has(text, expected), expected << " in\n" << text);
    r.result.reset();
    r.rating.reset();
    const std::string unanswered = all_text(ui::published_report_document(r, "https://pakn.khanhhoa.gov.vn", kPrinted));
    CHECK(has(unanswered, "Chưa có kết quả xử lý."));
    CHECK(has(unanswered, "Chưa đánh giá"));
}

TEST_CASE("print: any screen prints its title and its widgets' text in drawing order, repeats dropped") {
    std::vector<ui::WidgetInfo> widgets(5);
    widgets[0].label = "Tra cứu phản ánh";
    widgets[1].label = "Mã tra cứu";
    widgets[1].value = "PAKN-2026-000001";
    widgets[1].has_value = true;
    widgets[2].label = "Mã tra cứu";  // the same field seen twice in a frame
    widgets[2].value = "PAKN-2026-000001";
    widgets[2].has_value = true;
    widgets[3].label = "";  // an unlabeled item
    widgets[4].label = "Số điện thoại";
    widgets[4].error = "Số điện thoại không hợp lệ";
    const PrintDocument doc = ui::screen_document("Tra cứu phản ánh", widgets, "https://x.vn", "/tra-cuu", kPrinted);
    CHECK(doc.title == "Tra cứu phản ánh");
    CHECK(doc.header.size() == 2);
    REQUIRE(doc.sections.size() == 1);
    CHECK(doc.sections[0].paragraphs == std::vector<std::string>{"Tra cứu phản ánh", "Mã tra cứu: PAKN-2026-000001",
                                                                 "Số điện thoại — Số điện thoại không hợp lệ"});
    CHECK(doc.footer == "Bản in từ https://x.vn/tra-cuu lúc 09:00 04/12/2026");
}

// [SECTION] print buttons

TEST_CASE("print: the report pages' buttons hand the browser their document and open the dialog") {
    Headless h;
    auto& printed = platform::native_recorder().printed;

    // The reporter's page: the receipt.
    app().session.checked = true;
    app().navigate("/phan-anh/42");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/42", 200, encode(answered_report())));
    h.frames();
    h.click("In biên nhận");
    REQUIRE(printed.size() == 1);
    CHECK(printed[0].second);  // the dialog
    CHECK(printed[0].first.title == "BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ");
    CHECK(printed[0].first.subtitle == "Mã tra cứu: PAKN-2026-000042");
    CHECK_FALSE(printed[0].first.qr_svg.empty());

    // The officer's page: the file with the timeline.
    Session& s = app().session;
    s.signed_in = true;
    s.account = Account{};
    s.account.id = 7;
    s.account.kind = "officer";
    s.account.login = "canbo";
    s.account.full_name = "Lê Thị Điều";
    s.account.role = "dispatcher";
    s.account.unit_id = 1;
    s.account.unit_name = "Trung tâm điều phối";
    app().navigate("/can-bo/phan-anh/42");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/42", 200, encode(answered_report())));
    h.frames();
    h.click("In hồ sơ");
    REQUIRE(printed.size() == 2);
    CHECK(printed[1].second);
    // The same document as built from the report (but for the printing time).
    PrintDocument expected = ui::officer_file_document(answered_report(), platform::native_recorder().origin, 0);
    PrintDocument got = printed[1].first;
    CHECK(has(got.footer, "/can-bo/phan-anh/42"));
    expected.footer = got.footer = "";
    CHECK(got == expected);
    app().sign_out_local();

    // A published report.
    PublicReport r;
    r.id = 7;
    r.code = "PAKN-2026-000007";
    r.title = "Rác thải tồn đọng tại chợ Xóm Mới";
    r.content = "Rác để lâu ngày bốc mùi.";
    app().navigate("/cong-khai/7");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/public/reports/7", 200, encode(r)));
    h.frames();
    h.click("In kết quả xử lý");
    REQUIRE(printed.size() == 3);
    CHECK(printed[2].second);
    CHECK(printed[2].first.subtitle == r.title);
}

TEST_CASE("print: a draft has no receipt to print") {
    Headless h;
    app().session.checked = true;
    ReportDetail draft = answered_report();
    draft.code.clear();
    draft.status = Status::draft;
    app().navigate("/phan-anh/42");
    h.frames();
    REQUIRE(answer("GET", "/api/v1/reports/42", 200, encode(draft)));
    h.frames();
    REQUIRE(views::report_states(app()).report.report.data.id == 42);  // drawn
    CHECK_FALSE(h.find("In biên nhận"));
    // The same page once sent has it.
    views::report_states(app()).report.report.data = answered_report();
    h.frames();
    CHECK(h.find("In biên nhận"));
}

// [SECTION] Ctrl+P

TEST_CASE("print: the browser's own print gets the current screen's text, without a dialog") {
    Headless h;
    app().restore_preferences();  // registers the print request handler
    app().navigate("/tra-cuu");
    h.frames();
    auto& rec = platform::native_recorder();
    REQUIRE(rec.print_request);
    rec.print_request();
    REQUIRE(rec.printed.size() == 1);
    CHECK_FALSE(rec.printed[0].second);
    const PrintDocument& doc = rec.printed[0].first;
    CHECK(doc.title == "Tra cứu phản ánh");
    CHECK(doc.header.size() == 2);
    // Every labelled widget of the last frame is there, in its order.
    std::vector<std::string> expected;
    for (const auto& w : ui::test_registry_published())
        if (!w.label.empty() && (expected.empty() || expected.back() != w.label)) expected.push_back(w.label);
    REQUIRE(!expected.empty());
    std::string text = all_text(doc);
    for (const auto& label : expected)
        CHECK_MESSAGE(has(text, label), label);
    CHECK(has(doc.footer, "/tra-cuu"));
}

// [SECTION] contrast

TEST_CASE("contrast: the footer's 'Tương phản cao' switches the palette at once and is kept on the device") {
    Headless h;
    app().restore_preferences();
    app().navigate("/tra-cuu");
    h.frames();
    CHECK_FALSE(ui::high_contrast());
    CHECK(ui::color::kText == ui::kStandardPalette.text);
    h.click("Tương phản cao");
    CHECK(ui::high_contrast());
    CHECK(platform::native_recorder().storage["pakn.contrast"] == "high");
    // The screens read the active palette; ImGui's style follows at the next apply_theme.
    CHECK(ui::color::kText == ui::kHighContrastPalette.text);
    CHECK(ui::color::kPrimary == ui::kHighContrastPalette.primary);
    ui::apply_theme(1.0f);
    CHECK(ImGui::GetColorU32(ImGuiCol_Text) == ui::kHighContrastPalette.text);
    CHECK(ImGui::GetColorU32(ImGuiCol_NavHighlight) == ui::kHighContrastPalette.focus);
    CHECK(ImGui::GetColorU32(ImGuiCol_WindowBg) == ui::kHighContrastPalette.page);
    h.frames();
    // A reload brings it back; unticking is kept too, even when the system asks for more.
    ui::set_high_contrast(false);
    app().restore_preferences();
    CHECK(ui::high_contrast());
    h.click("Tương phản cao");
    CHECK_FALSE(ui::high_contrast());
    CHECK(platform::native_recorder().storage["pakn.contrast"] == "standard");
    platform::native_recorder().media["(prefers-contrast: more)"] = true;
    app().restore_preferences();
    CHECK_FALSE(ui::high_contrast());
    ui::apply_theme(1.0f);
    CHECK(ImGui::GetColorU32(ImGuiCol_Text) == ui::kStandardPalette.text);
}

TEST_CASE("contrast: without a choice here, the system's prefers-contrast or forced colours decide, also live") {
    // query that matches, high contrast expected
    const std::pair<const char*, bool> rows[] = {
        {nullptr, false},
        {"(prefers-contrast: more)", true},
        {"(forced-colors: active)", true},
        {"(prefers-contrast: less)", false},
    };
    for (const auto& [query, high] : rows) {
        CAPTURE(query ? query : "none");
        Headless h;
        if (query) platform::native_recorder().media[query] = true;
        app().restore_preferences();
        CHECK(ui::high_contrast() == high);
    }
    // Changed while the app runs: the watched query tells the app.
    Headless h;
    app().restore_preferences();
    auto& rec = platform::native_recorder();
    CHECK(std::count(rec.watched_media.begin(), rec.watched_media.end(), "(prefers-contrast: more)") == 1);
    CHECK_FALSE(ui::high_contrast());
    rec.media["(prefers-contrast: more)"] = true;
    REQUIRE(rec.media_changed);
    rec.media_changed();
    CHECK(ui::high_contrast());
}

// [SECTION] motion

TEST_CASE("motion: prefers-reduced-motion stills the spinner and the caret, so an idle screen asks for no frames") {
    Headless h;
    for (const bool reduce : {false, true}) {
        CAPTURE(reduce);
        platform::native_recorder().media["(prefers-reduced-motion: reduce)"] = reduce;
        app().restore_preferences();
        CHECK(ui::reduced_motion() == reduce);
        ui::apply_theme(1.0f);
        CHECK(ImGui::GetIO().ConfigInputTextCursorBlink == !reduce);
        // A spinner alone on a frame.
        ui::test_registry_new_frame();
        ImGui::NewFrame();
        ui::reset_animation_request();
        ImGui::Begin("##spin");
        ui::spinner("Đang tải…");
        ImGui::End();
        ImGui::Render();
        CHECK(ui::animation_requested() == !reduce);
    }
    // Live: the system setting changes while the app runs.
    platform::native_recorder().media["(prefers-reduced-motion: reduce)"] = false;
    REQUIRE(platform::native_recorder().media_changed);
    platform::native_recorder().media_changed();
    CHECK_FALSE(ui::reduced_motion());
}
