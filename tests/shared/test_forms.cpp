// pakn/forms.h: every form's validator, one table row per case.
//
// Each table starts from a valid form and applies one edit; the columns are
//   name | edit | field expected to be wrong ("" for a valid form) | its code
// A row with a code passes when that field's first error has that code; a row
// without one passes when there is no error at all. Every code produced must
// have its own message in the catalogue.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/account.h"
#include "pakn/forms.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

template <typename Form>
struct Case {
    std::string_view name;
    std::function<void(Form&)> edit;
    std::string_view field;
    std::string_view code;
};

template <typename Form, typename Validate>
void check_cases(const Form& base, const std::vector<Case<Form>>& cases, Validate validate) {
    for (const Case<Form>& c : cases) {
        INFO(c.name);
        Form f = base;
        c.edit(f);
        const FieldErrors errors = validate(f);
        for (const FieldError& e : errors) {
            INFO(e.field << ": " << e.code);
            CHECK(is_known_code(e.code));
            CHECK(e.message == std::string(message_for(e.code)));
        }
        if (c.code.empty()) {
            CHECK(errors.empty());
            if (!errors.empty()) {
                INFO("first error " << errors.front().field << ": " << errors.front().code);
                CHECK(false);
            }
        } else {
            CHECK(error_code_for(errors, c.field) == c.code);
        }
    }
}

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

// The day the account tables are judged on (registration checks a CCCD's
// birth year against the caller's today).
const Date kToday{2026, 12, 6};

// "ế" as e + U+0302 + U+0301: how some phone keyboards send it.
const std::string kDecomposedE = "e\xCC\x82\xCC\x81";

RegisterForm valid_citizen() {
    RegisterForm f;
    f.kind = "citizen";
    f.login = "056191653264";
    f.password = "Khanhhoa2026";
    f.password_confirm = "Khanhhoa2026";
    f.full_name = "Nguyễn Diệp Chi";
    f.phone = "0336132396";
    f.email = "chi.nguyen@example.vn";
    f.address = "12 Trần Phú, Nha Trang";
    f.commune_code = "22366";
    f.captcha_id = "c_8f3a";
    f.captcha_answer = "4";
    return f;
}

RegisterForm valid_organization() {
    RegisterForm f = valid_citizen();
    f.kind = "organization";
    f.login = "4201234567";
    f.org_name = "Công ty TNHH Du lịch Biển Xanh";
    f.representative = "Trần Văn Bình";
    return f;
}

}  // namespace

// [SECTION] field helpers

TEST_CASE("forms: province bounds (mainland and Trường Sa, edges included)") {
    struct Row {
        std::string_view name;
        double lat, lon;
        bool inside;
    };
    // place | lat | lon | inside
    const Row rows[] = {
        {"Nha Trang", 12.2388, 109.1967, true},
        {"Phan Rang", 11.5643, 108.9886, true},
        {"Cam Ranh", 11.9214, 109.1591, true},
        {"Trường Sa island", 8.6447, 111.9200, true},
        {"mainland south-west corner", 11.0, 108.3, true},
        {"mainland north-east corner", 12.9, 109.6, true},
        {"Trường Sa box corner", 6.0, 117.5, true},
        {"Hà Nội", 21.0285, 105.8542, false},
        {"Đà Lạt (west of the box)", 11.9404, 108.2, false},
        {"just north of the mainland", 12.95, 109.0, false},
        {"open sea between the boxes", 11.5, 110.5, false},
        {"NaN", std::nan(""), 109.0, false},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(is_in_province(r.lat, r.lon) == r.inside);
    }
    static_assert(is_in_province(12.2388, 109.1967));
}

TEST_CASE("forms: full names") {
    struct Row {
        std::string_view in, value, error;
    };
    // input | cleaned | error
    const Row rows[] = {
        {"Nguyễn Diệp Chi", "Nguyễn Diệp Chi", ""},
        {"  Nguyễn   Thị  Đào ", "Nguyễn Thị Đào", ""},
        {"O'Brien Mary-Jane", "O'Brien Mary-Jane", ""},
        {"H. Nguyên", "H. Nguyên", ""},
        {"Lê A", "Lê A", ""},
        {"Y Moan Ênuôl", "Y Moan Ênuôl", ""},
        {"", "", "required"},
        {"   ", "", "required"},
        {"A", "", "too_short"},
        {"Nguyễn Văn 2", "", "invalid_full_name"},
        {"Trần_Bình", "", "invalid_full_name"},
        {"Anh@Khoa", "", "invalid_full_name"},
        {"-- ..", "", "invalid_full_name"},
        {"Lê\x01Văn", "", "control_characters"},
        {"L\xC3", "", "invalid_utf8"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        const Checked c = clean_full_name(r.in);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
    }
    CHECK(clean_full_name(repeat("a", 100)).ok());
    CHECK(clean_full_name(repeat("a", 101)).error == "too_long");
    // A decomposed name is stored precomposed (NFC).
    CHECK(clean_full_name("Nguy" + kDecomposedE + "n Chi").value == "Nguyến Chi");
}

TEST_CASE("forms: usernames, OTPs, tokens, codes, office phones") {
    CHECK(clean_username(" Nguyen.VanA ").value == "nguyen.vana");
    CHECK(clean_username("cb_tiepnhan-01").ok());
    CHECK(clean_username("ab").error == "invalid_username");
    CHECK(clean_username(repeat("a", 40)).ok());
    CHECK(clean_username(repeat("a", 41)).error == "invalid_username");
    CHECK(clean_username("nguyễn").error == "invalid_username");
    CHECK(clean_username("a b c").error == "invalid_username");
    CHECK(clean_username("").error == "required");

    CHECK(clean_otp(" 012345 ").value == "012345");
    CHECK(clean_otp("12345").error == "invalid_otp");
    CHECK(clean_otp("1234567").error == "invalid_otp");
    CHECK(clean_otp("12a456").error == "invalid_otp");
    CHECK(clean_otp("１２３４５６").error == "invalid_otp");
    CHECK(clean_otp("").error == "required");

    CHECK(clean_token("r_Ab-09", "invalid_flow_id").ok());
    CHECK(clean_token("a b", "invalid_flow_id").error == "invalid_flow_id");
    CHECK(clean_token(repeat("x", 128), "invalid_flow_id").ok());
    CHECK(clean_token(repeat("x", 129), "invalid_flow_id").error == "invalid_flow_id");
    CHECK(clean_token("", "invalid_flow_id").error == "required");

    CHECK(clean_code("giao_thong", "invalid_category_code").ok());
    CHECK(clean_code("Giao_thong", "invalid_category_code").error == "invalid_category_code");
    CHECK(clean_code("g", "invalid_category_code").error == "invalid_category_code");
    CHECK(clean_code(repeat("a", 41), "invalid_category_code").error == "invalid_category_code");

    CHECK(clean_contact_phone("0258 3822 123").value == "0258 3822 123");
    CHECK(clean_contact_phone(" 1900  1023 ").value == "1900 1023");
    CHECK(clean_contact_phone("+84 (258) 3822.123").ok());
    CHECK(clean_contact_phone("0336132396").ok());
    CHECK(clean_contact_phone("1234567").error == "invalid_contact_phone");
    CHECK(clean_contact_phone("0258-ABC-123").error == "invalid_contact_phone");
    CHECK(clean_contact_phone("0258+3822123").error == "invalid_contact_phone");
}

TEST_CASE("forms: choices and their labels") {
    CHECK(account_kinds().size() == 2);
    CHECK(channels().size() == 7);
    CHECK(announcement_kinds().size() == 4);
    CHECK(unit_kinds().size() == 4);
    CHECK(officer_roles().size() == 5);
    CHECK(category_groups().size() == 2);
    CHECK(holiday_kinds().size() == 3);
    CHECK(choice_label(channels(), "hotline") == "Tổng đài 1900 1023");
    CHECK(choice_label(channels(), "fax").empty());
    // Officer role labels are the workflow's, and every value is a Role.
    for (const Choice& c : officer_roles()) {
        INFO(c.value);
        const auto role = parse_role(c.value);
        REQUIRE(role.has_value());
        CHECK(is_officer(*role));
        CHECK(label(*role) == c.label);
    }
    // Account kinds are the reporters' roles, with the same labels, spelled as account.h spells kinds.
    CHECK(choice_label(account_kinds(), "citizen") == "Cá nhân");
    CHECK(choice_label(account_kinds(), "organization") == label(Role::organization));
    for (const Choice& c : account_kinds())
        CHECK(parse_account_kind(c.value).has_value());
    CHECK(is_self_service_channel("kiosk"));
    CHECK_FALSE(is_self_service_channel("hotline"));
}

// [SECTION] accounts

TEST_CASE("forms: RegisterForm (citizen)") {
    const std::vector<Case<RegisterForm>> cases = {
        {"valid CCCD", [](RegisterForm&) {}, "", ""},
        {"valid CMND", [](RegisterForm& f) { f.login = "336132396"; }, "", ""},
        {"without optional fields",
         [](RegisterForm& f) { f.email = f.address = f.commune_code = f.password_confirm = ""; }, "", ""},
        {"organization fields ignored for a citizen", [](RegisterForm& f) { f.org_name = "X"; }, "", ""},
        {"kind missing", [](RegisterForm& f) { f.kind = ""; }, "kind", "required"},
        {"kind officer", [](RegisterForm& f) { f.kind = "officer"; }, "kind", "invalid_account_kind"},
        {"login missing", [](RegisterForm& f) { f.login = " "; }, "login", "required"},
        {"login is a business code", [](RegisterForm& f) { f.login = "4201234567"; }, "login", "invalid_citizen_login"},
        {"login 11 digits", [](RegisterForm& f) { f.login = "05619165326"; }, "login", "invalid_citizen_login"},
        {"CCCD with unknown province", [](RegisterForm& f) { f.login = "000191653264"; }, "login",
         "invalid_cccd_province"},
        // Digit 4 = century and sex (0/1 1900s ... 8/9 2300s), digits 5-6 = the year.
        {"CCCD born 2391 (digit 9, 91)", [](RegisterForm& f) { f.login = "056991653264"; }, "login",
         "invalid_cccd_birth_year"},
        {"CCCD born 2027, next year", [](RegisterForm& f) { f.login = "056227653264"; }, "login",
         "invalid_cccd_birth_year"},
        {"CCCD born this year (2026, a baby's card)", [](RegisterForm& f) { f.login = "056326653264"; }, "", ""},
        {"CCCD born 1900, the oldest digit 0 gives", [](RegisterForm& f) { f.login = "056000653264"; }, "", ""},
        {"full name with an emoji", [](RegisterForm& f) { f.full_name = "Nguyễn Thị Đào \xF0\x9F\x98\x80"; },
         "full_name", "undrawable_characters"},
        {"address with U+FFFD (an emoji after a 16-bit input buffer)",
         [](RegisterForm& f) { f.address = "12 Trần Phú \xEF\xBF\xBD"; }, "address", "undrawable_characters"},
        {"password missing", [](RegisterForm& f) { f.password = f.password_confirm = ""; }, "password", "required"},
        {"password short", [](RegisterForm& f) { f.password = f.password_confirm = "ab1"; }, "password",
         "password_too_short"},
        {"password letters only", [](RegisterForm& f) { f.password = f.password_confirm = "khanhhoa"; }, "password",
         "password_needs_letter_and_digit"},
        {"password common", [](RegisterForm& f) { f.password = f.password_confirm = "123456a"; }, "password",
         "password_too_common"},
        {"password holds the login", [](RegisterForm& f) { f.password = f.password_confirm = "x056191653264"; },
         "password", "password_same_as_login"},
        {"password holds the phone (typed +84)",
         [](RegisterForm& f) {
             f.phone = "+84 336 132 396";
             f.password = f.password_confirm = "a0336132396";
         },
         "password", "password_same_as_phone"},
        {"confirmation differs", [](RegisterForm& f) { f.password_confirm = "Khanhhoa2025"; }, "password_confirm",
         "password_mismatch"},
        {"confirmation decomposed but equal",
         [](RegisterForm& f) {
             f.password = "Khánhhòa2026\xE1\xBA\xBF";  // ends in precomposed ế
             f.password_confirm = "Khánhhòa2026" + kDecomposedE;
         },
         "", ""},
        {"full name missing", [](RegisterForm& f) { f.full_name = ""; }, "full_name", "required"},
        {"full name with digits", [](RegisterForm& f) { f.full_name = "Nguyễn Văn 3"; }, "full_name",
         "invalid_full_name"},
        {"full name too long", [](RegisterForm& f) { f.full_name = repeat("a", 101); }, "full_name", "too_long"},
        {"phone missing", [](RegisterForm& f) { f.phone = ""; }, "phone", "required"},
        {"phone too short", [](RegisterForm& f) { f.phone = "033613"; }, "phone", "invalid_phone"},
        {"phone landline prefix", [](RegisterForm& f) { f.phone = "0258382212"; }, "phone", "invalid_phone_prefix"},
        {"email invalid", [](RegisterForm& f) { f.email = "chi@"; }, "email", "invalid_email"},
        {"address 300 characters", [](RegisterForm& f) { f.address = repeat("ư", 300); }, "", ""},
        {"address 301 characters", [](RegisterForm& f) { f.address = repeat("ư", 301); }, "address", "too_long"},
        {"commune not in Khánh Hòa", [](RegisterForm& f) { f.commune_code = "00001"; }, "commune_code",
         "invalid_commune_code"},
        {"captcha id missing", [](RegisterForm& f) { f.captcha_id = ""; }, "captcha_id", "required"},
        {"captcha id malformed", [](RegisterForm& f) { f.captcha_id = "x y"; }, "captcha_id", "invalid_captcha_id"},
        {"captcha answer missing", [](RegisterForm& f) { f.captcha_answer = " "; }, "captcha_answer", "required"},
        {"captcha answer too long", [](RegisterForm& f) { f.captcha_answer = repeat("9", 33); }, "captcha_answer",
         "too_long"},
    };
    check_cases(valid_citizen(), cases, [](const RegisterForm& f) { return validate(f, kToday); });
}

TEST_CASE("forms: RegisterForm (organization)") {
    const std::vector<Case<RegisterForm>> cases = {
        {"valid business code", [](RegisterForm&) {}, "", ""},
        {"valid branch code", [](RegisterForm& f) { f.login = "4201234567-001"; }, "", ""},
        {"valid decision number", [](RegisterForm& f) { f.login = "45/2019/QĐ-UBND"; }, "", ""},
        {"full name defaults to the representative", [](RegisterForm& f) { f.full_name = ""; }, "", ""},
        {"login is a CCCD", [](RegisterForm& f) { f.login = "056191653264"; }, "login", "invalid_org_login"},
        {"login is nonsense", [](RegisterForm& f) { f.login = "abc"; }, "login", "invalid_org_login"},
        {"organization name missing", [](RegisterForm& f) { f.org_name = ""; }, "org_name", "required"},
        {"organization name one letter", [](RegisterForm& f) { f.org_name = "X"; }, "org_name", "too_short"},
        {"organization name too long", [](RegisterForm& f) { f.org_name = repeat("a", 201); }, "org_name", "too_long"},
        {"representative missing", [](RegisterForm& f) { f.representative = ""; }, "representative", "required"},
        {"representative with digits", [](RegisterForm& f) { f.representative = "Bình 2"; }, "representative",
         "invalid_full_name"},
    };
    check_cases(valid_organization(), cases, [](const RegisterForm& f) { return validate(f, kToday); });
}

TEST_CASE("forms: RegisterForm cleaning gives the stored values") {
    RegisterForm f = valid_citizen();
    f.login = " 056191653264 ";
    f.phone = "+84 336.132.396";
    f.full_name = "  Nguy" + kDecomposedE + "n   Chi ";
    f.email = "Chi@Example.VN";
    f.address = "  12  Trần Phú ";
    f.org_name = "ignored";
    const Validated<RegisterForm> v = clean(f, kToday);
    REQUIRE(v.ok());
    CHECK(v.value.login == "056191653264");
    CHECK(v.value.phone == "0336132396");
    CHECK(v.value.full_name == "Nguyến Chi");
    CHECK(v.value.email == "Chi@example.vn");
    CHECK(v.value.address == "12 Trần Phú");
    CHECK(v.value.org_name.empty());
    CHECK(v.value.password == f.password);  // never altered

    RegisterForm o = valid_organization();
    o.full_name = "";
    o.representative = " Trần  Văn Bình ";
    o.login = "45 / 2019 / qđ-ubnd";
    const Validated<RegisterForm> vo = clean(o, kToday);
    REQUIRE(vo.ok());
    CHECK(vo.value.full_name == "Trần Văn Bình");
    CHECK(vo.value.representative == "Trần Văn Bình");
    CHECK(vo.value.login == "45/2019/QĐ-UBND");

    // A field with an error keeps what was typed.
    f.phone = "033 613";
    const Validated<RegisterForm> bad = clean(f, kToday);
    CHECK(error_code_for(bad.errors, "phone") == "invalid_phone");
    CHECK(bad.value.phone == "033 613");
}

TEST_CASE("forms: LoginForm") {
    LoginForm base;
    base.audience = "public";
    base.login = "056191653264";
    base.password = "anything";
    base.captcha_id = "c1";
    base.captcha_answer = "4";
    const std::vector<Case<LoginForm>> cases = {
        {"citizen", [](LoginForm&) {}, "", ""},
        {"organization", [](LoginForm& f) { f.login = "4201234567"; }, "", ""},
        {"officer username",
         [](LoginForm& f) {
             f.audience = "officer";
             f.login = "Dispatcher.01";
         },
         "", ""},
        {"audience missing", [](LoginForm& f) { f.audience = ""; }, "audience", "required"},
        {"audience unknown", [](LoginForm& f) { f.audience = "admin"; }, "audience", "invalid_audience"},
        {"login missing", [](LoginForm& f) { f.login = ""; }, "login", "required"},
        {"public login invalid", [](LoginForm& f) { f.login = "nguyenvana"; }, "login", "invalid_login"},
        {"officer login with a space",
         [](LoginForm& f) {
             f.audience = "officer";
             f.login = "nguyen van";
         },
         "login", "invalid_username"},
        {"password missing", [](LoginForm& f) { f.password = ""; }, "password", "required"},
        {"password beyond any policy", [](LoginForm& f) { f.password = repeat("a", 129); }, "password", "too_long"},
        {"weak password still accepted at login", [](LoginForm& f) { f.password = "123"; }, "", ""},
        {"captcha missing", [](LoginForm& f) { f.captcha_id = ""; }, "captcha_id", "required"},
        {"captcha answer missing", [](LoginForm& f) { f.captcha_answer = ""; }, "captcha_answer", "required"},
    };
    check_cases(base, cases, [](const LoginForm& f) { return validate(f); });

    LoginForm officer = base;
    officer.audience = "officer";
    officer.login = " Dispatcher.01 ";
    CHECK(clean(officer).value.login == "dispatcher.01");
}

TEST_CASE("forms: OtpForm and ResendOtpForm") {
    OtpForm base;
    base.registration_id = "reg_7d2c";
    base.otp = "482913";
    const std::vector<Case<OtpForm>> cases = {
        {"registration", [](OtpForm&) {}, "", ""},
        {"reset instead",
         [](OtpForm& f) {
             f.registration_id = "";
             f.reset_id = "rst_1";
         },
         "", ""},
        {"neither handle", [](OtpForm& f) { f.registration_id = ""; }, "registration_id", "required"},
        {"both handles", [](OtpForm& f) { f.reset_id = "rst_1"; }, "reset_id", "field_not_applicable"},
        {"handle malformed", [](OtpForm& f) { f.registration_id = "reg 1"; }, "registration_id", "invalid_flow_id"},
        {"reset handle malformed",
         [](OtpForm& f) {
             f.registration_id = "";
             f.reset_id = "r/1";
         },
         "reset_id", "invalid_flow_id"},
        {"otp missing", [](OtpForm& f) { f.otp = ""; }, "otp", "required"},
        {"otp 5 digits", [](OtpForm& f) { f.otp = "48291"; }, "otp", "invalid_otp"},
        {"otp with a letter", [](OtpForm& f) { f.otp = "48291O"; }, "otp", "invalid_otp"},
    };
    check_cases(base, cases, [](const OtpForm& f) { return validate(f); });

    ResendOtpForm r;
    CHECK(error_code_for(validate(r), "registration_id") == "required");
    r.reset_id = "rst_1";
    CHECK(validate(r).empty());
    r.registration_id = "reg_1";
    CHECK(error_code_for(validate(r), "reset_id") == "field_not_applicable");
}

TEST_CASE("forms: ForgotPasswordForm, ResetPasswordForm, ChangePasswordForm, DeleteAccountForm") {
    ForgotPasswordForm forgot{" 0336 132 396 ", "", ""};
    CHECK(clean(forgot).value.phone == "0336132396");
    CHECK(error_code_for(validate(ForgotPasswordForm{}), "phone") == "required");
    CHECK(error_code_for(validate(ForgotPasswordForm{"12", "", ""}), "phone") == "invalid_phone");
    // Each request may send an SMS: a person must be behind it.
    CHECK(error_code_for(validate(ForgotPasswordForm{"0336132396", "", ""}), "captcha_answer") == "required");
    CHECK(error_code_for(validate(ForgotPasswordForm{"0336132396", "", ""}), "captcha_id") == "required");
    CHECK(validate(ForgotPasswordForm{"0336132396", "c_1", "K3XNP"}).empty());

    ResetPasswordForm reset;
    reset.reset_id = "rst_91";
    reset.otp = "000123";
    reset.new_password = "Moi2026abc";
    const std::vector<Case<ResetPasswordForm>> reset_cases = {
        {"valid", [](ResetPasswordForm&) {}, "", ""},
        {"valid with confirmation", [](ResetPasswordForm& f) { f.confirm = f.new_password; }, "", ""},
        {"reset id missing", [](ResetPasswordForm& f) { f.reset_id = ""; }, "reset_id", "required"},
        {"otp wrong length", [](ResetPasswordForm& f) { f.otp = "123"; }, "otp", "invalid_otp"},
        {"new password missing", [](ResetPasswordForm& f) { f.new_password = ""; }, "new_password", "required"},
        {"new password weak", [](ResetPasswordForm& f) { f.new_password = "abcdefgh"; }, "new_password",
         "password_needs_letter_and_digit"},
        {"confirmation differs", [](ResetPasswordForm& f) { f.confirm = "Moi2026abd"; }, "confirm",
         "password_mismatch"},
    };
    check_cases(reset, reset_cases, [](const ResetPasswordForm& f) { return validate(f); });
    // With the account known, the no-reuse rules apply too.
    reset.new_password = "x0336132396";
    CHECK(error_code_for(validate(reset, "056191653264", "0336132396"), "new_password") == "password_same_as_phone");

    ChangePasswordForm change;
    change.old_password = "Cu2024xyz";
    change.new_password = "Moi2026abc";
    change.confirm = "Moi2026abc";
    const std::vector<Case<ChangePasswordForm>> change_cases = {
        {"valid", [](ChangePasswordForm&) {}, "", ""},
        {"old missing", [](ChangePasswordForm& f) { f.old_password = ""; }, "old_password", "required"},
        {"new missing", [](ChangePasswordForm& f) { f.new_password = f.confirm = ""; }, "new_password", "required"},
        {"new same as old", [](ChangePasswordForm& f) { f.new_password = f.confirm = "Cu2024xyz"; }, "new_password",
         "same_password"},
        {"new too short", [](ChangePasswordForm& f) { f.new_password = f.confirm = "a1"; }, "new_password",
         "password_too_short"},
        {"confirmation differs", [](ChangePasswordForm& f) { f.confirm = "Moi2026abd"; }, "confirm",
         "password_mismatch"},
        {"confirmation empty (not checked)", [](ChangePasswordForm& f) { f.confirm = ""; }, "", ""},
    };
    check_cases(change, change_cases, [](const ChangePasswordForm& f) { return validate(f); });

    CHECK(validate(DeleteAccountForm{"secret1"}).empty());
    CHECK(error_code_for(validate(DeleteAccountForm{}), "password") == "required");
    CHECK(error_code_for(validate(DeleteAccountForm{"\xFF"}), "password") == "invalid_utf8");
}

TEST_CASE("forms: ProfileForm") {
    ProfileForm base;
    base.full_name = "Nguyễn Diệp Chi";
    base.phone = "0905123456";
    const std::vector<Case<ProfileForm>> cases = {
        {"name and phone only", [](ProfileForm&) {}, "", ""},
        {"everything",
         [](ProfileForm& f) {
             f.email = "chi@example.vn";
             f.address = "Nha Trang";
             f.commune_code = "22333";
             f.phone = "0912345678";
         },
         "", ""},
        {"name missing", [](ProfileForm& f) { f.full_name = ""; }, "full_name", "required"},
        {"name invalid", [](ProfileForm& f) { f.full_name = "Chi#1"; }, "full_name", "invalid_full_name"},
        {"email invalid", [](ProfileForm& f) { f.email = "a@b"; }, "email", "invalid_email"},
        {"address too long", [](ProfileForm& f) { f.address = repeat("a", 301); }, "address", "too_long"},
        {"commune unknown", [](ProfileForm& f) { f.commune_code = "22334"; }, "commune_code", "invalid_commune_code"},
        {"new phone invalid", [](ProfileForm& f) { f.phone = "0912"; }, "phone", "invalid_phone"},
        // The phone is how a reporter signs in and is told about answers.
        {"phone removed", [](ProfileForm& f) { f.phone = ""; }, "phone", "required"},
        // An organization edits its name and representative by the registration's rules.
        {"organization renamed",
         [](ProfileForm& f) {
             f.organization = true;
             f.org_name = "Công ty CP Biển Xanh";
             f.representative = "Trần Văn Hải";
         },
         "", ""},
        {"organization without a name",
         [](ProfileForm& f) {
             f.organization = true;
             f.representative = "Trần Văn Hải";
         },
         "org_name", "required"},
        {"organization name too long",
         [](ProfileForm& f) {
             f.organization = true;
             f.org_name = repeat("a", 201);
             f.representative = "Trần Văn Hải";
         },
         "org_name", "too_long"},
        {"organization without a representative",
         [](ProfileForm& f) {
             f.organization = true;
             f.org_name = "Công ty CP Biển Xanh";
         },
         "representative", "required"},
        {"a citizen's organization fields are ignored", [](ProfileForm& f) { f.org_name = "x"; }, "", ""},
    };
    check_cases(base, cases, [](const ProfileForm& f) { return validate(f); });
    ProfileForm citizen = base;
    citizen.org_name = "Công ty CP Biển Xanh";
    CHECK(clean(citizen).value.org_name.empty());  // cleared, never stored
}

// [SECTION] reports

namespace {

ReportForm valid_report() {
    ReportForm f;
    f.title = "Đèn đường hỏng trên đường Trần Phú";
    f.content = "Đèn đường trước số 10 Trần Phú bị hỏng ba ngày nay.";
    f.address = "10 Trần Phú, Phường Nha Trang";
    f.commune_code = "22366";
    f.submit = true;
    return f;
}

ReportForm intake_report() {
    ReportForm f = valid_report();
    f.channel = "hotline";
    f.reporter_name = "Lê Văn Tám";
    f.reporter_phone = "0905123456";
    return f;
}

}  // namespace

TEST_CASE("forms: ReportForm submitted by a reporter") {
    const std::vector<Case<ReportForm>> cases = {
        {"valid", [](ReportForm&) {}, "", ""},
        {"with a point in Nha Trang",
         [](ReportForm& f) {
             f.lat = 12.2388;
             f.lon = 109.1967;
         },
         "", ""},
        {"with a point on Trường Sa",
         [](ReportForm& f) {
             f.lat = 8.6447;
             f.lon = 111.92;
         },
         "", ""},
        {"with category and attachments",
         [](ReportForm& f) {
             f.category_code = "giao_thong";
             f.attachment_ids = {1, 2, 3, 4, 5};
         },
         "", ""},
        {"from the app", [](ReportForm& f) { f.channel = "app"; }, "", ""},
        {"title missing", [](ReportForm& f) { f.title = "  "; }, "title", "required"},
        {"title 4 characters", [](ReportForm& f) { f.title = "Đèn."; }, "title", "too_short"},
        {"title 200 characters", [](ReportForm& f) { f.title = repeat("đ", 200); }, "", ""},
        {"title 201 characters", [](ReportForm& f) { f.title = repeat("đ", 201); }, "title", "too_long"},
        {"title with a bidi control", [](ReportForm& f) { f.title = "Đèn \xE2\x80\xAE hỏng"; }, "title",
         "control_characters"},
        {"content missing", [](ReportForm& f) { f.content = ""; }, "content", "required"},
        {"content 9 characters", [](ReportForm& f) { f.content = "Hỏng rồi!"; }, "content", "too_short"},
        {"content 5000 characters", [](ReportForm& f) { f.content = repeat("ệ", 5000); }, "", ""},
        {"content 5001 characters", [](ReportForm& f) { f.content = repeat("ệ", 5001); }, "content", "too_long"},
        {"content on several lines", [](ReportForm& f) { f.content = "Dòng một dài.\r\n\r\n\r\nDòng hai."; }, "", ""},
        {"content with an emoji", [](ReportForm& f) { f.content = "Đường Trần Phú bị ngập sâu 0,5 m \xF0\x9F\x8C\x8A"; },
         "content", "undrawable_characters"},
        {"title with a BMP emoji (U+2600 sun)", [](ReportForm& f) { f.title = "Nắng nóng \xE2\x98\x80 quá"; }, "title",
         "undrawable_characters"},
        {"content invalid UTF-8", [](ReportForm& f) { f.content = "Đèn hỏng \xC0\xAF rồi ạ"; }, "content",
         "invalid_utf8"},
        {"address missing", [](ReportForm& f) { f.address = ""; }, "address", "required"},
        {"address 301 characters", [](ReportForm& f) { f.address = repeat("a", 301); }, "address", "too_long"},
        {"commune unknown", [](ReportForm& f) { f.commune_code = "00004"; }, "commune_code", "invalid_commune_code"},
        {"latitude alone", [](ReportForm& f) { f.lat = 12.2; }, "lon", "coordinates_incomplete"},
        {"longitude alone", [](ReportForm& f) { f.lon = 109.2; }, "lat", "coordinates_incomplete"},
        {"point in Hà Nội",
         [](ReportForm& f) {
             f.lat = 21.0285;
             f.lon = 105.8542;
         },
         "lat", "outside_province"},
        {"point NaN",
         [](ReportForm& f) {
             f.lat = std::nan("");
             f.lon = 109.0;
         },
         "lat", "invalid_coordinates"},
        {"point infinite",
         [](ReportForm& f) {
             f.lat = 12.0;
             f.lon = std::numeric_limits<double>::infinity();
         },
         "lat", "invalid_coordinates"},
        {"latitude 95",
         [](ReportForm& f) {
             f.lat = 95;
             f.lon = 109;
         },
         "lat", "invalid_coordinates"},
        {"category with capitals", [](ReportForm& f) { f.category_code = "Giao_thong"; }, "category_code",
         "invalid_category_code"},
        {"category one letter", [](ReportForm& f) { f.category_code = "g"; }, "category_code", "invalid_category_code"},
        {"six attachments", [](ReportForm& f) { f.attachment_ids = {1, 2, 3, 4, 5, 6}; }, "attachment_ids",
         "too_many_attachments"},
        {"attachment twice",
         [](ReportForm& f) {
             f.attachment_ids = {7, 7};
         },
         "attachment_ids", "invalid_attachment_ids"},
        {"attachment id zero", [](ReportForm& f) { f.attachment_ids = {0}; }, "attachment_ids",
         "invalid_attachment_ids"},
        {"attachment id negative",
         [](ReportForm& f) {
             f.attachment_ids = {3, -1};
         },
         "attachment_ids", "invalid_attachment_ids"},
        {"channel hotline from a reporter", [](ReportForm& f) { f.channel = "hotline"; }, "channel", "invalid_channel"},
        {"channel unknown", [](ReportForm& f) { f.channel = "fax"; }, "channel", "invalid_channel"},
        {"reporter name from a reporter", [](ReportForm& f) { f.reporter_name = "Ai đó"; }, "reporter_name",
         "field_not_applicable"},
        {"reporter id from a reporter", [](ReportForm& f) { f.reporter_id_number = "056191653264"; },
         "reporter_id_number", "field_not_applicable"},
        {"captcha malformed though not required", [](ReportForm& f) { f.captcha_id = "a b"; }, "captcha_id",
         "invalid_captcha_id"},
    };
    check_cases(valid_report(), cases, [](const ReportForm& f) { return validate(f); });
}

TEST_CASE("forms: ReportForm drafts check lengths and formats only") {
    const std::vector<Case<ReportForm>> cases = {
        {"empty draft", [](ReportForm& f) { f = ReportForm{}; }, "", ""},
        {"title only", [](ReportForm& f) { f.content = f.address = ""; }, "", ""},
        {"short title and content",
         [](ReportForm& f) {
             f.title = "Đèn";
             f.content = "Hỏng";
         },
         "", ""},
        {"title 201 characters", [](ReportForm& f) { f.title = repeat("a", 201); }, "title", "too_long"},
        {"content invalid UTF-8", [](ReportForm& f) { f.content = "\xFF"; }, "content", "invalid_utf8"},
        {"latitude alone", [](ReportForm& f) { f.lat = 12.2; }, "lon", "coordinates_incomplete"},
        {"point outside",
         [](ReportForm& f) {
             f.lat = 10.0;
             f.lon = 106.7;
         },
         "lat", "outside_province"},
        {"six attachments", [](ReportForm& f) { f.attachment_ids = {1, 2, 3, 4, 5, 6}; }, "attachment_ids",
         "too_many_attachments"},
    };
    ReportForm draft = valid_report();
    draft.submit = false;
    check_cases(draft, cases, [](const ReportForm& f) { return validate(f, ReportRules{true, false, std::nullopt}); });
}

TEST_CASE("forms: ReportForm captcha when the caller requires it") {
    const ReportRules rules{true, false, std::nullopt};
    const std::vector<Case<ReportForm>> cases = {
        {"captcha given",
         [](ReportForm& f) {
             f.captcha_id = "cap_1";
             f.captcha_answer = "7";
         },
         "", ""},
        {"captcha id missing", [](ReportForm& f) { f.captcha_answer = "7"; }, "captcha_id", "required"},
        {"captcha answer missing", [](ReportForm& f) { f.captcha_id = "cap_1"; }, "captcha_answer", "required"},
    };
    check_cases(valid_report(), cases, [&](const ReportForm& f) { return validate(f, rules); });
    // Without the rule, no captcha is needed.
    CHECK(validate(valid_report(), ReportRules{}).empty());
}

TEST_CASE("forms: ReportForm entered by an officer (hotline, e-mail, in person)") {
    const ReportRules rules{false, true, std::nullopt};
    const std::vector<Case<ReportForm>> cases = {
        {"hotline with name and phone", [](ReportForm&) {}, "", ""},
        {"in person with ID number only",
         [](ReportForm& f) {
             f.channel = "in_person";
             f.reporter_phone = "";
             f.reporter_id_number = "056191653264";
         },
         "", ""},
        {"e-mail with address only",
         [](ReportForm& f) {
             f.channel = "email";
             f.reporter_phone = "";
             f.reporter_email = "dan@example.vn";
         },
         "", ""},
        {"web channel needs no contact",
         [](ReportForm& f) {
             f.channel = "web";
             f.reporter_name = f.reporter_phone = "";
         },
         "", ""},
        {"draft needs no contact",
         [](ReportForm& f) {
             f.submit = false;
             f.reporter_name = f.reporter_phone = "";
         },
         "", ""},
        {"name missing", [](ReportForm& f) { f.reporter_name = ""; }, "reporter_name", "required"},
        {"name invalid", [](ReportForm& f) { f.reporter_name = "Tám 8"; }, "reporter_name", "invalid_full_name"},
        {"no contact at all", [](ReportForm& f) { f.reporter_phone = ""; }, "reporter_phone", "contact_required"},
        {"phone invalid", [](ReportForm& f) { f.reporter_phone = "0905"; }, "reporter_phone", "invalid_phone"},
        {"email invalid", [](ReportForm& f) { f.reporter_email = "dan@"; }, "reporter_email", "invalid_email"},
        {"ID number neither CCCD nor CMND", [](ReportForm& f) { f.reporter_id_number = "12345"; }, "reporter_id_number",
         "invalid_id_number"},
        {"CCCD with unknown province", [](ReportForm& f) { f.reporter_id_number = "000191653264"; },
         "reporter_id_number", "invalid_cccd_province"},
        {"channel unknown", [](ReportForm& f) { f.channel = "fax"; }, "channel", "invalid_channel"},
    };
    check_cases(intake_report(), cases, [&](const ReportForm& f) { return validate(f, rules); });

    // With today known (the server and the console pass it), the CCCD's
    // birth year is checked too; without, only its shape.
    ReportRules dated = rules;
    dated.today = kToday;
    const std::vector<Case<ReportForm>> dated_cases = {
        // name | edit | field | code
        {"CCCD born 1991", [](ReportForm& f) { f.reporter_id_number = "056191653264"; }, "", ""},
        {"CCCD born 2391", [](ReportForm& f) { f.reporter_id_number = "056991653264"; }, "reporter_id_number",
         "invalid_cccd_birth_year"},
        {"CMND (no birth year)", [](ReportForm& f) { f.reporter_id_number = "336132396"; }, "", ""},
    };
    check_cases(intake_report(), dated_cases, [&](const ReportForm& f) { return validate(f, dated); });
    ReportForm undated = intake_report();
    undated.reporter_id_number = "056991653264";
    CHECK(validate(undated, rules).empty());
}

TEST_CASE("forms: ReportForm cleaning") {
    ReportForm f = valid_report();
    f.title = "  Đèn   đường hỏng ";
    f.content = "Dòng một dài.\r\n\r\n\r\n  Dòng hai.  \r\n";
    f.channel = "";
    const Validated<ReportForm> v = clean(f);
    REQUIRE(v.ok());
    CHECK(v.value.title == "Đèn đường hỏng");
    CHECK(v.value.content == "Dòng một dài.\n\nDòng hai.");
    CHECK(v.value.channel == "web");

    ReportForm intake = intake_report();
    intake.reporter_phone = "+84 905 123 456";
    intake.reporter_name = " Lê  Văn Tám ";
    const Validated<ReportForm> vi = clean(intake, ReportRules{false, true, std::nullopt});
    REQUIRE(vi.ok());
    CHECK(vi.value.reporter_phone == "0905123456");
    CHECK(vi.value.reporter_name == "Lê Văn Tám");
}

// [SECTION] rating and actions

TEST_CASE("forms: RatingForm") {
    RatingForm base{"satisfied", ""};
    const std::vector<Case<RatingForm>> cases = {
        {"level only", [](RatingForm&) {}, "", ""},
        {"with a comment", [](RatingForm& f) { f.comment = "Cảm ơn\nđã xử lý nhanh."; }, "", ""},
        {"each level", [](RatingForm& f) { f.level = "dissatisfied"; }, "", ""},
        {"level missing", [](RatingForm& f) { f.level = ""; }, "level", "required"},
        {"level unknown", [](RatingForm& f) { f.level = "neutral"; }, "level", "invalid_rating"},
        {"comment 1000 characters", [](RatingForm& f) { f.comment = repeat("ơ", 1000); }, "", ""},
        {"comment 1001 characters", [](RatingForm& f) { f.comment = repeat("ơ", 1001); }, "comment", "too_long"},
    };
    check_cases(base, cases, [](const RatingForm& f) { return validate(f); });

    // The rating becomes the workflow's "rate" action, which apply() accepts.
    const ActionForm a = to_action_form(RatingForm{"very_satisfied", "Tốt"});
    CHECK(a.action == "rate");
    CHECK(a.params.rating == std::optional<std::string>("very_satisfied"));
    CHECK(a.params.note == std::optional<std::string>("Tốt"));
    ReportFlags flags;
    const Transition t = apply(Action::rate, Role::citizen, Relation::owner, Status::resolved, flags, a.params);
    CHECK(t.ok);
}

TEST_CASE("forms: ActionForm (syntax only, apply() judges the rest)") {
    ActionForm base;
    base.action = "accept";
    const std::vector<Case<ActionForm>> cases = {
        {"accept", [](ActionForm&) {}, "", ""},
        {"return is spelled without underscore", [](ActionForm& f) { f.action = "return"; }, "", ""},
        {"assign with units",
         [](ActionForm& f) {
             f.action = "assign";
             f.params.unit_id = 4;
             f.params.co_unit_ids = {5, 6};
         },
         "", ""},
        {"note longer than the workflow allows (its business)",
         [](ActionForm& f) { f.params.note = repeat("a", 3000); }, "", ""},
        {"action missing", [](ActionForm& f) { f.action = ""; }, "action", "required"},
        {"action unknown", [](ActionForm& f) { f.action = "approve"; }, "action", "unknown_action"},
        {"action misspelled case", [](ActionForm& f) { f.action = "Accept"; }, "action", "unknown_action"},
        {"note with a control character",
         [](ActionForm& f) {
             f.params.note =
                 "a\x07"
                 "b";
         },
         "note", "control_characters"},
        {"result invalid UTF-8", [](ActionForm& f) { f.params.result_text = "\xE0\x80\x80"; }, "result",
         "invalid_utf8"},
        {"duplicate_of with zero-width space", [](ActionForm& f) { f.params.duplicate_of = "PAKN\xE2\x80\x8B"; },
         "duplicate_of", "control_characters"},
    };
    check_cases(base, cases, [](const ActionForm& f) { return validate(f); });

    ActionForm f;
    f.action = "reject";
    f.params.reason_code = " duplicate ";
    f.params.duplicate_of = " PAKN-2026-000123 ";
    f.params.note = "   \n ";
    const Validated<ActionForm> v = clean(f);
    REQUIRE(v.ok());
    CHECK(v.value.params.reason_code == std::optional<std::string>("duplicate"));
    CHECK(v.value.params.duplicate_of == std::optional<std::string>("PAKN-2026-000123"));
    CHECK_FALSE(v.value.params.note.has_value());  // white space only = not given
}

// [SECTION] list queries

TEST_CASE("forms: list queries from URL pairs") {
    struct Row {
        std::string_view name;
        QueryParams params;
        std::string_view field, code;
    };
    // name | pairs | wrong field | code
    const std::vector<Row> rows = {
        {"nothing", {}, "", ""},
        {"everything",
         {{"q", "đường trần phú"},
          {"page", "3"},
          {"page_size", "50"},
          {"status", "in_progress"},
          {"category", "giao_thong"},
          {"commune", "22333"},
          {"unit", "12"},
          {"from", "2026-01-01"},
          {"to", "2026-01-31"},
          {"overdue", "true"}},
         "",
         ""},
        {"unknown keys ignored", {{"_", "1712345"}, {"utm_source", "zalo"}}, "", ""},
        {"empty values ignored", {{"status", ""}, {"page", ""}}, "", ""},
        {"q 100 characters", {{"q", repeat("ư", 100)}}, "", ""},
        {"q 101 characters", {{"q", repeat("ư", 101)}}, "q", "too_long"},
        {"q invalid UTF-8", {{"q", "\xC3"}}, "q", "invalid_utf8"},
        {"page zero", {{"page", "0"}}, "page", "invalid_page"},
        {"page negative", {{"page", "-1"}}, "page", "invalid_page"},
        {"page not a number", {{"page", "two"}}, "page", "invalid_page"},
        {"page huge", {{"page", "99999999999999999999"}}, "page", "invalid_page"},
        {"page above the cap", {{"page", "1000001"}}, "page", "invalid_page"},
        {"page_size 101", {{"page_size", "101"}}, "page_size", "invalid_page_size"},
        {"page_size 0", {{"page_size", "0"}}, "page_size", "invalid_page_size"},
        {"status unknown", {{"status", "open"}}, "status", "invalid_status"},
        {"category invalid", {{"category", "Giao Thong"}}, "category", "invalid_category_code"},
        {"commune unknown", {{"commune", "00001"}}, "commune", "invalid_commune_code"},
        {"unit zero", {{"unit", "0"}}, "unit", "invalid_unit_id"},
        {"unit text", {{"unit", "abc"}}, "unit", "invalid_unit_id"},
        {"from invalid", {{"from", "2026-02-30"}}, "from", "invalid_date"},
        {"to in Vietnamese order", {{"to", "31/01/2026"}}, "to", "invalid_date"},
        {"to before from", {{"from", "2026-02-01"}, {"to", "2026-01-31"}}, "to", "invalid_date_range"},
        {"overdue yes", {{"overdue", "yes"}}, "overdue", "invalid_bool"},
        {"repeated key: last wins", {{"page", "x"}, {"page", "2"}}, "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const Validated<ListQuery> v = parse_list_query(r.params);
        for (const FieldError& e : v.errors)
            CHECK(is_known_code(e.code));
        if (r.code.empty())
            CHECK(v.errors.empty());
        else
            CHECK(error_code_for(v.errors, r.field) == r.code);
    }

    const Validated<ListQuery> v = parse_list_query(rows[1].params);
    CHECK(v.value.q == "đường trần phú");
    CHECK(v.value.page == 3);
    CHECK(v.value.page_size == 50);
    CHECK(v.value.status == Status::in_progress);
    CHECK(v.value.category == "giao_thong");
    CHECK(v.value.commune == "22333");
    CHECK(v.value.unit == 12);
    CHECK(v.value.from == Date{2026, 1, 1});
    CHECK(v.value.to == Date{2026, 1, 31});
    CHECK(v.value.overdue == true);
    // The whole last day counts: `to` filters with t < 2026-02-01 00:00 +07:00.
    CHECK(to_instant_exclusive(v.value) == parse_iso8601("2026-02-01T00:00:00+07:00"));
    CHECK(from_instant(v.value) == parse_iso8601("2026-01-01T00:00:00+07:00"));

    const ListQuery defaults = parse_list_query({}).value;
    CHECK(defaults.page == 1);
    CHECK(defaults.page_size == 20);
    CHECK_FALSE(from_instant(defaults).has_value());
    // A bad value leaves the default.
    CHECK(parse_list_query({{"page_size", "500"}}).value.page_size == 20);
}

TEST_CASE("forms: list queries to query strings and back") {
    // Splitting and decoding the query string itself: test_url.cpp.
    ListQuery q;
    CHECK(to_query_string(q).empty());
    q.q = "nhà văn hóa & chợ";
    q.page = 2;
    q.status = Status::needs_info;
    q.commune = "22736";
    q.unit = 9;
    q.from = Date{2026, 3, 1};
    q.to = Date{2026, 3, 31};
    q.overdue = false;
    const std::string s = to_query_string(q);
    CHECK(s ==
          "q=nh%C3%A0%20v%C4%83n%20h%C3%B3a%20%26%20ch%E1%BB%A3&page=2&status=needs_info&commune=22736&unit=9"
          "&from=2026-03-01&to=2026-03-31&overdue=false");
    const Validated<ListQuery> back = parse_list_query(parse_query_string(s));
    CHECK(back.ok());
    CHECK(back.value == q);
}

// [SECTION] admin forms

TEST_CASE("forms: AnnouncementForm") {
    AnnouncementForm base{"Lễ hội Yến Sào", "Tóm tắt", "Nội dung chi tiết", "event", true};
    const std::vector<Case<AnnouncementForm>> cases = {
        {"valid", [](AnnouncementForm&) {}, "", ""},
        {"no summary", [](AnnouncementForm& f) { f.summary = ""; }, "", ""},
        {"title missing", [](AnnouncementForm& f) { f.title = ""; }, "title", "required"},
        {"title too long", [](AnnouncementForm& f) { f.title = repeat("a", 201); }, "title", "too_long"},
        {"summary too long", [](AnnouncementForm& f) { f.summary = repeat("a", 501); }, "summary", "too_long"},
        {"body missing", [](AnnouncementForm& f) { f.body = "\n\n"; }, "body", "required"},
        {"body 20000", [](AnnouncementForm& f) { f.body = repeat("a", 20000); }, "", ""},
        {"body too long", [](AnnouncementForm& f) { f.body = repeat("a", 20001); }, "body", "too_long"},
        {"kind missing", [](AnnouncementForm& f) { f.kind = ""; }, "kind", "required"},
        {"kind unknown", [](AnnouncementForm& f) { f.kind = "news"; }, "kind", "invalid_announcement_kind"},
    };
    check_cases(base, cases, [](const AnnouncementForm& f) { return validate(f); });
}

TEST_CASE("forms: UnitForm") {
    UnitForm base{"ubnd_nha_trang", "UBND Phường Nha Trang", "commune", "", "0258 3822 123", "", "22366"};
    const std::vector<Case<UnitForm>> cases = {
        {"commune unit", [](UnitForm&) {}, "", ""},
        {"department without commune",
         [](UnitForm& f) {
             f.kind = "department";
             f.commune_code = "";
         },
         "", ""},
        {"code missing", [](UnitForm& f) { f.code = ""; }, "code", "required"},
        {"code in the province's style", [](UnitForm& f) { f.code = "SO-XD"; }, "", ""},
        {"code with a space", [](UnitForm& f) { f.code = "so xd"; }, "code", "invalid_unit_code"},
        {"code with a diacritic", [](UnitForm& f) { f.code = "sở_xd"; }, "code", "invalid_unit_code"},
        {"code of one letter", [](UnitForm& f) { f.code = "x"; }, "code", "invalid_unit_code"},
        {"name missing", [](UnitForm& f) { f.name = ""; }, "name", "required"},
        {"name too long", [](UnitForm& f) { f.name = repeat("a", 201); }, "name", "too_long"},
        {"kind unknown", [](UnitForm& f) { f.kind = "ministry"; }, "kind", "invalid_unit_kind"},
        {"phone invalid", [](UnitForm& f) { f.phone = "38221"; }, "phone", "invalid_contact_phone"},
        {"email invalid", [](UnitForm& f) { f.email = "ubnd@"; }, "email", "invalid_email"},
        {"commune unit without commune", [](UnitForm& f) { f.commune_code = ""; }, "commune_code", "required"},
        {"commune unknown", [](UnitForm& f) { f.commune_code = "12345"; }, "commune_code", "invalid_commune_code"},
    };
    check_cases(base, cases, [](const UnitForm& f) { return validate(f); });
}

TEST_CASE("forms: OfficerForm") {
    OfficerForm base{"cb.tiepnhan01", "Phạm Thị Hoa", 1, "dispatcher", "", ""};
    const std::vector<Case<OfficerForm>> cases = {
        {"valid", [](OfficerForm&) {}, "", ""},
        {"with phone and email",
         [](OfficerForm& f) {
             f.phone = "0905123456";
             f.email = "hoa@khanhhoa.gov.vn";
         },
         "", ""},
        {"username missing", [](OfficerForm& f) { f.username = ""; }, "username", "required"},
        {"username too short", [](OfficerForm& f) { f.username = "ab"; }, "username", "invalid_username"},
        {"full name missing", [](OfficerForm& f) { f.full_name = ""; }, "full_name", "required"},
        {"unit missing", [](OfficerForm& f) { f.unit_id.reset(); }, "unit_id", "required"},
        {"unit zero", [](OfficerForm& f) { f.unit_id = 0; }, "unit_id", "invalid_unit_id"},
        {"role missing", [](OfficerForm& f) { f.role = ""; }, "role", "required"},
        {"role citizen", [](OfficerForm& f) { f.role = "citizen"; }, "role", "invalid_role"},
        {"role system", [](OfficerForm& f) { f.role = "system"; }, "role", "invalid_role"},
        {"phone invalid", [](OfficerForm& f) { f.phone = "0258"; }, "phone", "invalid_phone"},
    };
    check_cases(base, cases, [](const OfficerForm& f) { return validate(f); });
}

TEST_CASE("forms: CategoryForm") {
    CategoryForm base;
    base.code = "giao_thong";
    base.name = "Giao thông";
    base.group = "urban_incident";
    const std::vector<Case<CategoryForm>> cases = {
        {"valid", [](CategoryForm&) {}, "", ""},
        {"with default unit and SLA",
         [](CategoryForm& f) {
             f.default_unit_id = 3;
             f.sla.resolve_normal = SlaFigure{5, SlaUnit::working_days};
             f.sla.classify_and_assign = SlaFigure{4, SlaUnit::working_hours};
         },
         "", ""},
        {"code missing", [](CategoryForm& f) { f.code = ""; }, "code", "required"},
        {"code invalid", [](CategoryForm& f) { f.code = "giao thong"; }, "code", "invalid_category_code"},
        {"name missing", [](CategoryForm& f) { f.name = ""; }, "name", "required"},
        {"group missing", [](CategoryForm& f) { f.group = ""; }, "group", "required"},
        {"group unknown", [](CategoryForm& f) { f.group = "other"; }, "group", "invalid_category_group"},
        {"default unit zero", [](CategoryForm& f) { f.default_unit_id = 0; }, "default_unit_id", "invalid_unit_id"},
        {"SLA zero days",
         [](CategoryForm& f) {
             f.sla.resolve_normal = SlaFigure{0, SlaUnit::working_days};
         },
         "sla.resolve_normal", "invalid_sla_figure"},
        {"SLA 366 days",
         [](CategoryForm& f) {
             f.sla.resolve_complex = SlaFigure{366, SlaUnit::working_days};
         },
         "sla.resolve_complex", "invalid_sla_figure"},
        {"SLA 8761 hours",
         [](CategoryForm& f) {
             f.sla.start_work = SlaFigure{8761, SlaUnit::working_hours};
         },
         "sla.start_work", "invalid_sla_figure"},
    };
    check_cases(base, cases, [](const CategoryForm& f) { return validate(f); });
}

TEST_CASE("forms: HolidayForm") {
    HolidayForm base{"2026-09-01", "Nghỉ lễ Quốc khánh", "add"};
    const std::vector<Case<HolidayForm>> cases = {
        {"add", [](HolidayForm&) {}, "", ""},
        {"remove without a name",
         [](HolidayForm& f) {
             f.kind = "remove";
             f.name = "";
         },
         "", ""},
        {"working day",
         [](HolidayForm& f) {
             f.kind = "working_day";
             f.date = "2026-02-07";
         },
         "", ""},
        {"date missing", [](HolidayForm& f) { f.date = ""; }, "date", "required"},
        {"date invalid", [](HolidayForm& f) { f.date = "2026-02-29"; }, "date", "invalid_date"},
        {"date Vietnamese order", [](HolidayForm& f) { f.date = "01/09/2026"; }, "date", "invalid_date"},
        {"add without a name", [](HolidayForm& f) { f.name = ""; }, "name", "required"},
        {"name too long", [](HolidayForm& f) { f.name = repeat("a", 101); }, "name", "too_long"},
        {"kind missing", [](HolidayForm& f) { f.kind = ""; }, "kind", "required"},
        {"kind unknown", [](HolidayForm& f) { f.kind = "holiday"; }, "kind", "invalid_holiday_kind"},
    };
    check_cases(base, cases, [](const HolidayForm& f) { return validate(f); });
    CHECK(clean(HolidayForm{" 2026-09-01 ", "", "remove"}).value.date == "2026-09-01");
}

// [SECTION] fuzz regressions (inputs also in tests/fuzz/regressions/)

TEST_CASE("forms: fuzz regression (text): truncate_chars on ill-formed UTF-8") {
    // regressions/text/truncate-ill-formed-utf8.bin: fuzz_text asked for "at
    // most n code points" of ill-formed text, where code points are undefined.
    // What holds for any bytes: no crash, and the result is a prefix.
    const std::string input =
        "  D\xc3\xb2ng m\xe1\xbb\x99t  \x0d\x0a\x0d\x0a\x0d\x09\xb2\xc3n\x0a"
        "Dg hai\xe2\x80\xa8"
        "D\xc3\xb2ng b! \x0d";
    const std::string cut = truncate_chars(input, 32);
    CHECK(input.substr(0, cut.size()) == cut);
    // On the well-formed part the promise is exact.
    const std::string valid = "  D\xc3\xb2ng m\xe1\xbb\x99t";
    CHECK(truncate_chars(valid, 4) == "  D\xc3\xb2");
    // And the form validators refuse such text rather than store it.
    ReportForm f;
    f.content = input;
    CHECK(error_code_for(validate(f), "content") == "invalid_utf8");
}

TEST_CASE("forms: a sign-in that has sent a report sends the next without a captcha, unless the hour looks scripted") {
    struct Row {
        bool sent_before;
        std::int64_t sent_in_window;
        bool captcha;
    };
    // this sign-in sent before | the account's sends in the last hour | captcha needed
    const Row rows[] = {
        {false, 0, true},                         // the first send of a sign-in
        {false, 5, true},                         // another sign-in's sends do not trust this one
        {true, 1, false},                         // the second send
        {true, kTrustedSendsPerHour - 1, false},  // the last one allowed without
        {true, kTrustedSendsPerHour, true},       // a script's pace: the captcha again
        {true, 60, true},
    };
    for (const Row& r : rows) {
        CAPTURE(r.sent_before);
        CAPTURE(r.sent_in_window);
        CHECK(send_needs_captcha(r.sent_before, r.sent_in_window) == r.captcha);
    }
}
