#include "views/accounts_common.h"

#include <imgui.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <memory>

#include "app/screens.h"
#include "platform/platform.h"
#include "ui/widgets.h"

namespace pakn::client::views::acc {

namespace {

constexpr const char* kOtpStorageKey = "pakn.accounts.otp";
// A remembered flow older than this is stale: its codes expired long ago.
constexpr double kOtpFlowMaxAgeMs = 30.0 * 60.0 * 1000.0;

// Typed reads that never throw: localStorage may hold anything (an older
// version's format, a hand edit), and the client runs without exceptions.
std::string string_at(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double number_at(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

const char* purpose_name(OtpPurpose p) {
    switch (p) {
        case OtpPurpose::registration:
            return "registration";
        case OtpPurpose::reset:
            return "reset";
        case OtpPurpose::none:
            break;
    }
    return "";
}

}  // namespace

// ---------------------------------------------------------------- navigation
std::string home_path(const Account& account) {
    if (parse_account_kind(account.kind) != AccountKind::officer) return path_to(Screen::account);
    // Administration is an admin's work; other officers work in the console.
    return path_to(parse_role(account.role) == Role::admin ? Screen::admin : Screen::officer_inbox);
}

bool is_safe_return_path(std::string_view path) {
    if (path.empty() || path[0] != '/') return false;
    if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;  // another origin
    for (unsigned char c : path)
        if (c < 0x20 || c == 0x7F) return false;
    return resolve_route(path).screen != Screen::login;
}

double wall_ms() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

int seconds_left(double until_ms) {
    const double left = until_ms - wall_ms();
    return left <= 0 ? 0 : static_cast<int>(std::ceil(left / 1000.0));
}

void countdown_text(App& app, std::string_view before, double until_ms, std::string_view after) {
    const double left = until_ms - wall_ms();
    if (left <= 0) return;
    const int seconds = static_cast<int>(std::ceil(left / 1000.0));
    ui::text_colored(ImGui::GetColorU32(ImGuiCol_TextDisabled),
                     std::string(before) + std::to_string(seconds) + std::string(after));
    // The number changes when `left` crosses the next whole second.
    const double to_next = left - (seconds - 1) * 1000.0;
    app.wake_in(to_next + 1);
}

// ---------------------------------------------------------------- OTP flow
void save_otp_flow(const OtpState& otp) {
    const nlohmann::json j = {
        {"purpose", purpose_name(otp.purpose)}, {"id", otp.flow_id},         {"sent_to", otp.sent_to},
        {"resend_at", otp.resend_at_ms},        {"return", otp.return_path}, {"saved_at", wall_ms()}};
    platform::storage_set(kOtpStorageKey, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void start_otp_flow(App& app, OtpPurpose purpose, std::string flow_id, std::string sent_to,
                    std::optional<std::int64_t> resend_after_seconds, std::string return_path) {
    OtpState& otp = account_states(app).otp;
    otp = OtpState{};
    otp.purpose = purpose;
    otp.flow_id = std::move(flow_id);
    otp.sent_to = std::move(sent_to);
    otp.resend_at_ms = wall_ms() + static_cast<double>(resend_after_seconds.value_or(60)) * 1000.0;
    otp.return_path = std::move(return_path);
    otp.restored = true;  // this page's flow wins over a remembered one
    save_otp_flow(otp);
}

void restore_otp_flow(OtpState& otp) {
    if (otp.restored) return;
    otp.restored = true;
    if (otp.purpose != OtpPurpose::none) return;
    const auto j = nlohmann::json::parse(platform::storage_get(kOtpStorageKey), nullptr, false);
    if (!j.is_object()) return;
    const std::string purpose = string_at(j, "purpose");
    const double saved_at = number_at(j, "saved_at");
    if (wall_ms() - saved_at > kOtpFlowMaxAgeMs) {
        platform::storage_remove(kOtpStorageKey);
        return;
    }
    otp.purpose = purpose == "registration" ? OtpPurpose::registration
                  : purpose == "reset"      ? OtpPurpose::reset
                                            : OtpPurpose::none;
    otp.flow_id = string_at(j, "id");
    otp.sent_to = string_at(j, "sent_to");
    otp.resend_at_ms = number_at(j, "resend_at");
    otp.return_path = string_at(j, "return");
    if (!is_safe_return_path(otp.return_path)) otp.return_path.clear();
    if (otp.flow_id.empty()) otp.purpose = OtpPurpose::none;
}

void end_otp_flow(App& app) {
    OtpState& otp = account_states(app).otp;
    otp = OtpState{};
    otp.restored = true;
    platform::storage_remove(kOtpStorageKey);
}

}  // namespace pakn::client::views::acc
