// SQL for accounts, registrations, one-time codes, captchas, sessions,
// throttling and the audit log. Functions run inside the caller's
// transaction (services own transactions).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct AccountRow {
    std::int64_t id = 0;
    std::string kind;  // citizen | organization | officer
    std::string login;
    std::string password_hash;
    std::string full_name;
    std::string phone;
    std::string email;
    std::string address;
    std::string commune_code;
    std::string org_name;
    std::string representative;
    std::optional<std::int64_t> unit_id;
    std::string unit_name;
    std::string role;    // officers only
    std::string status;  // active | disabled | deleted
    bool must_change_password = false;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
};

std::optional<AccountRow> find_account(Connection& c, std::int64_t id);
// Not deleted; `login` as normalised by the shared validators.
std::optional<AccountRow> find_account_by_login(Connection& c, const std::string& login);
// Active citizen/organization account with this phone.
std::optional<AccountRow> find_account_by_phone(Connection& c, const std::string& phone);
std::int64_t insert_account(Connection& c, const AccountRow& a);
void update_password(Connection& c, std::int64_t id, const std::string& hash, bool must_change, std::int64_t now);
void update_profile(Connection& c, const AccountRow& a, std::int64_t now);
void update_phone(Connection& c, std::int64_t id, const std::string& phone, std::int64_t now);
// Erases every personal field and marks the account deleted.
void erase_account(Connection& c, std::int64_t id, std::int64_t now);
bool any_admin(Connection& c);
// Active accounts with the admin role.
int active_admins(Connection& c);
std::vector<AccountRow> list_officers(Connection& c, std::optional<std::int64_t> unit_id);

// ---- registrations waiting for their code
struct RegistrationRow {
    std::string id, kind, login, phone, data;
    std::int64_t created_at = 0, expires_at = 0;
};
void insert_registration(Connection& c, const RegistrationRow& r);
std::optional<RegistrationRow> find_registration(Connection& c, const std::string& id);
void delete_registration(Connection& c, const std::string& id);

// ---- one-time codes (hashed)
struct OtpRow {
    std::string purpose, ref, phone, code_hash;
    std::int64_t expires_at = 0;
    int attempts = 0, sends = 1;
    std::int64_t last_sent_at = 0;
    bool consumed = false;
    std::optional<std::int64_t> account_id;
    std::string new_phone;
};
void upsert_otp(Connection& c, const OtpRow& o);
std::optional<OtpRow> find_otp(Connection& c, const std::string& purpose, const std::string& ref);
void set_otp_attempts(Connection& c, const std::string& purpose, const std::string& ref, int attempts);
void consume_otp(Connection& c, const std::string& purpose, const std::string& ref);
// Codes sent to `phone` since `since` (all purposes): the daily SMS limit.
int otp_sends_since(Connection& c, const std::string& phone, std::int64_t since);

// ---- captchas (single use)
void insert_captcha(Connection& c, const std::string& id, const std::string& answer_hash, std::int64_t expires_at);
// Removes the captcha and returns its answer hash if it existed and had not expired.
std::optional<std::string> take_captcha(Connection& c, const std::string& id, std::int64_t now);
void purge_expired(Connection& c, std::int64_t now);

// ---- sessions
struct SessionRow {
    std::string token_hash, csrf_token, audience;
    std::int64_t account_id = 0, created_at = 0, last_seen_at = 0, expires_at = 0;
    std::string ip, user_agent;
};
void insert_session(Connection& c, const SessionRow& s);
std::optional<SessionRow> find_session(Connection& c, const std::string& token_hash);
void touch_session(Connection& c, const std::string& token_hash, std::int64_t now);
void delete_session(Connection& c, const std::string& token_hash);
// Whether this sign-in has sent a report (migration 0019); and marking it so.
bool session_sent_report(Connection& c, const std::string& token_hash);
void mark_session_sent_report(Connection& c, const std::string& token_hash);
// Ends every session of the account except `keep_token_hash` (may be empty).
void delete_sessions_of(Connection& c, std::int64_t account_id, const std::string& keep_token_hash);

// ---- counters of attempts per key: failed sign-ins ('login-ip:<address>',
// 'login-pair:<address>|<sha256 of the login>') and events in windows
// (services/counters.h: 'register-ip:', 'reset-ip:', 'wrong-code-ip:',
// 'captcha-text:', 'sms-ip:', 'sms-phone:', 'sms-pair:', 'sms-total').
// `failures` is the count; rows idle for a day are purged.
struct ThrottleRow {
    std::string key;
    int failures = 0;
    std::int64_t window_start = 0, last_failure_at = 0, locked_until = 0;
};
std::optional<ThrottleRow> find_throttle(Connection& c, const std::string& key);
void save_throttle(Connection& c, const ThrottleRow& t);
void clear_throttle(Connection& c, const std::string& key);

// ---- audit
void audit(Connection& c, std::int64_t at, std::optional<std::int64_t> actor, const std::string& action,
           const std::string& subject, const std::string& ip, const std::string& detail);

}  // namespace pakn::server::store
