// The client's state root and router. Domain data from the server, the
// current route and each view's transient UI state live here, in plain
// structs the views draw from; nothing lives in function-local statics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/reference_data.h"
#include "net/api.h"
#include "pakn/account.h"
#include "pakn/dto_live.h"
#include "pakn/dto.h"

namespace pakn::client {

namespace views {
struct ViewStates;
}

// Owns every screen's transient UI state without showing its type: only an
// area's own files include its state header (views/state_<area>.h) and reach
// their part through it (e.g. views::officer_states(app)), so a change to
// one area's state rebuilds that area, not the app. Defined in
// views/view_states.cpp.
class ViewStateHolder {
public:
    ViewStateHolder();
    ~ViewStateHolder();
    ViewStateHolder(const ViewStateHolder&) = delete;
    ViewStateHolder& operator=(const ViewStateHolder&) = delete;
    views::ViewStates& get() { return *states_; }
    // Forgets every screen's state, as a fresh page would have it.
    void reset();

private:
    std::unique_ptr<views::ViewStates> states_;
};

// Every screen has a path (history API); see screens.cpp for the table.
enum class Screen {
    // public portal
    home, about, guide, stats, map, published, published_report, announcements, announcement, directory, lookup,
    // accounts
    login, register_account, verify_otp, forgot_password, reset_password, change_password, account, account_edit,
    // citizens
    submit, my_reports, report, notifications, alerts,
    // officers
    officer_inbox, officer_report, officer_intake, officer_dashboard, officer_history, officer_templates, officer_map,
    admin,
    not_found
};

// Who may open a screen; the router shows the sign-in screen instead when
// the visitor lacks it, and comes back afterwards.
enum class ScreenAccess { anyone, signed_in, reporter, officer, admin };

// The signed-in account as the client knows it.
struct Session {
    bool checked = false;  // GET /auth/session answered (signed in or not)
    bool signed_in = false;
    Account account;
    std::string csrf_token;
    std::int64_t unread_notifications = 0;
    // Whether the report form must ask for a captcha (the server's
    // LoginResponse::report_captcha; false once this sign-in has sent one).
    bool report_captcha = true;

    // The account's kind as the shared rules name it (nullopt when signed out).
    std::optional<AccountKind> kind() const;
    // The workflow role it acts in (nullopt when signed out, or an officer without a valid role).
    std::optional<Role> role() const;
    bool officer() const { return kind() == AccountKind::officer; }
    bool reporter() const;
    // Quản trị hệ thống: an officer account with the admin role.
    bool admin() const { return officer() && role() == Role::admin; }
    // True when this session may open a screen with `access`.
    bool may_open(ScreenAccess access) const;
};

struct Route {
    Screen screen = Screen::home;
    std::string path;  // as in the address bar, with query
    std::vector<std::pair<std::string, std::string>> params;
};

// The connection indicator's state, fed by /api/v1/health.
struct Connection {
    enum class Status { unknown, online, offline } status = Status::unknown;
    std::string server_version;
    double last_check_ms = -1e9;
    bool checking = false;
};

// A short message shown at the top right for a few seconds (live events).
struct Toast {
    std::string text;
    std::string link;  // path opened when clicked, may be empty
    double until_ms = 0;
};

// Which screen was drawn on which frame: what App::screen_entered() answers from.
struct ScreenVisit {
    Screen screen = Screen::not_found;
    int frame = -10;
    bool entered = false;
    bool navigated_away = false;  // navigate() left the screen since it was last drawn
};

struct App {
    Route route;
    Connection connection;
    Session session;
    ReferenceData reference;
    std::string flash;  // one-time success message shown on the next screen (e.g. after registering)
    bool nav_menu_open = false;
    // The height the help assistant's button or panel takes at the bottom
    // right (last frame's; 0 when not shown): notices stack above it and the
    // page ends below it, so it never hides either.
    float floating_reserve = 0;
    // Live updates (SSE): bumped on every event so lists can reload; the
    // last event for views that react to a specific report.
    int live_generation = 0;
    LiveEvent last_live;
    bool live_open = false;  // the event stream is open (not before an issued password is replaced)
    double wake_at_ms = 0;  // a view's timer (a pending report's next try): a frame is drawn then, even idle
    double live_retry_at_ms = 0;  // a stream the browser gave up is reopened from then on
    // The user is ending the session (signing out, deleting the account):
    // no live stream until the server answers (see ending_session()).
    bool session_ending = false;
    // Why the sign-in page is shown (the session ended on the server); the
    // sign-in page takes it over and shows it.
    std::string sign_in_notice;
    std::vector<Toast> toasts;
    bool scroll_to_top = false;  // set by navigate(), applied inside the content window
    // Where the content was scrolled, kept in the history entry so that a
    // reload, Back and Forward return there (lists above all).
    struct ScrollMemory {
        float restore = -1;           // offset to return to, applied while the page grows in; -1: none
        double restore_until_ms = 0;  // a page that never grows that tall stops being waited for
        float last = 0;               // the offset seen on the last frame
        double changed_ms = 0;        // when it last moved
        bool unsaved = false;         // moved since it was written to the entry
    } scroll;
    int frame_count = 0;
    ScreenVisit visit;
    ViewStateHolder view_states;

    // True while the screen being drawn was not drawn on the frame before, or
    // the app went to another screen and back since: it then loads its data
    // afresh and drops messages left from the last visit. The one test of
    // "a screen was (re)entered" every view uses.
    bool screen_entered() const { return visit.entered; }
    // Goes to `path` (pushState unless `replace`) and shows its screen.
    void navigate(std::string_view path, bool replace = false);
    // Re-reads the address bar (back/forward buttons).
    void on_location_changed();
    // After a reload, Back or Forward: return to the scroll kept in the
    // history entry, or to the top when it has none.
    void return_to_history_scroll();
    // Draws one frame of the whole UI.
    void frame();
    // Polls /api/v1/health when due; `now_ms` from the platform clock.
    void tick(double now_ms);
    // Asks for a frame `delay_ms` from now (a countdown's next number), the
    // earliest of the timers asked for winning: the app draws on demand.
    void wake_in(double delay_ms);

    // The value of a route parameter ("{id}") or query parameter, "" if none.
    std::string param(std::string_view name) const;
    std::string query(std::string_view name) const;

    // After a successful login: keep the account and CSRF token.
    void sign_in(const LoginResponse& response);
    // Forget the session locally (after logout).
    void sign_out_local();
    // Before a request that ends the session on purpose: the stream closes
    // first, because the server ends the session before its reply arrives and
    // a stream reconnecting in between would be refused (a 401 in the
    // console, and a needless "why" request). `ending_session_failed()` on a refusal
    // (a wrong password) lets the stream reopen.
    void ending_session();
    void ending_session_failed() { session_ending = false; }
    // Signed out or account deleted on this device: the session and every
    // screen's data go (on a shared or kiosk computer the next person must
    // find no ID number in the sign-in form, no report, no draft).
    void signed_out();
    // The server ended the session (any 401 while signed in: signed out
    // elsewhere, account disabled, password changed): forget it and every
    // screen's data at once (a reporter's phone must not stay on screen),
    // then ask to sign in again, saying why.
    void end_session();
    // The browser gave the live stream up: asks the server whether the
    // session still stands (a 401 ends it), else reopens the stream later.
    void on_live_ended();
    // Asks the server whether this browser has a session (at start).
    void restore_session();
    // The device's display preferences (text size, contrast, motion), before
    // the first frame; contrast and motion then follow the system's settings
    // as they change, unless the reader chose a contrast here.
    void restore_preferences();
    // Contrast ("Tương phản cao" if chosen here, else the system's
    // prefers-contrast / forced-colors) and prefers-reduced-motion, now.
    void apply_display_preferences();
    // What the browser prints when no screen prepared a document (Ctrl+P):
    // the current screen's title and text.
    void print_screen();
    // Goes to the sign-in screen, coming back to the current path after.
    void require_sign_in();
    // Handles one live event from the server (type "report"/"notification").
    void on_live(std::string_view type, std::string_view data);
    void toast(std::string text, std::string link = {});
};

// The one App of the page.
App& app();

// Resolves a path to a route (pure; used by tests too).
Route resolve_route(std::string_view path);
// Title shown in the browser tab for a screen.
const char* screen_title(Screen screen);

}  // namespace pakn::client
