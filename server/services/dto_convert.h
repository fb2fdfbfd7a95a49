// Stored rows as the shared DTOs (the JSON contract), for the services that
// answer with them. Rows whose shape depends on who asks (reports, their
// reporter and timeline) are shaped by the report service instead.
#pragma once

#include "pakn/dto.h"
#include "store/accounts_store.h"
#include "store/reports_store.h"

namespace pakn::server::services {

// The owner's (or an admin's) view of an account: clear phone plus masked.
Account to_account(const store::AccountRow& a);
AttachmentInfo to_attachment(const store::AttachmentRow& a);
Notification to_notification(const store::NotificationRow& n);

}  // namespace pakn::server::services
