// THE route table of the PAKN API (/api/v1) and of the public pages served
// as documents, read top to bottom. Handlers are thin: decode the DTO, call a
// service, encode the result or the error.
#include "http/handlers.h"
#include "http/router.h"
#include "pakn/files.h"

namespace pakn::server::http {
namespace {
constexpr std::size_t kNoBody = 0;
constexpr std::size_t kForm = 16 * 1024;                    // JSON forms
constexpr std::size_t kReport = 64 * 1024;                  // a report (5,000 characters of Vietnamese)
constexpr std::size_t kAnnouncement = 256 * 1024;           // an announcement (20,000 characters)
constexpr std::size_t kChunk = static_cast<std::size_t>(kUploadChunkBytes);  // file bytes
using A = Access;
constexpr bool kBeforePasswordChange = true;
constexpr bool kPublicCache = true;
constexpr bool kOnReactor = true;
// Creating things is limited per person: generous for real use, tight enough
// that a script cannot flood the center. Officers entering hotline reports
// need more.
constexpr RateRule kSubmissions{60, 3600};
constexpr RateRule kUploads{120, 3600};
// Each challenge is a picture drawn (~2 ms) and a row written: a person needs
// a few per form; a script asking for thousands is refused.
constexpr RateRule kCaptchas{300, 600};
// Tracking codes are sequential (PAKN-2026-000123): a lookup budget per
// address makes walking them slow. A person checks a few codes; a family or
// an office behind one address (carrier NAT) still fits.
constexpr RateRule kLookups{30, 600, true, "lookup_rate_limited"};
// The nearby panel asks after each pause in typing: a person writing a
// report asks a few dozen times; a script mapping the open reports is slowed.
constexpr RateRule kNearby{300, 600, true};
// The assistant answers a tracking code's status like the lookup does, so it
// has the lookup's budget: a person asks a question every few seconds at
// most; a script walking codes through it gains nothing.
constexpr RateRule kAssistant{30, 600, true, "lookup_rate_limited"};
}  // namespace

std::vector<Route> api_routes() {
    return {
        // method  path                                        handler                        body     access
        {"GET",    "/api/v1/health",                           handle_health,                 kNoBody, A::anyone, false, {}, false, kOnReactor},
        {"GET",    "/api/v1/captcha",                          handle_captcha,                kNoBody, A::anyone, false, kCaptchas},
        {"GET",    "/api/v1/captcha/{file}",                   handle_captcha_image,          kNoBody, A::anyone},

        // Accounts and sign-in
        {"POST",   "/api/v1/auth/register",                    handle_register,               kForm,   A::anyone},
        {"POST",   "/api/v1/auth/register/verify",             handle_register_verify,        kForm,   A::anyone},
        {"POST",   "/api/v1/auth/otp/resend",                  handle_otp_resend,             kForm,   A::anyone},
        {"POST",   "/api/v1/auth/login",                       handle_login,                  kForm,   A::anyone},
        {"POST",   "/api/v1/auth/logout",                      handle_logout,                 kForm,   A::session, kBeforePasswordChange},
        {"GET",    "/api/v1/auth/session",                     handle_session,                kNoBody, A::anyone, kBeforePasswordChange},
        {"POST",   "/api/v1/auth/password/forgot",             handle_password_forgot,        kForm,   A::anyone},
        {"POST",   "/api/v1/auth/password/reset/check",        handle_password_reset_check,   kForm,   A::anyone},
        {"POST",   "/api/v1/auth/password/reset",              handle_password_reset,         kForm,   A::anyone},
        {"GET",    "/api/v1/me",                               handle_me,                     kNoBody, A::session, kBeforePasswordChange},
        {"PATCH",  "/api/v1/me",                               handle_me_patch,               kForm,   A::reporter},
        {"DELETE", "/api/v1/me",                               handle_me_delete,              kForm,   A::reporter},
        {"GET",    "/api/v1/me/summary",                       handle_me_summary,             kNoBody, A::session},
        {"POST",   "/api/v1/me/phone/verify",                  handle_me_phone_verify,        kForm,   A::reporter},
        {"POST",   "/api/v1/me/password",                      handle_me_password,            kForm,   A::session, kBeforePasswordChange},
        {"GET",    "/api/v1/me/notifications",                 handle_notifications,          kNoBody, A::session},
        {"POST",   "/api/v1/me/notifications/read",            handle_notifications_read_all, kForm,   A::session},
        {"POST",   "/api/v1/me/notifications/{id}/read",       handle_notification_read,      kForm,   A::session},
        {"GET",    "/api/v1/me/notice-settings",               handle_notice_settings,        kNoBody, A::officer},
        {"PUT",    "/api/v1/me/notice-settings",               handle_notice_settings_put,    kForm,   A::officer},
        {"GET",    "/api/v1/me/reports",                       handle_my_reports,             kNoBody, A::reporter},
        {"GET",    "/api/v1/me/subscriptions",                 handle_subscriptions,          kNoBody, A::reporter},
        {"POST",   "/api/v1/me/subscriptions",                 handle_subscription_create,    kForm,   A::reporter},
        {"DELETE", "/api/v1/me/subscriptions/{id}",            handle_subscription_delete,    kForm,   A::reporter},

        // Reports
        {"POST",   "/api/v1/reports",                          handle_report_create,          kReport, A::session, false, kSubmissions},
        {"GET",    "/api/v1/reports/nearby",                   handle_reports_nearby,         kNoBody, A::anyone, false, kNearby},
        {"GET",    "/api/v1/reports/{id}",                     handle_report_get,             kNoBody, A::anyone},
        {"PATCH",  "/api/v1/reports/{id}",                     handle_report_edit,            kReport, A::reporter},
        {"POST",   "/api/v1/reports/{id}/actions",             handle_report_action,          kReport, A::session},
        {"POST",   "/api/v1/reports/{id}/follow",              handle_report_follow,          kForm,   A::reporter},
        {"DELETE", "/api/v1/reports/{id}/follow",              handle_report_unfollow,        kForm,   A::reporter},
        // Accept, assign or comment on many: each report through the single action's path
        {"POST",   "/api/v1/reports/bulk",                     handle_reports_bulk,           kForm,   A::officer},
        {"GET",    "/api/v1/reports/{id}/public-preview",      handle_report_public_preview,  kNoBody, A::officer},
        {"GET",    "/api/v1/inbox",                            handle_inbox,                  kNoBody, A::officer},
        {"GET",    "/api/v1/inbox/counts",                     handle_inbox_counts,           kNoBody, A::officer},
        {"GET",    "/api/v1/inbox/export",                     handle_inbox_export,           kNoBody, A::officer},
        {"GET",    "/api/v1/officer/dashboard",                handle_officer_dashboard,      kNoBody, A::officer},
        {"GET",    "/api/v1/officer/dashboard/export",         handle_officer_dashboard_export, kNoBody, A::officer},
        {"GET",    "/api/v1/officer/map",                      handle_officer_map,            kNoBody, A::officer},
        {"GET",    "/api/v1/officer/history",                  handle_officer_history,        kNoBody, A::officer},
        {"GET",    "/api/v1/officer/colleagues",               handle_officer_colleagues,     kNoBody, A::officer},
        // Mẫu trả lời: every officer reads; unit leads and the admin write (the service decides whose)
        {"GET",    "/api/v1/officer/answer-templates",         handle_answer_templates,       kNoBody, A::officer},
        {"POST",   "/api/v1/officer/answer-templates",         handle_answer_template_create, kReport, A::officer},
        {"PATCH",  "/api/v1/officer/answer-templates/{id}",    handle_answer_template_update, kReport, A::officer},
        {"DELETE", "/api/v1/officer/answer-templates/{id}",    handle_answer_template_delete, kForm,   A::officer},
        // Bộ lọc đã lưu: each officer's own
        {"GET",    "/api/v1/officer/saved-filters",            handle_saved_filters,          kNoBody, A::officer},
        {"POST",   "/api/v1/officer/saved-filters",            handle_saved_filter_create,    kForm,   A::officer},
        {"DELETE", "/api/v1/officer/saved-filters/{id}",       handle_saved_filter_delete,    kForm,   A::officer},
        {"GET",    "/api/v1/events",                           handle_events,                 kNoBody, A::session},

        // Attachments (raw bodies; large files in chunks)
        {"POST",   "/api/v1/attachments",                      handle_attachment_upload,      kChunk,  A::session, false, kUploads},
        {"GET",    "/api/v1/attachments/{id}",                 handle_attachment_get,         kNoBody, A::anyone},
        {"POST",   "/api/v1/uploads",                          handle_upload_start,           kForm,   A::session, false, kUploads},
        {"PUT",    "/api/v1/uploads/{id}",                     handle_upload_chunk,           kChunk,  A::session},
        {"POST",   "/api/v1/uploads/{id}/complete",            handle_upload_complete,        kForm,   A::session},
        {"DELETE", "/api/v1/uploads/{id}",                     handle_upload_abort,           kForm,   A::session},

        // Public: no account needed
        {"GET",    "/api/v1/public/lookup/{code}",             handle_public_lookup,          kNoBody, A::anyone, false, kLookups},
        {"GET",    "/api/v1/public/reports",                   handle_public_reports,         kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/api/v1/public/reports/{id}",              handle_public_report,          kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/api/v1/public/categories",                handle_categories,             kNoBody, A::anyone},
        {"GET",    "/api/v1/public/communes",                  handle_communes,               kNoBody, A::anyone},
        {"GET",    "/api/v1/public/units",                     handle_units,                  kNoBody, A::anyone},
        {"GET",    "/api/v1/public/stats",                     handle_public_stats,           kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/api/v1/public/map",                       handle_public_map,             kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/api/v1/public/announcements",             handle_public_announcements,   kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/api/v1/public/announcements/{id}",        handle_public_announcement,    kNoBody, A::anyone},
        // Trợ lý ảo: a question from any page, answered from the knowledge base
        {"POST",   "/api/v1/assistant/ask",                    handle_assistant_ask,          kForm,   A::anyone, false, kAssistant},

        // Public pages as documents: the app shell with the page's content and
        // its title, description, canonical and Open Graph tags, for links
        // shared on social networks, search engines and browsers without WebGL
        // (the canvas app still starts from the same shell). Outside /api/.
        {"GET",    "/cong-khai",                               handle_page_published_list,    kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/cong-khai/{id}",                          handle_page_published_report,  kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/tin-tuc",                                 handle_page_announcements,     kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/tin-tuc/{id}",                            handle_page_announcement,      kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/thong-ke",                                handle_page_stats,             kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/dia-chi-can-biet",                        handle_page_directory,         kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/huong-dan",                               handle_page_guide,             kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/sitemap.xml",                             handle_sitemap,                kNoBody, A::anyone, false, {}, kPublicCache},
        {"GET",    "/robots.txt",                              handle_robots,                 kNoBody, A::anyone, false, {}, false, kOnReactor},
        // Base-map tiles from the operator's MBTiles file (one indexed read each)
        {"GET",    "/tiles/{z}/{x}/{y}",                       handle_tile,                   kNoBody, A::anyone},

        // Administration (admin role; CSRF on every change)
        {"GET",    "/api/v1/admin/units",                      handle_admin_units,            kNoBody, A::admin},
        {"POST",   "/api/v1/admin/units",                      handle_admin_unit_create,      kForm,   A::admin},
        {"PATCH",  "/api/v1/admin/units/{id}",                 handle_admin_unit_update,      kForm,   A::admin},
        {"POST",   "/api/v1/admin/units/{id}/deactivate",      handle_admin_unit_deactivate,  kForm,   A::admin},
        {"POST",   "/api/v1/admin/units/{id}/activate",        handle_admin_unit_activate,    kForm,   A::admin},
        {"GET",    "/api/v1/admin/officers",                   handle_admin_officers,         kNoBody, A::admin},
        {"POST",   "/api/v1/admin/officers",                   handle_admin_officer_create,   kForm,   A::admin},
        {"PATCH",  "/api/v1/admin/officers/{id}",              handle_admin_officer_update,   kForm,   A::admin},
        {"POST",   "/api/v1/admin/officers/{id}/disable",      handle_admin_officer_disable,  kForm,   A::admin},
        {"POST",   "/api/v1/admin/officers/{id}/enable",       handle_admin_officer_enable,   kForm,   A::admin},
        {"POST",   "/api/v1/admin/officers/{id}/reset-password", handle_admin_officer_reset_password, kForm, A::admin},
        {"GET",    "/api/v1/admin/categories",                 handle_admin_categories,       kNoBody, A::admin},
        {"POST",   "/api/v1/admin/categories",                 handle_admin_category_create,  kForm,   A::admin},
        {"PATCH",  "/api/v1/admin/categories/{code}",          handle_admin_category_update,  kForm,   A::admin},
        {"POST",   "/api/v1/admin/categories/{code}/deactivate", handle_admin_category_deactivate, kForm, A::admin},
        {"POST",   "/api/v1/admin/categories/{code}/activate", handle_admin_category_activate, kForm,  A::admin},
        {"GET",    "/api/v1/admin/holidays",                   handle_admin_holidays,         kNoBody, A::admin},
        {"POST",   "/api/v1/admin/holidays",                   handle_admin_holiday_add,      kForm,   A::admin},
        {"DELETE", "/api/v1/admin/holidays/{id}",              handle_admin_holiday_delete,   kForm,   A::admin},
        {"GET",    "/api/v1/admin/announcements",              handle_admin_announcements,    kNoBody, A::admin},
        {"POST",   "/api/v1/admin/announcements",              handle_admin_announcement_create, kAnnouncement, A::admin},
        {"GET",    "/api/v1/admin/announcements/{id}",         handle_admin_announcement,     kNoBody, A::admin},
        {"PATCH",  "/api/v1/admin/announcements/{id}",         handle_admin_announcement_update, kAnnouncement, A::admin},
        {"POST",   "/api/v1/admin/announcements/{id}/publish", handle_admin_announcement_publish, kForm, A::admin},
        {"POST",   "/api/v1/admin/announcements/{id}/unpublish", handle_admin_announcement_unpublish, kForm, A::admin},
        {"DELETE", "/api/v1/admin/announcements/{id}",         handle_admin_announcement_delete, kForm, A::admin},
        {"GET",    "/api/v1/admin/settings",                   handle_admin_settings,         kNoBody, A::admin},
        {"GET",    "/api/v1/admin/outbox",                     handle_admin_outbox,           kNoBody, A::admin},
        {"PUT",    "/api/v1/admin/settings",                   handle_admin_settings_update,  kForm,   A::admin},
        // Trợ lý ảo: the knowledge base, synonym groups, questions it could not answer
        {"GET",    "/api/v1/admin/assistant/entries",          handle_admin_knowledge,        kNoBody, A::admin},
        {"POST",   "/api/v1/admin/assistant/entries",          handle_admin_knowledge_create, kReport, A::admin},
        {"PATCH",  "/api/v1/admin/assistant/entries/{id}",     handle_admin_knowledge_update, kReport, A::admin},
        {"DELETE", "/api/v1/admin/assistant/entries/{id}",     handle_admin_knowledge_delete, kForm,   A::admin},
        {"GET",    "/api/v1/admin/assistant/synonyms",         handle_admin_synonyms,         kNoBody, A::admin},
        {"POST",   "/api/v1/admin/assistant/synonyms",         handle_admin_synonym_create,   kForm,   A::admin},
        {"DELETE", "/api/v1/admin/assistant/synonyms/{id}",    handle_admin_synonym_delete,   kForm,   A::admin},
        {"GET",    "/api/v1/admin/assistant/unanswered",       handle_admin_unanswered,       kNoBody, A::admin},
        {"DELETE", "/api/v1/admin/assistant/unanswered/{id}",  handle_admin_unanswered_dismiss, kForm, A::admin},
    };
}

}  // namespace pakn::server::http
