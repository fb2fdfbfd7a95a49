// The words every area shows (the app's identity, navigation, screen
// titles, the connection indicator, the footer) and the words several areas
// share, each once: "Lĩnh vực" is one entry whether it labels a filter, a
// column or a tab. Vietnamese, in one place per area so a second locale can
// be added by swapping these files; the domain's error messages live in
// shared/ (messages.cpp) and are shown as the server sends them.
#pragma once

namespace pakn::client::tr {

// [SECTION] index: identity, navigation, screen titles, connection indicator,
// live notices, footer, words several areas share, widgets.

// [SECTION] identity
inline constexpr const char* kSystemName = "Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa";
inline constexpr const char* kSystemNameLong =
    "HỆ THỐNG PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP VỀ KINH TẾ - XÃ HỘI TỈNH KHÁNH HÒA";
inline constexpr const char* kShortName = "PAKN Khánh Hòa";
inline constexpr const char* kProvinceCommittee = "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA";
inline constexpr const char* kReportsAndPetitions = "Phản ánh, kiến nghị";  // the header's subtitle on phones
inline constexpr const char* kHotline = "1900 1023";
inline constexpr const char* kEmail = "pakn@khanhhoa.gov.vn";
// The footer's way to the help assistant (also on the Tab path).
inline constexpr const char* kAskAssistant = "Hỏi đáp với trợ lý ảo";
inline constexpr const char* kOperator = "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến";

// [SECTION] navigation
inline constexpr const char* kNavHome = "Trang chủ";
inline constexpr const char* kNavAbout = "Giới thiệu";
inline constexpr const char* kNavSubmit = "Gửi phản ánh";
inline constexpr const char* kNavStats = "Thống kê";
inline constexpr const char* kNavGuide = "Hướng dẫn";
inline constexpr const char* kNavLogin = "Đăng nhập";
inline constexpr const char* kNavMenu = "☰ Menu";
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
inline constexpr const char* kTitleHistory = "Lịch sử thao tác";
inline constexpr const char* kTitleOfficerMap = "Bản đồ hồ sơ";
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

// [SECTION] live notices (toasts), after their symbol
inline constexpr const char* kSeeNow = "Xem ngay";
inline constexpr const char* kToastNewReport = "Phản ánh mới ";
inline constexpr const char* kToastAssigned = "Đơn vị được giao phản ánh ";

// [SECTION] footer (with kHotline and kEmail after their prefixes)
inline constexpr const char* kHotlinePrefix = "Tổng đài: ";
// "Cỡ chữ" in the footer: the reader's text size, one label per ui::kTextSizes.
inline constexpr const char* kTextSize = "Cỡ chữ:";
inline constexpr const char* kTextSizeLabels[] = {"A", "A+", "A++"};
// Beside the text size: the high-contrast palette, kept on the device.
inline constexpr const char* kHighContrast = "Tương phản cao";

// [SECTION] words several areas share
inline constexpr const char* kAccount = "Tài khoản";
inline constexpr const char* kSending = "Đang gửi…";
inline constexpr const char* kCancel = "Hủy";
inline constexpr const char* kCaptchaHint = "Nhập câu trả lời..";
inline constexpr const char* kCaptchaNew = "↻ Câu hỏi khác";
inline constexpr const char* kCaptchaNewPicture = "↻ Mã khác";
inline constexpr const char* kCaptchaRead = "Đọc câu hỏi thay cho ảnh";
inline constexpr const char* kCaptchaShowPicture = "Dùng mã dạng ảnh";
inline constexpr const char* kCaptchaPictureFailed = "Không tải được ảnh mã xác thực.";
inline constexpr const char* kUsername = "Tên đăng nhập";
inline constexpr const char* kFullName = "Họ và tên";
inline constexpr const char* kPhone = "Số điện thoại";
inline constexpr const char* kAddress = "Địa chỉ";
inline constexpr const char* kCommune = "Xã, phường";
inline constexpr const char* kConfirm = "Xác nhận";
inline constexpr const char* kAccountPrefix = "Tài khoản: ";
inline constexpr const char* kLookupButton = "Tra cứu";
inline constexpr const char* kLookupEmpty = "Vui lòng nhập mã tra cứu.";
inline constexpr const char* kWorkingHours = "giờ làm việc";
inline constexpr const char* kToDate = "Đến ngày";
inline constexpr const char* kDateHint = "dd/mm/yyyy";
inline constexpr const char* kCategory = "Lĩnh vực";
inline constexpr const char* kByCategory = "Theo lĩnh vực";
inline constexpr const char* kStatus = "Trạng thái";
inline constexpr const char* kUnit = "Đơn vị";
inline constexpr const char* kLevel = "Mức độ";
inline constexpr const char* kSearchHint = "Nhập từ khóa...";
inline constexpr const char* kSearch = "Tìm kiếm";
inline constexpr const char* kClearFilters = "Xóa bộ lọc";
inline constexpr const char* kNoMatchingReports = "Không tìm thấy phản ánh, kiến nghị phù hợp.";
inline constexpr const char* kNounReports = "phản ánh";
inline constexpr const char* kReportContent = "Nội dung phản ánh, kiến nghị";
inline constexpr const char* kResult = "Kết quả xử lý";
inline constexpr const char* kAttachments = "Tệp đính kèm";
inline constexpr const char* kAll = "Tất cả";
inline constexpr const char* kNounNews = "tin";
inline constexpr const char* kPhonePrefix = "Điện thoại: ";
inline constexpr const char* kEmailPrefix = "Thư điện tử: ";
inline constexpr const char* kCommuneOrZone = "Xã, phường, đặc khu";
inline constexpr const char* kOpenMap = "Xem trên bản đồ";
inline constexpr const char* kCopyCode = "Sao chép mã";
inline constexpr const char* kViewReport = "Xem phản ánh";
inline constexpr const char* kSentOn = "Ngày gửi: ";
inline constexpr const char* kOverdue = "Quá hạn";
inline constexpr const char* kPublished = "Đã công khai";
inline constexpr const char* kCategoryPrefix = "Lĩnh vực: ";
inline constexpr const char* kPlacePrefix = "Địa điểm: ";
inline constexpr const char* kCoordinatesPrefix = "Tọa độ: ";
inline constexpr const char* kChannelPrefix = "Kênh tiếp nhận: ";
inline constexpr const char* kContent = "Nội dung";
inline constexpr const char* kCoUnitsPrefix = "Đơn vị phối hợp: ";
inline constexpr const char* kTimeline = "Quá trình xử lý";
inline constexpr const char* kTrackingCodeExample = "PAKN-2026-000123";
inline constexpr const char* kCommunePrefix = "Xã, phường: ";
inline constexpr const char* kSystem = "Hệ thống";
inline constexpr const char* kAnyUnit = "Mọi đơn vị";
inline constexpr const char* kTitleField = "Tiêu đề";
inline constexpr const char* kDash = "—";
inline constexpr const char* kMail = "Thư điện tử";
inline constexpr const char* kChoose = "Chọn…";
inline constexpr const char* kCopied = "Đã sao chép.";
inline constexpr const char* kFixFields = "Vui lòng kiểm tra các trường được đánh dấu.";
inline constexpr const char* kFind = "Tìm";

// [SECTION] widgets (ui/): banners, pager, drop-downs, charts, the map
inline constexpr const char* kReportCount = "Số phản ánh";
inline constexpr const char* kReceived = "Tiếp nhận";
inline constexpr const char* kResolved = "Đã giải quyết";
inline constexpr const char* kShowChart = "Biểu đồ";
inline constexpr const char* kShowTable = "Bảng số liệu";
inline constexpr const char* kNoData = "Chưa có số liệu.";
inline constexpr const char* kNoDataInRange = "Chưa có số liệu trong khoảng thời gian này.";
inline constexpr const char* kDownloadCsv = "Tải CSV";  // drawn after "↓ "
inline constexpr const char* kTotalPrefix = "Tổng số: ";
inline constexpr const char* kPage = "Trang";
inline constexpr const char* kPreviousPage = "← Trước";
inline constexpr const char* kNextPage = "Sau →";
inline constexpr const char* kTypeToSearch = "Gõ để tìm…";
inline constexpr const char* kHoursSuffix = " giờ";
inline constexpr const char* kZoomIn = "Phóng to";
inline constexpr const char* kZoomOut = "Thu nhỏ";
inline constexpr const char* kWholeProvince = "Xem toàn tỉnh";
inline constexpr const char* kDegreesEast = "°Đ";   // kinh độ Đông
inline constexpr const char* kDegreesNorth = "°B";  // vĩ độ Bắc
inline constexpr const char* kTruongSa = "Đặc khu Trường Sa";
// The map's view for tests and screen readers: centre and tile zoom as the value.
inline constexpr const char* kMapViewLabel = "Vùng bản đồ đang xem";
inline constexpr const char* kMapPin = "Vị trí đã ghim";

}  // namespace pakn::client::tr
