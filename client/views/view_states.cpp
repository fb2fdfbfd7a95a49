// The screens' transient UI state, one struct per area, owned by App through
// an opaque holder (app/app.h): the one file that sees every area's state.
#include "views/state_accounts.h"
#include "views/state_admin.h"
#include "views/state_officer.h"
#include "views/state_public.h"
#include "views/state_reports.h"

#include "app/app.h"

namespace pakn::client {

namespace views {

struct ViewStates {
    PublicStates pub;
    AccountStates accounts;
    ReportStates reports;
    OfficerStates officer;
    AdminStates admin;
};

PublicStates& public_states(App& app) {
    return app.view_states.get().pub;
}
AccountStates& account_states(App& app) {
    return app.view_states.get().accounts;
}
ReportStates& report_states(App& app) {
    return app.view_states.get().reports;
}
OfficerStates& officer_states(App& app) {
    return app.view_states.get().officer;
}
AdminStates& admin_states(App& app) {
    return app.view_states.get().admin;
}

}  // namespace views

ViewStateHolder::ViewStateHolder() : states_(std::make_unique<views::ViewStates>()) {}
ViewStateHolder::~ViewStateHolder() = default;
void ViewStateHolder::reset() {
    *states_ = views::ViewStates{};
}

}  // namespace pakn::client
