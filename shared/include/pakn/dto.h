// The JSON contract of the HTTP API (design/api.md) as C++ types: request and
// response DTOs with to_json/from_json free functions, used by the server's
// handlers and the client's net layer alike, so neither builds JSON by hand.
//
// [SECTION] index: wire rules, parsing and encoding, the object reader, the
// object writer, common, accounts, notifications, pages, attachments, reports,
// actions, public, statistics, reference data and admin.
//
// Wire rules (every DTO follows them):
// - Body: one JSON object, UTF-8. decode<T>(body) never throws and never
//   aborts, whatever the bytes. Its errors (FieldError, field = wire name,
//   nested as "reporter.name", "events[2].action"):
//     invalid_utf8        the body is not well-formed UTF-8        (field "")
//     json_too_deep       arrays/objects nested deeper than kMaxJsonDepth (field "")
//     invalid_json        anything else the JSON grammar refuses, including
//                         numbers too large for a double         (field "")
//     malformed_request   the body is valid JSON but not an object (field "")
//     duplicate_field     the same key twice in one object (field = the key):
//                         refused, never "last wins", so that no two parsers
//                         can read one body differently
//     unknown_field       a key the DTO does not have (strict: a typo is an error)
//     missing_field       a required key is absent or null
//     wrong_type          e.g. a string where a number belongs, 1.5 for an id
//     number_out_of_range an integer beyond int64
//     invalid_datetime / invalid_date / invalid_status / unknown_action /
//     invalid_role / invalid_priority / invalid_rating / invalid_sla_figure
//                         a typed value that is not one of its spellings
// - Absent and null mean the same: "not given". Request DTOs (the forms of
//   forms.h) have no required keys at all: an absent field is empty, and the
//   form's validator reports "required" with the message the client already
//   showed. Response DTOs require the keys the server always sends.
// - Output: strings and optional values are left out when empty (""/nullopt);
//   numbers, booleans and arrays are always written. Keys come out sorted.
// - Times are ISO 8601 strings in Vietnam time ("2026-11-28T09:30:00+07:00",
//   calendar.h) on the wire and UnixSeconds in C++; any offset is accepted on
//   input. Dates (holidays) are "YYYY-MM-DD". Ids are int64 numbers.
// - Flow handles (captcha id, registration_id, reset_id) are opaque strings.
// Encoding never throws: invalid UTF-8 in a string is replaced by U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "pakn/calendar.h"
#include "pakn/communes.h"
#include "pakn/deadline.h"
#include "pakn/errors.h"
#include "pakn/forms.h"
#include "pakn/workflow.h"

namespace pakn {

// [SECTION] parsing and encoding ------------------------------------------------

// Deepest nesting of arrays/objects a body may have (ours need 4).
inline constexpr std::size_t kMaxJsonDepth = 32;
// Decoding stops recording problems after this many (a hostile body could have
// a million unknown keys).
inline constexpr std::size_t kMaxDecodeErrors = 50;

// A parsed body, or why there is none.
struct ParsedJson {
    nlohmann::json doc;
    FieldErrors errors;

    bool ok() const { return errors.empty(); }
};

// True when JSON text nests arrays/objects deeper than `max`, counting the
// brackets outside strings as the parser would: a check to make before
// anything recurses over a document (geo.h's imports use it too).
bool json_nests_deeper_than(std::string_view text, std::size_t max) noexcept;

// Checks and parses a body: UTF-8, depth, grammar, duplicate keys (see the
// wire rules above). Never throws.
ParsedJson parse_json(std::string_view body);

// Compact text of `j`; invalid UTF-8 in strings becomes U+FFFD. Never throws.
std::string dump_json(const nlohmann::json& j);

// A decoded DTO and the problems found; `value` is meaningful only when ok().
template <typename T>
struct DecodeResult {
    T value{};
    FieldErrors errors;

    bool ok() const { return errors.empty(); }
    explicit operator bool() const { return ok(); }
};

// The API error for a body that did not decode: 400 malformed_request with
// the decoding problems as `fields`.
ApiError decode_failure(FieldErrors errors);

// [SECTION] the object reader ------------------------------------------------------
// How every from_json below reads one JSON object; public so that new DTOs
// (and the Page<T> template) read the same way.

class ObjectReader {
public:
    // Starts reading `j`, found at `path` ("" for the body). When `j` is not
    // an object: malformed_request at the top, wrong_type below.
    ObjectReader(const nlohmann::json& j, std::string path, FieldErrors& errors);

    // False when the value was not an object (already reported).
    bool is_object() const { return obj_ != nullptr; }

    // req(): absent or null is missing_field. opt(): absent or null leaves
    // `out` as it is. Both report wrong_type / number_out_of_range.
    void req(std::string_view key, std::string& out);
    void opt(std::string_view key, std::string& out);
    void opt(std::string_view key, std::optional<std::string>& out);
    void req(std::string_view key, std::int64_t& out);
    void opt(std::string_view key, std::int64_t& out);
    void opt(std::string_view key, std::optional<std::int64_t>& out);
    void req(std::string_view key, bool& out);
    void opt(std::string_view key, bool& out);
    void req(std::string_view key, double& out);
    void opt(std::string_view key, std::optional<double>& out);
    void opt(std::string_view key, std::vector<std::int64_t>& out);
    void opt(std::string_view key, std::vector<std::string>& out);
    // Read as opt(); they differ from opt() only when writing (ObjectWriter).
    void opt_keep_empty(std::string_view key, std::string& out) { opt(key, out); }
    void opt_omit_zero(std::string_view key, std::int64_t& out) { opt(key, out); }
    void opt_omit_empty(std::string_view key, std::vector<std::int64_t>& out) { opt(key, out); }
    // ISO 8601 times (invalid_datetime when unparseable or outside kMinTime..kMaxTime).
    void req_time(std::string_view key, UnixSeconds& out);
    void opt_time(std::string_view key, std::optional<UnixSeconds>& out);
    // "YYYY-MM-DD" (invalid_date).
    void req_date(std::string_view key, Date& out);
    // Any JSON object (an event's payload); absent/null leaves an empty object.
    void opt_json_object(std::string_view key, nlohmann::json& out);

    // A string holding one spelling of an enum: `parse` gives nullopt for
    // anything else, reported as `bad_code`.
    template <typename E, typename Parse>
    void req_enum(std::string_view key, E& out, Parse parse, std::string_view bad_code) {
        std::string s;
        const std::size_t before = errors_.size();
        req(key, s);
        if (errors_.size() != before) return;
        if (const std::optional<E> v = parse(s))
            out = *v;
        else
            error(key, bad_code);
    }
    template <typename E, typename Parse>
    void opt_enum(std::string_view key, std::optional<E>& out, Parse parse, std::string_view bad_code) {
        std::optional<std::string> s;
        opt(key, s);
        if (!s) return;
        if (const std::optional<E> v = parse(*s))
            out = *v;
        else
            error(key, bad_code);
    }
    template <typename E, typename Parse>
    void opt_enum_list(std::string_view key, std::vector<E>& out, Parse parse, std::string_view bad_code) {
        std::vector<std::string> s;
        const std::size_t before = errors_.size();
        opt(key, s);
        if (errors_.size() != before) return;
        out.clear();
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (const std::optional<E> v = parse(s[i]))
                out.push_back(*v);
            else
                add(item_path(key, i), bad_code);
        }
    }

    // Nested objects and lists of them, each read by its own from_json.
    // object(key, T&, required): absent/null is missing_field when required,
    // else leaves `out`. object(key, optional<T>&): absent/null leaves nullopt.
    template <typename T>
    void object(std::string_view key, T& out, bool required) {
        if (const nlohmann::json* v = find(key))
            from_json(*v, out, errors_, path_of(key));
        else if (required)
            error(key, "missing_field");
    }
    template <typename T>
    void object(std::string_view key, std::optional<T>& out) {
        if (const nlohmann::json* v = find(key)) {
            T item{};
            from_json(*v, item, errors_, path_of(key));
            out = std::move(item);
        }
    }
    template <typename T>
    void list(std::string_view key, std::vector<T>& out, bool required) {
        const nlohmann::json* v = find(key);
        if (!v) {
            if (required) error(key, "missing_field");
            return;
        }
        if (!v->is_array()) {
            error(key, "wrong_type");
            return;
        }
        out.clear();
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            T item{};
            from_json((*v)[i], item, errors_, item_path(key, i));
            out.push_back(std::move(item));
        }
    }

    // Reports every key that no read asked for (unknown_field). Call last.
    void finish();

    // "a.b" for key "b" under path "a"; "b" at the top.
    std::string path_of(std::string_view key) const;
    // "a.b[3]".
    std::string item_path(std::string_view key, std::size_t index) const;

private:
    // The value of `key` (remembered as read); nullptr when absent or null.
    const nlohmann::json* find(std::string_view key);
    void error(std::string_view key, std::string_view code);
    void add(std::string field, std::string_view code);

    const nlohmann::json* obj_ = nullptr;
    std::string path_;
    FieldErrors& errors_;
    std::vector<std::string_view> read_;
};

// [SECTION] the object writer ------------------------------------------------------
// The encoding twin of ObjectReader, with the same method names: a DTO's
// wire format is ONE field list, a template run by both (dto.cpp), so that
// names, presence rules and types cannot drift apart and encode -> decode is
// the identity.

// The wire spelling of each enum a DTO carries (what parse_status,
// parse_priority, ... read back).
std::string_view to_wire(Status s) noexcept;
std::string_view to_wire(Action a) noexcept;
std::string_view to_wire(Role r) noexcept;
std::string_view to_wire(SatisfactionLevel l) noexcept;
std::string_view to_wire(Priority p) noexcept;
std::string_view to_wire(TimeLeftLevel l) noexcept;
std::string_view to_wire(SlaUnit u) noexcept;

// Writes one JSON object. The wire rules above: strings and optionals are
// left out when empty; numbers, booleans, arrays and required strings are
// always written. Three exceptions, for DTOs whose wire says otherwise:
// opt_keep_empty writes "" too, opt_omit_zero leaves out 0, opt_omit_empty
// leaves out []. Never throws.
class ObjectWriter {
public:
    // Makes `j` an empty object and writes into it.
    explicit ObjectWriter(nlohmann::json& j) : j_(j) { j_ = nlohmann::json::object(); }

    void req(std::string_view key, const std::string& v) { set(key, v); }
    void opt(std::string_view key, const std::string& v) {
        if (!v.empty()) set(key, v);
    }
    void opt(std::string_view key, const std::optional<std::string>& v) {
        if (v) set(key, *v);
    }
    void req(std::string_view key, std::int64_t v) { set(key, v); }
    void opt(std::string_view key, std::int64_t v) { set(key, v); }
    void opt(std::string_view key, const std::optional<std::int64_t>& v) {
        if (v) set(key, *v);
    }
    void req(std::string_view key, bool v) { set(key, v); }
    void opt(std::string_view key, bool v) { set(key, v); }
    void req(std::string_view key, double v) { set(key, v); }
    void opt(std::string_view key, const std::optional<double>& v) {
        if (v) set(key, *v);
    }
    void opt(std::string_view key, const std::vector<std::int64_t>& v) { set(key, v); }
    void opt(std::string_view key, const std::vector<std::string>& v) { set(key, v); }
    void opt_keep_empty(std::string_view key, const std::string& v) { set(key, v); }
    void opt_omit_zero(std::string_view key, std::int64_t v) {
        if (v != 0) set(key, v);
    }
    void opt_omit_empty(std::string_view key, const std::vector<std::int64_t>& v) {
        if (!v.empty()) set(key, v);
    }
    void req_time(std::string_view key, UnixSeconds t) { set(key, format_iso8601(t)); }
    void opt_time(std::string_view key, const std::optional<UnixSeconds>& t) {
        if (t) set(key, format_iso8601(*t));
    }
    void req_date(std::string_view key, const Date& d) { set(key, format_date(d)); }
    void opt_json_object(std::string_view key, const nlohmann::json& v) {
        set(key, v.is_object() ? v : nlohmann::json::object());
    }
    template <typename E, typename Parse>
    void req_enum(std::string_view key, const E& v, Parse, std::string_view) {
        set(key, std::string(to_wire(v)));
    }
    template <typename E, typename Parse>
    void opt_enum(std::string_view key, const std::optional<E>& v, Parse, std::string_view) {
        if (v) set(key, std::string(to_wire(*v)));
    }
    template <typename E, typename Parse>
    void opt_enum_list(std::string_view key, const std::vector<E>& v, Parse, std::string_view) {
        nlohmann::json a = nlohmann::json::array();
        for (const E& e : v)
            a.push_back(std::string(to_wire(e)));
        set(key, std::move(a));
    }
    // Nested objects and lists of them, each written by its own to_json.
    template <typename T>
    void object(std::string_view key, const T& v, bool) {
        nlohmann::json sub;
        to_json(sub, v);
        set(key, std::move(sub));
    }
    template <typename T>
    void object(std::string_view key, const std::optional<T>& v) {
        if (v) object(key, *v, true);
    }
    template <typename T>
    void list(std::string_view key, const std::vector<T>& v, bool) {
        nlohmann::json a = nlohmann::json::array();
        for (const T& item : v) {
            nlohmann::json one;
            to_json(one, item);
            a.push_back(std::move(one));
        }
        set(key, std::move(a));
    }
    void finish() {}

private:
    template <typename V>
    void set(std::string_view key, V&& v) {
        j_[std::string(key)] = std::forward<V>(v);
    }

    nlohmann::json& j_;
};

// [SECTION] common ----------------------------------------------------------------

// {"error": {"code", "message", "fields": [{field, code, message}]}}; the HTTP
// status travels in the status line, not in the body. "fields" is always written.
struct ErrorBody {
    std::string code;
    std::string message;
    FieldErrors fields;

    bool operator==(const ErrorBody&) const = default;
};

// The body for an ApiError.
ErrorBody error_body(const ApiError& e);

// GET /health: {"status": "ok", "version": "0.1.0"}.
struct Health {
    std::string status;
    std::string version;
    std::optional<std::int64_t> schema_version;  // migrations applied
    std::string db;          // "ok" once a read went through

    bool operator==(const Health&) const = default;
};

// GET /captcha[?kind=text]: a single-use challenge. kind "image": type the
// characters of the PNG at `image` (width x height px; `question` says what
// to do); kind "text": the accessible alternative, a question in Vietnamese
// a screen reader can read out. The answer is never in the response.
struct Captcha {
    std::string id;
    std::string question;
    std::string kind;   // "image" | "text"
    std::string image;  // image: the picture's URL (GET, PNG, no-store)
    std::optional<std::int64_t> width;
    std::optional<std::int64_t> height;

    bool operator==(const Captcha&) const = default;
};

// [SECTION] accounts -----------------------------------------------------------------
// Requests are the forms themselves (forms.h). Client-only fields
// (password_confirm, confirm) are never written, and refused as unknown_field.

using RegisterRequest = RegisterForm;              // POST /auth/register
using VerifyRequest = OtpForm;                     // POST /auth/register/verify
using ResendRequest = ResendOtpForm;               // POST /auth/otp/resend
using LoginRequest = LoginForm;                    // POST /auth/login
using ForgotRequest = ForgotPasswordForm;          // POST /auth/password/forgot
using ResetCheckRequest = OtpForm;                 // POST /auth/password/reset/check (reset_id, otp)
using ResetRequest = ResetPasswordForm;            // POST /auth/password/reset
using ChangePasswordRequest = ChangePasswordForm;  // POST /me/password
using DeleteAccountRequest = DeleteAccountForm;    // DELETE /me

// An SMS code went out: where (masked, "0336*396**") and when another may be asked for.
struct RegisterResponse {
    std::string registration_id;
    std::string otp_sent_to;
    std::optional<std::int64_t> resend_after_seconds;

    bool operator==(const RegisterResponse&) const = default;
};

struct ForgotResponse {
    std::string reset_id;
    std::string otp_sent_to;
    std::optional<std::int64_t> resend_after_seconds;

    bool operator==(const ForgotResponse&) const = default;
};

struct ResendResponse {
    std::string otp_sent_to;
    std::optional<std::int64_t> resend_after_seconds;

    bool operator==(const ResendResponse&) const = default;
};

// An account as its owner or an admin sees it. Required on the wire: id,
// kind, login, full_name, created_at. `phone` is the clear number (left empty
// in views that must not show it); `phone_masked` the masked one.
struct Account {
    std::int64_t id = 0;
    std::string kind;  // "citizen" | "organization" | "officer"
    std::string login;
    std::string full_name;
    std::string phone;
    std::string phone_masked;
    std::string email;
    std::string address;
    std::string commune_code;
    std::string org_name;
    std::string representative;
    std::optional<std::int64_t> unit_id;
    std::string unit_name;
    std::string role;  // officers: dispatcher | handler | unit_lead | leader | admin
    bool must_change_password = false;
    UnixSeconds created_at = 0;

    bool operator==(const Account&) const = default;
};

// POST /auth/login -> {account, csrf_token}.
struct LoginResponse {
    Account account;
    std::string csrf_token;
    // Whether this sign-in's next sent report must carry a captcha (false
    // after it has sent one, until the pace looks scripted; see
    // send_needs_captcha). The report form hides the captcha when false.
    bool report_captcha = true;

    bool operator==(const LoginResponse&) const = default;
};

// PATCH /me: every field optional; absent or null = unchanged, "" = clear.
struct ProfilePatch {
    std::optional<std::string> full_name;
    std::optional<std::string> email;
    std::optional<std::string> address;
    std::optional<std::string> commune_code;
    std::optional<std::string> phone;
    std::optional<std::string> org_name;        // organizations only
    std::optional<std::string> representative;  // organizations only

    bool operator==(const ProfilePatch&) const = default;
};

// GET /me/summary: the counts of the account page ("Phản ánh, kiến nghị của
// tôi (N)", "Thông báo (N)"). All required.
struct MeSummary {
    std::int64_t reports = 0;
    std::int64_t notifications = 0;
    std::int64_t unread_notifications = 0;

    bool operator==(const MeSummary&) const = default;
};

// The profile form of an account (what the edit screen starts from).
ProfileForm profile_of(const Account& a);

// The name an account goes by on screen: an organization's own name (its
// representative is the contact person), else the person's.
const std::string& display_name(const Account& a);

// `current` with the patch's given fields replaced; validate the result.
ProfileForm apply_patch(ProfileForm current, const ProfilePatch& patch);

// [SECTION] notifications --------------------------------------------------------------

// Thông báo to one account. Required: id, kind, title, created_at.
struct Notification {
    std::int64_t id = 0;
    std::string kind;  // the workflow action that caused it ("accept", "publish", ...), "submitted" or "overdue"
    std::string title;
    std::string body;
    std::optional<std::int64_t> report_id;
    std::string report_code;
    UnixSeconds created_at = 0;
    bool read = false;

    bool operator==(const Notification&) const = default;
};

// [SECTION] pages ---------------------------------------------------------------------

// One page of a list: {"total", "page", "page_size", "items": [...]}, all required.
template <typename T>
struct Page {
    std::int64_t total = 0;
    std::int64_t page = 1;
    std::int64_t page_size = kDefaultPageSize;
    std::vector<T> items;

    bool operator==(const Page&) const = default;
};

// [SECTION] attachments -------------------------------------------------------------

// A stored file. Required: id, mime, size, sha256.
struct AttachmentInfo {
    std::int64_t id = 0;
    std::string mime;
    std::int64_t size = 0;
    std::string sha256;  // lowercase hex
    std::string name;
    std::string kind;  // "image" | "video" | "document"

    bool operator==(const AttachmentInfo&) const = default;
};

// [SECTION] reports ---------------------------------------------------------------------

using ReportRequest = ReportForm;  // POST /reports, PATCH /reports/{id}

// 201 of POST /reports. All required.
struct ReportCreated {
    std::int64_t id = 0;
    std::string code;  // PAKN-2026-000123
    Status status = Status::draft;

    bool operator==(const ReportCreated&) const = default;
};

// A row of the officer inbox and "my reports". Required: id, code, title,
// status, created_at.
struct ReportSummary {
    std::int64_t id = 0;
    std::string code;
    std::string title;
    Status status = Status::draft;
    std::string category_code;
    std::string category_name;
    std::string commune_code;
    std::string commune_name;
    std::string unit_name;  // the lead unit
    UnixSeconds created_at = 0;
    std::optional<UnixSeconds> submitted_at;
    std::optional<UnixSeconds> deadline;  // of the current step
    bool overdue = false;
    bool is_published = false;
    std::string channel;
    // Time left on the current step, by the server's working calendar (the
    // admin's holidays, office hours and per-category deadlines): the text
    // ("Còn 2 ngày 3 giờ") and the level the SLA colours follow. Both empty
    // when the step has no deadline.
    std::string time_left;
    std::optional<TimeLeftLevel> time_left_level;  // "ok" | "due_soon" | "overdue"
    // Officers only: the officer of the lead unit it was given to ("" none).
    std::string assignee_name;
    std::optional<std::int64_t> assignee_id;

    bool operator==(const ReportSummary&) const = default;
};

// GET /officer/colleagues: an officer of the caller's unit a report can be
// given to (assign_handler). All required.
struct Colleague {
    std::int64_t id = 0;
    std::string full_name;
    Role role = Role::handler;

    bool operator==(const Colleague&) const = default;
};

// Who sent a report, as this caller may see it: clear for the owner and
// officers in scope, masked otherwise; `deleted` when the account was erased.
struct ReporterInfo {
    std::string name;
    std::string phone;
    std::string email;
    std::string id_number;
    bool masked = false;
    bool deleted = false;

    bool operator==(const ReporterInfo&) const = default;
};

// A unit named in a report. Both required.
struct UnitRef {
    std::int64_t id = 0;
    std::string name;

    bool operator==(const UnitRef&) const = default;
};

// The reporter's rating. Required: level, created_at.
struct RatingInfo {
    SatisfactionLevel level = SatisfactionLevel::satisfied;
    std::string comment;
    UnixSeconds created_at = 0;

    bool operator==(const RatingInfo&) const = default;
};

// Kết quả xử lý. Required: text.
struct ResultInfo {
    std::string text;
    std::vector<AttachmentInfo> attachments;
    std::optional<UnixSeconds> approved_at;

    bool operator==(const ResultInfo&) const = default;
};

// One line of the timeline (an append-only event). Required: id, action,
// created_at. Which steps, and which notes, reach the public, the reporter
// and officers is the table in event_visibility.h; `internal` marks the steps
// only officers receive.
struct Event {
    std::int64_t id = 0;
    Action action = Action::comment;
    std::optional<Status> from_status;
    std::optional<Status> to_status;
    std::string actor_name;
    std::optional<Role> actor_role;
    std::string note;
    nlohmann::json payload = nlohmann::json::object();  // always an object
    UnixSeconds created_at = 0;
    bool internal = false;

    bool operator==(const Event&) const = default;
};

// The answer deadline for one priority if the report were routed now.
// Both required.
struct ProposedDeadline {
    Priority priority = Priority::normal;
    UnixSeconds deadline = 0;

    bool operator==(const ProposedDeadline&) const = default;
};

// GET /reports/{id}: the summary's fields plus everything the detail screen
// shows, flat in one JSON object.
struct ReportDetail : ReportSummary {
    std::string content;
    std::string address;
    std::optional<double> lat;
    std::optional<double> lon;
    bool is_public = false;
    std::vector<AttachmentInfo> attachments;
    std::optional<ReporterInfo> reporter;
    std::vector<Event> events;
    std::vector<Action> allowed_actions;  // for this caller, now
    bool extension_pending = false;
    // Đề nghị xem xét lại: the reporter's request awaits the center; the one
    // request has been used (pending or decided). False on the public portal.
    bool reconsideration_pending = false;
    bool reconsideration_requested = false;
    // Người cùng phản ánh: citizens following it besides its author (the
    // page says followers + 1 "người cùng phản ánh"), and whether the
    // caller is one of them.
    std::int64_t followers = 0;
    bool following = false;
    std::optional<RatingInfo> rating;
    std::optional<ResultInfo> result;
    std::optional<UnitRef> lead_unit;
    std::vector<UnitRef> co_units;
    std::optional<Priority> priority;
    // The answer deadline routing (assign, reopen) would set now, one per
    // priority, by the server's calendar: the routing form previews it.
    // Only for a caller who may route the report now.
    std::vector<ProposedDeadline> proposed_deadlines;
    // Routing (officers who may assign): the unit the form proposes, the
    // commune's People's Committee for a commune-level category, else the
    // category's default unit; absent when neither is set or active.
    std::optional<std::int64_t> suggested_unit_id;
    std::optional<UnixSeconds> updated_at;
    // Bumped by every change; sent back as an action's `version` so a
    // concurrent change answers 409 stale_report instead of being overwritten.
    std::int64_t version = 0;

    bool operator==(const ReportDetail&) const = default;
};

// [SECTION] actions ---------------------------------------------------------------------

// The form part of an action: {action, note?, reason_code?, duplicate_of?,
// unit_id?, co_unit_ids?, deadline? (ISO 8601), result?, rating?}.
using ActionRequest = ActionForm;

// POST /reports/{id}/actions: the ActionForm fields, flat in one object, plus
//   priority        "normal" | "urgent" | "complex" (assign, reopen)
//   attachment_ids  the result's files (propose_result); left out when empty
//   version         the report version the client acted on; a different
//                   current version answers 409 stale_report
struct ActionRequestBody {
    ActionForm form;
    std::optional<std::string> priority;
    std::vector<std::int64_t> attachment_ids;
    std::optional<std::int64_t> version;

    bool operator==(const ActionRequestBody&) const = default;
};

// [SECTION] public --------------------------------------------------------------------

// GET /public/lookup/{code}: status and dates, no personal data. Category and
// commune only for a caller who may see the report itself (published, its
// owner, officers in scope); empty (absent on the wire) for anyone else.
// Required: code, status, updated_at.
struct LookupResult {
    std::string code;
    Status status = Status::submitted;
    std::string status_label;
    std::optional<UnixSeconds> submitted_at;
    UnixSeconds updated_at = 0;
    std::optional<UnixSeconds> deadline;
    std::string category_name;
    std::string commune_name;

    bool operator==(const LookupResult&) const = default;
};

// One finding of the personal-data detector (redaction.h): its kind
// ("phone", "id_number", "email", "plate") and bytes [begin, end) of the text.
// Required: all.
struct PersonalDataFinding {
    std::string kind;
    std::int64_t begin = 0;
    std::int64_t end = 0;

    bool operator==(const PersonalDataFinding&) const = default;
};

// Công khai, before it happens: the original title and content with what the
// detector found in each, and the redacted versions published when the
// dispatcher sends no public_title / public_text. Required: all.
struct PublicPreview {
    std::string title;
    std::vector<PersonalDataFinding> title_spans;
    std::string public_title;
    std::string text;
    std::vector<PersonalDataFinding> spans;
    std::string public_text;

    bool operator==(const PublicPreview&) const = default;
};

// A published report: the reporter's name masked (mask_name), no contact or
// ID data. Required: id, code, title, status.
struct PublicReport {
    std::int64_t id = 0;
    std::string code;
    std::string title;
    std::string content;
    std::string address;  // where the problem is (not the reporter's address)
    std::string commune_code;
    std::string commune_name;
    std::string category_code;
    std::string category_name;
    std::optional<double> lat;
    std::optional<double> lon;
    Status status = Status::resolved;
    std::string reporter_name;
    std::optional<UnixSeconds> submitted_at;
    std::string unit_name;
    std::vector<AttachmentInfo> attachments;
    std::optional<ResultInfo> result;
    std::optional<SatisfactionLevel> rating;
    std::int64_t followers = 0;  // citizens following it besides its author

    bool operator==(const PublicReport&) const = default;
};

// [SECTION] statistics -------------------------------------------------------------

// Rates are fractions 0..1; avg_handling_hours is calendar hours from
// submission to the approved answer (what a citizen waits, as published).
struct StatsTotals {
    std::int64_t received = 0;
    std::int64_t resolved = 0;
    double on_time_rate = 0;
    double satisfaction_rate = 0;
    double avg_handling_hours = 0;

    bool operator==(const StatsTotals&) const = default;
};

// One bar/row: key (status, category code, unit id, commune code, "2026-03",
// satisfaction level), its label and count. Required: key, label, count.
struct StatRow {
    std::string key;
    std::string label;
    std::int64_t count = 0;
    std::optional<std::int64_t> resolved;
    std::optional<double> on_time_rate;
    std::optional<double> avg_handling_hours;

    bool operator==(const StatRow&) const = default;
};

// GET /public/stats. All keys required.
struct Stats {
    StatsTotals totals;
    std::vector<StatRow> by_status;
    std::vector<StatRow> by_category;
    std::vector<StatRow> by_unit;  // ranked by on_time_rate
    std::vector<StatRow> by_commune;
    std::vector<StatRow> by_month;
    std::vector<StatRow> satisfaction;

    bool operator==(const Stats&) const = default;
};

// [SECTION] reference data and admin ----------------------------------------------------

// Requests of the admin screens are their forms.
using AnnouncementRequest = AnnouncementForm;
using UnitRequest = UnitForm;
using OfficerRequest = OfficerForm;
using CategoryRequest = CategoryForm;  // sla: {"resolve_normal": {"amount": 7, "unit": "working_days"}, ...}
using HolidayRequest = HolidayForm;

// Lĩnh vực. Required: id, code, name, group. The admin fields (default unit,
// SLA overrides) are left out of public lists.
struct Category {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string group;  // "sector" | "urban_incident"
    std::optional<std::int64_t> default_unit_id;
    std::string default_unit_name;
    CategorySla sla;
    bool active = true;
    bool commune_level = false;  // handled by the commune's People's Committee

    bool operator==(const Category&) const = default;
};

// A commune of the official list. All required.
struct Commune {
    std::string code;
    std::string name;
    std::string kind;  // "phuong" | "xa" | "dac_khu"

    bool operator==(const Commune&) const = default;
};

// The DTO of a row of the official list.
Commune to_commune(const CommuneRecord& c);

// Đơn vị (also the public directory, Địa chỉ cần biết). Required: id, code, name, kind.
struct Unit {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind;  // center | department | commune | company
    std::string address;
    std::string phone;
    std::string email;
    std::string commune_code;
    bool active = true;

    bool operator==(const Unit&) const = default;
};

// Thông báo, tin tức. Required: id, title, kind, created_at.
struct Announcement {
    std::int64_t id = 0;
    std::string title;
    std::string summary;
    std::string body;
    std::string kind;  // policy | tourism | event | notice
    bool published = false;
    std::optional<UnixSeconds> published_at;
    UnixSeconds created_at = 0;

    bool operator==(const Announcement&) const = default;
};

// A day in the holiday calendar or an admin correction. Required: date, kind.
// kind: the statutory kinds "new_year", "tet", "hung_kings", "victory",
// "labour", "national_day", "compensatory", "extra" for computed days off;
// "add", "remove", "working_day" for the admin's corrections (which have an id).
struct HolidayEntry {
    std::optional<std::int64_t> id;
    Date date;
    std::string name;
    std::string kind;

    bool operator==(const HolidayEntry&) const = default;
};

// Wire spelling of a statutory holiday kind ("tet", "compensatory", ...).
std::string_view holiday_kind_code(HolidayKind k) noexcept;

// The DTO of a computed day off.
HolidayEntry to_holiday_entry(const Holiday& h);

// Tài khoản cán bộ as the admin lists it. Required: id, username, full_name, role.
struct Officer {
    std::int64_t id = 0;
    std::string username;
    std::string full_name;
    std::optional<std::int64_t> unit_id;
    std::string unit_name;
    std::string role;
    std::string phone;
    std::string email;
    bool active = true;
    std::optional<UnixSeconds> created_at;

    bool operator==(const Officer&) const = default;
};

// [SECTION] to_json / from_json -------------------------------------------------------
// to_json(j, v) replaces `j` with v's object and never throws (nlohmann's
// `json j = v;` uses it). from_json(j, v, errors, path) reads `j` found at
// `path` into `v`, appending problems to `errors`; never throws.

void to_json(nlohmann::json& j, const FieldError& v);
void from_json(const nlohmann::json& j, FieldError& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ErrorBody& v);
void from_json(const nlohmann::json& j, ErrorBody& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Health& v);
void from_json(const nlohmann::json& j, Health& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Captcha& v);
void from_json(const nlohmann::json& j, Captcha& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const RegisterForm& v);
void from_json(const nlohmann::json& j, RegisterForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const LoginForm& v);
void from_json(const nlohmann::json& j, LoginForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const OtpForm& v);
void from_json(const nlohmann::json& j, OtpForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ResendOtpForm& v);
void from_json(const nlohmann::json& j, ResendOtpForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ForgotPasswordForm& v);
void from_json(const nlohmann::json& j, ForgotPasswordForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ResetPasswordForm& v);
void from_json(const nlohmann::json& j, ResetPasswordForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ChangePasswordForm& v);
void from_json(const nlohmann::json& j, ChangePasswordForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const DeleteAccountForm& v);
void from_json(const nlohmann::json& j, DeleteAccountForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const RegisterResponse& v);
void from_json(const nlohmann::json& j, RegisterResponse& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ForgotResponse& v);
void from_json(const nlohmann::json& j, ForgotResponse& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ResendResponse& v);
void from_json(const nlohmann::json& j, ResendResponse& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Account& v);
void from_json(const nlohmann::json& j, Account& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const LoginResponse& v);
void from_json(const nlohmann::json& j, LoginResponse& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ProfilePatch& v);
void from_json(const nlohmann::json& j, ProfilePatch& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const MeSummary& v);
void from_json(const nlohmann::json& j, MeSummary& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Notification& v);
void from_json(const nlohmann::json& j, Notification& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AttachmentInfo& v);
void from_json(const nlohmann::json& j, AttachmentInfo& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ReportForm& v);
void from_json(const nlohmann::json& j, ReportForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ReportCreated& v);
void from_json(const nlohmann::json& j, ReportCreated& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ReportSummary& v);
void from_json(const nlohmann::json& j, ReportSummary& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ReporterInfo& v);
void from_json(const nlohmann::json& j, ReporterInfo& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UnitRef& v);
void to_json(nlohmann::json& j, const ProposedDeadline& v);
void from_json(const nlohmann::json& j, ProposedDeadline& v, FieldErrors& errors, const std::string& path = {});
void from_json(const nlohmann::json& j, UnitRef& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const RatingInfo& v);
void from_json(const nlohmann::json& j, RatingInfo& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ResultInfo& v);
void from_json(const nlohmann::json& j, ResultInfo& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Event& v);
void from_json(const nlohmann::json& j, Event& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ReportDetail& v);
void from_json(const nlohmann::json& j, ReportDetail& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ActionForm& v);
void from_json(const nlohmann::json& j, ActionForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const ActionRequestBody& v);
void from_json(const nlohmann::json& j, ActionRequestBody& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const LookupResult& v);
void from_json(const nlohmann::json& j, LookupResult& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const PersonalDataFinding& v);
void from_json(const nlohmann::json& j, PersonalDataFinding& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const PublicPreview& v);
void from_json(const nlohmann::json& j, PublicPreview& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const PublicReport& v);
void from_json(const nlohmann::json& j, PublicReport& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const StatsTotals& v);
void from_json(const nlohmann::json& j, StatsTotals& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const StatRow& v);
void from_json(const nlohmann::json& j, StatRow& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Stats& v);
void from_json(const nlohmann::json& j, Stats& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SlaFigure& v);
void from_json(const nlohmann::json& j, SlaFigure& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const CategorySla& v);
void from_json(const nlohmann::json& j, CategorySla& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Category& v);
void from_json(const nlohmann::json& j, Category& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Colleague& v);
void from_json(const nlohmann::json& j, Colleague& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Commune& v);
void from_json(const nlohmann::json& j, Commune& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Unit& v);
void from_json(const nlohmann::json& j, Unit& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Announcement& v);
void from_json(const nlohmann::json& j, Announcement& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const HolidayEntry& v);
void from_json(const nlohmann::json& j, HolidayEntry& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const Officer& v);
void from_json(const nlohmann::json& j, Officer& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AnnouncementForm& v);
void from_json(const nlohmann::json& j, AnnouncementForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UnitForm& v);
void from_json(const nlohmann::json& j, UnitForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const OfficerForm& v);
void from_json(const nlohmann::json& j, OfficerForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const CategoryForm& v);
void from_json(const nlohmann::json& j, CategoryForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const HolidayForm& v);
void from_json(const nlohmann::json& j, HolidayForm& v, FieldErrors& errors, const std::string& path = {});

// A page's field list, run by the ObjectWriter and the ObjectReader like every
// DTO's (dto.cpp); `P` is a Page<T>, const when writing.
template <typename IO, typename P>
void fields_Page(IO& io, P& p) {
    io.req("total", p.total);
    io.req("page", p.page);
    io.req("page_size", p.page_size);
    io.list("items", p.items, true);
}

template <typename T>
void to_json(nlohmann::json& j, const Page<T>& p) {
    ObjectWriter w(j);
    fields_Page(w, p);
}

template <typename T>
void from_json(const nlohmann::json& j, Page<T>& p, FieldErrors& errors, const std::string& path = {}) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    fields_Page(r, p);
    r.finish();
}

// [SECTION] whole bodies -----------------------------------------------------------------

// The DTO in `body`, or the problems (wire rules above). Never throws.
template <typename T>
DecodeResult<T> decode(std::string_view body) {
    DecodeResult<T> out;
    ParsedJson parsed = parse_json(body);
    if (!parsed.ok()) {
        out.errors = std::move(parsed.errors);
        return out;
    }
    from_json(parsed.doc, out.value, out.errors, std::string());
    return out;
}

// The JSON text of a DTO. Never throws.
template <typename T>
std::string encode(const T& value) {
    nlohmann::json j;
    to_json(j, value);
    return dump_json(j);
}

// The JSON text of an error body: {"error": {...}}.
std::string encode_error(const ApiError& e);

}  // namespace pakn
