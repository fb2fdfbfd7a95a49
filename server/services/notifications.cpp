#include "services/notifications.h"

#include "services/dto_convert.h"
#include "services/event_hub.h"
#include "store/db.h"
#include "store/officer_notices_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {

NotificationService::NotificationService(store::Database& db, const Clock& clock, EventHub* hub)
    : db_(db), clock_(clock), hub_(hub) {}

Page<Notification> NotificationService::list(const Principal& who, int page, int page_size) {
    Page<Notification> out;
    out.page = page;
    out.page_size = page_size;
    db_.read([&](store::Connection& c) {
        out.total = store::count_notifications(c, who.account_id);
        for (const auto& n : store::list_notifications(c, who.account_id, page, page_size))
            out.items.push_back(to_notification(n));
        return 0;
    });
    return out;
}

bool NotificationService::mark_read(const Principal& who, std::int64_t id) {
    const auto now = clock_.now();
    const bool ok = db_.write([&](store::Connection& c) { return store::mark_read(c, who.account_id, id, now); });
    if (ok && hub_) hub_->publish();
    return ok;
}

void NotificationService::mark_all_read(const Principal& who) {
    const auto now = clock_.now();
    db_.write([&](store::Connection& c) { store::mark_all_read(c, who.account_id, now); });
    if (hub_) hub_->publish();
}

MeSummary NotificationService::summary(const Principal& who) {
    MeSummary s;
    db_.read([&](store::Connection& c) {
        s.reports = store::count_reports_of(c, who.account_id);
        s.notifications = store::count_notifications(c, who.account_id);
        s.unread_notifications = store::count_unread(c, who.account_id);
        return 0;
    });
    return s;
}

NoticeSettings NotificationService::notice_settings(const Principal& who) {
    return db_.read([&](store::Connection& c) {
        NoticeSettings s;
        if (auto r = store::notice_recipient(c, who.account_id)) {
            s.by_email = r->by_email;
            s.by_sms = r->by_sms;
            s.daily_digest = r->daily_digest;
            s.email = r->email;
            s.phone = r->phone;
        }
        return s;
    });
}

Result<NoticeSettings> NotificationService::change_notice_settings(const Principal& who, const NoticeSettings& wanted) {
    const auto now = clock_.now();
    auto refused = db_.attempt([&](store::Connection& c) -> std::optional<ApiError> {
        auto current = store::notice_recipient(c, who.account_id);
        if (!current) return api_error(403, "forbidden");
        if (auto errors = validate(wanted, !current->email.empty(), !current->phone.empty()); !errors.empty())
            return validation_failed(std::move(errors));
        store::set_notice_settings(c, who.account_id, wanted.by_email, wanted.by_sms, wanted.daily_digest, now);
        return std::nullopt;
    });
    if (refused) return Result<NoticeSettings>::failure(*refused);
    return Result<NoticeSettings>::success(notice_settings(who));
}

}  // namespace pakn::server::services
