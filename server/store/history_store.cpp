#include "store/history_store.h"

#include <algorithm>
#include <variant>

namespace pakn::server::store {
namespace {

// "?,?,?" for n values.
std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
    return out;
}

// Values bound in the order their "?" appear, of either type.
struct Binder {
    std::vector<std::variant<std::int64_t, std::string>> values;
    void i(std::int64_t v) { values.emplace_back(v); }
    void s(std::string v) { values.emplace_back(std::move(v)); }
    void apply(Statement& st) const {
        int n = 1;
        for (const auto& v : values) std::visit([&](const auto& x) { st.bind(n++, x); }, v);
    }
};

// What the two sources share in their WHERE: time range, actors and the
// cursor (the merged order is at DESC, source, id DESC; `source` is this
// statement's). `alias` is the table's.
std::string common_conditions(const HistoryQuery& q, const char* alias, HistorySource source, Binder& b) {
    const std::string a = alias;
    std::string w;
    if (q.from) {
        w += " AND " + a + ".at >= ?";
        b.i(*q.from);
    }
    if (q.to_exclusive) {
        w += " AND " + a + ".at < ?";
        b.i(*q.to_exclusive);
    }
    if (q.actor_ids) {
        w += " AND " + a + ".actor_id IN (" + placeholders(q.actor_ids->size()) + ")";
        for (auto id : *q.actor_ids) b.i(id);
    }
    if (q.after) {
        // Rows of this source that come after the cursor in the merged order.
        const auto& c = *q.after;
        if (source == c.source) {
            w += " AND (" + a + ".at < ? OR (" + a + ".at = ? AND " + a + ".id < ?))";
            b.i(c.at);
            b.i(c.at);
            b.i(c.id);
        } else if (source < c.source) {  // events at the same instant came before the cursor
            w += " AND " + a + ".at < ?";
            b.i(c.at);
        } else {
            w += " AND " + a + ".at <= ?";
            b.i(c.at);
        }
    }
    return w;
}

// The reports a unit leads or co-handles, as a condition on a report id expression.
std::string unit_reports(const std::string& report_id_expr) {
    return "EXISTS (SELECT 1 FROM reports ur WHERE ur.id = " + report_id_expr +
           " AND (ur.lead_unit_id = ? OR EXISTS (SELECT 1 FROM report_co_units cu WHERE cu.report_id = ur.id AND "
           "cu.unit_id = ?)))";
}

// Both sources select the same columns: id, at, actor id, name, kind, role,
// unit, action, detail, ip, subject, report id, report code.
std::vector<HistoryRow> read_rows(Connection& c, const std::string& sql, const Binder& b, HistorySource source) {
    auto st = c.prepare(sql);
    b.apply(st);
    std::vector<HistoryRow> out;
    while (st.step()) {
        HistoryRow r;
        r.source = source;
        r.id = st.int64(0);
        r.at = st.int64(1);
        r.actor_id = st.opt_int64(2);
        r.actor_name = st.text(3);
        r.actor_kind = st.text(4);
        r.actor_role = st.text(5);
        r.actor_unit_name = st.text(6);
        r.action = st.text(7);
        r.detail = st.text(8);
        r.ip = st.text(9);
        r.subject = st.text(10);
        r.report_id = st.opt_int64(11);
        r.report_code = st.text(12);
        out.push_back(std::move(r));
    }
    st.reset();
    return out;
}

std::vector<HistoryRow> events(Connection& c, const HistoryQuery& q) {
    Binder b;
    std::string sql =
        "SELECT e.id, e.at, e.actor_id, COALESCE(a.full_name, ''), COALESCE(a.kind, ''), e.actor_role, "
        "COALESCE(u.name, ''), e.action, e.note, '', '', e.report_id, COALESCE(r.code, '') "
        "FROM report_events e JOIN reports r ON r.id = e.report_id LEFT JOIN accounts a ON a.id = e.actor_id "
        "LEFT JOIN units u ON u.id = e.actor_unit_id WHERE 1 = 1";
    if (q.report_id) {
        sql += " AND e.report_id = ?";
        b.i(*q.report_id);
    }
    if (q.unit_id) {
        sql += " AND " + unit_reports("e.report_id");
        b.i(*q.unit_id);
        b.i(*q.unit_id);
    }
    sql += common_conditions(q, "e", HistorySource::event, b);
    sql += " ORDER BY e.at DESC, e.id DESC LIMIT ?";
    b.i(q.limit);
    return read_rows(c, sql, b, HistorySource::event);
}

std::vector<HistoryRow> audits(Connection& c, const HistoryQuery& q) {
    Binder b;
    // The report an audit row is about, from its subject "report:<id>".
    const std::string rid = "(CASE WHEN l.subject LIKE 'report:%' THEN CAST(substr(l.subject, 8) AS INTEGER) END)";
    std::string sql = "SELECT l.id, l.at, l.actor_id, COALESCE(a.full_name, ''), COALESCE(a.kind, ''), "
                      "COALESCE(a.role, ''), COALESCE(u.name, ''), l.action, l.detail, l.ip, l.subject, " +
                      rid + ", COALESCE(r.code, '') FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id " +
                      "LEFT JOIN units u ON u.id = a.unit_id LEFT JOIN reports r ON r.id = " + rid + " WHERE 1 = 1";
    if (q.audit_codes) {
        sql += " AND l.action IN (" + placeholders(q.audit_codes->size()) + ")";
        for (const auto& code : *q.audit_codes) b.s(code);
    }
    if (q.report_id) {
        sql += " AND l.subject = ?";
        b.s("report:" + std::to_string(*q.report_id));
    }
    if (q.unit_id) {
        sql += " AND (a.unit_id = ? OR " + unit_reports(rid) + ")";
        b.i(*q.unit_id);
        b.i(*q.unit_id);
        b.i(*q.unit_id);
    }
    sql += common_conditions(q, "l", HistorySource::audit, b);
    sql += " ORDER BY l.at DESC, l.id DESC LIMIT ?";
    b.i(q.limit);
    return read_rows(c, sql, b, HistorySource::audit);
}

}  // namespace

std::vector<std::pair<std::int64_t, std::string>> officer_names(Connection& c) {
    auto st = c.prepare("SELECT id, full_name FROM accounts WHERE kind = 'officer'");
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (st.step()) out.emplace_back(st.int64(0), st.text(1));
    st.reset();
    return out;
}

std::vector<HistoryRow> list_history(Connection& c, const HistoryQuery& q) {
    std::vector<HistoryRow> merged;
    const bool no_actor = q.actor_ids && q.actor_ids->empty();
    if (no_actor) return merged;
    if (q.events) merged = events(c, q);
    if (!q.audit_codes || !q.audit_codes->empty()) {
        auto more = audits(c, q);
        merged.insert(merged.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    std::sort(merged.begin(), merged.end(), [](const HistoryRow& x, const HistoryRow& y) {
        if (x.at != y.at) return x.at > y.at;
        if (x.source != y.source) return x.source < y.source;
        return x.id > y.id;
    });
    if (merged.size() > static_cast<std::size_t>(q.limit)) merged.resize(static_cast<std::size_t>(q.limit));
    return merged;
}

}  // namespace pakn::server::store
