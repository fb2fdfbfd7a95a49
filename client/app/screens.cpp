// THE registry of screens: path pattern -> view, read top to bottom.
// Paths are Vietnamese words without diacritics, as people type them.
#include "app/screens.h"

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "app/strings_follow.h"
#include "app/strings_officer.h"
#include "app/strings_public.h"
#include "pakn/url.h"
#include "views/views.h"

namespace pakn::client {

// clang-format off
const ScreenDef kScreens[] = {
    // screen                      path                          tab title                  nav label        draw                          access
    {Screen::home,                 "/",                          tr::kSystemName,           tr::kNavHome,    views::draw_home,             ScreenAccess::anyone},
    {Screen::about,                "/gioi-thieu",                tr::kNavAbout,             tr::kNavAbout,   views::draw_about,            ScreenAccess::anyone},
    {Screen::submit,               "/gui-phan-anh",              tr::kNavSubmit,            tr::kNavSubmit,  views::draw_submit,           ScreenAccess::anyone},
    {Screen::stats,                "/thong-ke",                  tr::kNavStats,             tr::kNavStats,   views::draw_stats,            ScreenAccess::anyone},
    {Screen::guide,                "/huong-dan",                 tr::kNavGuide,             tr::kNavGuide,   views::draw_guide,            ScreenAccess::anyone},
    {Screen::map,                  "/ban-do",                    tr::kTitleMap,             tr::pub::kNavMap, views::draw_map,             ScreenAccess::anyone},
    {Screen::published,            "/cong-khai",                 tr::kTitlePublished,       nullptr,         views::draw_published,        ScreenAccess::anyone},
    {Screen::published_report,     "/cong-khai/{id}",            tr::kTitlePublished,       nullptr,         views::draw_published_report, ScreenAccess::anyone},
    {Screen::announcements,        "/tin-tuc",                   tr::kTitleAnnouncements,   nullptr,         views::draw_announcements,    ScreenAccess::anyone},
    {Screen::announcement,         "/tin-tuc/{id}",              tr::kTitleAnnouncements,   nullptr,         views::draw_announcement,     ScreenAccess::anyone},
    {Screen::directory,            "/dia-chi-can-biet",          tr::kTitleDirectory,       tr::kTitleDirectory, views::draw_directory, ScreenAccess::anyone},
    {Screen::lookup,               "/tra-cuu",                   tr::kTitleLookup,          nullptr,         views::draw_lookup,           ScreenAccess::anyone},
    // accounts
    {Screen::login,                "/dang-nhap",                 tr::kNavLogin,             nullptr,         views::draw_login,            ScreenAccess::anyone},
    {Screen::register_account,     "/dang-ky",                   tr::kTitleRegister,        nullptr,         views::draw_register,         ScreenAccess::anyone},
    {Screen::verify_otp,           "/xac-thuc-otp",              tr::kTitleVerifyOtp,       nullptr,         views::draw_verify_otp,       ScreenAccess::anyone},
    {Screen::forgot_password,      "/quen-mat-khau",             tr::kTitleForgot,          nullptr,         views::draw_forgot_password,  ScreenAccess::anyone},
    {Screen::reset_password,       "/dat-lai-mat-khau",          tr::kTitleReset,           nullptr,         views::draw_reset_password,   ScreenAccess::anyone},
    {Screen::change_password,      "/doi-mat-khau",              tr::kTitleChangePassword,  nullptr,         views::draw_change_password,  ScreenAccess::signed_in},
    {Screen::account,              "/tai-khoan",                 tr::kTitleAccount,         nullptr,         views::draw_account,          ScreenAccess::signed_in},
    {Screen::account_edit,         "/tai-khoan/chinh-sua",       tr::kTitleAccountEdit,     nullptr,         views::draw_account_edit,     ScreenAccess::reporter},
    // citizens
    {Screen::my_reports,           "/phan-anh-cua-toi",          tr::kTitleMyReports,       nullptr,         views::draw_my_reports,       ScreenAccess::reporter},
    {Screen::report,               "/phan-anh/{id}",             tr::kTitleReport,          nullptr,         views::draw_report,           ScreenAccess::anyone},
    {Screen::notifications,        "/thong-bao",                 tr::kTitleNotifications,   nullptr,         views::draw_notifications,    ScreenAccess::signed_in},
    {Screen::alerts,               "/tai-khoan/nhan-tin",        tr::fol::kTitleAlerts,     nullptr,         views::draw_alerts,           ScreenAccess::reporter},
    // officers
    {Screen::officer_inbox,        "/can-bo",                    tr::kTitleInbox,           nullptr,         views::draw_officer_inbox,    ScreenAccess::officer},
    {Screen::officer_report,       "/can-bo/phan-anh/{id}",      tr::kTitleProcessing,      nullptr,         views::draw_officer_report,   ScreenAccess::officer},
    {Screen::officer_intake,       "/can-bo/tiep-nhan",          tr::kTitleIntake,          nullptr,         views::draw_officer_intake,   ScreenAccess::officer},
    {Screen::officer_dashboard,    "/can-bo/thong-ke",           tr::kTitleDashboard,       nullptr,         views::draw_officer_dashboard,ScreenAccess::officer},
    {Screen::officer_history,      "/can-bo/lich-su",            tr::kTitleHistory,         nullptr,         views::draw_officer_history,  ScreenAccess::officer},
    {Screen::officer_templates,    "/can-bo/mau-tra-loi",        tr::off::kTitleTemplates,  nullptr,         views::draw_officer_templates,ScreenAccess::officer},
    {Screen::officer_map,          "/can-bo/ban-do",             tr::kTitleOfficerMap,      nullptr,         views::draw_officer_map,      ScreenAccess::officer},
    {Screen::admin,                "/quan-tri",                  tr::kTitleAdmin,           tr::adm::kNavAdmin, views::draw_admin,         ScreenAccess::admin},
    {Screen::not_found,            "",                           tr::kNotFoundTitle,        nullptr,         views::draw_not_found,        ScreenAccess::anyone},
};
// clang-format on

std::span<const ScreenDef> screens() { return kScreens; }

const ScreenDef& screen_def(Screen screen) {
    for (const auto& s : kScreens)
        if (s.screen == screen) return s;
    return kScreens[std::size(kScreens) - 1];
}

namespace {

// `pattern` with its "{...}" segment replaced by `id` (patterns have at most one).
std::string fill_pattern(std::string_view pattern, std::string_view id) {
    const auto open = pattern.find('{');
    if (open == std::string_view::npos) return std::string(pattern);
    const auto close = pattern.find('}', open);
    return std::string(pattern.substr(0, open)) + percent_encode(id) + std::string(pattern.substr(close + 1));
}

std::string with_query(std::string path, std::initializer_list<QueryParam> query) {
    char separator = '?';
    for (const auto& [name, value] : query) {
        if (value.empty()) continue;
        path += separator;
        path += name;
        path += '=';
        path += percent_encode_path(value);
        separator = '&';
    }
    return path;
}

}  // namespace

std::string path_to(Screen screen, std::initializer_list<QueryParam> query) {
    return with_query(screen_def(screen).pattern, query);
}

std::string path_to(Screen screen, std::int64_t id, std::initializer_list<QueryParam> query) {
    return with_query(fill_pattern(screen_def(screen).pattern, std::to_string(id)), query);
}

std::string path_with_query(Screen screen, std::string_view encoded_query) {
    std::string path = screen_def(screen).pattern;
    if (!encoded_query.empty()) path += "?" + std::string(encoded_query);
    return path;
}

}  // namespace pakn::client
