#include "ui/test_hooks.h"

#include <imgui_internal.h>

#include <cstdarg>
#include <unordered_map>


namespace pakn::client::ui {
namespace {

struct Registry {
    std::vector<WidgetInfo> building;
    std::unordered_map<ImGuiID, std::size_t> index;
    std::vector<WidgetInfo> published;
};
Registry g_registry;

std::string visible_label(const char* label) {
    std::string_view s = label ? label : "";
    if (auto pos = s.find("##"); pos != std::string_view::npos) s = s.substr(0, pos);
    return std::string(s);
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
void publish_on_end_frame(ImGuiContext*, ImGuiContextHook*) { g_registry.published.swap(g_registry.building); }

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

const std::vector<WidgetInfo>& test_registry_published() { return g_registry.published; }

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
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto it = g_registry.index.find(id);
    if (it == g_registry.index.end()) return;
    g_registry.building[it->second].label = pakn::client::ui::visible_label(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto it = g_registry.index.find(id);
    return it == g_registry.index.end() ? nullptr : g_registry.building[it->second].label.c_str();
}
