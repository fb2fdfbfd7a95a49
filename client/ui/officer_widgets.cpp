#include "ui/officer_widgets.h"

#include <chrono>
#include <cstdio>
#include <tuple>

#include "app/strings_common.h"
#include "app/strings_follow.h"
#include "app/strings_officer.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace pakn::client::ui {
namespace {

// Digits at `s[pos...]` (1..max_len of them) as a number; advances `pos`.
std::optional<int> read_number(std::string_view s, std::size_t& pos, std::size_t max_len) {
    int value = 0;
    std::size_t n = 0;
    while (pos < s.size() && n < max_len && s[pos] >= '0' && s[pos] <= '9') {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    if (n == 0) return std::nullopt;
    return value;
}

bool read_char(std::string_view s, std::size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// "d/m/yyyy" at the start of `s`; advances `pos`.
std::optional<Date> read_day(std::string_view s, std::size_t& pos) {
    const auto d = read_number(s, pos, 2);
    if (!d || !read_char(s, pos, '/')) return std::nullopt;
    const auto m = read_number(s, pos, 2);
    if (!m || !read_char(s, pos, '/')) return std::nullopt;
    const auto y = read_number(s, pos, 4);
    if (!y || *y < 1000) return std::nullopt;
    const Date date{*y, *m, *d};
    if (!is_valid(date)) return std::nullopt;
    return date;
}

}  // namespace

// ---------------------------------------------------------------- clock
UnixSeconds now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// ---------------------------------------------------------------- deadlines as text
std::string deadline_text(UnixSeconds t) {
    const LocalDateTime lt = to_local(t);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d", lt.date.day, lt.date.month, lt.date.year, lt.hour,
                  lt.minute);
    return buf;
}

std::optional<Date> parse_day_text(std::string_view s) {
    s = trim(s);
    std::size_t pos = 0;
    auto d = read_day(s, pos);
    if (!d || pos != s.size()) return std::nullopt;
    return d;
}

std::optional<UnixSeconds> parse_deadline_text(std::string_view s) {
    s = trim(s);
    std::size_t pos = 0;
    const auto day = read_day(s, pos);
    if (!day) return std::nullopt;
    LocalDateTime lt{*day, 17, 0, 0};  // a bare day means the end of its office hours
    if (pos < s.size()) {
        if (!read_char(s, pos, ' ')) return std::nullopt;
        while (read_char(s, pos, ' ')) {
        }
        const auto h = read_number(s, pos, 2);
        if (!h || !read_char(s, pos, ':')) return std::nullopt;
        const auto m = read_number(s, pos, 2);
        if (!m || *h > 23 || *m > 59 || pos != s.size()) return std::nullopt;
        lt.hour = *h;
        lt.minute = *m;
    }
    return from_local(lt);
}

// ---------------------------------------------------------------- time left
ImU32 time_left_color(std::optional<TimeLeftLevel> level) {
    switch (level.value_or(TimeLeftLevel::ok)) {
        case TimeLeftLevel::overdue:
            return color::kDanger;
        case TimeLeftLevel::due_soon:
            return color::kWarning;
        case TimeLeftLevel::ok:
            break;
    }
    return color::kText;
}

TimeLeftCell time_left_cell_of(const ReportSummary& r) {
    if (!r.deadline) return {tr::kDash, color::kMuted, false};
    const bool ok = r.time_left_level.value_or(TimeLeftLevel::ok) == TimeLeftLevel::ok;
    // A server that sends no time left yet: the deadline itself.
    const std::string text = r.time_left.empty() ? datetime_text(*r.deadline) : r.time_left;
    return {text, time_left_color(r.time_left_level), !ok};
}

void time_left_cell(const ReportSummary& r) {
    const TimeLeftCell cell = time_left_cell_of(r);
    ImGui::PushStyleColor(ImGuiCol_Text, cell.color);
    if (cell.bold) ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(cell.text.c_str());
    test_registry_note_text(cell.text);
    if (cell.bold) ImGui::PopFont();
    ImGui::PopStyleColor();
    if (r.deadline && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", datetime_text(*r.deadline).c_str());
}

// ---------------------------------------------------------------- tabs
int tab_buttons(const char* id, const std::vector<std::string>& labels, int active) {
    ImGui::PushID(id);
    int clicked = -1;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const bool on = static_cast<int>(i) == active;
        const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str(), nullptr, true);
        const float w = size.x + ImGui::GetStyle().FramePadding.x * 2 + px(20);
        if (i > 0) {
            ImGui::SameLine(0, px(6));
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        ImGui::PushStyleColor(ImGuiCol_Button, on ? color::kPrimary : color::kCard);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? color::kPrimary : IM_COL32(232, 240, 252, 255));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, color::kPrimaryDark);
        ImGui::PushStyleColor(ImGuiCol_Text, on ? IM_COL32_WHITE : color::kPrimary);
        ImGui::PushStyleColor(ImGuiCol_Border, color::kPrimary);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(10), px(7)));
        if (on) ImGui::PushFont(fonts().bold);
        if (ImGui::Button(labels[i].c_str())) clicked = static_cast<int>(i);
        if (on) ImGui::PopFont();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(5);
    }
    ImGui::PopID();
    return clicked;
}

// ---------------------------------------------------------------- timeline
namespace {

std::string payload_text(const nlohmann::json& p, const char* key) {
    auto it = p.find(key);
    return it != p.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::vector<std::string> event_details(const Event& e) {
    std::vector<std::string> out;
    if (const auto unit = payload_text(e.payload, "unit_name"); !unit.empty()) out.push_back("→ " + unit);
    if (const auto who = payload_text(e.payload, "handler_name"); !who.empty()) out.push_back("→ " + who);
    if (const auto reason = parse_reject_reason(payload_text(e.payload, "reason_code")))
        out.emplace_back(label(*reason));
    if (const auto dup = payload_text(e.payload, "duplicate_of"); !dup.empty())
        out.push_back(std::string(e.action == Action::merge ? tr::fol::kMergedInto : tr::off::kDuplicateOf) +
                      (e.action == Action::merge ? "" : ": ") + dup);
    if (const auto from = payload_text(e.payload, "merged_from"); !from.empty())
        out.push_back(std::string(tr::fol::kMergedFrom) + from);
    if (const auto prio = parse_priority(payload_text(e.payload, "priority")))
        out.push_back(std::string(tr::off::kPriority) + std::string(priority_label(*prio)));
    for (const char* key : {"deadline", "resolve_deadline"})
        if (const auto t = parse_iso8601(payload_text(e.payload, key)))
            out.push_back(std::string(key[0] == 'd' ? tr::off::kDeadlineLabel : tr::off::kDeadlineAnswerLabel) + ": " +
                          datetime_text(*t));
    if (const auto rating = parse_satisfaction(payload_text(e.payload, "rating"))) out.emplace_back(label(*rating));
    // Reclassified: what it is now, and what it was.
    for (const auto& [now_key, before_key, what] :
         {std::tuple{"category", "from_category", tr::kCategory}, std::tuple{"commune", "from_commune", tr::kCommune}})
        if (const auto now = payload_text(e.payload, now_key); !now.empty()) {
            std::string line = std::string(what) + ": " + now;
            if (const auto before = payload_text(e.payload, before_key); !before.empty())
                line += " (" + std::string(tr::off::kReclassifiedFrom) + ": " + before + ")";
            out.push_back(std::move(line));
        }
    // The note the handler sent with a draft answer, for the unit lead.
    if (const auto note = payload_text(e.payload, "note"); !note.empty())
        out.push_back(std::string(tr::off::kAnswerNoteLabel) + ": " + note);
    return out;
}

void officer_timeline(const std::vector<Event>& events) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float gutter = px(26);
    const float dot = px(6);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::Indent(gutter);
        ImGui::BeginGroup();
        ImGui::PushFont(fonts().bold);
        const std::string_view what = label(e.action);
        ui::text(what);
        ImGui::PopFont();
        if (e.internal) {
            ImGui::SameLine();
            chip(tr::off::kInternal, color::kWarningChip, color::kWarning);
        }
        std::string meta = datetime_text(e.created_at);
        if (!e.actor_name.empty()) meta += " • " + e.actor_name;
        if (e.actor_role) {
            meta += " (";
            meta += *e.actor_role == Role::system ? std::string_view(tr::kSystem) : label(*e.actor_role);
            meta += ")";
        }
        muted(meta);
        if (e.to_status && (!e.from_status || *e.from_status != *e.to_status)) status_chip(*e.to_status);
        for (const auto& line : event_details(e))
            paragraph(line);
        if (!e.note.empty()) {
            if (e.internal) ImGui::PushStyleColor(ImGuiCol_Text, color::kWarning);
            paragraph(e.note);
            if (e.internal) ImGui::PopStyleColor();
        }
        ImGui::EndGroup();
        ImGui::Unindent(gutter);
        const float bottom = ImGui::GetItemRectMax().y;
        const ImVec2 c(top.x + gutter * 0.4f, top.y + ImGui::GetTextLineHeight() * 0.55f);
        if (i + 1 < events.size())
            dl->AddLine(ImVec2(c.x, c.y + dot), ImVec2(c.x, bottom + ImGui::GetStyle().ItemSpacing.y * 2),
                        color::kBorder, px(2));
        const ImU32 fill = e.internal ? color::kWarning : color::kPrimary;
        dl->AddCircleFilled(c, dot, i + 1 == events.size() ? fill : color::kCard);
        dl->AddCircle(c, dot, fill, 0, px(2));
        ImGui::Dummy(ImVec2(0, px(4)));
        ImGui::PopID();
    }
}

}  // namespace pakn::client::ui
