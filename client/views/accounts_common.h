// What the accounts screens share: where an account lands after signing in,
// safe return paths, countdowns, and the OTP flow kept across reloads. The
// form kit they are drawn with is every area's (ui/form_kit.h).
// [SECTION] index: navigation, OTP flow.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "app/app.h"
#include "ui/form_kit.h"
#include "views/state_accounts.h"

namespace pakn::client::views::acc {

// [SECTION] navigation
// Where an account lands after signing in: /quan-tri for admins, /can-bo for
// other officers, else /tai-khoan.
std::string home_path(const Account& account);
// A local path that is safe to go back to after signing in (no other origin,
// not the sign-in screen itself).
bool is_safe_return_path(std::string_view path);
// Wall-clock milliseconds (resend countdowns survive a reload).
double wall_ms();
// Whole seconds left until `until_ms` (wall clock), 0 when past.
int seconds_left(double until_ms);
// Draws a countdown's "… N giây" line muted, and asks for the one frame that
// shows the next number (not a frame every 16 ms: the app draws on demand).
void countdown_text(App& app, std::string_view before, double until_ms, std::string_view after);

// [SECTION] OTP flow
// Starts the OTP screen's flow for a registration or a password reset and
// remembers it in localStorage.
void start_otp_flow(App& app, OtpPurpose purpose, std::string flow_id, std::string sent_to,
                    std::optional<std::int64_t> resend_after_seconds, std::string return_path);
// Reloads a flow remembered before a reload (once per page).
void restore_otp_flow(OtpState& otp);
// Forgets the flow (done, or abandoned).
void end_otp_flow(App& app);
// Re-saves the flow after a resend moved its countdown.
void save_otp_flow(const OtpState& otp);

}  // namespace pakn::client::views::acc
