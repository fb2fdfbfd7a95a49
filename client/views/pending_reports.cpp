// TEMPORARY: citizen report screens not implemented yet (issue: reporting).
// Each function moves to its own view_<screen>.cpp; delete this file when empty.
#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {
void draw_my_reports(App&) { ui::page("##p", [] { ui::heading("Phản ánh, kiến nghị của tôi"); }); }
void draw_report(App&) { ui::page("##p", [] { ui::heading("Chi tiết phản ánh"); }); }
void draw_notifications(App&) { ui::page("##p", [] { ui::heading("Thông báo"); }); }
void draw_lookup(App&) { ui::page("##p", [] { ui::heading("Tra cứu phản ánh"); }); }
}  // namespace pakn::client::views
