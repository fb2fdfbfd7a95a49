// Accounts and sign-in: registration with an SMS code, login with growing
// delays, sessions, forgotten/changed passwords, profile, deletion, officer
// accounts, and the budgets that keep one client from spending SMS, CPU or
// other people's sign-ins. Every rule on input comes from shared/
// (forms.h); this service adds what needs storage and secrets.
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
#include "services/captcha.h"
#include "services/kdf.h"
#include "services/principal.h"
#include "store/accounts_store.h"

namespace pakn::server::store {
class Database;
}
namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

// Every number of the sign-up, sign-in and code rules. The defaults are
// production's; docs/api.md ("Limits") states them for clients.
struct AuthSettings {
    std::int64_t otp_ttl = 300;              // codes expire after 5 min
    int otp_max_attempts = 5;                // the 6th wrong code is refused
    std::int64_t otp_resend_cooldown = 60;   // seconds between sends
    std::int64_t registration_ttl = 1800;    // an unverified registration lives 30 min
    std::int64_t session_idle = 1800;        // 30 min without activity
    std::int64_t session_absolute = 12 * 3600;
    std::int64_t session_touch_every = 60;   // write last_seen at most once a minute

    // Sign-in: growing delays, never a lock. Failures are counted per
    // (address, login) pair and per address; the next attempt waits 2, 4,
    // 8 ... seconds (up to the cap) once the free failures are used up.
    // A login's failures from elsewhere never delay its owner.
    int login_pair_free = 3;
    std::int64_t login_pair_max_delay = 300;
    std::int64_t login_pair_forget = 3600;     // forgotten an hour after the last failure
    int login_address_free = 10;
    std::int64_t login_address_max_delay = 30;  // a shared address (NAT) waits, it is not shut out
    std::int64_t login_address_forget = 900;

    // Per address, in windows that start with the first event.
    int registrations_per_address = 10;
    std::int64_t registration_window = 3600;
    int resets_per_address = 5;                // "forgot password" requests
    std::int64_t reset_window = 3600;
    int wrong_codes_per_address = 10;          // wrong SMS codes (all flows)
    std::int64_t wrong_code_window = 3600;

    // SMS of these flows (codes and notices), per 24 h. A phone takes at
    // most sms_per_phone_address from one address and sms_per_phone in all;
    // beyond that, an address that has not texted it today still gets one
    // code per sms_phone_cooldown (the owner's own request from their own
    // network). One address may cause sms_per_address; everyone sms_total.
    int sms_per_phone_address = 5;
    int sms_per_phone = 10;
    std::int64_t sms_phone_cooldown = 3600;
    int sms_per_address = 15;
    int sms_total = 5000;

    std::uint64_t scrypt_n = 1u << 17;  // 128 MiB per hash with r = 8
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
    AuthService(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, CaptchaService& captcha,
                KdfGate& kdf, AuthSettings settings = {});

    // ---- registration. The answer is the same whether or not the login or
    // phone already has an account: then the owner gets an SMS saying
    // someone tried, no code is sent, and verification fails as for a wrong
    // code.
    Outcome<RegisterResponse> start_registration(const RegisterForm& form, const RequestInfo& info);
    Outcome<Account> verify_registration(const std::string& registration_id, const std::string& otp,
                                         const RequestInfo& info);
    // Resends the code of a registration ("register") or reset ("reset").
    Outcome<ResendResponse> resend_code(const std::string& purpose, const std::string& ref, const RequestInfo& info);

    // ---- sign-in (captcha checked here, after the delays)
    Outcome<SignedIn> login(const LoginForm& form, const RequestInfo& info);
    void logout(const Session& session);
    // The live session for a cookie token (touching it), or nullopt.
    std::optional<Session> resolve(const std::string& token);
    // True when `sent` is this session's CSRF token (constant time).
    static bool csrf_matches(const Session& session, std::string_view sent);
    // The account as its owner sees it (GET /me, /auth/session).
    std::optional<Account> account(const Principal& who);
    // Whether a report this session sends now must carry a captcha
    // (pakn::send_needs_captcha; officers entering reports never need one).
    bool report_needs_captcha(const Session& session);
    // Notes that this session has sent a report (its captcha solved, or
    // already trusted): the next ones may come without a captcha.
    void sent_report(const Session& session);

    // ---- passwords
    Outcome<ForgotResponse> forgot_password(const ForgotPasswordForm& form, const RequestInfo& info);
    // The reset code alone, before the new password is asked for: checked
    // without being spent, and a wrong one counted exactly as reset_password
    // counts it (the flow's tries, the address's wrong-code window), so this
    // is no cheaper oracle for guessing.
    Outcome<Done> check_reset_code(const std::string& reset_id, const std::string& otp, const RequestInfo& info);
    Outcome<Done> reset_password(const std::string& reset_id, const std::string& otp, const std::string& new_password,
                                 const RequestInfo& info);
    // Every other session of the account ends; this one stays.
    Outcome<Done> change_password(const Session& session, const std::string& old_password,
                                  const std::string& new_password);
    // An scrypt hash with the current cost, inside the server-wide KDF bound
    // (503 server_busy when no slot came in time).
    Outcome<std::string> hash_password(std::string_view password);

    // ---- profile
    // Applies the patch to the stored profile and validates the result with
    // the shared rules; a changed phone number is only taken once a code
    // sent to it comes back (verify_phone_change). A number that belongs to
    // another account answers the same, and its owner is told instead.
    Outcome<ProfileUpdate> update_profile(const Principal& who, const ProfilePatch& patch, const RequestInfo& info);
    Outcome<Account> verify_phone_change(const Principal& who, const std::string& otp, const RequestInfo& info);
    Outcome<Done> delete_account(const Principal& who, const std::string& password, const RequestInfo& info);

    // ---- officers
    Outcome<NewOfficer> create_officer(const OfficerForm& form);
    // Creates the first admin when none exists; returns its one-time password.
    std::optional<NewOfficer> bootstrap_admin();

    const AuthSettings& settings() const { return settings_; }

private:
    std::string code_hash(const std::string& purpose, const std::string& ref, const std::string& code) const;
    // A new code for (purpose, ref), within the SMS budgets of `phone` and
    // `ip`; texted when `deliver`, else only counted (so an answer never
    // shows whether an account exists).
    std::optional<ApiError> send_code(store::Connection& c, const std::string& purpose, const std::string& ref,
                                      const std::string& phone, std::optional<std::int64_t> account_id,
                                      const std::string& new_phone, bool resend, const std::string& ip, bool deliver);
    std::optional<ApiError> check_code(store::Connection& c, const std::string& purpose, const std::string& ref,
                                       const std::string& code, store::OtpRow& row, bool consume = true);
    void record_wrong_code(const std::string& purpose, const std::string& ref, const ApiError& e, const std::string& ip);
    // The reset flow's code on a read (the address's wrong-code budget, the
    // flow, the code unspent, the account active); a refusal is recorded.
    // Fills the account's login and phone for the password policy.
    std::optional<ApiError> precheck_reset_code(const std::string& reset_id, const std::string& otp,
                                                const RequestInfo& info, std::string& login, std::string& phone);
    // The SMS rules (AuthSettings) for one more SMS to `phone` asked from `ip`.
    std::optional<ApiError> sms_refusal(store::Connection& c, const std::string& phone, const std::string& ip);
    void note_sms(store::Connection& c, const std::string& phone, const std::string& ip);
    // "Someone tried to use your number/ID": texted to an account's owner when
    // the per-phone rules allow, silently skipped otherwise.
    void notify_owner(store::Connection& c, const std::string& phone, const std::string& text, const std::string& ip,
                      bool counted);
    // A 429 `code` when `key` already counts `limit` events in its window.
    std::optional<ApiError> over_limit(store::Connection& c, const std::string& key, int limit, std::int64_t window,
                                       std::string_view code);
    // The wait before the next sign-in from this address for this login.
    std::optional<ApiError> login_delay(store::Connection& c, const std::string& address_key,
                                        const std::string& pair_key);
    // An attempt counted as a failure before it is checked; settled as a
    // real failure (the wait restarts now) or given back.
    void book_login_attempt(store::Connection& c, const std::string& key, std::int64_t forget);
    void settle_login_attempt(store::Connection& c, const std::string& key, bool failed);
    // The refusal of a wrong login or password, with the tries left before a wait.
    ApiError login_refused(const std::string& pair_key);
    Outcome<bool> verify_password(std::string_view password, std::string_view stored);

    store::Database& db_;
    const Clock& clock_;
    notify::OutboxWorker* outbox_;
    CaptchaService& captcha_;
    KdfGate& kdf_;
    AuthSettings settings_;
    // The hash unknown logins are checked against (same cost, same time).
    std::once_flag dummy_once_;
    std::string dummy_hash_;

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
