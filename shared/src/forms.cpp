// Form validators: one function per form, each a list of field rules in the
// order of the form's fields, so errors come back in reading order.
//
// [SECTION] index: helpers, choices, field helpers, accounts, reports, rating
// and actions, list queries, admin forms.
#include "pakn/forms.h"

#include <algorithm>
#include <cmath>

#include "pakn/communes.h"
#include "pakn/ids.h"
#include "pakn/password.h"

namespace pakn {
namespace {

// [SECTION] helpers

void add(FieldErrors& errors, std::string_view field, std::string_view code) {
    errors.push_back(field_error(std::string(field), code));
}

bool is_blank(std::string_view s) {
    return trim(s).empty();
}

// What a free-text field demands.
struct TextRule {
    TextMode mode = TextMode::single_line;
    bool required = false;
    std::size_t min_chars = 0;
    std::size_t max_chars = 0;
};

// Cleans free text in place; true when it passes (empty and optional passes,
// as ""). On failure the input stays as typed and one error is added.
bool clean_field(FieldErrors& errors, std::string& value, std::string_view field, const TextRule& rule) {
    Checked c = clean_text(value, rule.mode);
    if (!c.ok()) {
        add(errors, field, c.error);
        return false;
    }
    if (c.value.empty()) {
        if (rule.required) {
            add(errors, field, "required");
            return false;
        }
        value.clear();
        return true;
    }
    const std::size_t n = char_count(c.value);
    if (n < rule.min_chars) {
        add(errors, field, "too_short");
        return false;
    }
    if (n > rule.max_chars) {
        add(errors, field, "too_long");
        return false;
    }
    value = std::move(c.value);
    return true;
}

// Applies a normalize_* function (or a Checked helper) to a field: empty is
// "required" or "", otherwise the canonical value or its error code.
template <typename Fn>
bool normalize_field(FieldErrors& errors, std::string& value, std::string_view field, bool required, Fn fn) {
    if (is_blank(value)) {
        if (required) {
            add(errors, field, "required");
            return false;
        }
        value.clear();
        return true;
    }
    Checked c = fn(value);
    if (!c.ok()) {
        add(errors, field, c.error);
        return false;
    }
    value = std::move(c.value);
    return true;
}

// An optional commune code: "" or a code in the official list.
void check_commune(FieldErrors& errors, std::string& value, std::string_view field, bool required) {
    if (value.empty()) {
        if (required) add(errors, field, "required");
        return;
    }
    if (!is_commune_code(value)) add(errors, field, "invalid_commune_code");
}

// A choice field: required, one of `choices`.
void check_choice(FieldErrors& errors, const std::string& value, std::string_view field,
                  std::span<const Choice> choices, std::string_view bad_code) {
    if (value.empty())
        add(errors, field, "required");
    else if (!is_choice(choices, value))
        add(errors, field, bad_code);
}

// A new password against the policy; "required" when empty.
bool check_new_password(FieldErrors& errors, const std::string& password, std::string_view field,
                        std::string_view login, std::string_view phone) {
    if (password.empty()) {
        add(errors, field, "required");
        return false;
    }
    const auto problems = check_password(password, login, phone);
    for (std::string_view code : problems)
        add(errors, field, code);
    return problems.empty();
}

// The client-only confirmation box: checked only when filled in.
void check_confirmation(FieldErrors& errors, const std::string& password, const std::string& confirm,
                        std::string_view field) {
    if (!confirm.empty() && !passwords_match(password, confirm).empty()) add(errors, field, "password_mismatch");
}

// A password typed to prove who one is: required, not judged by the policy,
// but never longer than any password can be.
void check_existing_password(FieldErrors& errors, const std::string& password, std::string_view field) {
    if (password.empty())
        add(errors, field, "required");
    else if (!is_valid_utf8(password))
        add(errors, field, "invalid_utf8");
    else if (char_count(password) > kPasswordMaxChars)
        add(errors, field, "too_long");
}

// The captcha pair of a protected request.
void check_captcha(FieldErrors& errors, std::string& id, std::string& answer, bool required) {
    if (required || !id.empty()) {
        Checked c = clean_token(id, "invalid_captcha_id");
        if (!c.ok()) add(errors, "captcha_id", c.error);
    }
    if (required || !is_blank(answer))
        clean_field(errors, answer, "captcha_answer", {TextMode::single_line, required, 0, kMaxCaptchaAnswerChars});
    else
        answer.clear();
}

// CCCD or CMND for a person's ID number (reporter_id_number); a 12-digit
// number gets the CCCD's own province (and, given `today`, birth-year) error.
Checked normalize_person_id(std::string_view s, const std::optional<Date>& today) {
    const std::string_view t = trim(s);
    if (t.size() == 12 && all_ascii_digits(t)) return today ? normalize_cccd_on(t, *today) : normalize_cccd(t);
    if (Checked c = normalize_cmnd(s); c.ok()) return c;
    return {{}, "invalid_id_number"};
}

// An optional handle of OtpForm / ResendOtpForm: exactly one must be given.
void check_flow_ids(FieldErrors& errors, const std::string& registration_id, const std::string& reset_id) {
    const bool has_reg = !registration_id.empty();
    const bool has_reset = !reset_id.empty();
    if (!has_reg && !has_reset) {
        add(errors, "registration_id", "required");
        return;
    }
    if (has_reg && has_reset) {
        add(errors, "reset_id", "field_not_applicable");
        return;
    }
    const Checked c = clean_token(has_reg ? registration_id : reset_id, "invalid_flow_id");
    if (!c.ok()) add(errors, has_reg ? "registration_id" : "reset_id", c.error);
}

// [SECTION] choices

// A role as a choice: workflow.h's spelling and label, so that a role (and an
// account kind, which is the reporter's role) reads the same everywhere.
// Namespace-scope constants built from workflow.cpp's constexpr tables, which
// are initialized before any code runs.
Choice role_choice(Role r) noexcept {
    return {to_string(r), label(r)};
}
const Choice kAccountKinds[] = {role_choice(Role::citizen), role_choice(Role::organization)};
constexpr Choice kChannels[] = {
    {"web", "Trang web"},       {"app", "Ứng dụng di động"},
    {"kiosk", "Kiosk"},         {"hotline", "Tổng đài 1900 1023"},
    {"email", "Thư điện tử"},   {"chatbot", "Chatbot"},
    {"in_person", "Trực tiếp"},
};
constexpr Choice kAnnouncementKinds[] = {
    {"policy", "Chủ trương, chính sách"},
    {"tourism", "Thông tin du lịch"},
    {"event", "Sự kiện"},
    {"notice", "Thông báo"},
};
constexpr Choice kUnitKinds[] = {
    {"center", "Trung tâm điều phối"},
    {"department", "Sở, ban, ngành"},
    {"commune", "UBND xã, phường, đặc khu"},
    {"company", "Doanh nghiệp hạ tầng đô thị"},
};
const Choice kOfficerRoles[] = {role_choice(Role::dispatcher), role_choice(Role::handler), role_choice(Role::unit_lead),
                                role_choice(Role::leader), role_choice(Role::admin)};
constexpr Choice kCategoryGroups[] = {
    {"sector", "Lĩnh vực kinh tế - xã hội"},
    {"urban_incident", "Sự cố hạ tầng đô thị"},
};
constexpr Choice kHolidayKinds[] = {
    {"add", "Ngày nghỉ thêm"},
    {"remove", "Bỏ ngày nghỉ"},
    {"working_day", "Ngày làm bù"},
};

// [SECTION] list query helpers

// A decimal number of at most `max_digits` digits, or nullopt.
std::optional<std::int64_t> parse_decimal(std::string_view s, std::size_t max_digits) {
    if (!all_ascii_digits(s) || s.size() > max_digits) return std::nullopt;
    std::int64_t v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

bool sla_figure_ok(const SlaFigure& f) {
    const std::int64_t max = f.unit == SlaUnit::working_days ? 365 : 365 * 24;
    return f.amount >= 1 && f.amount <= max;
}

void check_sla_slot(FieldErrors& errors, std::string_view field, const std::optional<SlaFigure>& f) {
    if (f && !sla_figure_ok(*f)) add(errors, field, "invalid_sla_figure");
}

}  // namespace

// [SECTION] choices (public)

std::span<const Choice> account_kinds() noexcept {
    return kAccountKinds;
}
std::span<const Choice> channels() noexcept {
    return kChannels;
}
std::span<const Choice> announcement_kinds() noexcept {
    return kAnnouncementKinds;
}
std::span<const Choice> unit_kinds() noexcept {
    return kUnitKinds;
}
std::span<const Choice> officer_roles() noexcept {
    return kOfficerRoles;
}
std::span<const Choice> category_groups() noexcept {
    return kCategoryGroups;
}
std::span<const Choice> holiday_kinds() noexcept {
    return kHolidayKinds;
}

bool is_choice(std::span<const Choice> choices, std::string_view value) noexcept {
    return std::any_of(choices.begin(), choices.end(), [&](const Choice& c) { return c.value == value; });
}

std::string_view choice_label(std::span<const Choice> choices, std::string_view value) noexcept {
    for (const Choice& c : choices)
        if (c.value == value) return c.label;
    return {};
}

bool is_self_service_channel(std::string_view channel) noexcept {
    return channel == "web" || channel == "app" || channel == "kiosk";
}

// [SECTION] field helpers (public)

Checked clean_full_name(std::string_view s) {
    Checked c = clean_text(s, TextMode::single_line);
    if (!c.ok()) return {{}, c.error};
    if (c.value.empty()) return {{}, "required"};
    const std::u32string cps = utf8_to_codepoints_lossy(c.value);
    bool has_letter = false;
    for (char32_t cp : cps) {
        const CharClass k = char_class(cp);
        if (k == CharClass::letter) {
            has_letter = true;
        } else if (!(k == CharClass::mark || cp == ' ' || cp == '.' || cp == '\'' || cp == '-')) {
            return {{}, "invalid_full_name"};
        }
    }
    if (!has_letter) return {{}, "invalid_full_name"};
    if (cps.size() < kMinFullNameChars) return {{}, "too_short"};
    if (cps.size() > kMaxFullNameChars) return {{}, "too_long"};
    return c;
}

Checked clean_username(std::string_view s) {
    const std::string_view t = trim(s);
    if (t.empty()) return {{}, "required"};
    std::string out(t);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool chars_ok = std::all_of(out.begin(), out.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || c == '.' || c == '_' || c == '-';
    });
    if (!chars_ok || out.size() < 3 || out.size() > 40) return {{}, "invalid_username"};
    return {out, {}};
}

Checked clean_otp(std::string_view s) {
    const std::string_view t = trim(s);
    if (t.empty()) return {{}, "required"};
    if (t.size() != 6 || !all_ascii_digits(t)) return {{}, "invalid_otp"};
    return {std::string(t), {}};
}

Checked clean_token(std::string_view s, std::string_view bad_code) {
    if (s.empty()) return {{}, "required"};
    const bool chars_ok = std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '_' || c == '-';
    });
    if (!chars_ok || s.size() > kMaxTokenChars) return {{}, bad_code};
    return {std::string(s), {}};
}

Checked clean_code(std::string_view s, std::string_view bad_code) {
    const bool chars_ok =
        std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || c == '_'; });
    if (!chars_ok || s.size() < 2 || s.size() > 40) return {{}, bad_code};
    return {std::string(s), {}};
}

Checked clean_contact_phone(std::string_view s) {
    Checked c = clean_text(s, TextMode::single_line);
    if (!c.ok()) return {{}, "invalid_contact_phone"};
    std::size_t digits = 0;
    for (std::size_t i = 0; i < c.value.size(); ++i) {
        const char ch = c.value[i];
        if (is_ascii_digit(ch))
            ++digits;
        else if (!(ch == ' ' || ch == '.' || ch == '-' || ch == '(' || ch == ')' || (ch == '+' && i == 0)))
            return {{}, "invalid_contact_phone"};
    }
    if (digits < 8 || digits > 15) return {{}, "invalid_contact_phone"};
    return c;
}

// [SECTION] accounts

namespace {

// An organization's own fields, at registration and in its profile: its
// name and its representative's. False when the representative's is refused.
bool clean_organization(FieldErrors& e, std::string& org_name, std::string& representative) {
    clean_field(e, org_name, "org_name", {TextMode::single_line, true, kMinOrgNameChars, kMaxOrgNameChars});
    const Checked rep = clean_full_name(representative);
    if (!rep.ok()) {
        add(e, "representative", rep.error);
        return false;
    }
    representative = rep.value;
    return true;
}

}  // namespace

Validated<RegisterForm> clean(const RegisterForm& f, const Date& today) {
    Validated<RegisterForm> out{f, {}};
    RegisterForm& v = out.value;
    FieldErrors& e = out.errors;

    const bool citizen = f.kind == "citizen";
    const bool organization = f.kind == "organization";
    if (f.kind.empty())
        add(e, "kind", "required");
    else if (!citizen && !organization)
        add(e, "kind", "invalid_account_kind");

    const std::string_view login = trim(f.login);
    if (login.empty()) {
        add(e, "login", "required");
    } else {
        const Login parsed = parse_login(login);
        const bool is_citizen_id = parsed.kind == LoginKind::citizen_cccd || parsed.kind == LoginKind::citizen_cmnd;
        const bool is_org_id = parsed.kind == LoginKind::org_business_code || parsed.kind == LoginKind::org_decision;
        const Checked cccd = parsed.kind == LoginKind::citizen_cccd ? normalize_cccd_on(login, today) : Checked{};
        if (citizen && !is_citizen_id) {
            // A 12-digit number is a CCCD with a wrong province: say so.
            add(e, "login",
                login.size() == 12 && all_ascii_digits(login) ? normalize_cccd(login).error : "invalid_citizen_login");
        } else if (organization && !is_org_id) {
            add(e, "login", "invalid_org_login");
        } else if (parsed.kind == LoginKind::invalid) {
            add(e, "login", "invalid_login");
        } else if (!cccd.ok()) {
            add(e, "login", cccd.error);
        } else {
            v.login = parsed.value;
        }
    }

    // The no-reuse rules compare with what the account will store.
    const Checked phone = normalize_phone(f.phone);
    check_new_password(e, f.password, "password", v.login, phone.ok() ? phone.value : f.phone);
    check_confirmation(e, f.password, f.password_confirm, "password_confirm");

    // An organization's contact person is its representative unless told otherwise.
    const bool name_from_representative = organization && is_blank(f.full_name);
    if (!name_from_representative) {
        const Checked name = clean_full_name(f.full_name);
        if (name.ok())
            v.full_name = name.value;
        else
            add(e, "full_name", name.error);
    }
    normalize_field(e, v.phone, "phone", true, normalize_phone);
    normalize_field(e, v.email, "email", false, normalize_email);
    clean_field(e, v.address, "address", {TextMode::single_line, false, 0, kMaxAddressChars});
    check_commune(e, v.commune_code, "commune_code", false);

    if (organization) {
        const bool representative_ok = clean_organization(e, v.org_name, v.representative);
        if (representative_ok && name_from_representative) v.full_name = v.representative;
    } else if (citizen) {
        v.org_name.clear();
        v.representative.clear();
    }
    check_captcha(e, v.captcha_id, v.captcha_answer, true);
    return out;
}

FieldErrors validate(const RegisterForm& f, const Date& today) {
    return clean(f, today).errors;
}

Validated<LoginForm> clean(const LoginForm& f) {
    Validated<LoginForm> out{f, {}};
    LoginForm& v = out.value;
    FieldErrors& e = out.errors;
    const bool is_public = f.audience == "public";
    const bool officer = f.audience == "officer";
    if (f.audience.empty())
        add(e, "audience", "required");
    else if (!is_public && !officer)
        add(e, "audience", "invalid_audience");

    if (is_blank(f.login)) {
        add(e, "login", "required");
    } else if (is_public) {
        const Login parsed = parse_login(f.login);
        if (parsed.kind == LoginKind::invalid)
            add(e, "login", "invalid_login");
        else
            v.login = parsed.value;
    } else if (officer) {
        const Checked c = clean_username(f.login);
        if (c.ok())
            v.login = c.value;
        else
            add(e, "login", c.error);
    }
    check_existing_password(e, f.password, "password");
    check_captcha(e, v.captcha_id, v.captcha_answer, true);
    return out;
}

FieldErrors validate(const LoginForm& f) {
    return clean(f).errors;
}

Validated<OtpForm> clean(const OtpForm& f) {
    Validated<OtpForm> out{f, {}};
    check_flow_ids(out.errors, f.registration_id, f.reset_id);
    const Checked otp = clean_otp(f.otp);
    if (otp.ok())
        out.value.otp = otp.value;
    else
        add(out.errors, "otp", otp.error);
    return out;
}

FieldErrors validate(const OtpForm& f) {
    return clean(f).errors;
}

Validated<ResendOtpForm> clean(const ResendOtpForm& f) {
    Validated<ResendOtpForm> out{f, {}};
    check_flow_ids(out.errors, f.registration_id, f.reset_id);
    return out;
}

FieldErrors validate(const ResendOtpForm& f) {
    return clean(f).errors;
}

Validated<ForgotPasswordForm> clean(const ForgotPasswordForm& f) {
    Validated<ForgotPasswordForm> out{f, {}};
    normalize_field(out.errors, out.value.phone, "phone", true, normalize_phone);
    check_captcha(out.errors, out.value.captcha_id, out.value.captcha_answer, true);
    return out;
}

FieldErrors validate(const ForgotPasswordForm& f) {
    return clean(f).errors;
}

Validated<ResetPasswordForm> clean(const ResetPasswordForm& f, std::string_view login, std::string_view phone) {
    Validated<ResetPasswordForm> out{f, {}};
    FieldErrors& e = out.errors;
    if (const Checked id = clean_token(f.reset_id, "invalid_flow_id"); !id.ok()) add(e, "reset_id", id.error);
    const Checked otp = clean_otp(f.otp);
    if (otp.ok())
        out.value.otp = otp.value;
    else
        add(e, "otp", otp.error);
    check_new_password(e, f.new_password, "new_password", login, phone);
    check_confirmation(e, f.new_password, f.confirm, "confirm");
    return out;
}

FieldErrors validate(const ResetPasswordForm& f, std::string_view login, std::string_view phone) {
    return clean(f, login, phone).errors;
}

Validated<ChangePasswordForm> clean(const ChangePasswordForm& f, std::string_view login, std::string_view phone) {
    Validated<ChangePasswordForm> out{f, {}};
    FieldErrors& e = out.errors;
    check_existing_password(e, f.old_password, "old_password");
    if (check_new_password(e, f.new_password, "new_password", login, phone) && !f.old_password.empty() &&
        passwords_match(f.new_password, f.old_password).empty())
        add(e, "new_password", "same_password");
    check_confirmation(e, f.new_password, f.confirm, "confirm");
    return out;
}

FieldErrors validate(const ChangePasswordForm& f, std::string_view login, std::string_view phone) {
    return clean(f, login, phone).errors;
}

Validated<DeleteAccountForm> clean(const DeleteAccountForm& f) {
    Validated<DeleteAccountForm> out{f, {}};
    check_existing_password(out.errors, f.password, "password");
    return out;
}

FieldErrors validate(const DeleteAccountForm& f) {
    return clean(f).errors;
}

Validated<ProfileForm> clean(const ProfileForm& f) {
    Validated<ProfileForm> out{f, {}};
    ProfileForm& v = out.value;
    FieldErrors& e = out.errors;
    normalize_field(e, v.full_name, "full_name", true, clean_full_name);
    normalize_field(e, v.email, "email", false, normalize_email);
    clean_field(e, v.address, "address", {TextMode::single_line, false, 0, kMaxAddressChars});
    check_commune(e, v.commune_code, "commune_code", false);
    // Required: the phone is how a reporter signs in and hears back.
    normalize_field(e, v.phone, "phone", true, normalize_phone);
    if (v.organization) {
        clean_organization(e, v.org_name, v.representative);
    } else {
        v.org_name.clear();
        v.representative.clear();
    }
    return out;
}

FieldErrors validate(const ProfileForm& f) {
    return clean(f).errors;
}

// [SECTION] reports

bool send_needs_captcha(bool session_sent_before, std::int64_t sent_in_window) {
    return !session_sent_before || sent_in_window >= kTrustedSendsPerHour;
}

bool valid_idempotency_key(std::string_view key) {
    if (key.size() != 36) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

Validated<ReportForm> clean(const ReportForm& f, const ReportRules& rules) {
    Validated<ReportForm> out{f, {}};
    ReportForm& v = out.value;
    FieldErrors& e = out.errors;
    // A draft is work in progress: only what is there is judged.
    const bool submit = f.submit;

    clean_field(e, v.title, "title", {TextMode::single_line, submit, submit ? kMinTitleChars : 0, kMaxTitleChars});
    clean_field(e, v.content, "content",
                {TextMode::multi_line, submit, submit ? kMinContentChars : 0, kMaxContentChars});
    clean_field(e, v.address, "address", {TextMode::single_line, submit, 0, kMaxAddressChars});
    check_commune(e, v.commune_code, "commune_code", false);

    if (f.lat && !f.lon) {
        add(e, "lon", "coordinates_incomplete");
    } else if (!f.lat && f.lon) {
        add(e, "lat", "coordinates_incomplete");
    } else if (f.lat && f.lon) {
        const double lat = *f.lat, lon = *f.lon;
        if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180)
            add(e, "lat", "invalid_coordinates");
        else if (!is_in_province(lat, lon))
            add(e, "lat", "outside_province");
    }

    if (!f.category_code.empty()) {
        if (const Checked c = clean_code(f.category_code, "invalid_category_code"); !c.ok())
            add(e, "category_code", c.error);
    }

    if (f.attachment_ids.size() > kMaxAttachments) {
        add(e, "attachment_ids", "too_many_attachments");
    } else {
        for (std::size_t i = 0; i < f.attachment_ids.size(); ++i) {
            const std::int64_t id = f.attachment_ids[i];
            const bool repeated =
                std::find(f.attachment_ids.begin(), f.attachment_ids.begin() + static_cast<std::ptrdiff_t>(i), id) !=
                f.attachment_ids.begin() + static_cast<std::ptrdiff_t>(i);
            if (id <= 0 || repeated) {
                add(e, "attachment_ids", "invalid_attachment_ids");
                break;
            }
        }
    }

    check_captcha(e, v.captcha_id, v.captcha_answer, submit && rules.require_captcha);

    if (v.channel.empty()) v.channel = "web";
    const bool self_service = is_self_service_channel(v.channel);
    if (!is_choice(channels(), v.channel) || (!rules.officer_intake && !self_service))
        add(e, "channel", "invalid_channel");

    if (!rules.officer_intake) {
        // Reporters are who their session says; contact fields would be ignored,
        // so they are refused rather than silently dropped.
        const std::pair<const std::string*, std::string_view> extra[] = {
            {&f.reporter_name, "reporter_name"},
            {&f.reporter_phone, "reporter_phone"},
            {&f.reporter_email, "reporter_email"},
            {&f.reporter_id_number, "reporter_id_number"},
        };
        for (const auto& [value, field] : extra)
            if (!value->empty()) add(e, field, "field_not_applicable");
        return out;
    }
    const bool need_contact = submit && !self_service;
    if (need_contact || !is_blank(f.reporter_name))
        normalize_field(e, v.reporter_name, "reporter_name", need_contact, clean_full_name);
    else
        v.reporter_name.clear();
    normalize_field(e, v.reporter_phone, "reporter_phone", false, normalize_phone);
    normalize_field(e, v.reporter_email, "reporter_email", false, normalize_email);
    normalize_field(e, v.reporter_id_number, "reporter_id_number", false,
                    [&](std::string_view s) { return normalize_person_id(s, rules.today); });
    if (need_contact && is_blank(f.reporter_phone) && is_blank(f.reporter_email) && is_blank(f.reporter_id_number))
        add(e, "reporter_phone", "contact_required");
    return out;
}

FieldErrors validate(const ReportForm& f, const ReportRules& rules) {
    return clean(f, rules).errors;
}

// [SECTION] rating and actions

Validated<RatingForm> clean(const RatingForm& f) {
    Validated<RatingForm> out{f, {}};
    if (f.level.empty())
        add(out.errors, "level", "required");
    else if (!parse_satisfaction(f.level))
        add(out.errors, "level", "invalid_rating");
    clean_field(out.errors, out.value.comment, "comment", {TextMode::multi_line, false, 0, kMaxRatingCommentChars});
    return out;
}

FieldErrors validate(const RatingForm& f) {
    return clean(f).errors;
}

Validated<ActionForm> clean(const ActionForm& f) {
    Validated<ActionForm> out{f, {}};
    FieldErrors& e = out.errors;
    if (f.action.empty())
        add(e, "action", "required");
    else if (!parse_action(f.action))
        add(e, "action", "unknown_action");

    ActionParams& p = out.value.params;
    auto text = [&](std::optional<std::string>& value, Param param, TextMode mode) {
        if (!value) return;
        Checked c = clean_text(*value, mode);
        if (!c.ok())
            add(e, field_name(param), c.error);
        else if (c.value.empty())
            value.reset();
        else
            value = std::move(c.value);
    };
    text(p.note, Param::note, TextMode::multi_line);
    text(p.reason_code, Param::reason_code, TextMode::single_line);
    text(p.duplicate_of, Param::duplicate_of, TextMode::single_line);
    text(p.result_text, Param::result_text, TextMode::multi_line);
    text(p.rating, Param::rating, TextMode::single_line);
    text(p.public_text, Param::public_text, TextMode::multi_line);
    text(p.public_title, Param::public_title, TextMode::single_line);
    text(p.category_code, Param::category_code, TextMode::single_line);
    text(p.commune_code, Param::commune_code, TextMode::single_line);
    return out;
}

FieldErrors validate(const ActionForm& f) {
    return clean(f).errors;
}

ActionForm to_action_form(const RatingForm& f) {
    ActionForm a;
    a.action = std::string(to_string(Action::rate));
    a.params.rating = f.level;
    if (!f.comment.empty()) a.params.note = f.comment;
    return a;
}

// [SECTION] list queries

Validated<ListQuery> parse_list_query(const QueryParams& params) {
    Validated<ListQuery> out;
    ListQuery& q = out.value;
    FieldErrors& e = out.errors;

    // The last occurrence of each key wins, as in most URL parsers.
    auto last = [&](std::string_view key) -> const std::string* {
        const std::string* found = nullptr;
        for (const auto& [k, v] : params)
            if (k == key) found = &v;
        return found && !found->empty() ? found : nullptr;
    };

    if (const std::string* s = last("q")) {
        q.q = *s;
        if (!clean_field(e, q.q, "q", {TextMode::single_line, false, 0, kMaxQueryChars})) q.q.clear();
    }
    if (const std::string* s = last("page")) {
        const auto n = parse_decimal(*s, 9);
        if (n && *n >= 1 && *n <= kMaxPage)
            q.page = static_cast<int>(*n);
        else
            add(e, "page", "invalid_page");
    }
    if (const std::string* s = last("page_size")) {
        const auto n = parse_decimal(*s, 9);
        if (n && *n >= 1 && *n <= kMaxPageSize)
            q.page_size = static_cast<int>(*n);
        else
            add(e, "page_size", "invalid_page_size");
    }
    if (const std::string* s = last("status")) {
        q.status = parse_status(*s);
        if (!q.status) add(e, "status", "invalid_status");
    }
    if (const std::string* s = last("category")) {
        if (clean_code(*s, "invalid_category_code").ok())
            q.category = *s;
        else
            add(e, "category", "invalid_category_code");
    }
    if (const std::string* s = last("commune")) {
        if (is_commune_code(*s))
            q.commune = *s;
        else
            add(e, "commune", "invalid_commune_code");
    }
    if (const std::string* s = last("unit")) {
        const auto n = parse_decimal(*s, 18);
        if (n && *n > 0)
            q.unit = n;
        else
            add(e, "unit", "invalid_unit_id");
    }
    if (const std::string* s = last("from")) {
        q.from = parse_date(*s);
        if (!q.from) add(e, "from", "invalid_date");
    }
    if (const std::string* s = last("to")) {
        q.to = parse_date(*s);
        if (!q.to) add(e, "to", "invalid_date");
    }
    if (q.from && q.to && *q.to < *q.from) {
        add(e, "to", "invalid_date_range");
        q.to.reset();
    }
    if (const std::string* s = last("overdue")) {
        if (*s == "true" || *s == "1")
            q.overdue = true;
        else if (*s == "false" || *s == "0")
            q.overdue = false;
        else
            add(e, "overdue", "invalid_bool");
    }
    if (const std::string* s = last("channel")) {
        if (is_choice(channels(), *s))
            q.channel = *s;
        else
            add(e, "channel", "invalid_channel");
    }
    if (const std::string* s = last("mine")) {
        if (*s == "true" || *s == "1")
            q.mine = true;
        else if (*s == "false" || *s == "0")
            q.mine = false;
        else
            add(e, "mine", "invalid_bool");
    }
    if (const std::string* s = last("reconsideration")) {
        if (*s == "true" || *s == "1")
            q.reconsideration = true;
        else if (*s == "false" || *s == "0")
            q.reconsideration = false;
        else
            add(e, "reconsideration", "invalid_bool");
    }
    if (const std::string* s = last("reporter")) {
        q.reporter = *s;
        if (!clean_field(e, q.reporter, "reporter", {TextMode::single_line, false, 0, kMaxQueryChars}))
            q.reporter.clear();
    }
    return out;
}

std::string to_query_string(const ListQuery& q) {
    std::string out;
    auto put = [&](std::string_view key, std::string_view value) { append_query_pair(out, key, value); };
    if (!q.q.empty()) put("q", q.q);
    if (q.page != 1) put("page", std::to_string(q.page));
    if (q.page_size != kDefaultPageSize) put("page_size", std::to_string(q.page_size));
    if (q.status) put("status", to_string(*q.status));
    if (!q.category.empty()) put("category", q.category);
    if (!q.commune.empty()) put("commune", q.commune);
    if (q.unit) put("unit", std::to_string(*q.unit));
    if (q.from) put("from", format_date(*q.from));
    if (q.to) put("to", format_date(*q.to));
    if (q.overdue) put("overdue", *q.overdue ? "true" : "false");
    if (!q.channel.empty()) put("channel", q.channel);
    if (!q.reporter.empty()) put("reporter", q.reporter);
    if (q.mine) put("mine", "true");
    if (q.reconsideration) put("reconsideration", "true");
    return out;
}

std::optional<UnixSeconds> from_instant(const ListQuery& q) {
    if (!q.from) return std::nullopt;
    return start_of_day(*q.from);
}

std::optional<UnixSeconds> to_instant_exclusive(const ListQuery& q) {
    if (!q.to) return std::nullopt;
    return start_of_day(*q.to) + 24 * 3600;
}

// [SECTION] exports

Validated<ExportOptions> parse_export_options(const QueryParams& params) {
    Validated<ExportOptions> out;
    for (const auto& [key, value] : params) {
        if (key == "format") {
            if (value == "xlsx")
                out.value.format = ExportFormat::xlsx;
            else if (value == "csv")
                out.value.format = ExportFormat::csv;
            else
                out.errors.push_back(field_error("format", "invalid_export_format"));
        } else if (key == "separator") {
            if (value == "comma")
                out.value.separator = ',';
            else if (value == "semicolon")
                out.value.separator = ';';
            else
                out.errors.push_back(field_error("separator", "invalid_csv_separator"));
        }
    }
    return out;
}

std::string export_file_name(std::string_view stem, const Date& day, ExportFormat format) {
    return std::string(stem) + "-" + format_date(day) + (format == ExportFormat::xlsx ? ".xlsx" : ".csv");
}

// [SECTION] admin forms

Validated<AnnouncementForm> clean(const AnnouncementForm& f) {
    Validated<AnnouncementForm> out{f, {}};
    AnnouncementForm& v = out.value;
    FieldErrors& e = out.errors;
    clean_field(e, v.title, "title", {TextMode::single_line, true, 0, kMaxAnnouncementTitleChars});
    clean_field(e, v.summary, "summary", {TextMode::multi_line, false, 0, kMaxAnnouncementSummaryChars});
    clean_field(e, v.body, "body", {TextMode::multi_line, true, 0, kMaxAnnouncementBodyChars});
    check_choice(e, f.kind, "kind", announcement_kinds(), "invalid_announcement_kind");
    return out;
}

FieldErrors validate(const AnnouncementForm& f) {
    return clean(f).errors;
}

Validated<UnitForm> clean(const UnitForm& f) {
    Validated<UnitForm> out{f, {}};
    UnitForm& v = out.value;
    FieldErrors& e = out.errors;
    // Unit codes follow the province's own style (SO-XD, UBND-NHATRANG) as
    // well as snake case: letters, digits, '-' and '_'.
    const bool unit_code_ok =
        f.code.size() >= 2 && f.code.size() <= 40 && std::all_of(f.code.begin(), f.code.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '_' || c == '-';
        });
    if (f.code.empty())
        add(e, "code", "required");
    else if (!unit_code_ok)
        add(e, "code", "invalid_unit_code");
    clean_field(e, v.name, "name", {TextMode::single_line, true, 2, kMaxUnitNameChars});
    check_choice(e, f.kind, "kind", unit_kinds(), "invalid_unit_kind");
    clean_field(e, v.address, "address", {TextMode::single_line, false, 0, kMaxAddressChars});
    normalize_field(e, v.phone, "phone", false, clean_contact_phone);
    normalize_field(e, v.email, "email", false, normalize_email);
    check_commune(e, v.commune_code, "commune_code", f.kind == "commune");
    return out;
}

FieldErrors validate(const UnitForm& f) {
    return clean(f).errors;
}

Validated<OfficerForm> clean(const OfficerForm& f) {
    Validated<OfficerForm> out{f, {}};
    OfficerForm& v = out.value;
    FieldErrors& e = out.errors;
    normalize_field(e, v.username, "username", true, clean_username);
    normalize_field(e, v.full_name, "full_name", true, clean_full_name);
    if (!f.unit_id)
        add(e, "unit_id", "required");
    else if (*f.unit_id <= 0)
        add(e, "unit_id", "invalid_unit_id");
    check_choice(e, f.role, "role", officer_roles(), "invalid_role");
    normalize_field(e, v.phone, "phone", false, normalize_phone);
    normalize_field(e, v.email, "email", false, normalize_email);
    return out;
}

FieldErrors validate(const OfficerForm& f) {
    return clean(f).errors;
}

Validated<CategoryForm> clean(const CategoryForm& f) {
    Validated<CategoryForm> out{f, {}};
    CategoryForm& v = out.value;
    FieldErrors& e = out.errors;
    if (f.code.empty())
        add(e, "code", "required");
    else if (!clean_code(f.code, "invalid_category_code").ok())
        add(e, "code", "invalid_category_code");
    clean_field(e, v.name, "name", {TextMode::single_line, true, 2, kMaxCategoryNameChars});
    check_choice(e, f.group, "group", category_groups(), "invalid_category_group");
    if (f.default_unit_id && *f.default_unit_id <= 0) add(e, "default_unit_id", "invalid_unit_id");
    check_sla_slot(e, "sla.classify_and_assign", f.sla.classify_and_assign);
    check_sla_slot(e, "sla.start_work", f.sla.start_work);
    check_sla_slot(e, "sla.resolve_normal", f.sla.resolve_normal);
    check_sla_slot(e, "sla.resolve_urgent", f.sla.resolve_urgent);
    check_sla_slot(e, "sla.resolve_complex", f.sla.resolve_complex);
    return out;
}

FieldErrors validate(const CategoryForm& f) {
    return clean(f).errors;
}

Validated<HolidayForm> clean(const HolidayForm& f) {
    Validated<HolidayForm> out{f, {}};
    HolidayForm& v = out.value;
    FieldErrors& e = out.errors;
    const std::string_view date = trim(f.date);
    if (date.empty()) {
        add(e, "date", "required");
    } else if (const auto d = parse_date(date)) {
        v.date = format_date(*d);
    } else {
        add(e, "date", "invalid_date");
    }
    clean_field(e, v.name, "name", {TextMode::single_line, f.kind == "add", 0, kMaxHolidayNameChars});
    check_choice(e, f.kind, "kind", holiday_kinds(), "invalid_holiday_kind");
    return out;
}

FieldErrors validate(const HolidayForm& f) {
    return clean(f).errors;
}

}  // namespace pakn
