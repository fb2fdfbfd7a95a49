// The service layer as one object: what the HTTP edge, the operator
// commands and the demo seeder call. Built from the database, the clock and
// the outbox; it owns every service and wires them to each other, so no
// caller above it needs the database.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "base/clock.h"
#include "services/admin.h"
#include "services/answer_templates.h"
#include "services/assistant.h"
#include "services/attachments.h"
#include "services/auth.h"
#include "services/calendar_service.h"
#include "services/captcha.h"
#include "services/dashboard.h"
#include "services/event_hub.h"
#include "services/follows.h"
#include "services/history.h"
#include "services/kdf.h"
#include "services/live.h"
#include "services/notifications.h"
#include "services/reference.h"
#include "services/reports.h"
#include "services/saved_filters.h"
#include "services/stats.h"
#include "services/system.h"
#include "services/tiles.h"

namespace pakn::server::store {
class Database;
}
namespace pakn::server::notify {
class OutboxWorker;
}

namespace pakn::server::services {

struct ServiceOptions {
    std::string data_dir;  // attachments live in <data_dir>/files and /uploads
    AuthSettings auth;
    CaptchaSettings captcha;
    KdfLimits kdf;  // concurrent password hashing (scrypt)
    UploadLimits uploads;
    std::string public_url;  // links in officers' e-mails
};

class Services {
public:
    // `outbox` may be null (nothing is sent: demo seeding, some tests).
    Services(store::Database& db, const Clock& clock, notify::OutboxWorker* outbox, ServiceOptions options);

    const Clock& clock;
    // Resolved reports close unrated after this; the admin changes it (settings).
    std::atomic<std::int64_t> rating_window_seconds;
    EventHub hub;
    CalendarService calendar;
    KdfGate kdf;
    CaptchaService captcha;
    AuthService auth;
    ReportService reports;
    AttachmentService attachments;
    LiveService live;
    StatsService stats;
    AnnouncementService announcements;
    AdminService admin;
    NotificationService notifications;
    ReferenceService reference;
    DashboardService dashboard;
    HistoryService history;
    AnswerTemplateService templates;
    SavedFilterService saved_filters;
    FollowService follows;
    // Trợ lý ảo: answers from the knowledge base the admin manages.
    AssistantService assistant;
    SystemService system;
    // The base map's source; configured by the app at start-up (config.h).
    TileService tiles;

    // One round of periodic duties: overdue flags, closing unrated reports,
    // removing abandoned uploads and expired rows.
    void housekeeping();
    // Counts commits the services announced (report events, notifications):
    // with the edge's own count of changes it tells when a cached public
    // answer is stale.
    std::uint64_t generation() const { return hub.generation(); }

private:
    store::Database& db_;
};

}  // namespace pakn::server::services
