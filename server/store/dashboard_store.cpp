#include "store/dashboard_store.h"

#include "pakn/workflow.h"
#include "store/reports_store.h"

namespace pakn::server::store {
namespace {

// The WHERE condition of a scope on reports aliased `r`; binds ?1 = unit id.
std::string scope_sql(const DashboardScope& scope) {
    std::string where = "r.status <> 'draft'";
    if (!scope.unit_id) return where;
    if (scope.lead_only) return where + " AND r.lead_unit_id = ?1";
    return where +
           " AND (r.lead_unit_id = ?1 OR EXISTS (SELECT 1 FROM report_co_units cu WHERE cu.report_id = r.id AND "
           "cu.unit_id = ?1))";
}

// Binds ?1 when the scope names a unit (numbered parameters: ?2, ?3 keep
// their places whether or not ?1 appears).
void bind_scope(Statement& st, const DashboardScope& scope) {
    if (scope.unit_id) st.bind(1, *scope.unit_id);
}

}  // namespace

std::vector<StatusCount> count_by_status(Connection& c, const DashboardScope& scope) {
    auto st = c.prepare("SELECT r.status, COUNT(*) FROM reports r WHERE " + scope_sql(scope) + " GROUP BY r.status");
    bind_scope(st, scope);
    std::vector<StatusCount> out;
    while (st.step())
        out.push_back(StatusCount{st.text(0), st.int64(1)});
    st.reset();
    return out;
}

std::int64_t count_overdue(Connection& c, const DashboardScope& scope, std::int64_t now) {
    auto st = c.prepare("SELECT COUNT(*) FROM reports r WHERE " + scope_sql(scope) +
                        " AND r.deadline IS NOT NULL AND r.deadline < ?2 AND r.status IN " + open_statuses_sql());
    bind_scope(st, scope);
    st.bind(2, now);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

AnswerCounts count_answers(Connection& c, const DashboardScope& scope, std::int64_t from, std::int64_t to) {
    // Answers belong to the unit that led the report: co-units contribute
    // notes, the lead unit answers and is measured.
    DashboardScope led = scope;
    led.lead_only = true;
    auto st = c.prepare(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.resolve_deadline IS NULL OR r.resolved_at <= r.resolve_deadline "
        "THEN 1 ELSE 0 END), 0) FROM reports r WHERE " +
        scope_sql(led) + " AND r.resolved_at >= ?2 AND r.resolved_at < ?3");
    bind_scope(st, led);
    st.bind(2, from);
    st.bind(3, to);
    AnswerCounts out;
    if (st.step()) out = AnswerCounts{st.int64(0), st.int64(1)};
    st.reset();
    return out;
}

std::int64_t count_received(Connection& c, const DashboardScope& scope, std::int64_t from, std::int64_t to) {
    auto st = c.prepare("SELECT COUNT(*) FROM reports r WHERE " + scope_sql(scope) +
                        " AND r.submitted_at >= ?2 AND r.submitted_at < ?3");
    bind_scope(st, scope);
    st.bind(2, from);
    st.bind(3, to);
    const std::int64_t n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

namespace {

// The SUM(...) columns both per-unit and per-officer figures share, with
// ?1 = range start, ?2 = range end (exclusive), ?3 = now: answered in the
// range, of which on time (as count_answers), open, and open past the deadline.
std::string answer_and_open_sums() {
    const std::string open = "r.status IN " + open_statuses_sql();
    const std::string answered = "r.resolved_at >= ?1 AND r.resolved_at < ?2";
    return "SUM(CASE WHEN " + answered + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + answered +
           " AND (r.resolve_deadline IS NULL OR r.resolved_at <= r.resolve_deadline) THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN " + open + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + open +
           " AND r.deadline IS NOT NULL AND r.deadline < ?3 THEN 1 ELSE 0 END)";
}

}  // namespace

std::vector<UnitCounts> count_by_unit(Connection& c, std::int64_t now, std::int64_t from, std::int64_t to) {
    auto st = c.prepare("SELECT u.id, u.name, SUM(CASE WHEN r.submitted_at >= ?1 AND r.submitted_at < ?2 THEN 1 ELSE 0 "
                        "END), " + answer_and_open_sums() +
                        " FROM reports r JOIN units u ON u.id = r.lead_unit_id WHERE r.status <> 'draft' "
                        "GROUP BY u.id ORDER BY 3 DESC, u.name, u.id");
    st.bind(1, from);
    st.bind(2, to);
    st.bind(3, now);
    std::vector<UnitCounts> out;
    while (st.step())
        out.push_back(UnitCounts{st.int64(0), st.text(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5),
                                 st.int64(6)});
    st.reset();
    return out;
}

std::vector<HandlerCounts> count_by_handler(Connection& c, std::int64_t unit_id, std::int64_t now, std::int64_t from,
                                            std::int64_t to) {
    auto st = c.prepare("SELECT COALESCE(r.assignee_id, 0), COALESCE(a.full_name, ''), " + answer_and_open_sums() +
                        " FROM reports r LEFT JOIN accounts a ON a.id = r.assignee_id "
                        "WHERE r.lead_unit_id = ?4 AND r.status <> 'draft' GROUP BY COALESCE(r.assignee_id, 0)");
    st.bind(1, from);
    st.bind(2, to);
    st.bind(3, now);
    st.bind(4, unit_id);
    std::vector<HandlerCounts> out;
    while (st.step()) {
        HandlerCounts h{st.int64(0), st.text(1)};
        h.resolved = st.int64(2);
        h.on_time = st.int64(3);
        h.open = st.int64(4);
        h.overdue = st.int64(5);
        out.push_back(std::move(h));
    }
    st.reset();
    return out;
}

std::vector<CategoryCounts> count_by_category(Connection& c, const DashboardScope& scope, std::int64_t now) {
    const std::string open = "r.status IN " + open_statuses_sql();
    auto st = c.prepare(
        "SELECT COALESCE(r.category_code, ''), COALESCE(cat.name, ''), COUNT(*), "
        "SUM(CASE WHEN " +
        open +
        " THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN " +
        open +
        " AND r.deadline IS NOT NULL AND r.deadline < ?2 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN r.resolved_at IS NOT NULL THEN 1 ELSE 0 END) "
        "FROM reports r LEFT JOIN categories cat ON cat.code = r.category_code WHERE " +
        scope_sql(scope) + " GROUP BY COALESCE(r.category_code, '') ORDER BY COUNT(*) DESC, 2");
    bind_scope(st, scope);
    st.bind(2, now);
    std::vector<CategoryCounts> out;
    while (st.step())
        out.push_back(CategoryCounts{st.text(0), st.text(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5)});
    st.reset();
    return out;
}

}  // namespace pakn::server::store
