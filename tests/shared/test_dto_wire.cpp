// The JSON contract on the wire, frozen: the exact text every DTO encodes for
// a filled-in sample (dto_samples.h) and for an empty one. The texts were
// captured from the encoders before they were rewritten as field lists
// (issue 12), so a change to any name, presence rule or spelling fails here
// first, whatever the round-trip tests think of it. Decoding the frozen text
// must give the sample back: old clients' bodies still read the same.
// Pages are one template: Page<UnitRef> freezes the envelope, and each item
// type its own text.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dto_samples.h"
#include "pakn/dto_history.h"

using namespace pakn;
namespace sample = dto_samples;

namespace {

struct WireRow {
    std::string name;
    std::string encoded;      // encode(sample) now
    std::string_view frozen;  // what it encoded when the contract was frozen
    bool frozen_decodes_to_sample;
    std::string decode_problem;  // the first decoding error of `frozen`, if any
};

template <typename T>
WireRow row(std::string name, const T& sample, std::string_view frozen) {
    const DecodeResult<T> back = decode<T>(frozen);
    const bool same = back.ok() && back.value == sample;
    std::string problem = back.errors.empty() ? "" : back.errors.front().field + " " + back.errors.front().code;
    return {std::move(name), encode(sample), frozen, same, std::move(problem)};
}

}  // namespace

TEST_CASE("dto wire: every DTO encodes exactly the frozen text, which decodes to the same value") {
    // name | the sample | its frozen text
    const std::vector<WireRow> rows = {
        row("ErrorBody", sample::error_body(),
            R"({"error":{"code":"validation_failed","fields":[{"code":"invalid_phone","field":"phone",)"
            R"("message":"Số điện thoại di động phải gồm 10 chữ số"},)"
            R"({"code":"invalid_json","field":"","message":"Dữ liệu JSON không hợp lệ"}],)"
            R"("message":"Thông tin chưa hợp lệ"}})"),
        row("ErrorBody{}", ErrorBody{}, R"({"error":{"code":"","fields":[]}})"),
        row("Health", sample::health(), R"({"db":"ok","schema_version":7,"status":"ok","version":"0.1.0"})"),
        row("Health{}", Health{}, R"({"status":""})"),
        row("Captcha", sample::captcha(), R"({"id":"cap_1","question":"3 + 1 = ?"})"),
        row("Captcha{}", Captcha{}, R"({"id":"","question":""})"),
        row("RegisterForm", sample::register_form(),
            R"({"address":"Cam Ranh","captcha_answer":"4","captcha_id":"c","commune_code":"22420",)"
            R"("email":"binh@example.vn","full_name":"Trần Văn Bình","kind":"organization",)"
            R"("login":"45/2019/QĐ-UBND","org_name":"HTX Biển Xanh","password":"Mật khẩu 1",)"
            R"("phone":"0336132396","representative":"Trần Văn Bình"})"),
        row("RegisterForm{}", RegisterForm{}, R"({})"),
        row("LoginForm", sample::login_form(),
            R"({"audience":"public","captcha_answer":"4","captcha_id":"c","login":"056191653264",)"
            R"("password":"pw"})"),
        row("LoginForm{}", LoginForm{}, R"({})"),
        row("OtpForm", sample::otp_form(), R"({"otp":"123456","registration_id":"reg_1"})"),
        row("OtpForm{}", OtpForm{}, R"({})"),
        row("ResendOtpForm", sample::resend_otp_form(), R"({"reset_id":"rst_1"})"),
        row("ResendOtpForm{}", ResendOtpForm{}, R"({})"),
        row("ForgotPasswordForm", sample::forgot_password_form(),
            R"({"captcha_answer":"4","captcha_id":"c","phone":"0336132396"})"),
        row("ForgotPasswordForm{}", ForgotPasswordForm{}, R"({})"),
        row("ResetPasswordForm", sample::reset_password_form(),
            R"({"new_password":"Moi2026abc","otp":"123456","reset_id":"rst_1"})"),
        row("ResetPasswordForm{}", ResetPasswordForm{}, R"({})"),
        row("ChangePasswordForm", sample::change_password_form(),
            R"({"new_password":"Moi2026abc","old_password":"Cu2024xyz"})"),
        row("ChangePasswordForm{}", ChangePasswordForm{}, R"({})"),
        row("DeleteAccountForm", sample::delete_account_form(), R"({"password":"pw"})"),
        row("DeleteAccountForm{}", DeleteAccountForm{}, R"({})"),
        row("RegisterResponse", sample::register_response(),
            R"({"otp_sent_to":"0336*396**","registration_id":"reg_1","resend_after_seconds":60})"),
        row("RegisterResponse{}", RegisterResponse{}, R"({"otp_sent_to":"","registration_id":""})"),
        row("ForgotResponse", sample::forgot_response(),
            R"({"otp_sent_to":"0336*396**","resend_after_seconds":45,"reset_id":"rst_1"})"),
        row("ForgotResponse{}", ForgotResponse{}, R"({"otp_sent_to":"","reset_id":""})"),
        row("ResendResponse", sample::resend_response(), R"({"otp_sent_to":"0336*396**","resend_after_seconds":60})"),
        row("ResendResponse{}", ResendResponse{}, R"({"otp_sent_to":""})"),
        row("Account", sample::account(),
            R"({"address":"Nha Trang","commune_code":"22366","created_at":"2026-11-28T09:30:00+07:00",)"
            R"("email":"chi@example.vn","full_name":"Nguyễn Diệp Chi","id":42,"kind":"citizen",)"
            R"("login":"056191653264","must_change_password":false,"phone":"0336132396",)"
            R"("phone_masked":"0336*396**"})"),
        row("Account{}", Account{},
            R"({"created_at":"1970-01-01T07:00:00+07:00","full_name":"","id":0,"kind":"","login":"",)"
            R"("must_change_password":false})"),
        row("Account (officer)", sample::officer_account(),
            R"({"created_at":"2026-11-27T09:30:00+07:00","full_name":"Phạm Thị Hoa","id":7,)"
            R"("kind":"officer","login":"cb.tiepnhan01","must_change_password":true,"role":"dispatcher",)"
            R"("unit_id":1,"unit_name":"Trung tâm CNTT và Dịch vụ hành chính công trực tuyến"})"),
        row("LoginResponse", sample::login_response(),
            R"({"account":{"address":"Nha Trang","commune_code":"22366",)"
            R"("created_at":"2026-11-28T09:30:00+07:00","email":"chi@example.vn",)"
            R"("full_name":"Nguyễn Diệp Chi","id":42,"kind":"citizen","login":"056191653264",)"
            R"("must_change_password":false,"phone":"0336132396","phone_masked":"0336*396**"},)"
            R"("csrf_token":"csrf-abc","report_captcha":false})"),
        row("LoginResponse{}", LoginResponse{},
            R"({"account":{"created_at":"1970-01-01T07:00:00+07:00","full_name":"","id":0,"kind":"",)"
            R"("login":"","must_change_password":false},"csrf_token":"","report_captcha":true})"),
        row("ProfilePatch", sample::profile_patch(), R"({"commune_code":"22333","email":"","full_name":"Chi","org_name":"Biển Xanh"})"),
        row("ProfilePatch{}", ProfilePatch{}, R"({})"),
        row("Notification", sample::notification(),
            R"({"body":"Phản ánh PAKN-2026-000123 đã có kết quả","created_at":"2026-11-28T09:30:00+07:00",)"
            R"("id":9,"kind":"result","read":true,"report_code":"PAKN-2026-000123","report_id":123,)"
            R"("title":"Đã có kết quả"})"),
        row("Notification{}", Notification{},
            R"({"created_at":"1970-01-01T07:00:00+07:00","id":0,"kind":"","read":false,"title":""})"),
        row("AttachmentInfo", sample::attachment(5),
            R"({"id":5,"kind":"image","mime":"image/jpeg","name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456})"),
        row("AttachmentInfo{}", AttachmentInfo{}, R"({"id":0,"mime":"","sha256":"","size":0})"),
        row("ReportForm", sample::report_form(),
            R"({"address":"10 Trần Phú","attachment_ids":[3,9],"captcha_answer":"4","captcha_id":"cap_1",)"
            R"("category_code":"dien_luc","channel":"hotline","commune_code":"22366",)"
            R"("content":"Dòng 1\nDòng 2","is_public":true,"lat":12.2388,"lon":-0.5,)"
            R"("reporter_email":"tam@example.vn","reporter_id_number":"056191653264",)"
            R"("reporter_name":"Lê Văn Tám","reporter_phone":"0905123456","submit":true,)"
            R"("title":"Đèn đường hỏng"})"),
        row("ReportForm{}", ReportForm{}, R"({"attachment_ids":[],"is_public":false,"submit":false})"),
        row("ReportCreated", sample::report_created(), R"({"code":"PAKN-2026-000123","id":123,"status":"submitted"})"),
        row("ReportCreated{}", ReportCreated{}, R"({"code":"","id":0,"status":"draft"})"),
        row("ReportSummary", sample::summary(),
            R"({"category_code":"dien_luc","category_name":"Điện lực","channel":"web",)"
            R"("code":"PAKN-2026-000123","commune_code":"22366","commune_name":"Phường Nha Trang",)"
            R"("created_at":"2026-11-28T09:30:00+07:00","deadline":"2026-12-05T09:30:00+07:00","id":123,)"
            R"("is_published":false,"overdue":true,"status":"in_progress",)"
            R"("submitted_at":"2026-11-28T09:31:00+07:00","title":"Đèn đường hỏng",)"
            R"("unit_name":"Điện lực Khánh Hòa"})"),
        row("ReportSummary{}", ReportSummary{},
            R"({"code":"","created_at":"1970-01-01T07:00:00+07:00","id":0,"is_published":false,)"
            R"("overdue":false,"status":"draft","title":""})"),
        row("ReporterInfo", sample::reporter(),
            R"({"deleted":false,"email":"chi@example.vn","id_number":"056191653264","masked":false,)"
            R"("name":"Nguyễn Diệp Chi","phone":"0336132396"})"),
        row("ReporterInfo{}", ReporterInfo{}, R"({"deleted":false,"masked":false})"),
        row("UnitRef", sample::unit_ref(), R"({"id":4,"name":"Điện lực Khánh Hòa"})"),
        row("UnitRef{}", UnitRef{}, R"({"id":0,"name":""})"),
        row("Page<UnitRef>", Page<UnitRef>{2, 1, 50, {sample::unit_ref(), UnitRef{5, "UBND Phường Nha Trang"}}},
            R"({"items":[{"id":4,"name":"Điện lực Khánh Hòa"},{"id":5,"name":"UBND Phường Nha Trang"}],)"
            R"("page":1,"page_size":50,"total":2})"),
        row("Page<UnitRef>{}", Page<UnitRef>{}, R"({"items":[],"page":1,"page_size":20,"total":0})"),
        row("ProposedDeadline", sample::proposed_deadline(),
            R"({"deadline":"2026-11-30T09:30:00+07:00","priority":"urgent"})"),
        row("ProposedDeadline{}", ProposedDeadline{},
            R"({"deadline":"1970-01-01T07:00:00+07:00","priority":"normal"})"),
        row("RatingInfo", sample::rating(),
            R"({"comment":"Chưa sửa xong","created_at":"2026-12-07T09:30:00+07:00","level":"not_satisfied"})"),
        row("RatingInfo{}", RatingInfo{}, R"({"created_at":"1970-01-01T07:00:00+07:00","level":"satisfied"})"),
        row("ResultInfo", sample::result(),
            R"({"approved_at":"2026-12-06T09:30:00+07:00","attachments":[{"id":3,"kind":"image",)"
            R"("mime":"image/jpeg","name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456}],)"
            R"("text":"Đã thay bóng đèn."})"),
        row("ResultInfo{}", ResultInfo{}, R"({"attachments":[],"text":""})"),
        row("Event", sample::event(3),
            R"({"action":"assign","actor_name":"Phạm Thị Hoa","actor_role":"dispatcher",)"
            R"("created_at":"2026-11-28T10:30:00+07:00","from_status":"accepted","id":3,"internal":false,)"
            R"("note":"Chuyển Điện lực xử lý","payload":{"co_unit_ids":[5,6],)"
            R"("deadline":"2026-12-05T17:00:00+07:00","nested":{"none":null,"ok":true},"ratio":0.25,)"
            R"("unit_id":4},"to_status":"assigned"})"),
        row("Event{}", Event{},
            R"({"action":"comment","created_at":"1970-01-01T07:00:00+07:00","id":0,"internal":false,)"
            R"("payload":{}})"),
        row("ReportDetail", sample::detail(),
            R"({"address":"10 Trần Phú","allowed_actions":["progress_note","return","propose_result"],)"
            R"("attachments":[{"id":1,"kind":"image","mime":"image/jpeg","name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456},)"
            R"({"id":2,"kind":"image","mime":"image/jpeg","name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456}],)"
            R"("category_code":"dien_luc","category_name":"Điện lực","channel":"web","co_units":[{"id":5,)"
            R"("name":"UBND Phường Nha Trang"},{"id":6,"name":"Công ty Đô thị"}],"code":"PAKN-2026-000123",)"
            R"("commune_code":"22366","commune_name":"Phường Nha Trang",)"
            R"("content":"Đèn đường trước số 10 Trần Phú bị hỏng.\nĐã ba ngày.",)"
            R"("created_at":"2026-11-28T09:30:00+07:00","deadline":"2026-12-05T09:30:00+07:00",)"
            R"("events":[{"action":"assign","actor_name":"Phạm Thị Hoa","actor_role":"dispatcher",)"
            R"("created_at":"2026-11-28T10:30:00+07:00","from_status":"accepted","id":1,"internal":false,)"
            R"("note":"Chuyển Điện lực xử lý","payload":{"co_unit_ids":[5,6],)"
            R"("deadline":"2026-12-05T17:00:00+07:00","nested":{"none":null,"ok":true},"ratio":0.25,)"
            R"("unit_id":4},"to_status":"assigned"},{"action":"assign","actor_name":"Phạm Thị Hoa",)"
            R"("actor_role":"dispatcher","created_at":"2026-11-28T10:30:00+07:00","from_status":"accepted",)"
            R"("id":2,"internal":false,"note":"Chuyển Điện lực xử lý","payload":{"co_unit_ids":[5,6],)"
            R"("deadline":"2026-12-05T17:00:00+07:00","nested":{"none":null,"ok":true},"ratio":0.25,)"
            R"("unit_id":4},"to_status":"assigned"}],"extension_pending":true,"followers":11,"following":true,)"
            R"("id":123,"is_public":true,)"
            R"("is_published":false,"lat":12.238791,"lead_unit":{"id":4,"name":"Điện lực Khánh Hòa"},)"
            R"("lon":109.196749,"overdue":true,"priority":"urgent",)"
            R"("proposed_deadlines":[{"deadline":"2026-12-08T09:30:00+07:00","priority":"normal"},)"
            R"({"deadline":"2026-11-30T09:30:00+07:00","priority":"urgent"}],)"
            R"("rating":{"comment":"Chưa sửa xong","created_at":"2026-12-07T09:30:00+07:00",)"
            R"("level":"not_satisfied"},"reconsideration_pending":true,"reconsideration_requested":true,)"
            R"("reporter":{"deleted":false,"email":"chi@example.vn",)"
            R"("id_number":"056191653264","masked":false,"name":"Nguyễn Diệp Chi","phone":"0336132396"},)"
            R"("result":{"approved_at":"2026-12-06T09:30:00+07:00","attachments":[{"id":3,"kind":"image",)"
            R"("mime":"image/jpeg","name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456}],)"
            R"("text":"Đã thay bóng đèn."},"status":"in_progress",)"
            R"("submitted_at":"2026-11-28T09:31:00+07:00","time_left":"Quá hạn 1 ngày 2 giờ",)"
            R"("time_left_level":"overdue","title":"Đèn đường hỏng","unit_name":"Điện lực Khánh Hòa",)"
            R"("updated_at":"2026-12-07T09:30:00+07:00","version":12})"),
        row("ReportDetail{}", ReportDetail{},
            R"({"allowed_actions":[],"attachments":[],"co_units":[],"code":"",)"
            R"("created_at":"1970-01-01T07:00:00+07:00","events":[],"extension_pending":false,"followers":0,)"
            R"("following":false,"id":0,)"
            R"("is_public":false,"is_published":false,"overdue":false,"proposed_deadlines":[],)"
            R"("reconsideration_pending":false,"reconsideration_requested":false,)"
            R"("status":"draft","title":"","version":0})"),
        row("ActionForm", sample::action_form(),
            R"({"action":"assign","co_unit_ids":[5,6],"deadline":"2026-11-29T09:30:00+07:00",)"
            R"("duplicate_of":"PAKN-2026-000001","note":"Chuyển xử lý","rating":"satisfied",)"
            R"("reason_code":"duplicate","result":"Kết quả","unit_id":4})"),
        row("ActionForm{}", ActionForm{}, R"({"co_unit_ids":[]})"),
        row("ActionForm publishing an edited public version",
            [] {
                ActionForm f;
                f.action = "publish";
                f.params.public_text = "Xe đỗ chắn lối đi.";
                f.params.public_title = "Xe đỗ sai chỗ";
                return f;
            }(),
            R"({"action":"publish","co_unit_ids":[],"public_text":"Xe đỗ chắn lối đi.",)"
            R"("public_title":"Xe đỗ sai chỗ"})"),
        row("PublicPreview",
            PublicPreview{"Gọi 0905123456", {{"phone", 4, 14}}, "Gọi [đã ẩn]", "Xe 79A12345 đỗ", {{"plate", 3, 11}},
                          "Xe [đã ẩn] đỗ"},
            R"({"public_text":"Xe [đã ẩn] đỗ","public_title":"Gọi [đã ẩn]",)"
            R"("spans":[{"begin":3,"end":11,"kind":"plate"}],"text":"Xe 79A12345 đỗ","title":"Gọi 0905123456",)"
            R"("title_spans":[{"begin":4,"end":14,"kind":"phone"}]})"),
        row("LookupResult", sample::lookup_result(),
            R"({"category_name":"Điện lực","code":"PAKN-2026-000123","commune_name":"Phường Nha Trang",)"
            R"("deadline":"2026-11-28T09:33:20+07:00","status":"resolved","status_label":"Đã có kết quả",)"
            R"("submitted_at":"2026-11-28T09:30:00+07:00","updated_at":"2026-11-28T09:31:40+07:00"})"),
        row("LookupResult{}", LookupResult{},
            R"({"code":"","status":"submitted","updated_at":"1970-01-01T07:00:00+07:00"})"),
        row("PublicReport", sample::public_report(),
            R"({"address":"Đường 23/10","attachments":[{"id":8,"kind":"image","mime":"image/jpeg",)"
            R"("name":"đèn hỏng.jpg",)"
            R"("sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":123456}],)"
            R"("category_code":"giao_thong","category_name":"Giao thông","code":"PAKN-2026-000001",)"
            R"("commune_code":"22390","commune_name":"Phường Tây Nha Trang","content":"Ổ gà lớn","id":1,)"
            R"("lat":12.25,"lon":109.15,"rating":"very_satisfied","reporter_name":"Nguyễn D. C.",)"
            R"("result":{"approved_at":"2026-11-28T09:30:05+07:00","attachments":[],"text":"Đã vá"},)"
            R"("status":"closed","submitted_at":"2026-11-28T09:30:00+07:00","title":"Ổ gà",)"
            R"("unit_name":"Sở Xây dựng"})"),
        row("PublicReport{}", PublicReport{}, R"({"attachments":[],"code":"","id":0,"status":"resolved","title":""})"),
        row("StatsTotals", sample::stats_totals(),
            R"({"avg_handling_hours":31.5,"on_time_rate":0.93,"received":1200,"resolved":1100,)"
            R"("satisfaction_rate":0.875})"),
        row("StatsTotals{}", StatsTotals{},
            R"({"avg_handling_hours":0.0,"on_time_rate":0.0,"received":0,"resolved":0,)"
            R"("satisfaction_rate":0.0})"),
        row("StatRow", sample::stat_row(),
            R"({"avg_handling_hours":20.25,"count":300,"key":"giao_thong","label":"Giao thông",)"
            R"("on_time_rate":0.9,"resolved":280})"),
        row("StatRow{}", StatRow{}, R"({"count":0,"key":"","label":""})"),
        row("Stats", sample::stats(),
            R"({"by_category":[{"avg_handling_hours":20.25,"count":300,"key":"giao_thong",)"
            R"("label":"Giao thông","on_time_rate":0.9,"resolved":280}],"by_commune":[{"count":10,)"
            R"("key":"22366","label":"Phường Nha Trang","resolved":9}],)"
            R"("by_month":[{"avg_handling_hours":0.001,"count":100,"key":"2026-03","label":"Tháng 3/2026",)"
            R"("on_time_rate":0.1,"resolved":90}],"by_status":[{"count":1000,"key":"resolved",)"
            R"("label":"Đã có kết quả"}],"by_unit":[{"avg_handling_hours":4.0,"count":80,"key":"4",)"
            R"("label":"Điện lực Khánh Hòa","on_time_rate":1.0,"resolved":79}],)"
            R"("satisfaction":[{"count":500,"key":"satisfied","label":"Hài lòng"}],)"
            R"("totals":{"avg_handling_hours":31.5,"on_time_rate":0.93,"received":1200,"resolved":1100,)"
            R"("satisfaction_rate":0.875}})"),
        row("Stats{}", Stats{},
            R"({"by_category":[],"by_commune":[],"by_month":[],"by_status":[],"by_unit":[],)"
            R"("satisfaction":[],"totals":{"avg_handling_hours":0.0,"on_time_rate":0.0,"received":0,)"
            R"("resolved":0,"satisfaction_rate":0.0}})"),
        row("SlaFigure", sample::sla_figure(), R"({"amount":3,"unit":"working_days"})"),
        row("SlaFigure{}", SlaFigure{}, R"({"amount":0,"unit":"working_hours"})"),
        row("CategorySla", sample::category().sla,
            R"({"classify_and_assign":{"amount":4,"unit":"working_hours"},"resolve_normal":{"amount":3,)"
            R"("unit":"working_days"}})"),
        row("CategorySla{}", CategorySla{}, R"({})"),
        row("Category", sample::category(),
            R"({"active":false,"code":"giao_thong","commune_level":false,"default_unit_id":9,)"
            R"("default_unit_name":"Sở Xây dựng",)"
            R"("group":"urban_incident","id":3,"name":"Giao thông",)"
            R"("sla":{"classify_and_assign":{"amount":4,"unit":"working_hours"},)"
            R"("resolve_normal":{"amount":3,"unit":"working_days"}}})"),
        row("Category{}", Category{},
            R"({"active":true,"code":"","commune_level":false,"group":"","id":0,"name":"","sla":{}})"),
        row("Commune", sample::commune(), R"({"code":"22736","kind":"dac_khu","name":"Đặc khu Trường Sa"})"),
        row("Commune{}", Commune{}, R"({"code":"","kind":"","name":""})"),
        row("Unit", sample::unit(),
            R"({"active":true,"address":"11 Lý Thánh Tôn","code":"dien_luc_kh","commune_code":"22366",)"
            R"("email":"cskh@kh.evn.vn","id":4,"kind":"company","name":"Điện lực Khánh Hòa",)"
            R"("phone":"1900 1909"})"),
        row("Unit{}", Unit{}, R"({"active":true,"code":"","id":0,"kind":"","name":""})"),
        row("Announcement", sample::announcement(),
            R"({"body":"Nội dung","created_at":"2026-11-28T09:29:50+07:00","id":2,"kind":"event",)"
            R"("published":true,"published_at":"2026-11-28T09:30:00+07:00","summary":"Tóm tắt",)"
            R"("title":"Lễ hội"})"),
        row("Announcement{}", Announcement{},
            R"({"created_at":"1970-01-01T07:00:00+07:00","id":0,"kind":"","published":false,"title":""})"),
        row("HolidayEntry", sample::holiday_entry(),
            R"({"date":"2026-09-01","id":11,"kind":"add","name":"Nghỉ Quốc khánh"})"),
        row("HolidayEntry{}", HolidayEntry{}, R"({"date":"1970-01-01","kind":""})"),
        row("Officer", sample::officer(),
            R"({"active":false,"created_at":"2026-11-28T09:30:00+07:00","email":"hoa@khanhhoa.gov.vn",)"
            R"("full_name":"Phạm Thị Hoa","id":7,"phone":"0905123456","role":"dispatcher","unit_id":1,)"
            R"("unit_name":"Trung tâm","username":"cb.tiepnhan01"})"),
        row("Officer{}", Officer{}, R"({"active":true,"full_name":"","id":0,"role":"","username":""})"),
        row("AnnouncementForm", sample::announcement_form(),
            R"({"body":"Nội dung","kind":"event","published":true,"summary":"Tóm tắt","title":"Lễ hội"})"),
        row("AnnouncementForm{}", AnnouncementForm{}, R"({"published":false})"),
        row("UnitForm", sample::unit_form(),
            R"({"address":"Nha Trang","code":"ubnd_nt","commune_code":"22366",)"
            R"("email":"ubnd@khanhhoa.gov.vn","kind":"commune","name":"UBND Phường Nha Trang",)"
            R"("phone":"0258 3822 123"})"),
        row("UnitForm{}", UnitForm{}, R"({})"),
        row("OfficerForm", sample::officer_form(),
            R"({"email":"hoa@x.vn","full_name":"Phạm Thị Hoa","phone":"0905123456","role":"handler",)"
            R"("unit_id":1,"username":"cb01"})"),
        row("OfficerForm{}", OfficerForm{}, R"({})"),
        row("CategoryForm", sample::category_form(),
            R"({"code":"y_te","commune_level":false,"default_unit_id":12,"group":"sector","name":"Y tế",)"
            R"("sla":{"resolve_complex":{"amount":20,"unit":"working_days"},"resolve_urgent":{"amount":2,)"
            R"("unit":"working_hours"},"start_work":{"amount":1,"unit":"working_days"}}})"),
        row("CategoryForm{}", CategoryForm{}, R"({"commune_level":false,"sla":{}})"),
        row("HolidayForm", sample::holiday_form(), R"({"date":"2026-09-01","kind":"add","name":"Nghỉ"})"),
        row("HolidayForm{}", HolidayForm{}, R"({})"),
        row("ActionRequestBody", sample::action_request_body(),
            R"({"action":"assign","attachment_ids":[31,32],"co_unit_ids":[5,6],)"
            R"("deadline":"2026-11-29T09:30:00+07:00","duplicate_of":"PAKN-2026-000001",)"
            R"("note":"Chuyển xử lý","priority":"urgent","rating":"satisfied","reason_code":"duplicate",)"
            R"("result":"Kết quả","unit_id":4,"version":12})"),
        row("ActionRequestBody{}", ActionRequestBody{}, R"({"co_unit_ids":[]})"),
        row("MeSummary", sample::me_summary(), R"({"notifications":12,"reports":5,"unread_notifications":3})"),
        row("MeSummary{}", MeSummary{}, R"({"notifications":0,"reports":0,"unread_notifications":0})"),
        row("UploadStartRequest", sample::upload_start_request(), R"({"name":"biên bản hiện trường.pdf","size":9437184})"),
        row("UploadStartRequest{}", UploadStartRequest{}, R"({"name":"","size":0})"),
        row("UploadStartResponse", sample::upload_start_response(), R"({"chunk_size":4194304,"upload_id":"upl_7f3a"})"),
        row("UploadStartResponse{}", UploadStartResponse{}, R"({"chunk_size":0,"upload_id":""})"),
        row("UploadProgress", sample::upload_progress(), R"({"received":4194304})"),
        row("UploadProgress{}", UploadProgress{}, R"({"received":0})"),
        row("LiveEvent (report)", sample::live_report_event(),
            R"({"action":"assign","at":"2026-11-28T09:31:00+07:00","code":"PAKN-2026-000123",)"
            R"("kind":"report","report_id":123,"status":"assigned","title":"Đèn đường hỏng","unit_id":4,)"
            R"("unread":0})"),
        row("LiveEvent{}", LiveEvent{}, R"({"at":"1970-01-01T07:00:00+07:00","kind":"","unread":0})"),
        row("LiveEvent (notification)", sample::live_notification_event(),
            R"({"at":"2026-11-28T09:32:00+07:00","kind":"notification","notification_id":88,)"
            R"("report_id":123,"unread":3})"),
        row("DashboardMonth", sample::dashboard_month(),
            R"({"month":"2026-11","on_time":2,"on_time_rate":0.6666666666666666,"resolved":3})"),
        row("DashboardMonth{}", DashboardMonth{}, R"({"month":"","on_time":0,"resolved":0})"),
        row("DashboardCategory", sample::dashboard_category(),
            R"({"code":"xay_dung","name":"Xây dựng","open":3,"overdue":1,"resolved":4,"total":8})"),
        row("DashboardCategory{}", DashboardCategory{}, R"({"code":"","open":0,"overdue":0,"resolved":0,"total":0})"),
        row("UnitDashboard", sample::unit_dashboard(),
            R"({"by_category":[{"code":"xay_dung","name":"Xây dựng","open":3,"overdue":1,"resolved":4,)"
            R"("total":8},{"code":"","open":2,"overdue":1,"resolved":1,"total":4}],)"
            R"("by_handler":[{"name":"Lê Văn Xử Lý","officer_id":21,"on_time":2,"on_time_rate":0.6666666666666666,)"
            R"("open":3,"overdue":1,"resolved":3},{"officer_id":0,"on_time":0,"open":2,"overdue":1,"resolved":0}],)"
            R"("by_status":[{"count":0,)"
            R"("key":"submitted","label":"Chờ tiếp nhận"},{"count":5,"key":"in_progress",)"
            R"("label":"Đang xử lý"}],"by_unit":[],"generated_at":"2026-11-28T09:30:00+07:00",)"
            R"("last_month":{"month":"2026-10","on_time":0,"resolved":0},"open":5,"overdue":2,)"
            R"("period":{"from":"2026-11-01","on_time":2,"on_time_rate":0.6666666666666666,"received":9,)"
            R"("resolved":3,"to":"2026-11-28"},)"
            R"("scope":"unit","this_month":{"month":"2026-11","on_time":2,)"
            R"("on_time_rate":0.6666666666666666,"resolved":3},"total":12,"unit_id":4,)"
            R"("unit_name":"Sở Xây dựng","within_deadline":3})"),
        row("UnitDashboard{}", UnitDashboard{},
            R"({"by_category":[],"by_handler":[],"by_status":[],"by_unit":[],)"
            R"("generated_at":"1970-01-01T07:00:00+07:00",)"
            R"("last_month":{"month":"","on_time":0,"resolved":0},"open":0,"overdue":0,)"
            R"("period":{"from":"","on_time":0,"received":0,"resolved":0,"to":""},"scope":"",)"
            R"("this_month":{"month":"","on_time":0,"resolved":0},"total":0,"within_deadline":0})"),
        row("HistoryPage", HistoryPage{{HistoryEntry{"e12", sample::kT0, "workflow", "start", "Bắt đầu xử lý",
                                                     "Lê Văn Xử Lý", "Cán bộ xử lý", "Sở Xây dựng", 7,
                                                     "PAKN-2026-000007", "Đã cử tổ kiểm tra", ""}},
                                       "1794882600.e12"},
            R"({"items":[{"action":"start","action_label":"Bắt đầu xử lý","actor_name":"Lê Văn Xử Lý",)"
            R"("actor_role":"Cán bộ xử lý","actor_unit":"Sở Xây dựng","at":"2026-11-28T09:30:00+07:00",)"
            R"("detail":"Đã cử tổ kiểm tra","id":"e12","kind":"workflow","report_code":"PAKN-2026-000007",)"
            R"("report_id":7}],"next":"1794882600.e12"})"),
        row("HistoryPage{}", HistoryPage{}, R"({"items":[]})"),
        row("MapCommune", sample::map_commune(),
            R"({"code":"22333","count":120,"name":"Phường Bắc Nha Trang","resolved":97})"),
        row("MapCommune{}", MapCommune{}, R"({"code":"","count":0,"name":"","resolved":0})"),
        row("MapPoint", sample::map_point(),
            R"({"category_code":"su_co_giao_thong","code":"PAKN-2026-000017","lat":12.24567,)"
            R"("lon":109.19432,"report_id":17,"status":"closed","title":"Ổ gà lớn trên đường Trần Phú"})"),
        row("MapPoint{}", MapPoint{}, R"({"code":"","lat":0.0,"lon":0.0,"report_id":0,"status":"resolved"})"),
        row("MapData", sample::map_data(),
            R"({"communes":[{"code":"22333","count":120,"name":"Phường Bắc Nha Trang","resolved":97},)"
            R"({"code":"22366","count":0,"name":"Phường Nha Trang","resolved":0}],)"
            R"("credit":"thanglequoc/vietnamese-provinces-database (MIT); ranh giới từ trang thông tin sắp xếp ĐVHC",)"
            R"("points":[{"category_code":"su_co_giao_thong","code":"PAKN-2026-000017","lat":12.24567,)"
            R"("lon":109.19432,"report_id":17,"status":"closed","title":"Ổ gà lớn trên đường Trần Phú"}],)"
            R"("shapes":"{\"format\":\"pakn-map-1\",\"features\":[]}"})"),
        row("MapData{}", MapData{}, R"({"communes":[],"credit":"","points":[],"shapes":""})"),
        row("MapData with a base map", [] {
                MapData m;
                m.tiles = TileSource{"/tiles/{z}/{x}/{y}", "© OSM", 8, 17, "108.3,11.15,109.55,12.95"};
                return m;
            }(),
            R"({"communes":[],"credit":"","points":[],"shapes":"","tile_attribution":"© OSM",)"
            R"("tile_bounds":"108.3,11.15,109.55,12.95","tile_max_zoom":17,"tile_min_zoom":8,)"
            R"("tile_url":"/tiles/{z}/{x}/{y}"})"),
        row("IssuedPassword", sample::issued_password(),
            R"({"officer":{"active":true,"full_name":"Trần Văn Bình","id":9,"role":"handler","unit_id":4,)"
            R"("unit_name":"Sở Xây dựng","username":"so-xd.canbo"},"one_time_password":"abcDEFghiJ42"})"),
        row("IssuedPassword{}", IssuedPassword{},
            R"({"officer":{"active":true,"full_name":"","id":0,"role":"","username":""},)"
            R"("one_time_password":""})"),
        row("HolidayYear", sample::holiday_year(),
            R"({"corrections":[{"date":"2026-01-02","id":3,"kind":"add","name":"Nghỉ thêm"},)"
            R"({"date":"2026-02-21","id":4,"kind":"working_day"}],"days":[{"date":"2026-02-17",)"
            R"("kind":"tet","name":"Tết Nguyên Đán"}],"year":2026})"),
        row("HolidayYear{}", HolidayYear{}, R"({"corrections":[],"days":[],"year":0})"),
        row("WorkSessionText", sample::work_session(), R"({"end":"11:30","start":"07:00"})"),
        row("WorkSessionText{}", WorkSessionText{}, R"({"end":"","start":""})"),
        row("SettingsForm", sample::settings_form(),
            R"({"rating_window_days":45,"sessions":[{"end":"11:30","start":"07:00"},{"end":"17:00",)"
            R"("start":"13:30"}],"tile_source_fixed":false,"working_weekdays":[1,2,3,4,5,6]})"),
        row("SettingsForm{}", SettingsForm{},
            R"({"rating_window_days":30,"sessions":[],"tile_source_fixed":false,"working_weekdays":[]})"),
    };
    for (const WireRow& r : rows) {
        CAPTURE(r.name);
        CHECK(r.encoded == r.frozen);
        CAPTURE(r.decode_problem);
        CHECK(r.frozen_decodes_to_sample);
    }
}
