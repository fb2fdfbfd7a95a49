// One filled-in sample of every DTO of the JSON contract, shared by the
// round-trip tests (test_dto*.cpp) and the frozen wire texts (test_dto_wire.cpp),
// so that both judge the same values. Every optional field is set somewhere,
// and Vietnamese text is everywhere a person would type it.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "pakn/dto.h"
#include "pakn/dto_admin.h"
#include "pakn/dto_dashboard.h"
#include "pakn/dto_live.h"
#include "pakn/dto_map.h"
#include "pakn/dto_uploads.h"

namespace dto_samples {

using namespace pakn;

// 2026-11-28T09:30:00+07:00
inline constexpr UnixSeconds kT0 = 1795833000;

// Encodes `v`, decodes the text, and checks that the value and the text
// both come back unchanged.
template <typename T>
void check_round_trip(const T& v, std::string_view name) {
    INFO(name);
    const std::string text = encode(v);
    INFO(text);
    const DecodeResult<T> back = decode<T>(text);
    for (const FieldError& e : back.errors)
        INFO(e.field << ": " << e.code);
    CHECK(back.ok());
    CHECK(back.value == v);
    CHECK(encode(back.value) == text);
}

// [SECTION] dto.h

inline ErrorBody error_body() {
    // Messages spelled out, not taken from the catalogue: the wire is what is tested.
    return ErrorBody{"validation_failed",
                     "Thông tin chưa hợp lệ",
                     {FieldError{"phone", "invalid_phone", "Số điện thoại di động phải gồm 10 chữ số"},
                      FieldError{"", "invalid_json", "Dữ liệu JSON không hợp lệ"}}};
}

inline Health health() {
    return Health{"ok", "0.1.0", 7, "ok"};
}

inline Captcha captcha() {
    return Captcha{"cap_1", "3 + 1 = ?", "", "", std::nullopt, std::nullopt};
}

inline RegisterForm register_form() {
    RegisterForm reg;
    reg.kind = "organization";
    reg.login = "45/2019/QĐ-UBND";
    reg.password = "Mật khẩu 1";
    reg.full_name = "Trần Văn Bình";
    reg.phone = "0336132396";
    reg.email = "binh@example.vn";
    reg.address = "Cam Ranh";
    reg.commune_code = "22420";
    reg.org_name = "HTX Biển Xanh";
    reg.representative = "Trần Văn Bình";
    reg.captcha_id = "c";
    reg.captcha_answer = "4";
    return reg;
}

inline LoginForm login_form() {
    return LoginForm{"public", "056191653264", "pw", "c", "4"};
}
inline OtpForm otp_form() {
    return OtpForm{"reg_1", "", "123456"};
}
inline ResendOtpForm resend_otp_form() {
    return ResendOtpForm{"", "rst_1"};
}
inline ForgotPasswordForm forgot_password_form() {
    return ForgotPasswordForm{"0336132396", "c", "4"};
}
inline ResetPasswordForm reset_password_form() {
    return ResetPasswordForm{"rst_1", "123456", "Moi2026abc", ""};
}
inline ChangePasswordForm change_password_form() {
    return ChangePasswordForm{"Cu2024xyz", "Moi2026abc", ""};
}
inline DeleteAccountForm delete_account_form() {
    return DeleteAccountForm{"pw"};
}
inline RegisterResponse register_response() {
    return RegisterResponse{"reg_1", "0336*396**", 60};
}
inline ForgotResponse forgot_response() {
    return ForgotResponse{"rst_1", "0336*396**", 45};
}
inline ResendResponse resend_response() {
    return ResendResponse{"0336*396**", 60};
}

inline Account account() {
    Account a;
    a.id = 42;
    a.kind = "citizen";
    a.login = "056191653264";
    a.full_name = "Nguyễn Diệp Chi";
    a.phone = "0336132396";
    a.phone_masked = "0336*396**";
    a.email = "chi@example.vn";
    a.address = "Nha Trang";
    a.commune_code = "22366";
    a.created_at = kT0;
    return a;
}

inline Account officer_account() {
    Account a;
    a.id = 7;
    a.kind = "officer";
    a.login = "cb.tiepnhan01";
    a.full_name = "Phạm Thị Hoa";
    a.unit_id = 1;
    a.unit_name = "Trung tâm CNTT và Dịch vụ hành chính công trực tuyến";
    a.role = "dispatcher";
    a.must_change_password = true;
    a.created_at = kT0 - 86400;
    return a;
}

inline LoginResponse login_response() {
    return LoginResponse{account(), "csrf-abc", false};
}

inline ProfilePatch profile_patch() {
    return ProfilePatch{"Chi", "", std::nullopt, "22333", std::nullopt, "Biển Xanh", std::nullopt};
}

inline Notification notification() {
    return Notification{
        9, "result", "Đã có kết quả", "Phản ánh PAKN-2026-000123 đã có kết quả", 123, "PAKN-2026-000123", kT0, true};
}

inline AttachmentInfo attachment(std::int64_t id) {
    return AttachmentInfo{id, "image/jpeg", 123456, std::string(64, 'a'), "đèn hỏng.jpg", "image"};
}

inline ReportForm report_form() {
    ReportForm f;
    f.title = "Đèn đường hỏng";
    f.content = "Dòng 1\nDòng 2";
    f.address = "10 Trần Phú";
    f.commune_code = "22366";
    f.lat = 12.2388;
    f.lon = -0.5;
    f.category_code = "dien_luc";
    f.is_public = true;
    f.attachment_ids = {3, 9};
    f.submit = true;
    f.captcha_id = "cap_1";
    f.captcha_answer = "4";
    f.channel = "hotline";
    f.reporter_name = "Lê Văn Tám";
    f.reporter_phone = "0905123456";
    f.reporter_email = "tam@example.vn";
    f.reporter_id_number = "056191653264";
    return f;
}

inline ReportCreated report_created() {
    return ReportCreated{123, "PAKN-2026-000123", Status::submitted};
}

inline ReportSummary summary() {
    ReportSummary s;
    s.id = 123;
    s.code = "PAKN-2026-000123";
    s.title = "Đèn đường hỏng";
    s.status = Status::in_progress;
    s.category_code = "dien_luc";
    s.category_name = "Điện lực";
    s.commune_code = "22366";
    s.commune_name = "Phường Nha Trang";
    s.unit_name = "Điện lực Khánh Hòa";
    s.created_at = kT0;
    s.submitted_at = kT0 + 60;
    s.deadline = kT0 + 7 * 86400;
    s.overdue = true;
    s.is_published = false;
    s.channel = "web";
    return s;
}

inline ReporterInfo reporter() {
    return ReporterInfo{"Nguyễn Diệp Chi", "0336132396", "chi@example.vn", "056191653264", false, false};
}

inline UnitRef unit_ref() {
    return UnitRef{4, "Điện lực Khánh Hòa"};
}

inline ProposedDeadline proposed_deadline() {
    return ProposedDeadline{Priority::urgent, kT0 + 2 * 86400};
}

inline RatingInfo rating() {
    return RatingInfo{SatisfactionLevel::not_satisfied, "Chưa sửa xong", kT0 + 9 * 86400};
}

inline ResultInfo result() {
    return ResultInfo{"Đã thay bóng đèn.", {attachment(3)}, kT0 + 8 * 86400};
}

inline Event event(std::int64_t id) {
    Event e;
    e.id = id;
    e.action = Action::assign;
    e.from_status = Status::accepted;
    e.to_status = Status::assigned;
    e.actor_name = "Phạm Thị Hoa";
    e.actor_role = Role::dispatcher;
    e.note = "Chuyển Điện lực xử lý";
    e.payload = nlohmann::json::parse(R"({"unit_id": 4, "co_unit_ids": [5, 6], "deadline": "2026-12-05T17:00:00+07:00",
                                          "ratio": 0.25, "nested": {"ok": true, "none": null}})");
    e.created_at = kT0 + 3600;
    e.internal = false;
    return e;
}

inline ReportDetail detail() {
    ReportDetail d;
    static_cast<ReportSummary&>(d) = summary();
    d.content = "Đèn đường trước số 10 Trần Phú bị hỏng.\nĐã ba ngày.";
    d.address = "10 Trần Phú";
    d.lat = 12.238791;
    d.lon = 109.196749;
    d.is_public = true;
    d.attachments = {attachment(1), attachment(2)};
    d.reporter = reporter();
    d.events = {event(1), event(2)};
    d.allowed_actions = {Action::progress_note, Action::return_, Action::propose_result};
    d.extension_pending = true;
    d.reconsideration_pending = true;
    d.reconsideration_requested = true;
    d.followers = 11;
    d.following = true;
    d.rating = rating();
    d.result = result();
    d.lead_unit = unit_ref();
    d.co_units = {UnitRef{5, "UBND Phường Nha Trang"}, UnitRef{6, "Công ty Đô thị"}};
    d.priority = Priority::urgent;
    d.time_left = "Quá hạn 1 ngày 2 giờ";
    d.time_left_level = TimeLeftLevel::overdue;
    d.proposed_deadlines = {ProposedDeadline{Priority::normal, kT0 + 10 * 86400}, proposed_deadline()};
    d.updated_at = kT0 + 9 * 86400;
    d.version = 12;
    return d;
}

inline ActionForm action_form() {
    ActionForm action;
    action.action = "assign";
    action.params.note = "Chuyển xử lý";
    action.params.reason_code = "duplicate";
    action.params.duplicate_of = "PAKN-2026-000001";
    action.params.unit_id = 4;
    action.params.co_unit_ids = {5, 6};
    action.params.deadline = kT0 + 86400;
    action.params.result_text = "Kết quả";
    action.params.rating = "satisfied";
    return action;
}

inline LookupResult lookup_result() {
    return LookupResult{"PAKN-2026-000123", Status::resolved, "Đã có kết quả", kT0,
                        kT0 + 100,          kT0 + 200,        "Điện lực",      "Phường Nha Trang"};
}

inline PublicReport public_report() {
    PublicReport pub;
    pub.id = 1;
    pub.code = "PAKN-2026-000001";
    pub.title = "Ổ gà";
    pub.content = "Ổ gà lớn";
    pub.address = "Đường 23/10";
    pub.commune_code = "22390";
    pub.commune_name = "Phường Tây Nha Trang";
    pub.category_code = "giao_thong";
    pub.category_name = "Giao thông";
    pub.lat = 12.25;
    pub.lon = 109.15;
    pub.status = Status::closed;
    pub.reporter_name = "Nguyễn D. C.";
    pub.submitted_at = kT0;
    pub.unit_name = "Sở Xây dựng";
    pub.attachments = {attachment(8)};
    pub.result = ResultInfo{"Đã vá", {}, kT0 + 5};
    pub.rating = SatisfactionLevel::very_satisfied;
    return pub;
}

inline StatsTotals stats_totals() {
    return StatsTotals{1200, 1100, 0.93, 0.875, 31.5};
}

inline StatRow stat_row() {
    return StatRow{"giao_thong", "Giao thông", 300, 280, 0.9, 20.25};
}

inline Stats stats() {
    Stats s;
    s.totals = stats_totals();
    s.by_status = {StatRow{"resolved", "Đã có kết quả", 1000, std::nullopt, std::nullopt, std::nullopt}};
    s.by_category = {stat_row()};
    s.by_unit = {StatRow{"4", "Điện lực Khánh Hòa", 80, 79, 1.0, 4.0}};
    s.by_commune = {StatRow{"22366", "Phường Nha Trang", 10, 9, std::nullopt, std::nullopt}};
    s.by_month = {StatRow{"2026-03", "Tháng 3/2026", 100, 90, 0.1, 1e-3}};
    s.satisfaction = {StatRow{"satisfied", "Hài lòng", 500, std::nullopt, std::nullopt, std::nullopt}};
    return s;
}

inline SlaFigure sla_figure() {
    return SlaFigure{3, SlaUnit::working_days};
}

inline Category category() {
    Category cat;
    cat.id = 3;
    cat.code = "giao_thong";
    cat.name = "Giao thông";
    cat.group = "urban_incident";
    cat.default_unit_id = 9;
    cat.default_unit_name = "Sở Xây dựng";
    cat.sla.resolve_normal = sla_figure();
    cat.sla.classify_and_assign = SlaFigure{4, SlaUnit::working_hours};
    cat.active = false;
    return cat;
}

inline Commune commune() {
    return to_commune(*find_commune("22736"));
}

inline Unit unit() {
    return Unit{
        4,       "dien_luc_kh", "Điện lực Khánh Hòa", "company", "11 Lý Thánh Tôn", "1900 1909", "cskh@kh.evn.vn",
        "22366", true};
}

inline Announcement announcement() {
    return Announcement{2, "Lễ hội", "Tóm tắt", "Nội dung", "event", true, kT0, kT0 - 10};
}

inline HolidayEntry holiday_entry() {
    return HolidayEntry{11, Date{2026, 9, 1}, "Nghỉ Quốc khánh", "add"};
}

inline Officer officer() {
    return Officer{
        7,  "cb.tiepnhan01", "Phạm Thị Hoa", 1, "Trung tâm", "dispatcher", "0905123456", "hoa@khanhhoa.gov.vn", false,
        kT0};
}

inline AnnouncementForm announcement_form() {
    return AnnouncementForm{"Lễ hội", "Tóm tắt", "Nội dung", "event", true};
}

inline UnitForm unit_form() {
    return UnitForm{"ubnd_nt",       "UBND Phường Nha Trang", "commune", "Nha Trang",
                    "0258 3822 123", "ubnd@khanhhoa.gov.vn",  "22366"};
}

inline OfficerForm officer_form() {
    return OfficerForm{"cb01", "Phạm Thị Hoa", 1, "handler", "0905123456", "hoa@x.vn"};
}

inline CategoryForm category_form() {
    CategoryForm cf;
    cf.code = "y_te";
    cf.name = "Y tế";
    cf.group = "sector";
    cf.default_unit_id = 12;
    cf.sla.resolve_urgent = SlaFigure{2, SlaUnit::working_hours};
    cf.sla.resolve_complex = SlaFigure{20, SlaUnit::working_days};
    cf.sla.start_work = SlaFigure{1, SlaUnit::working_days};
    return cf;
}

inline HolidayForm holiday_form() {
    return HolidayForm{"2026-09-01", "Nghỉ", "add"};
}

inline Page<ReportSummary> summary_page() {
    Page<ReportSummary> page;
    page.total = 57;
    page.page = 3;
    page.page_size = 20;
    page.items = {summary(), summary()};
    page.items[1].id = 124;
    page.items[1].submitted_at.reset();
    return page;
}

// [SECTION] the action body, the account summary, uploads, live events

inline ActionRequestBody action_request_body() {
    ActionRequestBody b;
    b.form = action_form();
    b.priority = "urgent";
    b.attachment_ids = {31, 32};
    b.version = 12;
    return b;
}

inline MeSummary me_summary() {
    return MeSummary{5, 12, 3};
}
inline UploadStartRequest upload_start_request() {
    return UploadStartRequest{"biên bản hiện trường.pdf", 9437184};
}
inline UploadStartResponse upload_start_response() {
    return UploadStartResponse{"upl_7f3a", 4194304};
}
inline UploadProgress upload_progress() {
    return UploadProgress{4194304};
}

// A report changed (kind "report").
inline LiveEvent live_report_event() {
    LiveEvent e;
    e.kind = "report";
    e.report_id = 123;
    e.code = "PAKN-2026-000123";
    e.title = "Đèn đường hỏng";
    e.action = "assign";
    e.status = Status::assigned;
    e.unit_id = 4;
    e.at = kT0 + 60;
    return e;
}

// A notification arrived (kind "notification").
inline LiveEvent live_notification_event() {
    LiveEvent e;
    e.kind = "notification";
    e.report_id = 123;
    e.notification_id = 88;
    e.unread = 3;
    e.at = kT0 + 120;
    return e;
}

// [SECTION] the unit dashboard

inline DashboardMonth dashboard_month() {
    return DashboardMonth{"2026-11", 3, 2, 2.0 / 3.0};
}

inline DashboardCategory dashboard_category() {
    return DashboardCategory{"xay_dung", "Xây dựng", 8, 3, 1, 4};
}

inline UnitDashboard unit_dashboard() {
    UnitDashboard d;
    d.scope = "unit";
    d.unit_id = 4;
    d.unit_name = "Sở Xây dựng";
    d.total = 12;
    d.open = 5;
    d.overdue = 2;
    d.within_deadline = 3;
    d.by_status = {StatRow{"submitted", "Chờ tiếp nhận", 0, {}, {}, {}},
                   StatRow{"in_progress", "Đang xử lý", 5, {}, {}, {}}};
    d.this_month = dashboard_month();
    d.last_month = DashboardMonth{"2026-10", 0, 0, std::nullopt};
    // "" is the category of reports nobody classified yet.
    d.by_category = {dashboard_category(), DashboardCategory{"", "", 4, 2, 1, 1}};
    d.period = DashboardPeriod{"2026-11-01", "2026-11-28", 9, 3, 2, 2.0 / 3.0};
    // Officer 0: the reports nobody was given yet; no answers, no rate.
    d.by_handler = {DashboardHandlerRow{21, "Lê Văn Xử Lý", 3, 1, 3, 2, 2.0 / 3.0},
                    DashboardHandlerRow{0, "", 2, 1, 0, 0, std::nullopt}};
    d.generated_at = kT0;
    return d;
}

// [SECTION] the map and the administration

inline MapCommune map_commune() {
    return MapCommune{"22333", "Phường Bắc Nha Trang", 120, 97};
}

inline MapPoint map_point() {
    MapPoint p;
    p.report_id = 17;
    p.code = "PAKN-2026-000017";
    p.lat = 12.24567;
    p.lon = 109.19432;
    p.status = Status::closed;
    p.category_code = "su_co_giao_thong";
    p.title = "Ổ gà lớn trên đường Trần Phú";
    return p;
}

inline MapData map_data() {
    MapData m;
    m.credit = std::string(kDefaultMapCredit);
    m.shapes = R"({"format":"pakn-map-1","features":[]})";
    m.communes = {map_commune(), MapCommune{"22366", "Phường Nha Trang", 0, 0}};
    m.points = {map_point()};
    return m;
}

inline IssuedPassword issued_password() {
    Officer o;
    o.id = 9;
    o.username = "so-xd.canbo";
    o.full_name = "Trần Văn Bình";
    o.unit_id = 4;
    o.unit_name = "Sở Xây dựng";
    o.role = "handler";
    return IssuedPassword{o, "abcDEFghiJ42"};
}

inline HolidayYear holiday_year() {
    HolidayYear y;
    y.year = 2026;
    y.days = {HolidayEntry{std::nullopt, {2026, 2, 17}, "Tết Nguyên Đán", "tet"}};
    y.corrections = {HolidayEntry{3, {2026, 1, 2}, "Nghỉ thêm", "add"},
                     HolidayEntry{4, {2026, 2, 21}, "", "working_day"}};
    return y;
}

inline WorkSessionText work_session() {
    return WorkSessionText{"07:00", "11:30"};
}

inline SettingsForm settings_form() {
    SettingsForm f = default_settings();
    f.rating_window_days = 45;
    f.working_weekdays.push_back(6);
    return f;
}

}  // namespace dto_samples
