// Accounts and sign-in: captcha, registration with an SMS code, login with
// throttling, sessions, forgotten/changed passwords, profile, deletion,
// officer accounts. Every rule on input comes from shared/ (forms.h); this
// service adds what needs storage and secrets.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "pakn/dto.h"
#include "pakn/errors.h"
#include "pakn/forms.h"
#include "base/clock.h"
#include "services/principal.h"
#include "store/accounts_store.h"

namespace pakn::server::store {
class Database;
}
namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

struct AuthSettings {
    std::int64_t captcha_ttl = 300;          // 5 min
    std::int64_t otp_ttl = 300;              // codes expire after 5 min
    int otp_max_attempts = 5;                // the 6th wrong code is refused
    std::int64_t otp_resend_cooldown = 60;   // seconds between sends
    int otp_daily_limit = 5;                 // codes per phone per 24 h
    std::int64_t registration_ttl = 1800;    // an unverified registration lives 30 min
    std::int64_t session_idle = 1800;        // 30 min without activity
    std::int64_t session_absolute = 12 * 3600;
    std::int64_t session_touch_every = 60;   // write last_seen at most once a minute
    int login_delay_after = 3;               // failures before delays start
    int login_lock_after = 5;                // failures (per login) before a lockout
    std::int64_t login_lock_seconds = 900;
    int ip_lock_after = 20;                  // failures per address in the window
    std::int64_t ip_window = 900;
    std::uint64_t scrypt_n = 1u << 15;
};

struct RequestInfo {
    std::string ip;
    std::string user_agent;
};

// A new sign-in: the cookie token (given to the browser once, stored only
// hashed) and what the page needs.
struct SignedIn {
    std::string token;
    LoginResponse response;  // the account and the session's CSRF token
};

// PATCH /me: either the profile was saved (account), or a new phone number
// waits for the code sent to it (code_sent; the rest of the profile is saved).
struct ProfileUpdate {
    std::optional<Account> account;
    std::optional<ResendResponse> code_sent;
};

// An officer account just issued, with its one-time password (shown once).
struct NewOfficer {
    store::AccountRow account;
    std::string one_time_password;
};

template <typename T>
using Outcome = Result<T>;
struct Done {};

class AuthService {
public:
    AuthService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, AuthSettings settings = {});

    // ---- captcha (arithmetic question, single use, expiring)
    Captcha new_captcha();
    // Consumes the captcha whatever the answer; false when wrong or expired.
    bool check_captcha(const std::string& id, const std::string& answer);

    // ---- registration
    Outcome<RegisterResponse> start_registration(const RegisterForm& form, const RequestInfo& info);
    Outcome<Account> verify_registration(const std::string& registration_id, const std::string& otp);
    // Resends the code of a registration ("register") or reset ("reset").
    Outcome<ResendResponse> resend_code(const std::string& purpose, const std::string& ref);

    // ---- sign-in
    Outcome<SignedIn> login(const LoginForm& form, const RequestInfo& info);
    void logout(const Session& session);
    // The live session for a cookie token (touching it), or nullopt.
    std::optional<Session> resolve(const std::string& token);
    // True when `sent` is this session's CSRF token (constant time).
    static bool csrf_matches(const Session& session, std::string_view sent);
    // The account as its owner sees it (GET /me, /auth/session).
    std::optional<Account> account(const Principal& who);

    // ---- passwords
    Outcome<ForgotResponse> forgot_password(const std::string& phone);
    Outcome<Done> reset_password(const std::string& reset_id, const std::string& otp, const std::string& new_password);
    // Every other session of the account ends; this one stays.
    Outcome<Done> change_password(const Session& session, const std::string& old_password,
                                  const std::string& new_password);

    // ---- profile
    // Applies the patch to the stored profile and validates the result with
    // the shared rules; a changed phone number is only taken once a code
    // sent to it comes back (verify_phone_change).
    Outcome<ProfileUpdate> update_profile(const Principal& who, const ProfilePatch& patch);
    Outcome<Account> verify_phone_change(const Principal& who, const std::string& otp);
    Outcome<Done> delete_account(const Principal& who, const std::string& password, const RequestInfo& info);

    // ---- officers
    Outcome<NewOfficer> create_officer(const OfficerForm& form);
    // Creates the first admin when none exists; returns its one-time password.
    std::optional<NewOfficer> bootstrap_admin();

    const AuthSettings& settings() const { return settings_; }

private:
    std::string code_hash(const std::string& purpose, const std::string& ref, const std::string& code) const;
    std::optional<ApiError> send_code(store::Connection& c, const std::string& purpose, const std::string& ref,
                                      const std::string& phone, std::optional<std::int64_t> account_id,
                                      const std::string& new_phone, bool resend);
    std::optional<ApiError> check_code(store::Connection& c, const std::string& purpose, const std::string& ref,
                                       const std::string& code, store::OtpRow& row);
    void record_wrong_code(const std::string& purpose, const std::string& ref, const ApiError& e);
    std::optional<ApiError> throttled(store::Connection& c, const std::string& key, bool per_login);
    void record_failure(store::Connection& c, const std::string& key, bool per_login);

    store::Database& db_;
    const Clock& clock_;
    notify::OutboxWorker* outbox_;
    AuthSettings settings_;

    // Sessions resolved in the last second, keyed by token hash: every API
    // request resolves its session, and two reads per request were a tenth
    // of a submission's cost. An entry is used only while the database's
    // accounts epoch is unchanged (any sign-out, password change, disabled
    // account or role change in this process drops them all at once) and for
    // at most kSessionCacheTtl (a change made by another process, such as
    // `pakn-server admin`, is seen within that).
    struct CachedSession {
        Session session;
        std::int64_t last_seen_at = 0, expires_at = 0;
        std::uint64_t epoch = 0;
        std::chrono::steady_clock::time_point cached_at;
    };
    static constexpr std::chrono::milliseconds kSessionCacheTtl{1000};
    std::mutex session_cache_mutex_;
    std::unordered_map<std::string, CachedSession> session_cache_;
};

}  // namespace pakn::server::services
