#include "services/history.h"

#include <charconv>

#include "pakn/word_match.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "store/history_store.h"
#include "store/reports_store.h"
#include "pakn/calendar.h"

namespace pakn::server::services {
namespace {

constexpr int kPageSize = 50;

// "<at>.<e|a><id>" (the shape parse_history_query checked).
std::optional<store::HistoryCursor> cursor_of(const std::string& text) {
    if (text.empty()) return std::nullopt;
    const auto dot = text.find('.');
    store::HistoryCursor c;
    c.source = text[dot + 1] == 'e' ? store::HistorySource::event : store::HistorySource::audit;
    std::from_chars(text.data(), text.data() + dot, c.at);
    std::from_chars(text.data() + dot + 2, text.data() + text.size(), c.id);
    return c;
}

std::string cursor_text(const store::HistoryRow& r) {
    return std::to_string(r.at) + (r.source == store::HistorySource::event ? ".e" : ".a") + std::to_string(r.id);
}

// The audit codes of `kinds`.
std::vector<std::string> codes_of(std::initializer_list<HistoryKind> kinds) {
    std::vector<std::string> out;
    for (const AuditAction& a : audit_actions())
        for (HistoryKind k : kinds)
            if (a.kind == k) out.emplace_back(a.code);
    return out;
}

HistoryEntry entry_of(const store::HistoryRow& r, bool admin) {
    HistoryEntry e;
    const bool event = r.source == store::HistorySource::event;
    e.id = (event ? "e" : "a") + std::to_string(r.id);
    e.at = r.at;
    e.action = r.action;
    if (event) {
        e.kind = std::string(to_string(HistoryKind::workflow));
        const auto a = parse_action(r.action);
        e.action_label = a ? std::string(label(*a)) : r.action;
        // The admin oversees who acted, not what was written to the citizen.
        if (!admin) e.detail = r.detail;
    } else {
        const auto known = find_audit_action(r.action);
        e.kind = std::string(to_string(known ? known->kind : HistoryKind::administration));
        e.action_label = known ? std::string(known->label) : r.action;
        e.detail = r.detail;
        if (admin) e.ip = r.ip;
    }
    // Officers are named with role and unit; the people who report are not
    // named here (their own reports name them to those who handle them).
    if (!r.actor_id) {
        e.actor_name = "Hệ thống";
    } else if (r.actor_kind == "officer") {
        e.actor_name = r.actor_name;
        if (const auto role = parse_role(r.actor_role)) e.actor_role = std::string(label(*role));
        e.actor_unit = r.actor_unit_name;
    } else {
        e.actor_name = event ? "Người phản ánh" : "Người dân (tài khoản số " + std::to_string(*r.actor_id) + ")";
    }
    e.report_id = r.report_id;
    e.report_code = r.report_code;
    return e;
}

}  // namespace

HistoryService::HistoryService(store::Database& db) : db_(db) {}

Result<HistoryPage> HistoryService::page(const Principal& who, const HistoryQuery& q) const {
    const HistoryScope scope =
        who.officer() && who.role ? history_scope(*who.role, who.unit_id.has_value()) : HistoryScope::none;
    if (scope == HistoryScope::none) return Result<HistoryPage>::failure(api_error(403, "forbidden"));
    const bool admin = scope == HistoryScope::everything;
    const bool lead = scope == HistoryScope::unit;

    store::HistoryQuery s;
    if (lead) s.unit_id = who.unit_id;
    if (q.kind) {
        s.events = *q.kind == HistoryKind::workflow;
        s.audit_codes = codes_of({*q.kind});
        // A unit lead's history holds only its reports' work and the looks at them.
        if (lead && *q.kind != HistoryKind::workflow && *q.kind != HistoryKind::personal_data)
            return Result<HistoryPage>::success(HistoryPage{});
    } else if (lead) {
        s.audit_codes = codes_of({HistoryKind::workflow, HistoryKind::personal_data});
    }
    if (q.from) s.from = start_of_day(*q.from);
    if (q.to) s.to_exclusive = start_of_day(add_days(*q.to, 1));
    s.after = cursor_of(q.after);
    s.limit = kPageSize + 1;  // one more tells whether a next page exists

    bool unknown_report = false;
    auto rows = db_.read([&](store::Connection& c) {
        if (!q.report.empty()) {
            const auto r = store::find_report_by_code(c, q.report);
            if (!r) {
                unknown_report = true;
                return std::vector<store::HistoryRow>{};
            }
            s.report_id = r->id;
        }
        if (!q.actor.empty()) {
            // Word by word against the officers' names ("lan xd" is not a name;
            // "tran lan" finds "Trần Thị Lan").
            std::vector<std::int64_t> ids;
            for (const auto& o : store::officer_names(c))
                if (matches_words(o.second, q.actor)) ids.push_back(o.first);
            s.actor_ids = std::move(ids);
        }
        return store::list_history(c, s);
    });
    if (unknown_report)
        return Result<HistoryPage>::failure(validation_failed({field_error("report", "report_not_found")}));
    HistoryPage page;
    const bool more = rows.size() > static_cast<std::size_t>(kPageSize);
    if (more) rows.resize(kPageSize);
    for (const auto& r : rows) page.items.push_back(entry_of(r, admin));
    if (more) page.next = cursor_text(rows.back());
    return Result<HistoryPage>::success(std::move(page));
}

}  // namespace pakn::server::services
