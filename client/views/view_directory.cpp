// Địa chỉ cần biết: the units that take part (the center, departments,
// commune People's Committees, infrastructure companies) with address,
// phone and e-mail, grouped by kind. The list is small and loaded once per
// visit; typing filters it here, ignoring diacritics like the server does
// (the same shared fold_for_search).
#include <imgui.h>
#include <imgui_internal.h>

#include "app/app.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "pakn/text.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

std::string folded_unit(const Unit& u) {
    return fold_for_search(u.name + " " + u.address + " " + u.phone + " " + u.email);
}

// One unit: its name and the contact details it has.
void unit_entry(const Unit& u) {
    ImGui::PushID(static_cast<int>(u.id));
    ui::subheading(u.name);
    ImGui::PushFont(ui::fonts().small);
    bool any = false;
    auto line = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        any = true;
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kMuted);
        ImGui::TextUnformatted(key);
        ui::test_registry_note_text(key);
        ImGui::PopStyleColor();
        ImGui::SameLine(0, 0);
        ImGui::TextWrapped("%s", value.c_str());
        ui::test_registry_note_text(value);
    };
    line(t::kDirAddress, u.address);
    line(tr::kPhonePrefix, u.phone);
    line(tr::kEmailPrefix, u.email);
    if (!any) ui::muted(t::kNoContact);
    ImGui::PopFont();
    ImGui::PopID();
}

// The units of a group, two per row on wide screens.
void unit_grid(const char* id, const std::vector<Unit>& units, const std::vector<std::size_t>& members) {
    const int columns = ui::is_compact() ? 1 : 2;
    if (!ImGui::BeginTable(id, columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerH)) return;
    for (std::size_t i : members) {
        ImGui::TableNextColumn();
        ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;  // each entry starts its own line
        unit_entry(units[i]);
        ImGui::Dummy(ImVec2(0, ui::px(4)));
    }
    ImGui::EndTable();
}

}  // namespace

void draw_directory(App& app) {
    DirectoryState& st = public_states(app).directory;
    auto& units_remote = app.reference.units;
    // A visit shows the contacts as they are now.
    if (app.screen_entered()) units_remote.invalidate();
    app.reference.need_units(false);
    if (units_remote.ok() && st.folded_generation != units_remote.generation) {
        st.folded.clear();
        for (const auto& u : units_remote.data)
            st.folded.push_back(folded_unit(u));
        st.folded_generation = units_remote.generation;
    }
    ui::page("##directory", [&] {
        ui::heading(tr::kTitleDirectory);
        ui::muted(t::kDirectoryIntro);
        ImGui::Spacing();
        ImGui::SetNextItemWidth(-1);
        ui::text_field_inline("##directory-search", st.search, t::kDirectorySearchHint);
        ImGui::Spacing();
        if (!pub::ready(units_remote, [&] { app.reference.need_units(true); })) return;
        const std::string needle = fold_for_search(trim(st.search));
        const auto& units = units_remote.data;
        std::size_t shown = 0;
        for (const auto& kind : unit_kinds()) {
            std::vector<std::size_t> members;
            for (std::size_t i = 0; i < units.size(); ++i) {
                if (units[i].kind != kind.value) continue;
                if (!needle.empty() && st.folded[i].find(needle) == std::string::npos) continue;
                members.push_back(i);
            }
            if (members.empty()) continue;
            shown += members.size();
            const std::string header =
                std::string(kind.label) + " (" + std::to_string(members.size()) + ")##" + std::string(kind.value);
            ImGui::PushFont(ui::fonts().bold);
            // Communes are many: their group starts folded; a search opens it.
            if (!needle.empty()) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
            const bool open =
                ImGui::CollapsingHeader(header.c_str(), kind.value == "commune" ? 0 : ImGuiTreeNodeFlags_DefaultOpen);
            ImGui::PopFont();
            if (!open) continue;
            const std::string group_id = "##group-" + std::string(kind.value);
            ui::card(group_id.c_str(), [&] { unit_grid("##units", units, members); });
            ImGui::Spacing();
        }
        if (shown == 0) ui::muted(t::kNoUnits);
    });
}

}  // namespace pakn::client::views
