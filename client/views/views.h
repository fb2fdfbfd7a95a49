// Every screen's draw function, for the screen table (app/screens.cpp). One
// screen per file: views/view_<thing>.cpp. Each area keeps its screens'
// transient UI state in its own header (state_<area>.h), included only by
// that area's files; this header includes none of them.
#pragma once

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// public portal
void draw_home(App& app);
void draw_about(App& app);
void draw_guide(App& app);
void draw_stats(App& app);
void draw_map(App& app);
void draw_published(App& app);
void draw_published_report(App& app);
void draw_announcements(App& app);
void draw_announcement(App& app);
void draw_directory(App& app);
void draw_lookup(App& app);
void draw_not_found(App& app);
// Trợ lý ảo: the help panel over every citizen-side page (not a screen:
// drawn after the page, every frame). Returns the height it takes at the
// bottom right of the window, margin included (0 when not shown).
float draw_assistant(App& app);
// Whether the panel is offered on this screen to this visitor (the citizen
// side), and opening it with the keyboard's focus in it (the footer's link:
// a floating window is not on the page's Tab path).
bool assistant_offered(const App& app);
void open_assistant(App& app);
// accounts
void draw_login(App& app);
void draw_register(App& app);
void draw_verify_otp(App& app);
void draw_forgot_password(App& app);
void draw_reset_password(App& app);
void draw_change_password(App& app);
void draw_account(App& app);
void draw_account_edit(App& app);
// citizens
void draw_submit(App& app);
void draw_my_reports(App& app);
void draw_report(App& app);
void draw_notifications(App& app);
// Every frame, on every screen: a new report sent without network (kept on
// the device) goes when the network returns, with the tracking code told.
void keep_pending_report(App& app);
// True while such a report waits to be sent (the home screen says so).
bool report_waiting_to_send(App& app);
void draw_alerts(App& app);
// officers
void draw_officer_inbox(App& app);
void draw_officer_report(App& app);
void draw_officer_intake(App& app);
void draw_officer_dashboard(App& app);
void draw_officer_history(App& app);
void draw_officer_templates(App& app);
void draw_officer_map(App& app);
void draw_admin(App& app);

}  // namespace pakn::client::views
