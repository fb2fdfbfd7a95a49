#include "pakn/guide.h"

namespace pakn {
namespace {

constexpr std::string_view kRegister[] = {
    "Bấm “Đăng nhập”, chọn “Đăng ký” và chọn loại tài khoản: cá nhân hoặc tổ chức, doanh nghiệp.",
    "Điền các thông tin; ô có dấu (*) là bắt buộc. Cá nhân dùng số CCCD/CMND làm tên đăng nhập; tổ "
    "chức, doanh nghiệp dùng mã số doanh nghiệp hoặc số quyết định thành lập.",
    "Nhập mã xác thực gồm 6 chữ số được gửi qua tin nhắn SMS đến số điện thoại đã khai báo.",
};
constexpr std::string_view kLogin[] = {
    "Chọn thẻ “Cá nhân, doanh nghiệp” (hoặc “Cán bộ, quản lý” nếu bạn là cán bộ).",
    "Nhập tên đăng nhập, mật khẩu và kết quả phép tính xác thực, rồi bấm “Đăng nhập”.",
    "Quên mật khẩu: bấm “Quên mật khẩu?”, nhập số điện thoại để nhận mã và đặt mật khẩu mới.",
};
constexpr std::string_view kSubmit[] = {
    "Bấm “Gửi phản ánh” trên thanh điều hướng.",
    "Nhập tiêu đề, nội dung, địa điểm (địa chỉ và xã, phường), có thể đánh dấu vị trí trên bản đồ.",
    "Đính kèm ảnh, video hoặc tài liệu nếu có, nhập kết quả phép tính xác thực.",
    "Bấm “GỬI” để gửi ngay hoặc “LƯU” để lưu bản nháp và gửi sau. Ghi lại mã tra cứu được cấp.",
};
constexpr std::string_view kFollow[] = {
    "Vào “Phản ánh, kiến nghị của tôi” để xem trạng thái, thời hạn và diễn biến xử lý.",
    "Khi có kết quả, bạn nhận thông báo; hãy đánh giá mức độ hài lòng với câu trả lời.",
    "Không cần đăng nhập, bạn vẫn tra cứu được trạng thái bằng mã tra cứu.",
};

constexpr GuideSection kSections[] = {
    {"1. Đăng ký tài khoản", "/dang-ky", kRegister},
    {"2. Đăng nhập", "/dang-nhap", kLogin},
    {"3. Gửi phản ánh, kiến nghị", "/gui-phan-anh", kSubmit},
    {"4. Theo dõi và đánh giá", "/tra-cuu", kFollow},
};

}  // namespace

std::span<const GuideSection> guide_sections() { return kSections; }

}  // namespace pakn
