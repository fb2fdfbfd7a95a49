#include "store/accounts_store.h"

namespace pakn::server::store {
namespace {

const char* kAccountColumns =
    "a.id, a.kind, COALESCE(a.login,''), COALESCE(a.password_hash,''), a.full_name, COALESCE(a.phone,''), a.email, "
    "a.address, COALESCE(a.commune_code,''), a.org_name, a.representative, a.unit_id, COALESCE(u.name,''), "
    "COALESCE(a.role,''), a.status, a.must_change_password, a.created_at, a.updated_at "
    "FROM accounts a LEFT JOIN units u ON u.id = a.unit_id ";

AccountRow read_account(const Statement& s) {
    AccountRow a;
    a.id = s.int64(0);
    a.kind = s.text(1);
    a.login = s.text(2);
    a.password_hash = s.text(3);
    a.full_name = s.text(4);
    a.phone = s.text(5);
    a.email = s.text(6);
    a.address = s.text(7);
    a.commune_code = s.text(8);
    a.org_name = s.text(9);
    a.representative = s.text(10);
    a.unit_id = s.opt_int64(11);
    a.unit_name = s.text(12);
    a.role = s.text(13);
    a.status = s.text(14);
    a.must_change_password = s.integer(15) != 0;
    a.created_at = s.int64(16);
    a.updated_at = s.int64(17);
    return a;
}

std::optional<AccountRow> one_account(Statement st) {
    std::optional<AccountRow> out;
    if (st.step()) out = read_account(st);
    st.reset();
    return out;
}

std::optional<std::string> null_if_empty(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

std::optional<AccountRow> find_account(Connection& c, std::int64_t id) {
    return one_account(c.prepare(std::string("SELECT ") + kAccountColumns + "WHERE a.id = ?").bind_all(id));
}

std::optional<AccountRow> find_account_by_login(Connection& c, const std::string& login) {
    return one_account(
        c.prepare(std::string("SELECT ") + kAccountColumns + "WHERE a.login = ? AND a.status <> 'deleted'")
            .bind_all(login));
}

// The repeated status condition matches the partial index accounts_phone_active
// (SQLite only uses a partial index when the query states its condition).
std::optional<AccountRow> find_account_by_phone(Connection& c, const std::string& phone) {
    return one_account(c.prepare(std::string("SELECT ") + kAccountColumns +
                                 "WHERE a.phone = ? AND a.status = 'active' AND a.status <> 'deleted' AND a.kind <> 'officer'")
                           .bind_all(phone));
}

std::int64_t insert_account(Connection& c, const AccountRow& a) {
    c.prepare(
         "INSERT INTO accounts(kind, login, password_hash, full_name, phone, email, address, commune_code, org_name, "
         "representative, unit_id, role, status, must_change_password, created_at, updated_at) "
         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind_all(a.kind, a.login, a.password_hash, a.full_name, null_if_empty(a.phone), a.email, a.address,
                  null_if_empty(a.commune_code), a.org_name, a.representative, a.unit_id, null_if_empty(a.role),
                  a.status.empty() ? std::string("active") : a.status, a.must_change_password ? 1 : 0, a.created_at,
                  a.updated_at)
        .run();
    return c.last_insert_id();
}

void update_password(Connection& c, std::int64_t id, const std::string& hash, bool must_change, std::int64_t now) {
    c.prepare("UPDATE accounts SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?")
        .bind_all(hash, must_change ? 1 : 0, now, id)
        .run();
}

void update_profile(Connection& c, const AccountRow& a, std::int64_t now) {
    c.prepare(
         "UPDATE accounts SET full_name = ?, email = ?, address = ?, commune_code = ?, org_name = ?, "
         "representative = ?, updated_at = ? WHERE id = ?")
        .bind_all(a.full_name, a.email, a.address, null_if_empty(a.commune_code), a.org_name, a.representative, now,
                  a.id)
        .run();
}

void update_phone(Connection& c, std::int64_t id, const std::string& phone, std::int64_t now) {
    c.prepare("UPDATE accounts SET phone = ?, updated_at = ? WHERE id = ?").bind_all(phone, now, id).run();
}

void erase_account(Connection& c, std::int64_t id, std::int64_t now) {
    c.prepare(
         "UPDATE accounts SET login = NULL, password_hash = NULL, full_name = '', phone = NULL, email = '', "
         "address = '', commune_code = NULL, org_name = '', representative = '', status = 'deleted', "
         "updated_at = ?, deleted_at = ? WHERE id = ?")
        .bind_all(now, now, id)
        .run();
}

bool any_admin(Connection& c) {
    return c.scalar_int("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active'").value_or(0) > 0;
}

int active_admins(Connection& c) {
    return static_cast<int>(
        c.scalar_int("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active'").value_or(0));
}

std::vector<AccountRow> list_officers(Connection& c, std::optional<std::int64_t> unit_id) {
    auto st = c.prepare(std::string("SELECT ") + kAccountColumns +
                        "WHERE a.kind = 'officer' AND a.status <> 'deleted' AND (?1 IS NULL OR a.unit_id = ?1) "
                        "ORDER BY u.name, a.full_name");
    st.bind(1, unit_id);
    std::vector<AccountRow> out;
    while (st.step()) out.push_back(read_account(st));
    st.reset();
    return out;
}

// ---------------------------------------------------------------- registrations
void insert_registration(Connection& c, const RegistrationRow& r) {
    c.prepare("INSERT INTO registrations(id, kind, login, phone, data, created_at, expires_at) VALUES (?,?,?,?,?,?,?)")
        .bind_all(r.id, r.kind, r.login, r.phone, r.data, r.created_at, r.expires_at)
        .run();
}

std::optional<RegistrationRow> find_registration(Connection& c, const std::string& id) {
    auto st = c.prepare("SELECT id, kind, login, phone, data, created_at, expires_at FROM registrations WHERE id = ?");
    st.bind_all(id);
    std::optional<RegistrationRow> out;
    if (st.step()) out = RegistrationRow{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int64(5), st.int64(6)};
    st.reset();
    return out;
}

void delete_registration(Connection& c, const std::string& id) {
    c.prepare("DELETE FROM registrations WHERE id = ?").bind_all(id).run();
}

// ---------------------------------------------------------------- otps
void upsert_otp(Connection& c, const OtpRow& o) {
    c.prepare(
         "INSERT INTO otps(purpose, ref, phone, code_hash, expires_at, attempts, sends, last_sent_at, consumed, "
         "account_id, new_phone) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
         "ON CONFLICT(purpose, ref) DO UPDATE SET phone = excluded.phone, code_hash = excluded.code_hash, "
         "expires_at = excluded.expires_at, attempts = excluded.attempts, sends = excluded.sends, "
         "last_sent_at = excluded.last_sent_at, consumed = excluded.consumed, account_id = excluded.account_id, "
         "new_phone = excluded.new_phone")
        .bind_all(o.purpose, o.ref, o.phone, o.code_hash, o.expires_at, o.attempts, o.sends, o.last_sent_at,
                  o.consumed ? 1 : 0, o.account_id, null_if_empty(o.new_phone))
        .run();
}

std::optional<OtpRow> find_otp(Connection& c, const std::string& purpose, const std::string& ref) {
    auto st = c.prepare(
        "SELECT purpose, ref, phone, code_hash, expires_at, attempts, sends, last_sent_at, consumed, account_id, "
        "COALESCE(new_phone,'') FROM otps WHERE purpose = ? AND ref = ?");
    st.bind_all(purpose, ref);
    std::optional<OtpRow> out;
    if (st.step()) {
        OtpRow o;
        o.purpose = st.text(0);
        o.ref = st.text(1);
        o.phone = st.text(2);
        o.code_hash = st.text(3);
        o.expires_at = st.int64(4);
        o.attempts = st.integer(5);
        o.sends = st.integer(6);
        o.last_sent_at = st.int64(7);
        o.consumed = st.integer(8) != 0;
        o.account_id = st.opt_int64(9);
        o.new_phone = st.text(10);
        out = std::move(o);
    }
    st.reset();
    return out;
}

void set_otp_attempts(Connection& c, const std::string& purpose, const std::string& ref, int attempts) {
    c.prepare("UPDATE otps SET attempts = ? WHERE purpose = ? AND ref = ?").bind_all(attempts, purpose, ref).run();
}

void consume_otp(Connection& c, const std::string& purpose, const std::string& ref) {
    c.prepare("UPDATE otps SET consumed = 1 WHERE purpose = ? AND ref = ?").bind_all(purpose, ref).run();
}

int otp_sends_since(Connection& c, const std::string& phone, std::int64_t since) {
    auto st = c.prepare("SELECT COALESCE(SUM(sends), 0) FROM otps WHERE phone = ? AND last_sent_at >= ?");
    st.bind_all(phone, since);
    int n = st.step() ? st.integer(0) : 0;
    st.reset();
    return n;
}

// ---------------------------------------------------------------- captchas
void insert_captcha(Connection& c, const std::string& id, const std::string& answer_hash, std::int64_t expires_at) {
    c.prepare("INSERT INTO captchas(id, answer_hash, expires_at) VALUES (?,?,?)")
        .bind_all(id, answer_hash, expires_at)
        .run();
}

std::optional<std::string> take_captcha(Connection& c, const std::string& id, std::int64_t now) {
    auto st = c.prepare("DELETE FROM captchas WHERE id = ? RETURNING answer_hash, expires_at");
    st.bind_all(id);
    std::optional<std::string> out;
    if (st.step() && st.int64(1) > now) out = st.text(0);
    st.reset();
    return out;
}

void purge_expired(Connection& c, std::int64_t now) {
    c.prepare("DELETE FROM captchas WHERE expires_at <= ?").bind_all(now).run();
    c.prepare("DELETE FROM sessions WHERE expires_at <= ?").bind_all(now).run();
    c.prepare("DELETE FROM registrations WHERE expires_at <= ?").bind_all(now).run();
    // Keep code rows a day for the daily sending limit.
    c.prepare("DELETE FROM otps WHERE last_sent_at <= ?").bind_all(now - 86400).run();
    c.prepare("DELETE FROM throttle WHERE locked_until <= ? AND last_failure_at <= ?").bind_all(now, now - 86400).run();
}

// ---------------------------------------------------------------- sessions
void insert_session(Connection& c, const SessionRow& s) {
    c.prepare(
         "INSERT INTO sessions(token_hash, account_id, csrf_token, audience, created_at, last_seen_at, expires_at, ip, "
         "user_agent) VALUES (?,?,?,?,?,?,?,?,?)")
        .bind_all(s.token_hash, s.account_id, s.csrf_token, s.audience, s.created_at, s.last_seen_at, s.expires_at,
                  s.ip, s.user_agent)
        .run();
}

std::optional<SessionRow> find_session(Connection& c, const std::string& token_hash) {
    auto st = c.prepare(
        "SELECT token_hash, csrf_token, audience, account_id, created_at, last_seen_at, expires_at, ip, user_agent "
        "FROM sessions WHERE token_hash = ?");
    st.bind_all(token_hash);
    std::optional<SessionRow> out;
    if (st.step())
        out = SessionRow{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4),
                         st.int64(5), st.int64(6), st.text(7), st.text(8)};
    st.reset();
    return out;
}

void touch_session(Connection& c, const std::string& token_hash, std::int64_t now) {
    c.prepare("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?").bind_all(now, token_hash).run();
}

bool session_sent_report(Connection& c, const std::string& token_hash) {
    auto st = c.prepare("SELECT sent_report FROM sessions WHERE token_hash = ?");
    st.bind_all(token_hash);
    const bool sent = st.step() && st.int64(0) != 0;
    st.reset();
    return sent;
}

void mark_session_sent_report(Connection& c, const std::string& token_hash) {
    c.prepare("UPDATE sessions SET sent_report = 1 WHERE token_hash = ?").bind_all(token_hash).run();
}

void delete_session(Connection& c, const std::string& token_hash) {
    c.prepare("DELETE FROM sessions WHERE token_hash = ?").bind_all(token_hash).run();
}

void delete_sessions_of(Connection& c, std::int64_t account_id, const std::string& keep_token_hash) {
    c.prepare("DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?").bind_all(account_id, keep_token_hash).run();
}

// ---------------------------------------------------------------- throttle
std::optional<ThrottleRow> find_throttle(Connection& c, const std::string& key) {
    auto st = c.prepare("SELECT key, failures, window_start, last_failure_at, locked_until FROM throttle WHERE key = ?");
    st.bind_all(key);
    std::optional<ThrottleRow> out;
    if (st.step()) out = ThrottleRow{st.text(0), st.integer(1), st.int64(2), st.int64(3), st.int64(4)};
    st.reset();
    return out;
}

void save_throttle(Connection& c, const ThrottleRow& t) {
    c.prepare(
         "INSERT INTO throttle(key, failures, window_start, last_failure_at, locked_until) VALUES (?,?,?,?,?) "
         "ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, "
         "last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until")
        .bind_all(t.key, t.failures, t.window_start, t.last_failure_at, t.locked_until)
        .run();
}

void clear_throttle(Connection& c, const std::string& key) {
    c.prepare("DELETE FROM throttle WHERE key = ?").bind_all(key).run();
}

// ---------------------------------------------------------------- audit
void audit(Connection& c, std::int64_t at, std::optional<std::int64_t> actor, const std::string& action,
           const std::string& subject, const std::string& ip, const std::string& detail) {
    c.prepare("INSERT INTO audit_log(at, actor_id, action, subject, ip, detail) VALUES (?,?,?,?,?,?)")
        .bind_all(at, actor, action, subject, ip, detail)
        .run();
}

}  // namespace pakn::server::store
