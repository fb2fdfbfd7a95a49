// The administration screen's words (Quản trị hệ thống: units, officers,
// categories, holidays, announcements, settings). Kind, role and group names
// come from the shared choice lists (forms.h); refusals are the server's own
// messages. Words other areas show too are in strings_common.h.
#pragma once

namespace pakn::client::tr::adm {

inline constexpr const char* kNavAdmin = "Quản trị";
inline constexpr const char* kAdminOnly =
    "Bạn không có quyền truy cập trang này. Trang quản trị chỉ dành cho tài khoản quản trị hệ thống.";
inline constexpr const char* kToConsole = "Về trang cán bộ";
inline constexpr const char* kSignedInAs = "Đang đăng nhập: ";
// tabs
inline constexpr const char* kTabOfficers = "Cán bộ";
inline constexpr const char* kTabHolidays = "Ngày nghỉ";
inline constexpr const char* kTabAnnouncements = "Tin tức, thông báo";
inline constexpr const char* kTabSettings = "Cài đặt";
inline constexpr const char* kTabOutbox = "Tin nhắn đã gửi";
inline constexpr const char* kTabAssistant = "Trợ lý ảo";
// shared words
inline constexpr const char* kSave = "Lưu";
inline constexpr const char* kSaving = "Đang lưu…";
inline constexpr const char* kEdit = "Sửa";
inline constexpr const char* kDelete = "Xóa";
inline constexpr const char* kDeleting = "Đang xóa…";
inline constexpr const char* kActivate = "Kích hoạt";
inline constexpr const char* kDeactivate = "Ngừng hoạt động";
inline constexpr const char* kActiveChip = "Đang hoạt động";
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
inline constexpr const char* kUnitPhone = "Điện thoại";
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
inline constexpr const char* kAnyRole = "Mọi vai trò";
inline constexpr const char* kRoleFilterNote = "Lọc theo vai trò trong trang đang xem.";
inline constexpr const char* kNewOfficer = "Thêm tài khoản cán bộ";
inline constexpr const char* kEditOfficer = "Sửa tài khoản cán bộ";
inline constexpr const char* kUsernameHint = "vd: xuly.xaydung";
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
inline constexpr const char* kIssuedPassword = "Mật khẩu được cấp";
inline constexpr const char* kCopyPassword = "Sao chép mật khẩu";
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
inline constexpr const char* kCommuneLevel = "Cấp xã xử lý: đề xuất UBND xã, phường nơi xảy ra vụ việc";
inline constexpr const char* kSlaHeading = "Thời hạn riêng của lĩnh vực";
inline constexpr const char* kSlaIntro = "Để trống để dùng thời hạn chung của tỉnh.";
inline constexpr const char* kSlaClassify = "Phân loại, chuyển xử lý";
inline constexpr const char* kSlaStart = "Đơn vị tiếp nhận xử lý";
inline constexpr const char* kSlaNormal = "Giải quyết – bình thường";
inline constexpr const char* kSlaUrgent = "Giải quyết – khẩn";
inline constexpr const char* kSlaComplex = "Giải quyết – phức tạp";
inline constexpr const char* kSlaUnit = "Tính theo";
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
inline constexpr const char* kWeekdayNames[7] = {"Thứ Hai", "Thứ Ba",  "Thứ Tư",  "Thứ Năm",
                                                 "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
inline constexpr const char* kBaseMap = "Nền bản đồ (đường phố)";
inline constexpr const char* kBaseMapNote =
    "Máy chủ ô bản đồ dạng XYZ để vẽ đường phố dưới ranh giới xã, phường (ví dụ máy chủ bản đồ OpenStreetMap "
    "của tỉnh). Máy chủ đó phải cho phép trang này tải ô bản đồ; để trống nếu không dùng.";
inline constexpr const char* kTileUrl = "Địa chỉ ô bản đồ (có {z}, {x}, {y})";
inline constexpr const char* kTileUrlHint = "https://bando.example.vn/{z}/{x}/{y}.png";
inline constexpr const char* kTileAttribution = "Ghi nguồn bản đồ (bắt buộc theo giấy phép)";
inline constexpr const char* kTileAttributionHint = "© Những người đóng góp OpenStreetMap";
inline constexpr const char* kTileSourceFixed =
    "Máy chủ đang dùng nền bản đồ được cấu hình khi khởi động (tệp MBTiles hoặc tham số --tiles-url); "
    "thay đổi ở đây chỉ có hiệu lực khi bỏ cấu hình đó.";
inline constexpr const char* kSaveSettings = "Lưu cài đặt";
inline constexpr const char* kSettingsSaved = "Đã lưu cài đặt.";
// outbox (Tin nhắn đã gửi)
inline constexpr const char* kOutboxIntro =
    "Tin nhắn SMS và thư điện tử hệ thống đã gửi hoặc đang chờ gửi, mới nhất trước. Tin SMS có dấu hoặc quá "
    "160 ký tự phải gửi thành nhiều tin (tốn thêm phí): cột \"Số tin\" tô đỏ khi lớn hơn 1.";
inline constexpr const char* kOutboxChannel = "Kênh gửi";
inline constexpr const char* kOutboxAllChannels = "Tất cả các kênh";
inline constexpr const char* kOutboxSms = "SMS";
inline constexpr const char* kOutboxEmail = "Thư điện tử";
inline constexpr const char* kOutboxStatus = "Trạng thái gửi";
inline constexpr const char* kOutboxAllStatuses = "Mọi trạng thái";
inline constexpr const char* kOutboxQueued = "Đang chờ gửi";
inline constexpr const char* kOutboxSent = "Đã gửi";
inline constexpr const char* kOutboxFailed = "Gửi lỗi";
inline constexpr const char* kOutboxTime = "Thời gian";
inline constexpr const char* kOutboxRecipient = "Người nhận";
inline constexpr const char* kOutboxKind = "Loại tin";
inline constexpr const char* kOutboxText = "Nội dung";
inline constexpr const char* kOutboxSegments = "Số tin";
inline constexpr const char* kOutboxUcs2Hint = "Có ký tự ngoài bảng GSM (tiếng Việt có dấu, biểu tượng): mỗi tin chỉ chứa 70 ký tự.";
inline constexpr const char* kOutboxAttempts = "Số lần thử: ";
inline constexpr const char* kNoOutbox = "Chưa có tin nhắn nào.";
inline constexpr const char* kNounMessages = "tin nhắn";
// why a message was sent (the outbox's kind); others show as stored
inline constexpr const char* kKindOtpRegister = "Mã xác thực đăng ký";
inline constexpr const char* kKindOtpReset = "Mã lấy lại mật khẩu";
inline constexpr const char* kKindOtpPhone = "Mã đổi số điện thoại";
inline constexpr const char* kKindOwnerNotice = "Cảnh báo chủ số điện thoại";
inline constexpr const char* kKindReport = "Thông báo phản ánh";
inline constexpr const char* kKindOfficer = "Thông báo cán bộ";
inline constexpr const char* kKindDigest = "Bản tin hằng ngày";


// Trợ lý ảo: the assistant's knowledge base, synonyms, unanswered questions
inline constexpr const char* kAssistantIntro =
    "Trợ lý ảo trả lời câu hỏi của người dân từ kho câu hỏi – trả lời dưới đây. Câu hỏi nó chưa trả lời được được "
    "liệt kê để bổ sung vào kho.";
inline constexpr const char* kUnansweredHeading = "Câu hỏi chưa trả lời được";
inline constexpr const char* kNoUnanswered = "Chưa có câu hỏi nào trợ lý ảo không trả lời được.";
inline constexpr const char* kAskedTimes = " lần hỏi";
inline constexpr const char* kLastAsked = "Lần cuối: ";
inline constexpr const char* kAddToKnowledge = "Thêm vào kho";
inline constexpr const char* kDismiss = "Bỏ qua";
inline constexpr const char* kKnowledgeHeading = "Kho câu hỏi – trả lời";
inline constexpr const char* kAddKnowledge = "+ Thêm câu hỏi";
inline constexpr const char* kNoKnowledge = "Kho chưa có câu hỏi nào.";
inline constexpr const char* kNewKnowledge = "Câu hỏi mới";
inline constexpr const char* kEditKnowledge = "Sửa câu hỏi";
inline constexpr const char* kKnowledgeQuestion = "Câu hỏi";
inline constexpr const char* kKnowledgePhrasings = "Các cách hỏi khác (mỗi dòng một cách)";
inline constexpr const char* kKnowledgeAnswer = "Câu trả lời";
inline constexpr const char* kKnowledgeLink = "Trang liên quan";
inline constexpr const char* kKnowledgeLinkHint = "Ví dụ /dang-ky (để trống nếu không có)";
inline constexpr const char* kKnowledgeActive = "Trợ lý ảo dùng câu trả lời này";
inline constexpr const char* kKnowledgeOff = "Tạm ẩn";
inline constexpr const char* kKnowledgeCreated = "Đã thêm câu hỏi: ";
inline constexpr const char* kKnowledgeSaved = "Đã lưu câu hỏi: ";
inline constexpr const char* kKnowledgeDeleted = "Đã xóa câu hỏi: ";
inline constexpr const char* kDeleteKnowledgeTitle = "Xóa câu hỏi";
inline constexpr const char* kDeleteKnowledgeQuestion = "Xóa khỏi kho câu hỏi: ";
inline constexpr const char* kSynonymsHeading = "Từ đồng nghĩa";
inline constexpr const char* kSynonymsIntro =
    "Các từ, cụm từ cùng nghĩa, cách nhau bằng dấu phẩy: trợ lý ảo hiểu chúng như nhau (ví dụ: ổ gà, hố).";
inline constexpr const char* kSynonymLine = "Nhóm từ đồng nghĩa mới";
inline constexpr const char* kSynonymLineHint = "Ví dụ: ổ gà, hố";
inline constexpr const char* kAddSynonym = "Thêm nhóm";
inline constexpr const char* kSynonymAdded = "Đã thêm nhóm từ đồng nghĩa: ";
inline constexpr const char* kSynonymDeleted = "Đã xóa nhóm từ đồng nghĩa: ";

}  // namespace pakn::client::tr::adm
