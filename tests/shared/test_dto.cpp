// pakn/dto.h: the JSON contract. Every DTO survives encode -> decode
// unchanged; every malformed body is refused with a stable code.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"
#include "pakn/messages.h"

using namespace pakn;
using nlohmann::json;

namespace {

// 2026-11-28T09:30:00+07:00
constexpr UnixSeconds kT0 = 1795833000;

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

AttachmentInfo sample_attachment(std::int64_t id) {
    return AttachmentInfo{id, "image/jpeg", 123456, std::string(64, 'a'), "đèn hỏng.jpg", "image"};
}

Account sample_account() {
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

Account sample_officer_account() {
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

ReportSummary sample_summary() {
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

Event sample_event(std::int64_t id) {
    Event e;
    e.id = id;
    e.action = Action::assign;
    e.from_status = Status::accepted;
    e.to_status = Status::assigned;
    e.actor_name = "Phạm Thị Hoa";
    e.actor_role = Role::dispatcher;
    e.note = "Chuyển Điện lực xử lý";
    e.payload = json::parse(R"({"unit_id": 4, "co_unit_ids": [5, 6], "deadline": "2026-12-05T17:00:00+07:00",
                                "ratio": 0.25, "nested": {"ok": true, "none": null}})");
    e.created_at = kT0 + 3600;
    e.internal = false;
    return e;
}

ReportDetail sample_detail() {
    ReportDetail d;
    static_cast<ReportSummary&>(d) = sample_summary();
    d.content = "Đèn đường trước số 10 Trần Phú bị hỏng.\nĐã ba ngày.";
    d.address = "10 Trần Phú";
    d.lat = 12.238791;
    d.lon = 109.196749;
    d.is_public = true;
    d.attachments = {sample_attachment(1), sample_attachment(2)};
    d.reporter = ReporterInfo{"Nguyễn Diệp Chi", "0336132396", "chi@example.vn", "056191653264", false, false};
    d.events = {sample_event(1), sample_event(2)};
    d.allowed_actions = {Action::progress_note, Action::return_, Action::propose_result};
    d.extension_pending = true;
    d.rating = RatingInfo{SatisfactionLevel::not_satisfied, "Chưa sửa xong", kT0 + 9 * 86400};
    d.result = ResultInfo{"Đã thay bóng đèn.", {sample_attachment(3)}, kT0 + 8 * 86400};
    d.lead_unit = UnitRef{4, "Điện lực Khánh Hòa"};
    d.co_units = {UnitRef{5, "UBND Phường Nha Trang"}, UnitRef{6, "Công ty Đô thị"}};
    d.priority = Priority::urgent;
    d.time_left = "Quá hạn 1 ngày 2 giờ";
    d.time_left_level = TimeLeftLevel::overdue;
    d.proposed_deadlines = {ProposedDeadline{Priority::normal, kT0 + 10 * 86400},
                            ProposedDeadline{Priority::urgent, kT0 + 2 * 86400}};
    d.updated_at = kT0 + 9 * 86400;
    return d;
}

ReportForm sample_report_form() {
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

}  // namespace

// [SECTION] round trips

TEST_CASE("dto: every DTO survives encode -> decode (filled in)") {
    check_round_trip(ErrorBody{"validation_failed",
                               "Thông tin chưa hợp lệ",
                               {field_error("phone", "invalid_phone"), field_error("", "invalid_json")}},
                     "ErrorBody");
    check_round_trip(Health{"ok", "0.1.0", 7, "ok"}, "Health");
    check_round_trip(Captcha{"cap_1", "3 + 1 = ?", "", "", std::nullopt, std::nullopt}, "Captcha");
    check_round_trip(Captcha{"t1", "Viết số “mười hai” bằng chữ số.", "text", "", std::nullopt, std::nullopt},
                     "Captcha (text)");
    check_round_trip(Captcha{"i1", "Nhập các ký tự trong ảnh", "image", "/api/v1/captcha/i1.png", 200, 70},
                     "Captcha (image)");

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
    check_round_trip(reg, "RegisterRequest");
    check_round_trip(LoginForm{"public", "056191653264", "pw", "c", "4"}, "LoginRequest");
    check_round_trip(OtpForm{"reg_1", "", "123456"}, "VerifyRequest");
    check_round_trip(ResendOtpForm{"", "rst_1"}, "ResendRequest");
    check_round_trip(ForgotPasswordForm{"0336132396", "c", "4"}, "ForgotRequest");
    check_round_trip(ResetPasswordForm{"rst_1", "123456", "Moi2026abc", ""}, "ResetRequest");
    check_round_trip(ChangePasswordForm{"Cu2024xyz", "Moi2026abc", ""}, "ChangePasswordRequest");
    check_round_trip(DeleteAccountForm{"pw"}, "DeleteAccountRequest");
    check_round_trip(RegisterResponse{"reg_1", "0336*396**", 60}, "RegisterResponse");
    check_round_trip(ForgotResponse{"rst_1", "0336*396**", 45}, "ForgotResponse");
    check_round_trip(ResendResponse{"0336*396**", 60}, "ResendResponse");
    check_round_trip(sample_account(), "Account (citizen)");
    check_round_trip(sample_officer_account(), "Account (officer)");
    check_round_trip(LoginResponse{sample_account(), "csrf-abc"}, "LoginResponse");
    check_round_trip(ProfilePatch{"Chi", "", std::nullopt, "22333", std::nullopt}, "ProfilePatch");
    check_round_trip(Notification{9, "result", "Đã có kết quả", "Phản ánh PAKN-2026-000123 đã có kết quả", 123,
                                  "PAKN-2026-000123", kT0, true},
                     "Notification");
    check_round_trip(sample_attachment(5), "AttachmentInfo");
    check_round_trip(sample_report_form(), "ReportRequest");
    check_round_trip(ReportCreated{123, "PAKN-2026-000123", Status::submitted}, "ReportCreated");
    check_round_trip(sample_summary(), "ReportSummary");
    check_round_trip(sample_detail(), "ReportDetail");
    check_round_trip(sample_event(3), "Event");

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
    check_round_trip(action, "ActionRequest");

    check_round_trip(LookupResult{"PAKN-2026-000123", Status::resolved, "Đã có kết quả", kT0, kT0 + 100, kT0 + 200,
                                  "Điện lực", "Phường Nha Trang"},
                     "LookupResult");

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
    pub.attachments = {sample_attachment(8)};
    pub.result = ResultInfo{"Đã vá", {}, kT0 + 5};
    pub.rating = SatisfactionLevel::very_satisfied;
    check_round_trip(pub, "PublicReport");

    Stats stats;
    stats.totals = StatsTotals{1200, 1100, 0.93, 0.875, 31.5};
    stats.by_status = {StatRow{"resolved", "Đã có kết quả", 1000, std::nullopt, std::nullopt, std::nullopt}};
    stats.by_category = {StatRow{"giao_thong", "Giao thông", 300, 280, 0.9, 20.25}};
    stats.by_unit = {StatRow{"4", "Điện lực Khánh Hòa", 80, 79, 1.0, 4.0}};
    stats.by_commune = {StatRow{"22366", "Phường Nha Trang", 10, 9, std::nullopt, std::nullopt}};
    stats.by_month = {StatRow{"2026-03", "Tháng 3/2026", 100, 90, 0.1, 1e-3}};
    stats.satisfaction = {StatRow{"satisfied", "Hài lòng", 500, std::nullopt, std::nullopt, std::nullopt}};
    check_round_trip(stats, "Stats");

    Category cat;
    cat.id = 3;
    cat.code = "giao_thong";
    cat.name = "Giao thông";
    cat.group = "urban_incident";
    cat.default_unit_id = 9;
    cat.default_unit_name = "Sở Xây dựng";
    cat.sla.resolve_normal = SlaFigure{3, SlaUnit::working_days};
    cat.sla.classify_and_assign = SlaFigure{4, SlaUnit::working_hours};
    cat.active = false;
    check_round_trip(cat, "Category");
    check_round_trip(to_commune(*find_commune("22736")), "Commune");
    check_round_trip(Unit{4, "dien_luc_kh", "Điện lực Khánh Hòa", "company", "11 Lý Thánh Tôn", "1900 1909",
                          "cskh@kh.evn.vn", "22366", true},
                     "Unit");
    check_round_trip(Announcement{2, "Lễ hội", "Tóm tắt", "Nội dung", "event", true, kT0, kT0 - 10}, "Announcement");
    check_round_trip(HolidayEntry{11, Date{2026, 9, 1}, "Nghỉ Quốc khánh", "add"}, "HolidayEntry");
    check_round_trip(Officer{7, "cb.tiepnhan01", "Phạm Thị Hoa", 1, "Trung tâm", "dispatcher", "0905123456",
                             "hoa@khanhhoa.gov.vn", false, kT0},
                     "Officer");
    check_round_trip(AnnouncementForm{"Lễ hội", "Tóm tắt", "Nội dung", "event", true}, "AnnouncementRequest");
    check_round_trip(UnitForm{"ubnd_nt", "UBND Phường Nha Trang", "commune", "Nha Trang", "0258 3822 123",
                              "ubnd@khanhhoa.gov.vn", "22366"},
                     "UnitRequest");
    check_round_trip(OfficerForm{"cb01", "Phạm Thị Hoa", 1, "handler", "0905123456", "hoa@x.vn"}, "OfficerRequest");
    CategoryForm cf;
    cf.code = "y_te";
    cf.name = "Y tế";
    cf.group = "sector";
    cf.default_unit_id = 12;
    cf.sla.resolve_urgent = SlaFigure{2, SlaUnit::working_hours};
    cf.sla.resolve_complex = SlaFigure{20, SlaUnit::working_days};
    cf.sla.start_work = SlaFigure{1, SlaUnit::working_days};
    check_round_trip(cf, "CategoryRequest");
    check_round_trip(HolidayForm{"2026-09-01", "Nghỉ", "add"}, "HolidayRequest");

    Page<ReportSummary> page;
    page.total = 57;
    page.page = 3;
    page.page_size = 20;
    page.items = {sample_summary(), sample_summary()};
    page.items[1].id = 124;
    page.items[1].submitted_at.reset();
    check_round_trip(page, "Page<ReportSummary>");
    check_round_trip(Page<PublicReport>{1, 1, 20, {pub}}, "Page<PublicReport>");
    check_round_trip(Page<Notification>{0, 1, 20, {}}, "Page<Notification> (empty)");
}

TEST_CASE("dto: every DTO survives encode -> decode (defaults)") {
    check_round_trip(ErrorBody{}, "ErrorBody");
    check_round_trip(Health{}, "Health");
    check_round_trip(Captcha{}, "Captcha");
    check_round_trip(RegisterForm{}, "RegisterRequest");
    check_round_trip(LoginForm{}, "LoginRequest");
    check_round_trip(OtpForm{}, "VerifyRequest");
    check_round_trip(ResendOtpForm{}, "ResendRequest");
    check_round_trip(ForgotPasswordForm{}, "ForgotRequest");
    check_round_trip(ResetPasswordForm{}, "ResetRequest");
    check_round_trip(ChangePasswordForm{}, "ChangePasswordRequest");
    check_round_trip(DeleteAccountForm{}, "DeleteAccountRequest");
    check_round_trip(RegisterResponse{}, "RegisterResponse");
    check_round_trip(ForgotResponse{}, "ForgotResponse");
    check_round_trip(ResendResponse{}, "ResendResponse");
    check_round_trip(Account{}, "Account");
    check_round_trip(LoginResponse{}, "LoginResponse");
    check_round_trip(ProfilePatch{}, "ProfilePatch");
    check_round_trip(Notification{}, "Notification");
    check_round_trip(AttachmentInfo{}, "AttachmentInfo");
    check_round_trip(ReportForm{}, "ReportRequest");
    check_round_trip(ReportCreated{}, "ReportCreated");
    check_round_trip(ReportSummary{}, "ReportSummary");
    check_round_trip(ReportDetail{}, "ReportDetail");
    check_round_trip(Event{}, "Event");
    check_round_trip(ActionForm{}, "ActionRequest");
    check_round_trip(LookupResult{}, "LookupResult");
    check_round_trip(PublicReport{}, "PublicReport");
    check_round_trip(Stats{}, "Stats");
    check_round_trip(Category{}, "Category");
    check_round_trip(Commune{}, "Commune");
    check_round_trip(Unit{}, "Unit");
    check_round_trip(Announcement{}, "Announcement");
    check_round_trip(HolidayEntry{}, "HolidayEntry");
    check_round_trip(Officer{}, "Officer");
    check_round_trip(AnnouncementForm{}, "AnnouncementRequest");
    check_round_trip(UnitForm{}, "UnitRequest");
    check_round_trip(OfficerForm{}, "OfficerRequest");
    check_round_trip(CategoryForm{}, "CategoryRequest");
    check_round_trip(HolidayForm{}, "HolidayRequest");
    check_round_trip(Page<Event>{}, "Page<Event>");
}

// [SECTION] the wire as api.md shows it

TEST_CASE("dto: the error body of api.md") {
    const ApiError e = validation_failed({field_error("phone", "invalid_phone")});
    CHECK(encode_error(e) ==
          R"({"error":{"code":"validation_failed","fields":[{"code":"invalid_phone","field":"phone",)"
          R"("message":"Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 0 hoặc +84"}],)"
          R"("message":"Thông tin chưa hợp lệ"}})");
    CHECK(encode_error(api_error(404, "not_found")) ==
          R"({"error":{"code":"not_found","fields":[],"message":"Không tìm thấy nội dung yêu cầu"}})");
    const ErrorBody b = error_body(e);
    CHECK(b.code == "validation_failed");
    CHECK(b.fields.size() == 1);

    const ApiError f = decode_failure({field_error("", "invalid_json")});
    CHECK(f.status == 400);
    CHECK(f.code == "malformed_request");
    CHECK(f.fields.size() == 1);
}

TEST_CASE("dto: what a few bodies look like on the wire") {
    // Empty strings and unset optionals are left out; times are ISO 8601 in Vietnam time.
    ReportSummary s;
    s.id = 5;
    s.code = "PAKN-2026-000005";
    s.title = "Ổ gà";
    s.status = Status::submitted;
    s.created_at = kT0;
    CHECK(encode(s) == R"({"code":"PAKN-2026-000005","created_at":"2026-11-28T09:30:00+07:00","id":5,)"
                       R"("is_published":false,"overdue":false,"status":"submitted","title":"Ổ gà"})");

    ActionForm a;
    a.action = "request_extension";
    a.params.deadline = kT0;
    a.params.note = "Cần thêm thời gian";
    CHECK(encode(a) == R"({"action":"request_extension","co_unit_ids":[],"deadline":"2026-11-28T09:30:00+07:00",)"
                       R"("note":"Cần thêm thời gian"})");

    // Client-only confirmation boxes never travel.
    RegisterForm r;
    r.password = "x1";
    r.password_confirm = "x1";
    CHECK(encode(r) == R"({"password":"x1"})");

    // Encoding never throws, even on bytes that are not UTF-8.
    Health h{"o\xFFk", "", std::nullopt, ""};
    CHECK(encode(h) == "{\"status\":\"o\xEF\xBF\xBDk\"}");
}

TEST_CASE("dto: accepted spellings on input") {
    // Any offset is accepted for times; the instant is what counts.
    const auto n = decode<Notification>(R"({"id":1,"kind":"k","title":"t","created_at":"2026-11-28T02:30:00Z"})");
    REQUIRE(n.ok());
    CHECK(n.value.created_at == kT0);
    // null is "not given", like an absent key.
    const auto p = decode<ProfilePatch>(R"({"full_name":null,"email":""})");
    REQUIRE(p.ok());
    CHECK_FALSE(p.value.full_name.has_value());
    CHECK(p.value.email == std::optional<std::string>(""));
    // Integers are fine where a double belongs.
    const auto rf = decode<ReportForm>(R"({"lat":12,"lon":109})");
    REQUIRE(rf.ok());
    CHECK(rf.value.lat == 12.0);
    // White space and a byte-order mark around the body.
    CHECK(decode<Health>(" \n {\"status\":\"ok\"} \n").ok());
    CHECK(decode<Health>("\xEF\xBB\xBF{\"status\":\"ok\"}").ok());
    // An escaped NUL is a valid JSON string; the form validators refuse it.
    const auto t = decode<ReportForm>(R"({"title":"a\u0000b"})");
    REQUIRE(t.ok());
    CHECK(t.value.title == std::string("a\0b", 3));
    CHECK(error_code_for(validate(t.value), "title") == "control_characters");
    // Large but valid numbers.
    const auto big =
        decode<AttachmentInfo>(R"({"id":9223372036854775807,"mime":"m","size":-9223372036854775808,"sha256":""})");
    REQUIRE(big.ok());
    CHECK(big.value.id == INT64_MAX);
    CHECK(big.value.size == INT64_MIN);
}

TEST_CASE("dto: profile patch and reference helpers") {
    const Account a = sample_account();
    ProfileForm f = profile_of(a);
    CHECK(f.full_name == a.full_name);
    CHECK(f.phone == a.phone);
    f = apply_patch(f, ProfilePatch{std::nullopt, "", "Cam Ranh", std::nullopt, std::nullopt});
    CHECK(f.full_name == a.full_name);  // absent: unchanged
    CHECK(f.email.empty());             // "": cleared
    CHECK(f.address == "Cam Ranh");

    const Commune c = to_commune(*find_commune("22333"));
    CHECK(c.code == "22333");
    CHECK(c.name == "Phường Bắc Nha Trang");
    CHECK(c.kind == "phuong");

    const HolidayEntry h = to_holiday_entry(Holiday{Date{2026, 2, 17}, HolidayKind::tet, "Tết Nguyên Đán"});
    CHECK(h.kind == "tet");
    CHECK(encode(h) == R"({"date":"2026-02-17","kind":"tet","name":"Tết Nguyên Đán"})");
    CHECK(holiday_kind_code(HolidayKind::compensatory) == "compensatory");
}

// [SECTION] refusals

namespace {

template <typename T>
FieldErrors errors_of(std::string_view body) {
    return decode<T>(body).errors;
}

std::string nested_arrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

std::string nested_objects(std::size_t depth) {
    std::string s;
    for (std::size_t i = 0; i < depth; ++i)
        s += R"({"a":)";
    return s + "1" + std::string(depth, '}');
}

}  // namespace

TEST_CASE("dto: malformed bodies are refused with a stable code") {
    struct Row {
        std::string_view name;
        std::string body;
        std::function<FieldErrors(std::string_view)> decode_as;
        std::string_view field, code;  // first error expected ("" code: decodes fine)
    };
    const auto health = errors_of<Health>;
    const auto captcha = errors_of<Captcha>;
    const auto report = errors_of<ReportForm>;
    const auto created = errors_of<ReportCreated>;
    const auto login = errors_of<LoginResponse>;
    const auto detail = errors_of<ReportDetail>;
    const auto event = errors_of<Event>;
    const auto attachment = errors_of<AttachmentInfo>;
    const auto page = errors_of<Page<UnitRef>>;
    const std::string event_head = R"({"id":1,"action":"comment","created_at":"2026-11-28T09:30:00+07:00","payload":)";
    // name | body | DTO | field | code
    const std::vector<Row> rows = {
        {"empty body", "", health, "", "invalid_json"},
        {"only spaces", "   ", health, "", "invalid_json"},
        {"truncated", R"({"status":"ok")", health, "", "invalid_json"},
        {"trailing garbage", R"({"status":"ok"} x)", health, "", "invalid_json"},
        {"two documents", R"({"status":"ok"}{})", health, "", "invalid_json"},
        {"single quotes", R"({'status':'ok'})", health, "", "invalid_json"},
        {"trailing comma", R"({"status":"ok",})", health, "", "invalid_json"},
        {"comment", R"({"status":"ok" /* hi */})", health, "", "invalid_json"},
        {"raw newline in a string", "{\"status\":\"o\nk\"}", health, "", "invalid_json"},
        {"NaN literal", R"({"lat":NaN,"lon":1})", report, "", "invalid_json"},
        {"number overflowing a double", R"({"lat":1e400,"lon":1})", report, "", "invalid_json"},
        {"lone surrogate escape", R"({"title":"\ud800"})", report, "", "invalid_json"},
        {"invalid UTF-8 in a string", "{\"title\":\"\xC3\"}", report, "", "invalid_utf8"},
        {"overlong UTF-8", "{\"title\":\"\xC0\xAF\"}", report, "", "invalid_utf8"},
        {"UTF-8 surrogate", "{\"title\":\"\xED\xA0\x80\"}", report, "", "invalid_utf8"},
        {"invalid UTF-8 in a key", "{\"\xFF\":1}", report, "", "invalid_utf8"},
        {"Latin-1 body", "{\"title\":\"\xD0\xE8n\"}", report, "", "invalid_utf8"},
        {"array body", "[]", health, "", "malformed_request"},
        {"string body", R"("ok")", health, "", "malformed_request"},
        {"number body", "42", health, "", "malformed_request"},
        {"null body", "null", health, "", "malformed_request"},
        {"nesting 33 deep", R"({"x":)" + nested_arrays(32) + "}", health, "", "json_too_deep"},
        {"nesting 100000 deep", std::string(100000, '['), health, "", "json_too_deep"},
        {"brackets inside strings do not nest", R"({"status":")" + std::string(100, '[') + R"("})", health, "", ""},
        {"payload 32 deep is fine", event_head + nested_objects(31) + "}", event, "", ""},
        {"payload 33 deep", event_head + nested_objects(32) + "}", event, "", "json_too_deep"},
        {"duplicate key", R"({"status":"ok","status":"down"})", health, "status", "duplicate_field"},
        {"duplicate key, same value", R"({"status":"ok","status":"ok"})", health, "status", "duplicate_field"},
        {"duplicate key inside a nested object",
         R"({"csrf_token":"c","account":{"id":1,"id":2,"kind":"k","login":"l","full_name":"f",)"
         R"("created_at":"2026-01-01"}})",
         login, "id", "duplicate_field"},
        {"same key in sibling objects is fine",
         R"({"total":2,"page":1,"page_size":20,)"
         R"("items":[{"id":1,"name":"a"},{"id":2,"name":"b"}]})",
         page, "", ""},
        {"missing required field", R"({"question":"1 + 1 = ?"})", captcha, "id", "missing_field"},
        {"required field null", R"({"id":null,"question":"q"})", captcha, "id", "missing_field"},
        {"unknown field", R"({"status":"ok","extra":1})", health, "extra", "unknown_field"},
        {"unknown field even when null", R"({"status":"ok","extra":null})", health, "extra", "unknown_field"},
        {"client-only field", R"({"password_confirm":"x"})", errors_of<RegisterForm>, "password_confirm",
         "unknown_field"},
        {"case matters in keys", R"({"Status":"ok","status":"ok"})", health, "Status", "unknown_field"},
        {"number for a string", R"({"login":56191653264})", errors_of<LoginForm>, "login", "wrong_type"},
        {"string for a number", R"({"id":"1","code":"c","status":"draft"})", created, "id", "wrong_type"},
        {"fraction for an id", R"({"id":1.5,"code":"c","status":"draft"})", created, "id", "wrong_type"},
        {"1.0 for an id", R"({"id":1.0,"code":"c","status":"draft"})", created, "id", "wrong_type"},
        {"1 for a boolean", R"({"submit":1})", report, "submit", "wrong_type"},
        {"\"true\" for a boolean", R"({"is_public":"true"})", report, "is_public", "wrong_type"},
        {"string for a double", R"({"lat":"12.2"})", report, "lat", "wrong_type"},
        {"object for a string", R"({"title":{}})", report, "title", "wrong_type"},
        {"id just beyond int64", R"({"id":9223372036854775808,"code":"c","status":"draft"})", created, "id",
         "number_out_of_range"},
        {"id beyond uint64", R"({"id":100000000000000000000000,"code":"c","status":"draft"})", created, "id",
         "number_out_of_range"},
        {"id below int64", R"({"id":-9223372036854775809,"code":"c","status":"draft"})", created, "id",
         "number_out_of_range"},
        {"list where a list of ids belongs", R"({"attachment_ids":"1,2"})", report, "attachment_ids", "wrong_type"},
        {"string inside a list of ids", R"({"attachment_ids":[1,"2"]})", report, "attachment_ids[1]", "wrong_type"},
        {"status not a status", R"({"id":1,"code":"c","status":"open"})", created, "status", "invalid_status"},
        {"status with capitals", R"({"id":1,"code":"c","status":"Draft"})", created, "status", "invalid_status"},
        {"time without offset", R"({"id":1,"kind":"k","title":"t","created_at":"2026-11-28T09:30:00"})",
         errors_of<Notification>, "created_at", "invalid_datetime"},
        {"time impossible", R"({"id":1,"kind":"k","title":"t","created_at":"2026-02-30T09:30:00+07:00"})",
         errors_of<Notification>, "created_at", "invalid_datetime"},
        {"time as a number", R"({"id":1,"kind":"k","title":"t","created_at":1795833000})", errors_of<Notification>,
         "created_at", "wrong_type"},
        {"time before year 1 in Vietnam", R"({"id":1,"kind":"k","title":"t","created_at":"0001-01-01T00:00:00+14:00"})",
         errors_of<Notification>, "created_at", "invalid_datetime"},
        {"date not a date", R"({"date":"2026-9-1","kind":"add"})", errors_of<HolidayEntry>, "date", "invalid_date"},
        {"deadline of an action not ISO", R"({"action":"assign","deadline":"tomorrow"})", errors_of<ActionForm>,
         "deadline", "invalid_datetime"},
        {"nested object of the wrong type", R"({"account":[],"csrf_token":"c"})", login, "account", "wrong_type"},
        {"nested required field missing", R"({"account":{"id":1},"csrf_token":"c"})", login, "account.kind",
         "missing_field"},
        {"nested unknown field",
         R"({"account":{"id":1,"kind":"k","login":"l","full_name":"f","created_at":"2026-01-01","x":0},)"
         R"("csrf_token":"c"})",
         login, "account.x", "unknown_field"},
        {"list element of the wrong type", R"({"total":1,"page":1,"page_size":20,"items":[3]})", page, "items[0]",
         "wrong_type"},
        {"list element missing a field", R"({"total":1,"page":1,"page_size":20,"items":[{"id":1}]})", page,
         "items[0].name", "missing_field"},
        {"items missing", R"({"total":0,"page":1,"page_size":20})", page, "items", "missing_field"},
        {"action unknown in allowed_actions",
         R"({"id":1,"code":"c","title":"t","status":"draft","created_at":"2026-01-01","allowed_actions":["fly"]})",
         detail, "allowed_actions[0]", "unknown_action"},
        {"event action unknown", R"({"id":1,"action":"fly","created_at":"2026-01-01"})", event, "action",
         "unknown_action"},
        {"event role unknown", R"({"id":1,"action":"comment","actor_role":"mayor","created_at":"2026-01-01"})", event,
         "actor_role", "invalid_role"},
        {"payload not an object", event_head + "[]}", event, "payload", "wrong_type"},
        {"priority unknown",
         R"({"id":1,"code":"c","title":"t","status":"draft","created_at":"2026-01-01","priority":"high"})", detail,
         "priority", "invalid_priority"},
        {"time-left level unknown",
         R"({"id":1,"code":"c","title":"t","status":"assigned","created_at":"2026-01-01","time_left_level":"red"})",
         detail, "time_left_level", "invalid_time_left_level"},
        {"proposed deadline without its priority",
         R"({"id":1,"code":"c","title":"t","status":"accepted","created_at":"2026-01-01",)"
         R"("proposed_deadlines":[{"deadline":"2026-01-05T17:00:00+07:00"}]})",
         detail, "proposed_deadlines[0].priority", "missing_field"},
        {"rating level unknown",
         R"({"id":1,"code":"c","title":"t","status":"closed","created_at":"2026-01-01",)"
         R"("rating":{"level":"ok","created_at":"2026-01-02"}})",
         detail, "rating.level", "invalid_rating"},
        {"SLA unit unknown", R"({"sla":{"resolve_normal":{"amount":3,"unit":"days"}}})", errors_of<CategoryForm>,
         "sla.resolve_normal.unit", "invalid_sla_figure"},
        {"attachment size as a string", R"({"id":1,"mime":"m","size":"1","sha256":"s"})", attachment, "size",
         "wrong_type"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const FieldErrors errors = r.decode_as(r.body);
        for (const FieldError& e : errors) {
            INFO(e.field << ": " << e.code);
            CHECK(is_known_code(e.code));
        }
        if (r.code.empty()) {
            CHECK(errors.empty());
        } else {
            REQUIRE_FALSE(errors.empty());
            CHECK(errors.front().field == r.field);
            CHECK(errors.front().code == r.code);
        }
    }
}

TEST_CASE("dto: every problem is reported, up to a cap") {
    // Several problems at once, in field order then unknown keys.
    const FieldErrors e = decode<ReportCreated>(R"({"id":"x","status":"open","zz":1,"aa":2})").errors;
    REQUIRE(e.size() == 5);
    CHECK(e[0] == field_error("id", "wrong_type"));
    CHECK(e[1] == field_error("code", "missing_field"));
    CHECK(e[2] == field_error("status", "invalid_status"));
    CHECK(e[3] == field_error("aa", "unknown_field"));
    CHECK(e[4] == field_error("zz", "unknown_field"));

    std::string body = "{";
    for (int i = 0; i < 1000; ++i)
        body += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    body += "}";
    CHECK(decode<Health>(body).errors.size() == kMaxDecodeErrors);
}

TEST_CASE("dto: parse_json and dump_json") {
    const ParsedJson ok = parse_json(R"({"a":[1,{"b":null}]})");
    REQUIRE(ok.ok());
    CHECK(dump_json(ok.doc) == R"({"a":[1,{"b":null}]})");
    CHECK(parse_json("[1,2]").ok());  // any JSON value; the DTO decides what it wants
    CHECK(parse_json(nested_arrays(kMaxJsonDepth)).ok());
    CHECK(parse_json(nested_arrays(kMaxJsonDepth + 1)).errors.front().code == "json_too_deep");
    CHECK(parse_json(R"([{"a":1},{"a":2}])").ok());
    CHECK(parse_json(R"([{"a":1,"b":{"a":2}}])").ok());
    CHECK(parse_json(R"([{"a":1,"b":{"c":2,"c":3}}])").errors.front() == field_error("c", "duplicate_field"));
    json j = json::object();
    j["s"] = std::string("\xC3(");
    CHECK(dump_json(j) == "{\"s\":\"\xEF\xBF\xBD(\"}");
}

// [SECTION] fuzz regressions (inputs also in tests/fuzz/regressions/dto/)

TEST_CASE("dto: fuzz regressions") {
    // id-beyond-int64.json: once decoded as a negative id, because nlohmann's
    // get_ptr<number_integer_t*> also answers for unsigned values.
    const std::string body = R"({"id":9223372036854775808,"code":"c","status":"draft","name":"n"})";
    const FieldErrors as_unit = decode<UnitRef>(body).errors;
    CHECK(error_code_for(as_unit, "id") == "number_out_of_range");
    const FieldErrors as_created =
        decode<ReportCreated>(R"({"id":9223372036854775808,"code":"c","status":"draft"})").errors;
    REQUIRE(as_created.size() == 1);
    CHECK(as_created.front() == field_error("id", "number_out_of_range"));
    // The same for doubles: the value must not wrap either.
    const auto lat = decode<ReportForm>(R"({"lat":18446744073709551615,"lon":1})");
    REQUIRE(lat.ok());
    CHECK(*lat.value.lat > 1.8e19);
}
