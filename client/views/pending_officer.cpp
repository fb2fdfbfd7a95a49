// TEMPORARY: officer console screens not implemented yet (issue: officer
// console). Each function moves to its own view_<screen>.cpp; delete this
// file when empty.
#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {
void draw_officer_inbox(App&) { ui::page("##p", [] { ui::heading("Hộp xử lý phản ánh"); }); }
void draw_officer_report(App&) { ui::page("##p", [] { ui::heading("Xử lý phản ánh"); }); }
void draw_officer_intake(App&) { ui::page("##p", [] { ui::heading("Tiếp nhận phản ánh"); }); }
void draw_officer_dashboard(App&) { ui::page("##p", [] { ui::heading("Thống kê đơn vị"); }); }
void draw_admin(App&) { ui::page("##p", [] { ui::heading("Quản trị hệ thống"); }); }
}  // namespace pakn::client::views
