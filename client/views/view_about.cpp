// Giới thiệu: the system's purpose, legal basis and scope, written for this
// system from the province's user guide.
#include <imgui.h>

#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_about(App&) {
    ui::page("##about", [] {
        ui::heading("Giới thiệu hệ thống");
        ui::card("##about-purpose", [] {
            ui::subheading("Mục đích");
            ui::paragraph(
                "Hệ thống phản ánh, kiến nghị (PAKN) là kênh để người dân, doanh nghiệp gửi ý kiến về các vấn đề "
                "kinh tế – xã hội trên địa bàn tỉnh Khánh Hòa, theo dõi quá trình xử lý và nhận câu trả lời của cơ "
                "quan có thẩm quyền. Hệ thống được xây dựng theo Quyết định số 11254/QĐ-UBND ngày 12/11/2019 và vận "
                "hành theo Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị ban hành kèm Quyết định số "
                "18/2022/QĐ-UBND ngày 21/9/2022 của UBND tỉnh.");
        });
        ImGui::Spacing();
        ui::card("##about-scope", [] {
            ui::subheading("Phạm vi tiếp nhận");
            ui::paragraph(
                "• Các ngành, lĩnh vực: du lịch; giao thông vận tải; xây dựng; tài nguyên và môi trường; y tế; giáo "
                "dục và đào tạo; văn hóa và thể thao; nông nghiệp; tư pháp; thông tin và truyền thông; kế hoạch và "
                "đầu tư; và các lĩnh vực khác.");
            ui::paragraph(
                "• Sự cố hạ tầng đô thị: giao thông, cấp thoát nước, môi trường – đô thị, viễn thông, điện lực.");
            ui::muted(
                "Khiếu nại, tố cáo được giải quyết theo thủ tục riêng của pháp luật, không tiếp nhận qua hệ thống này.");
        });
        ImGui::Spacing();
        ui::card("##about-how", [] {
            ui::subheading("Cách hệ thống hoạt động");
            ui::paragraph(
                "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến tiếp nhận, phân loại và chuyển "
                "phản ánh đến đơn vị xử lý: các sở, ngành, UBND 65 xã, phường, đặc khu và các doanh nghiệp cung cấp "
                "hạ tầng đô thị. Hơn 400 cán bộ đầu mối nhận thông báo tức thời, xử lý trong thời hạn và trả lời. "
                "Người gửi nhận thông báo khi có kết quả và đánh giá mức độ hài lòng.");
        });
    });
}

}  // namespace pakn::client::views
