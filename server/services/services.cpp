#include "services/services.h"

#include "pakn/calendar.h"
#include "pakn/dto_admin.h"
#include "store/accounts_store.h"
#include "store/db.h"

namespace pakn::server::services {

Services::Services(store::Database& db, const Clock& clock_in, notify::OutboxWorker* outbox, ServiceOptions options)
    : clock(clock_in),
      rating_window_seconds(SettingsForm{}.rating_window_days * 86400),
      calendar(local_date(clock_in.now()).year),
      kdf(options.kdf),
      captcha(db, clock_in, options.captcha),
      auth(db, clock_in, outbox, captcha, kdf, options.auth),
      reports(db, clock_in, outbox, calendar, &hub, options.public_url),
      attachments(db, clock_in, options.data_dir, reports, options.uploads),
      live(db, hub),
      stats(db),
      announcements(db, clock_in),
      admin(db, clock_in, auth, calendar, rating_window_seconds),
      notifications(db, clock_in, &hub),
      reference(db),
      dashboard(db, clock_in),
      history(db),
      templates(db, clock_in),
      saved_filters(db, clock_in),
      follows(db, clock_in, outbox, &hub),
      assistant(db, clock_in, reports),
      system(db),
      db_(db) {
    // Holiday corrections, category deadlines and office hours from the database.
    admin.reload_calendar();
    // The first knowledge base of the help assistant, once per database.
    assistant.seed_if_new();
}

void Services::housekeeping() {
    const auto now = clock.now();
    reports.flag_overdue();
    reports.announce_deadlines();
    reports.send_officer_digests();
    follows.send_alert_digests();
    reports.close_unrated(rating_window_seconds);
    attachments.cleanup();
    db_.write([&](store::Connection& c) { store::purge_expired(c, now); }, store::Durability::normal);
}

}  // namespace pakn::server::services
