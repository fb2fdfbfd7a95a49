// Gửi phản ánh: the report form of the seed (title, content, location).
// Sending needs an account; the full form (commune, map point, attachments,
// captcha, drafts) arrives with the reporting feature.
#include <imgui.h>

#include "app/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_submit(App& app) {
    auto& s = app.views.reports.submit;
    ui::page("##submit", [&] {
        ui::heading("Tạo mới phản ánh, kiến nghị");
        ui::card("##submit-form", [&] {
            ui::text_field("Phản ánh, kiến nghị về việc", s.title,
                           {.hint = "Nhập tiêu đề..", .required = true, .max_chars = 200});
            ui::text_field("Nội dung", s.content,
                           {.hint = "Nhập nội dung..", .required = true, .multiline = true, .max_chars = 5000});
            ui::text_field("Địa điểm phản ánh, kiến nghị", s.address,
                           {.hint = "Số, đường/thôn, xã/phường..", .required = true, .max_chars = 300});
            ImGui::Spacing();
            ui::muted("Bạn cần đăng nhập để gửi phản ánh, kiến nghị.");
            if (ui::primary_button("Đăng nhập để gửi")) app.navigate("/dang-nhap");
        });
    });
}

}  // namespace pakn::client::views
