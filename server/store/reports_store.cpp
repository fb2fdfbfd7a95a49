#include "store/reports_store.h"

#include <algorithm>
#include <cstdio>

#include "pakn/word_match.h"
#include "pakn/workflow.h"

namespace pakn::server::store {
namespace {

// Columns of ReportRow in read order (see read_report).
constexpr const char* kReportSelect =
    "SELECT r.id, COALESCE(r.code,''), r.author_id, r.channel, r.intake_by, r.status, r.title, r.content, r.address, "
    "COALESCE(r.commune_code,''), r.lat, r.lon, COALESCE(r.category_code,''), r.priority, r.is_public, "
    "r.is_published, r.extension_pending, r.rated, r.withdrawn, r.extension_deadline, r.lead_unit_id, r.deadline, "
    "r.resolve_deadline, r.step_started_at, r.step_allotted_min, r.overdue_notified, r.reporter_name, "
    "r.reporter_phone, r.reporter_email, r.reporter_id_number, r.result_text, COALESCE(r.rating_level,''), "
    "r.rating_comment, r.created_at, r.submitted_at, r.accepted_at, r.assigned_at, r.started_at, r.resolved_at, "
    "r.closed_at, r.rated_at, r.updated_at, r.version, COALESCE(cat.name,''), COALESCE(cm.name,''), "
    "COALESCE(u.name,''), COALESCE(cat.grp,''), COALESCE(a.kind,''), COALESCE(a.status,''), "
    "COALESCE(a.full_name,''), COALESCE(a.phone,''), COALESCE(a.email,''), COALESCE(a.login,''), "
    "COALESCE(a.org_name,''), r.public_title, r.public_content, r.info_asked_by_unit_at, r.assignee_id, "
    "COALESCE(ag.full_name,''), r.reconsideration_pending, r.reconsideration_requested, r.merged_into_id "
    "FROM reports r LEFT JOIN categories cat ON cat.code = r.category_code "
    "LEFT JOIN communes cm ON cm.code = r.commune_code LEFT JOIN units u ON u.id = r.lead_unit_id "
    "LEFT JOIN accounts a ON a.id = r.author_id LEFT JOIN accounts ag ON ag.id = r.assignee_id ";

std::optional<double> opt_real(const Statement& s, int col) {
    if (s.is_null(col)) return std::nullopt;
    return s.real(col);
}

ReportRow read_report(const Statement& s) {
    ReportRow r;
    int i = 0;
    r.id = s.int64(i++);
    r.code = s.text(i++);
    r.author_id = s.opt_int64(i++);
    r.channel = s.text(i++);
    r.intake_by = s.opt_int64(i++);
    r.status = s.text(i++);
    r.title = s.text(i++);
    r.content = s.text(i++);
    r.address = s.text(i++);
    r.commune_code = s.text(i++);
    r.lat = opt_real(s, i++);
    r.lon = opt_real(s, i++);
    r.category_code = s.text(i++);
    r.priority = s.text(i++);
    r.is_public = s.integer(i++) != 0;
    r.is_published = s.integer(i++) != 0;
    r.extension_pending = s.integer(i++) != 0;
    r.rated = s.integer(i++) != 0;
    r.withdrawn = s.integer(i++) != 0;
    r.extension_deadline = s.opt_int64(i++);
    r.lead_unit_id = s.opt_int64(i++);
    r.deadline = s.opt_int64(i++);
    r.resolve_deadline = s.opt_int64(i++);
    r.step_started_at = s.opt_int64(i++);
    r.step_allotted_min = s.opt_int64(i++);
    r.overdue_notified = s.integer(i++) != 0;
    r.reporter_name = s.text(i++);
    r.reporter_phone = s.text(i++);
    r.reporter_email = s.text(i++);
    r.reporter_id_number = s.text(i++);
    r.result_text = s.text(i++);
    r.rating_level = s.text(i++);
    r.rating_comment = s.text(i++);
    r.created_at = s.int64(i++);
    r.submitted_at = s.opt_int64(i++);
    r.accepted_at = s.opt_int64(i++);
    r.assigned_at = s.opt_int64(i++);
    r.started_at = s.opt_int64(i++);
    r.resolved_at = s.opt_int64(i++);
    r.closed_at = s.opt_int64(i++);
    r.rated_at = s.opt_int64(i++);
    r.updated_at = s.int64(i++);
    r.version = s.int64(i++);
    r.category_name = s.text(i++);
    r.commune_name = s.text(i++);
    r.lead_unit_name = s.text(i++);
    r.category_group = s.text(i++);
    r.author_kind = s.text(i++);
    r.author_status = s.text(i++);
    r.author_name = s.text(i++);
    r.author_phone = s.text(i++);
    r.author_email = s.text(i++);
    r.author_login = s.text(i++);
    r.author_org = s.text(i++);
    r.public_title = s.opt_text(i++);
    r.public_content = s.opt_text(i++);
    r.info_asked_by_unit_at = s.opt_int64(i++);
    r.assignee_id = s.opt_int64(i++);
    r.assignee_name = s.text(i++);
    r.reconsideration_pending = s.integer(i++) != 0;
    r.reconsideration_requested = s.integer(i++) != 0;
    r.merged_into_id = s.opt_int64(i++);
    return r;
}

std::optional<ReportRow> one(Statement st) {
    std::optional<ReportRow> out;
    if (st.step()) out = read_report(st);
    st.reset();
    return out;
}

std::optional<std::string> null_if_empty(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// Binds the mutable columns shared by INSERT and UPDATE, from index 1.
int bind_mutable(Statement& st, const ReportRow& r) {
    int i = 1;
    st.bind(i++, null_if_empty(r.code));
    st.bind(i++, r.author_id);
    st.bind(i++, r.channel);
    st.bind(i++, r.intake_by);
    st.bind(i++, r.status);
    st.bind(i++, r.title);
    st.bind(i++, r.content);
    st.bind(i++, r.address);
    st.bind(i++, null_if_empty(r.commune_code));
    st.bind(i++, r.lat);
    st.bind(i++, r.lon);
    st.bind(i++, null_if_empty(r.category_code));
    st.bind(i++, r.priority);
    st.bind(i++, r.is_public ? 1 : 0);
    st.bind(i++, r.is_published ? 1 : 0);
    st.bind(i++, r.extension_pending ? 1 : 0);
    st.bind(i++, r.rated ? 1 : 0);
    st.bind(i++, r.withdrawn ? 1 : 0);
    st.bind(i++, r.extension_deadline);
    st.bind(i++, r.lead_unit_id);
    st.bind(i++, r.deadline);
    st.bind(i++, r.resolve_deadline);
    st.bind(i++, r.step_started_at);
    st.bind(i++, r.step_allotted_min);
    st.bind(i++, r.overdue_notified ? 1 : 0);
    st.bind(i++, r.reporter_name);
    st.bind(i++, r.reporter_phone);
    st.bind(i++, r.reporter_email);
    st.bind(i++, r.reporter_id_number);
    st.bind(i++, r.result_text);
    st.bind(i++, null_if_empty(r.rating_level));
    st.bind(i++, r.rating_comment);
    st.bind(i++, r.submitted_at);
    st.bind(i++, r.accepted_at);
    st.bind(i++, r.assigned_at);
    st.bind(i++, r.started_at);
    st.bind(i++, r.resolved_at);
    st.bind(i++, r.closed_at);
    st.bind(i++, r.rated_at);
    st.bind(i++, r.updated_at);
    st.bind(i++, r.info_asked_by_unit_at);
    st.bind(i++, r.assignee_id);
    st.bind(i++, r.reconsideration_pending ? 1 : 0);
    st.bind(i++, r.reconsideration_requested ? 1 : 0);
    st.bind(i++, r.merged_into_id);
    return i;
}

constexpr const char* kMutableColumns =
    "code, author_id, channel, intake_by, status, title, content, address, commune_code, lat, lon, category_code, "
    "priority, is_public, is_published, extension_pending, rated, withdrawn, extension_deadline, lead_unit_id, "
    "deadline, resolve_deadline, step_started_at, step_allotted_min, overdue_notified, reporter_name, "
    "reporter_phone, reporter_email, reporter_id_number, result_text, rating_level, rating_comment, submitted_at, "
    "accepted_at, assigned_at, started_at, resolved_at, closed_at, rated_at, updated_at, info_asked_by_unit_at, "
    "assignee_id, "
    "reconsideration_pending, reconsideration_requested, merged_into_id";

std::string update_assignments() {
    std::string cols = kMutableColumns, out;
    std::size_t start = 0;
    while (start < cols.size()) {
        auto end = cols.find(',', start);
        if (end == std::string::npos) end = cols.size();
        std::string name = cols.substr(start, end - start);
        while (!name.empty() && name.front() == ' ') name.erase(0, 1);
        if (!out.empty()) out += ", ";
        out += name + " = ?";
        start = end + 1;
    }
    return out;
}

// Whole words match, except that the last word, when it has at least
// kPrefixMinChars letters, also matches as the start of a word (the person
// may not have finished typing it). Short prefixes are not expanded: in
// Vietnamese "ho" or "ga" begin hundreds of syllables, and expanding them
// made a two-word search over a million reports 20x slower.
constexpr std::size_t kPrefixMinChars = 3;

bool as_prefix(const std::vector<std::string>& tokens, std::size_t i) {
    return i + 1 == tokens.size() && tokens[i].size() >= kPrefixMinChars;
}

// FTS5 query for folded tokens: every word must appear; each is quoted so
// user input can never be FTS syntax.
std::string fts_query(const std::vector<std::string>& tokens) {
    std::string q;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!q.empty()) q += " ";
        q += "\"";
        for (char ch : tokens[i])
            if (ch != '"') q.push_back(ch);
        q += as_prefix(tokens, i) ? "\"*" : "\"";
    }
    return q;
}

// The same rule as a LIKE pattern over " " || folded || " " (folded text is
// words of letters and digits separated by single spaces, so no LIKE
// wildcard can come from the user).
std::string like_pattern(const std::vector<std::string>& tokens, std::size_t i) {
    return "% " + tokens[i] + (as_prefix(tokens, i) ? "%" : " %");
}

}  // namespace

std::optional<ReportRow> find_report(Connection& c, std::int64_t id) {
    return one(c.prepare(std::string(kReportSelect) + "WHERE r.id = ?").bind_all(id));
}

std::optional<ReportRow> find_report_by_code(Connection& c, const std::string& code) {
    return one(c.prepare(std::string(kReportSelect) + "WHERE r.code = ?").bind_all(code));
}

std::int64_t insert_report(Connection& c, const ReportRow& r) {
    // One placeholder per mutable column (counted, so a new column cannot
    // leave the list one short), then created_at; version starts at 1.
    const std::string cols = kMutableColumns;
    std::string values;
    for (std::size_t n = std::count(cols.begin(), cols.end(), ',') + 1; n > 0; --n)
        values += "?,";
    auto st = c.prepare("INSERT INTO reports(" + cols + ", created_at, version) VALUES (" + values + "?,1)");
    int i = bind_mutable(st, r);
    st.bind(i, r.created_at);
    st.run();
    return c.last_insert_id();
}

std::optional<std::int64_t> find_submission_key(Connection& c, std::int64_t account_id, const std::string& key) {
    auto st = c.prepare("SELECT report_id FROM report_submission_keys WHERE account_id = ? AND idempotency_key = ?");
    st.bind_all(account_id, key);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

void insert_submission_key(Connection& c, std::int64_t account_id, const std::string& key, std::int64_t report_id,
                           std::int64_t now) {
    c.prepare("INSERT INTO report_submission_keys(account_id, idempotency_key, report_id, created_at) VALUES (?,?,?,?)")
        .bind_all(account_id, key, report_id, now)
        .run();
}

bool update_report(Connection& c, const ReportRow& r) {
    auto st = c.prepare("UPDATE reports SET " + update_assignments() + ", version = version + 1 WHERE id = ? AND version = ?");
    int i = bind_mutable(st, r);
    st.bind(i++, r.id);
    st.bind(i, r.version);
    st.run();
    return c.changes() == 1;
}

std::string next_report_code(Connection& c, int year) {
    auto st = c.prepare(
        "INSERT INTO report_counters(year, last) VALUES (?, 1) ON CONFLICT(year) DO UPDATE SET last = last + 1 "
        "RETURNING last");
    st.bind_all(year);
    std::int64_t n = st.step() ? st.int64(0) : 1;
    st.reset();
    char buf[32];
    std::snprintf(buf, sizeof buf, "PAKN-%04d-%06lld", year, static_cast<long long>(n));
    return buf;
}

void set_co_units(Connection& c, std::int64_t report_id, const std::vector<std::int64_t>& unit_ids) {
    c.prepare("DELETE FROM report_co_units WHERE report_id = ?").bind_all(report_id).run();
    for (auto u : unit_ids)
        c.prepare("INSERT OR IGNORE INTO report_co_units(report_id, unit_id) VALUES (?, ?)").bind_all(report_id, u).run();
}

std::vector<UnitRef> co_units(Connection& c, std::int64_t report_id) {
    auto st = c.prepare(
        "SELECT u.id, u.name FROM report_co_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.report_id = ? "
        "ORDER BY u.name");
    st.bind_all(report_id);
    std::vector<UnitRef> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1)});
    st.reset();
    return out;
}

bool unit_exists(Connection& c, std::int64_t unit_id) {
    auto st = c.prepare("SELECT 1 FROM units WHERE id = ? AND active = 1");
    st.bind_all(unit_id);
    bool ok = st.step();
    st.reset();
    return ok;
}

std::optional<std::string> unit_name(Connection& c, std::int64_t unit_id) {
    auto st = c.prepare("SELECT name FROM units WHERE id = ?");
    st.bind_all(unit_id);
    std::optional<std::string> out;
    if (st.step()) out = st.text(0);
    st.reset();
    return out;
}

std::vector<ColleagueRow> unit_officers(Connection& c, std::int64_t unit_id) {
    auto st = c.prepare(
        "SELECT id, full_name, role FROM accounts WHERE kind = 'officer' AND unit_id = ? AND status = 'active' AND "
        "role IN ('handler', 'unit_lead') ORDER BY full_name, id");
    st.bind_all(unit_id);
    std::vector<ColleagueRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

std::optional<std::string> commune_name(Connection& c, const std::string& code) {
    auto st = c.prepare("SELECT name FROM communes WHERE code = ?");
    st.bind_all(code);
    std::optional<std::string> out;
    if (st.step()) out = st.text(0);
    st.reset();
    return out;
}

bool category_exists(Connection& c, const std::string& code) {
    auto st = c.prepare("SELECT 1 FROM categories WHERE code = ? AND active = 1");
    st.bind_all(code);
    bool ok = st.step();
    st.reset();
    return ok;
}

std::optional<std::int64_t> category_default_unit(Connection& c, const std::string& code) {
    auto st = c.prepare("SELECT default_unit_id FROM categories WHERE code = ?");
    st.bind_all(code);
    std::optional<std::int64_t> out;
    if (st.step()) out = st.opt_int64(0);
    st.reset();
    return out;
}

// ---------------------------------------------------------------- events
namespace {
constexpr const char* kEventSelect =
    "SELECT e.id, e.report_id, e.at, e.actor_id, e.actor_role, e.actor_unit_id, e.action, COALESCE(e.from_status,''), "
    "COALESCE(e.to_status,''), e.note, e.payload, e.internal, COALESCE(a.full_name,''), COALESCE(u.name,'') "
    "FROM report_events e LEFT JOIN accounts a ON a.id = e.actor_id LEFT JOIN units u ON u.id = e.actor_unit_id ";

EventRow read_event(const Statement& s) {
    EventRow e;
    e.id = s.int64(0);
    e.report_id = s.int64(1);
    e.at = s.int64(2);
    e.actor_id = s.opt_int64(3);
    e.actor_role = s.text(4);
    e.actor_unit_id = s.opt_int64(5);
    e.action = s.text(6);
    e.from_status = s.text(7);
    e.to_status = s.text(8);
    e.note = s.text(9);
    e.payload = s.text(10);
    e.internal = s.integer(11) != 0;
    e.actor_name = s.text(12);
    e.actor_unit_name = s.text(13);
    return e;
}
}  // namespace

std::int64_t insert_event(Connection& c, const EventRow& e) {
    c.prepare(
         "INSERT INTO report_events(report_id, at, actor_id, actor_role, actor_unit_id, action, from_status, "
         "to_status, note, payload, internal) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        .bind_all(e.report_id, e.at, e.actor_id, e.actor_role, e.actor_unit_id, e.action, null_if_empty(e.from_status),
                  null_if_empty(e.to_status), e.note, e.payload, e.internal ? 1 : 0)
        .run();
    return c.last_insert_id();
}

std::vector<EventRow> events_of(Connection& c, std::int64_t report_id, bool include_internal) {
    auto st = c.prepare(std::string(kEventSelect) + "WHERE e.report_id = ? AND (? OR e.internal = 0) ORDER BY e.id");
    st.bind_all(report_id, include_internal ? 1 : 0);
    std::vector<EventRow> out;
    while (st.step()) out.push_back(read_event(st));
    st.reset();
    return out;
}

std::vector<EventRow> events_after(Connection& c, std::int64_t after_id, int limit) {
    auto st = c.prepare(std::string(kEventSelect) + "WHERE e.id > ? ORDER BY e.id LIMIT ?");
    st.bind_all(after_id, limit);
    std::vector<EventRow> out;
    while (st.step()) out.push_back(read_event(st));
    st.reset();
    return out;
}

std::int64_t last_event_id(Connection& c) {
    return c.scalar_int("SELECT COALESCE(MAX(id), 0) FROM report_events").value_or(0);
}

void index_report(Connection& c, std::int64_t report_id, const std::string& folded) {
    c.prepare("DELETE FROM reports_fts WHERE rowid = ?").bind_all(report_id).run();
    c.prepare("INSERT INTO reports_fts(rowid, folded) VALUES (?, ?)").bind_all(report_id, folded).run();
    // The public index follows for published reports (publication itself is
    // tracked by the triggers of migration 0008).
    c.prepare("DELETE FROM published_fts WHERE rowid = ?").bind_all(report_id).run();
    c.prepare("INSERT INTO published_fts(rowid, folded) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM reports WHERE id = ? AND "
              "is_published = 1)")
        .bind_all(report_id, folded, report_id)
        .run();
}

void set_public_text(Connection& c, std::int64_t report_id, const std::string& title, const std::string& content) {
    c.prepare("UPDATE reports SET public_title = ?, public_content = ? WHERE id = ?")
        .bind_all(title, content, report_id)
        .run();
}

std::vector<std::int64_t> published_without_public_text(Connection& c, int limit) {
    auto st = c.prepare("SELECT id FROM reports WHERE is_published = 1 AND public_content IS NULL ORDER BY id LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(limit));
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

void index_published(Connection& c, std::int64_t report_id, const std::string& folded) {
    c.prepare("DELETE FROM published_fts WHERE rowid = ?").bind_all(report_id).run();
    c.prepare("INSERT INTO published_fts(rowid, folded) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM reports WHERE id = ? AND "
              "is_published = 1)")
        .bind_all(report_id, folded, report_id)
        .run();
}

// ---------------------------------------------------------------- listing
namespace {
// Accents typed on purpose ("trần phú") put the matches spelled that way
// before those found only folded ("trận … khắc phục"). The index holds folded
// text only, so the rows are scored here: the first kAccentSlice results of
// the usual order (bm25, or newest first) are re-ranked, the rest keep it.
// A permutation inside one fixed slice keeps pages disjoint, and the cost is
// bounded however many reports match (docs/performance.md).
constexpr int kAccentSlice = 200;

// The text a search result is scored on: what the searcher can see of it
// (the dispatcher's public version when there is one). Where the portal shows
// the original redacted, the original is scored as it is: redaction masks
// phones, ID numbers, e-mails and plates, none of which has a diacritic, so
// the score is the same, without redacting 200 texts per search.
std::string searched_text(const ReportRow& r, bool published) {
    if (!published) return r.code + " " + r.title + " " + r.content + " " + r.address;
    return r.code + " " + r.public_title.value_or(r.title) + " " + r.public_content.value_or(r.content) + " " +
           r.address;
}

// The page `q` asks for; `fetch(limit, offset)` reads rows in the usual order.
template <typename Fetch>
std::vector<ReportRow> accent_ranked_page(const ReportQuery& q, const Fetch& fetch) {
    const std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.page_size;
    if (q.tokens.empty() || offset >= kAccentSlice || !has_accents(q.typed)) return fetch(q.page_size, offset);
    std::vector<ReportRow> slice = fetch(kAccentSlice, 0);
    const bool published = q.scope == ReportScope::published;
    std::vector<std::pair<int, std::size_t>> order;  // (-score, position): stable, best first
    order.reserve(slice.size());
    for (std::size_t i = 0; i < slice.size(); ++i)
        order.emplace_back(-accent_matches(searched_text(slice[i], published), q.typed), i);
    std::sort(order.begin(), order.end());
    std::vector<ReportRow> rows;
    const std::int64_t end = offset + q.page_size;
    for (std::int64_t i = offset; i < end && i < static_cast<std::int64_t>(order.size()); ++i)
        rows.push_back(std::move(slice[order[static_cast<std::size_t>(i)].second]));
    // A page that runs past the slice continues in the usual order.
    if (end > kAccentSlice && static_cast<int>(slice.size()) == kAccentSlice)
        for (ReportRow& r : fetch(end - kAccentSlice, kAccentSlice)) rows.push_back(std::move(r));
    return rows;
}

ReportPage list_published_matches(Connection& c, const ReportQuery& q, const std::string& match, int count_cap) {
    ReportPage page;
    {
        auto st = c.prepare("SELECT COUNT(*) FROM (SELECT 1 FROM published_fts WHERE published_fts MATCH ? LIMIT ?)");
        st.bind_all(match, static_cast<std::int64_t>(count_cap) + 1);
        page.total = st.step() ? st.int64(0) : 0;
        st.reset();
        if (page.total > count_cap) {
            page.total = count_cap;
            page.total_capped = true;
        }
    }
    // Few matches are ranked by relevance, many are paged newest first (the
    // same rule as list_reports).
    const bool ranked = page.total <= 200;
    std::string sql = kReportSelect;
    const std::string plain = "FROM reports r ";
    sql.replace(sql.find(plain), plain.size(),
                std::string("FROM (SELECT rowid AS id, ") + (ranked ? "bm25(published_fts)" : "0") +
                    " AS rank FROM published_fts WHERE published_fts MATCH ? ORDER BY " +
                    (ranked ? "rank, rowid DESC" : "rowid DESC") + " LIMIT ? OFFSET ?) p JOIN reports r ON r.id = p.id ");
    sql += "ORDER BY p.rank, r.id DESC";
    auto st = c.prepare(sql);
    page.rows = accent_ranked_page(q, [&](std::int64_t limit, std::int64_t offset) {
        std::vector<ReportRow> rows;
        st.bind_all(match, limit, offset);
        while (st.step()) rows.push_back(read_report(st));
        st.reset();
        return rows;
    });
    return page;
}
}  // namespace

namespace {
// A value bound to a filter's placeholder, in order.
struct FilterArg {
    enum { i64, str } type;
    std::int64_t i = 0;
    std::string s;
};
// The FROM and WHERE of a report query (scope, filters, words) and their
// values, shared by the list and the map's points.
struct ReportFilter {
    std::string from = " FROM reports r";
    std::string where = " WHERE 1=1";
    std::vector<FilterArg> args;

    // Binds the values from placeholder 1; the next free index.
    int bind(Statement& st) const {
        int i = 1;
        for (const auto& a : args) {
            if (a.type == FilterArg::i64)
                st.bind(i++, a.i);
            else
                st.bind(i++, a.s);
        }
        return i;
    }
};

ReportFilter report_filter(const ReportQuery& q) {
    ReportFilter f;
    std::string& where = f.where;
    std::string& from = f.from;
    auto add_i = [&](std::int64_t v) { f.args.push_back({FilterArg::i64, v, {}}); };
    auto add_s = [&](std::string v) { f.args.push_back({FilterArg::str, 0, std::move(v)}); };

    switch (q.scope) {
        case ReportScope::author:
            where += " AND r.author_id = ?";
            add_i(q.author_id);
            break;
        case ReportScope::unit:
            // Handlers see reports whose lead or co-handling unit is theirs;
            // never drafts.
            where += " AND r.status <> 'draft' AND (r.lead_unit_id = ? OR EXISTS (SELECT 1 FROM report_co_units cu "
                     "WHERE cu.report_id = r.id AND cu.unit_id = ?))";
            add_i(q.unit_id);
            add_i(q.unit_id);
            break;
        case ReportScope::officers_all: where += " AND r.status <> 'draft'"; break;
        case ReportScope::published:
            // With words, the published-only index already guarantees it.
            if (q.tokens.empty()) where += " AND r.is_published = 1";
            break;
    }
    if (!q.statuses.empty()) {
        where += " AND r.status IN (";
        for (std::size_t i = 0; i < q.statuses.size(); ++i) {
            where += i ? ",?" : "?";
            add_s(q.statuses[i]);
        }
        where += ")";
    }
    if (!q.category.empty()) {
        where += " AND r.category_code = ?";
        add_s(q.category);
    }
    if (!q.commune.empty()) {
        where += " AND r.commune_code = ?";
        add_s(q.commune);
    }
    if (q.filter_unit) {
        where += " AND r.lead_unit_id = ?";
        add_i(*q.filter_unit);
    }
    if (!q.channel.empty()) {
        where += " AND r.channel = ?";
        add_s(q.channel);
    }
    if (q.reconsideration_pending) where += " AND r.reconsideration_pending = 1";
    if (q.assignee_id) {
        where += " AND r.assignee_id = ?";
        add_i(*q.assignee_id);
    }
    if (!q.reporter_key.empty()) {
        where += " AND (r.reporter_phone = ? OR r.reporter_id_number = ? OR r.reporter_name = ? OR r.author_id IN "
                 "(SELECT id FROM accounts WHERE status <> 'deleted' AND kind <> 'officer' AND (phone = ? OR "
                 "login = ? OR full_name = ? OR org_name = ?)))";
        for (int k = 0; k < 7; ++k)
            add_s(q.reporter_key);
    }
    if (q.from) {
        where += " AND r.submitted_at >= ?";
        add_i(*q.from);
    }
    if (q.to_exclusive) {
        where += " AND r.submitted_at < ?";
        add_i(*q.to_exclusive);
    }
    if (q.overdue) {
        where += *q.overdue ? " AND r.deadline IS NOT NULL AND r.deadline < ? AND r.status IN ('submitted','accepted',"
                              "'assigned','in_progress','result_proposed')"
                            : " AND NOT (r.deadline IS NOT NULL AND r.deadline < ? AND r.status IN ('submitted',"
                              "'accepted','assigned','in_progress','result_proposed'))";
        add_i(q.now);
    }
    const bool small_scope = q.scope == ReportScope::author;
    const std::string fts = q.scope == ReportScope::published ? "published_fts" : "reports_fts";
    if (!q.tokens.empty()) {
        if (small_scope) {
            // A person's own reports are few: match words on the stored folded
            // text row by row instead of running the index over everything.
            from += " JOIN reports_fts f ON f.rowid = r.id";
            for (std::size_t t = 0; t < q.tokens.size(); ++t) {
                where += " AND (' ' || f.folded || ' ') LIKE ?";
                add_s(like_pattern(q.tokens, t));
            }
        } else {
            // Driven by the index, newest match first: the join stops after a
            // page, however common the words (ranking a huge match set would
            // read all of it; see docs/performance.md).
            from = " FROM " + fts + " JOIN reports r ON r.id = " + fts + ".rowid";
            where += " AND " + fts + " MATCH ?";
            add_s(fts_query(q.tokens));
        }
    }
    if (q.located)
        where += *q.located ? " AND r.lat IS NOT NULL AND r.lon IS NOT NULL" : " AND (r.lat IS NULL OR r.lon IS NULL)";
    return f;
}
}  // namespace

ReportPage list_reports(Connection& c, const ReportQuery& q) {
    const ReportFilter f = report_filter(q);
    const std::string& from = f.from;
    const std::string& where = f.where;
    const bool small_scope = q.scope == ReportScope::author;
    const std::string fts = q.scope == ReportScope::published ? "published_fts" : "reports_fts";
    const bool index_driven = !q.tokens.empty() && !small_scope;
    // Public search without other filters is answered by the published-only
    // index alone; rows are read for the one page shown, not for every match
    // skipped on the way to a later page.
    const bool index_only = index_driven && q.scope == ReportScope::published && q.statuses.empty() &&
                            q.category.empty() && q.commune.empty() && !q.filter_unit && q.channel.empty() &&
                            !q.from && !q.to_exclusive && !q.overdue;
    if (index_only) return list_published_matches(c, q, fts_query(q.tokens), std::min(q.count_cap, 1000));
    // Counting every match of a common word is what makes searches slow:
    // beyond this the total is shown as "more than".
    const int count_cap = index_driven ? std::min(q.count_cap, 1000) : q.count_cap;
    auto bind_args = [&](Statement& st) { return f.bind(st); };

    ReportPage page;
    {
        auto st = c.prepare("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT ?)");
        int i = bind_args(st);
        st.bind(i, static_cast<std::int64_t>(count_cap) + 1);
        page.total = st.step() ? st.int64(0) : 0;
        st.reset();
        if (page.total > count_cap) {
            page.total = count_cap;
            page.total_capped = true;
        }
    }
    if (q.page_size == 0) return page;  // the count alone (the inbox tabs')
    std::string order;
    switch (q.order) {
        case ReportOrder::updated_desc: order = " ORDER BY r.updated_at DESC, r.id DESC"; break;
        case ReportOrder::submitted_desc: order = " ORDER BY r.submitted_at DESC, r.id DESC"; break;
        case ReportOrder::deadline_asc: order = " ORDER BY r.deadline IS NULL, r.deadline ASC, r.id ASC"; break;
    }
    if (index_driven) {
        // A small match set is ranked by relevance (bm25); a large one is
        // paged newest first straight from the index.
        order = page.total <= 200 ? " ORDER BY bm25(" + fts + "), r.id DESC" : " ORDER BY " + fts + ".rowid DESC";
    }
    std::string sql = kReportSelect;
    // kReportSelect ends with its FROM/JOINs; add the search join when used.
    if (small_scope && !q.tokens.empty()) sql += "JOIN reports_fts f ON f.rowid = r.id ";
    if (index_driven) {
        const std::string plain = "FROM reports r ";
        sql.replace(sql.find(plain), plain.size(), "FROM " + fts + " JOIN reports r ON r.id = " + fts + ".rowid ");
    }
    sql += where + order + " LIMIT ? OFFSET ?";
    auto st = c.prepare(sql);
    page.rows = accent_ranked_page(q, [&](std::int64_t limit, std::int64_t offset) {
        std::vector<ReportRow> rows;
        int i = bind_args(st);
        st.bind(i++, limit);
        st.bind(i, offset);
        while (st.step()) rows.push_back(read_report(st));
        st.reset();
        return rows;
    });
    return page;
}

std::vector<ReportPointRow> list_report_points(Connection& c, const ReportQuery& q, int limit) {
    ReportQuery located = q;
    located.located = true;
    const ReportFilter f = report_filter(located);
    auto st = c.prepare(
        "SELECT r.id, COALESCE(r.code,''), r.title, r.status, r.lat, r.lon, r.deadline, "
        "r.step_allotted_min" +
        f.from + f.where + " ORDER BY r.deadline IS NULL, r.deadline ASC, r.id ASC LIMIT ?");
    const int i = f.bind(st);
    st.bind(i, static_cast<std::int64_t>(limit));
    std::vector<ReportPointRow> out;
    while (st.step()) {
        ReportPointRow p;
        p.id = st.int64(0);
        p.code = st.text(1);
        p.title = st.text(2);
        p.status = st.text(3);
        p.lat = st.real(4);
        p.lon = st.real(5);
        p.deadline = st.opt_int64(6);
        p.step_allotted_min = st.opt_int64(7);
        out.push_back(std::move(p));
    }
    st.reset();
    return out;
}

std::int64_t count_reports(Connection& c, const ReportQuery& q) {
    const ReportFilter f = report_filter(q);
    auto st = c.prepare("SELECT COUNT(*)" + f.from + f.where);
    f.bind(st);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

std::int64_t count_sent_since(Connection& c, std::int64_t author_id, std::int64_t since) {
    auto st = c.prepare("SELECT COUNT(*) FROM reports WHERE author_id = ? AND intake_by IS NULL AND submitted_at >= ?");
    st.bind_all(author_id, since);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

// ---------------------------------------------------------------- attachments
namespace {
constexpr const char* kAttachmentSelect =
    "SELECT id, sha256, size, mime, kind, name, uploaded_by, uploaded_at, report_id, purpose, sort_order FROM "
    "attachments ";
AttachmentRow read_attachment(const Statement& s) {
    AttachmentRow a;
    a.id = s.int64(0);
    a.sha256 = s.text(1);
    a.size = s.int64(2);
    a.mime = s.text(3);
    a.kind = s.text(4);
    a.name = s.text(5);
    a.uploaded_by = s.opt_int64(6);
    a.uploaded_at = s.int64(7);
    a.report_id = s.opt_int64(8);
    a.purpose = s.text(9);
    a.sort_order = s.integer(10);
    return a;
}
}  // namespace

std::int64_t insert_attachment(Connection& c, const AttachmentRow& a) {
    c.prepare(
         "INSERT INTO attachments(sha256, size, mime, kind, name, uploaded_by, uploaded_at, report_id, purpose, "
         "sort_order) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .bind_all(a.sha256, a.size, a.mime, a.kind, a.name, a.uploaded_by, a.uploaded_at, a.report_id, a.purpose,
                  a.sort_order)
        .run();
    return c.last_insert_id();
}

std::optional<AttachmentRow> find_attachment(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string(kAttachmentSelect) + "WHERE id = ?");
    st.bind_all(id);
    std::optional<AttachmentRow> out;
    if (st.step()) out = read_attachment(st);
    st.reset();
    return out;
}

std::vector<AttachmentRow> attachments_of(Connection& c, std::int64_t report_id) {
    auto st = c.prepare(std::string(kAttachmentSelect) + "WHERE report_id = ? ORDER BY purpose, sort_order, id");
    st.bind_all(report_id);
    std::vector<AttachmentRow> out;
    while (st.step()) out.push_back(read_attachment(st));
    st.reset();
    return out;
}

void link_attachments(Connection& c, std::int64_t report_id, const std::vector<std::int64_t>& ids,
                      const std::string& purpose) {
    int order = 0;
    for (auto id : ids)
        c.prepare("UPDATE attachments SET report_id = ?, purpose = ?, sort_order = ? WHERE id = ?")
            .bind_all(report_id, purpose, order++, id)
            .run();
}

void unlink_attachments(Connection& c, std::int64_t report_id, const std::string& purpose) {
    c.prepare("UPDATE attachments SET report_id = NULL WHERE report_id = ? AND purpose = ?")
        .bind_all(report_id, purpose)
        .run();
}

std::vector<AttachmentRow> orphan_attachments(Connection& c, std::int64_t before) {
    auto st = c.prepare(std::string(kAttachmentSelect) + "WHERE report_id IS NULL AND uploaded_at < ?");
    st.bind_all(before);
    std::vector<AttachmentRow> out;
    while (st.step()) out.push_back(read_attachment(st));
    st.reset();
    return out;
}

void delete_attachment(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM attachments WHERE id = ?").bind_all(id).run();
}

bool sha_in_use(Connection& c, const std::string& sha256) {
    auto st = c.prepare("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1");
    st.bind_all(sha256);
    bool used = st.step();
    st.reset();
    return used;
}

// ---------------------------------------------------------------- notifications
namespace {
constexpr const char* kNotificationSelect =
    "SELECT n.id, n.account_id, n.report_id, n.kind, n.title, n.body, n.created_at, n.read_at, COALESCE(r.code,'') "
    "FROM notifications n LEFT JOIN reports r ON r.id = n.report_id ";
NotificationRow read_notification(const Statement& s) {
    NotificationRow n;
    n.id = s.int64(0);
    n.account_id = s.int64(1);
    n.report_id = s.opt_int64(2);
    n.kind = s.text(3);
    n.title = s.text(4);
    n.body = s.text(5);
    n.created_at = s.int64(6);
    n.read_at = s.opt_int64(7);
    n.report_code = s.text(8);
    return n;
}
}  // namespace

std::int64_t insert_notification(Connection& c, const NotificationRow& n) {
    c.prepare("INSERT INTO notifications(account_id, report_id, kind, title, body, created_at) VALUES (?,?,?,?,?,?)")
        .bind_all(n.account_id, n.report_id, n.kind, n.title, n.body, n.created_at)
        .run();
    return c.last_insert_id();
}

std::vector<NotificationRow> list_notifications(Connection& c, std::int64_t account_id, int page, int page_size) {
    auto st = c.prepare(std::string(kNotificationSelect) + "WHERE n.account_id = ? ORDER BY n.id DESC LIMIT ? OFFSET ?");
    st.bind_all(account_id, page_size, static_cast<std::int64_t>(page - 1) * page_size);
    std::vector<NotificationRow> out;
    while (st.step()) out.push_back(read_notification(st));
    st.reset();
    return out;
}

std::int64_t count_notifications(Connection& c, std::int64_t account_id) {
    auto st = c.prepare("SELECT COUNT(*) FROM notifications WHERE account_id = ?");
    st.bind_all(account_id);
    auto n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

std::int64_t count_unread(Connection& c, std::int64_t account_id) {
    auto st = c.prepare("SELECT COUNT(*) FROM notifications WHERE account_id = ? AND read_at IS NULL");
    st.bind_all(account_id);
    auto n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

bool mark_read(Connection& c, std::int64_t account_id, std::int64_t id, std::int64_t now) {
    c.prepare("UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND account_id = ?")
        .bind_all(now, id, account_id)
        .run();
    return c.changes() == 1;
}

void mark_all_read(Connection& c, std::int64_t account_id, std::int64_t now) {
    c.prepare("UPDATE notifications SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
        .bind_all(now, account_id)
        .run();
}

std::vector<NotificationRow> notifications_after(Connection& c, std::int64_t account_id, std::int64_t after_id) {
    auto st = c.prepare(std::string(kNotificationSelect) + "WHERE n.account_id = ? AND n.id > ? ORDER BY n.id LIMIT 100");
    st.bind_all(account_id, after_id);
    std::vector<NotificationRow> out;
    while (st.step()) out.push_back(read_notification(st));
    st.reset();
    return out;
}

std::int64_t count_all_reports(Connection& c) { return c.scalar_int("SELECT COUNT(*) FROM reports").value_or(0); }

namespace {
std::vector<std::int64_t> ids_of(Statement st) {
    std::vector<std::int64_t> ids;
    while (st.step()) ids.push_back(st.int64(0));
    st.reset();
    return ids;
}
}  // namespace

// "('submitted','accepted',...)": the open statuses as the shared workflow
// defines them, so the overdue sweep and the workflow cannot disagree.
const std::string& open_statuses_sql() {
    static const std::string list = [] {
        std::string out = "(";
        for (Status s : kAllStatuses) {
            if (!is_open(s)) continue;
            if (out.size() > 1) out += ',';
            out += "'" + std::string(to_string(s)) + "'";
        }
        return out + ")";
    }();
    return list;
}

std::vector<std::int64_t> newly_overdue_reports(Connection& c, std::int64_t now, int limit) {
    auto st = c.prepare("SELECT id FROM reports WHERE deadline IS NOT NULL AND deadline < ? AND overdue_notified = 0 "
                        "AND status IN " + open_statuses_sql() + " LIMIT ?");
    st.bind_all(now, limit);
    return ids_of(std::move(st));
}

std::vector<std::int64_t> unrated_resolved_reports(Connection& c, std::int64_t before, int limit) {
    auto st = c.prepare("SELECT id FROM reports WHERE status = 'resolved' AND resolved_at < ? LIMIT ?");
    st.bind_all(before, limit);
    return ids_of(std::move(st));
}

std::int64_t count_reports_of(Connection& c, std::int64_t author_id) {
    auto st = c.prepare("SELECT COUNT(*) FROM reports WHERE author_id = ?");
    st.bind_all(author_id);
    auto n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

std::vector<std::int64_t> officers_of(Connection& c, std::optional<std::int64_t> unit_id,
                                      const std::vector<std::string>& roles) {
    std::string sql = "SELECT id FROM accounts WHERE kind = 'officer' AND status = 'active' AND (?1 IS NULL OR unit_id = ?1) AND role IN (";
    for (std::size_t i = 0; i < roles.size(); ++i) sql += i ? ",?" : "?";
    sql += ")";
    auto st = c.prepare(sql);
    st.bind(1, unit_id);
    for (std::size_t i = 0; i < roles.size(); ++i) st.bind(static_cast<int>(i) + 2, roles[i]);
    std::vector<std::int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    st.reset();
    return out;
}

}  // namespace pakn::server::store

namespace pakn::server::store {

std::vector<LiveRow> live_events(Connection& c, std::int64_t after_id, ReportScope scope, std::int64_t author_id,
                                 std::int64_t unit_id, int limit) {
    std::string sql =
        "SELECT e.id, e.report_id, e.at, e.action, COALESCE(e.to_status, r.status), COALESCE(r.code,''), r.title, "
        "r.lead_unit_id FROM report_events e JOIN reports r ON r.id = e.report_id WHERE e.id > ?1 ";
    switch (scope) {
        case ReportScope::author: sql += "AND r.author_id = ?2 AND e.internal = 0 "; break;
        case ReportScope::unit:
            // Also the event that took a report away from the unit (return),
            // so its inbox can drop the row.
            sql += "AND r.status <> 'draft' AND (r.lead_unit_id = ?3 OR EXISTS (SELECT 1 FROM report_co_units cu "
                   "WHERE cu.report_id = r.id AND cu.unit_id = ?3) OR (e.action = 'return' AND e.actor_unit_id = ?3)) ";
            break;
        case ReportScope::officers_all: sql += "AND r.status <> 'draft' "; break;
        case ReportScope::published: sql += "AND r.is_published = 1 AND e.internal = 0 "; break;
    }
    sql += "ORDER BY e.id LIMIT ?4";
    auto st = c.prepare(sql);
    st.bind(1, after_id);
    st.bind(2, author_id);
    st.bind(3, unit_id);
    st.bind(4, static_cast<std::int64_t>(limit));
    std::vector<LiveRow> out;
    while (st.step())
        out.push_back(LiveRow{st.int64(0), st.int64(1), st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6),
                              st.opt_int64(7)});
    st.reset();
    return out;
}

std::int64_t last_notification_id(Connection& c, std::int64_t account_id) {
    auto st = c.prepare("SELECT COALESCE(MAX(id), 0) FROM notifications WHERE account_id = ?");
    st.bind_all(account_id);
    auto n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

}  // namespace pakn::server::store
