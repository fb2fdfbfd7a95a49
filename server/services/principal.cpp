#include "services/principal.h"

#include "store/accounts_store.h"

namespace pakn::server::services {

Principal principal_of(const store::AccountRow& account) {
    Principal p;
    p.account_id = account.id;
    // Kinds come from our own migrations' CHECK constraint; an unknown one
    // would be a corrupt row, read as the least privileged kind.
    p.kind = parse_account_kind(account.kind).value_or(AccountKind::citizen);
    if (p.kind == AccountKind::officer) {
        p.role = parse_role(account.role);
        p.unit_id = account.unit_id;
    }
    p.must_change_password = account.must_change_password;
    return p;
}

}  // namespace pakn::server::services
