// Every user-visible string of the client, in Vietnamese, in one place so a
// second locale can be added by swapping this file. Error messages of the
// domain live in shared/ (messages.cpp) and are shown as the server sends them.
#pragma once

namespace pakn::client::tr {

// [SECTION] identity
inline constexpr const char* kSystemName = "Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa";
inline constexpr const char* kSystemNameLong =
    "HỆ THỐNG PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP VỀ KINH TẾ - XÃ HỘI TỈNH KHÁNH HÒA";
inline constexpr const char* kShortName = "PAKN Khánh Hòa";
inline constexpr const char* kHotline = "1900 1023";
inline constexpr const char* kEmail = "pakn@khanhhoa.gov.vn";
inline constexpr const char* kOperator = "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến";

// [SECTION] navigation
inline constexpr const char* kNavHome = "Trang chủ";
inline constexpr const char* kNavAbout = "Giới thiệu";
inline constexpr const char* kNavSubmit = "Gửi phản ánh";
inline constexpr const char* kNavStats = "Thống kê";
inline constexpr const char* kNavGuide = "Hướng dẫn";
inline constexpr const char* kNavLogin = "Đăng nhập";
inline constexpr const char* kNavMenu = "☰ Menu";
inline constexpr const char* kNavAccount = "Tài khoản";
inline constexpr const char* kNavConsole = "Trang cán bộ";
inline constexpr const char* kNotFoundTitle = "Không tìm thấy trang";
inline constexpr const char* kNotFoundBody = "Đường dẫn bạn mở không tồn tại hoặc đã được thay đổi.";
inline constexpr const char* kBackHome = "Về trang chủ";

// [SECTION] screen titles (browser tab and headings)
inline constexpr const char* kTitleMap = "Bản đồ phản ánh";
inline constexpr const char* kTitlePublished = "Phản ánh đã công khai";
inline constexpr const char* kTitleAnnouncements = "Thông báo, tin tức";
inline constexpr const char* kTitleDirectory = "Địa chỉ cần biết";
inline constexpr const char* kTitleLookup = "Tra cứu phản ánh";
inline constexpr const char* kTitleRegister = "Đăng ký tài khoản";
inline constexpr const char* kTitleVerifyOtp = "Xác thực mã OTP";
inline constexpr const char* kTitleForgot = "Lấy lại mật khẩu";
inline constexpr const char* kTitleReset = "Đặt lại mật khẩu";
inline constexpr const char* kTitleChangePassword = "Thay đổi mật khẩu";
inline constexpr const char* kTitleAccount = "Thông tin cá nhân";
inline constexpr const char* kTitleAccountEdit = "Chỉnh sửa thông tin";
inline constexpr const char* kTitleMyReports = "Phản ánh, kiến nghị của tôi";
inline constexpr const char* kTitleReport = "Chi tiết phản ánh";
inline constexpr const char* kTitleNotifications = "Thông báo";
inline constexpr const char* kTitleInbox = "Hộp xử lý phản ánh";
inline constexpr const char* kTitleProcessing = "Xử lý phản ánh";
inline constexpr const char* kTitleIntake = "Tiếp nhận phản ánh qua tổng đài";
inline constexpr const char* kTitleDashboard = "Thống kê đơn vị";
inline constexpr const char* kTitleAdmin = "Quản trị hệ thống";
inline constexpr const char* kSignInRequired = "Vui lòng đăng nhập để tiếp tục.";
inline constexpr const char* kOfficerOnly = "Trang này dành cho cán bộ, quản lý.";
inline constexpr const char* kReporterOnly = "Trang này dành cho tài khoản cá nhân, tổ chức, doanh nghiệp.";

// [SECTION] connection indicator
inline constexpr const char* kOnline = "Đã kết nối";
inline constexpr const char* kOffline = "Mất kết nối máy chủ";
inline constexpr const char* kConnecting = "Đang kết nối…";
inline constexpr const char* kRetry = "Thử lại";
inline constexpr const char* kLoading = "Đang tải…";
inline constexpr const char* kNetworkError = "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.";

// [SECTION] footer
inline constexpr const char* kFooterHotline = "Tổng đài: 1900 1023";
inline constexpr const char* kFooterEmail = "Thư điện tử: pakn@khanhhoa.gov.vn";

}  // namespace pakn::client::tr
