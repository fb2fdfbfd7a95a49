// [SECTION] index: routing, header and navigation, connection indicator,
// frame. The views draw inside the page column; this file draws the frame
// around them.
#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "app/screens.h"
#include "app/strings_accounts.h"
#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "pakn/forms.h"
#include "pakn/url.h"
#include "platform/platform.h"
#include "ui/officer_widgets.h"
#include "ui/print_document.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/views.h"

namespace pakn::client {
namespace {

App g_app;

constexpr double kHealthEveryMs = 20000;       // while connected
constexpr double kHealthRetryMs = 5000;        // while disconnected
constexpr double kLiveRetryMs = 5000;          // a live stream the browser gave up, reopened after
constexpr const char* kTextSizeKey = "pakn.text-size";  // index into ui::kTextSizes
constexpr const char* kContrastKey = "pakn.contrast";    // "high" or "standard"; none: the system's
// The system asks for more contrast: the setting itself, or Windows' high
// contrast (forced colours), which also means the reader needs it.
constexpr const char* kMoreContrastQueries[] = {"(prefers-contrast: more)", "(forced-colors: active)"};
constexpr const char* kReducedMotionQuery = "(prefers-reduced-motion: reduce)";
constexpr double kScrollSettleMs = 250;        // a scroll is written to the history entry once still this long
constexpr double kScrollRestoreMs = 5000;      // how long a returning page may take to grow tall enough

std::vector<std::string> split(std::string_view path) {
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start < path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        out.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// ---------------------------------------------------------------- header
void draw_connection_indicator(const Connection& c, bool compact) {
    ImU32 dot = ui::color::kMuted;
    const char* label = tr::kConnecting;
    if (c.status == Connection::Status::online) {
        dot = IM_COL32(80, 200, 120, 255);
        label = tr::kOnline;
    } else if (c.status == Connection::Status::offline) {
        dot = IM_COL32(255, 120, 110, 255);
        label = tr::kOffline;
    }
    ImGui::PushFont(ui::fonts().small);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + ui::px(5), pos.y + h * 0.5f), ui::px(5), dot);
    ImGui::Dummy(ImVec2(ui::px(12), h));
    if (!compact) {
        ImGui::SameLine(0, ui::px(4));
        ui::text(label);
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", label);
    }
    ImGui::PopFont();
}

bool nav_item(const char* label, bool active) {
    ImGui::PushStyleColor(ImGuiCol_Button, active ? ui::color::kPrimary : IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, active ? ui::color::kPrimary : ui::color::kHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ui::color::kPrimaryDark);
    ImGui::PushStyleColor(ImGuiCol_Text, active ? IM_COL32_WHITE : ui::color::kText);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    ImGui::PushFont(ui::fonts().bold);
    const bool clicked = ImGui::Button(label);
    ImGui::PopFont();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return clicked;
}

// "Thông báo (2)": the unread count, kept current by live events.
std::string notifications_label(const App& a) {
    return std::string(tr::kTitleNotifications) + " (" + std::to_string(a.session.unread_notifications) + ")##bell";
}

void draw_header(App& a) {
    const bool compact = ui::is_compact();
    const float band_h = ui::px(compact ? 56 : 72);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + band_h), ui::color::kPrimary);
    // Emblem: a red disc with a gold star, the usual mark of a state portal.
    const float r = band_h * 0.32f;
    const ImVec2 c(origin.x + ui::px(16) + r, origin.y + band_h * 0.5f);
    dl->AddCircleFilled(c, r, ui::color::kAccent);
    ImGui::PushFont(ui::fonts().heading);
    const char* star = "★";
    const ImVec2 ss = ImGui::CalcTextSize(star);
    dl->AddText(ImVec2(c.x - ss.x * 0.5f, c.y - ss.y * 0.5f), IM_COL32(255, 215, 0, 255), star);
    ImGui::PopFont();

    const float text_x = c.x + r + ui::px(12);
    ImGui::SetCursorScreenPos(ImVec2(text_x, origin.y + (compact ? ui::px(8) : ui::px(10))));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    ImGui::PushFont(ui::fonts().bold);
    ui::text(compact ? tr::kShortName : tr::kProvinceCommittee);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(text_x, ImGui::GetCursorScreenPos().y - ui::px(6)));
    ImGui::PushFont(compact ? ui::fonts().small : ui::fonts().heading);
    ImGui::TextUnformatted(compact ? tr::kReportsAndPetitions : tr::kSystemName);
    ui::test_registry_note_text(compact ? tr::kReportsAndPetitions : tr::kSystemName);
    ImGui::PopFont();
    ImGui::PopStyleColor();

    // Right side: connection state (and the menu button on phones).
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    if (compact) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - ui::px(116), origin.y + (band_h - ui::px(34)) * 0.5f));
        draw_connection_indicator(a.connection, true);
        ImGui::SameLine(0, ui::px(8));
        ImGui::PushStyleColor(ImGuiCol_Button, ui::color::kPrimaryDark);
        ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(255, 255, 255, 120));
        if (ImGui::Button(tr::kNavMenu)) a.nav_menu_open = !a.nav_menu_open;
        ImGui::PopStyleColor(2);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - ui::px(190), origin.y + band_h * 0.5f - ui::px(9)));
        draw_connection_indicator(a.connection, false);
    }
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + band_h));

    // Navigation bar (desktop) or the opened menu (phone).
    if (!compact || a.nav_menu_open) {
        const ImVec2 bar = ImGui::GetCursorScreenPos();
        const float bar_h = compact ? 0 : ui::px(48);
        if (!compact) dl->AddRectFilled(bar, ImVec2(bar.x + width, bar.y + bar_h), ui::color::kCard);
        ImGui::SetCursorScreenPos(ImVec2(bar.x + ui::px(12), bar.y + ui::px(compact ? 8 : 7)));
        ImGui::BeginGroup();
        bool first = true;
        for (const auto& s : screens()) {
            if (!s.nav_label || !a.session.may_open(s.access)) continue;  // "Quản trị": admins only
            if (!compact && !first) ImGui::SameLine(0, ui::px(4));
            first = false;
            if (nav_item(s.nav_label, a.route.screen == s.screen)) {
                a.nav_menu_open = false;
                a.navigate(s.pattern);
            }
        }
        if (compact) {
            if (a.session.signed_in) {
                if (nav_item(a.session.officer() ? tr::kNavConsole : tr::kAccount,
                             a.route.screen == Screen::account || a.route.screen == Screen::officer_inbox)) {
                    a.nav_menu_open = false;
                    a.navigate(path_to(a.session.officer() ? Screen::officer_inbox : Screen::account));
                }
                if (nav_item(notifications_label(a).c_str(), a.route.screen == Screen::notifications)) {
                    a.nav_menu_open = false;
                    a.navigate(path_to(Screen::notifications));
                }
            } else if (nav_item(tr::kNavLogin, a.route.screen == Screen::login)) {
                a.nav_menu_open = false;
                a.navigate(path_to(Screen::login));
            }
            if (views::assistant_offered(a) && nav_item(tr::kAskAssistant, false)) {
                a.nav_menu_open = false;
                views::open_assistant(a);
            }
        }
        ImGui::EndGroup();
        if (!compact) {
            ImGui::SameLine();
            if (a.session.signed_in) {
                const std::string& name = display_name(a.session.account);
                const char* label = name.empty() ? tr::kAccount : name.c_str();
                const float w = ImGui::CalcTextSize(label).x + ui::px(40);
                const std::string bell = notifications_label(a);
                ImGui::PushFont(ui::fonts().bold);
                const float bw = ImGui::CalcTextSize(bell.c_str(), nullptr, true).x + ui::px(36);
                ImGui::PopFont();
                ImGui::SetCursorScreenPos(ImVec2(bar.x + width - w - bw - ui::px(24), bar.y + ui::px(7)));
                if (nav_item(bell.c_str(), a.route.screen == Screen::notifications))
                    a.navigate(path_to(Screen::notifications));
                ImGui::SetCursorScreenPos(ImVec2(bar.x + width - w - ui::px(16), bar.y + ui::px(7)));
                if (ui::secondary_button(label))
                    a.navigate(path_to(a.session.officer() ? Screen::officer_inbox : Screen::account));
            } else if (a.route.screen != Screen::login) {  // the sign-in page has its own button
                ImGui::SetCursorScreenPos(ImVec2(bar.x + width - ui::px(140), bar.y + ui::px(7)));
                if (ui::primary_button(tr::kNavLogin)) a.navigate(path_to(Screen::login));
            }
            ImGui::SetCursorScreenPos(ImVec2(bar.x, bar.y + bar_h));
            dl->AddLine(ImVec2(bar.x, bar.y + bar_h - 1), ImVec2(bar.x + width, bar.y + bar_h - 1), ui::color::kBorder);
        }
        ImGui::Dummy(ImVec2(0, ui::px(4)));
    }
}

// Draws a screen, or what to do when the visitor may not see it.
void draw_screen(App& a, const ScreenDef& def) {
    if (a.session.may_open(def.access)) {
        ScreenVisit& v = a.visit;
        v.entered = v.navigated_away || v.screen != def.screen || v.frame != a.frame_count - 1;
        v.screen = def.screen;
        v.frame = a.frame_count;
        v.navigated_away = false;
        def.draw(a);
        return;
    }
    if (!a.session.checked) {
        ui::page("##checking", [] { ui::spinner(tr::kLoading); });
        return;
    }
    if (!a.session.signed_in) {
        a.require_sign_in();
        return;
    }
    ui::page("##denied", [&] {
        ui::heading(def.title);
        const char* why = def.access == ScreenAccess::admin     ? tr::adm::kAdminOnly
                          : def.access == ScreenAccess::officer ? tr::kOfficerOnly
                                                                : tr::kReporterOnly;
        ui::paragraph(why);
        if (ui::primary_button(tr::kBackHome)) a.navigate(path_to(Screen::home));
        if (a.session.officer()) {
            ImGui::SameLine();
            if (ui::secondary_button(tr::adm::kToConsole)) a.navigate(path_to(Screen::officer_inbox));
        }
    });
}

// Inside the content window: returns to the history entry's scroll while
// the page grows in (its data arrives over a few frames), unless the person
// scrolls or taps first; then writes where the page is scrolled to the
// entry once it has been still for a moment (the history API is throttled,
// so not on every frame of a scroll).
void keep_scroll(App& a) {
    App::ScrollMemory& m = a.scroll;
    const double now = platform::now_ms();
    if (m.restore >= 0) {
        const ImGuiIO& io = ImGui::GetIO();
        if (io.MouseWheel != 0 || io.MouseWheelH != 0 || ImGui::IsMouseDown(ImGuiMouseButton_Left) ||
            now > m.restore_until_ms) {
            m.restore = -1;
        } else {
            const float max = ImGui::GetScrollMaxY();
            ImGui::SetScrollY(std::min(m.restore, max));
            if (max >= m.restore) m.restore = -1;
            ui::request_animation_frame();
            return;
        }
    }
    const float y = ImGui::GetScrollY();
    if (y != m.last) {
        m.last = y;
        m.changed_ms = now;
        m.unsaved = true;
    }
    if (!m.unsaved) return;
    if (now - m.changed_ms >= kScrollSettleMs) {
        platform::set_history_scroll(y);
        m.unsaved = false;
    } else {
        ui::request_animation_frame();  // to write it once still
    }
}

// Live notices stacked at the bottom right, where they cover neither the
// page's heading nor what it just said (at the top right one hid the end of
// the "sent" screen's first line, the words that ask to note the code);
// click to open, they fade after 8 s.
void draw_toasts(App& a) {
    const double now = platform::now_ms();
    std::erase_if(a.toasts, [now](const Toast& t) { return t.until_ms < now; });
    if (a.toasts.empty()) return;
    ui::request_animation_frame();  // to expire them on time
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->Size.x - ui::px(24), ui::px(380));
    ImGui::SetNextWindowPos(
        ImVec2(vp->Pos.x + vp->Size.x - width - ui::px(12), vp->Pos.y + vp->Size.y - ui::px(12) - a.floating_reserve), 0,
        ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowBgAlpha(0.0f);
    ImGui::Begin("##toasts", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    for (std::size_t i = 0; i < a.toasts.size(); ++i) {
        const Toast& t = a.toasts[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::color::kNoticeTint);
        ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kWarning);
        std::string open;
        ui::card("##toast", [&] {
            ui::paragraph(t.text);
            if (!t.link.empty() && ui::link(tr::kSeeNow)) open = t.link;
        });
        ui::test_registry_note_alert(t.text, "status");
        ImGui::PopStyleColor(2);
        ImGui::PopID();
        if (!open.empty()) {
            a.toasts.erase(a.toasts.begin() + static_cast<std::ptrdiff_t>(i));
            a.navigate(open);
            break;
        }
    }
    ImGui::End();
}

// Opens the live stream once the session may use it: the server refuses it
// while an issued password waits to be replaced, and an EventSource refused
// once never tries again, so it opens after the change, not at sign-in.
void keep_live_stream(App& a) {
    const bool wanted = a.session.signed_in && !a.session.account.must_change_password && !a.session_ending;
    if (wanted == a.live_open) return;
    if (wanted && platform::now_ms() < a.live_retry_at_ms) return;
    a.live_open = wanted;
    if (!wanted) {
        platform::close_events();
        return;
    }
    platform::open_events(
        "/api/v1/events", [&a](std::string_view type, std::string_view data) { a.on_live(type, data); },
        [&a] { a.on_live_ended(); });
    // The unread count to start from; live events keep it current.
    net::get("/api/v1/me/summary", [&a](const net::Reply& reply) {
        MeSummary s;
        if (reply.ok() && net::decode_reply(reply, s)) a.session.unread_notifications = s.unread_notifications;
    });
}

// "Cỡ chữ: A A+ A++": the reader's text size, kept on this device.
void text_size_choice() {
    ImGui::AlignTextToFramePadding();
    ui::muted(tr::kTextSize);
    for (std::size_t i = 0; i < std::size(ui::kTextSizes); ++i) {
        ImGui::SameLine();
        const bool current = ui::text_size() == ui::kTextSizes[i];
        const std::string label = std::string(tr::kTextSizeLabels[i]) + "##text-size";
        if (current ? ui::primary_button(label.c_str()) : ui::secondary_button(label.c_str())) {
            ui::set_text_size(ui::kTextSizes[i]);
            platform::storage_set(kTextSizeKey, std::to_string(i));
        }
    }
}

// "Tương phản cao": the reader's choice here overrides the system's.
void contrast_choice() {
    bool high = ui::high_contrast();
    if (ui::checkbox(tr::kHighContrast, high)) {
        ui::set_high_contrast(high);
        platform::storage_set(kContrastKey, high ? "high" : "standard");
    }
}

void draw_footer(App& a) {
    ImGui::Dummy(ImVec2(0, ui::px(24)));
    ImGui::Separator();
    ui::page("##footer", [&a] {
        ImGui::PushFont(ui::fonts().small);
        ui::muted(tr::kOperator);
        ui::muted(std::string(tr::kHotlinePrefix) + tr::kHotline + "   •   " + tr::kEmailPrefix + tr::kEmail);
        if (views::assistant_offered(a) && ui::link(tr::kAskAssistant)) views::open_assistant(a);
        ImGui::PopFont();
        ImGui::Spacing();
        text_size_choice();
        if (!ui::is_compact()) ImGui::SameLine(0, ui::px(24));
        contrast_choice();
    });
    ImGui::Dummy(ImVec2(0, ui::px(12) + a.floating_reserve));
}

}  // namespace

App& app() { return g_app; }

std::optional<AccountKind> Session::kind() const {
    if (!signed_in) return std::nullopt;
    return parse_account_kind(account.kind);
}

std::optional<Role> Session::role() const {
    const auto k = kind();
    if (!k) return std::nullopt;
    return workflow_role(*k, parse_role(account.role));
}

bool Session::reporter() const {
    const auto k = kind();
    return k && is_reporter(*k);
}

bool Session::may_open(ScreenAccess access) const {
    switch (access) {
        case ScreenAccess::anyone: return true;
        case ScreenAccess::signed_in: return signed_in;
        case ScreenAccess::reporter: return reporter();
        case ScreenAccess::officer: return officer();
        case ScreenAccess::admin: return admin();
    }
    return false;
}

Route resolve_route(std::string_view full) {
    Route route;
    route.path = std::string(full);
    std::string_view path = full.substr(0, full.find('?'));
    if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    const auto parts = split(path);
    for (const auto& s : screens()) {
        if (s.screen == Screen::not_found) continue;
        const auto pattern = split(s.pattern);
        if (pattern.size() != parts.size()) continue;
        bool ok = true;
        std::vector<std::pair<std::string, std::string>> params;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            const auto& p = pattern[i];
            if (p.size() > 2 && p.front() == '{' && p.back() == '}')
                params.emplace_back(p.substr(1, p.size() - 2), parts[i]);
            else
                ok = p == parts[i];
        }
        if (ok) {
            route.screen = s.screen;
            route.params = std::move(params);
            return route;
        }
    }
    route.screen = Screen::not_found;
    return route;
}

const char* screen_title(Screen screen) { return screen_def(screen).title; }

void App::navigate(std::string_view path, bool replace) {
    // The page being left keeps its scroll in its own history entry.
    if (scroll.unsaved && !replace) platform::set_history_scroll(scroll.last);
    scroll.unsaved = false;
    scroll.restore = -1;
    const Screen from = route.screen;
    route = resolve_route(path);
    if (route.screen != from) visit.navigated_away = true;
    platform::push_path(path, replace);
    platform::set_document_title(std::string(screen_title(route.screen)) + " – " + tr::kShortName);
    scroll_to_top = true;
}

void App::on_location_changed() {
    const Screen from = route.screen;
    route = resolve_route(platform::current_path());
    return_to_history_scroll();
    if (route.screen != from) visit.navigated_away = true;
    platform::set_document_title(std::string(screen_title(route.screen)) + " – " + tr::kShortName);
}

void App::restore_preferences() {
    const std::string saved = platform::storage_get(kTextSizeKey);
    const std::size_t i = saved.size() == 1 && saved[0] >= '0' && saved[0] <= '9' ? static_cast<std::size_t>(saved[0] - '0') : 0;
    ui::set_text_size(ui::kTextSizes[i < std::size(ui::kTextSizes) ? i : 0]);
    apply_display_preferences();
    std::vector<std::string> watched(std::begin(kMoreContrastQueries), std::end(kMoreContrastQueries));
    watched.emplace_back(kReducedMotionQuery);
    platform::watch_media(std::move(watched), [this] { apply_display_preferences(); });
    platform::on_print_request([this] { print_screen(); });
}

void App::apply_display_preferences() {
    const std::string chosen = platform::storage_get(kContrastKey);
    bool high = chosen == "high";
    if (chosen != "high" && chosen != "standard")
        for (const char* q : kMoreContrastQueries)
            high = high || platform::media_matches(q);
    ui::set_high_contrast(high);
    ui::set_reduced_motion(platform::media_matches(kReducedMotionQuery));
}

void App::print_screen() {
    platform::print(ui::screen_document(screen_title(route.screen), ui::test_registry_published_all(), platform::origin(),
                                        route.path, ui::now_seconds()),
                    false);
}

void App::return_to_history_scroll() {
    scroll.unsaved = false;  // what moved belonged to the entry just left
    scroll.restore = platform::history_scroll();
    scroll.restore_until_ms = platform::now_ms() + kScrollRestoreMs;
    if (scroll.restore < 0) scroll_to_top = true;
}

std::string App::param(std::string_view name) const {
    for (const auto& [k, v] : route.params)
        if (k == name) return v;
    return {};
}

std::string App::query(std::string_view name) const {
    const auto q = route.path.find('?');
    if (q == std::string::npos) return {};
    for (const auto& [k, v] : parse_query_string(std::string_view(route.path).substr(q + 1)))
        if (k == name) return v;
    return {};
}

void App::sign_in(const LoginResponse& response) {
    session.checked = true;
    session.signed_in = true;
    session.account = response.account;
    session.csrf_token = response.csrf_token;
    session.report_captcha = response.report_captcha;
    platform::set_csrf_token(response.csrf_token);
}

void App::on_live(std::string_view type, std::string_view data) {
    auto parsed = decode<LiveEvent>(data);
    if (!parsed) return;
    last_live = parsed.value;
    ++live_generation;
    session.unread_notifications = parsed.value.unread;
    const auto& e = parsed.value;
    if (type == "notification") {
        toast("✉ " + e.title, e.report_id ? path_to(Screen::report, e.report_id) : path_to(Screen::notifications));
    } else if (session.officer() && e.action == "submit") {
        toast("★ " + std::string(tr::kToastNewReport) + e.code + ": " + e.title,
              path_to(Screen::officer_report, e.report_id));
    } else if (session.officer() && e.action == "assign" && session.account.unit_id && e.unit_id &&
               *session.account.unit_id == *e.unit_id) {
        toast("→ " + std::string(tr::kToastAssigned) + e.code + ": " + e.title,
              path_to(Screen::officer_report, e.report_id));
    }
}

void App::toast(std::string text, std::string link) {
    toasts.push_back(Toast{std::move(text), std::move(link), platform::now_ms() + 8000});
    if (toasts.size() > 4) toasts.erase(toasts.begin());
}

void App::ending_session() {
    session_ending = true;
    if (live_open) platform::close_events();
    live_open = false;
}

void App::sign_out_local() {
    platform::close_events();
    live_open = false;
    session_ending = false;
    session.signed_in = false;
    session.account = Account{};
    session.csrf_token.clear();
    session.unread_notifications = 0;
    platform::set_csrf_token("");
}

void App::signed_out() {
    sign_out_local();
    // Every screen's state holds what the account could see (a report with
    // its reporter's phone and ID number, lists, drafts, the sign-in form's
    // ID number): gone at once, not at the next click.
    view_states.reset();
    toasts.clear();
}

void App::end_session() {
    // A failed sign-in is a 401 too: only a session that was open ends here.
    if (!session.signed_in) return;
    signed_out();
    nav_menu_open = false;
    sign_in_notice = tr::accounts::kSessionEnded;
    require_sign_in();
    ui::request_animation_frame();  // the browser draws on demand: show the change now
}

void App::on_live_ended() {
    live_open = false;
    live_retry_at_ms = platform::now_ms() + kLiveRetryMs;
    // The stream cannot say why it was refused; an ordinary request can:
    // 401 ends the session (net's handler), anything else retries later.
    net::get("/api/v1/me/summary", [this](const net::Reply& reply) {
        MeSummary s;
        if (reply.ok() && net::decode_reply(reply, s)) session.unread_notifications = s.unread_notifications;
    });
}

void App::restore_session() {
    net::get("/api/v1/auth/session", [this](const net::Reply& reply) {
        session.checked = true;
        LoginResponse r;
        if (reply.ok() && net::decode_reply(reply, r)) sign_in(r);
    });
}

void App::require_sign_in() {
    // path_to percent-encodes the return path's own query ('&', '=').
    navigate(path_to(Screen::login, {{"sau", route.path}}), true);
}

void App::wake_in(double delay_ms) {
    const double at = platform::now_ms() + std::max(0.0, delay_ms);
    if (wake_at_ms <= 0 || at < wake_at_ms) wake_at_ms = at;
}

void App::tick(double now_ms) {
    // The app draws on demand: a timer a view set wakes it for one frame.
    if (wake_at_ms > 0 && now_ms >= wake_at_ms) {
        wake_at_ms = 0;
        ui::request_animation_frame();
    }
    const double every = connection.status == Connection::Status::offline ? kHealthRetryMs : kHealthEveryMs;
    if (connection.checking || now_ms - connection.last_check_ms < every) return;
    connection.checking = true;
    connection.last_check_ms = now_ms;
    // Every 20 s on every open tab: it wakes the app only when the answer
    // changes the connection line (an idle tab draws nothing).
    net::get_in_background("/api/v1/health", [this](const net::Reply& reply) {
        connection.checking = false;
        const bool ok = reply.ok() && reply.body.is_object() && reply.body.value("status", "") == "ok";
        const auto status = ok ? Connection::Status::online : Connection::Status::offline;
        const std::string version = ok ? reply.body.value("version", "") : connection.server_version;
        if (status != connection.status || version != connection.server_version) platform::request_redraw();
        connection.status = status;
        connection.server_version = version;
    });
}

void App::frame() {
    ++frame_count;
    keep_live_stream(*this);
    views::keep_pending_report(*this);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    draw_header(*this);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(16), ui::px(16)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::color::kPage);
    if (ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding, ui::kLayoutChildFlags)) {
        if (frame_count == 1) return_to_history_scroll();  // a reload
        if (scroll_to_top) {
            ImGui::SetScrollY(0);
            scroll_to_top = false;
            scroll.restore = -1;
            scroll.last = 0;
        } else {
            keep_scroll(*this);
        }
        const ScreenDef& def = screen_def(route.screen);
        draw_screen(*this, def);
        draw_footer(*this);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::End();
    floating_reserve = views::draw_assistant(*this);
    draw_toasts(*this);
    ui::forget_vanished_focus();
}

}  // namespace pakn::client
