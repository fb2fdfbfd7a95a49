// Trang chủ: what the system is for, the two main actions, how to reach the
// center. Figures, latest results and announcements join as their APIs land.
#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_home(App& app) {
    ui::page("##home", [&] {
        ImGui::PushFont(ui::fonts().title);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kPrimaryDark);
        ImGui::TextWrapped("%s", tr::kSystemNameLong);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Spacing();
        ui::paragraph(
            "Người dân, doanh nghiệp gửi phản ánh, kiến nghị về kinh tế – xã hội đến chính quyền tỉnh Khánh Hòa; "
            "Trung tâm điều phối chuyển đến cơ quan có thẩm quyền, cơ quan xử lý trong thời hạn quy định và trả lời "
            "công khai. Bạn theo dõi được trạng thái xử lý và đánh giá mức độ hài lòng khi có kết quả.");
        ImGui::Spacing();
        if (ui::primary_button("GỬI PHẢN ÁNH, KIẾN NGHỊ")) app.navigate("/gui-phan-anh");
        ImGui::SameLine();
        if (ui::secondary_button("Xem thống kê")) app.navigate("/thong-ke");
        ImGui::Spacing();
        ImGui::Spacing();
        ui::card("##contact", [] {
            ui::subheading("Các kênh tiếp nhận");
            ui::paragraph("• Trang web này hoặc ứng dụng PAKN Khánh Hòa trên điện thoại");
            ui::paragraph(std::string("• Tổng đài: ") + tr::kHotline);
            ui::paragraph(std::string("• Thư điện tử: ") + tr::kEmail);
            ui::paragraph("• Trực tiếp tại Trung tâm phục vụ hành chính công các cấp");
        });
    });
}

}  // namespace pakn::client::views
