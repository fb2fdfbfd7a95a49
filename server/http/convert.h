// Store rows and service results to the shared DTOs (the JSON contract), in
// one place, so every endpoint shows a report or an account the same way.
#pragma once

#include "pakn/dto.h"
#include "services/reports.h"
#include "store/accounts_store.h"
#include "store/reports_store.h"

namespace pakn::server::http {

// The owner's (or an admin's) view of an account: clear phone plus masked.
Account to_account(const store::AccountRow& a);
ReportSummary to_summary(const store::ReportRow& r, std::int64_t now);
AttachmentInfo to_attachment(const store::AttachmentRow& a);
Notification to_notification(const store::NotificationRow& n);
// The detail as the view's visibility allows (masked for the public).
ReportDetail to_detail(const services::ReportView& v, std::int64_t now);
PublicReport to_public(const services::ReportView& v);
LookupResult to_lookup(const store::ReportRow& r);
Event to_event(const store::EventRow& e);

}  // namespace pakn::server::http
