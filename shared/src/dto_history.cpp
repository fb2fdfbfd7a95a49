// [SECTION] index: the query, field lists (see dto_fields.h).
#include "pakn/dto_history.h"

#include "dto_fields.h"
#include "pakn/ids.h"
#include "pakn/text.h"

namespace pakn {

// [SECTION] the query

Validated<HistoryQuery> parse_history_query(const QueryParams& params) {
    Validated<HistoryQuery> out;
    HistoryQuery& q = out.value;
    // The dates follow the lists' rules (and their messages).
    auto dates = parse_list_query(params);
    for (const FieldError& e : dates.errors)
        if (e.field == "from" || e.field == "to") out.errors.push_back(e);
    q.from = dates.value.from;
    q.to = dates.value.to;
    for (const auto& [key, value] : params) {
        if (value.empty()) continue;
        if (key == "report") {
            if (auto code = normalize_tracking_code(value))
                q.report = *code;
            else
                out.errors.push_back(field_error("report", "invalid_tracking_code"));
        } else if (key == "actor") {
            Checked c = clean_text(value, TextMode::single_line);
            if (!c.ok())
                out.errors.push_back(field_error("actor", c.error));
            else if (char_count(c.value) > kMaxQueryChars)
                out.errors.push_back(field_error("actor", "too_long"));
            else
                q.actor = c.value;
        } else if (key == "kind") {
            q.kind = parse_history_kind(value);
            if (!q.kind) out.errors.push_back(field_error("kind", "invalid_history_kind"));
        } else if (key == "after") {
            // "<at>.<e|a><id>": digits around one letter; the server reads it.
            const auto dot = value.find('.');
            bool ok = dot != std::string::npos && dot > 0 && dot + 2 < value.size() && value.size() <= 40 &&
                      (value[dot + 1] == 'e' || value[dot + 1] == 'a');
            for (std::size_t i = 0; ok && i < value.size(); ++i)
                if (i != dot && i != dot + 1 && (value[i] < '0' || value[i] > '9')) ok = false;
            if (ok)
                q.after = value;
            else
                out.errors.push_back(field_error("after", "invalid_cursor"));
        }
    }
    return out;
}

std::string to_query_string(const HistoryQuery& q) {
    std::string out;
    auto put = [&](std::string_view key, std::string_view value) { append_query_pair(out, key, value); };
    if (!q.report.empty()) put("report", q.report);
    if (!q.actor.empty()) put("actor", q.actor);
    if (q.kind) put("kind", to_string(*q.kind));
    if (q.from) put("from", format_date(*q.from));
    if (q.to) put("to", format_date(*q.to));
    if (!q.after.empty()) put("after", q.after);
    return out;
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_HistoryEntry(IO& io, V& v) {
    io.req("id", v.id);
    io.req_time("at", v.at);
    io.req("kind", v.kind);
    io.req("action", v.action);
    io.req("action_label", v.action_label);
    io.req("actor_name", v.actor_name);
    io.opt("actor_role", v.actor_role);
    io.opt("actor_unit", v.actor_unit);
    io.opt("report_id", v.report_id);
    io.opt("report_code", v.report_code);
    io.opt("detail", v.detail);
    io.opt("ip", v.ip);
}

template <typename IO, typename V>
void fields_HistoryPage(IO& io, V& v) {
    io.list("items", v.items, true);
    io.opt("next", v.next);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(HistoryEntry)
PAKN_JSON_VIA_FIELDS(HistoryPage)

}  // namespace pakn
