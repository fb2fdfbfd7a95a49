// The JSON contract: parsing, the object reader, and one field list per DTO.
//
// [SECTION] index: parsing and encoding, the object reader, the writer,
// field lists, to_json/from_json, helpers.
//
// Each DTO's fields are listed ONCE, in a template run by two visitors: the
// ObjectReader (decoding) and the ObjectWriter (encoding). Both therefore
// agree on names, presence rules and types, which is what makes encode ->
// decode the identity (the round-trip tests and fuzz_dto check it). The DTO
// headers beside dto.h do the same through dto_fields.h.
#include "pakn/dto.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

#include "dto_fields.h"
#include "pakn/text.h"

namespace pakn {

using json = nlohmann::json;

// [SECTION] parsing and encoding

// Follows JSON's string lexing, so for any text the parser would accept it
// counts exactly; for text it refuses, the parser stops at the same point anyway.
bool json_nests_deeper_than(std::string_view s, std::size_t max) noexcept {
    std::size_t depth = 0;
    bool in_string = false, escaped = false;
    for (char c : s) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

ParsedJson parse_json(std::string_view body) {
    ParsedJson out;
    // Checked before nlohmann sees the text: its own UTF-8 errors are not
    // distinguishable from syntax errors, and the client deserves the
    // precise code.
    if (!is_valid_utf8(body)) {
        out.errors.push_back(field_error("", "invalid_utf8"));
        return out;
    }
    // nlohmann parses iteratively, but building and later dumping or
    // comparing a very deep document recurses: refuse it up front.
    if (json_nests_deeper_than(body, kMaxJsonDepth)) {
        out.errors.push_back(field_error("", "json_too_deep"));
        return out;
    }
    // nlohmann keeps the last of duplicate keys; we refuse them instead, so
    // the callback remembers the keys of every open object.
    std::vector<std::set<std::string>> open_objects;
    std::optional<std::string> duplicate;
    const json::parser_callback_t watch = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
                open_objects.emplace_back();
                break;
            case json::parse_event_t::object_end:
                if (!open_objects.empty()) open_objects.pop_back();
                break;
            case json::parse_event_t::key:
                if (const auto* key = parsed.get_ptr<const json::string_t*>();
                    key && !open_objects.empty() && !open_objects.back().insert(*key).second && !duplicate)
                    duplicate = *key;
                break;
            default:
                break;
        }
        return true;
    };
    json doc = json::parse(body.begin(), body.end(), watch, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        out.errors.push_back(field_error("", "invalid_json"));
        return out;
    }
    if (duplicate) {
        out.errors.push_back(field_error(*duplicate, "duplicate_field"));
        return out;
    }
    out.doc = std::move(doc);
    return out;
}

std::string dump_json(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

ApiError decode_failure(FieldErrors errors) {
    return api_error(400, "malformed_request", std::move(errors));
}

// [SECTION] the object reader

namespace {

// An int64 from a JSON number, or the code saying why not. Unsigned first:
// nlohmann's get_ptr<number_integer_t*> also answers for unsigned values
// (is_number_integer() is true for both), which would reinterpret
// 9223372036854775808 as a negative number.
std::string_view read_int64(const json& v, std::int64_t& out) {
    if (v.is_number_unsigned()) {
        const json::number_unsigned_t u = *v.get_ptr<const json::number_unsigned_t*>();
        if (u > static_cast<json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max()))
            return "number_out_of_range";
        out = static_cast<std::int64_t>(u);
        return {};
    }
    if (v.is_number_integer()) {
        out = *v.get_ptr<const json::number_integer_t*>();
        return {};
    }
    if (v.is_number_float()) {
        const double f = *v.get_ptr<const json::number_float_t*>();
        // Integers beyond uint64 reach us as doubles: say "too big", not "not a number".
        const bool integral_but_huge = std::trunc(f) == f && std::fabs(f) >= 9.2e18;
        return integral_but_huge ? "number_out_of_range" : "wrong_type";
    }
    return "wrong_type";
}

std::string_view read_double(const json& v, double& out) {
    if (v.is_number_unsigned())
        out = static_cast<double>(*v.get_ptr<const json::number_unsigned_t*>());
    else if (v.is_number_integer())
        out = static_cast<double>(*v.get_ptr<const json::number_integer_t*>());
    else if (v.is_number_float())
        out = *v.get_ptr<const json::number_float_t*>();
    else
        return "wrong_type";
    return {};
}

// An instant from ISO 8601 text, inside the range format_iso8601 can write
// back (so that every decoded time re-encodes to itself).
std::optional<UnixSeconds> read_time(std::string_view s) {
    const std::optional<UnixSeconds> t = parse_iso8601(s);
    if (!t || *t < kMinTime || *t > kMaxTime) return std::nullopt;
    return t;
}

}  // namespace

ObjectReader::ObjectReader(const json& j, std::string path, FieldErrors& errors)
    : path_(std::move(path)), errors_(errors) {
    if (j.is_object())
        obj_ = &j;
    else
        add(path_, path_.empty() ? "malformed_request" : "wrong_type");
}

const json* ObjectReader::find(std::string_view key) {
    if (!obj_) return nullptr;
    read_.push_back(key);
    const auto it = obj_->find(std::string(key));
    if (it == obj_->end() || it->is_null()) return nullptr;
    return &*it;
}

void ObjectReader::add(std::string field, std::string_view code) {
    if (errors_.size() < kMaxDecodeErrors) errors_.push_back(field_error(std::move(field), code));
}

void ObjectReader::error(std::string_view key, std::string_view code) {
    add(path_of(key), code);
}

std::string ObjectReader::path_of(std::string_view key) const {
    if (path_.empty()) return std::string(key);
    std::string p = path_;
    p += '.';
    p += key;
    return p;
}

std::string ObjectReader::item_path(std::string_view key, std::size_t index) const {
    return path_of(key) + "[" + std::to_string(index) + "]";
}

void ObjectReader::req(std::string_view key, std::string& out) {
    if (const json* v = find(key)) {
        if (const auto* s = v->get_ptr<const json::string_t*>())
            out = *s;
        else
            error(key, "wrong_type");
    } else {
        error(key, "missing_field");
    }
}

void ObjectReader::opt(std::string_view key, std::string& out) {
    if (const json* v = find(key)) {
        if (const auto* s = v->get_ptr<const json::string_t*>())
            out = *s;
        else
            error(key, "wrong_type");
    }
}

void ObjectReader::opt(std::string_view key, std::optional<std::string>& out) {
    if (const json* v = find(key)) {
        if (const auto* s = v->get_ptr<const json::string_t*>())
            out = *s;
        else
            error(key, "wrong_type");
    }
}

void ObjectReader::req(std::string_view key, std::int64_t& out) {
    if (const json* v = find(key)) {
        if (const std::string_view code = read_int64(*v, out); !code.empty()) error(key, code);
    } else {
        error(key, "missing_field");
    }
}

void ObjectReader::opt(std::string_view key, std::int64_t& out) {
    if (const json* v = find(key))
        if (const std::string_view code = read_int64(*v, out); !code.empty()) error(key, code);
}

void ObjectReader::opt(std::string_view key, std::optional<std::int64_t>& out) {
    if (const json* v = find(key)) {
        std::int64_t n = 0;
        if (const std::string_view code = read_int64(*v, n); !code.empty())
            error(key, code);
        else
            out = n;
    }
}

void ObjectReader::req(std::string_view key, bool& out) {
    if (const json* v = find(key)) {
        if (const auto* b = v->get_ptr<const json::boolean_t*>())
            out = *b;
        else
            error(key, "wrong_type");
    } else {
        error(key, "missing_field");
    }
}

void ObjectReader::opt(std::string_view key, bool& out) {
    if (const json* v = find(key)) {
        if (const auto* b = v->get_ptr<const json::boolean_t*>())
            out = *b;
        else
            error(key, "wrong_type");
    }
}

void ObjectReader::req(std::string_view key, double& out) {
    if (const json* v = find(key)) {
        if (const std::string_view code = read_double(*v, out); !code.empty()) error(key, code);
    } else {
        error(key, "missing_field");
    }
}

void ObjectReader::opt(std::string_view key, std::optional<double>& out) {
    if (const json* v = find(key)) {
        double d = 0;
        if (const std::string_view code = read_double(*v, d); !code.empty())
            error(key, code);
        else
            out = d;
    }
}

void ObjectReader::opt(std::string_view key, std::vector<std::int64_t>& out) {
    const json* v = find(key);
    if (!v) return;
    if (!v->is_array()) {
        error(key, "wrong_type");
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < v->size(); ++i) {
        std::int64_t n = 0;
        if (const std::string_view code = read_int64((*v)[i], n); !code.empty())
            add(item_path(key, i), code);
        else
            out.push_back(n);
    }
}

void ObjectReader::opt(std::string_view key, std::vector<std::string>& out) {
    const json* v = find(key);
    if (!v) return;
    if (!v->is_array()) {
        error(key, "wrong_type");
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (const auto* s = (*v)[i].get_ptr<const json::string_t*>())
            out.push_back(*s);
        else
            add(item_path(key, i), "wrong_type");
    }
}

void ObjectReader::req_time(std::string_view key, UnixSeconds& out) {
    std::string s;
    const std::size_t before = errors_.size();
    req(key, s);
    if (errors_.size() != before) return;
    if (const auto t = read_time(s))
        out = *t;
    else
        error(key, "invalid_datetime");
}

void ObjectReader::opt_time(std::string_view key, std::optional<UnixSeconds>& out) {
    std::optional<std::string> s;
    opt(key, s);
    if (!s) return;
    if (const auto t = read_time(*s))
        out = *t;
    else
        error(key, "invalid_datetime");
}

void ObjectReader::req_date(std::string_view key, Date& out) {
    std::string s;
    const std::size_t before = errors_.size();
    req(key, s);
    if (errors_.size() != before) return;
    if (const auto d = parse_date(s))
        out = *d;
    else
        error(key, "invalid_date");
}

void ObjectReader::opt_json_object(std::string_view key, json& out) {
    if (const json* v = find(key)) {
        if (v->is_object())
            out = *v;
        else
            error(key, "wrong_type");
    }
}

void ObjectReader::finish() {
    if (!obj_) return;
    for (auto it = obj_->begin(); it != obj_->end(); ++it)
        if (std::find(read_.begin(), read_.end(), std::string_view(it.key())) == read_.end())
            add(path_of(it.key()), "unknown_field");
}

// [SECTION] the writer

std::string_view to_wire(Status s) noexcept {
    return to_string(s);
}
std::string_view to_wire(Action a) noexcept {
    return to_string(a);
}
std::string_view to_wire(Role r) noexcept {
    return to_string(r);
}
std::string_view to_wire(SatisfactionLevel l) noexcept {
    return to_string(l);
}
std::string_view to_wire(Priority p) noexcept {
    return priority_code(p);
}
std::string_view to_wire(TimeLeftLevel l) noexcept {
    return time_left_level_code(l);
}
std::string_view to_wire(SlaUnit u) noexcept {
    return u == SlaUnit::working_days ? "working_days" : "working_hours";
}

namespace {

std::optional<SlaUnit> parse_sla_unit(std::string_view s) {
    if (s == "working_hours") return SlaUnit::working_hours;
    if (s == "working_days") return SlaUnit::working_days;
    return std::nullopt;
}

// [SECTION] field lists
// One template per DTO: `io` is an ObjectReader or a Writer; `v` the DTO
// (const when writing). Wire names are the contract: never rename.

template <typename IO, typename V>
void fields_FieldError(IO& io, V& v) {
    io.req("field", v.field);
    io.req("code", v.code);
    io.opt("message", v.message);
}

template <typename IO, typename V>
void fields_Health(IO& io, V& v) {
    io.req("status", v.status);
    io.opt("version", v.version);
    io.opt("schema_version", v.schema_version);
    io.opt("db", v.db);
}

template <typename IO, typename V>
void fields_Captcha(IO& io, V& v) {
    io.req("id", v.id);
    io.req("question", v.question);
    io.opt("kind", v.kind);
    io.opt("image", v.image);
    io.opt("width", v.width);
    io.opt("height", v.height);
}

template <typename IO, typename V>
void fields_RegisterForm(IO& io, V& v) {
    io.opt("kind", v.kind);
    io.opt("login", v.login);
    io.opt("password", v.password);
    io.opt("full_name", v.full_name);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
    io.opt("address", v.address);
    io.opt("commune_code", v.commune_code);
    io.opt("org_name", v.org_name);
    io.opt("representative", v.representative);
    io.opt("captcha_id", v.captcha_id);
    io.opt("captcha_answer", v.captcha_answer);
}

template <typename IO, typename V>
void fields_LoginForm(IO& io, V& v) {
    io.opt("audience", v.audience);
    io.opt("login", v.login);
    io.opt("password", v.password);
    io.opt("captcha_id", v.captcha_id);
    io.opt("captcha_answer", v.captcha_answer);
}

template <typename IO, typename V>
void fields_OtpForm(IO& io, V& v) {
    io.opt("registration_id", v.registration_id);
    io.opt("reset_id", v.reset_id);
    io.opt("otp", v.otp);
}

template <typename IO, typename V>
void fields_ResendOtpForm(IO& io, V& v) {
    io.opt("registration_id", v.registration_id);
    io.opt("reset_id", v.reset_id);
}

template <typename IO, typename V>
void fields_ForgotPasswordForm(IO& io, V& v) {
    io.opt("phone", v.phone);
    io.opt("captcha_id", v.captcha_id);
    io.opt("captcha_answer", v.captcha_answer);
}

template <typename IO, typename V>
void fields_ResetPasswordForm(IO& io, V& v) {
    io.opt("reset_id", v.reset_id);
    io.opt("otp", v.otp);
    io.opt("new_password", v.new_password);
}

template <typename IO, typename V>
void fields_ChangePasswordForm(IO& io, V& v) {
    io.opt("old_password", v.old_password);
    io.opt("new_password", v.new_password);
}

template <typename IO, typename V>
void fields_DeleteAccountForm(IO& io, V& v) {
    io.opt("password", v.password);
}

// What every answer that sent an SMS code says: where to (masked) and when
// another may be asked for.
template <typename IO, typename V>
void fields_otp_sent(IO& io, V& v) {
    io.req("otp_sent_to", v.otp_sent_to);
    io.opt("resend_after_seconds", v.resend_after_seconds);
}

template <typename IO, typename V>
void fields_RegisterResponse(IO& io, V& v) {
    io.req("registration_id", v.registration_id);
    fields_otp_sent(io, v);
}

template <typename IO, typename V>
void fields_ForgotResponse(IO& io, V& v) {
    io.req("reset_id", v.reset_id);
    fields_otp_sent(io, v);
}

template <typename IO, typename V>
void fields_ResendResponse(IO& io, V& v) {
    fields_otp_sent(io, v);
}

template <typename IO, typename V>
void fields_Account(IO& io, V& v) {
    io.req("id", v.id);
    io.req("kind", v.kind);
    io.req("login", v.login);
    io.req("full_name", v.full_name);
    io.opt("phone", v.phone);
    io.opt("phone_masked", v.phone_masked);
    io.opt("email", v.email);
    io.opt("address", v.address);
    io.opt("commune_code", v.commune_code);
    io.opt("org_name", v.org_name);
    io.opt("representative", v.representative);
    io.opt("unit_id", v.unit_id);
    io.opt("unit_name", v.unit_name);
    io.opt("role", v.role);
    io.opt("must_change_password", v.must_change_password);
    io.req_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_LoginResponse(IO& io, V& v) {
    io.object("account", v.account, true);
    io.req("csrf_token", v.csrf_token);
    io.opt("report_captcha", v.report_captcha);
}

template <typename IO, typename V>
void fields_ProfilePatch(IO& io, V& v) {
    io.opt("full_name", v.full_name);
    io.opt("email", v.email);
    io.opt("address", v.address);
    io.opt("commune_code", v.commune_code);
    io.opt("phone", v.phone);
    io.opt("org_name", v.org_name);
    io.opt("representative", v.representative);
}

template <typename IO, typename V>
void fields_MeSummary(IO& io, V& v) {
    io.req("reports", v.reports);
    io.req("notifications", v.notifications);
    io.req("unread_notifications", v.unread_notifications);
}

template <typename IO, typename V>
void fields_Notification(IO& io, V& v) {
    io.req("id", v.id);
    io.req("kind", v.kind);
    io.req("title", v.title);
    io.opt("body", v.body);
    io.opt("report_id", v.report_id);
    io.opt("report_code", v.report_code);
    io.req_time("created_at", v.created_at);
    io.opt("read", v.read);
}

template <typename IO, typename V>
void fields_AttachmentInfo(IO& io, V& v) {
    io.req("id", v.id);
    io.req("mime", v.mime);
    io.req("size", v.size);
    io.req("sha256", v.sha256);
    io.opt("name", v.name);
    io.opt("kind", v.kind);
}

template <typename IO, typename V>
void fields_ReportForm(IO& io, V& v) {
    io.opt("title", v.title);
    io.opt("content", v.content);
    io.opt("address", v.address);
    io.opt("commune_code", v.commune_code);
    io.opt("lat", v.lat);
    io.opt("lon", v.lon);
    io.opt("category_code", v.category_code);
    io.opt("is_public", v.is_public);
    io.opt("attachment_ids", v.attachment_ids);
    io.opt("submit", v.submit);
    io.opt("captcha_id", v.captcha_id);
    io.opt("captcha_answer", v.captcha_answer);
    io.opt("channel", v.channel);
    io.opt("reporter_name", v.reporter_name);
    io.opt("reporter_phone", v.reporter_phone);
    io.opt("reporter_email", v.reporter_email);
    io.opt("reporter_id_number", v.reporter_id_number);
    io.opt("idempotency_key", v.idempotency_key);
}

template <typename IO, typename V>
void fields_ReportCreated(IO& io, V& v) {
    io.req("id", v.id);
    io.req("code", v.code);
    io.req_enum("status", v.status, parse_status, "invalid_status");
}

template <typename IO, typename V>
void fields_ReportSummary(IO& io, V& v) {
    io.req("id", v.id);
    io.req("code", v.code);
    io.req("title", v.title);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt("category_code", v.category_code);
    io.opt("category_name", v.category_name);
    io.opt("commune_code", v.commune_code);
    io.opt("commune_name", v.commune_name);
    io.opt("unit_name", v.unit_name);
    io.req_time("created_at", v.created_at);
    io.opt_time("submitted_at", v.submitted_at);
    io.opt_time("deadline", v.deadline);
    io.opt("overdue", v.overdue);
    io.opt("is_published", v.is_published);
    io.opt("channel", v.channel);
    io.opt("time_left", v.time_left);
    io.opt("assignee_name", v.assignee_name);
    io.opt("assignee_id", v.assignee_id);
    io.opt_enum("time_left_level", v.time_left_level, parse_time_left_level, "invalid_time_left_level");
}

template <typename IO, typename V>
void fields_ReporterInfo(IO& io, V& v) {
    io.opt("name", v.name);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
    io.opt("id_number", v.id_number);
    io.opt("masked", v.masked);
    io.opt("deleted", v.deleted);
}

template <typename IO, typename V>
void fields_ProposedDeadline(IO& io, V& v) {
    io.req_enum("priority", v.priority, parse_priority, "invalid_priority");
    io.req_time("deadline", v.deadline);
}

template <typename IO, typename V>
void fields_UnitRef(IO& io, V& v) {
    io.req("id", v.id);
    io.req("name", v.name);
}

template <typename IO, typename V>
void fields_RatingInfo(IO& io, V& v) {
    io.req_enum("level", v.level, parse_satisfaction, "invalid_rating");
    io.opt("comment", v.comment);
    io.req_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_ResultInfo(IO& io, V& v) {
    io.req("text", v.text);
    io.list("attachments", v.attachments, false);
    io.opt_time("approved_at", v.approved_at);
}

template <typename IO, typename V>
void fields_Event(IO& io, V& v) {
    io.req("id", v.id);
    io.req_enum("action", v.action, parse_action, "unknown_action");
    io.opt_enum("from_status", v.from_status, parse_status, "invalid_status");
    io.opt_enum("to_status", v.to_status, parse_status, "invalid_status");
    io.opt("actor_name", v.actor_name);
    io.opt_enum("actor_role", v.actor_role, parse_role, "invalid_role");
    io.opt("note", v.note);
    io.opt_json_object("payload", v.payload);
    io.req_time("created_at", v.created_at);
    io.opt("internal", v.internal);
}

template <typename IO, typename V>
void fields_ReportDetail(IO& io, V& v) {
    fields_ReportSummary(io, as_base<ReportSummary>(v));
    io.opt("content", v.content);
    io.opt("address", v.address);
    io.opt("lat", v.lat);
    io.opt("lon", v.lon);
    io.opt("is_public", v.is_public);
    io.list("attachments", v.attachments, false);
    io.object("reporter", v.reporter);
    io.list("events", v.events, false);
    io.opt_enum_list("allowed_actions", v.allowed_actions, parse_action, "unknown_action");
    io.opt("extension_pending", v.extension_pending);
    io.opt("reconsideration_pending", v.reconsideration_pending);
    io.opt("reconsideration_requested", v.reconsideration_requested);
    io.opt("followers", v.followers);
    io.opt("following", v.following);
    io.object("rating", v.rating);
    io.object("result", v.result);
    io.object("lead_unit", v.lead_unit);
    io.list("co_units", v.co_units, false);
    io.opt_enum("priority", v.priority, parse_priority, "invalid_priority");
    io.list("proposed_deadlines", v.proposed_deadlines, false);
    io.opt("suggested_unit_id", v.suggested_unit_id);
    io.opt_time("updated_at", v.updated_at);
    io.opt("version", v.version);
}

template <typename IO, typename V>
void fields_ActionForm(IO& io, V& v) {
    io.opt("action", v.action);
    io.opt("note", v.params.note);
    io.opt("reason_code", v.params.reason_code);
    io.opt("duplicate_of", v.params.duplicate_of);
    io.opt("unit_id", v.params.unit_id);
    io.opt("co_unit_ids", v.params.co_unit_ids);
    io.opt_time("deadline", v.params.deadline);
    io.opt("result", v.params.result_text);
    io.opt("rating", v.params.rating);
    io.opt("public_text", v.params.public_text);
    io.opt("public_title", v.params.public_title);
    io.opt("category_code", v.params.category_code);
    io.opt("commune_code", v.params.commune_code);
    io.opt("handler_id", v.params.handler_id);
}

// The form's fields and three more, flat in the same object.
template <typename IO, typename V>
void fields_ActionRequestBody(IO& io, V& v) {
    fields_ActionForm(io, v.form);
    io.opt("priority", v.priority);
    io.opt_omit_empty("attachment_ids", v.attachment_ids);
    io.opt("version", v.version);
}

template <typename IO, typename V>
void fields_PersonalDataFinding(IO& io, V& v) {
    io.req("kind", v.kind);
    io.req("begin", v.begin);
    io.req("end", v.end);
}

template <typename IO, typename V>
void fields_PublicPreview(IO& io, V& v) {
    io.req("title", v.title);
    io.list("title_spans", v.title_spans, true);
    io.req("public_title", v.public_title);
    io.req("text", v.text);
    io.list("spans", v.spans, true);
    io.req("public_text", v.public_text);
}

template <typename IO, typename V>
void fields_LookupResult(IO& io, V& v) {
    io.req("code", v.code);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt("status_label", v.status_label);
    io.opt_time("submitted_at", v.submitted_at);
    io.req_time("updated_at", v.updated_at);
    io.opt_time("deadline", v.deadline);
    io.opt("category_name", v.category_name);
    io.opt("commune_name", v.commune_name);
}

template <typename IO, typename V>
void fields_PublicReport(IO& io, V& v) {
    io.req("id", v.id);
    io.req("code", v.code);
    io.req("title", v.title);
    io.opt("content", v.content);
    io.opt("address", v.address);
    io.opt("commune_code", v.commune_code);
    io.opt("commune_name", v.commune_name);
    io.opt("category_code", v.category_code);
    io.opt("category_name", v.category_name);
    io.opt("lat", v.lat);
    io.opt("lon", v.lon);
    io.req_enum("status", v.status, parse_status, "invalid_status");
    io.opt("reporter_name", v.reporter_name);
    io.opt_time("submitted_at", v.submitted_at);
    io.opt("unit_name", v.unit_name);
    io.list("attachments", v.attachments, false);
    io.object("result", v.result);
    io.opt_enum("rating", v.rating, parse_satisfaction, "invalid_rating");
    io.opt_omit_zero("followers", v.followers);
}

template <typename IO, typename V>
void fields_StatsTotals(IO& io, V& v) {
    io.req("received", v.received);
    io.req("resolved", v.resolved);
    io.req("on_time_rate", v.on_time_rate);
    io.req("satisfaction_rate", v.satisfaction_rate);
    io.req("avg_handling_hours", v.avg_handling_hours);
}

template <typename IO, typename V>
void fields_StatRow(IO& io, V& v) {
    io.req("key", v.key);
    io.req("label", v.label);
    io.req("count", v.count);
    io.opt("resolved", v.resolved);
    io.opt("on_time_rate", v.on_time_rate);
    io.opt("avg_handling_hours", v.avg_handling_hours);
}

template <typename IO, typename V>
void fields_Stats(IO& io, V& v) {
    io.object("totals", v.totals, true);
    io.list("by_status", v.by_status, true);
    io.list("by_category", v.by_category, true);
    io.list("by_unit", v.by_unit, true);
    io.list("by_commune", v.by_commune, true);
    io.list("by_month", v.by_month, true);
    io.list("satisfaction", v.satisfaction, true);
}

template <typename IO, typename V>
void fields_SlaFigure(IO& io, V& v) {
    io.req("amount", v.amount);
    io.req_enum("unit", v.unit, parse_sla_unit, "invalid_sla_figure");
}

template <typename IO, typename V>
void fields_CategorySla(IO& io, V& v) {
    io.object("classify_and_assign", v.classify_and_assign);
    io.object("start_work", v.start_work);
    io.object("resolve_normal", v.resolve_normal);
    io.object("resolve_urgent", v.resolve_urgent);
    io.object("resolve_complex", v.resolve_complex);
}

template <typename IO, typename V>
void fields_Category(IO& io, V& v) {
    io.req("id", v.id);
    io.req("code", v.code);
    io.req("name", v.name);
    io.req("group", v.group);
    io.opt("default_unit_id", v.default_unit_id);
    io.opt("default_unit_name", v.default_unit_name);
    io.object("sla", v.sla, false);
    io.opt("active", v.active);
    io.opt("commune_level", v.commune_level);
}

template <typename IO, typename V>
void fields_Colleague(IO& io, V& v) {
    io.req("id", v.id);
    io.req("full_name", v.full_name);
    io.req_enum("role", v.role, parse_role, "invalid_role");
}

template <typename IO, typename V>
void fields_Commune(IO& io, V& v) {
    io.req("code", v.code);
    io.req("name", v.name);
    io.req("kind", v.kind);
}

template <typename IO, typename V>
void fields_Unit(IO& io, V& v) {
    io.req("id", v.id);
    io.req("code", v.code);
    io.req("name", v.name);
    io.req("kind", v.kind);
    io.opt("address", v.address);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
    io.opt("commune_code", v.commune_code);
    io.opt("active", v.active);
}

template <typename IO, typename V>
void fields_Announcement(IO& io, V& v) {
    io.req("id", v.id);
    io.req("title", v.title);
    io.opt("summary", v.summary);
    io.opt("body", v.body);
    io.req("kind", v.kind);
    io.opt("published", v.published);
    io.opt_time("published_at", v.published_at);
    io.req_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_HolidayEntry(IO& io, V& v) {
    io.opt("id", v.id);
    io.req_date("date", v.date);
    io.opt("name", v.name);
    io.req("kind", v.kind);
}

template <typename IO, typename V>
void fields_Officer(IO& io, V& v) {
    io.req("id", v.id);
    io.req("username", v.username);
    io.req("full_name", v.full_name);
    io.opt("unit_id", v.unit_id);
    io.opt("unit_name", v.unit_name);
    io.req("role", v.role);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
    io.opt("active", v.active);
    io.opt_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_AnnouncementForm(IO& io, V& v) {
    io.opt("title", v.title);
    io.opt("summary", v.summary);
    io.opt("body", v.body);
    io.opt("kind", v.kind);
    io.opt("published", v.published);
}

template <typename IO, typename V>
void fields_UnitForm(IO& io, V& v) {
    io.opt("code", v.code);
    io.opt("name", v.name);
    io.opt("kind", v.kind);
    io.opt("address", v.address);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
    io.opt("commune_code", v.commune_code);
}

template <typename IO, typename V>
void fields_OfficerForm(IO& io, V& v) {
    io.opt("username", v.username);
    io.opt("full_name", v.full_name);
    io.opt("unit_id", v.unit_id);
    io.opt("role", v.role);
    io.opt("phone", v.phone);
    io.opt("email", v.email);
}

template <typename IO, typename V>
void fields_CategoryForm(IO& io, V& v) {
    io.opt("code", v.code);
    io.opt("name", v.name);
    io.opt("group", v.group);
    io.opt("default_unit_id", v.default_unit_id);
    io.object("sla", v.sla, false);
    io.opt("commune_level", v.commune_level);
}

template <typename IO, typename V>
void fields_HolidayForm(IO& io, V& v) {
    io.opt("date", v.date);
    io.opt("name", v.name);
    io.opt("kind", v.kind);
}

}  // namespace

// [SECTION] to_json / from_json

PAKN_JSON_VIA_FIELDS(FieldError)
PAKN_JSON_VIA_FIELDS(Health)
PAKN_JSON_VIA_FIELDS(Captcha)
PAKN_JSON_VIA_FIELDS(RegisterForm)
PAKN_JSON_VIA_FIELDS(LoginForm)
PAKN_JSON_VIA_FIELDS(OtpForm)
PAKN_JSON_VIA_FIELDS(ResendOtpForm)
PAKN_JSON_VIA_FIELDS(ForgotPasswordForm)
PAKN_JSON_VIA_FIELDS(ResetPasswordForm)
PAKN_JSON_VIA_FIELDS(ChangePasswordForm)
PAKN_JSON_VIA_FIELDS(DeleteAccountForm)
PAKN_JSON_VIA_FIELDS(RegisterResponse)
PAKN_JSON_VIA_FIELDS(ForgotResponse)
PAKN_JSON_VIA_FIELDS(ResendResponse)
PAKN_JSON_VIA_FIELDS(Account)
PAKN_JSON_VIA_FIELDS(LoginResponse)
PAKN_JSON_VIA_FIELDS(ProfilePatch)
PAKN_JSON_VIA_FIELDS(MeSummary)
PAKN_JSON_VIA_FIELDS(Notification)
PAKN_JSON_VIA_FIELDS(AttachmentInfo)
PAKN_JSON_VIA_FIELDS(ReportForm)
PAKN_JSON_VIA_FIELDS(ReportCreated)
PAKN_JSON_VIA_FIELDS(ReportSummary)
PAKN_JSON_VIA_FIELDS(ReporterInfo)
PAKN_JSON_VIA_FIELDS(UnitRef)
PAKN_JSON_VIA_FIELDS(ProposedDeadline)
PAKN_JSON_VIA_FIELDS(RatingInfo)
PAKN_JSON_VIA_FIELDS(ResultInfo)
PAKN_JSON_VIA_FIELDS(Event)
PAKN_JSON_VIA_FIELDS(ReportDetail)
PAKN_JSON_VIA_FIELDS(ActionForm)
PAKN_JSON_VIA_FIELDS(ActionRequestBody)
PAKN_JSON_VIA_FIELDS(LookupResult)
PAKN_JSON_VIA_FIELDS(PersonalDataFinding)
PAKN_JSON_VIA_FIELDS(PublicPreview)
PAKN_JSON_VIA_FIELDS(PublicReport)
PAKN_JSON_VIA_FIELDS(StatsTotals)
PAKN_JSON_VIA_FIELDS(StatRow)
PAKN_JSON_VIA_FIELDS(Stats)
PAKN_JSON_VIA_FIELDS(SlaFigure)
PAKN_JSON_VIA_FIELDS(CategorySla)
PAKN_JSON_VIA_FIELDS(Category)
PAKN_JSON_VIA_FIELDS(Colleague)
PAKN_JSON_VIA_FIELDS(Commune)
PAKN_JSON_VIA_FIELDS(Unit)
PAKN_JSON_VIA_FIELDS(Announcement)
PAKN_JSON_VIA_FIELDS(HolidayEntry)
PAKN_JSON_VIA_FIELDS(Officer)
PAKN_JSON_VIA_FIELDS(AnnouncementForm)
PAKN_JSON_VIA_FIELDS(UnitForm)
PAKN_JSON_VIA_FIELDS(OfficerForm)
PAKN_JSON_VIA_FIELDS(CategoryForm)
PAKN_JSON_VIA_FIELDS(HolidayForm)

// The error body is wrapped: {"error": {code, message, fields}}.
namespace {

struct ErrorInner {
    std::string code;
    std::string message;
    FieldErrors fields;
};

template <typename IO, typename V>
void fields_ErrorInner(IO& io, V& v) {
    io.req("code", v.code);
    io.opt("message", v.message);
    io.list("fields", v.fields, false);
}

PAKN_JSON_VIA_FIELDS(ErrorInner)

}  // namespace

void to_json(json& j, const ErrorBody& v) {
    ObjectWriter w(j);
    w.object("error", ErrorInner{v.code, v.message, v.fields}, true);
}

void from_json(const json& j, ErrorBody& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    ErrorInner inner;
    r.object("error", inner, true);
    r.finish();
    v = ErrorBody{std::move(inner.code), std::move(inner.message), std::move(inner.fields)};
}

// [SECTION] helpers

ErrorBody error_body(const ApiError& e) {
    return ErrorBody{e.code, e.message, e.fields};
}

std::string encode_error(const ApiError& e) {
    return encode(error_body(e));
}

ProfileForm profile_of(const Account& a) {
    ProfileForm f;
    f.full_name = a.full_name;
    f.email = a.email;
    f.address = a.address;
    f.commune_code = a.commune_code;
    f.phone = a.phone;
    f.organization = a.kind == "organization";
    f.org_name = a.org_name;
    f.representative = a.representative;
    return f;
}

const std::string& display_name(const Account& a) {
    return a.kind == "organization" && !a.org_name.empty() ? a.org_name : a.full_name;
}

ProfileForm apply_patch(ProfileForm current, const ProfilePatch& patch) {
    if (patch.full_name) current.full_name = *patch.full_name;
    if (patch.email) current.email = *patch.email;
    if (patch.address) current.address = *patch.address;
    if (patch.commune_code) current.commune_code = *patch.commune_code;
    if (patch.phone) current.phone = *patch.phone;
    if (patch.org_name) current.org_name = *patch.org_name;
    if (patch.representative) current.representative = *patch.representative;
    return current;
}

Commune to_commune(const CommuneRecord& c) {
    return Commune{std::string(c.code), std::string(c.name), std::string(to_string(c.kind))};
}

std::string_view holiday_kind_code(HolidayKind k) noexcept {
    switch (k) {
        case HolidayKind::new_year:
            return "new_year";
        case HolidayKind::tet:
            return "tet";
        case HolidayKind::hung_kings:
            return "hung_kings";
        case HolidayKind::victory:
            return "victory";
        case HolidayKind::labour:
            return "labour";
        case HolidayKind::national_day:
            return "national_day";
        case HolidayKind::compensatory:
            return "compensatory";
        case HolidayKind::extra:
            return "extra";
    }
    return "extra";
}

HolidayEntry to_holiday_entry(const Holiday& h) {
    HolidayEntry e;
    e.date = h.date;
    e.name = h.name;
    e.kind = std::string(holiday_kind_code(h.kind));
    return e;
}

}  // namespace pakn
