// [SECTION] index: helpers, codes and SMS budgets, registration, sign-in and
// its delays, sessions, passwords, profile, deletion, officers.
#include "services/auth.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/log.h"
#include "notify/sms.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "pakn/password.h"
#include "services/counters.h"
#include "services/crypto.h"
#include "services/dto_convert.h"
#include "services/sms_outbox.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/follow_store.h"
#include "store/outbox_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

using store::AccountRow;
using store::Connection;

constexpr std::int64_t kDay = 86400;

ApiError error(int status, std::string_view code, FieldErrors fields = {}) {
    return api_error(status, code, std::move(fields));
}

ApiError field(int status, std::string_view field_name, std::string_view code) {
    return api_error(status == 422 ? 422 : status, status == 422 ? "validation_failed" : code,
                     {field_error(std::string(field_name), code)});
}

// `n` fills the message ("wait n seconds/minutes"); `seconds` becomes the
// Retry-After header, so clients and proxies know the real wait.
ApiError wait_error(std::string_view code, std::int64_t n, std::int64_t seconds, int status = 429) {
    ApiError e = api_error(status, code);
    e.message = format_message(code, n);
    e.retry_after_seconds = std::max<std::int64_t>(1, seconds);
    return e;
}

std::int64_t minutes(std::int64_t seconds) { return std::max<std::int64_t>(1, (seconds + 59) / 60); }
std::int64_t hours(std::int64_t seconds) { return std::max<std::int64_t>(1, (seconds + 3599) / 3600); }

ApiError captcha_refused() { return validation_failed({field_error("captcha_answer", "captcha_invalid")}); }

// Unaccented like every SMS (one GSM 7-bit segment; services/sms_outbox.h).
std::string otp_text(const std::string& code, std::string_view purpose) {
    std::string what = purpose == "register" ? "dang ky tai khoan"
                       : purpose == "reset"  ? "lay lai mat khau"
                                             : "doi so dien thoai";
    return "PAKN Khanh Hoa: Ma xac thuc " + what + " cua ban la " + code +
           ". Ma co hieu luc trong 5 phut. Khong cung cap ma nay cho bat ky ai.";
}

// What the owner of a number or ID is told when someone tries to register
// (or move a profile) with it: no code, so nothing can be taken over. Each
// fits one GSM 7-bit segment (160 characters, no diacritics).
constexpr const char* kPhoneTakenText =
    "PAKN Khanh Hoa: Co nguoi vua dung so nay de dang ky/doi so tren Cong PAKN. So da co tai khoan: hay dang nhap "
    "hoac dung Quen mat khau. Khong phai ban: bo qua.";
constexpr const char* kLoginTakenText =
    "PAKN Khanh Hoa: Co nguoi vua dung so giay to cua ban de dang ky tren Cong PAKN. Neu la ban, hay dang nhap "
    "hoac dung Quen mat khau. Neu khong, bo qua tin nay.";

// Seconds to wait after `failures` failures with `free` of them free:
// 2, 4, 8 ... up to `cap`.
std::int64_t delay_after(int failures, int free, std::int64_t cap) {
    if (failures < free) return 0;
    return std::min<std::int64_t>(cap, std::int64_t{1} << std::min(failures - free + 1, 30));
}

}  // namespace

AuthService::AuthService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox,
                         CaptchaService& captcha, KdfGate& kdf, AuthSettings settings)
    : db_(db), clock_(clock), outbox_(outbox), captcha_(captcha), kdf_(kdf), settings_(settings) {}

Outcome<std::string> AuthService::hash_password(std::string_view password) {
    std::string hash;
    if (auto busy = kdf_.run([&] { hash = crypto::hash_password(password, {settings_.scrypt_n, 8, 1}); }))
        return Outcome<std::string>::failure(*busy);
    return Outcome<std::string>::success(std::move(hash));
}

Outcome<bool> AuthService::verify_password(std::string_view password, std::string_view stored) {
    bool ok = false;
    if (auto busy = kdf_.run([&] { ok = crypto::verify_password(password, stored); }))
        return Outcome<bool>::failure(*busy);
    return Outcome<bool>::success(ok);
}

std::optional<ApiError> AuthService::over_limit(Connection& c, const std::string& key, int limit, std::int64_t window,
                                                std::string_view code) {
    const auto now = clock_.now();
    const auto n = count_in_window(c, key, now, window);
    if (n.count < limit) return std::nullopt;
    const auto left = n.seconds_left(now, window);
    return wait_error(code, minutes(left), left);
}

// ---------------------------------------------------------------- codes and SMS budgets
std::string AuthService::code_hash(const std::string& purpose, const std::string& ref, const std::string& code) const {
    return crypto::sha256_hex(purpose + ":" + ref + ":" + code);
}

std::optional<ApiError> AuthService::sms_refusal(Connection& c, const std::string& phone, const std::string& ip) {
    const auto now = clock_.now();
    const auto total = count_in_window(c, "sms-total", now, kDay);
    if (total.count >= settings_.sms_total) {
        const auto left = total.seconds_left(now, kDay);
        log_warn("sms_budget_exhausted", {{"limit", settings_.sms_total}});
        return wait_error("sms_budget_exhausted", hours(left), left, 503);
    }
    const auto address = count_in_window(c, "sms-ip:" + ip, now, kDay);
    if (address.count >= settings_.sms_per_address) {
        const auto left = address.seconds_left(now, kDay);
        return wait_error("sms_address_limit", hours(left), left);
    }
    const auto pair = count_in_window(c, "sms-pair:" + phone + "|" + ip, now, kDay);
    if (pair.count >= settings_.sms_per_phone_address) {
        const auto left = pair.seconds_left(now, kDay);
        return wait_error("otp_daily_limit", minutes(left), left);
    }
    const auto per_phone = count_in_window(c, "sms-phone:" + phone, now, kDay);
    if (per_phone.count >= settings_.sms_per_phone) {
        // Past the phone's ceiling, only an address that has not texted it
        // today gets a code, one per cool-down: codes spent from elsewhere
        // cannot keep the owner's own request out for the day.
        const auto cooling = per_phone.last_at + settings_.sms_phone_cooldown - now;
        if (pair.count > 0 || cooling > 0) {
            const auto left = std::min(per_phone.seconds_left(now, kDay),
                                       std::max(pair.count > 0 ? pair.seconds_left(now, kDay) : 0, cooling));
            return wait_error("otp_daily_limit", minutes(left), left);
        }
    }
    return std::nullopt;
}

void AuthService::note_sms(Connection& c, const std::string& phone, const std::string& ip) {
    const auto now = clock_.now();
    add_to_window(c, "sms-total", now, kDay);
    add_to_window(c, "sms-ip:" + ip, now, kDay);
    add_to_window(c, "sms-pair:" + phone + "|" + ip, now, kDay);
    add_to_window(c, "sms-phone:" + phone, now, kDay);
}

void AuthService::notify_owner(Connection& c, const std::string& phone, const std::string& text,
                               const std::string& ip, bool counted) {
    if (phone.empty()) return;
    const auto now = clock_.now();
    if (!counted) {
        // Texting someone other than the number the request named: only that
        // number's own limits apply (silently), so the requester's budgets
        // move exactly as for a fresh registration.
        const auto pair = count_in_window(c, "sms-pair:" + phone + "|" + ip, now, kDay);
        const auto per_phone = count_in_window(c, "sms-phone:" + phone, now, kDay);
        if (pair.count >= settings_.sms_per_phone_address || per_phone.count >= settings_.sms_per_phone) return;
        add_to_window(c, "sms-pair:" + phone + "|" + ip, now, kDay);
        add_to_window(c, "sms-phone:" + phone, now, kDay);
    }
    queue_sms(c, phone, text, "owner_notice", now);
}

std::optional<ApiError> AuthService::send_code(Connection& c, const std::string& purpose, const std::string& ref,
                                               const std::string& phone, std::optional<std::int64_t> account_id,
                                               const std::string& new_phone, bool resend, const std::string& ip,
                                               bool deliver) {
    const auto now = clock_.now();
    auto existing = store::find_otp(c, purpose, ref);
    if (resend && existing) {
        const auto wait = existing->last_sent_at + settings_.otp_resend_cooldown - now;
        if (wait > 0) return wait_error("otp_resend_wait", wait, wait);
    }
    const std::string to = new_phone.empty() ? phone : new_phone;
    if (auto refused = sms_refusal(c, to, ip)) return refused;
    const std::string code = crypto::random_digits(6);
    store::OtpRow row;
    row.purpose = purpose;
    row.ref = ref;
    row.phone = phone;
    row.code_hash = code_hash(purpose, ref, code);
    row.expires_at = now + settings_.otp_ttl;
    row.attempts = 0;
    row.sends = existing ? existing->sends + 1 : 1;
    row.last_sent_at = now;
    row.account_id = account_id;
    row.new_phone = new_phone;
    store::upsert_otp(c, row);
    // Counted even when nothing goes out (a reset for an unknown phone, a
    // registration whose login or phone is taken): the budgets then move the
    // same way whether or not an account exists.
    note_sms(c, to, ip);
    if (deliver) queue_sms(c, to, otp_text(code, purpose), "otp_" + purpose, now);
    return std::nullopt;
}

std::optional<ApiError> AuthService::check_code(Connection& c, const std::string& purpose, const std::string& ref,
                                                const std::string& code, store::OtpRow& row, bool consume) {
    // A wrong code is recorded by record_wrong_code() in its own
    // transaction, because the caller's transaction is rolled back.
    auto found = store::find_otp(c, purpose, ref);
    if (!found || found->consumed) return field(422, "otp", "otp_wrong");
    row = *found;
    if (row.attempts >= settings_.otp_max_attempts) return field(422, "otp", "otp_too_many_attempts");
    if (row.expires_at <= clock_.now()) return field(422, "otp", "otp_expired");
    if (!crypto::constant_time_equals(row.code_hash, code_hash(purpose, ref, code)) ||
        (purpose == "reset" && !row.account_id))
        return field(422, "otp", "otp_wrong");
    if (consume) store::consume_otp(c, purpose, ref);
    return std::nullopt;
}

void AuthService::record_wrong_code(const std::string& purpose, const std::string& ref, const ApiError& e,
                                    const std::string& ip) {
    // Every refused code counts against the address (a guesser also hits
    // spent and unknown flows); only a wrong code spends the flow's tries.
    const bool code_refused = (e.fields.size() == 1 && e.fields[0].field == "otp") ||
                              e.code == "reset_not_found" || e.code == "registration_not_found";
    if (!code_refused) return;
    const bool wrong = e.fields.size() == 1 && e.fields[0].code == "otp_wrong";
    const auto now = clock_.now();
    db_.write([&](Connection& c) {
        if (wrong)
            if (auto row = store::find_otp(c, purpose, ref); row && !row->consumed)
                store::set_otp_attempts(c, purpose, ref, row->attempts + 1);
        add_to_window(c, "wrong-code-ip:" + ip, now, settings_.wrong_code_window);
    });
}

// ---------------------------------------------------------------- registration
Outcome<RegisterResponse> AuthService::start_registration(const RegisterForm& form, const RequestInfo& info) {
    using Out = Outcome<RegisterResponse>;
    const std::string address_key = "register-ip:" + info.ip;
    // Cheap refusals first: the address's quota, then the captcha; only then
    // the expensive hash, and for everyone alike.
    if (auto limited = db_.read([&](Connection& c) {
            return over_limit(c, address_key, settings_.registrations_per_address, settings_.registration_window,
                              "too_many_registrations");
        }))
        return Out::failure(*limited);
    if (!captcha_.check(form.captcha_id, form.captcha_answer)) return Out::failure(captcha_refused());
    // Hashed whether or not the login is taken: the time taken says nothing.
    auto hash = hash_password(normalize_password(form.password));
    if (!hash) return Out::failure(hash.error);

    const auto now = clock_.now();
    const std::string id = crypto::hex(crypto::random_bytes(16));
    nlohmann::json data = {{"kind", form.kind},         {"login", form.login},
                           {"password_hash", hash.value}, {"full_name", form.full_name},
                           {"phone", form.phone},       {"email", form.email},
                           {"address", form.address},   {"commune_code", form.commune_code},
                           {"org_name", form.org_name}, {"representative", form.representative}};
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        const auto phone_owner = store::find_account_by_phone(c, form.phone);
        const auto login_owner = store::find_account_by_login(c, form.login);
        const bool taken = phone_owner || login_owner;
        if (taken) data["taken"] = true;  // verification then fails as for a wrong code
        store::insert_registration(c, {id, form.kind, form.login, form.phone,
                                       data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), now,
                                       now + settings_.registration_ttl});
        store::audit(c, now, std::nullopt, taken ? "registration_taken" : "registration_started",
                     "registration:" + id, info.ip, "");
        if (auto e = send_code(c, "register", id, form.phone, std::nullopt, "", false, info.ip, !taken)) return e;
        if (phone_owner)
            notify_owner(c, form.phone, kPhoneTakenText, info.ip, true);
        else if (login_owner)
            notify_owner(c, login_owner->phone, kLoginTakenText, info.ip, login_owner->phone == form.phone);
        add_to_window(c, address_key, now, settings_.registration_window);
        return std::nullopt;
    });
    if (refused) return Out::failure(*refused);
    if (outbox_) outbox_->wake();
    return Out::success({id, mask_phone(form.phone), settings_.otp_resend_cooldown});
}

Outcome<Account> AuthService::verify_registration(const std::string& registration_id, const std::string& otp,
                                                  const RequestInfo& info) {
    const auto now = clock_.now();
    if (auto limited = db_.read([&](Connection& c) {
            return over_limit(c, "wrong-code-ip:" + info.ip, settings_.wrong_codes_per_address,
                              settings_.wrong_code_window, "too_many_wrong_codes");
        }))
        return Outcome<Account>::failure(*limited);
    AccountRow created;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto reg = store::find_registration(c, registration_id);
        if (!reg || reg->expires_at <= now) return error(404, "registration_not_found");
        store::OtpRow row;
        if (auto bad = check_code(c, "register", registration_id, otp, row)) return bad;
        auto data = nlohmann::json::parse(reg->data, nullptr, false);
        if (!data.is_object()) return error(500, "internal_error");
        // No code went out for a taken login or phone: any code is wrong.
        if (data.value("taken", false)) return field(422, "otp", "otp_wrong");
        auto str = [&](const char* k) { return data.contains(k) && data[k].is_string() ? data[k].get<std::string>() : std::string(); };
        // Someone else may have verified the same CCCD or phone meanwhile.
        if (store::find_account_by_login(c, reg->login))
            return error(409, "login_taken", {field_error("login", "login_taken")});
        if (store::find_account_by_phone(c, reg->phone))
            return error(409, "phone_taken", {field_error("phone", "phone_taken")});
        created.kind = str("kind");
        created.login = str("login");
        created.password_hash = str("password_hash");
        created.full_name = str("full_name");
        created.phone = str("phone");
        created.email = str("email");
        created.address = str("address");
        created.commune_code = str("commune_code");
        created.org_name = str("org_name");
        created.representative = str("representative");
        created.status = "active";
        created.created_at = created.updated_at = now;
        created.id = store::insert_account(c, created);
        store::delete_registration(c, registration_id);
        store::audit(c, now, created.id, "account_created", "account:" + std::to_string(created.id), "", "");
        return std::nullopt;
    });
    if (refused) {
        record_wrong_code("register", registration_id, *refused, info.ip);
        return Outcome<Account>::failure(*refused);
    }
    return Outcome<Account>::success(to_account(created));
}

Outcome<ResendResponse> AuthService::resend_code(const std::string& purpose, const std::string& ref,
                                                 const RequestInfo& info) {
    if (purpose != "register" && purpose != "reset")
        return Outcome<ResendResponse>::failure(error(400, "malformed_request"));
    const auto now = clock_.now();
    std::string masked;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto row = store::find_otp(c, purpose, ref);
        bool deliver = true;
        if (purpose == "register") {
            auto reg = store::find_registration(c, ref);
            if (!reg || reg->expires_at <= now || !row) return error(404, "registration_not_found");
            auto data = nlohmann::json::parse(reg->data, nullptr, false);
            deliver = !(data.is_object() && data.value("taken", false));
        } else if (!row) {
            return error(404, "reset_not_found");
        } else {
            deliver = row->account_id.has_value();
        }
        masked = mask_phone(row->phone);
        return send_code(c, purpose, ref, row->phone, row->account_id, row->new_phone, true, info.ip, deliver);
    });
    if (refused) return Outcome<ResendResponse>::failure(*refused);
    if (outbox_) outbox_->wake();
    return Outcome<ResendResponse>::success({masked, settings_.otp_resend_cooldown});
}

// ---------------------------------------------------------------- sign-in and its delays
std::optional<ApiError> AuthService::login_delay(Connection& c, const std::string& address_key,
                                                 const std::string& pair_key) {
    const auto now = clock_.now();
    std::int64_t wait = 0;
    auto consider = [&](const std::string& key, int free, std::int64_t cap, std::int64_t forget) {
        auto t = store::find_throttle(c, key);
        if (!t || now - t->last_failure_at > forget) return;
        // Never longer than the delay itself: a clock set back (or a booking
        // stamped later than now) must not turn into a wait of days.
        const std::int64_t delay = delay_after(t->failures, free, cap);
        wait = std::max(wait, std::min(delay, t->last_failure_at + delay - now));
    };
    consider(address_key, settings_.login_address_free, settings_.login_address_max_delay,
             settings_.login_address_forget);
    consider(pair_key, settings_.login_pair_free, settings_.login_pair_max_delay, settings_.login_pair_forget);
    if (wait <= 0) return std::nullopt;
    return wait_error("login_wait", wait, wait);
}

void AuthService::book_login_attempt(Connection& c, const std::string& key, std::int64_t forget) {
    const auto now = clock_.now();
    auto t = store::find_throttle(c, key).value_or(store::ThrottleRow{key, 0, now, now, 0});
    if (now - t.last_failure_at > forget) {
        t.failures = 0;
        t.window_start = now;
    }
    ++t.failures;  // the wait still runs from the last real failure
    t.locked_until = 0;
    store::save_throttle(c, t);
}

void AuthService::settle_login_attempt(Connection& c, const std::string& key, bool failed) {
    auto t = store::find_throttle(c, key);
    if (!t) return;
    if (failed)
        t->last_failure_at = clock_.now();
    else
        t->failures = std::max(0, t->failures - 1);
    store::save_throttle(c, *t);
}

// A wrong login or password. While the next tries are still free of a wait
// (the pair's free failures), the password field says how many remain
// (kTriesWarned or fewer), so a person slows down before being made to wait.
// The count comes from the pair key (address + the login as typed), which
// unknown logins have too: an unknown login and a wrong password get the same
// answer, with the same count, and the answer still says nothing about which
// logins exist. Beyond the free tries the plain refusal stays (the next try
// answers login_wait with its seconds).
ApiError AuthService::login_refused(const std::string& pair_key) {
    constexpr int kTriesWarned = 3;
    const int failures = db_.read([&](Connection& c) {
        auto t = store::find_throttle(c, pair_key);
        return t ? t->failures : 0;
    });
    const int left = settings_.login_pair_free - failures;
    if (left < 1 || left > kTriesWarned) return error(401, "login_failed");
    FieldError tries = field_error("password", "login_tries_left");
    tries.message = format_message("login_tries_left", left);
    return error(401, "login_failed", {std::move(tries)});
}

Outcome<SignedIn> AuthService::login(const LoginForm& form, const RequestInfo& info) {
    const auto now = clock_.now();
    // Keyed by the login typed, not by account, so delays reveal nothing about
    // which accounts exist; and never by the login alone, so failures from
    // elsewhere cannot keep its owner out.
    const std::string address_key = "login-ip:" + info.ip;
    const std::string pair_key = "login-pair:" + info.ip + "|" + crypto::sha256_hex(form.login);
    // Delays before the captcha and the password: a refused attempt costs
    // nothing, spends no captcha and says nothing about the account. An
    // attempt let through is booked as a failure at once and settled at the
    // end, so tries sent in parallel cannot all slip through one wait.
    if (auto wait = db_.write([&](Connection& c) -> std::optional<ApiError> {
            if (auto w = login_delay(c, address_key, pair_key)) return w;
            book_login_attempt(c, address_key, settings_.login_address_forget);
            book_login_attempt(c, pair_key, settings_.login_pair_forget);
            return std::nullopt;
        }, store::Durability::normal))
        return Outcome<SignedIn>::failure(*wait);
    // Only a wrong login or password counts; anything else gives the attempt back.
    auto settle = [&](bool failed) {
        db_.write([&](Connection& c) {
            settle_login_attempt(c, address_key, failed);
            settle_login_attempt(c, pair_key, failed);
        }, store::Durability::normal);
    };
    if (!captcha_.check(form.captcha_id, form.captcha_answer)) {
        settle(false);
        return Outcome<SignedIn>::failure(captcha_refused());
    }

    auto account = db_.read([&](Connection& c) { return store::find_account_by_login(c, form.login); });
    const bool audience_ok = account && ((form.audience == "officer") == (account->kind == "officer"));
    // Verify even for unknown logins so timing does not reveal them.
    std::call_once(dummy_once_, [&] { dummy_hash_ = crypto::hash_password("pakn-dummy-password", {settings_.scrypt_n, 8, 1}); });
    auto verified = verify_password(normalize_password(form.password), account && !account->password_hash.empty()
                                                                            ? account->password_hash
                                                                            : dummy_hash_);
    if (!verified) {
        settle(false);
        return Outcome<SignedIn>::failure(verified.error);
    }
    if (!account || !audience_ok || !verified.value || account->status == "deleted") {
        settle(true);
        return Outcome<SignedIn>::failure(login_refused(pair_key));
    }
    settle(false);
    if (account->status == "disabled") return Outcome<SignedIn>::failure(error(403, "account_disabled"));

    SignedIn out;
    out.token = crypto::random_token();
    out.response.csrf_token = crypto::random_token();
    out.response.account = to_account(*account);
    store::SessionRow s;
    s.token_hash = crypto::sha256_hex(out.token);
    s.csrf_token = out.response.csrf_token;
    s.audience = form.audience;
    s.account_id = account->id;
    s.created_at = s.last_seen_at = now;
    s.expires_at = now + settings_.session_absolute;
    s.ip = info.ip;
    s.user_agent = info.user_agent.substr(0, 200);
    // A stored hash of a weaker cost is replaced now that the password is
    // known; when the KDF is busy that waits for a later sign-in.
    std::string new_hash;
    if (crypto::needs_rehash(account->password_hash, {settings_.scrypt_n, 8, 1}))
        if (auto h = hash_password(normalize_password(form.password))) new_hash = h.value;
    db_.write([&](Connection& c) {
        store::clear_throttle(c, pair_key);
        store::insert_session(c, s);
        if (!new_hash.empty()) store::update_password(c, account->id, new_hash, account->must_change_password, now);
        store::audit(c, now, account->id, "login", "session", info.ip, form.audience);
    });
    return Outcome<SignedIn>::success(std::move(out));
}

// ---------------------------------------------------------------- sessions
void AuthService::logout(const Session& session) {
    db_.write([&](Connection& c) { store::delete_session(c, session.token_hash); });
}

bool AuthService::csrf_matches(const Session& session, std::string_view sent) {
    return !session.csrf_token.empty() && crypto::constant_time_equals(sent, session.csrf_token);
}

std::optional<Account> AuthService::account(const Principal& who) {
    auto a = db_.read([&](Connection& c) { return store::find_account(c, who.account_id); });
    if (!a || a->status != "active") return std::nullopt;
    return to_account(*a);
}

std::optional<Session> AuthService::resolve(const std::string& token) {
    if (token.size() != 64) return std::nullopt;
    const auto now = clock_.now();
    const std::string hash = crypto::sha256_hex(token);
    // Read before the rows it guards: a change committed meanwhile then
    // makes what is read here stale at once.
    const auto epoch = db_.accounts_epoch();
    const auto steady_now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(session_cache_mutex_);
        auto it = session_cache_.find(hash);
        if (it != session_cache_.end()) {
            const auto& e = it->second;
            const bool current = e.epoch == epoch && steady_now - e.cached_at < kSessionCacheTtl;
            // Expired, idle or due for a last-seen write: the database decides.
            const bool timely = e.expires_at > now && e.last_seen_at + settings_.session_idle > now &&
                                now - e.last_seen_at < settings_.session_touch_every;
            if (current && timely) return e.session;
            session_cache_.erase(it);
        }
    }
    std::int64_t last_seen_at = 0, expires_at = 0;
    auto found = db_.read([&](Connection& c) -> std::optional<Session> {
        auto s = store::find_session(c, hash);
        if (!s) return std::nullopt;
        auto a = store::find_account(c, s->account_id);
        if (!a || a->status != "active") return std::nullopt;
        if (s->expires_at <= now || s->last_seen_at + settings_.session_idle <= now) return std::nullopt;
        last_seen_at = s->last_seen_at;
        expires_at = s->expires_at;
        Session out{principal_of(*a), hash, s->csrf_token, s->audience};
        if (now - s->last_seen_at >= settings_.session_touch_every) out.token_hash = "touch:" + hash;
        return out;
    });
    if (!found) return std::nullopt;
    if (found->token_hash.starts_with("touch:")) {
        found->token_hash = hash;
        db_.write([&](Connection& c) { store::touch_session(c, hash, now); }, store::Durability::normal);
        return found;  // the touch changed the row: read it again next time
    }
    std::lock_guard lock(session_cache_mutex_);
    if (session_cache_.size() >= 50000) session_cache_.clear();  // bounded; refills on demand
    session_cache_[hash] = CachedSession{*found, last_seen_at, expires_at, epoch, steady_now};
    return found;
}


bool AuthService::report_needs_captcha(const Session& session) {
    if (session.principal.officer()) return false;
    const auto since = clock_.now() - kTrustWindowSeconds;
    return db_.read([&](Connection& c) {
        return send_needs_captcha(store::session_sent_report(c, session.token_hash),
                                  store::count_sent_since(c, session.principal.account_id, since));
    });
}

void AuthService::sent_report(const Session& session) {
    db_.write([&](Connection& c) { store::mark_session_sent_report(c, session.token_hash); },
              store::Durability::normal);
}

// ---------------------------------------------------------------- passwords
Outcome<ForgotResponse> AuthService::forgot_password(const ForgotPasswordForm& form, const RequestInfo& info) {
    using Out = Outcome<ForgotResponse>;
    const std::string address_key = "reset-ip:" + info.ip;
    if (auto limited = db_.read([&](Connection& c) {
            return over_limit(c, address_key, settings_.resets_per_address, settings_.reset_window,
                              "too_many_reset_requests");
        }))
        return Out::failure(*limited);
    if (!captcha_.check(form.captcha_id, form.captcha_answer)) return Out::failure(captcha_refused());
    const auto now = clock_.now();
    const std::string id = crypto::hex(crypto::random_bytes(16));
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto account = store::find_account_by_phone(c, form.phone);
        // A reset for an unknown phone answers the same way and counts the
        // same, but sends nothing: the form tells nobody who has an account.
        if (auto e = send_code(c, "reset", id, form.phone, account ? std::optional(account->id) : std::nullopt, "",
                               false, info.ip, account.has_value()))
            return e;
        add_to_window(c, address_key, now, settings_.reset_window);
        return std::nullopt;
    });
    if (refused) return Out::failure(*refused);
    if (outbox_) outbox_->wake();
    return Out::success({id, mask_phone(form.phone), settings_.otp_resend_cooldown});
}

std::optional<ApiError> AuthService::precheck_reset_code(const std::string& reset_id, const std::string& otp,
                                                         const RequestInfo& info, std::string& login,
                                                         std::string& phone) {
    std::optional<ApiError> bad;
    db_.read([&](Connection& c) {
        bad = over_limit(c, "wrong-code-ip:" + info.ip, settings_.wrong_codes_per_address,
                         settings_.wrong_code_window, "too_many_wrong_codes");
        if (bad) return;
        store::OtpRow row;
        if (!store::find_otp(c, "reset", reset_id)) {
            bad = error(404, "reset_not_found");
            return;
        }
        if ((bad = check_code(c, "reset", reset_id, otp, row, false))) return;
        auto account = store::find_account(c, *row.account_id);
        if (!account || account->status != "active") {
            bad = error(404, "reset_not_found");
            return;
        }
        login = account->login;
        phone = account->phone;
    });
    // Counted like every refused code: the address's window and the flow's tries.
    if (bad) record_wrong_code("reset", reset_id, *bad, info.ip);
    return bad;
}

Outcome<Done> AuthService::check_reset_code(const std::string& reset_id, const std::string& otp,
                                            const RequestInfo& info) {
    std::string login, phone;
    if (auto bad = precheck_reset_code(reset_id, otp, info, login, phone)) return Outcome<Done>::failure(*bad);
    return Outcome<Done>::success({});
}

Outcome<Done> AuthService::reset_password(const std::string& reset_id, const std::string& otp,
                                          const std::string& new_password, const RequestInfo& info) {
    const auto now = clock_.now();
    // The code is checked twice: first on a read (before the slow hash, which
    // must not hold the writer), then again where it is consumed.
    std::string login, phone;
    if (auto bad = precheck_reset_code(reset_id, otp, info, login, phone)) return Outcome<Done>::failure(*bad);
    const auto problems = check_password(new_password, login, phone);
    if (!problems.empty()) {
        FieldErrors fields;
        for (auto code : problems) fields.push_back(field_error("new_password", code));
        return Outcome<Done>::failure(validation_failed(std::move(fields)));
    }
    auto hash = hash_password(normalize_password(new_password));
    if (!hash) return Outcome<Done>::failure(hash.error);
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        store::OtpRow row;
        if (auto wrong = check_code(c, "reset", reset_id, otp, row)) return wrong;
        auto account = store::find_account(c, *row.account_id);
        if (!account || account->status != "active") return error(404, "reset_not_found");
        store::update_password(c, account->id, hash.value, false, now);
        store::delete_sessions_of(c, account->id, "");  // every device signs in again
        store::audit(c, now, account->id, "password_reset", "account:" + std::to_string(account->id), info.ip, "");
        return std::nullopt;
    });
    if (refused) return Outcome<Done>::failure(*refused);
    return Outcome<Done>::success({});
}

Outcome<Done> AuthService::change_password(const Session& session, const std::string& old_password,
                                           const std::string& new_password) {
    const auto now = clock_.now();
    const auto account = db_.read([&](Connection& c) { return store::find_account(c, session.principal.account_id); });
    if (!account) return Outcome<Done>::failure(error(401, "session_expired"));
    auto verified = verify_password(normalize_password(old_password), account->password_hash);
    if (!verified) return Outcome<Done>::failure(verified.error);
    if (!verified.value)
        return Outcome<Done>::failure(validation_failed({field_error("old_password", "wrong_password")}));
    if (normalize_password(old_password) == normalize_password(new_password))
        return Outcome<Done>::failure(validation_failed({field_error("new_password", "same_password")}));
    const auto problems = check_password(new_password, account->login, account->phone);
    if (!problems.empty()) {
        FieldErrors fields;
        for (auto code : problems) fields.push_back(field_error("new_password", code));
        return Outcome<Done>::failure(validation_failed(std::move(fields)));
    }
    auto hash = hash_password(normalize_password(new_password));
    if (!hash) return Outcome<Done>::failure(hash.error);
    db_.write([&](Connection& c) {
        store::update_password(c, account->id, hash.value, false, now);
        store::delete_sessions_of(c, account->id, session.token_hash);
        store::audit(c, now, account->id, "password_changed", "account:" + std::to_string(account->id), "", "");
    });
    return Outcome<Done>::success({});
}

// ---------------------------------------------------------------- profile
Outcome<ProfileUpdate> AuthService::update_profile(const Principal& who, const ProfilePatch& patch,
                                                   const RequestInfo& info) {
    const auto now = clock_.now();
    auto stored = db_.read([&](Connection& c) { return store::find_account(c, who.account_id); });
    if (!stored || stored->status != "active") return Outcome<ProfileUpdate>::failure(error(401, "session_expired"));
    auto cleaned = clean(apply_patch(profile_of(to_account(*stored)), patch));
    if (!cleaned) return Outcome<ProfileUpdate>::failure(validation_failed(std::move(cleaned.errors)));
    const ProfileForm& form = cleaned.value;
    AccountRow a = *stored;
    a.full_name = form.full_name;
    a.email = form.email;
    a.address = form.address;
    a.commune_code = form.commune_code;
    a.org_name = form.org_name;
    a.representative = form.representative;
    const bool phone_change = patch.phone && form.phone != stored->phone;
    const std::string ref = std::to_string(a.id);
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (phone_change) {
            // A number of another account answers like a free one (no code
            // goes out; its owner is told), so profiles cannot probe numbers.
            const bool taken = store::find_account_by_phone(c, form.phone).has_value();
            if (auto e = send_code(c, "phone", ref, form.phone, a.id, form.phone, true, info.ip, !taken)) return e;
            if (taken) notify_owner(c, form.phone, kPhoneTakenText, info.ip, true);
        }
        store::update_profile(c, a, now);
        return std::nullopt;
    });
    if (refused) return Outcome<ProfileUpdate>::failure(*refused);
    ProfileUpdate out;
    if (phone_change) {
        if (outbox_) outbox_->wake();
        out.code_sent = ResendResponse{mask_phone(form.phone), settings_.otp_resend_cooldown};
    } else {
        a.updated_at = now;
        out.account = to_account(a);
    }
    return Outcome<ProfileUpdate>::success(std::move(out));
}

Outcome<Account> AuthService::verify_phone_change(const Principal& who, const std::string& otp,
                                                  const RequestInfo& info) {
    const auto now = clock_.now();
    const std::string ref = std::to_string(who.account_id);
    if (auto limited = db_.read([&](Connection& c) {
            return over_limit(c, "wrong-code-ip:" + info.ip, settings_.wrong_codes_per_address,
                              settings_.wrong_code_window, "too_many_wrong_codes");
        }))
        return Outcome<Account>::failure(*limited);
    AccountRow a;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto stored = store::find_account(c, who.account_id);
        if (!stored || stored->status != "active") return error(401, "session_expired");
        a = *stored;
        store::OtpRow row;
        if (auto bad = check_code(c, "phone", ref, otp, row)) return bad;
        if (store::find_account_by_phone(c, row.new_phone))
            return error(409, "phone_taken", {field_error("phone", "phone_taken")});
        store::update_phone(c, a.id, row.new_phone, now);
        a.phone = row.new_phone;
        store::audit(c, now, a.id, "phone_changed", "account:" + ref, "", "");
        return std::nullopt;
    });
    if (refused) {
        record_wrong_code("phone", ref, *refused, info.ip);
        return Outcome<Account>::failure(*refused);
    }
    return Outcome<Account>::success(to_account(a));
}

Outcome<Done> AuthService::delete_account(const Principal& who, const std::string& password,
                                          const RequestInfo& info) {
    const auto now = clock_.now();
    const auto account = db_.read([&](Connection& c) { return store::find_account(c, who.account_id); });
    if (!account) return Outcome<Done>::failure(error(401, "session_expired"));
    auto verified = verify_password(normalize_password(password), account->password_hash);
    if (!verified) return Outcome<Done>::failure(verified.error);
    if (!verified.value) return Outcome<Done>::failure(validation_failed({field_error("password", "wrong_password")}));
    db_.write([&](Connection& c) {
        store::erase_account(c, account->id, now);
        // Nothing it followed or subscribed to outlives the account.
        store::forget_follows(c, account->id);
        store::delete_sessions_of(c, account->id, "");
        store::audit(c, now, account->id, "account_deleted", "account:" + std::to_string(account->id), info.ip, "");
    });
    return Outcome<Done>::success({});
}

// ---------------------------------------------------------------- officers
Outcome<NewOfficer> AuthService::create_officer(const OfficerForm& form) {
    const auto now = clock_.now();
    NewOfficer out;
    // 12 characters from an alphabet without look-alikes, with a digit.
    static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    for (int i = 0; i < 10; ++i) out.one_time_password.push_back(kAlphabet[crypto::random_int(0, 47)]);
    out.one_time_password += crypto::random_digits(2);
    AccountRow a;
    a.kind = "officer";
    a.login = form.username;
    a.full_name = form.full_name;
    a.phone = form.phone;
    a.email = form.email;
    a.unit_id = form.unit_id;
    if (!form.unit_id) return Outcome<NewOfficer>::failure(validation_failed({field_error("unit_id", "required")}));
    a.role = form.role;
    a.status = "active";
    a.must_change_password = true;
    auto hash = hash_password(out.one_time_password);
    if (!hash) return Outcome<NewOfficer>::failure(hash.error);
    a.password_hash = hash.value;
    a.created_at = a.updated_at = now;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::find_account_by_login(c, a.login))
            return error(409, "username_taken", {field_error("username", "username_taken")});
        if (!store::unit_exists(c, *form.unit_id)) return validation_failed({field_error("unit_id", "unknown_unit")});
        a.id = store::insert_account(c, a);
        store::audit(c, now, std::nullopt, "officer_created", "account:" + std::to_string(a.id), "", a.role);
        return std::nullopt;
    });
    if (refused) return Outcome<NewOfficer>::failure(*refused);
    auto full = db_.read([&](Connection& c) { return store::find_account(c, a.id); });
    out.account = full.value_or(a);
    return Outcome<NewOfficer>::success(std::move(out));
}

std::optional<NewOfficer> AuthService::bootstrap_admin() {
    const bool exists = db_.read([](Connection& c) { return store::any_admin(c); });
    if (exists) return std::nullopt;
    const auto center = db_.read([](Connection& c) { return store::center_unit_id(c); });
    if (!center) return std::nullopt;
    OfficerForm form;
    form.username = "admin";
    form.full_name = "Quản trị hệ thống";
    form.unit_id = *center;
    form.role = "admin";
    auto created = create_officer(form);
    if (!created) return std::nullopt;
    return created.value;
}

}  // namespace pakn::server::services
