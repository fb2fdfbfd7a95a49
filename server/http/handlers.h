// HTTP handlers, one function per endpoint, grouped by feature in
// handlers_<feature>.cpp. Each decodes, calls a service, encodes.
#pragma once

#include "http/router.h"

namespace pakn::server::http {

// handlers_system.cpp
Response handle_health(Context& ctx);

// handlers_auth.cpp
Response handle_captcha(Context& ctx);
Response handle_captcha_image(Context& ctx);
Response handle_register(Context& ctx);
Response handle_register_verify(Context& ctx);
Response handle_otp_resend(Context& ctx);
Response handle_login(Context& ctx);
Response handle_logout(Context& ctx);
Response handle_password_forgot(Context& ctx);
Response handle_password_reset_check(Context& ctx);
Response handle_password_reset(Context& ctx);
Response handle_session(Context& ctx);
Response handle_me(Context& ctx);
Response handle_me_patch(Context& ctx);
Response handle_me_phone_verify(Context& ctx);
Response handle_me_password(Context& ctx);
Response handle_me_delete(Context& ctx);
Response handle_me_summary(Context& ctx);
Response handle_notifications(Context& ctx);
Response handle_notification_read(Context& ctx);
Response handle_notifications_read_all(Context& ctx);
Response handle_notice_settings(Context& ctx);
Response handle_notice_settings_put(Context& ctx);

// handlers_reference.cpp
Response handle_categories(Context& ctx);
Response handle_communes(Context& ctx);
Response handle_units(Context& ctx);
Response handle_tile(Context& ctx);

// handlers_reports.cpp
Response handle_report_create(Context& ctx);
Response handle_report_edit(Context& ctx);
Response handle_report_get(Context& ctx);
Response handle_report_action(Context& ctx);
Response handle_report_public_preview(Context& ctx);
Response handle_my_reports(Context& ctx);
Response handle_reports_nearby(Context& ctx);
Response handle_report_follow(Context& ctx);
Response handle_report_unfollow(Context& ctx);
Response handle_subscriptions(Context& ctx);
Response handle_subscription_create(Context& ctx);
Response handle_subscription_delete(Context& ctx);
Response handle_inbox(Context& ctx);
Response handle_inbox_counts(Context& ctx);
Response handle_reports_bulk(Context& ctx);
Response handle_public_lookup(Context& ctx);
Response handle_public_reports(Context& ctx);
Response handle_public_report(Context& ctx);

// handlers_files.cpp
Response handle_attachment_upload(Context& ctx);
Response handle_attachment_get(Context& ctx);
Response handle_upload_start(Context& ctx);
Response handle_upload_chunk(Context& ctx);
Response handle_upload_complete(Context& ctx);
Response handle_upload_abort(Context& ctx);

// handlers_live.cpp
Response handle_events(Context& ctx);

// handlers_public.cpp
Response handle_public_stats(Context& ctx);
Response handle_public_map(Context& ctx);
Response handle_public_announcements(Context& ctx);
Response handle_public_announcement(Context& ctx);

// handlers_pages.cpp: public pages as documents (the app shell + content)
Response handle_page_published_list(Context& ctx);
Response handle_page_published_report(Context& ctx);
Response handle_page_announcements(Context& ctx);
Response handle_page_announcement(Context& ctx);
Response handle_page_stats(Context& ctx);
Response handle_page_directory(Context& ctx);
Response handle_page_guide(Context& ctx);
Response handle_sitemap(Context& ctx);
Response handle_robots(Context& ctx);

// handlers_admin.cpp
Response handle_admin_units(Context& ctx);
Response handle_admin_unit_create(Context& ctx);
Response handle_admin_unit_update(Context& ctx);
Response handle_admin_unit_deactivate(Context& ctx);
Response handle_admin_unit_activate(Context& ctx);
Response handle_admin_officers(Context& ctx);
Response handle_admin_outbox(Context& ctx);

// Trợ lý ảo (handlers_assistant.cpp)
Response handle_assistant_ask(Context& ctx);
Response handle_admin_knowledge(Context& ctx);
Response handle_admin_knowledge_create(Context& ctx);
Response handle_admin_knowledge_update(Context& ctx);
Response handle_admin_knowledge_delete(Context& ctx);
Response handle_admin_synonyms(Context& ctx);
Response handle_admin_synonym_create(Context& ctx);
Response handle_admin_synonym_delete(Context& ctx);
Response handle_admin_unanswered(Context& ctx);
Response handle_admin_unanswered_dismiss(Context& ctx);
Response handle_admin_officer_create(Context& ctx);
Response handle_admin_officer_update(Context& ctx);
Response handle_admin_officer_disable(Context& ctx);
Response handle_admin_officer_enable(Context& ctx);
Response handle_admin_officer_reset_password(Context& ctx);
Response handle_admin_categories(Context& ctx);
Response handle_admin_category_create(Context& ctx);
Response handle_admin_category_update(Context& ctx);
Response handle_admin_category_deactivate(Context& ctx);
Response handle_admin_category_activate(Context& ctx);
Response handle_admin_holidays(Context& ctx);
Response handle_admin_holiday_add(Context& ctx);
Response handle_admin_holiday_delete(Context& ctx);
Response handle_admin_announcements(Context& ctx);
Response handle_admin_announcement(Context& ctx);
Response handle_admin_announcement_create(Context& ctx);
Response handle_admin_announcement_update(Context& ctx);
Response handle_admin_announcement_publish(Context& ctx);
Response handle_admin_announcement_unpublish(Context& ctx);
Response handle_admin_announcement_delete(Context& ctx);
Response handle_admin_settings(Context& ctx);
Response handle_admin_settings_update(Context& ctx);

// handlers_officer.cpp
Response handle_officer_dashboard(Context& ctx);
Response handle_officer_dashboard_export(Context& ctx);
Response handle_inbox_export(Context& ctx);
Response handle_officer_map(Context& ctx);
Response handle_officer_history(Context& ctx);
Response handle_officer_colleagues(Context& ctx);
Response handle_answer_templates(Context& ctx);
Response handle_answer_template_create(Context& ctx);
Response handle_answer_template_update(Context& ctx);
Response handle_answer_template_delete(Context& ctx);
Response handle_saved_filters(Context& ctx);
Response handle_saved_filter_create(Context& ctx);
Response handle_saved_filter_delete(Context& ctx);

}  // namespace pakn::server::http
