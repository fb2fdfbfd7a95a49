// TEMPORARY: the admin screen is not implemented yet (issue: administration).
// It moves to its own view_admin.cpp; delete this file then.
#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {
void draw_admin(App&) {
    ui::page("##p", [] { ui::heading("Quản trị hệ thống"); });
}
}  // namespace pakn::client::views
