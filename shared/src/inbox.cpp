// [SECTION] index: tabs, bulk actions, saved filters, field lists (see dto_fields.h).
#include "pakn/inbox.h"

#include <algorithm>
#include <set>

#include "dto_fields.h"
#include "pakn/text.h"
#include "pakn/url.h"

namespace pakn {

// [SECTION] tabs

std::vector<InboxTab> inbox_tabs(std::optional<Role> role) {
    auto by_status = [](Status s) { return InboxTab{std::string(to_string(s)), s, false, false, false}; };
    const InboxTab overdue{"overdue", std::nullopt, true, false, false};
    const InboxTab all{"all", std::nullopt, false, false, false};
    if (role == Role::handler || role == Role::unit_lead)
        return {by_status(Status::assigned),
                by_status(Status::in_progress),
                by_status(Status::result_proposed),
                InboxTab{"mine", std::nullopt, false, true, false},
                overdue,
                all};
    return {by_status(Status::submitted),
            by_status(Status::accepted),
            by_status(Status::assigned),
            by_status(Status::in_progress),
            by_status(Status::result_proposed),
            by_status(Status::resolved),
            // Closed reports whose reporter asked for reconsideration: the
            // center decides (reopen or decline), so they wait here.
            InboxTab{"reconsideration", std::nullopt, false, false, true},
            overdue,
            all};
}

ListQuery with_tab(ListQuery q, const InboxTab& t) {
    q.status = t.status;
    q.overdue = t.overdue ? std::optional<bool>(true) : std::nullopt;
    q.mine = t.mine;
    q.reconsideration = t.reconsideration;
    return q;
}

const TabCount* find_count(const InboxCounts& counts, std::string_view key) {
    for (const auto& c : counts.tabs)
        if (c.key == key) return &c;
    return nullptr;
}

// [SECTION] bulk actions

bool is_bulk_action(Action a) noexcept {
    return std::find(kBulkActions.begin(), kBulkActions.end(), a) != kBulkActions.end();
}

std::vector<Action> bulk_actions_for(Role role) {
    std::vector<Action> out;
    for (Action a : kBulkActions)
        for (const WorkflowRule& rule : workflow_rules())
            if (rule.action == a && rule.roles.contains(role)) {
                out.push_back(a);
                break;
            }
    return out;
}

Validated<BulkActionForm> clean(const BulkActionForm& f) {
    Validated<BulkActionForm> out{f, {}};
    BulkActionForm& v = out.value;
    FieldErrors& e = out.errors;
    const auto action = parse_action(f.action);
    if (f.action.empty())
        e.push_back(field_error("action", "required"));
    else if (!action)
        e.push_back(field_error("action", "unknown_action"));
    else if (!is_bulk_action(*action))
        e.push_back(field_error("action", "bulk_action_not_offered"));

    v.report_ids.clear();
    std::set<std::int64_t> seen;
    bool bad_id = false;
    for (auto id : f.report_ids) {
        if (id <= 0) bad_id = true;
        if (seen.insert(id).second) v.report_ids.push_back(id);
    }
    if (bad_id)
        e.push_back(field_error("report_ids", "invalid_report_ids"));
    else if (v.report_ids.empty())
        e.push_back(field_error("report_ids", "required"));
    else if (v.report_ids.size() > kMaxBulkReports)
        e.push_back(field_error("report_ids", "too_many_reports"));

    if (f.note) {
        Checked c = clean_text(*f.note, TextMode::multi_line);
        if (!c.ok())
            e.push_back(field_error("note", c.error));
        else if (c.value.empty())
            v.note.reset();
        else if (char_count(c.value) > kMaxNoteChars)
            e.push_back(field_error("note", "too_long"));
        else
            v.note = std::move(c.value);
    }
    if (action && is_bulk_action(*action)) {
        const ParamSet required = required_params(*action);
        const ParamSet optional = optional_params(*action);
        auto check = [&](Param p, bool present) {
            const std::string field(field_name(p));
            if (!present && required.contains(p)) e.push_back(field_error(field, "required"));
            if (present && !required.contains(p) && !optional.contains(p))
                e.push_back(field_error(field, "field_not_applicable"));
        };
        if (!has_error(e, "note")) check(Param::note, v.note.has_value());
        check(Param::unit_id, v.unit_id.has_value());
        if (v.unit_id && *v.unit_id <= 0) e.push_back(field_error("unit_id", "unknown_unit"));
    }
    return out;
}

FieldErrors validate(const BulkActionForm& f) {
    return clean(f).errors;
}

ActionForm action_form_of(const BulkActionForm& f) {
    ActionForm a;
    a.action = f.action;
    a.params.unit_id = f.unit_id;
    a.params.note = f.note;
    return a;
}

// [SECTION] saved filters

ListQuery filters_only(ListQuery q) {
    const ListQuery defaults;
    q.page = defaults.page;
    q.page_size = defaults.page_size;
    q.status.reset();
    q.overdue.reset();
    q.mine = false;
    q.reconsideration = false;
    return q;
}

Validated<SavedFilterForm> clean(const SavedFilterForm& f) {
    Validated<SavedFilterForm> out{f, {}};
    SavedFilterForm& v = out.value;
    FieldErrors& e = out.errors;
    Checked name = clean_text(f.name, TextMode::single_line);
    if (!name.ok())
        e.push_back(field_error("name", name.error));
    else if (name.value.empty())
        e.push_back(field_error("name", "required"));
    else if (char_count(name.value) > kMaxSavedFilterNameChars)
        e.push_back(field_error("name", "saved_filter_name_too_long"));
    else
        v.name = std::move(name.value);

    std::string_view raw = f.query;
    if (!raw.empty() && raw.front() == '?') raw.remove_prefix(1);
    const auto parsed = parse_list_query(parse_query_string(raw));
    if (!parsed) {
        e.push_back(field_error("query", "invalid_saved_filter"));
    } else {
        v.query = to_query_string(filters_only(parsed.value));
        if (v.query.empty()) e.push_back(field_error("query", "saved_filter_empty"));
    }
    return out;
}

FieldErrors validate(const SavedFilterForm& f) {
    return clean(f).errors;
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_TabCount(IO& io, V& v) {
    io.req("key", v.key);
    io.req("count", v.count);
    io.opt("capped", v.capped);
}

template <typename IO, typename V>
void fields_InboxCounts(IO& io, V& v) {
    io.list("tabs", v.tabs, true);
}

template <typename IO, typename V>
void fields_BulkActionForm(IO& io, V& v) {
    io.opt("action", v.action);
    io.opt("report_ids", v.report_ids);
    io.opt("unit_id", v.unit_id);
    io.opt("note", v.note);
}

template <typename IO, typename V>
void fields_BulkItemResult(IO& io, V& v) {
    io.req("id", v.id);
    io.opt("code", v.code);
    io.req("ok", v.ok);
    io.opt_enum("status", v.status, parse_status, "invalid_status");
    io.opt("http", v.http);
    io.opt("error", v.error);
    io.opt("message", v.message);
}

template <typename IO, typename V>
void fields_BulkResult(IO& io, V& v) {
    io.req("action", v.action);
    io.list("items", v.items, true);
    io.req("done", v.done);
    io.req("failed", v.failed);
}

template <typename IO, typename V>
void fields_SavedFilter(IO& io, V& v) {
    io.req("id", v.id);
    io.req("name", v.name);
    io.opt_keep_empty("query", v.query);
    io.req_time("created_at", v.created_at);
}

template <typename IO, typename V>
void fields_SavedFilterForm(IO& io, V& v) {
    io.opt("name", v.name);
    io.opt("query", v.query);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(TabCount)
PAKN_JSON_VIA_FIELDS(InboxCounts)
PAKN_JSON_VIA_FIELDS(BulkActionForm)
PAKN_JSON_VIA_FIELDS(BulkItemResult)
PAKN_JSON_VIA_FIELDS(BulkResult)
PAKN_JSON_VIA_FIELDS(SavedFilter)
PAKN_JSON_VIA_FIELDS(SavedFilterForm)

}  // namespace pakn
