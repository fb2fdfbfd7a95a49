// Outgoing e-mail (officers' notices): outbox rows of channel 'email' whose
// body is "subject\n\ntext". Locally and in tests a FileSmsProvider writes
// them to <data-dir>/email.log; in production an SMTP relay takes them.
#pragma once

#include <string>

#include "notify/sms.h"

namespace pakn::server::notify {

struct SmtpConfig {
    std::string url;   // smtp://relay:25 or smtps://relay:465 (STARTTLS is tried on smtp://)
    std::string from;  // pakn@khanhhoa.gov.vn
    std::string username, password;
    long timeout_seconds = 20;
};

// The RFC 5322 message for `m` (subject: the body's first line; UTF-8,
// base64 so Vietnamese survives any relay). The outbox id is the
// Message-ID, so a relay that keeps ids sees a retry as the same mail.
std::string mime_message(const SmsMessage& m, const std::string& from, const std::string& date_rfc5322);

class SmtpEmailProvider final : public SmsProvider {
public:
    explicit SmtpEmailProvider(SmtpConfig config);
    DeliveryResult send(const SmsMessage& message) override;
    std::string name() const override { return "smtp"; }

private:
    SmtpConfig config_;
};

}  // namespace pakn::server::notify
