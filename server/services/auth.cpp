// [SECTION] index: captcha, codes, registration, sign-in and throttling,
// sessions, passwords, profile, deletion, officers.
#include "services/auth.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/log.h"
#include "notify/sms.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "pakn/password.h"
#include "services/crypto.h"
#include "services/dto_convert.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/outbox_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {
namespace {

using store::AccountRow;
using store::Connection;

ApiError error(int status, std::string_view code, FieldErrors fields = {}) {
    return api_error(status, code, std::move(fields));
}

ApiError field(int status, std::string_view field_name, std::string_view code) {
    return api_error(status == 422 ? 422 : status, status == 422 ? "validation_failed" : code,
                     {field_error(std::string(field_name), code)});
}

// `n` fills the message ("wait n seconds/minutes"); `seconds` becomes the
// Retry-After header, so clients and proxies know the real wait.
ApiError wait_error(std::string_view code, std::int64_t n, std::int64_t seconds) {
    ApiError e = api_error(429, code);
    e.message = format_message(code, n);
    e.retry_after_seconds = std::max<std::int64_t>(1, seconds);
    return e;
}

std::string otp_text(const std::string& code, std::string_view purpose) {
    std::string what = purpose == "register" ? "đăng ký tài khoản"
                       : purpose == "reset"  ? "lấy lại mật khẩu"
                                             : "đổi số điện thoại";
    return "PAKN Khanh Hoa: Ma xac thuc " + what + " cua ban la " + code +
           ". Ma co hieu luc trong 5 phut. Khong cung cap ma nay cho bat ky ai.";
}

}  // namespace

AuthService::AuthService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, AuthSettings settings)
    : db_(db), clock_(clock), outbox_(outbox), settings_(settings) {}

// ---------------------------------------------------------------- captcha
Captcha AuthService::new_captcha() {
    const int a = crypto::random_int(1, 9);
    const int b = crypto::random_int(0, 9);
    Captcha c{crypto::hex(crypto::random_bytes(12)), std::to_string(a) + " + " + std::to_string(b) + " = ?"};
    const auto answer_hash = crypto::sha256_hex(c.id + ":" + std::to_string(a + b));
    const auto now = clock_.now();
    db_.write([&](Connection& conn) { store::insert_captcha(conn, c.id, answer_hash, now + settings_.captcha_ttl); },
              store::Durability::normal);
    return c;
}

bool AuthService::check_captcha(const std::string& id, const std::string& answer) {
    if (id.empty() || id.size() > 64) return false;
    const auto now = clock_.now();
    auto stored = db_.write([&](Connection& c) { return store::take_captcha(c, id, now); }, store::Durability::normal);
    std::string trimmed;
    for (char ch : answer)
        if (ch != ' ') trimmed.push_back(ch);
    return stored && crypto::constant_time_equals(*stored, crypto::sha256_hex(id + ":" + trimmed));
}

// ---------------------------------------------------------------- codes
std::string AuthService::code_hash(const std::string& purpose, const std::string& ref, const std::string& code) const {
    return crypto::sha256_hex(purpose + ":" + ref + ":" + code);
}

std::optional<ApiError> AuthService::send_code(Connection& c, const std::string& purpose, const std::string& ref,
                                               const std::string& phone, std::optional<std::int64_t> account_id,
                                               const std::string& new_phone, bool resend) {
    const auto now = clock_.now();
    auto existing = store::find_otp(c, purpose, ref);
    if (resend && existing) {
        const auto wait = existing->last_sent_at + settings_.otp_resend_cooldown - now;
        if (wait > 0) return wait_error("otp_resend_wait", wait, wait);
    }
    if (store::otp_sends_since(c, phone, now - 86400) >= settings_.otp_daily_limit)
        return wait_error("otp_daily_limit", 0, 3600);  // the 24 h window slides; look again in an hour
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
    // A reset for an unknown phone answers the same way but sends nothing,
    // so the form cannot be used to find out who has an account.
    if (purpose == "reset" && !account_id) return std::nullopt;
    store::enqueue_message(c, "sms", new_phone.empty() ? phone : new_phone, otp_text(code, purpose), "otp_" + purpose,
                           now);
    return std::nullopt;
}

std::optional<ApiError> AuthService::check_code(Connection& c, const std::string& purpose, const std::string& ref,
                                                const std::string& code, store::OtpRow& row) {
    // Read-only: a wrong code is recorded by record_wrong_code() in its own
    // transaction, because the caller's transaction is rolled back.
    auto found = store::find_otp(c, purpose, ref);
    if (!found || found->consumed) return field(422, "otp", "otp_wrong");
    row = *found;
    if (row.attempts >= settings_.otp_max_attempts) return field(422, "otp", "otp_too_many_attempts");
    if (row.expires_at <= clock_.now()) return field(422, "otp", "otp_expired");
    if (!crypto::constant_time_equals(row.code_hash, code_hash(purpose, ref, code)) ||
        (purpose == "reset" && !row.account_id))
        return field(422, "otp", "otp_wrong");
    store::consume_otp(c, purpose, ref);
    return std::nullopt;
}

void AuthService::record_wrong_code(const std::string& purpose, const std::string& ref, const ApiError& e) {
    if (e.fields.size() != 1 || e.fields[0].code != "otp_wrong") return;
    db_.write([&](Connection& c) {
        if (auto row = store::find_otp(c, purpose, ref); row && !row->consumed)
            store::set_otp_attempts(c, purpose, ref, row->attempts + 1);
    });
}

// ---------------------------------------------------------------- registration
Outcome<RegisterResponse> AuthService::start_registration(const RegisterForm& form, const RequestInfo& info) {
    const auto now = clock_.now();
    const std::string id = crypto::hex(crypto::random_bytes(16));
    const std::string hash = crypto::hash_password(normalize_password(form.password), {settings_.scrypt_n, 8, 1});
    nlohmann::json data = {{"kind", form.kind},         {"login", form.login},
                           {"password_hash", hash},     {"full_name", form.full_name},
                           {"phone", form.phone},       {"email", form.email},
                           {"address", form.address},   {"commune_code", form.commune_code},
                           {"org_name", form.org_name}, {"representative", form.representative}};
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (store::find_account_by_login(c, form.login))
            return error(409, "login_taken", {field_error("login", "login_taken")});
        if (store::find_account_by_phone(c, form.phone))
            return error(409, "phone_taken", {field_error("phone", "phone_taken")});
        store::insert_registration(c, {id, form.kind, form.login, form.phone,
                                       data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), now,
                                       now + settings_.registration_ttl});
        store::audit(c, now, std::nullopt, "registration_started", "registration:" + id, info.ip, "");
        return send_code(c, "register", id, form.phone, std::nullopt, "", false);
    });
    if (refused) return Outcome<RegisterResponse>::failure(*refused);
    if (outbox_) outbox_->wake();
    return Outcome<RegisterResponse>::success({id, mask_phone(form.phone), settings_.otp_resend_cooldown});
}

Outcome<Account> AuthService::verify_registration(const std::string& registration_id, const std::string& otp) {
    const auto now = clock_.now();
    AccountRow created;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto reg = store::find_registration(c, registration_id);
        if (!reg || reg->expires_at <= now) return error(404, "registration_not_found");
        store::OtpRow row;
        if (auto bad = check_code(c, "register", registration_id, otp, row)) return bad;
        auto data = nlohmann::json::parse(reg->data, nullptr, false);
        if (!data.is_object()) return error(500, "internal_error");
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
        record_wrong_code("register", registration_id, *refused);
        return Outcome<Account>::failure(*refused);
    }
    return Outcome<Account>::success(to_account(created));
}

Outcome<ResendResponse> AuthService::resend_code(const std::string& purpose, const std::string& ref) {
    if (purpose != "register" && purpose != "reset")
        return Outcome<ResendResponse>::failure(error(400, "malformed_request"));
    const auto now = clock_.now();
    std::string masked;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto row = store::find_otp(c, purpose, ref);
        if (purpose == "register") {
            auto reg = store::find_registration(c, ref);
            if (!reg || reg->expires_at <= now || !row) return error(404, "registration_not_found");
        } else if (!row) {
            return error(404, "reset_not_found");
        }
        masked = mask_phone(row->phone);
        return send_code(c, purpose, ref, row->phone, row->account_id, row->new_phone, true);
    });
    if (refused) return Outcome<ResendResponse>::failure(*refused);
    if (outbox_) outbox_->wake();
    return Outcome<ResendResponse>::success({masked, settings_.otp_resend_cooldown});
}

// ---------------------------------------------------------------- sign-in
std::optional<ApiError> AuthService::throttled(Connection& c, const std::string& key, bool per_login) {
    const auto now = clock_.now();
    auto t = store::find_throttle(c, key);
    if (!t) return std::nullopt;
    if (t->locked_until > now) return wait_error("login_locked", (t->locked_until - now + 59) / 60, t->locked_until - now);
    if (per_login && t->failures >= settings_.login_delay_after) {
        // Growing delays: 2 s, 4 s, 8 s ... after the third failure.
        const std::int64_t delay = 1ll << std::min(t->failures - settings_.login_delay_after + 1, 10);
        const auto wait = t->last_failure_at + delay - now;
        if (wait > 0) return wait_error("login_wait", wait, wait);
    }
    return std::nullopt;
}

void AuthService::record_failure(Connection& c, const std::string& key, bool per_login) {
    const auto now = clock_.now();
    auto t = store::find_throttle(c, key).value_or(store::ThrottleRow{key, 0, now, now, 0});
    if (!per_login && now - t.window_start > settings_.ip_window) {
        t.failures = 0;
        t.window_start = now;
    }
    ++t.failures;
    t.last_failure_at = now;
    const int limit = per_login ? settings_.login_lock_after : settings_.ip_lock_after;
    if (t.failures >= limit) {
        t.locked_until = now + settings_.login_lock_seconds;
        t.failures = 0;
        t.window_start = now;
    }
    store::save_throttle(c, t);
}

Outcome<SignedIn> AuthService::login(const LoginForm& form, const RequestInfo& info) {
    const auto now = clock_.now();
    const std::string ip_key = "ip:" + info.ip;
    const std::string login_key = "login:" + crypto::sha256_hex(form.login);
    // Throttling is checked before the password so a locked login costs
    // nothing and says nothing about whether the account exists.
    if (auto refused = db_.write([&](Connection& c) -> std::optional<ApiError> {
            if (auto e = throttled(c, ip_key, false)) return e;
            return throttled(c, login_key, true);
        }, store::Durability::normal))
        return Outcome<SignedIn>::failure(*refused);

    auto account = db_.read([&](Connection& c) { return store::find_account_by_login(c, form.login); });
    const bool audience_ok = account && ((form.audience == "officer") == (account->kind == "officer"));
    // Verify even for unknown logins so timing does not reveal them.
    static const std::string kDummyHash = crypto::hash_password("pakn-dummy-password", {settings_.scrypt_n, 8, 1});
    const bool password_ok = crypto::verify_password(normalize_password(form.password),
                                                     account && !account->password_hash.empty() ? account->password_hash
                                                                                                : kDummyHash);
    if (!account || !audience_ok || !password_ok || account->status == "deleted") {
        db_.write([&](Connection& c) {
            record_failure(c, ip_key, false);
            record_failure(c, login_key, true);
        }, store::Durability::normal);
        return Outcome<SignedIn>::failure(error(401, "login_failed"));
    }
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
    const bool rehash = crypto::needs_rehash(account->password_hash, {settings_.scrypt_n, 8, 1});
    const std::string new_hash =
        rehash ? crypto::hash_password(normalize_password(form.password), {settings_.scrypt_n, 8, 1}) : "";
    db_.write([&](Connection& c) {
        store::clear_throttle(c, login_key);
        store::insert_session(c, s);
        if (rehash) store::update_password(c, account->id, new_hash, account->must_change_password, now);
        store::audit(c, now, account->id, "login", "session", info.ip, form.audience);
    });
    return Outcome<SignedIn>::success(std::move(out));
}

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

// ---------------------------------------------------------------- passwords
Outcome<ForgotResponse> AuthService::forgot_password(const std::string& phone) {
    const std::string id = crypto::hex(crypto::random_bytes(16));
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto account = store::find_account_by_phone(c, phone);
        return send_code(c, "reset", id, phone, account ? std::optional(account->id) : std::nullopt, "", false);
    });
    if (refused) return Outcome<ForgotResponse>::failure(*refused);
    if (outbox_) outbox_->wake();
    return Outcome<ForgotResponse>::success({id, mask_phone(phone), settings_.otp_resend_cooldown});
}

Outcome<Done> AuthService::reset_password(const std::string& reset_id, const std::string& otp,
                                          const std::string& new_password) {
    const auto now = clock_.now();
    std::string new_hash;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        store::OtpRow row;
        if (!store::find_otp(c, "reset", reset_id)) return error(404, "reset_not_found");
        if (auto bad = check_code(c, "reset", reset_id, otp, row)) return bad;
        auto account = store::find_account(c, *row.account_id);
        if (!account || account->status != "active") return error(404, "reset_not_found");
        const auto problems = check_password(new_password, account->login, account->phone);
        if (!problems.empty()) {
            FieldErrors fields;
            for (auto code : problems) fields.push_back(field_error("new_password", code));
            return validation_failed(std::move(fields));
        }
        new_hash = crypto::hash_password(normalize_password(new_password), {settings_.scrypt_n, 8, 1});
        store::update_password(c, account->id, new_hash, false, now);
        store::delete_sessions_of(c, account->id, "");  // every device signs in again
        store::audit(c, now, account->id, "password_reset", "account:" + std::to_string(account->id), "", "");
        return std::nullopt;
    });
    if (refused) {
        record_wrong_code("reset", reset_id, *refused);
        return Outcome<Done>::failure(*refused);
    }
    return Outcome<Done>::success({});
}

Outcome<Done> AuthService::change_password(const Session& session, const std::string& old_password,
                                           const std::string& new_password) {
    const auto now = clock_.now();
    const auto account = db_.read([&](Connection& c) { return store::find_account(c, session.principal.account_id); });
    if (!account) return Outcome<Done>::failure(error(401, "session_expired"));
    if (!crypto::verify_password(normalize_password(old_password), account->password_hash))
        return Outcome<Done>::failure(validation_failed({field_error("old_password", "wrong_password")}));
    if (normalize_password(old_password) == normalize_password(new_password))
        return Outcome<Done>::failure(validation_failed({field_error("new_password", "same_password")}));
    const auto problems = check_password(new_password, account->login, account->phone);
    if (!problems.empty()) {
        FieldErrors fields;
        for (auto code : problems) fields.push_back(field_error("new_password", code));
        return Outcome<Done>::failure(validation_failed(std::move(fields)));
    }
    const auto hash = crypto::hash_password(normalize_password(new_password), {settings_.scrypt_n, 8, 1});
    db_.write([&](Connection& c) {
        store::update_password(c, account->id, hash, false, now);
        store::delete_sessions_of(c, account->id, session.token_hash);
        store::audit(c, now, account->id, "password_changed", "account:" + std::to_string(account->id), "", "");
    });
    return Outcome<Done>::success({});
}

// ---------------------------------------------------------------- profile
Outcome<ProfileUpdate> AuthService::update_profile(const Principal& who, const ProfilePatch& patch) {
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
    const bool phone_change = patch.phone && form.phone != stored->phone;
    const std::string ref = std::to_string(a.id);
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (phone_change) {
            if (store::find_account_by_phone(c, form.phone))
                return error(409, "phone_taken", {field_error("phone", "phone_taken")});
            if (auto e = send_code(c, "phone", ref, form.phone, a.id, form.phone, true)) return e;
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

Outcome<Account> AuthService::verify_phone_change(const Principal& who, const std::string& otp) {
    const auto now = clock_.now();
    const std::string ref = std::to_string(who.account_id);
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
        record_wrong_code("phone", ref, *refused);
        return Outcome<Account>::failure(*refused);
    }
    return Outcome<Account>::success(to_account(a));
}

Outcome<Done> AuthService::delete_account(const Principal& who, const std::string& password,
                                          const RequestInfo& info) {
    const auto now = clock_.now();
    const auto account = db_.read([&](Connection& c) { return store::find_account(c, who.account_id); });
    if (!account) return Outcome<Done>::failure(error(401, "session_expired"));
    if (!crypto::verify_password(normalize_password(password), account->password_hash))
        return Outcome<Done>::failure(validation_failed({field_error("password", "wrong_password")}));
    db_.write([&](Connection& c) {
        store::erase_account(c, account->id, now);
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
    a.password_hash = crypto::hash_password(out.one_time_password, {settings_.scrypt_n, 8, 1});
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
