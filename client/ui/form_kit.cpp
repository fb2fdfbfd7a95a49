// The form kit (see form_kit.h).
#include "ui/form_kit.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app/strings_accounts.h"
#include "app/strings_common.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"

namespace pakn::client::ui {
namespace txt = tr::accounts;

namespace {

bool contains(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_drawn(std::span<const std::string_view> drawn, std::string_view field) {
    return std::find(drawn.begin(), drawn.end(), field) != drawn.end();
}

void forget_server_error(FormStatus& status, std::string_view field) {
    std::erase_if(status.server, [&](const FieldError& e) { return e.field == field; });
}

bool left_with_enter() {
    return ImGui::IsItemDeactivated() &&
           (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
}

// "3 + 1 = ?" as the seed shows it next to the box: "3 + 1 =".
std::string question_text(std::string_view q) {
    while (!q.empty() && (q.back() == '?' || q.back() == ' '))
        q.remove_suffix(1);
    return std::string(q);
}
}  // namespace

// [SECTION] forms
const FieldError* shown_error(const FormStatus& status, const FieldErrors& local, std::string_view field) {
    if (const FieldError* e = find_error(status.server, field)) return e;
    const bool touched = contains(status.touched, field);
    if (!touched && (!status.attempted || contains(status.quiet, field))) return nullptr;
    return find_error(local, field);
}

bool form_field(FormStatus& status, const FieldErrors& local, const char* field, const char* label, std::string& value,
                const TextFieldOptions& options) {
    // The group makes the whole field (label, box, error) one item, so
    // "left the field" is known whatever text_field draws after the box.
    ImGui::BeginGroup();
    const bool changed = text_field(label, value, options, shown_error(status, local, field));
    ImGui::EndGroup();
    if (changed) forget_server_error(status, field);
    const bool left = ImGui::IsItemDeactivated();
    if (left && !contains(status.touched, field)) status.touched.emplace_back(field);
    return left && left_with_enter();
}

void commune_field(FormStatus& status, const FieldErrors& local, const char* field, std::string& code) {
    if (select(tr::kCommune, code, commune_choices(), txt::kCommunePlaceholder, false,
               shown_error(status, local, field), true)) {
        forget_server_error(status, field);
        if (!contains(status.touched, field)) status.touched.emplace_back(field);
    }
}

bool ready_to_send(FormStatus& status, const FieldErrors& local, std::span<const std::string_view> drawn) {
    status.attempted = true;
    status.quiet.clear();
    status.notice.clear();
    status.banner.reset();
    if (local.empty()) return true;
    for (const auto& e : local) {
        if (is_drawn(drawn, e.field)) continue;
        status.banner = api_error(422, "validation_failed");
        status.banner->message = e.message;
        break;
    }
    return false;
}

void begin_send(FormStatus& status) {
    status.sending = true;
    status.banner.reset();
    status.notice.clear();
    status.server.clear();
}

void take_failure(FormStatus& status, const net::Reply& reply, std::span<const std::string_view> drawn) {
    status.sending = false;
    ApiError e = reply.ok() ? malformed_reply() : reply.error;
    status.server.clear();
    const FieldError* undrawn = nullptr;
    for (const auto& f : e.fields) {
        if (is_drawn(drawn, f.field))
            status.server.push_back(f);
        else if (!undrawn)
            undrawn = &f;
    }
    if (undrawn) {
        ApiError banner = e;
        banner.message = undrawn->message;
        status.banner = std::move(banner);
    } else if (status.server.empty()) {
        status.banner = std::move(e);
    }
}

void draw_messages(const FormStatus& status) {
    if (status.banner) error_banner(*status.banner, false);
    if (!status.notice.empty()) success_banner(status.notice);
}

void require_confirmation(FieldErrors& local, const char* field, const std::string& value) {
    if (value.empty() && !find_error(local, field)) local.push_back(field_error(field, "required"));
}

ApiError malformed_reply() {
    return api_error(502, "internal_error");
}

// [SECTION] captcha
void refresh_captcha(CaptchaState& captcha, std::string& answer) {
    answer.clear();
    net::load(captcha.challenge, captcha.text ? "/api/v1/captcha?kind=text" : "/api/v1/captcha");
}

void refresh_captcha(CaptchaState& captcha, std::string& answer, FormStatus& status) {
    refresh_captcha(captcha, answer);
    std::erase(status.touched, "captcha_answer");
    if (!contains(status.quiet, "captcha_answer")) status.quiet.emplace_back("captcha_answer");
}

std::string captcha_id(const CaptchaState& captcha) {
    return captcha.challenge.ok() ? captcha.challenge.data.id : std::string();
}

namespace {

// The picture's texture for the loaded challenge: asked for once per
// challenge (the browser decodes the PNG), the previous one freed.
const platform::Texture& picture_texture(CaptchaState& captcha) {
    const Captcha& c = captcha.challenge.data;
    CaptchaPicture& p = *captcha.picture;
    if (p.for_id != c.id) {
        if (p.texture.id) platform::free_texture(p.texture.id);
        p.texture = {};
        p.for_id = c.id;
        std::weak_ptr<CaptchaPicture> slot = captcha.picture;
        platform::load_image_url(c.image, 512, [slot, id = c.id](platform::Texture t) {
            auto alive = slot.lock();
            if (!alive || alive->for_id != id) {  // superseded while loading
                if (t.id) platform::free_texture(t.id);
                return;
            }
            alive->texture = t;
        });
    }
    return p.texture;
}

}  // namespace

std::string captcha_challenge(CaptchaState& captcha, std::string& answer, FormStatus* status) {
    auto renew = [&] {
        if (status)
            refresh_captcha(captcha, answer, *status);
        else
            refresh_captcha(captcha, answer);
    };
    const Captcha c = captcha.challenge.data;  // a copy: a renewal below may replace it
    if (c.kind == "image" && !c.image.empty()) {
        const platform::Texture& t = picture_texture(captcha);
        const ImVec2 size(px(static_cast<float>(c.width.value_or(200))),
                          px(static_cast<float>(c.height.value_or(70))));
        if (t.id) {
            ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(t.id)), size);
        } else {
            // Loading, or the picture could not be decoded: keep its place
            // (drawn, not laid out, so the links stay beside the box).
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::Dummy(size);
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), color::kBorder);
            if (t.failed)
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + px(8), at.y + px(8)),
                            ImGui::GetColorU32(ImGuiCol_Text), tr::kCaptchaPictureFailed, nullptr,
                            size.x - px(16));
        }
        ImGui::SameLine(0, px(12));
        ImGui::BeginGroup();
        if (link(tr::kCaptchaNewPicture)) renew();
        if (link(tr::kCaptchaRead)) {
            captcha.text = true;
            renew();
        }
        ImGui::EndGroup();
    } else {
        ImGui::PushFont(fonts().bold);
        ImGui::TextWrapped("%s", c.question.c_str());
        test_registry_note_text(c.question);
        ImGui::PopFont();
        if (link(tr::kCaptchaNew)) renew();
        ImGui::SameLine(0, px(16));
        if (link(tr::kCaptchaShowPicture)) {
            captcha.text = false;
            renew();
        }
    }
    return question_text(c.question);
}

bool captcha_field(CaptchaState& captcha, FormStatus& status, const FieldErrors& local, std::string& answer) {
    if (captcha.challenge.phase == net::Phase::idle) refresh_captcha(captcha, answer, status);
    const FieldError* error = shown_error(status, local, "captcha_answer");
    ImGui::PushID("##captcha");
    ImGui::PushFont(fonts().bold);
    ui::text(txt::kCaptchaLabel);
    ImGui::PopFont();
    ImGui::SameLine(0, px(4));
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::kDanger), "(*)");
    bool submit = false;
    if (captcha.challenge.loading()) {
        spinner(txt::kCaptchaLoading);
    } else if (captcha.challenge.failed()) {
        error_banner(captcha.challenge.error, false);
        if (link(txt::kCaptchaRetry)) refresh_captcha(captcha, answer, status);
    } else if (captcha.challenge.ok()) {
        const std::string id = captcha.challenge.data.id;
        const std::string label = captcha_challenge(captcha, answer, &status);
        if (error) {
            ImGui::PushStyleColor(ImGuiCol_Border, color::kDanger);
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, px(1.5f));
        }
        // A new challenge is a new box: no text typed for the old one survives.
        ImGui::PushID(id.c_str());
        ImGui::SetNextItemWidth(std::max(px(120), std::min(px(240), ImGui::GetContentRegionAvail().x)));
        if (text_field_inline("##answer", answer, tr::kCaptchaHint)) forget_server_error(status, "captcha_answer");
        // Tests (and a screen reader) find the box by the challenge it answers.
        test_registry_note_field(ImGui::GetItemID(), label, answer);
        if (error) {
            test_registry_note_error(ImGui::GetItemID(), error->message);
            error_into_sight(ImGui::GetItemID(), true);
        }
        const bool left = ImGui::IsItemDeactivated();
        if (left && !contains(status.touched, "captcha_answer")) status.touched.emplace_back("captcha_answer");
        submit = left && left_with_enter();
        ImGui::PopID();
        if (error) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
    }
    if (error) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, color::kDanger);
        ui::paragraph(error->message);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PopID();
    return submit;
}

// [SECTION] layout
void form_column(const char* id, float max_css, const std::function<void()>& content) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, px(max_css));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::floor((avail - width) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    if (ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                          ImGuiWindowFlags_NoScrollbar | kLayoutChildFlags)) {
        ImGui::PushTextWrapPos(0.0f);
        content();
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

int button_row(std::initializer_list<RowButton> buttons) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const auto n = static_cast<float>(buttons.size());
    const float width = std::floor((ImGui::GetContentRegionAvail().x - spacing * (n - 1)) / n);
    int clicked = -1, i = 0;
    for (const RowButton& b : buttons) {
        if (i > 0) ImGui::SameLine(0, spacing);
        ImGui::BeginDisabled(!b.enabled);
        const bool hit = b.primary ? primary_button(b.label, width) : secondary_button(b.label, width);
        ImGui::EndDisabled();
        if (hit) clicked = i;
        ++i;
    }
    return clicked;
}

bool wide_button(const char* label, bool primary, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    const float w = ImGui::GetContentRegionAvail().x;
    const bool hit = primary ? primary_button(label, w) : secondary_button(label, w);
    ImGui::EndDisabled();
    return hit;
}

bool danger_button(const char* label, float width) {
    ImGui::PushStyleColor(ImGuiCol_Button, color::kDanger);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(210, 50, 64, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(150, 20, 34, 255));
    const bool hit = primary_button(label, width < 0 ? ImGui::GetContentRegionAvail().x : width);
    ImGui::PopStyleColor(3);
    return hit;
}

bool tabs(std::initializer_list<const char*> labels, int& selected) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float n = static_cast<float>(labels.size());
    const float width = std::floor(ImGui::GetContentRegionAvail().x / n);
    const ImVec2 pad(px(8), px(10));
    ImFont* font = fonts().bold;
    // One height for all tabs: the tallest wrapped label.
    float text_h = 0;
    for (const char* label : labels)
        text_h = std::max(text_h, font->CalcTextSizeA(font->FontSize, FLT_MAX, width - pad.x * 2, label).y);
    const float height = text_h + pad.y * 2;
    bool changed = false;
    int i = 0;
    for (const char* label : labels) {
        if (i > 0) ImGui::SameLine(0, 0);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton(label, ImVec2(width, height)) && selected != i) {
            selected = i;
            changed = true;
        }
        test_registry_note_kind(ImGui::GetItemID(), "tab");
        test_registry_note_selected(ImGui::GetItemID(), selected == i);
        const bool active = selected == i;
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (hovered && !active)
            dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), IM_COL32(232, 240, 252, 255));
        const ImU32 col = active ? color::kPrimary : color::kMuted;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, width - pad.x * 2, label);
        const float x = size.x < width - pad.x * 2 ? pos.x + (width - size.x) * 0.5f : pos.x + pad.x;
        dl->AddText(font, font->FontSize, ImVec2(x, pos.y + (height - size.y) * 0.5f), col, label, nullptr,
                    width - pad.x * 2);
        const float line = active ? px(3) : px(1);
        dl->AddRectFilled(ImVec2(pos.x, pos.y + height - line), ImVec2(pos.x + width, pos.y + height),
                          active ? color::kPrimary : color::kBorder);
        ++i;
    }
    return changed;
}

bool entry_row(const char* label) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = px(48);
    const bool clicked = ImGui::InvisibleButton(label, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), IM_COL32(240, 245, 252, 255), px(6));
    }
    const char* end = label;
    while (*end && !(end[0] == '#' && end[1] == '#'))
        ++end;
    const float line_h = ImGui::GetTextLineHeight();
    const float y = pos.y + (height - line_h) * 0.5f;
    dl->AddText(ImVec2(pos.x + px(6), y), color::kText, label, end);
    const char* chevron = "›";
    const float cw = ImGui::CalcTextSize(chevron).x;
    dl->AddText(ImVec2(pos.x + width - cw - px(10), y), color::kMuted, chevron);
    dl->AddLine(ImVec2(pos.x, pos.y + height), ImVec2(pos.x + width, pos.y + height), color::kBorder);
    return clicked;
}

void note(std::string_view text) {
    ImGui::PushFont(fonts().small);
    muted(text);
    ImGui::PopFont();
}

}  // namespace pakn::client::ui
