#include "views/public_common.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "pakn/url.h"
#include "ui/theme.h"

namespace pakn::client::views::pub {

// [SECTION] dates ---------------------------------------------------------------

Date today() { return local_date(static_cast<UnixSeconds>(std::time(nullptr))); }

std::optional<Date> parse_display_date(std::string_view s) {
    int part[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int i = 0;
    for (char c : s) {
        if (c == ' ' && i == 0 && digits[0] == 0) continue;  // leading spaces
        if (c >= '0' && c <= '9') {
            if (++digits[i] > (i == 2 ? 4 : 2)) return std::nullopt;
            part[i] = part[i] * 10 + (c - '0');
        } else if ((c == '/' || c == '-' || c == '.') && i < 2 && digits[i] > 0) {
            ++i;
        } else if (c == ' ' && i == 2) {
            continue;  // trailing spaces
        } else {
            return std::nullopt;
        }
    }
    if (i != 2 || digits[2] != 4) return std::nullopt;
    const Date d{part[2], part[1], part[0]};
    if (!is_valid(d)) return std::nullopt;
    return d;
}

// [SECTION] rows ----------------------------------------------------------------

namespace {

// A title that wraps and opens `path` when clicked; registered under the title.
bool title_link(App& app, const std::string& title, const std::string& id, const std::string& path) {
    ImGui::PushFont(ui::fonts().bold);
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string label = title + "##" + id;
    const bool clicked = ImGui::InvisibleButton(label.c_str(), ImVec2(std::max(size.x, 1.0f), size.y));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos,
                                        hovered ? ui::color::kPrimaryDark : ui::color::kPrimary, title.c_str(),
                                        nullptr, wrap);
    ImGui::PopFont();
    if (clicked) app.navigate(path);
    return clicked;
}

void meta_line(const std::vector<std::string>& parts) {
    std::string line;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!line.empty()) line += "  •  ";
        line += p;
    }
    ImGui::PushFont(ui::fonts().small);
    ui::muted(line);
    ImGui::PopFont();
}

}  // namespace

void report_row(App& app, const PublicReport& r, bool with_excerpt) {
    ImGui::PushID(static_cast<int>(r.id));
    title_link(app, r.title, "report" + std::to_string(r.id), path_to(Screen::published_report, r.id));
    ui::status_chip(r.status);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    meta_line({r.code, r.commune_name, r.category_name, r.submitted_at ? ui::date_text(*r.submitted_at) : ""});
    if (with_excerpt && !r.content.empty()) ui::paragraph(r.content);
    if (r.result) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kSuccess);
        ImGui::PushFont(ui::fonts().small);
        ui::paragraph(std::string("✔ ") + tr::kResult + (r.unit_name.empty() ? "" : ": ") + r.unit_name);
        ImGui::PopFont();
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    ImGui::PopID();
}

std::string announcement_kind_label(std::string_view kind) {
    const std::string_view label = choice_label(announcement_kinds(), kind);
    return std::string(label.empty() ? kind : label);
}

void announcement_row(App& app, const Announcement& a, bool with_summary) {
    ImGui::PushID(static_cast<int>(a.id));
    ui::chip(announcement_kind_label(a.kind), IM_COL32(232, 240, 252, 255), ui::color::kPrimary);
    ImGui::SameLine();
    const UnixSeconds when = a.published_at.value_or(a.created_at);
    ImGui::PushFont(ui::fonts().small);
    ui::muted(ui::date_text(when));
    ImGui::PopFont();
    title_link(app, a.title, "news" + std::to_string(a.id), path_to(Screen::announcement, a.id));
    if (with_summary && !a.summary.empty()) ui::paragraph(a.summary);
    ImGui::Separator();
    ImGui::PopID();
}

// [SECTION] layout --------------------------------------------------------------

void tile_rows(const std::vector<Tile>& tiles, float min_css) {
    if (tiles.empty()) return;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int per_row = std::clamp(static_cast<int>((avail + spacing) / (ui::px(min_css) + spacing)), 1,
                                   static_cast<int>(tiles.size()));
    // Balanced rows: 5 tiles on a 4-wide line become 3 + 2, not 4 + 1.
    const int rows = (static_cast<int>(tiles.size()) + per_row - 1) / per_row;
    const int cols = (static_cast<int>(tiles.size()) + rows - 1) / rows;
    const float w = std::floor((avail - spacing * static_cast<float>(cols - 1)) / static_cast<float>(cols));
    const bool notes = std::any_of(tiles.begin(), tiles.end(), [](const Tile& t) { return !t.note.empty(); });
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        if (i % static_cast<std::size_t>(cols) != 0) ImGui::SameLine();
        ui::stat_tile(tiles[i].caption, tiles[i].figure, tiles[i].note, tiles[i].accent, w, notes);
    }
}

int button_row(const std::vector<const char*>& labels, int primary) {
    int clicked = -1;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const bool is_primary = static_cast<int>(i) == primary;
        ImGui::PushFont(is_primary ? ui::fonts().bold : ui::fonts().body);
        const float w = ImGui::CalcTextSize(labels[i], nullptr, true).x + ui::px(is_primary ? 36 : 32);
        ImGui::PopFont();
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        const bool pressed = is_primary ? ui::primary_button(labels[i]) : ui::secondary_button(labels[i]);
        if (pressed) clicked = static_cast<int>(i);
    }
    return clicked;
}

void two_columns(const char* id, const std::function<void()>& left, const std::function<void()>& right) {
    if (ui::is_compact()) {
        left();
        right();
        return;
    }
    if (ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        left();
        ImGui::TableNextColumn();
        // Not on the left cell's last text baseline (a framed field would
        // push the right cell's first line down).
        ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
        right();
        ImGui::EndTable();
    }
}

const char* map_intro(bool has_shapes, bool has_points) {
    if (has_shapes) return tr::pub::kMapIntro;
    return has_points ? tr::pub::kMapIntroPoints : nullptr;
}

}  // namespace pakn::client::views::pub
