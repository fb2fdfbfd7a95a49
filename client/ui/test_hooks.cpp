#include "ui/test_hooks.h"

#include <imgui_internal.h>

#include <cstdarg>
#include <unordered_map>


namespace pakn::client::ui {
namespace {

struct Registry {
    std::vector<WidgetInfo> building;
    std::unordered_map<ImGuiID, std::size_t> index;
    std::unordered_map<ImGuiID, int> text_seen;  // this frame's text entries by hash, for repeated texts
    std::vector<WidgetInfo> published;        // everything, in reading order
    std::vector<WidgetInfo> published_items;  // less what is only read (text)
    // The mirror's pending focus request: kept a few frames, the item may
    // be drawn only once the frame the request woke is under way.
    ImGuiID focus_request = 0;
    int focus_request_frames = 0;
};
Registry g_registry;

std::string visible_label(const char* label) {
    std::string_view s = label ? label : "";
    if (auto pos = s.find("##"); pos != std::string_view::npos) s = s.substr(0, pos);
    return std::string(s);
}

// Marks an entry drawn in a cell of a data table. A table whose first row is
// no header row lays out a form or a grid of cards: a screen reader must
// not hear it as a table (WAI: layout tables are not tables).
void place_in_table(WidgetInfo& w, const ImGuiContext& g) {
    const ImGuiTable* t = g.CurrentTable;
    if (!t || !t->IsUsingHeaders || g.CurrentWindow != t->InnerWindow || t->CurrentColumn < 0) return;
    w.table = t->ID;
    w.row = t->CurrentRow;
    w.column = t->CurrentColumn;
    w.header = (t->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    // ImGui's own header cell (TableHeader) names itself to no hook: its
    // name is its column's. A header that cannot sort the table is read, not pressed.
    if (w.header && w.label.empty()) {
        w.label = visible_label(ImGui::TableGetColumnName(t, t->CurrentColumn));
        if (!(t->Flags & ImGuiTableFlags_Sortable)) w.kind = "text";
    }
}

void json_escape(std::string& out, std::string_view s) {
    out.push_back('"');
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out.push_back(static_cast<char>(c));
                }
        }
    }
    out.push_back('"');
}

// Publishes the frame as soon as ImGui ends it, so what JavaScript reads is
// what is on screen: the app draws on demand, and publishing only when the
// next frame starts left tests reading positions from before a layout
// change once the app went idle.
void publish_on_end_frame(ImGuiContext*, ImGuiContextHook*) {
    g_registry.published.swap(g_registry.building);
    g_registry.published_items.clear();
    for (const auto& w : g_registry.published)
        if (!is_text_kind(w.kind)) g_registry.published_items.push_back(w);
}

void install_publish_hook() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx) return;
    for (const ImGuiContextHook& h : ctx->Hooks)
        if (h.Callback == publish_on_end_frame) return;
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_EndFramePost;
    hook.Callback = publish_on_end_frame;
    ImGui::AddContextHook(ctx, &hook);
}

}  // namespace

void test_registry_new_frame() {
    install_publish_hook();
    g_registry.building.clear();
    g_registry.index.clear();
    g_registry.text_seen.clear();
    if (g_registry.focus_request && --g_registry.focus_request_frames < 0) g_registry.focus_request = 0;
}

bool is_text_kind(std::string_view kind) {
    return kind == "heading1" || kind == "heading2" || kind == "text" || kind == "dialog";
}

void test_registry_note_kind(ImGuiID id, std::string_view kind, bool required) {
    auto it = g_registry.index.find(id);
    if (it == g_registry.index.end()) return;
    auto& w = g_registry.building[it->second];
    w.kind = std::string(kind);
    w.required = required;
}

void test_registry_note_radio(ImGuiID id, std::string_view group, bool chosen) {
    auto it = g_registry.index.find(id);
    if (it == g_registry.index.end()) return;
    auto& w = g_registry.building[it->second];
    w.kind = "radio";
    w.group = std::string(group);
    w.checkable = true;
    w.checked = chosen;
}

void test_registry_note_selected(ImGuiID id, bool selected) {
    auto it = g_registry.index.find(id);
    if (it != g_registry.index.end()) g_registry.building[it->second].checked = selected;
}

void test_registry_note_text(std::string_view text, std::string_view kind, const ImRect* rect) {
    ImGuiContext& g = *GImGui;
    if (text.empty()) return;
    ImRect bb = rect ? *rect : g.LastItemData.Rect;
    if (g.CurrentWindow && !rect) bb.ClipWithFull(g.CurrentWindow->ClipRect);  // a title bar is outside its window's clip
    if (bb.GetWidth() <= 0 || bb.GetHeight() <= 0) return;  // scrolled away: nothing to read or select there
    // Same text twice on a screen ("Xem" on every row) keeps two entries.
    const ImGuiID base = ImHashStr(text.data(), text.size(), ImHashStr(kind.data(), kind.size()));
    const int n = g_registry.text_seen[base]++;
    WidgetInfo w;
    w.id = n == 0 ? base : ImHashData(&n, sizeof n, base);
    w.label = std::string(text);
    w.kind = std::string(kind);
    w.x = bb.Min.x;
    w.y = bb.Min.y;
    w.w = bb.GetWidth();
    w.h = bb.GetHeight();
    w.visible = true;
    w.font_size = ImGui::GetFontSize();
    place_in_table(w, g);
    g_registry.building.push_back(std::move(w));  // not indexed: no ImGui item carries its id
}

RegistryFocus test_registry_focus() {
    ImGuiContext& g = *GImGui;
    RegistryFocus f;
    if (g.IO.WantTextInput && g.ActiveId) {
        f.id = g.ActiveId;
        f.editing = true;
    } else if (g.NavWindow) {
        f.id = g.NavId;
    }
    f.from_keyboard = f.id != 0 && !g.NavDisableHighlight;
    return f;
}

void test_registry_request_focus(ImGuiID id, bool activate) {
    g_registry.focus_request = id;
    g_registry.focus_request_frames = 3;
    if (activate) ImGui::ActivateItemByID(id);  // ImGui presses it on its next frame, as Enter would
}

void test_registry_note_field(ImGuiID id, std::string_view label, std::string_view value) {
    auto it = g_registry.index.find(id);
    if (it == g_registry.index.end()) return;
    auto& w = g_registry.building[it->second];
    w.label = std::string(label.substr(0, label.find("##")));  // the visible part, as for other widgets
    w.value = std::string(value);
    w.has_value = true;
}

void test_registry_note_error(ImGuiID id, std::string_view message) {
    auto it = g_registry.index.find(id);
    if (it != g_registry.index.end()) g_registry.building[it->second].error = std::string(message);
}

void test_registry_note_alert(std::string_view message, std::string_view role) {
    ImGuiContext& g = *GImGui;
    ImRect bb = g.LastItemData.Rect;
    if (g.CurrentWindow) bb.ClipWithFull(g.CurrentWindow->ClipRect);
    WidgetInfo w;
    w.id = ImHashStr(message.data(), message.size(), ImHashStr(role.data(), role.size()));
    w.label = std::string(message);
    w.role = std::string(role);
    w.x = bb.Min.x;
    w.y = bb.Min.y;
    w.w = bb.GetWidth();
    w.h = bb.GetHeight();
    w.visible = w.w > 0 && w.h > 0;
    g_registry.building.push_back(std::move(w));  // not indexed: no ImGui item carries its id
}

std::optional<MirrorUpdate> test_registry_mirror_update() {
    static MirrorUpdate last;  // what the mirror holds now
    MirrorUpdate now{test_registry_json(), test_registry_focus()};
    if (now.json == last.json && now.focus.id == last.focus.id &&
        now.focus.from_keyboard == last.focus.from_keyboard && now.focus.editing == last.focus.editing)
        return std::nullopt;
    last = now;
    return now;
}

const std::vector<WidgetInfo>& test_registry_published() { return g_registry.published_items; }
const std::vector<WidgetInfo>& test_registry_published_all() { return g_registry.published; }

std::string test_registry_json() {
    std::string out = "[";
    bool first = true;
    for (const auto& w : g_registry.published) {
        if ((w.label.empty() && !w.has_value) || !w.visible) continue;
        if (!first) out.push_back(',');
        first = false;
        char buf[160];
        std::snprintf(buf, sizeof buf, "{\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"label\":", w.id, w.x,
                      w.y, w.w, w.h);
        out += buf;
        json_escape(out, w.label);
        if (w.has_value) {
            out += ",\"value\":";
            json_escape(out, w.value);
        }
        if (!w.error.empty()) {
            out += ",\"error\":";
            json_escape(out, w.error);
        }
        if (!w.role.empty()) {
            out += ",\"role\":";
            json_escape(out, w.role);
        }
        if (!w.kind.empty()) {
            out += ",\"kind\":";
            json_escape(out, w.kind);
        }
        // Checked (checkbox), expanded (disclosure) or selected (tab): one state, named for the kind.
        const char* state = w.checkable ? ",\"checked\":" : w.kind == "disclosure" ? ",\"expanded\":"
                            : w.kind == "tab"                               ? ",\"selected\":"
                                                                            : nullptr;
        if (state) out += std::string(state) + (w.checked ? "true" : "false");
        if (!w.group.empty()) {
            out += ",\"group\":";
            json_escape(out, w.group);
        }
        if (w.table) {
            std::snprintf(buf, sizeof buf, ",\"table\":%u,\"row\":%d,\"col\":%d%s", w.table, w.row, w.column,
                          w.header ? ",\"header\":true" : "");
            out += buf;
        }
        if (w.required) out += ",\"required\":true";
        if (w.disabled) out += ",\"disabled\":true";
        if (w.font_size > 0) {
            std::snprintf(buf, sizeof buf, ",\"fs\":%.1f", w.font_size);
            out += buf;
        }
        out.push_back('}');
    }
    out.push_back(']');
    return out;
}

}  // namespace pakn::client::ui

// ---- Dear ImGui test-engine hooks (declared in imgui_internal.h)
using pakn::client::ui::g_registry;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& item_bb, const ImGuiLastItemData*) {
    if (id == 0) return;
    // Dear ImGui begins an implicit "Debug" window every frame for stray
    // items; it is never shown, and a screen reader must not meet it.
    if (ctx->CurrentWindow && ctx->CurrentWindow->IsFallbackWindow && id == ctx->CurrentWindow->ID) return;
    // Keep only the part a user can see (scrolled lists clip their rows).
    ImRect bb = item_bb;
    if (ctx->CurrentWindow) bb.ClipWithFull(ctx->CurrentWindow->ClipRect);
    auto [it, inserted] = g_registry.index.emplace(id, g_registry.building.size());
    if (inserted) g_registry.building.emplace_back();
    auto& w = g_registry.building[it->second];
    w.id = id;
    w.x = bb.Min.x;
    w.y = bb.Min.y;
    w.w = bb.Max.x - bb.Min.x;
    w.h = bb.Max.y - bb.Min.y;
    w.visible = bb.GetWidth() > 0 && bb.GetHeight() > 0;
    w.disabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
    pakn::client::ui::place_in_table(w, *ctx);
    // The mirror asked for this item to take the keyboard focus: here its
    // window is the current one, as ImGui's focus wants.
    if (id == g_registry.focus_request && ctx->CurrentWindow) {
        g_registry.focus_request = 0;
        ImGui::SetFocusID(id, ctx->CurrentWindow);
        ctx->NavDisableHighlight = false;  // the ring shows where a keyboard user is
        ctx->NavDisableMouseHover = true;
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    auto it = g_registry.index.find(id);
    if (it == g_registry.index.end()) return;
    auto& w = g_registry.building[it->second];
    w.label = pakn::client::ui::visible_label(label);
    // What ImGui's status flags say the item is; a wrapper that knows better
    // (a link, a select, a password) notes its kind after this.
    if (flags & ImGuiItemStatusFlags_Checkable) {
        w.kind = "checkbox";
        w.checkable = true;
        w.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    } else if (flags & ImGuiItemStatusFlags_Inputable) {
        w.kind = "textbox";
    } else if (flags & ImGuiItemStatusFlags_Openable) {
        w.kind = "disclosure";
        w.checked = (flags & ImGuiItemStatusFlags_Opened) != 0;  // expanded
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto it = g_registry.index.find(id);
    return it == g_registry.index.end() ? nullptr : g_registry.building[it->second].label.c_str();
}
