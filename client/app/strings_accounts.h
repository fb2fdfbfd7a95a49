// The accounts screens' words (sign-in, registration, OTP, passwords, the
// account pages). Labels follow the seed's screens (chapters 2.1-2.3 and the
// mobile app). Words other areas show too are in strings_common.h.
#pragma once

namespace pakn::client::tr::accounts {

// common
inline constexpr const char* kRequiredNote = "Các trường đánh dấu (*) là bắt buộc nhập.";
inline constexpr const char* kPasswordRule = "Sử dụng 6 ký tự trở lên, bao gồm cả ký tự, chữ và số.";
inline constexpr const char* kCancelUpper = "HỦY";
inline constexpr const char* kBack = "Trở về";
inline constexpr const char* kNotGiven = "(chưa cập nhật)";
// captcha
inline constexpr const char* kCaptchaLabel = "Mã số xác thực";
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
inline constexpr const char* kLoginPublicHint = "Nhập CMND/CCCD hoặc ĐKKD..";
inline constexpr const char* kLoginOfficerHint = "Nhập tên đăng nhập..";
inline constexpr const char* kPasswordLabel = "Mật khẩu";
inline constexpr const char* kPasswordHint = "Mật khẩu..";
inline constexpr const char* kForgotLink = "Quên mật khẩu?";
inline constexpr const char* kOfficerForgot =
    "Cán bộ quên mật khẩu vui lòng liên hệ quản trị hệ thống để được cấp lại.";
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
inline constexpr const char* kFullNameHint = "Nhập họ và tên..";
inline constexpr const char* kOrgNameLabel = "Tên tổ chức, doanh nghiệp";
inline constexpr const char* kOrgNameHint = "Nhập tên tổ chức, doanh nghiệp..";
inline constexpr const char* kRepresentativeLabel = "Người đại diện";
inline constexpr const char* kRepresentativeHint = "Nhập họ và tên người đại diện..";
inline constexpr const char* kPhoneHint = "Số điện thoại..";
inline constexpr const char* kPhoneNote = "Mã xác thực OTP được gửi qua tin nhắn SMS đến số điện thoại này.";
inline constexpr const char* kEmailLabel = "Email";
inline constexpr const char* kEmailHint = "Nhập địa chỉ email..";
inline constexpr const char* kAddressHint = "Số nhà, đường/thôn..";
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
inline constexpr const char* kOtpHelpRegister =
    "Nhập mã gồm 6 chữ số trong tin nhắn SMS để hoàn tất đăng ký tài khoản.";
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
// Shown on the sign-in page when the server ended the session (signed out on
// another device, account disabled, password changed): the open page was
// cleared at once.
inline constexpr const char* kSessionEnded =
    "Phiên đăng nhập đã kết thúc (tài khoản đã đăng xuất ở nơi khác, bị khóa hoặc đã đổi mật khẩu). "
    "Để bảo vệ thông tin cá nhân, trang đang mở đã được đóng. Vui lòng đăng nhập lại.";
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
inline constexpr const char* kResetNeedsOtp =
    "Vui lòng nhập mã OTP đã gửi về số điện thoại trước khi đặt mật khẩu mới.";
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
// account page
inline constexpr const char* kAccountHeading = "THÔNG TIN CÁ NHÂN";
inline constexpr const char* kAccountPhone = "Số điện thoại:";
inline constexpr const char* kAccountEmail = "Email:";
inline constexpr const char* kAccountAddress = "Địa chỉ:";
inline constexpr const char* kAccountOrg = "Tổ chức, doanh nghiệp:";
inline constexpr const char* kAccountRepresentative = "Người đại diện:";
inline constexpr const char* kAccountUnit = "Đơn vị:";
inline constexpr const char* kAccountRole = "Vai trò:";
inline constexpr const char* kManage = "Quản lý tài khoản";
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

// Officers: how they hear of work beyond the bell (account page).
inline constexpr const char* kNoticesHeading = "Nhận thông báo công việc";
inline constexpr const char* kNoticesNote =
    "Thông báo luôn có trong mục Thông báo. Có thể nhận thêm qua thư điện tử hoặc SMS khi đơn vị được giao việc, "
    "kết quả bị trả lại, được gia hạn, có ý kiến chỉ đạo hoặc hồ sơ sắp đến hạn.";
inline constexpr const char* kNoticesByEmail = "Gửi qua thư điện tử";
inline constexpr const char* kNoticesBySms = "Gửi qua SMS";
inline constexpr const char* kNoticesDigest = "Gộp thành một bản tin mỗi ngày (7 giờ sáng) thay vì gửi từng thông báo";
inline constexpr const char* kNoticesTo = "Gửi đến: ";
inline constexpr const char* kNoticesNoAddress =
    "Tài khoản chưa có thư điện tử và số điện thoại: nhờ quản trị viên bổ sung.";
inline constexpr const char* kNoticesSave = "Lưu cách nhận thông báo";
inline constexpr const char* kNoticesSaved = "Đã lưu cách nhận thông báo";

}  // namespace pakn::client::tr::accounts
