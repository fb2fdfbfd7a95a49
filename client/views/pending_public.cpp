// TEMPORARY: public portal screens not implemented yet (issue: public
// portal). Each function moves to its own view_<screen>.cpp; delete this
// file when empty.
#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {
void draw_map(App&) { ui::page("##p", [] { ui::heading("Bản đồ phản ánh"); }); }
void draw_published(App&) { ui::page("##p", [] { ui::heading("Phản ánh đã công khai"); }); }
void draw_published_report(App&) { ui::page("##p", [] { ui::heading("Phản ánh đã công khai"); }); }
void draw_announcements(App&) { ui::page("##p", [] { ui::heading("Thông báo, tin tức"); }); }
void draw_announcement(App&) { ui::page("##p", [] { ui::heading("Thông báo, tin tức"); }); }
void draw_directory(App&) { ui::page("##p", [] { ui::heading("Địa chỉ cần biết"); }); }
}  // namespace pakn::client::views
