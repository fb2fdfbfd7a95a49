// Thông báo: an account's in-app notifications (listing, marking read) and
// the counts the account page shows. Every change wakes the live streams,
// so the bell's number follows on every open tab.
#pragma once

#include <cstdint>

#include "base/clock.h"
#include "pakn/dto.h"
#include "pakn/officer_notices.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class EventHub;

class NotificationService {
public:
    NotificationService(store::Database& db, const Clock& clock, EventHub* hub);

    // Newest first, one page.
    Page<Notification> list(const Principal& who, int page, int page_size);
    // False when `id` is not one of `who`'s notifications.
    bool mark_read(const Principal& who, std::int64_t id);
    void mark_all_read(const Principal& who);
    // The account page's counts: reports sent, notifications, unread.
    MeSummary summary(const Principal& who);
    // GET/PUT /me/notice-settings: an officer's e-mail/SMS opt-ins and
    // daily digest (pakn/officer_notices.h), with the addresses the account
    // holds; 422 when a chosen channel has no address.
    NoticeSettings notice_settings(const Principal& who);
    Result<NoticeSettings> change_notice_settings(const Principal& who, const NoticeSettings& wanted);

private:
    store::Database& db_;
    const Clock& clock_;
    EventHub* hub_;
};

}  // namespace pakn::server::services
