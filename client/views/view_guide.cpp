// Hướng dẫn: how to register, sign in, send a report and follow it up,
// written for this system (not copied from the province's PDF).
#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "ui/widgets.h"

namespace pakn::client::views {
namespace {

void steps(const char* id, const char* title, std::initializer_list<const char*> items) {
    ui::card(id, [&] {
        ui::subheading(title);
        int n = 1;
        for (const char* item : items) ui::paragraph("Bước " + std::to_string(n++) + ": " + item);
    });
    ImGui::Spacing();
}

}  // namespace

void draw_guide(App&) {
    ui::page("##guide", [] {
        ui::heading("Hướng dẫn sử dụng");
        steps("##g-register", "1. Đăng ký tài khoản",
              {"Bấm “Đăng nhập”, chọn “Đăng ký” và chọn loại tài khoản: cá nhân hoặc tổ chức, doanh nghiệp.",
               "Điền các thông tin; ô có dấu (*) là bắt buộc. Cá nhân dùng số CCCD/CMND làm tên đăng nhập; tổ "
               "chức, doanh nghiệp dùng mã số doanh nghiệp hoặc số quyết định thành lập.",
               "Nhập mã xác thực gồm 6 chữ số được gửi qua tin nhắn SMS đến số điện thoại đã khai báo."});
        steps("##g-login", "2. Đăng nhập",
              {"Chọn thẻ “Cá nhân, doanh nghiệp” (hoặc “Cán bộ, quản lý” nếu bạn là cán bộ).",
               "Nhập tên đăng nhập, mật khẩu và kết quả phép tính xác thực, rồi bấm “Đăng nhập”.",
               "Quên mật khẩu: bấm “Quên mật khẩu?”, nhập số điện thoại để nhận mã và đặt mật khẩu mới."});
        steps("##g-submit", "3. Gửi phản ánh, kiến nghị",
              {"Bấm “Gửi phản ánh” trên thanh điều hướng.",
               "Nhập tiêu đề, nội dung, địa điểm (địa chỉ và xã, phường), có thể đánh dấu vị trí trên bản đồ.",
               "Đính kèm ảnh, video hoặc tài liệu nếu có, nhập kết quả phép tính xác thực.",
               "Bấm “GỬI” để gửi ngay hoặc “LƯU” để lưu bản nháp và gửi sau. Ghi lại mã tra cứu được cấp."});
        steps("##g-follow", "4. Theo dõi và đánh giá",
              {"Vào “Phản ánh, kiến nghị của tôi” để xem trạng thái, thời hạn và diễn biến xử lý.",
               "Khi có kết quả, bạn nhận thông báo; hãy đánh giá mức độ hài lòng với câu trả lời.",
               "Không cần đăng nhập, bạn vẫn tra cứu được trạng thái bằng mã tra cứu."});
        ui::muted(std::string("Cần hỗ trợ? Gọi tổng đài ") + tr::kHotline + " hoặc gửi thư đến " + tr::kEmail + ".");
    });
}

}  // namespace pakn::client::views
