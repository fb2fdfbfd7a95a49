#include "services/sms_outbox.h"

#include "pakn/sms_text.h"
#include "store/outbox_store.h"

namespace pakn::server::services {

void queue_sms(store::Connection& c, const std::string& phone, std::string_view prefix, std::string_view variable,
               std::string_view suffix, const std::string& purpose, std::int64_t now) {
    store::enqueue_message(c, "sms", phone, fit_sms(prefix, variable, suffix), purpose, now);
}

}  // namespace pakn::server::services
