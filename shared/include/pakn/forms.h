// Forms: what people fill in, and the ONE set of rules that judges them. The
// client calls clean()/validate() as the user types; the server calls the same
// functions on every request it decodes (dto.h), so both show the same
// Vietnamese message for the same mistake.
//
// [SECTION] index: result type, choices, province bounds, limits, field
// helpers, accounts, reports, rating and actions, list queries, admin forms.
//
// Conventions for every form:
// - Fields hold what was typed, as strings (the UI edits text buffers);
//   ids are optional<int64>, flags are bool.
// - clean(form) returns the form with every valid field normalised (NFC,
//   white space cleaned, phone/e-mail/login in canonical form, codes as given)
//   plus the errors. A field that has an error keeps its input unchanged, so
//   the UI can show what was typed. validate(form) == clean(form).errors.
// - Error `field`s are the JSON wire names (dto.h); codes are in messages.cpp
//   (sections "text", "identifiers", "password", "forms").
// - Passwords are never trimmed or altered here; the server hashes
//   normalize_password(p) (password.h).
// - An empty or white-space-only optional field is "not given".
// Pure: no I/O, no clock, nothing throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/deadline.h"
#include "pakn/errors.h"
#include "pakn/text.h"
#include "pakn/url.h"
#include "pakn/workflow.h"

namespace pakn {

// [SECTION] result type -------------------------------------------------------

// A cleaned form and the problems found; ok() when there are none.
template <typename T>
struct Validated {
    T value{};
    FieldErrors errors;

    bool ok() const { return errors.empty(); }
    explicit operator bool() const { return ok(); }
};

// [SECTION] choices -------------------------------------------------------------

// One allowed value of a string-valued field and its Vietnamese label, for
// drop-downs and for display.
struct Choice {
    std::string_view value;
    std::string_view label;
};

// Loại tài khoản people register: "citizen" (Cá nhân), "organization".
std::span<const Choice> account_kinds() noexcept;
// Kênh tiếp nhận: web, app, kiosk (self-service) and hotline, email, chatbot,
// in_person (entered by an officer on the reporter's behalf).
std::span<const Choice> channels() noexcept;
// Announcement kinds: policy, tourism, event, notice.
std::span<const Choice> announcement_kinds() noexcept;
// Unit kinds: center, department, commune, company.
std::span<const Choice> unit_kinds() noexcept;
// Roles an officer account may have: dispatcher, handler, unit_lead, leader, admin.
std::span<const Choice> officer_roles() noexcept;
// Category groups: sector (Lĩnh vực), urban_incident (Sự cố hạ tầng đô thị).
std::span<const Choice> category_groups() noexcept;
// Holiday corrections: add (ngày nghỉ thêm), remove (bỏ ngày nghỉ), working_day (làm bù).
std::span<const Choice> holiday_kinds() noexcept;

// True when `value` is one of `choices`.
bool is_choice(std::span<const Choice> choices, std::string_view value) noexcept;

// The label of `value` among `choices`, or "" when it is none of them.
std::string_view choice_label(std::span<const Choice> choices, std::string_view value) noexcept;

// True for web, app and kiosk: channels where reporters enter reports themselves.
bool is_self_service_channel(std::string_view channel) noexcept;

// [SECTION] province bounds ------------------------------------------------------

// A latitude/longitude rectangle, degrees WGS84, edges included.
struct GeoBox {
    double lat_min, lat_max, lon_min, lon_max;

    // True when the point lies inside (NaN is never inside).
    constexpr bool contains(double lat, double lon) const {
        return lat >= lat_min && lat <= lat_max && lon >= lon_min && lon <= lon_max;
    }
};

// Khánh Hòa's mainland (with former Ninh Thuận) and the Trường Sa special zone.
inline constexpr GeoBox kKhanhHoaMainland{11.0, 12.9, 108.3, 109.6};
inline constexpr GeoBox kTruongSaZone{6.0, 12.0, 111.0, 117.5};

// True when (lat, lon) lies in either box of the province.
constexpr bool is_in_province(double lat, double lon) {
    return kKhanhHoaMainland.contains(lat, lon) || kTruongSaZone.contains(lat, lon);
}

// [SECTION] limits (characters = code points after NFC, not bytes) ---------------

inline constexpr std::size_t kMinFullNameChars = 2;
inline constexpr std::size_t kMaxFullNameChars = 100;
inline constexpr std::size_t kMinOrgNameChars = 2;
inline constexpr std::size_t kMaxOrgNameChars = 200;
inline constexpr std::size_t kMaxAddressChars = 300;
inline constexpr std::size_t kMinTitleChars = 5;
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMinContentChars = 10;
inline constexpr std::size_t kMaxContentChars = 5000;
inline constexpr std::size_t kMaxAttachments = 5;
inline constexpr std::size_t kMaxRatingCommentChars = 1000;
inline constexpr std::size_t kMaxQueryChars = 100;
inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPageSize = 100;
inline constexpr int kMaxPage = 1'000'000;
inline constexpr std::size_t kMaxCaptchaAnswerChars = 32;
inline constexpr std::size_t kMaxTokenChars = 128;  // captcha_id, registration_id, reset_id
inline constexpr std::size_t kMaxAnnouncementTitleChars = 200;
inline constexpr std::size_t kMaxAnnouncementSummaryChars = 500;
inline constexpr std::size_t kMaxAnnouncementBodyChars = 20000;
inline constexpr std::size_t kMaxUnitNameChars = 200;
inline constexpr std::size_t kMaxCategoryNameChars = 200;
inline constexpr std::size_t kMaxHolidayNameChars = 100;

// [SECTION] field helpers (also usable alone, e.g. for one input box) ------------

// Họ và tên: single-line cleaned, 2-100 characters of letters (any script,
// Vietnamese included), combining marks, spaces and . ' - with at least one
// letter; no digits. "" + "required" when empty. Codes: required, too_short,
// too_long, invalid_full_name, invalid_utf8, control_characters.
Checked clean_full_name(std::string_view s);

// Cán bộ login: trimmed, ASCII-lowercased, 3-40 of [a-z0-9._-]; or
// "required" / "invalid_username".
Checked clean_username(std::string_view s);

// OTP: trimmed, exactly 6 ASCII digits; or "required" / "invalid_otp".
Checked clean_otp(std::string_view s);

// Server-issued handle (captcha_id, registration_id, reset_id): 1-128 of
// [A-Za-z0-9_-], exactly as given; or "required" / `bad_code`.
Checked clean_token(std::string_view s, std::string_view bad_code);

// Category or unit code: 2-40 of [a-z0-9_], exactly as given; or `bad_code`.
Checked clean_code(std::string_view s, std::string_view bad_code);

// Landline or mobile number of an office (units show "0258 3822 xxx" or
// "1900 1023"): digits with spaces . - ( ) and a leading +, 8-15 digits;
// white space collapsed, otherwise as typed. Or "invalid_contact_phone".
Checked clean_contact_phone(std::string_view s);

// [SECTION] accounts --------------------------------------------------------------

// Đăng ký tài khoản. Citizen: login is a CCCD or CMND. Organization: login is
// a business code or founding-decision number; org_name and representative
// required; full_name defaults to the representative when left empty.
// org_name/representative are cleared for citizens. password_confirm is
// client-only (never on the wire): checked only when non-empty.
// A citizen's CCCD must name a birth year possible on `today` (the caller's
// date in Vietnam: normalize_cccd_on).
// Codes: required, invalid_account_kind, invalid_citizen_login (or the
// CCCD/CMND code when it looks like one), invalid_org_login, the password
// codes, password_mismatch, clean_full_name's codes, invalid_phone(_prefix),
// invalid_email, too_long, invalid_commune_code, invalid_captcha_id.
struct RegisterForm {
    std::string kind;  // "citizen" | "organization"
    std::string login;
    std::string password;
    std::string password_confirm;
    std::string full_name;
    std::string phone;
    std::string email;           // optional
    std::string address;         // optional, <= 300
    std::string commune_code;    // optional; in the official list
    std::string org_name;        // organization only
    std::string representative;  // organization only
    std::string captcha_id;
    std::string captcha_answer;

    bool operator==(const RegisterForm&) const = default;
};

// Đăng nhập. audience "public": any login parse_login accepts (canonical form
// kept). audience "officer": a username (clean_username). Password required,
// not checked against the policy (accounts may predate it). Captcha required.
struct LoginForm {
    std::string audience;  // "public" | "officer"
    std::string login;
    std::string password;
    std::string captcha_id;
    std::string captcha_answer;

    bool operator==(const LoginForm&) const = default;
};

// Xác thực OTP: exactly one of registration_id / reset_id (opaque handles the
// server issued) and the 6-digit code. Neither: "required" on
// registration_id; both: "field_not_applicable" on reset_id.
struct OtpForm {
    std::string registration_id;
    std::string reset_id;
    std::string otp;

    bool operator==(const OtpForm&) const = default;
};

// Gửi lại OTP: exactly one of registration_id / reset_id (same rules as OtpForm).
struct ResendOtpForm {
    std::string registration_id;
    std::string reset_id;

    bool operator==(const ResendOtpForm&) const = default;
};

// Quên mật khẩu: the phone the account registered with, and a captcha (each
// request may send an SMS).
struct ForgotPasswordForm {
    std::string phone;
    std::string captcha_id;
    std::string captcha_answer;

    bool operator==(const ForgotPasswordForm&) const = default;
};

// Đặt lại mật khẩu: handle, OTP and the new password (policy applies);
// `confirm` is client-only, checked when non-empty.
struct ResetPasswordForm {
    std::string reset_id;
    std::string otp;
    std::string new_password;
    std::string confirm;

    bool operator==(const ResetPasswordForm&) const = default;
};

// Đổi mật khẩu: old required; new follows the policy and differs from the old
// ("same_password", in the accounts section of messages.cpp); `confirm` is client-only, checked when non-empty.
struct ChangePasswordForm {
    std::string old_password;
    std::string new_password;
    std::string confirm;

    bool operator==(const ChangePasswordForm&) const = default;
};

// Xóa tài khoản: the password, required.
struct DeleteAccountForm {
    std::string password;

    bool operator==(const DeleteAccountForm&) const = default;
};

// Thông tin tài khoản: full_name required; the rest optional. A new phone
// needs an OTP round (the server's business).
struct ProfileForm {
    std::string full_name;
    std::string email;
    std::string address;
    std::string commune_code;
    std::string phone;
    // An organization edits its own name and representative too (the same
    // rules as at registration); a citizen's are cleared.
    bool organization = false;
    std::string org_name;
    std::string representative;

    bool operator==(const ProfileForm&) const = default;
};

Validated<RegisterForm> clean(const RegisterForm& f, const Date& today);
FieldErrors validate(const RegisterForm& f, const Date& today);
Validated<LoginForm> clean(const LoginForm& f);
FieldErrors validate(const LoginForm& f);
Validated<OtpForm> clean(const OtpForm& f);
FieldErrors validate(const OtpForm& f);
Validated<ResendOtpForm> clean(const ResendOtpForm& f);
FieldErrors validate(const ResendOtpForm& f);
Validated<ForgotPasswordForm> clean(const ForgotPasswordForm& f);
FieldErrors validate(const ForgotPasswordForm& f);
// `login` and `phone` (of the account, when the caller knows it) feed the
// password policy's no-reuse rules; empty skips them.
Validated<ResetPasswordForm> clean(const ResetPasswordForm& f, std::string_view login = {},
                                   std::string_view phone = {});
FieldErrors validate(const ResetPasswordForm& f, std::string_view login = {}, std::string_view phone = {});
Validated<ChangePasswordForm> clean(const ChangePasswordForm& f, std::string_view login = {},
                                    std::string_view phone = {});
FieldErrors validate(const ChangePasswordForm& f, std::string_view login = {}, std::string_view phone = {});
Validated<DeleteAccountForm> clean(const DeleteAccountForm& f);
FieldErrors validate(const DeleteAccountForm& f);
Validated<ProfileForm> clean(const ProfileForm& f);
FieldErrors validate(const ProfileForm& f);

// [SECTION] reports ---------------------------------------------------------------

// Gửi phản ánh, kiến nghị (and edits of a draft). submit=false saves a draft:
// a draft may be incomplete, so only lengths, formats and pairings are
// checked (no "required", no minimum lengths, no captcha); submit=true checks
// everything. lat/lon come together (else "coordinates_incomplete" on the
// missing one) and must lie in the province ("outside_province" on lat).
// channel "" means "web". Reporter contact fields are for officer intake only.
struct ReportForm {
    std::string title;         // 5..200, single line
    std::string content;       // 10..5000, multi-line
    std::string address;       // <= 300, single line (Địa điểm phản ánh)
    std::string commune_code;  // optional; in the official list
    std::optional<double> lat;
    std::optional<double> lon;
    std::string category_code;                 // optional; [a-z0-9_]{2,40}
    bool is_public = false;                    // the reporter consents to publication
    std::vector<std::int64_t> attachment_ids;  // <= 5, distinct, positive
    bool submit = false;
    std::string captcha_id;
    std::string captcha_answer;
    std::string channel;  // "" | web | app | kiosk | hotline | email | chatbot | in_person
    std::string reporter_name;
    std::string reporter_phone;
    std::string reporter_email;
    std::string reporter_id_number;  // CCCD or CMND
    // Sending exactly once: a UUID the client makes once per pending report
    // and repeats on every retry of POST /reports; "" for none. Checked at
    // the HTTP edge (valid_idempotency_key), not by clean().
    std::string idempotency_key;

    bool operator==(const ReportForm&) const = default;
};

// A client's idempotency key: a UUID in its canonical text, lower-case hex
// in 8-4-4-4-12 groups (what crypto.randomUUID() writes).
bool valid_idempotency_key(std::string_view key);

// What the caller knows that the form does not.
// Gửi lại không cần mã xác thực: once a signed-in citizen has sent a report
// (captcha solved), the same sign-in sends the next ones without a captcha,
// until the account's sends in the last kTrustWindowSeconds reach
// kTrustedSendsPerHour: more than a person reporting what they see, so a
// script using a trusted session meets the captcha again.
inline constexpr int kTrustedSendsPerHour = 3;
inline constexpr std::int64_t kTrustWindowSeconds = 3600;

// True when a report sent now must carry a captcha: the session has sent
// none yet, or the account sent kTrustedSendsPerHour or more in the window.
bool send_needs_captcha(bool session_sent_before, std::int64_t sent_in_window);

struct ReportRules {
    // A captcha must accompany a submission (public web and kiosk; the
    // server decides per caller). Never required for drafts.
    bool require_captcha = false;
    // An officer enters the report on someone's behalf: reporter_* allowed;
    // for channels other than web/app/kiosk, reporter_name and one of
    // reporter_phone/email/id_number are required on submit
    // ("contact_required" on reporter_phone). When false, any reporter_*
    // value is "field_not_applicable" and channel must be web/app/kiosk.
    bool officer_intake = false;
    // Today in Vietnam, when known: a CCCD in reporter_id_number must then
    // name a possible birth year (normalize_cccd_on).
    std::optional<Date> today;
};

Validated<ReportForm> clean(const ReportForm& f, const ReportRules& rules = {});
FieldErrors validate(const ReportForm& f, const ReportRules& rules = {});

// [SECTION] rating and actions ------------------------------------------------------

// Đánh giá mức độ hài lòng: a SatisfactionLevel spelling and an optional comment.
struct RatingForm {
    std::string level;
    std::string comment;  // <= 1000, multi-line

    bool operator==(const RatingForm&) const = default;
};

Validated<RatingForm> clean(const RatingForm& f);
FieldErrors validate(const RatingForm& f);

// An action on a report as the client sends it. clean() checks only what
// needs no context: the action is known ("required" / "unknown_action" on
// "action") and text parameters are valid UTF-8 without control characters
// (note and result cleaned multi-line, the others single-line; empty ones
// become absent). Role, status and parameter rules are apply()'s (workflow.h).
struct ActionForm {
    std::string action;
    ActionParams params;

    bool operator==(const ActionForm&) const = default;
};

Validated<ActionForm> clean(const ActionForm& f);
FieldErrors validate(const ActionForm& f);

// The "rate" action carrying a rating form (level -> rating, comment -> note).
ActionForm to_action_form(const RatingForm& f);

// [SECTION] list queries ------------------------------------------------------------

// Filters and paging of every list (?q=&status=&page=...). Unknown keys are
// ignored (cache busters, tracking tags); a repeated key: the last one wins.
// Empty values mean "not given".
struct ListQuery {
    std::string q;                     // <= 100 characters, single line (NFC)
    int page = 1;                      // 1..1,000,000
    int page_size = kDefaultPageSize;  // 1..100
    std::optional<Status> status;      // parse_status
    std::string category;              // category code, [a-z0-9_]{2,40}
    std::string commune;               // commune code in the official list
    std::optional<std::int64_t> unit;  // unit id > 0
    std::optional<Date> from;          // YYYY-MM-DD, inclusive
    std::optional<Date> to;            // YYYY-MM-DD, inclusive; not before `from`
    std::optional<bool> overdue;       // "true"/"1" or "false"/"0"
    std::string channel;               // one of channels() (officer inbox filter)
    std::string reporter;              // officer inbox: the reporter's phone, ID number or full name (<= 100)
    bool mine = false;                 // officer inbox: only the reports given to the caller ("Của tôi")
    bool reconsideration = false;      // officer inbox: only reports whose reconsideration request awaits the center

    bool operator==(const ListQuery&) const = default;
};

// A ListQuery from URL pairs (parse_query_string, url.h). Codes (field = key): too_long, invalid_utf8,
// control_characters (q), invalid_page, invalid_page_size, invalid_status,
// invalid_category_code, invalid_commune_code, invalid_unit_id, invalid_date,
// invalid_date_range (on "to"), invalid_bool, invalid_channel. A bad value leaves the default.
Validated<ListQuery> parse_list_query(const QueryParams& params);

// The query string (without '?') holding the non-default values of `q`, in
// field order, percent-encoded (unreserved characters kept); "" when all are
// default. parse_list_query(parse_query_string(to_query_string(q))) == q.
std::string to_query_string(const ListQuery& q);

// The first instant of `from` (00:00 Vietnam time), when given.
std::optional<UnixSeconds> from_instant(const ListQuery& q);
// The instant just after `to` (00:00 of the next day), when given: filter with t < it.
std::optional<UnixSeconds> to_instant_exclusive(const ListQuery& q);

// [SECTION] exports (báo cáo định kỳ) ------------------------------------------------

// The most rows one export holds; a larger result asks for a narrower filter.
inline constexpr int kMaxExportRows = 5000;

enum class ExportFormat { xlsx, csv };

struct ExportOptions {
    ExportFormat format = ExportFormat::xlsx;
    char separator = ',';  // CSV only: ',' or ';' (Vietnamese regional settings)

    bool operator==(const ExportOptions&) const = default;
};

// ?format=xlsx|csv (default xlsx), ?separator=comma|semicolon (default comma).
// Codes (field = key): invalid_export_format, invalid_csv_separator.
Validated<ExportOptions> parse_export_options(const QueryParams& params);

// The file name of an export: "<stem>-<YYYY-MM-DD>.xlsx" or ".csv".
std::string export_file_name(std::string_view stem, const Date& day, ExportFormat format);

// [SECTION] admin forms ---------------------------------------------------------------

// Thông báo: title required (<= 200), summary (<= 500), body required
// (<= 20000, multi-line), kind one of announcement_kinds().
struct AnnouncementForm {
    std::string title;
    std::string summary;
    std::string body;
    std::string kind;
    bool published = false;

    bool operator==(const AnnouncementForm&) const = default;
};

// Đơn vị: code [a-z0-9_]{2,40}, name required, kind one of unit_kinds();
// a commune unit must name its commune (commune_code required when kind is
// "commune"); phone is an office number (clean_contact_phone).
struct UnitForm {
    std::string code;
    std::string name;
    std::string kind;
    std::string address;
    std::string phone;
    std::string email;
    std::string commune_code;

    bool operator==(const UnitForm&) const = default;
};

// Tài khoản cán bộ: username (clean_username), full_name, unit_id (required,
// > 0), role one of officer_roles(); phone (mobile) and email optional.
struct OfficerForm {
    std::string username;
    std::string full_name;
    std::optional<std::int64_t> unit_id;
    std::string role;
    std::string phone;
    std::string email;

    bool operator==(const OfficerForm&) const = default;
};

// Lĩnh vực: code [a-z0-9_]{2,40}, name required, group one of
// category_groups(), optional default unit (> 0), optional SLA overrides
// (each 1..365 working days or 1..8760 working hours: "invalid_sla_figure"
// on "sla.<slot>").
struct CategoryForm {
    std::string code;
    std::string name;
    std::string group;
    std::optional<std::int64_t> default_unit_id;
    CategorySla sla;
    bool commune_level = false;

    bool operator==(const CategoryForm&) const = default;
};

// A correction to the holiday calendar: date YYYY-MM-DD, kind one of
// holiday_kinds(); name required for "add" (<= 100), optional otherwise.
struct HolidayForm {
    std::string date;
    std::string name;
    std::string kind;

    bool operator==(const HolidayForm&) const = default;
};

Validated<AnnouncementForm> clean(const AnnouncementForm& f);
FieldErrors validate(const AnnouncementForm& f);
Validated<UnitForm> clean(const UnitForm& f);
FieldErrors validate(const UnitForm& f);
Validated<OfficerForm> clean(const OfficerForm& f);
FieldErrors validate(const OfficerForm& f);
Validated<CategoryForm> clean(const CategoryForm& f);
FieldErrors validate(const CategoryForm& f);
Validated<HolidayForm> clean(const HolidayForm& f);
FieldErrors validate(const HolidayForm& f);

}  // namespace pakn
