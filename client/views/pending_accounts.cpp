// TEMPORARY: account screens not implemented yet (issue: accounts). Each
// function moves to its own view_<screen>.cpp; delete this file when empty.
#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {
void draw_register(App&) { ui::page("##p", [] { ui::heading("Đăng ký tài khoản"); }); }
void draw_verify_otp(App&) { ui::page("##p", [] { ui::heading("Xác thực mã OTP"); }); }
void draw_forgot_password(App&) { ui::page("##p", [] { ui::heading("Lấy lại mật khẩu"); }); }
void draw_reset_password(App&) { ui::page("##p", [] { ui::heading("Đặt lại mật khẩu"); }); }
void draw_change_password(App&) { ui::page("##p", [] { ui::heading("Thay đổi mật khẩu"); }); }
void draw_account(App&) { ui::page("##p", [] { ui::heading("Thông tin cá nhân"); }); }
void draw_account_edit(App&) { ui::page("##p", [] { ui::heading("Chỉnh sửa thông tin"); }); }
}  // namespace pakn::client::views
