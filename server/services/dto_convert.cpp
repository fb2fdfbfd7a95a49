#include "services/dto_convert.h"

#include "pakn/ids.h"

namespace pakn::server::services {

Account to_account(const store::AccountRow& a) {
    Account out;
    out.id = a.id;
    out.kind = a.kind;
    out.login = a.login;
    out.full_name = a.full_name;
    out.phone = a.phone;
    out.phone_masked = a.phone.empty() ? "" : mask_phone(a.phone);
    out.email = a.email;
    out.address = a.address;
    out.commune_code = a.commune_code;
    out.org_name = a.org_name;
    out.representative = a.representative;
    out.unit_id = a.unit_id;
    out.unit_name = a.unit_name;
    out.role = a.role;
    out.must_change_password = a.must_change_password;
    out.created_at = a.created_at;
    return out;
}

AttachmentInfo to_attachment(const store::AttachmentRow& a) {
    return AttachmentInfo{a.id, a.mime, a.size, a.sha256, a.name, a.kind};
}

Notification to_notification(const store::NotificationRow& n) {
    Notification out;
    out.id = n.id;
    out.kind = n.kind;
    out.title = n.title;
    out.body = n.body;
    out.report_id = n.report_id;
    out.report_code = n.report_code;
    out.created_at = n.created_at;
    out.read = n.read_at.has_value();
    return out;
}

}  // namespace pakn::server::services
