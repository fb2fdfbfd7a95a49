// Trợ lý ảo: a panel that opens from every page of the citizen side (the
// officer console has its own tools). The person types a question, with or
// without diacritics; the server answers from the knowledge base the admin
// manages (pakn/assistant.h): an answer with a link to its page, a few
// entries to choose from when it is not sure, an honest "I don't know" with
// the hotline, a report's status for a tracking code, or a report to start
// with what was said. The conversation stays on this device only while the
// page is open.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string_view>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_assistant.h"
#include "app/strings_common.h"
#include "pakn/assistant.h"
#include "ui/form_kit.h"
#include "ui/theme.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"
#include "views/state_public.h"
#include "views/views.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::assistant;

constexpr std::string_view kDrawn[] = {"text"};
// How many frames the newest turn is scrolled into view after it changes.
constexpr int kSettleFrames = 4;

// Sends a question (or the choice of an offered entry) and keeps its turn.
void ask(AssistantState& s, AssistantAsk question) {
    FieldErrors local = clean(question).errors;
    if (!ui::ready_to_send(s.status, local, kDrawn)) return;
    ui::begin_send(s.status);
    s.turns.push_back({question.entry_id ? std::string() : question.text, std::nullopt, std::nullopt});
    s.typed.clear();
    s.status.touched.clear();
    s.status.attempted = false;
    s.scroll_to_end = kSettleFrames;
    const std::size_t turn = s.turns.size() - 1;
    const int generation = s.generation;
    net::post("/api/v1/assistant/ask", net::body_of(question), [&s, turn, generation](const net::Reply& reply) {
        if (generation != s.generation || turn >= s.turns.size()) return;
        s.status.sending = false;
        s.scroll_to_end = kSettleFrames;
        AssistantReply r;
        if (reply.ok() && net::decode_reply(reply, r)) {
            s.turns[turn].reply = std::move(r);
        } else if (reply.ok()) {
            s.turns[turn].error = ui::malformed_reply();
        } else {
            s.turns[turn].error = reply.error;
        }
    });
}

void draw_reply(App& app, AssistantState& s, const AssistantReply& r) {
    switch (r.kind) {
        case AssistantReplyKind::answer:
            ui::paragraph(r.answer);
            if (!r.link.empty() && ui::link(txt::kOpenPage)) app.navigate(r.link);
            break;
        case AssistantReplyKind::suggestions:
            ui::paragraph(txt::kMaybe);
            for (const auto& option : r.suggestions) {
                ImGui::PushID(static_cast<int>(option.entry_id));
                if (ui::secondary_button(option.question.c_str())) ask(s, AssistantAsk{"", option.entry_id});
                ImGui::PopID();
            }
            break;
        case AssistantReplyKind::unknown:
            ui::paragraph(txt::kUnknown);
            ui::paragraph(txt::kHandOff);
            if (ui::link(txt::kSendReport)) app.navigate(path_to(Screen::submit));
            break;
        case AssistantReplyKind::track:
            if (r.report) {
                ui::paragraph(std::string(txt::kTrackFound) + r.report->code);
                ui::status_chip(r.report->status);
                ui::muted(std::string(txt::kUpdatedOn) + ui::datetime_text(r.report->updated_at));
                if (ui::link(txt::kTrackDetail)) app.navigate(path_to(Screen::lookup, {{"ma", r.tracking_code}}));
            } else {
                ui::paragraph(std::string(txt::kTrackMissing) + r.tracking_code + txt::kTrackMissingEnd);
            }
            break;
        case AssistantReplyKind::start_report:
            ui::paragraph(txt::kStartReport);
            ui::paragraph("“" + r.report_text + "”");
            if (ui::primary_button(txt::kStartReportButton))
                app.navigate(path_to(Screen::submit, {{"noi-dung", r.report_text}}));
            break;
    }
}

// What a screen reader hears when a reply arrives (the live region).
std::string announcement(const AssistantReply& r) {
    switch (r.kind) {
        case AssistantReplyKind::answer: return r.answer;
        case AssistantReplyKind::suggestions: {
            std::string out = txt::kMaybe;
            for (const auto& option : r.suggestions)
                out += " " + option.question;
            return out;
        }
        case AssistantReplyKind::unknown: return std::string(txt::kUnknown) + " " + txt::kHandOff;
        case AssistantReplyKind::track:
            if (r.report) return txt::kTrackFound + r.report->code + ": " + r.report->status_label;
            return txt::kTrackMissing + r.tracking_code + txt::kTrackMissingEnd;
        case AssistantReplyKind::start_report: return std::string(txt::kStartReport) + " " + r.report_text;
    }
    return {};
}

void draw_turns(App& app, AssistantState& s) {
    ui::paragraph(txt::kGreeting);
    for (std::size_t i = 0; i < s.turns.size(); ++i) {
        // A copy: choosing a suggestion adds a turn, which may move the vector.
        const AssistantTurn turn = s.turns[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Spacing();
        if (!turn.question.empty()) {
            ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::color::kNoticeTint);
            ui::card("##asked", [&] {
                ui::muted(txt::kYou);
                ui::paragraph(turn.question);
            });
            ImGui::PopStyleColor();
        }
        ui::card("##answer", [&] {
            if (turn.reply) {
                draw_reply(app, s, *turn.reply);
                ui::test_registry_note_alert(announcement(*turn.reply), "status");
            } else if (turn.error) {
                ui::error_banner(*turn.error, false);
            } else {
                ui::spinner(txt::kAsking);
            }
        });
        ImGui::PopID();
    }
}

// The button's window is newer than the page's, so Dear ImGui puts it ahead
// in the order it hands the keyboard back in: when a drop-down or date
// picker closed, the keyboard landed on this lone button and Tab could not
// leave it (a trap, tests/e2e/keyboard). While the page has the keyboard,
// the page stays ahead; a click on the button still takes it.
void keep_page_ahead_in_focus_order() {
    ImGuiContext& g = *GImGui;
    if (!g.NavWindow) return;
    ImGuiWindow* page = g.NavWindow->RootWindow;
    if (page && page->Name && std::string_view(page->Name) == "##root") ImGui::BringWindowToFocusFront(page);
}

}  // namespace

bool assistant_offered(const App& app) {
    const ScreenAccess access = screen_def(app.route.screen).access;
    return access != ScreenAccess::officer && access != ScreenAccess::admin && !app.session.officer();
}

void open_assistant(App& app) {
    AssistantState& s = public_states(app).assistant;
    s.open = true;
    s.take_focus = true;
}

float draw_assistant(App& app) {
    if (!assistant_offered(app)) return 0;
    AssistantState& s = public_states(app).assistant;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = ui::px(12);
    if (!s.open) {
        // Only in the empty margin beside the page's column: over the page it
        // hid what was under it (a form's "GỬI" at the bottom of a phone's
        // screen). Elsewhere the footer's link and the phone's menu open it.
        const float padding = ui::px(16);
        const float column = std::min(vp->Size.x - 2 * padding, ui::page_column_max_width());
        const float side = (vp->Size.x - column) * 0.5f;
        const float button = ImGui::CalcTextSize(txt::kOpen).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (side < button + 2 * margin) return 0;
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - margin, vp->Pos.y + vp->Size.y - margin), 0,
                                ImVec2(1, 1));
        ImGui::SetNextWindowBgAlpha(0.0f);
        ImGui::Begin("##assistant-open", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
        if (ui::primary_button(txt::kOpen)) open_assistant(app);
        const float reserve = ImGui::GetWindowHeight() + margin;
        ImGui::End();
        keep_page_ahead_in_focus_order();
        return reserve;
    }
    const bool compact = ui::is_compact();
    const float width = compact ? vp->Size.x : std::min(vp->Size.x - 2 * margin, ui::px(420));
    const float height = compact ? vp->Size.y : std::min(vp->Size.y - 2 * margin, ui::px(600));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - (compact ? 0 : margin),
                                   vp->Pos.y + vp->Size.y - (compact ? 0 : margin)),
                            0, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    if (s.take_focus) {
        ImGui::SetNextWindowFocus();
        s.take_focus = false;
    }
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ui::color::kPage);
    ImGui::Begin("##assistant", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    // Esc closes the panel from anywhere in it, as a dialog's would.
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        s.open = false;
    ui::subheading(txt::kTitle);
    ImGui::SameLine();
    if (ui::secondary_button(txt::kClose)) s.open = false;
    const float input_height = ui::px(150);
    if (ImGui::BeginChild("##assistant-turns", ImVec2(0, -input_height), ImGuiChildFlags_None,
                          ui::kLayoutChildFlags)) {
        draw_turns(app, s);
        if (s.scroll_to_end > 0) {
            ImGui::SetScrollHereY(1.0f);
            --s.scroll_to_end;
            ui::request_animation_frame();
        }
    }
    ImGui::EndChild();
    FieldErrors local = clean(AssistantAsk{s.typed, std::nullopt}).errors;
    const bool entered = ui::form_field(s.status, local, "text", txt::kQuestionLabel, s.typed,
                                        {.hint = txt::kQuestionHint, .max_chars = kMaxAssistantQuestionChars});
    ui::draw_messages(s.status);
    if ((ui::primary_button(txt::kAsk) || entered) && !s.status.sending) ask(s, AssistantAsk{s.typed, std::nullopt});
    ImGui::End();
    return compact ? 0 : height + margin;
}

}  // namespace pakn::client::views
