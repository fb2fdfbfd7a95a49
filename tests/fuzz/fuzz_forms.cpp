// fuzz_forms: random field values into every validator of forms.h.
// Properties: no crash; every error names a field and has a catalogue code;
// validate() == clean().errors; a form that passes is a fixed point of
// clean() (cleaning twice changes nothing) and survives JSON encode ->
// decode unchanged; list queries survive to_query_string -> parse; any bytes
// survive percent-encoding (url.h); a cleaned action goes through the
// workflow's apply() without crashing.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "fuzz_check.h"
#include "pakn/dto.h"
#include "pakn/forms.h"
#include "pakn/messages.h"
#include "pakn/url.h"

using namespace pakn;

namespace {

// Values that pass the first checks, so the fuzzer reaches the deeper rules:
// each field draws mostly from its own examples, sometimes from everyone's,
// sometimes raw bytes.
using Examples = std::initializer_list<std::string_view>;
const Examples kKinds = {"citizen", "organization"};
const Examples kLogins = {"056191653264", " 336132396 ", "4201234567", "4201234567-001", "45 / 2019 / qđ-ubnd"};
const Examples kPasswords = {"Khanhhoa2026", "Mật khẩu 1a", "Moi2026abc", "Cu2024xyz"};
const Examples kNames = {"Nguyễn Diệp Chi", "Trần Văn Bình", " Lê  Văn Tám ", "Nguye\xCC\x82\xCC\x83n Chi",
                         "O'Neil Mary-Jane"};
const Examples kPhones = {"0336132396", "+84 336 132 396", "0905123456", ""};
const Examples kEmails = {"", "chi@example.vn", "Chi@Example.VN"};
const Examples kAddresses = {"", "10 Trần Phú", " Cam  Ranh "};
const Examples kCommunes = {"", "22333", "22736", "22366"};
const Examples kTokens = {"c_8f3a", "reg_1", "rst-2", ""};
const Examples kAnswers = {"4", " 12 "};
const Examples kAudiences = {"public", "officer"};
const Examples kUsernames = {"cb.tiepnhan01", "Dispatcher.01"};
const Examples kOtps = {"482913", " 000123 "};
const Examples kTitles = {"Đèn đường hỏng trên đường Trần Phú", "  Ổ   gà lớn ", ""};
const Examples kContents = {"Đèn đường trước số 10 Trần Phú bị hỏng.", "Dòng một dài.\r\n\r\n\r\n  Dòng hai. ", ""};
const Examples kCategoryCodes = {"", "giao_thong", "y_te"};
const Examples kChannels = {"", "web", "app", "kiosk", "hotline", "email", "chatbot", "in_person"};
const Examples kIdNumbers = {"", "056191653264", "336132396"};
const Examples kLevels = {"satisfied", "very_satisfied", "dissatisfied"};
const Examples kComments = {"", "Cảm ơn\nđã xử lý nhanh."};
const Examples kActions = {"accept", "assign", "reject", "return", "comment", "rate", "request_extension"};
const Examples kReasons = {"duplicate", "offensive", " other "};
const Examples kTrackingCodes = {"PAKN-2026-000123", " PAKN-2026-000001 "};
const Examples kAnnouncementKinds = {"policy", "tourism", "event", "notice"};
const Examples kUnitCodes = {"ubnd_nha_trang", "dien_luc"};
const Examples kUnitKinds = {"center", "department", "commune", "company"};
const Examples kContactPhones = {"", "0258 3822 123", " 1900  1023 "};
const Examples kRoles = {"dispatcher", "handler", "unit_lead", "leader", "admin"};
const Examples kGroups = {"sector", "urban_incident"};
const Examples kDates = {"2026-09-01", " 2026-02-07 "};
const Examples kHolidayKinds = {"add", "remove", "working_day"};
const Examples kQueryKeys = {"q",    "page", "page_size", "status",  "category", "commune",
                             "unit", "from", "to",        "overdue", "utm"};
const Examples kQueryValues = {"đường trần phú", "2",    "50", "in_progress", "giao_thong", "22333", "12", "2026-01-01",
                               "2026-01-31",     "true", "0"};
const Examples kAll[] = {kKinds,  kLogins,    kPasswords, kNames,    kPhones,  kEmails, kCommunes,
                         kTokens, kUsernames, kOtps,      kChannels, kActions, kDates,  kQueryValues};

class Gen {
public:
    explicit Gen(FuzzedDataProvider& in) : in_(in) {}

    std::string text(Examples good) {
        const int mode = in_.ConsumeIntegralInRange<int>(0, 7);
        if (mode <= 5) return pick_from(good);
        if (mode == 6) return pick_from(in_.PickValueInArray(kAll));
        return in_.ConsumeRandomLengthString(in_.ConsumeBool() ? 16 : 400);
    }
    std::optional<std::string> maybe_text(Examples good) {
        if (in_.ConsumeBool()) return std::nullopt;
        return text(good);
    }
    std::optional<std::int64_t> maybe_id() {
        if (in_.ConsumeBool()) return std::nullopt;
        return in_.ConsumeIntegralInRange<std::int64_t>(-3, 1'000'000);
    }
    std::vector<std::int64_t> ids() {
        std::vector<std::int64_t> out(in_.ConsumeIntegralInRange<std::size_t>(0, 7));
        for (auto& id : out)
            id = in_.ConsumeIntegralInRange<std::int64_t>(-2, 12);
        return out;
    }
    std::optional<double> maybe_coordinate(double lo, double hi) {
        switch (in_.ConsumeIntegralInRange<int>(0, 3)) {
            case 0:
                return std::nullopt;
            case 1:
                return in_.ConsumeFloatingPoint<double>();
            default:
                return in_.ConsumeFloatingPointInRange<double>(lo, hi);
        }
    }
    std::optional<SlaFigure> maybe_figure() {
        if (in_.ConsumeBool()) return std::nullopt;
        return SlaFigure{in_.ConsumeIntegralInRange<std::int64_t>(-1, 9000),
                         in_.ConsumeBool() ? SlaUnit::working_days : SlaUnit::working_hours};
    }
    bool flag() { return in_.ConsumeBool(); }
    template <typename E, std::size_t N>
    E pick(const std::array<E, N>& all) {
        return all[in_.ConsumeIntegralInRange<std::size_t>(0, N - 1)];
    }

private:
    std::string pick_from(Examples list) {
        const std::size_t i = in_.ConsumeIntegralInRange<std::size_t>(0, list.size() - 1);
        return std::string(*(list.begin() + static_cast<std::ptrdiff_t>(i)));
    }

    FuzzedDataProvider& in_;
};

void check_errors(const FieldErrors& errors, const char* form) {
    for (const FieldError& e : errors) {
        PAKN_FUZZ_CHECK(!e.field.empty(), std::string(form) + ": error without a field, " + e.code);
        PAKN_FUZZ_CHECK(is_known_code(e.code), std::string(form) + ": " + e.code);
    }
}

// The shared properties of a form type: `clean_fn` is its clean() with any
// extra arguments bound; `wire` strips what never travels (confirmations).
template <typename Form, typename Clean, typename Wire>
void check_form(const Form& f, Clean clean_fn, Wire wire, const char* name) {
    const Validated<Form> first = clean_fn(f);
    check_errors(first.errors, name);
    if (!first.ok()) return;
    const Validated<Form> second = clean_fn(first.value);
    PAKN_FUZZ_CHECK(second.ok(), std::string(name) + ": cleaned form fails: " + second.errors.front().field + " " +
                                     second.errors.front().code);
    PAKN_FUZZ_CHECK(second.value == first.value, std::string(name) + ": clean() not idempotent");
    // Forms that travel as JSON (all but RatingForm, which travels as an action).
    if constexpr (requires(nlohmann::json & j, const Form& x) { to_json(j, x); }) {
        const Form sent = wire(first.value);
        const std::string text = encode(sent);
        const DecodeResult<Form> back = decode<Form>(text);
        PAKN_FUZZ_CHECK(back.ok() && back.value == sent,
                        std::string(name) + ": JSON round trip of " + fuzz::printable(text));
    }
}

auto as_is = [](const auto& f) { return f; };

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    Gen g(in);

    switch (in.ConsumeIntegralInRange<int>(0, 16)) {
        case 0: {
            const Date today{in.ConsumeIntegralInRange<int>(1990, 2400), 6, 15};
            RegisterForm f{g.text(kKinds),  g.text(kLogins), g.text(kPasswords), g.text(kPasswords), g.text(kNames),
                           g.text(kPhones), g.text(kEmails), g.text(kAddresses), g.text(kCommunes),  g.text(kNames),
                           g.text(kNames),  g.text(kTokens), g.text(kAnswers)};
            check_form(
                f, [&](const RegisterForm& x) { return clean(x, today); },
                [](RegisterForm x) {
                    x.password_confirm.clear();
                    return x;
                },
                "RegisterForm");
            PAKN_FUZZ_CHECK(validate(f, today) == clean(f, today).errors, "RegisterForm validate");
            break;
        }
        case 1: {
            LoginForm f{g.text(kAudiences), g.text(kLogins), g.text(kPasswords), g.text(kTokens), g.text(kAnswers)};
            check_form(
                f, [](const LoginForm& x) { return clean(x); }, as_is, "LoginForm");
            break;
        }
        case 2: {
            OtpForm f{g.text(kTokens), g.text(kTokens), g.text(kOtps)};
            check_form(
                f, [](const OtpForm& x) { return clean(x); }, as_is, "OtpForm");
            ResendOtpForm r{g.text(kTokens), g.text(kTokens)};
            check_form(
                r, [](const ResendOtpForm& x) { return clean(x); }, as_is, "ResendOtpForm");
            break;
        }
        case 3: {
            ForgotPasswordForm f{g.text(kPhones), g.text(kTokens), g.text(kAnswers)};
            check_form(
                f, [](const ForgotPasswordForm& x) { return clean(x); }, as_is, "ForgotPasswordForm");
            DeleteAccountForm d{g.text(kPasswords)};
            check_form(
                d, [](const DeleteAccountForm& x) { return clean(x); }, as_is, "DeleteAccountForm");
            break;
        }
        case 4: {
            ResetPasswordForm f{g.text(kTokens), g.text(kOtps), g.text(kPasswords), g.text(kPasswords)};
            const std::string login = g.text(kLogins), phone = g.text(kPhones);
            check_form(
                f, [&](const ResetPasswordForm& x) { return clean(x, login, phone); },
                [](ResetPasswordForm x) {
                    x.confirm.clear();
                    return x;
                },
                "ResetPasswordForm");
            break;
        }
        case 5: {
            ChangePasswordForm f{g.text(kPasswords), g.text(kPasswords), g.text(kPasswords)};
            const std::string login = g.text(kLogins), phone = g.text(kPhones);
            check_form(
                f, [&](const ChangePasswordForm& x) { return clean(x, login, phone); },
                [](ChangePasswordForm x) {
                    x.confirm.clear();
                    return x;
                },
                "ChangePasswordForm");
            break;
        }
        case 6: {
            ProfileForm f{g.text(kNames),    g.text(kEmails), g.text(kAddresses), g.text(kCommunes),
                          g.text(kPhones),   g.flag(),        g.text(kNames),     g.text(kNames)};
            check_form(
                f, [](const ProfileForm& x) { return clean(x); }, as_is, "ProfileForm");
            break;
        }
        case 7: {
            ReportForm f;
            f.title = g.text(kTitles);
            f.content = g.text(kContents);
            f.address = g.text(kAddresses);
            f.commune_code = g.text(kCommunes);
            f.lat = g.maybe_coordinate(5, 14);
            f.lon = g.maybe_coordinate(107, 118);
            f.category_code = g.text(kCategoryCodes);
            f.is_public = g.flag();
            f.attachment_ids = g.ids();
            f.submit = g.flag();
            f.captcha_id = g.text(kTokens);
            f.captcha_answer = g.text(kAnswers);
            f.channel = g.text(kChannels);
            f.reporter_name = g.text(kNames);
            f.reporter_phone = g.text(kPhones);
            f.reporter_email = g.text(kEmails);
            f.reporter_id_number = g.text(kIdNumbers);
            const ReportRules rules{g.flag(), g.flag(), std::nullopt};
            check_form(
                f, [&](const ReportForm& x) { return clean(x, rules); }, as_is, "ReportForm");
            PAKN_FUZZ_CHECK(validate(f, rules) == clean(f, rules).errors, "ReportForm validate");
            break;
        }
        case 8: {
            RatingForm f{g.text(kLevels), g.text(kComments)};
            check_form(
                f, [](const RatingForm& x) { return clean(x); }, as_is, "RatingForm");
            const ActionForm a = to_action_form(f);
            (void)apply(Action::rate, Role::citizen, Relation::owner, Status::resolved, ReportFlags{}, a.params);
            break;
        }
        case 9: {
            ActionForm f;
            f.action = g.text(kActions);
            f.params.note = g.maybe_text(kComments);
            f.params.reason_code = g.maybe_text(kReasons);
            f.params.duplicate_of = g.maybe_text(kTrackingCodes);
            f.params.unit_id = g.maybe_id();
            f.params.co_unit_ids = g.ids();
            if (in.ConsumeBool()) f.params.deadline = in.ConsumeIntegralInRange<std::int64_t>(kMinTime, kMaxTime);
            f.params.result_text = g.maybe_text(kContents);
            f.params.rating = g.maybe_text(kLevels);
            check_form(
                f, [](const ActionForm& x) { return clean(x); }, as_is, "ActionForm");
            const Validated<ActionForm> v = clean(f);
            if (const auto action = parse_action(v.value.action)) {
                ReportFlags flags{g.flag(), g.flag(), g.flag(), g.flag(), g.flag()};
                const Transition t = apply(*action, g.pick(kAllRoles), g.pick(kAllRelations), g.pick(kAllStatuses),
                                           flags, v.value.params);
                if (!t.ok) check_errors(t.refusal.fields, "apply");
            }
            break;
        }
        case 10: {
            QueryParams params(in.ConsumeIntegralInRange<std::size_t>(0, 12));
            for (auto& [k, v] : params) {
                k = g.text(kQueryKeys);
                v = g.text(kQueryValues);
            }
            const Validated<ListQuery> q = parse_list_query(params);
            check_errors(q.errors, "ListQuery");
            // Whatever was accepted survives the URL and back.
            const std::string url = to_query_string(q.value);
            const Validated<ListQuery> back = parse_list_query(parse_query_string(url));
            PAKN_FUZZ_CHECK(back.ok(), "ListQuery from " + fuzz::printable(url) + ": " +
                                           (back.errors.empty() ? "" : back.errors.front().code));
            PAKN_FUZZ_CHECK(back.value == q.value, "ListQuery round trip: " + fuzz::printable(url));
            break;
        }
        case 11: {
            const std::string raw = in.ConsumeRemainingBytesAsString();
            const QueryParams params = parse_query_string(raw);
            check_errors(parse_list_query(params).errors, "ListQuery(raw)");
            // Any bytes survive percent-encoding, by every decoder (url.h).
            const std::string encoded = percent_encode(raw);
            PAKN_FUZZ_CHECK(percent_decode(encoded) == raw, "percent_encode: " + fuzz::printable(raw));
            PAKN_FUZZ_CHECK(form_decode(encoded) == raw, "percent_encode as a form: " + fuzz::printable(raw));
            PAKN_FUZZ_CHECK(percent_decode(percent_encode_path(raw)) == raw,
                            "percent_encode_path: " + fuzz::printable(raw));
            // A pair written by append_query_pair reads back as itself.
            std::string query;
            append_query_pair(query, raw, raw);
            const QueryParams pair{{raw, raw}};
            PAKN_FUZZ_CHECK(parse_query_string(query) == pair, "query pair: " + fuzz::printable(raw));
            break;
        }
        case 12: {
            AnnouncementForm f{g.text(kTitles), g.text(kComments), g.text(kContents), g.text(kAnnouncementKinds),
                               g.flag()};
            check_form(
                f, [](const AnnouncementForm& x) { return clean(x); }, as_is, "AnnouncementForm");
            break;
        }
        case 13: {
            UnitForm f{g.text(kUnitCodes),     g.text(kTitles), g.text(kUnitKinds), g.text(kAddresses),
                       g.text(kContactPhones), g.text(kEmails), g.text(kCommunes)};
            check_form(
                f, [](const UnitForm& x) { return clean(x); }, as_is, "UnitForm");
            break;
        }
        case 14: {
            OfficerForm f{g.text(kUsernames), g.text(kNames),  g.maybe_id(),
                          g.text(kRoles),     g.text(kPhones), g.text(kEmails)};
            check_form(
                f, [](const OfficerForm& x) { return clean(x); }, as_is, "OfficerForm");
            break;
        }
        case 15: {
            CategoryForm f;
            f.code = g.text(kCategoryCodes);
            f.name = g.text(kTitles);
            f.group = g.text(kGroups);
            f.default_unit_id = g.maybe_id();
            f.sla.classify_and_assign = g.maybe_figure();
            f.sla.start_work = g.maybe_figure();
            f.sla.resolve_normal = g.maybe_figure();
            f.sla.resolve_urgent = g.maybe_figure();
            f.sla.resolve_complex = g.maybe_figure();
            check_form(
                f, [](const CategoryForm& x) { return clean(x); }, as_is, "CategoryForm");
            break;
        }
        default: {
            HolidayForm f{g.text(kDates), g.text(kTitles), g.text(kHolidayKinds)};
            check_form(
                f, [](const HolidayForm& x) { return clean(x); }, as_is, "HolidayForm");
            break;
        }
    }
    return 0;
}
