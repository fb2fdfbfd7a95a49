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

// [SECTION] accounts (sign-in, registration, OTP, passwords, account pages).
// Labels follow the seed's screens (chapters 2.1-2.3 and the mobile app).
namespace accounts {
// common
inline constexpr const char* kRequiredNote = "Các trường đánh dấu (*) là bắt buộc nhập.";
inline constexpr const char* kPasswordRule = "Sử dụng 6 ký tự trở lên, bao gồm cả ký tự, chữ và số.";
inline constexpr const char* kSending = "Đang gửi…";
inline constexpr const char* kCancel = "Hủy";
inline constexpr const char* kCancelUpper = "HỦY";
inline constexpr const char* kBack = "Trở về";
inline constexpr const char* kNotGiven = "(chưa cập nhật)";
// captcha
inline constexpr const char* kCaptchaLabel = "Mã số xác thực";
inline constexpr const char* kCaptchaHint = "Nhập câu trả lời..";
inline constexpr const char* kCaptchaNew = "↻ Câu hỏi khác";
inline constexpr const char* kCaptchaNewPicture = "↻ Mã khác";
inline constexpr const char* kCaptchaRead = "Đọc câu hỏi thay cho ảnh";
inline constexpr const char* kCaptchaShowPicture = "Dùng mã dạng ảnh";
inline constexpr const char* kCaptchaPictureFailed = "Không tải được ảnh mã xác thực.";
inline constexpr const char* kCaptchaLoading = "Đang tải câu hỏi xác thực…";
inline constexpr const char* kCaptchaRetry = "↻ Tải lại câu hỏi";
// login
inline constexpr const char* kLoginHeading = "ĐĂNG NHẬP";
inline constexpr const char* kTabPublic = "CÁ NHÂN, DOANH NGHIỆP";
inline constexpr const char* kTabOfficer = "CÁN BỘ, QUẢN LÝ";
inline constexpr const char* kLoginIntroPublic =
    "Đăng nhập và sử dụng hệ thống dành cho các cá nhân, tổ chức và doanh nghiệp.";
inline constexpr const char* kLoginIntroOfficer =
    "Đăng nhập dành cho cán bộ, công chức tiếp nhận và xử lý phản ánh, kiến nghị.";
inline constexpr const char* kLoginPublicLabel = "Tài khoản";
inline constexpr const char* kLoginPublicHint = "Nhập CMND/CCCD hoặc ĐKKD..";
inline constexpr const char* kLoginOfficerLabel = "Tên đăng nhập";
inline constexpr const char* kLoginOfficerHint = "Nhập tên đăng nhập..";
inline constexpr const char* kPasswordLabel = "Mật khẩu";
inline constexpr const char* kPasswordHint = "Mật khẩu..";
inline constexpr const char* kForgotLink = "Quên mật khẩu?";
inline constexpr const char* kOfficerForgot =
    "Cán bộ quên mật khẩu vui lòng liên hệ quản trị hệ thống để được cấp lại.";
// "##submit": the header has its own "Đăng nhập" button on this screen.
inline constexpr const char* kSignInButton = "Đăng nhập##submit";
inline constexpr const char* kNoAccount = "Chưa có tài khoản?";
inline constexpr const char* kRegisterLink = "Đăng ký";
// registration
inline constexpr const char* kRegisterHeading = "ĐĂNG KÝ TÀI KHOẢN";
inline constexpr const char* kRegisterCitizen = "ĐĂNG KÝ DÀNH CHO CÁ NHÂN";
inline constexpr const char* kRegisterOrg = "ĐĂNG KÝ DÀNH CHO TỔ CHỨC, DOANH NGHIỆP";
inline constexpr const char* kRegisterChoose = "Chọn loại tài khoản bạn muốn đăng ký:";
inline constexpr const char* kRegisterCitizenNote =
    "Người dân đăng ký bằng số CMND/CCCD; tên đăng nhập chính là số CMND/CCCD.";
inline constexpr const char* kRegisterOrgNote =
    "Tổ chức, doanh nghiệp đăng ký bằng số chứng nhận ĐKKD hoặc số quyết định thành lập; đó cũng là tên đăng nhập.";
inline constexpr const char* kRegisterOtherKind = "← Chọn loại tài khoản khác";
inline constexpr const char* kCitizenLoginLabel = "Số CMND/CCCD";
inline constexpr const char* kCitizenLoginHint = "Nhập số CMND/CCCD..";
inline constexpr const char* kCitizenLoginNote = "Tên đăng nhập chính là số CMND/CCCD đã đăng ký tài khoản.";
inline constexpr const char* kOrgLoginLabel = "Số chứng nhận ĐKKD/Số quyết định thành lập";
inline constexpr const char* kOrgLoginHint = "Nhập mã số doanh nghiệp hoặc số quyết định thành lập..";
inline constexpr const char* kOrgLoginNote =
    "Tên đăng nhập chính là số chứng nhận ĐKKD/Số quyết định thành lập doanh nghiệp đã đăng ký tài khoản.";
inline constexpr const char* kFullNameLabel = "Họ và tên";
inline constexpr const char* kFullNameHint = "Nhập họ và tên..";
inline constexpr const char* kOrgNameLabel = "Tên tổ chức, doanh nghiệp";
inline constexpr const char* kOrgNameHint = "Nhập tên tổ chức, doanh nghiệp..";
inline constexpr const char* kRepresentativeLabel = "Người đại diện";
inline constexpr const char* kRepresentativeHint = "Nhập họ và tên người đại diện..";
inline constexpr const char* kPhoneLabel = "Số điện thoại";
inline constexpr const char* kPhoneHint = "Số điện thoại..";
inline constexpr const char* kPhoneNote = "Mã xác thực OTP được gửi qua tin nhắn SMS đến số điện thoại này.";
inline constexpr const char* kEmailLabel = "Email";
inline constexpr const char* kEmailHint = "Nhập địa chỉ email..";
inline constexpr const char* kAddressLabel = "Địa chỉ";
inline constexpr const char* kAddressHint = "Số nhà, đường/thôn..";
inline constexpr const char* kCommuneLabel = "Xã, phường";
inline constexpr const char* kCommunePlaceholder = "Chọn xã, phường..";
inline constexpr const char* kNewPasswordHint = "Nhập mật khẩu..";
inline constexpr const char* kConfirmLabel = "Xác nhận mật khẩu";
inline constexpr const char* kConfirmHint = "Nhập xác nhận mật khẩu..";
inline constexpr const char* kRegisterButton = "ĐĂNG KÝ";
inline constexpr const char* kHaveAccount = "Đã có tài khoản?";
inline constexpr const char* kSignInNow = "Đăng nhập ngay";
// OTP
inline constexpr const char* kOtpHeading = "XÁC THỰC MÃ OTP";
inline constexpr const char* kOtpSentTo = "Mã xác thực đã được gửi về số điện thoại:";
inline constexpr const char* kOtpHelpRegister = "Nhập mã gồm 6 chữ số trong tin nhắn SMS để hoàn tất đăng ký tài khoản.";
inline constexpr const char* kOtpHelpReset = "Nhập mã gồm 6 chữ số trong tin nhắn SMS để đặt lại mật khẩu.";
inline constexpr const char* kOtpLabel = "Mã OTP";
inline constexpr const char* kOtpHint = "Nhập mã OTP";
inline constexpr const char* kOtpNotReceived = "Bạn chưa nhận được mã?";
inline constexpr const char* kOtpResend = "Gửi lại OTP";
inline constexpr const char* kOtpResendIn = "Gửi lại OTP sau ";
inline constexpr const char* kSeconds = " giây";
inline constexpr const char* kOtpResent = "Đã gửi lại mã OTP về số điện thoại ";
inline constexpr const char* kOtpVerify = "XÁC THỰC";
inline constexpr const char* kOtpNoFlow =
    "Phiên xác thực không còn hiệu lực. Vui lòng đăng ký hoặc yêu cầu lấy lại mật khẩu từ đầu.";
inline constexpr const char* kRegisteredFlash = "Đăng ký tài khoản thành công. Vui lòng đăng nhập để sử dụng hệ thống.";
// forgotten password
inline constexpr const char* kForgotHeading = "LẤY LẠI MẬT KHẨU";
inline constexpr const char* kForgotIntro =
    "Nhập số điện thoại đã đăng ký tài khoản hệ thống sẽ gửi mã OTP về số điện thoại đó.";
inline constexpr const char* kForgotConfirm = "XÁC NHẬN";
inline constexpr const char* kBackToLogin = "← VỀ TRANG ĐĂNG NHẬP";
// reset
inline constexpr const char* kResetHeading = "ĐẶT LẠI MẬT KHẨU";
inline constexpr const char* kNewPasswordLabel = "Mật khẩu mới";
inline constexpr const char* kNewPasswordHint2 = "Nhập mật khẩu mới..";
inline constexpr const char* kResetConfirm = "Xác nhận";
inline constexpr const char* kResetNeedsOtp = "Vui lòng nhập mã OTP đã gửi về số điện thoại trước khi đặt mật khẩu mới.";
inline constexpr const char* kResetFlash = "Đặt lại mật khẩu thành công. Vui lòng đăng nhập bằng mật khẩu mới.";
// change password
inline constexpr const char* kChangeHeading = "THAY ĐỔI MẬT KHẨU";
inline constexpr const char* kOldPasswordLabel = "Mật khẩu cũ";
inline constexpr const char* kOldPasswordHint = "Nhập mật khẩu cũ..";
inline constexpr const char* kRepeatNewLabel = "Nhập lại mật khẩu mới";
inline constexpr const char* kChangeSubmit = "CẬP NHẬT";
inline constexpr const char* kChangeDone =
    "Đổi mật khẩu thành công. Các phiên đăng nhập khác của tài khoản đã được đăng xuất.";
inline constexpr const char* kMustChange =
    "Tài khoản của bạn đang dùng mật khẩu được cấp. Vui lòng đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.";
inline constexpr const char* kContinue = "Tiếp tục";
// account page
inline constexpr const char* kAccountHeading = "THÔNG TIN CÁ NHÂN";
inline constexpr const char* kAccountLogin = "Tài khoản: ";
inline constexpr const char* kAccountPhone = "Số điện thoại:";
inline constexpr const char* kAccountEmail = "Email:";
inline constexpr const char* kAccountAddress = "Địa chỉ:";
inline constexpr const char* kAccountOrg = "Tổ chức, doanh nghiệp:";
inline constexpr const char* kAccountRepresentative = "Người đại diện:";
inline constexpr const char* kAccountUnit = "Đơn vị:";
inline constexpr const char* kAccountRole = "Vai trò:";
inline constexpr const char* kMyReports = "Phản ánh, kiến nghị của tôi";
inline constexpr const char* kNotifications = "Thông báo";
inline constexpr const char* kManage = "Quản lý tài khoản";
inline constexpr const char* kEditInfo = "Chỉnh sửa thông tin";
inline constexpr const char* kChangePassword = "Đổi mật khẩu";
inline constexpr const char* kConsole = "Vào trang cán bộ, quản lý";
inline constexpr const char* kLogout = "ĐĂNG XUẤT";
inline constexpr const char* kDelete = "XÓA TÀI KHOẢN";
inline constexpr const char* kDeleteTitle = "Xóa tài khoản";
inline constexpr const char* kDeleteErased =
    "Thông tin cá nhân của bạn bị xóa vĩnh viễn: họ và tên, số CMND/CCCD hoặc mã số doanh nghiệp, số điện thoại, "
    "email, địa chỉ. Bạn không thể đăng nhập lại bằng tài khoản này.";
inline constexpr const char* kDeleteKept =
    "Các phản ánh, kiến nghị bạn đã gửi vẫn được lưu giữ và tiếp tục xử lý; chúng hiển thị là của một tài khoản đã "
    "xóa, không kèm thông tin cá nhân của bạn.";
inline constexpr const char* kDeleteErasedTitle = "Những gì bị xóa";
inline constexpr const char* kDeleteKeptTitle = "Những gì được giữ lại";
inline constexpr const char* kDeletePasswordLabel = "Nhập mật khẩu để xác nhận";
inline constexpr const char* kDeleteConfirm = "XÓA VĨNH VIỄN";
inline constexpr const char* kDeletedFlash = "Tài khoản của bạn đã được xóa.";
// edit profile
inline constexpr const char* kEditHeading = "CHỈNH SỬA THÔNG TIN";
inline constexpr const char* kSave = "LƯU THAY ĐỔI";
inline constexpr const char* kSaved = "Đã lưu thông tin tài khoản.";
inline constexpr const char* kNoChanges = "Bạn chưa thay đổi thông tin nào.";
inline constexpr const char* kPhoneChangeNote = "Đổi số điện thoại cần xác thực bằng mã OTP gửi đến số mới.";
inline constexpr const char* kPhoneChangeSent = "Mã xác thực đã được gửi về số điện thoại mới:";
inline constexpr const char* kPhoneOtpLabel = "Mã OTP của số điện thoại mới";
inline constexpr const char* kPhoneVerify = "XÁC NHẬN SỐ MỚI";
inline constexpr const char* kPhoneChanged = "Đã cập nhật số điện thoại.";
}  // namespace accounts

// [SECTION] public (home, statistics, map, published reports, announcements,
// directory). Wording follows the seed's portal ("Trang chủ", "Thống kê",
// "Địa chỉ cần biết") and the user guide's descriptions.
namespace pub {
inline constexpr const char* kNavMap = "Bản đồ";
inline constexpr const char* kNavDirectory = "Địa chỉ cần biết";
// home
inline constexpr const char* kHomeIntro =
    "Người dân, doanh nghiệp gửi phản ánh, kiến nghị về kinh tế – xã hội đến chính quyền tỉnh Khánh Hòa; Trung tâm "
    "điều phối chuyển đến cơ quan có thẩm quyền, cơ quan xử lý trong thời hạn quy định và trả lời công khai. Bạn theo "
    "dõi được trạng thái xử lý và đánh giá mức độ hài lòng khi có kết quả.";
inline constexpr const char* kSubmitUpper = "GỬI PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kSeeStats = "Xem thống kê";
inline constexpr const char* kSeeMap = "Xem bản đồ";
inline constexpr const char* kLookupTitle = "Tra cứu phản ánh";
inline constexpr const char* kLookupNote = "Nhập mã tra cứu được cấp khi gửi phản ánh để xem tình trạng xử lý.";
inline constexpr const char* kLookupHint = "Mã tra cứu, ví dụ PAKN-2026-000123";
inline constexpr const char* kLookupButton = "Tra cứu";
inline constexpr const char* kLookupEmpty = "Vui lòng nhập mã tra cứu.";
inline constexpr const char* kYearFigures = "Số liệu năm ";
inline constexpr const char* kSince = "Từ ngày ";
inline constexpr const char* kStatsDetail = "Xem thống kê chi tiết →";
inline constexpr const char* kFigReceived = "Phản ánh đã tiếp nhận";
inline constexpr const char* kFigResolved = "Đã giải quyết";
inline constexpr const char* kFigOnTime = "Tỷ lệ xử lý đúng hạn";
inline constexpr const char* kFigSatisfaction = "Mức độ hài lòng";
inline constexpr const char* kFigHandling = "Thời gian xử lý trung bình";
inline constexpr const char* kFigHandlingNote = "giờ làm việc";
inline constexpr const char* kLatestResults = "Kết quả xử lý mới công khai";
inline constexpr const char* kAllResults = "Xem tất cả phản ánh đã công khai →";
inline constexpr const char* kLatestNews = "Thông báo, tin tức mới";
inline constexpr const char* kAllNews = "Xem tất cả thông báo, tin tức →";
inline constexpr const char* kNoPublished = "Chưa có phản ánh nào được công khai.";
inline constexpr const char* kNoNews = "Chưa có thông báo, tin tức.";
inline constexpr const char* kChannels = "Các kênh tiếp nhận";
inline constexpr const char* kChannelWeb = "• Trang web này hoặc ứng dụng PAKN Khánh Hòa trên điện thoại";
inline constexpr const char* kChannelHotline = "• Tổng đài: ";
inline constexpr const char* kChannelEmail = "• Thư điện tử: ";
inline constexpr const char* kChannelDesk = "• Trực tiếp tại Trung tâm phục vụ hành chính công các cấp";
inline constexpr const char* kQrTitle = "Ứng dụng trên điện thoại";
inline constexpr const char* kQrText = "Quét mã để mở ứng dụng trên điện thoại (cài đặt như ứng dụng)";
inline constexpr const char* kQrLabel = "Mã QR ứng dụng";
// statistics
inline constexpr const char* kStatsHeading = "Thống kê phản ánh, kiến nghị";
inline constexpr const char* kStatsIntro =
    "Số liệu tiếp nhận, xử lý phản ánh, kiến nghị trên địa bàn tỉnh: theo tháng, trạng thái, lĩnh vực, đơn vị, xã, "
    "phường; tỷ lệ xử lý đúng hạn và mức độ hài lòng của người dân. Thời gian tính theo giờ làm việc.";
inline constexpr const char* kPresetMonth = "Tháng này";
inline constexpr const char* kPresetQuarter = "Quý này";
inline constexpr const char* kPresetYear = "Năm nay";
inline constexpr const char* kPreset12Months = "12 tháng qua";
inline constexpr const char* kFrom = "Từ ngày";
inline constexpr const char* kTo = "Đến ngày";
inline constexpr const char* kDateHint = "dd/mm/yyyy";
inline constexpr const char* kCategory = "Lĩnh vực";
inline constexpr const char* kAllCategories = "Tất cả lĩnh vực";
inline constexpr const char* kApply = "Xem số liệu";
inline constexpr const char* kInvalidDate = "Ngày không hợp lệ, vui lòng nhập theo dạng dd/mm/yyyy.";
inline constexpr const char* kInvalidRange = "Ngày kết thúc không được trước ngày bắt đầu.";
inline constexpr const char* kStatsEmpty = "Chưa có phản ánh, kiến nghị nào trong khoảng thời gian đã chọn.";
inline constexpr const char* kChartMonth = "Số phản ánh theo tháng";
inline constexpr const char* kChartRate = "Tỷ lệ xử lý đúng hạn theo tháng";
inline constexpr const char* kChartStatus = "Theo trạng thái xử lý";
inline constexpr const char* kChartCategory = "Theo lĩnh vực";
inline constexpr const char* kChartUnit = "Xếp hạng đơn vị theo tỷ lệ xử lý đúng hạn";
inline constexpr const char* kChartSatisfaction = "Mức độ hài lòng của người dân";
inline constexpr const char* kChartHandling = "Thời gian xử lý trung bình theo lĩnh vực (giờ làm việc)";
inline constexpr const char* kChartCommune = "Xã, phường có nhiều phản ánh nhất";
inline constexpr const char* kSeeOnMap = "Xem trên bản đồ →";
inline constexpr const char* kColMonth = "Tháng";
inline constexpr const char* kColReceived = "Tiếp nhận";
inline constexpr const char* kColResolved = "Đã giải quyết";
inline constexpr const char* kColOnTime = "Đúng hạn (%)";
inline constexpr const char* kColOnTimeShort = "Đúng hạn";
inline constexpr const char* kColStatus = "Trạng thái";
inline constexpr const char* kColCount = "Số phản ánh";
inline constexpr const char* kColCategory = "Lĩnh vực";
inline constexpr const char* kColUnit = "Đơn vị";
inline constexpr const char* kColHours = "Thời gian xử lý TB (giờ)";
inline constexpr const char* kColLevel = "Mức độ";
inline constexpr const char* kColRatings = "Số đánh giá";
inline constexpr const char* kColShare = "Tỷ lệ (%)";
inline constexpr const char* kColCommune = "Xã, phường";
inline constexpr const char* kRated = "đánh giá hài lòng";
inline constexpr const char* kShowAllUnits = "Xem tất cả ";
inline constexpr const char* kUnitsSuffix = " đơn vị ↓";
inline constexpr const char* kCollapse = "Thu gọn ↑";
inline constexpr const char* kShowTable = "Bảng số liệu";
inline constexpr const char* kShowChart = "Biểu đồ";
inline constexpr const char* kDownloadCsv = "↓ Tải CSV";
inline constexpr const char* kNoData = "Chưa có số liệu.";
inline constexpr const char* kNoDataInRange = "Chưa có số liệu trong khoảng thời gian này.";
// map
inline constexpr const char* kMapHeading = "Bản đồ phản ánh, kiến nghị";
inline constexpr const char* kMapIntro =
    "Màu của mỗi xã, phường cho biết số phản ánh đã tiếp nhận. Rê chuột để xem số liệu, bấm vào một xã, phường để "
    "xem các phản ánh đã công khai tại đó; kéo để di chuyển, cuộn chuột hoặc dùng nút +/– để phóng to, thu nhỏ.";
inline constexpr const char* kMapNoShapes =
    "Chưa có dữ liệu ranh giới hành chính: bản đồ hiển thị vị trí các phản ánh theo kinh độ, vĩ độ.";
inline constexpr const char* kMapNothing =
    "Chưa có dữ liệu ranh giới hành chính và chưa có phản ánh nào có vị trí để hiển thị trên bản đồ. Số phản ánh "
    "theo từng xã, phường ở bảng dưới đây.";
inline constexpr const char* kMapCommunes = "Số phản ánh theo xã, phường";
inline constexpr const char* kMapSelected = "Đang xem: ";
inline constexpr const char* kMapClear = "Bỏ chọn xã, phường";
inline constexpr const char* kMapReportsAll = "Phản ánh đã công khai mới nhất";
inline constexpr const char* kMapReportsOf = "Phản ánh đã công khai tại ";
inline constexpr const char* kMapPoints = " phản ánh có vị trí trên bản đồ";
inline constexpr const char* kMapShowPoints = "Hiện vị trí từng phản ánh";
// published reports
inline constexpr const char* kPublishedHeading = "Phản ánh, kiến nghị đã công khai";
inline constexpr const char* kPublishedIntro =
    "Các phản ánh, kiến nghị đã có kết quả xử lý và được người gửi đồng ý công khai. Thông tin cá nhân của người gửi "
    "không được hiển thị.";
inline constexpr const char* kSearchHint = "Nhập từ khóa...";
inline constexpr const char* kSearchLabel = "Tìm kiếm";
inline constexpr const char* kSearch = "Tìm kiếm";
inline constexpr const char* kCommune = "Xã, phường";
inline constexpr const char* kAllCommunes = "Tất cả xã, phường";
inline constexpr const char* kClearFilters = "Xóa bộ lọc";
inline constexpr const char* kNoResults = "Không tìm thấy phản ánh, kiến nghị phù hợp.";
inline constexpr const char* kNounReports = "phản ánh";
// one published report
inline constexpr const char* kBackToPublished = "← Danh sách phản ánh đã công khai";
inline constexpr const char* kCode = "Mã tra cứu:";
inline constexpr const char* kSubmittedAt = "Ngày gửi:";
inline constexpr const char* kReporter = "Người gửi:";
inline constexpr const char* kPlace = "Địa điểm:";
inline constexpr const char* kCategoryKV = "Lĩnh vực:";
inline constexpr const char* kUnit = "Đơn vị xử lý:";
inline constexpr const char* kContent = "Nội dung phản ánh, kiến nghị";
inline constexpr const char* kResult = "Kết quả xử lý";
inline constexpr const char* kResultAt = "Ngày trả lời:";
inline constexpr const char* kRating = "Đánh giá của người gửi:";
inline constexpr const char* kNoRating = "Chưa đánh giá";
inline constexpr const char* kNoResult = "Chưa có kết quả xử lý.";
inline constexpr const char* kAttachments = "Tệp đính kèm";
// announcements
inline constexpr const char* kNewsHeading = "Thông báo, tin tức";
inline constexpr const char* kNewsIntro =
    "Chủ trương, chính sách của tỉnh, thông tin du lịch, các sự kiện và thông báo đến người dân, doanh nghiệp.";
inline constexpr const char* kAllKinds = "Tất cả";
inline constexpr const char* kNounNews = "tin";
inline constexpr const char* kBackToNews = "← Danh sách thông báo, tin tức";
inline constexpr const char* kPostedOn = "Ngày đăng: ";
// directory
inline constexpr const char* kDirectoryHeading = "Địa chỉ cần biết";
inline constexpr const char* kDirectoryIntro =
    "Địa chỉ, số điện thoại, thư điện tử của Trung tâm điều phối, các sở, ban, ngành, UBND xã, phường, đặc khu và "
    "doanh nghiệp hạ tầng đô thị tham gia tiếp nhận, xử lý phản ánh, kiến nghị.";
inline constexpr const char* kDirectorySearchHint = "Tìm theo tên đơn vị, địa chỉ, số điện thoại…";
inline constexpr const char* kDirPhone = "Điện thoại: ";
inline constexpr const char* kDirEmail = "Thư điện tử: ";
inline constexpr const char* kDirAddress = "Địa chỉ: ";
inline constexpr const char* kNoContact = "Chưa cập nhật địa chỉ, số điện thoại.";
inline constexpr const char* kNoUnits = "Không tìm thấy đơn vị phù hợp.";
inline constexpr const char* kUnitsFound = " đơn vị";
}  // namespace pub

// [SECTION] reports (citizen screens: submit, my reports, report page,
// notifications, lookup; the report widgets: timeline, attachments, viewer).
namespace rep {
// submit form (labels of the seed's "Tạo mới phản ánh, kiến nghị")
inline constexpr const char* kSubmitHeading = "Tạo mới phản ánh, kiến nghị";
inline constexpr const char* kEditHeading = "Chỉnh sửa phản ánh, kiến nghị";
inline constexpr const char* kSupplementHeading = "Bổ sung thông tin phản ánh, kiến nghị";
inline constexpr const char* kTitleLabel = "PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC";
inline constexpr const char* kTitleHint = "Nhập tiêu đề..";
inline constexpr const char* kContentLabel = "NỘI DUNG";
inline constexpr const char* kContentHint = "Nhập nội dung..";
inline constexpr const char* kAddressLabel = "ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kAddressHint =
    "Nhập địa chỉ phản ánh: Số, đường/thôn, xã/phường/thị trấn, huyện/thị xã/thành phố..";
inline constexpr const char* kCommuneLabel = "Xã, phường, đặc khu";
inline constexpr const char* kCommunePlaceholder = "Chọn xã, phường, đặc khu";
inline constexpr const char* kCategoryLabel = "Lĩnh vực";
inline constexpr const char* kCategoryPlaceholder = "Chọn lĩnh vực (không bắt buộc)";
inline constexpr const char* kPointLabel = "Vị trí trên bản đồ (không bắt buộc)";
inline constexpr const char* kLatLabel = "Vĩ độ";
inline constexpr const char* kLonLabel = "Kinh độ";
inline constexpr const char* kLatHint = "12.2388";
inline constexpr const char* kLonHint = "109.1967";
inline constexpr const char* kMyLocation = "Vị trí của tôi";
inline constexpr const char* kLocating = "Đang xác định vị trí…";
inline constexpr const char* kPickOnMap = "Chọn trên bản đồ";
inline constexpr const char* kHideMap = "Ẩn bản đồ";
inline constexpr const char* kMapHint = "Bấm vào bản đồ để chọn vị trí; xã, phường được chọn theo vị trí đó.";
inline constexpr const char* kClearPoint = "Bỏ vị trí";
inline constexpr const char* kPointSet = "Đã chọn vị trí: ";
inline constexpr const char* kAccuracy = " (sai số khoảng ";
inline constexpr const char* kOpenMap = "Xem trên bản đồ";
inline constexpr const char* kAttachmentsLabel = "TÀI LIỆU ĐÍNH KÈM";
inline constexpr const char* kUpload = "Tải lên";
inline constexpr const char* kAttachmentRules =
    "Tối đa 5 tệp: ảnh (JPEG, PNG, WebP, HEIC) và tài liệu (PDF, DOCX, XLSX) đến 20 MB, video (MP4, MOV) đến 100 MB.";
inline constexpr const char* kTooManyPicked = "Chỉ được đính kèm tối đa 5 tệp; các tệp thừa đã được bỏ qua.";
inline constexpr const char* kUploading = "Đang tải lên… ";
inline constexpr const char* kUploaded = "Đã tải lên";
inline constexpr const char* kUploadFailed = "Tải lên không thành công";
inline constexpr const char* kRemoveFile = "✕ Xóa";
inline constexpr const char* kRetryUpload = "↻ Tải lại";
inline constexpr const char* kWaitUploads = "Vui lòng chờ tải lên xong các tệp đính kèm.";
inline constexpr const char* kFixUploads = "Vui lòng xóa các tệp tải lên không thành công.";
inline constexpr const char* kConsent =
    "Tôi đồng ý công khai phản ánh, kiến nghị này và kết quả xử lý trên Hệ thống (không công khai thông tin cá nhân).";
inline constexpr const char* kCaptchaLabel = "MÃ SỐ XÁC THỰC";
inline constexpr const char* kCaptchaHint = "Nhập câu trả lời..";
inline constexpr const char* kCaptchaLoading = "Đang tải câu hỏi…";
inline constexpr const char* kCaptchaNew = "↻ Câu hỏi khác";
inline constexpr const char* kSave = "LƯU";
inline constexpr const char* kSend = "GỬI";
inline constexpr const char* kSending = "Đang gửi…";
inline constexpr const char* kSaved = "Đã lưu nháp. Bạn có thể tiếp tục chỉnh sửa và gửi sau.";
inline constexpr const char* kLocalDraftNote = "Nội dung đang nhập được giữ lại trên thiết bị này cho đến khi bạn gửi.";
inline constexpr const char* kDiscard = "Xóa nội dung đang nhập";
inline constexpr const char* kSignInToSend =
    "Bạn cần đăng nhập để gửi phản ánh, kiến nghị. Nội dung bạn đã nhập được giữ lại sau khi đăng nhập.";
inline constexpr const char* kSignInButton = "Đăng nhập để gửi";
inline constexpr const char* kRegisterLink = "Chưa có tài khoản? Đăng ký";
inline constexpr const char* kOfficerSubmit =
    "Cán bộ tiếp nhận phản ánh qua tổng đài, thư điện tử hoặc trực tiếp tại trang Tiếp nhận phản ánh.";
inline constexpr const char* kOfficerIntakeLink = "Mở trang Tiếp nhận phản ánh";
inline constexpr const char* kNotEditable = "Phản ánh này không còn chỉnh sửa được.";
inline constexpr const char* kSentTitle = "Gửi phản ánh, kiến nghị thành công";
inline constexpr const char* kSentBody =
    "Phản ánh, kiến nghị đã được gửi đến Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến tỉnh "
    "Khánh Hòa. Vui lòng ghi lại mã tra cứu để theo dõi kết quả xử lý:";
inline constexpr const char* kResentTitle = "Đã gửi bổ sung thông tin";
inline constexpr const char* kResentBody = "Thông tin bổ sung đã được gửi. Mã tra cứu của phản ánh:";
inline constexpr const char* kCopyCode = "Sao chép mã";
inline constexpr const char* kCopied = "✔ Đã sao chép";
inline constexpr const char* kViewReport = "Xem phản ánh";
inline constexpr const char* kToMyReports = "Phản ánh, kiến nghị của tôi";
inline constexpr const char* kNewReport = "Tạo phản ánh mới";

// my reports
inline constexpr const char* kMyHeading = "PHẢN ÁNH, KIẾN NGHỊ CỦA TÔI";
inline constexpr const char* kSearchHint = "Nhập từ khóa...";
inline constexpr const char* kSearchLabel = "Tìm kiếm";
inline constexpr const char* kStatusFilter = "Trạng thái";
inline constexpr const char* kAllStatuses = "Tất cả trạng thái";
inline constexpr const char* kNounReports = "phản ánh, kiến nghị";
inline constexpr const char* kNoReports = "Bạn chưa gửi phản ánh, kiến nghị nào.";
inline constexpr const char* kNoMatch = "Không tìm thấy phản ánh, kiến nghị phù hợp.";
inline constexpr const char* kClearFilters = "Bỏ lọc";
inline constexpr const char* kSubmitFirst = "Gửi phản ánh";
inline constexpr const char* kDraftNoCode = "Nháp (chưa có mã)";
inline constexpr const char* kSentOn = "Ngày gửi: ";
inline constexpr const char* kCreatedOn = "Ngày tạo: ";
inline constexpr const char* kDeadline = "Hạn xử lý: ";
inline constexpr const char* kOverdue = "Quá hạn";
inline constexpr const char* kUnit = "Đơn vị xử lý: ";
inline constexpr const char* kContinueDraft = "Tiếp tục soạn";
inline constexpr const char* kSupplement = "Bổ sung thông tin";

// report page
inline constexpr const char* kBackToList = "← Phản ánh, kiến nghị của tôi";
inline constexpr const char* kCodeLabel = "Mã tra cứu: ";
inline constexpr const char* kPublished = "Đã công khai";
inline constexpr const char* kDetails = "Thông tin phản ánh";
inline constexpr const char* kCategory = "Lĩnh vực: ";
inline constexpr const char* kLocation = "Địa điểm: ";
inline constexpr const char* kCoordinates = "Tọa độ: ";
inline constexpr const char* kChannel = "Kênh tiếp nhận: ";
inline constexpr const char* kContent = "Nội dung";
inline constexpr const char* kFiles = "Tài liệu đính kèm";
inline constexpr const char* kNoFiles = "Không có tài liệu đính kèm.";
inline constexpr const char* kProgress = "Tình trạng xử lý";
inline constexpr const char* kStatus = "Trạng thái: ";
inline constexpr const char* kTimeLeft = "Thời gian còn lại: ";
inline constexpr const char* kCoUnits = "Đơn vị phối hợp: ";
inline constexpr const char* kNeedsInfo =
    "Trung tâm đề nghị bạn bổ sung thông tin cho phản ánh này. Thời hạn xử lý tạm dừng cho đến khi bạn gửi bổ sung.";
inline constexpr const char* kDraftNote = "Phản ánh này là bản nháp, chưa được gửi.";
inline constexpr const char* kResult = "Kết quả xử lý";
inline constexpr const char* kAnsweredOn = "Ngày trả lời: ";
inline constexpr const char* kRateHeading = "Đánh giá mức độ hài lòng";
inline constexpr const char* kRateIntro = "Bạn đánh giá thế nào về kết quả xử lý phản ánh, kiến nghị này?";
inline constexpr const char* kRateComment = "Ý kiến của bạn (không bắt buộc)";
inline constexpr const char* kRateCommentHint = "Nhập ý kiến..";
inline constexpr const char* kRateSend = "Gửi đánh giá";
inline constexpr const char* kRated = "Đánh giá của bạn: ";
inline constexpr const char* kThanks = "Cảm ơn bạn đã đánh giá.";
inline constexpr const char* kWithdraw = "Rút phản ánh";
inline constexpr const char* kWithdrawTitle = "Rút phản ánh, kiến nghị";
inline constexpr const char* kWithdrawBody =
    "Phản ánh đã rút sẽ được đóng và không được xử lý tiếp. Bạn có chắc chắn muốn rút phản ánh này?";
inline constexpr const char* kWithdrawReason = "Lý do (không bắt buộc)";
inline constexpr const char* kWithdrawConfirm = "Xác nhận rút";
inline constexpr const char* kCancel = "Hủy";
inline constexpr const char* kWithdrawn = "Đã rút phản ánh.";
inline constexpr const char* kTimeline = "Quá trình xử lý";
inline constexpr const char* kNoEvents = "Chưa có hoạt động nào.";
inline constexpr const char* kOfficerConsole = "Mở trong trang xử lý của cán bộ";
inline constexpr const char* kReporter = "Người gửi: ";

// notifications
inline constexpr const char* kNotificationsHeading = "THÔNG BÁO";
inline constexpr const char* kMarkAllRead = "Đánh dấu tất cả đã đọc";
inline constexpr const char* kUnreadCount = " thông báo chưa đọc";
inline constexpr const char* kNoNotifications = "Bạn chưa có thông báo nào.";
inline constexpr const char* kNounNotifications = "thông báo";
inline constexpr const char* kOpen = "Xem";
inline constexpr const char* kNavNotifications = "Thông báo";

// lookup
inline constexpr const char* kLookupHeading = "TRA CỨU PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kLookupIntro =
    "Nhập mã tra cứu đã nhận khi gửi phản ánh, kiến nghị (ví dụ PAKN-2026-000123) để xem tình trạng xử lý.";
inline constexpr const char* kLookupLabel = "Mã tra cứu";
inline constexpr const char* kLookupHint = "PAKN-2026-000123";
inline constexpr const char* kLookupButton = "Tra cứu";
inline constexpr const char* kLookupEmpty = "Vui lòng nhập mã tra cứu.";
inline constexpr const char* kLookupNotFound =
    "Không tìm thấy phản ánh, kiến nghị với mã này. Vui lòng kiểm tra lại mã tra cứu.";
inline constexpr const char* kUpdatedOn = "Cập nhật lần cuối: ";
inline constexpr const char* kCommune = "Xã, phường: ";
inline constexpr const char* kLookupPrivacy = "Trang tra cứu không hiển thị thông tin cá nhân của người gửi.";

// report widgets
inline constexpr const char* kViewerTitle = "Xem ảnh";
inline constexpr const char* kPrevious = "← Ảnh trước";
inline constexpr const char* kNext = "Ảnh sau →";
inline constexpr const char* kOpenOriginal = "Mở ảnh gốc";
inline constexpr const char* kClose = "Đóng";
inline constexpr const char* kImageFailed = "Không tải được ảnh.";
inline constexpr const char* kDocument = "Tài liệu";
inline constexpr const char* kVideo = "Video";
inline constexpr const char* kUnitSystem = "Hệ thống";
}  // namespace rep

// [SECTION] officer (console: inbox, processing page, intake, unit dashboard).
// Status, action, role, reason and rating names come from the shared workflow
// (pakn::label); these are the screens' own words.
namespace off {
// console navigation
inline constexpr const char* kNavInbox = "Hộp xử lý";
inline constexpr const char* kNavIntake = "Tiếp nhận qua tổng đài";
inline constexpr const char* kNavDashboard = "Thống kê đơn vị";
inline constexpr const char* kAccountLink = "Tài khoản cán bộ";
inline constexpr const char* kReadOnly = "Chế độ chỉ xem: lãnh đạo theo dõi, không thao tác trên phản ánh.";
// inbox
inline constexpr const char* kTabAll = "Tất cả";
inline constexpr const char* kTabOverdue = "Quá hạn";
inline constexpr const char* kFilters = "Bộ lọc";
inline constexpr const char* kSearchHint = "Tìm theo mã, tiêu đề, nội dung, địa điểm…";
inline constexpr const char* kFilterCategory = "Lĩnh vực##filter";
inline constexpr const char* kFilterCommune = "Xã, phường##filter";
inline constexpr const char* kFilterUnit = "Đơn vị chủ trì##filter";
inline constexpr const char* kFilterChannel = "Kênh tiếp nhận##filter";
inline constexpr const char* kFilterFrom = "Gửi từ ngày";
inline constexpr const char* kFilterTo = "Đến ngày";
inline constexpr const char* kDateHint = "dd/mm/yyyy";
inline constexpr const char* kAnyCategory = "Mọi lĩnh vực";
inline constexpr const char* kAnyCommune = "Mọi xã, phường";
inline constexpr const char* kAnyUnit = "Mọi đơn vị";
inline constexpr const char* kAnyChannel = "Mọi kênh";
inline constexpr const char* kApplyFilters = "Lọc";
inline constexpr const char* kClearFilters = "Xóa bộ lọc";
inline constexpr const char* kBadDate = "Ngày không hợp lệ (dd/mm/yyyy)";
inline constexpr const char* kColCode = "Mã";
inline constexpr const char* kColTitle = "Tiêu đề";
inline constexpr const char* kColCategory = "Lĩnh vực";
inline constexpr const char* kColCommune = "Xã, phường";
inline constexpr const char* kColUnit = "Đơn vị chủ trì";
inline constexpr const char* kColStatus = "Trạng thái";
inline constexpr const char* kColTimeLeft = "Thời hạn";
inline constexpr const char* kEmptyInbox = "Không có phản ánh nào trong mục này.";
inline constexpr const char* kNewReports = "★ Có phản ánh mới trong hộp xử lý: ";
inline constexpr const char* kNewBadge = "★ Mới";
inline constexpr const char* kReportsNoun = "phản ánh";
inline constexpr const char* kNoDeadline = "—";
inline constexpr const char* kUnclassified = "Chưa phân loại";
// processing page
inline constexpr const char* kBackToInbox = "← Hộp xử lý";
inline constexpr const char* kSubmittedAt = "Ngày gửi: ";
inline constexpr const char* kChannel = "Kênh tiếp nhận: ";
inline constexpr const char* kCategory = "Lĩnh vực: ";
inline constexpr const char* kCommune = "Xã, phường: ";
inline constexpr const char* kAddress = "Địa điểm: ";
inline constexpr const char* kPoint = "Tọa độ: ";
inline constexpr const char* kOpenMap = "Xem trên bản đồ";
inline constexpr const char* kPriority = "Mức độ: ";
inline constexpr const char* kDeadline = "Hạn bước hiện tại: ";
inline constexpr const char* kLeadUnit = "Đơn vị chủ trì: ";
inline constexpr const char* kCoUnits = "Đơn vị phối hợp: ";
inline constexpr const char* kExtensionPending = "Đang chờ Trung tâm duyệt đề nghị gia hạn";
inline constexpr const char* kPublished = "Đã công khai";
inline constexpr const char* kConsentPublic = "Người phản ánh đồng ý công khai";
inline constexpr const char* kNoConsent = "Người phản ánh không đồng ý công khai";
inline constexpr const char* kContent = "Nội dung phản ánh";
inline constexpr const char* kAttachments = "Tệp đính kèm";
inline constexpr const char* kNoAttachments = "Không có tệp đính kèm.";
inline constexpr const char* kReporter = "Người phản ánh";
inline constexpr const char* kName = "Họ và tên: ";
inline constexpr const char* kPhone = "Điện thoại: ";
inline constexpr const char* kEmail = "Thư điện tử: ";
inline constexpr const char* kIdNumber = "CCCD/CMND: ";
inline constexpr const char* kDeletedAccount = "Tài khoản người phản ánh đã bị xóa.";
inline constexpr const char* kResult = "Kết quả xử lý";
inline constexpr const char* kResultDraft = "Dự thảo kết quả (chờ lãnh đạo đơn vị duyệt)";
inline constexpr const char* kRating = "Đánh giá của người phản ánh: ";
inline constexpr const char* kActions = "Thao tác xử lý";
inline constexpr const char* kNoActions = "Bạn không có thao tác nào với phản ánh ở trạng thái này.";
inline constexpr const char* kTimeline = "Quá trình xử lý";
inline constexpr const char* kInternal = "Nội bộ";
inline constexpr const char* kUpdatedLive = "Phản ánh vừa có cập nhật mới.";
inline constexpr const char* kReload = "↻ Tải lại phản ánh";
inline constexpr const char* kDone = "Đã thực hiện: ";
inline constexpr const char* kCurrentStatus = "Trạng thái hiện tại: ";
inline constexpr const char* kSystem = "Hệ thống";
// action form
inline constexpr const char* kSend = "Xác nhận";
inline constexpr const char* kCancel = "Hủy";
inline constexpr const char* kSending = "Đang gửi…";
inline constexpr const char* kNote = "Ghi chú";
inline constexpr const char* kNoteReject = "Lý do không tiếp nhận";
inline constexpr const char* kNoteRequestInfo = "Nội dung cần người phản ánh bổ sung";
inline constexpr const char* kNoteReturn = "Lý do trả lại Trung tâm";
inline constexpr const char* kNoteProgress = "Nội dung cập nhật tiến độ";
inline constexpr const char* kNoteExtension = "Lý do đề nghị gia hạn";
inline constexpr const char* kNoteRefuse = "Lý do từ chối";
inline constexpr const char* kNoteUnpublish = "Lý do hủy công khai";
inline constexpr const char* kNoteReopen = "Lý do mở lại";
inline constexpr const char* kNoteComment = "Nội dung ghi chú nội bộ";
inline constexpr const char* kNoteAnswer = "Ghi chú kèm theo";
inline constexpr const char* kReason = "Lý do";
inline constexpr const char* kReasonPlaceholder = "Chọn lý do";
inline constexpr const char* kDuplicateOf = "Mã phản ánh gốc";
inline constexpr const char* kDuplicateHint = "PAKN-2026-000123";
inline constexpr const char* kUnit = "Đơn vị chủ trì xử lý";
inline constexpr const char* kUnitPlaceholder = "Chọn đơn vị";
inline constexpr const char* kCoUnitsLabel = "Đơn vị phối hợp";
inline constexpr const char* kCoUnitsNone = "Không có";
inline constexpr const char* kCoUnitsChosen = " đơn vị";
inline constexpr const char* kFilterUnitsHint = "Gõ để tìm đơn vị…";
inline constexpr const char* kPriorityLabel = "Mức độ";
inline constexpr const char* kDeadlineLabel = "Hạn xử lý";
inline constexpr const char* kDeadlineAnswerLabel = "Hạn trả lời kết quả";
inline constexpr const char* kDeadlineExtension = "Gia hạn đến";
inline constexpr const char* kDeadlineHint = "dd/mm/yyyy hh:mm";
inline constexpr const char* kDeadlineComputed = "Tính theo lịch làm việc và thời hạn của lĩnh vực; có thể sửa.";
inline constexpr const char* kBadDeadline = "Thời hạn không hợp lệ (dd/mm/yyyy hh:mm)";
inline constexpr const char* kResultText = "Nội dung kết quả xử lý";
inline constexpr const char* kResultFiles = "Tệp kết quả";
inline constexpr const char* kAttachFiles = "Đính kèm tệp";
inline constexpr const char* kWaitUploads = "Vui lòng chờ tải tệp xong.";
// intake
inline constexpr const char* kIntakeIntro =
    "Nhập phản ánh, kiến nghị người dân gửi qua tổng đài 1900 1023, thư điện tử pakn@khanhhoa.gov.vn hoặc trực "
    "tiếp tại Trung tâm. Phản ánh gắn với tài khoản của người gửi khi số điện thoại hoặc số CCCD trùng khớp.";
inline constexpr const char* kIntakeOnlyCenter = "Chỉ cán bộ tiếp nhận của Trung tâm nhập phản ánh thay người dân.";
inline constexpr const char* kIntakeCaller = "Thông tin người phản ánh";
inline constexpr const char* kIntakeReport = "Nội dung phản ánh, kiến nghị";
inline constexpr const char* kIntakeChannel = "Kênh tiếp nhận";
inline constexpr const char* kIntakeChannelPlaceholder = "Chọn kênh";
inline constexpr const char* kCallerName = "Họ và tên người phản ánh";
inline constexpr const char* kCallerPhone = "Số điện thoại";
inline constexpr const char* kCallerEmail = "Thư điện tử";
inline constexpr const char* kCallerId = "Số CCCD/CMND";
inline constexpr const char* kContactRule = "Cần ít nhất một cách liên lạc: điện thoại, thư điện tử hoặc CCCD/CMND.";
inline constexpr const char* kReportTitle = "Phản ánh, kiến nghị về việc";
inline constexpr const char* kReportContent = "Nội dung";
inline constexpr const char* kReportAddress = "Địa điểm phản ánh, kiến nghị";
inline constexpr const char* kReportCommune = "Xã, phường, đặc khu";
inline constexpr const char* kReportCategory = "Lĩnh vực";
inline constexpr const char* kChoose = "Chọn…";
inline constexpr const char* kPublicConsent = "Người phản ánh đồng ý công khai nội dung và kết quả";
inline constexpr const char* kIntakeSubmit = "Ghi nhận phản ánh";
inline constexpr const char* kIntakeDone = "Đã ghi nhận phản ánh. Mã tra cứu:";
inline constexpr const char* kIntakeReadBack = "Đọc mã tra cứu này cho người phản ánh để họ theo dõi kết quả.";
inline constexpr const char* kCopyCode = "Sao chép mã";
inline constexpr const char* kCopied = "Đã sao chép.";
inline constexpr const char* kOpenReport = "Xem phản ánh";
inline constexpr const char* kIntakeAnother = "Tiếp nhận phản ánh khác";
inline constexpr const char* kFixFields = "Vui lòng kiểm tra các trường được đánh dấu.";
// dashboard
inline constexpr const char* kDashboardAll = "Toàn tỉnh (mọi đơn vị)";
inline constexpr const char* kDashboardUnit = "Đơn vị##dashboard";
inline constexpr const char* kTileTotal = "Tổng số phản ánh";
inline constexpr const char* kTileOpen = "Đang trong thời hạn xử lý";
inline constexpr const char* kTileOverdue = "Quá hạn";
inline constexpr const char* kTileThisMonth = "Đúng hạn tháng này";
inline constexpr const char* kTileLastMonth = "Đúng hạn tháng trước";
inline constexpr const char* kOnTimeAnswers = " kết quả đúng hạn";
inline constexpr const char* kNoAnswers = "Chưa có kết quả trong tháng";
inline constexpr const char* kByStatus = "Theo trạng thái";
inline constexpr const char* kByCategory = "Theo lĩnh vực";
inline constexpr const char* kColTotal = "Tổng";
inline constexpr const char* kColOpen = "Đang xử lý";
inline constexpr const char* kColOverdue = "Quá hạn";
inline constexpr const char* kColResolved = "Đã có kết quả";
inline constexpr const char* kNoData = "Chưa có phản ánh nào.";
inline constexpr const char* kGeneratedAt = "Số liệu lúc ";
}  // namespace off

// [SECTION] admin (Quản trị hệ thống: units, officers, categories, holidays,
// announcements, settings). Kind, role and group names come from the shared
// choice lists (forms.h); refusals are the server's own messages.
namespace adm {
inline constexpr const char* kNavAdmin = "Quản trị";
inline constexpr const char* kAdminOnly =
    "Bạn không có quyền truy cập trang này. Trang quản trị chỉ dành cho tài khoản quản trị hệ thống.";
inline constexpr const char* kToConsole = "Về trang cán bộ";
inline constexpr const char* kSignedInAs = "Đang đăng nhập: ";
// tabs
inline constexpr const char* kTabUnits = "Đơn vị";
inline constexpr const char* kTabOfficers = "Cán bộ";
inline constexpr const char* kTabCategories = "Lĩnh vực";
inline constexpr const char* kTabHolidays = "Ngày nghỉ";
inline constexpr const char* kTabAnnouncements = "Tin tức, thông báo";
inline constexpr const char* kTabSettings = "Cài đặt";
// shared words
inline constexpr const char* kSave = "Lưu";
inline constexpr const char* kSaving = "Đang lưu…";
inline constexpr const char* kCancel = "Hủy";
inline constexpr const char* kEdit = "Sửa";
inline constexpr const char* kDelete = "Xóa";
inline constexpr const char* kDeleting = "Đang xóa…";
inline constexpr const char* kActivate = "Kích hoạt";
inline constexpr const char* kDeactivate = "Ngừng hoạt động";
inline constexpr const char* kActiveChip = "Đang hoạt động";
inline constexpr const char* kInactiveChip = "Ngừng hoạt động";
inline constexpr const char* kChoose = "Chọn…";
inline constexpr const char* kFixFields = "Vui lòng kiểm tra các trường được đánh dấu.";
inline constexpr const char* kSearch = "Tìm";
inline constexpr const char* kDash = "—";
// units
inline constexpr const char* kUnitsIntro =
    "Các cơ quan, đơn vị, địa phương tiếp nhận và xử lý phản ánh. Đơn vị ngừng hoạt động không nhận phản ánh mới "
    "và không hiện trong danh bạ công khai.";
inline constexpr const char* kAddUnit = "+ Thêm đơn vị";
inline constexpr const char* kUnitSearch = "Tìm theo tên, mã, địa chỉ…";
inline constexpr const char* kNewUnit = "Thêm đơn vị mới";
inline constexpr const char* kEditUnit = "Sửa thông tin đơn vị";
inline constexpr const char* kUnitCode = "Mã đơn vị";
inline constexpr const char* kUnitCodeHint = "vd: so_du_lich (chữ thường, số, dấu _)";
inline constexpr const char* kUnitName = "Tên đơn vị";
inline constexpr const char* kUnitKind = "Loại đơn vị";
inline constexpr const char* kUnitAddress = "Địa chỉ";
inline constexpr const char* kUnitPhone = "Điện thoại";
inline constexpr const char* kUnitEmail = "Thư điện tử";
inline constexpr const char* kUnitCommune = "Xã, phường, đặc khu";
inline constexpr const char* kNoCommune = "Không gắn với xã, phường";
inline constexpr const char* kNoUnits = "Chưa có đơn vị nào.";
inline constexpr const char* kNoUnitMatch = "Không có đơn vị nào khớp với từ khóa.";
inline constexpr const char* kNounUnits = "đơn vị";
inline constexpr const char* kUnitCreated = "Đã thêm đơn vị: ";
inline constexpr const char* kUnitSaved = "Đã lưu thông tin đơn vị: ";
inline constexpr const char* kUnitActivated = "Đã kích hoạt đơn vị: ";
inline constexpr const char* kUnitDeactivated = "Đã ngừng hoạt động đơn vị: ";
// officers
inline constexpr const char* kOfficersIntro =
    "Tài khoản của cán bộ tiếp nhận, xử lý, lãnh đạo và quản trị. Mật khẩu do hệ thống cấp chỉ hiện một lần; cán bộ "
    "phải đổi mật khẩu ở lần đăng nhập đầu tiên.";
inline constexpr const char* kAddOfficer = "+ Thêm cán bộ";
inline constexpr const char* kOfficerSearch = "Tìm theo họ tên, tên đăng nhập, đơn vị…";
inline constexpr const char* kFilterUnit = "Lọc theo đơn vị";
inline constexpr const char* kFilterRole = "Lọc theo vai trò";
inline constexpr const char* kAnyUnit = "Mọi đơn vị";
inline constexpr const char* kAnyRole = "Mọi vai trò";
inline constexpr const char* kRoleFilterNote = "Lọc theo vai trò trong trang đang xem.";
inline constexpr const char* kNewOfficer = "Thêm tài khoản cán bộ";
inline constexpr const char* kEditOfficer = "Sửa tài khoản cán bộ";
inline constexpr const char* kUsername = "Tên đăng nhập";
inline constexpr const char* kUsernameHint = "vd: xuly.xaydung";
inline constexpr const char* kFullName = "Họ và tên";
inline constexpr const char* kOfficerUnit = "Đơn vị công tác";
inline constexpr const char* kRole = "Vai trò";
inline constexpr const char* kOfficerPhone = "Số điện thoại di động";
inline constexpr const char* kOfficerEmail = "Thư điện tử của cán bộ";
inline constexpr const char* kDisable = "Khóa tài khoản";
inline constexpr const char* kEnable = "Mở khóa";
inline constexpr const char* kResetPassword = "Cấp lại mật khẩu";
inline constexpr const char* kDisabledChip = "Đã khóa";
inline constexpr const char* kNoOfficers = "Không có tài khoản cán bộ nào.";
inline constexpr const char* kNounOfficers = "cán bộ";
inline constexpr const char* kIssuedTitle = "Mật khẩu dùng một lần";
inline constexpr const char* kIssuedIntro =
    "Mật khẩu này chỉ hiển thị một lần. Hãy ghi lại và chuyển cho cán bộ qua kênh an toàn; cán bộ phải đổi mật khẩu "
    "ở lần đăng nhập đầu tiên.";
inline constexpr const char* kIssuedAccount = "Tài khoản: ";
inline constexpr const char* kIssuedPassword = "Mật khẩu được cấp";
inline constexpr const char* kCopyPassword = "Sao chép mật khẩu";
inline constexpr const char* kCopied = "Đã sao chép.";
inline constexpr const char* kIssuedDone = "Đã ghi lại, đóng";
inline constexpr const char* kResetTitle = "Cấp lại mật khẩu?";
inline constexpr const char* kResetQuestion =
    "Hệ thống sẽ cấp mật khẩu dùng một lần mới. Mật khẩu cũ hết hiệu lực và các phiên đăng nhập của cán bộ này "
    "kết thúc ngay. Tài khoản: ";
inline constexpr const char* kResetConfirm = "Cấp mật khẩu mới";
inline constexpr const char* kOfficerCreated = "Đã tạo tài khoản cán bộ: ";
inline constexpr const char* kOfficerSaved = "Đã lưu tài khoản cán bộ: ";
inline constexpr const char* kOfficerDisabled = "Đã khóa tài khoản: ";
inline constexpr const char* kOfficerEnabled = "Đã mở khóa tài khoản: ";
inline constexpr const char* kPasswordReset = "Đã cấp lại mật khẩu cho: ";
// categories
inline constexpr const char* kCategoriesIntro =
    "Lĩnh vực phản ánh, đơn vị xử lý mặc định và thời hạn riêng. Thời hạn mới áp dụng cho các bước bắt đầu từ nay.";
inline constexpr const char* kAddCategory = "+ Thêm lĩnh vực";
inline constexpr const char* kNewCategory = "Thêm lĩnh vực mới";
inline constexpr const char* kEditCategory = "Sửa lĩnh vực";
inline constexpr const char* kCategoryCode = "Mã lĩnh vực";
inline constexpr const char* kCategoryCodeHint = "vd: du_lich (không đổi được sau khi tạo)";
inline constexpr const char* kCategoryName = "Tên lĩnh vực";
inline constexpr const char* kCategoryGroup = "Nhóm lĩnh vực";
inline constexpr const char* kDefaultUnit = "Đơn vị xử lý mặc định";
inline constexpr const char* kNoDefaultUnit = "Không có (Trung tâm chọn đơn vị)";
inline constexpr const char* kSlaHeading = "Thời hạn riêng của lĩnh vực";
inline constexpr const char* kSlaIntro = "Để trống để dùng thời hạn chung của tỉnh.";
inline constexpr const char* kSlaClassify = "Phân loại, chuyển xử lý";
inline constexpr const char* kSlaStart = "Đơn vị tiếp nhận xử lý";
inline constexpr const char* kSlaNormal = "Giải quyết – bình thường";
inline constexpr const char* kSlaUrgent = "Giải quyết – khẩn";
inline constexpr const char* kSlaComplex = "Giải quyết – phức tạp";
inline constexpr const char* kSlaUnit = "Tính theo";
inline constexpr const char* kWorkingHours = "giờ làm việc";
inline constexpr const char* kWorkingDays = "ngày làm việc";
inline constexpr const char* kSlaOwn = "Thời hạn riêng: ";
inline constexpr const char* kDefaultUnitShown = "Đơn vị mặc định: ";
inline constexpr const char* kNoCategories = "Chưa có lĩnh vực nào.";
inline constexpr const char* kCategoryCreated = "Đã thêm lĩnh vực: ";
inline constexpr const char* kCategorySaved = "Đã lưu lĩnh vực: ";
inline constexpr const char* kCategoryActivated = "Đã kích hoạt lĩnh vực: ";
inline constexpr const char* kCategoryDeactivated = "Đã ngừng sử dụng lĩnh vực: ";
// holidays
inline constexpr const char* kHolidaysIntro =
    "Ngày nghỉ theo Bộ luật Lao động (Tết Nguyên Đán, Giỗ Tổ theo âm lịch) được tính tự động; thêm ngày nghỉ theo "
    "quyết định của Chính phủ, bỏ ngày nghỉ hoặc đặt ngày làm bù tại đây. Thời hạn xử lý tính lại ngay.";
inline constexpr const char* kPrevYear = "← Năm trước";
inline constexpr const char* kNextYear = "Năm sau →";
inline constexpr const char* kYearCaption = "Năm ";
inline constexpr const char* kDaysOff = "Ngày nghỉ trong năm";
inline constexpr const char* kNoDaysOff = "Không có ngày nghỉ nào.";
inline constexpr const char* kCorrections = "Điều chỉnh của quản trị";
inline constexpr const char* kNoCorrections = "Chưa có điều chỉnh nào trong năm này.";
inline constexpr const char* kAddCorrection = "+ Thêm điều chỉnh";
inline constexpr const char* kNewCorrection = "Thêm điều chỉnh lịch nghỉ";
inline constexpr const char* kHolidayDate = "Ngày";
inline constexpr const char* kHolidayDateHint = "dd/mm/yyyy";
inline constexpr const char* kHolidayKind = "Loại điều chỉnh";
inline constexpr const char* kHolidayName = "Tên ngày nghỉ";
inline constexpr const char* kDeleteCorrectionTitle = "Xóa điều chỉnh?";
inline constexpr const char* kDeleteCorrectionQuestion = "Xóa điều chỉnh này? Lịch làm việc sẽ tính lại ngay. Ngày: ";
inline constexpr const char* kCorrectionAdded = "Đã thêm điều chỉnh ngày ";
inline constexpr const char* kCorrectionDeleted = "Đã xóa điều chỉnh ngày ";
// announcements
inline constexpr const char* kAnnouncementsIntro =
    "Tin tức, thông báo đăng trên cổng thông tin (trang Tin tức). Bản nháp chỉ quản trị nhìn thấy.";
inline constexpr const char* kAddAnnouncement = "+ Thêm tin";
inline constexpr const char* kNewAnnouncement = "Thêm tin tức, thông báo";
inline constexpr const char* kEditAnnouncement = "Sửa tin tức, thông báo";
inline constexpr const char* kAnnTitle = "Tiêu đề";
inline constexpr const char* kAnnKind = "Loại tin";
inline constexpr const char* kAnnSummary = "Tóm tắt";
inline constexpr const char* kAnnBody = "Nội dung tin";
inline constexpr const char* kPublishNow = "Công bố ngay trên cổng thông tin";
inline constexpr const char* kPublish = "Công bố";
inline constexpr const char* kUnpublish = "Gỡ công bố";
inline constexpr const char* kPublishedChip = "Đã công bố";
inline constexpr const char* kDraftChip = "Bản nháp";
inline constexpr const char* kCreatedAt = "Tạo lúc ";
inline constexpr const char* kPublishedAt = "Công bố lúc ";
inline constexpr const char* kNoAnnouncements = "Chưa có tin tức, thông báo nào.";
inline constexpr const char* kNounAnnouncements = "tin";
inline constexpr const char* kDeleteAnnouncementTitle = "Xóa tin?";
inline constexpr const char* kDeleteAnnouncementQuestion = "Xóa vĩnh viễn tin này? Không thể hoàn tác. Tiêu đề: ";
inline constexpr const char* kAnnouncementCreated = "Đã thêm tin: ";
inline constexpr const char* kAnnouncementSaved = "Đã lưu tin: ";
inline constexpr const char* kAnnouncementPublished = "Đã công bố tin: ";
inline constexpr const char* kAnnouncementUnpublished = "Đã gỡ công bố tin: ";
inline constexpr const char* kAnnouncementDeleted = "Đã xóa tin: ";
// settings
inline constexpr const char* kSettingsIntro =
    "Giờ làm việc và ngày làm việc dùng để tính thời hạn xử lý; thay đổi áp dụng ngay cho các bước bắt đầu từ nay.";
inline constexpr const char* kRatingWindow = "Thời gian chờ đánh giá (ngày)";
inline constexpr const char* kRatingWindowNote =
    "Phản ánh đã có kết quả tự đóng sau số ngày này nếu người phản ánh không đánh giá (1–365 ngày).";
inline constexpr const char* kSessions = "Giờ làm việc trong ngày";
inline constexpr const char* kSessionStart = "Bắt đầu";
inline constexpr const char* kSessionEnd = "Kết thúc";
inline constexpr const char* kSessionHint = "HH:MM";
inline constexpr const char* kRemoveSession = "Bỏ buổi này";
inline constexpr const char* kAddSession = "+ Thêm buổi làm việc";
inline constexpr const char* kSessionCaption = "Buổi ";
inline constexpr const char* kWeekdays = "Ngày làm việc trong tuần";
inline constexpr const char* kWeekdayNames[7] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm",
                                                 "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
inline constexpr const char* kSaveSettings = "Lưu cài đặt";
inline constexpr const char* kSettingsSaved = "Đã lưu cài đặt.";
}  // namespace adm

}  // namespace pakn::client::tr
