// Đăng nhập: two audiences as in the seed (Cá nhân, doanh nghiệp / Cán bộ,
// quản lý). The sign-in flow itself arrives with the accounts feature.
#include <imgui.h>

#include "app/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_login(App& app) {
    auto& s = app.views.accounts.login;
    ui::page("##login", [&] {
        ui::heading("Đăng nhập");
        ui::card("##login-card", [&] {
            if (ImGui::BeginTabBar("##audience")) {
                if (ImGui::BeginTabItem("CÁ NHÂN, DOANH NGHIỆP")) {
                    s.audience = 0;
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem("CÁN BỘ, QUẢN LÝ")) {
                    s.audience = 1;
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
            ui::muted(s.audience == 0 ? "Đăng nhập và sử dụng hệ thống dành cho các cá nhân, tổ chức và doanh nghiệp."
                                      : "Đăng nhập dành cho cán bộ, công chức tiếp nhận và xử lý phản ánh.");
            ui::text_field("Tên đăng nhập", s.login,
                           {.hint = s.audience == 0 ? "Nhập CMND/CCCD hoặc ĐKKD.." : "Nhập tên đăng nhập..",
                            .required = true});
            ui::text_field("Mật khẩu", s.password, {.hint = "Mật khẩu..", .required = true, .password = true});
        });
    });
}

}  // namespace pakn::client::views
