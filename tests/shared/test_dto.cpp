// The JSON contract (pakn/dto.h and the DTO headers beside it): every DTO
// survives encode -> decode unchanged; every malformed body is refused with a
// stable code. The exact texts are frozen in test_dto_wire.cpp.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dto_samples.h"
#include "pakn/dto.h"
#include "pakn/dto_admin.h"
#include "pakn/url.h"
#include "pakn/messages.h"

using namespace pakn;
using nlohmann::json;
namespace sample = dto_samples;
using dto_samples::check_round_trip;
using dto_samples::kT0;

// [SECTION] round trips

TEST_CASE("dto: every DTO survives encode -> decode (filled in)") {
    check_round_trip(sample::error_body(), "ErrorBody");
    check_round_trip(sample::health(), "Health");
    check_round_trip(sample::captcha(), "Captcha");
    check_round_trip(Captcha{"t1", "Viết số “mười hai” bằng chữ số.", "text", "", std::nullopt, std::nullopt},
                     "Captcha (text)");
    check_round_trip(Captcha{"i1", "Nhập các ký tự trong ảnh", "image", "/api/v1/captcha/i1.png", 200, 70},
                     "Captcha (image)");
    check_round_trip(sample::register_form(), "RegisterRequest");
    check_round_trip(sample::login_form(), "LoginRequest");
    check_round_trip(sample::otp_form(), "VerifyRequest");
    check_round_trip(sample::resend_otp_form(), "ResendRequest");
    check_round_trip(sample::forgot_password_form(), "ForgotRequest");
    check_round_trip(sample::reset_password_form(), "ResetRequest");
    check_round_trip(sample::change_password_form(), "ChangePasswordRequest");
    check_round_trip(sample::delete_account_form(), "DeleteAccountRequest");
    check_round_trip(sample::register_response(), "RegisterResponse");
    check_round_trip(sample::forgot_response(), "ForgotResponse");
    check_round_trip(sample::resend_response(), "ResendResponse");
    check_round_trip(sample::account(), "Account (citizen)");
    check_round_trip(sample::officer_account(), "Account (officer)");
    check_round_trip(sample::login_response(), "LoginResponse");
    check_round_trip(sample::profile_patch(), "ProfilePatch");
    check_round_trip(sample::notification(), "Notification");
    check_round_trip(sample::attachment(5), "AttachmentInfo");
    check_round_trip(sample::report_form(), "ReportRequest");
    check_round_trip(sample::report_created(), "ReportCreated");
    check_round_trip(sample::summary(), "ReportSummary");
    check_round_trip(sample::reporter(), "ReporterInfo");
    check_round_trip(sample::unit_ref(), "UnitRef");
    check_round_trip(sample::proposed_deadline(), "ProposedDeadline");
    check_round_trip(sample::rating(), "RatingInfo");
    check_round_trip(sample::result(), "ResultInfo");
    check_round_trip(sample::detail(), "ReportDetail");
    check_round_trip(sample::event(3), "Event");
    check_round_trip(sample::action_form(), "ActionRequest");
    check_round_trip(sample::lookup_result(), "LookupResult");
    check_round_trip(sample::public_report(), "PublicReport");
    check_round_trip(sample::stats_totals(), "StatsTotals");
    check_round_trip(sample::stat_row(), "StatRow");
    check_round_trip(sample::stats(), "Stats");
    check_round_trip(sample::sla_figure(), "SlaFigure");
    check_round_trip(sample::category().sla, "CategorySla");
    check_round_trip(sample::category(), "Category");
    check_round_trip(sample::commune(), "Commune");
    check_round_trip(sample::unit(), "Unit");
    check_round_trip(sample::announcement(), "Announcement");
    check_round_trip(sample::holiday_entry(), "HolidayEntry");
    check_round_trip(sample::officer(), "Officer");
    check_round_trip(sample::announcement_form(), "AnnouncementRequest");
    check_round_trip(sample::unit_form(), "UnitRequest");
    check_round_trip(sample::officer_form(), "OfficerRequest");
    check_round_trip(sample::category_form(), "CategoryRequest");
    check_round_trip(sample::holiday_form(), "HolidayRequest");
    check_round_trip(sample::summary_page(), "Page<ReportSummary>");
    check_round_trip(Page<PublicReport>{1, 1, 20, {sample::public_report()}}, "Page<PublicReport>");
    check_round_trip(Page<Notification>{0, 1, 20, {}}, "Page<Notification> (empty)");
    check_round_trip(sample::action_request_body(), "ActionRequestBody");
    check_round_trip(sample::me_summary(), "MeSummary");
    check_round_trip(sample::upload_start_request(), "UploadStartRequest");
    check_round_trip(sample::upload_start_response(), "UploadStartResponse");
    check_round_trip(sample::upload_progress(), "UploadProgress");
    check_round_trip(sample::live_report_event(), "LiveEvent (report)");
    check_round_trip(sample::live_notification_event(), "LiveEvent (notification)");
    check_round_trip(sample::dashboard_month(), "DashboardMonth");
    check_round_trip(sample::dashboard_category(), "DashboardCategory");
    check_round_trip(sample::unit_dashboard(), "UnitDashboard");
    check_round_trip(sample::map_commune(), "MapCommune");
    check_round_trip(sample::map_point(), "MapPoint");
    check_round_trip(sample::map_data(), "MapData");
    {
        OfficerMap m;
        m.credit = "ranh giới";
        m.shapes = "{}";
        m.points = {OfficerMapPoint{7, "PAKN-2026-000007", "Đèn đường hỏng", Status::in_progress,
                                    TimeLeftLevel::due_soon, 12.25, 109.15},
                    OfficerMapPoint{8, "PAKN-2026-000008", "Ngập nước", Status::accepted, std::nullopt, 12.3, 109.2}};
        m.truncated = true;
        m.without_position = 12;
        check_round_trip(m, "OfficerMap");
    }
    check_round_trip(sample::issued_password(), "IssuedPassword");
    check_round_trip(sample::holiday_year(), "HolidayYear");
    check_round_trip(sample::work_session(), "WorkSessionText");
    check_round_trip(sample::settings_form(), "SettingsForm");
    check_round_trip(default_settings(), "SettingsForm (defaults)");
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
    check_round_trip(SlaFigure{}, "SlaFigure");
    check_round_trip(CategorySla{}, "CategorySla");
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
    check_round_trip(ActionRequestBody{}, "ActionRequestBody");
    check_round_trip(MeSummary{}, "MeSummary");
    check_round_trip(UploadStartRequest{}, "UploadStartRequest");
    check_round_trip(UploadStartResponse{}, "UploadStartResponse");
    check_round_trip(UploadProgress{}, "UploadProgress");
    check_round_trip(LiveEvent{}, "LiveEvent");
    check_round_trip(DashboardMonth{}, "DashboardMonth");
    check_round_trip(DashboardCategory{}, "DashboardCategory");
    check_round_trip(UnitDashboard{}, "UnitDashboard");
    check_round_trip(MapCommune{}, "MapCommune");
    check_round_trip(MapPoint{}, "MapPoint");
    check_round_trip(MapData{}, "MapData");
    check_round_trip(OfficerMap{}, "OfficerMap");
    check_round_trip(OfficerMapPoint{}, "OfficerMapPoint");
    check_round_trip(IssuedPassword{}, "IssuedPassword");
    check_round_trip(HolidayYear{}, "HolidayYear");
    check_round_trip(WorkSessionText{}, "WorkSessionText");
    check_round_trip(SettingsForm{}, "SettingsForm");
}

TEST_CASE("dto: an outbox message, SMS with its segments and e-mail without, survives the wire") {
    OutboxMessage m;
    m.id = 7;
    m.channel = "sms";
    m.recipient = "0905*456**";
    m.kind = "otp_register";
    m.body = "PAKN Khanh Hoa: Ma xac thuc 123456";
    m.status = "sent";
    m.attempts = 1;
    m.created_at = 1794882600;
    m.sent_at = 1794882660;
    m.segments = 1;
    m.encoding = "gsm7";
    check_round_trip(m, "OutboxMessage sms");
    OutboxMessage e = m;
    e.channel = "email";
    e.segments.reset();
    e.encoding.clear();
    e.sent_at.reset();
    check_round_trip(e, "OutboxMessage email");
    CHECK(encode(e).find("segments") == std::string::npos);
    check_round_trip(OutboxMessage{}, "OutboxMessage");
}

TEST_CASE("dto: the outbox's query: channel, status and paging checked, written back the same") {
    struct Row {
        const char* query;
        const char* channel;
        const char* status;
        int page;
        const char* error_field;  // "" = accepted
    };
    // query | channel | status | page | field refused
    // clang-format off
    const Row rows[] = {
        {"",                          "",      "",       1, ""},
        {"channel=sms",               "sms",   "",       1, ""},
        {"channel=email&status=sent", "email", "sent",   1, ""},
        {"status=queued&page=3",      "",      "queued", 3, ""},
        {"status=failed&channel=",    "",      "failed", 1, ""},
        {"channel=fax",               "",      "",       1, "channel"},
        {"status=pending",            "",      "",       1, "status"},
        {"page=0",                    "",      "",       1, "page"},
    };
    // clang-format on
    for (const Row& r : rows) {
        CAPTURE(r.query);
        const auto q = parse_outbox_query(parse_query_string(r.query));
        CHECK(q.value.channel == r.channel);
        CHECK(q.value.status == r.status);
        CHECK(q.value.page == r.page);
        if (*r.error_field) {
            REQUIRE(q.errors.size() == 1);
            CHECK(q.errors[0].field == r.error_field);
        } else {
            CHECK(q.errors.empty());
            CHECK(parse_outbox_query(parse_query_string(to_query_string(q.value))).value == q.value);
        }
    }
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
    const Account a = sample::account();
    ProfileForm f = profile_of(a);
    CHECK(f.full_name == a.full_name);
    CHECK(f.phone == a.phone);
    f = apply_patch(f, ProfilePatch{std::nullopt, "", "Cam Ranh", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
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
    const auto action_body = errors_of<ActionRequestBody>;
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
        {"action body: a typo beside the form's fields", R"({"action":"assign","versio":3})", action_body, "versio",
         "unknown_field"},
        {"action body: the form's own field is checked", R"({"action":"assign","unit_id":"4"})", action_body, "unit_id",
         "wrong_type"},
        {"action body: priority not a string", R"({"action":"assign","priority":2})", action_body, "priority",
         "wrong_type"},
        {"action body: a result file id not a number", R"({"action":"propose_result","attachment_ids":[1,"2"]})",
         action_body, "attachment_ids[1]", "wrong_type"},
        {"live event without its time", R"({"kind":"report","report_id":1})", errors_of<LiveEvent>, "at",
         "missing_field"},
        {"map without its points", R"({"communes":[]})", errors_of<MapData>, "points", "missing_field"},
        {"dashboard category: no code is the unclassified row", R"({"total":1,"open":0,"overdue":0,"resolved":0})",
         errors_of<DashboardCategory>, "", ""},
        {"settings without weekdays decode (clean() refuses them)", R"({"rating_window_days":30,"sessions":[]})",
         errors_of<SettingsForm>, "", ""},
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
