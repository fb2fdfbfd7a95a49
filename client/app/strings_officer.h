// The officer console's words (inbox, processing page, intake, unit
// dashboard). Status, action, role, reason and rating names come from the
// shared workflow (pakn::label); words other areas show too are in
// strings_common.h.
#pragma once

namespace pakn::client::tr::off {

// console navigation
inline constexpr const char* kNavInbox = "Hộp xử lý";
inline constexpr const char* kNavIntake = "Tiếp nhận qua tổng đài";
inline constexpr const char* kAccountLink = "Tài khoản cán bộ";
inline constexpr const char* kReadOnly = "Chế độ theo dõi: lãnh đạo xem mọi phản ánh và cho ý kiến chỉ đạo.";
// inbox
inline constexpr const char* kFilters = "Bộ lọc";
inline constexpr const char* kSearchHint = "Tìm theo mã, tiêu đề, nội dung, địa điểm…";
inline constexpr const char* kFilterFrom = "Gửi từ ngày";
inline constexpr const char* kAnyCategory = "Mọi lĩnh vực";
inline constexpr const char* kAnyCommune = "Mọi xã, phường";
inline constexpr const char* kAnyChannel = "Mọi kênh";
inline constexpr const char* kApplyFilters = "Lọc";
inline constexpr const char* kBadDate = "Ngày không hợp lệ (dd/mm/yyyy)";
inline constexpr const char* kColCode = "Mã";
inline constexpr const char* kColUnit = "Đơn vị chủ trì";
inline constexpr const char* kColTimeLeft = "Thời hạn";
inline constexpr const char* kEmptyInbox = "Không có phản ánh nào trong mục này.";
inline constexpr const char* kNewReports = "★ Có phản ánh mới trong hộp xử lý: ";
inline constexpr const char* kUnclassified = "Chưa phân loại";
// processing page
inline constexpr const char* kBackToInbox = "← Hộp xử lý";
inline constexpr const char* kPriority = "Mức độ: ";
inline constexpr const char* kDeadline = "Hạn bước hiện tại: ";
inline constexpr const char* kLeadUnit = "Đơn vị chủ trì: ";
inline constexpr const char* kExtensionPending = "Đang chờ Trung tâm duyệt đề nghị gia hạn";
inline constexpr const char* kConsentPublic = "Người phản ánh đồng ý công khai";
inline constexpr const char* kNoConsent = "Người phản ánh không đồng ý công khai";
inline constexpr const char* kContent = "Nội dung phản ánh";
inline constexpr const char* kNoAttachments = "Không có tệp đính kèm.";
inline constexpr const char* kReporter = "Người phản ánh";
inline constexpr const char* kName = "Họ và tên: ";
inline constexpr const char* kIdNumber = "CCCD/CMND: ";
inline constexpr const char* kDeletedAccount = "Tài khoản người phản ánh đã bị xóa.";
inline constexpr const char* kResultDraft = "Dự thảo kết quả (chờ lãnh đạo đơn vị duyệt)";
inline constexpr const char* kRating = "Đánh giá của người phản ánh: ";
inline constexpr const char* kActions = "Thao tác xử lý";
inline constexpr const char* kNoActions = "Bạn không có thao tác nào với phản ánh ở trạng thái này.";
inline constexpr const char* kInternal = "Nội bộ";
inline constexpr const char* kUpdatedLive = "Phản ánh vừa có cập nhật mới.";
inline constexpr const char* kReload = "↻ Tải lại phản ánh";
inline constexpr const char* kDone = "Đã thực hiện: ";
inline constexpr const char* kCurrentStatus = "Trạng thái hiện tại: ";
// action form
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
inline constexpr const char* kNoteReclassify = "Lý do phân loại lại";
inline constexpr const char* kNoteDirection = "Nội dung chỉ đạo";
inline constexpr const char* kFilterReporter = "Người phản ánh";
inline constexpr const char* kTabMine = "Của tôi";
inline constexpr const char* kTabReconsideration = "Đề nghị xem xét lại";
inline constexpr const char* kReconsiderationPending =
    "Người phản ánh đề nghị xem xét lại (không hài lòng với kết quả): Trung tâm quyết định mở lại hoặc từ chối";
inline constexpr const char* kReconsiderationReason = "Lý do người phản ánh nêu: ";
inline constexpr const char* kNoteDeclineReconsideration = "Lý do từ chối xem xét lại (gửi đến người phản ánh)";
inline constexpr const char* kHandlerLabel = "Cán bộ xử lý";
inline constexpr const char* kHandlerPlaceholder = "Chọn cán bộ của đơn vị";
inline constexpr const char* kNoteAssignHandler = "Ghi chú cho cán bộ";
inline constexpr const char* kFilterReporterHint = "Số điện thoại, số CCCD hoặc họ tên";
inline constexpr const char* kCategoryPlaceholder = "Chọn lĩnh vực";
inline constexpr const char* kCommunePlaceholder = "Chọn xã, phường";
inline constexpr const char* kAnswerNoteLabel = "Ghi chú kèm theo kết quả";
inline constexpr const char* kReclassifiedFrom = "Trước đây";
inline constexpr const char* kReason = "Lý do";
inline constexpr const char* kReasonPlaceholder = "Chọn lý do";
inline constexpr const char* kDuplicateOf = "Mã phản ánh gốc";
inline constexpr const char* kMergeInto = "Mã tra cứu của phản ánh trước (gộp vào)";
inline constexpr const char* kUnit = "Đơn vị chủ trì xử lý";
inline constexpr const char* kUnitPlaceholder = "Chọn đơn vị";
inline constexpr const char* kCoUnitsLabel = "Đơn vị phối hợp";
inline constexpr const char* kFilterUnitsHint = "Gõ để tìm đơn vị…";
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
// publishing (Công khai): what the portal will show
inline constexpr const char* kPublicVersion = "Nội dung sẽ công khai";
inline constexpr const char* kPublicIntro =
    "Số điện thoại, số CCCD/CMND, thư điện tử và biển số xe trong phản ánh đã được ẩn. Bản gốc vẫn được lưu; "
    "có thể sửa nội dung công khai dưới đây.";
inline constexpr const char* kFoundInOriginal = "Thông tin cá nhân tìm thấy trong bản gốc";
inline constexpr const char* kFoundNothing = "Không tìm thấy thông tin cá nhân trong bản gốc.";
inline constexpr const char* kPublicTitle = "Tiêu đề công khai";
inline constexpr const char* kPublicText = "Nội dung công khai";
// intake
inline constexpr const char* kIntakeIntro =
    "Nhập phản ánh, kiến nghị người dân gửi qua tổng đài 1900 1023, thư điện tử pakn@khanhhoa.gov.vn hoặc trực "
    "tiếp tại Trung tâm. Phản ánh gắn với tài khoản của người gửi khi số điện thoại hoặc số CCCD trùng khớp.";
inline constexpr const char* kIntakeOnlyCenter = "Chỉ cán bộ tiếp nhận của Trung tâm nhập phản ánh thay người dân.";
inline constexpr const char* kIntakeCaller = "Thông tin người phản ánh";
inline constexpr const char* kIntakeChannel = "Kênh tiếp nhận";
inline constexpr const char* kIntakeChannelPlaceholder = "Chọn kênh";
inline constexpr const char* kCallerName = "Họ và tên người phản ánh";
inline constexpr const char* kCallerId = "Số CCCD/CMND";
inline constexpr const char* kContactRule = "Cần ít nhất một cách liên lạc: điện thoại, thư điện tử hoặc CCCD/CMND.";
inline constexpr const char* kReportTitle = "Phản ánh, kiến nghị về việc";
inline constexpr const char* kReportAddress = "Địa điểm phản ánh, kiến nghị";
inline constexpr const char* kPublicConsent = "Người phản ánh đồng ý công khai nội dung và kết quả";
inline constexpr const char* kIntakeSubmit = "Ghi nhận phản ánh";
inline constexpr const char* kIntakeDone = "Đã ghi nhận phản ánh. Mã tra cứu:";
inline constexpr const char* kIntakeReadBack = "Đọc mã tra cứu này cho người phản ánh để họ theo dõi kết quả.";
inline constexpr const char* kIntakeAnother = "Tiếp nhận phản ánh khác";
// dashboard
inline constexpr const char* kDashboardAll = "Toàn tỉnh (mọi đơn vị)";
inline constexpr const char* kTileTotal = "Tổng số phản ánh";
inline constexpr const char* kTileOpen = "Đang trong thời hạn xử lý";
inline constexpr const char* kTileThisMonth = "Đúng hạn tháng này";
inline constexpr const char* kTileLastMonth = "Đúng hạn tháng trước";
inline constexpr const char* kOnTimeAnswers = " kết quả đúng hạn";
inline constexpr const char* kNoAnswers = "Chưa có kết quả trong tháng";
inline constexpr const char* kByStatus = "Theo trạng thái";
inline constexpr const char* kColTotal = "Tổng";
inline constexpr const char* kColOpen = "Đang xử lý";
inline constexpr const char* kColResolved = "Đã có kết quả";
inline constexpr const char* kNoData = "Chưa có phản ánh nào.";
inline constexpr const char* kGeneratedAt = "Số liệu lúc ";
inline constexpr const char* kPeriod = "Kỳ báo cáo";
inline constexpr const char* kPeriodFrom = "Từ ngày";
inline constexpr const char* kPeriodHint = "Để trống: từ đầu tháng này đến hôm nay.";
inline constexpr const char* kPeriodShow = "Xem kỳ này";
inline constexpr const char* kPeriodReceived = "Gửi trong kỳ";
inline constexpr const char* kPeriodResolved = "Trả lời trong kỳ";
inline constexpr const char* kPeriodOnTime = "Đúng hạn trong kỳ";
inline constexpr const char* kNoAnswersInPeriod = "Chưa có kết quả trong kỳ";
inline constexpr const char* kByUnit = "Theo đơn vị";
inline constexpr const char* kByHandler = "Theo cán bộ";
// Hỗ trợ trực tuyến: the help assistant's questions in the period
inline constexpr const char* kAssistantHeading = "Hỗ trợ trực tuyến: trợ lý ảo";
inline constexpr const char* kAssistantFigure = "Chỉ số";
inline constexpr const char* kAssistantCount = "Số lượng";
inline constexpr const char* kAssistantAsked = "Câu hỏi đã nhận";
inline constexpr const char* kAssistantAnswered = "Trả lời được";
inline constexpr const char* kAssistantOffered = "Gợi ý để chọn";
inline constexpr const char* kAssistantUnanswered = "Chưa trả lời được";
inline constexpr const char* kAssistantRate = "Tỷ lệ trả lời được";
inline constexpr const char* kOfficer = "Cán bộ";
inline constexpr const char* kNotAssigned = "Chưa phân công";
inline constexpr const char* kColOnTime = "Đúng hạn";
inline constexpr const char* kColOnTimeRate = "Tỷ lệ đúng hạn";
inline constexpr const char* kColOpenNow = "Đang xử lý (hiện tại)";
// history (Lịch sử thao tác)
inline constexpr const char* kHistoryIntro =
    "Ai đã làm gì, khi nào: các bước xử lý hồ sơ và các lần xem, tìm, xuất dữ liệu cá nhân của người phản ánh.";
inline constexpr const char* kHistoryIntroAdmin =
    "Ai đã làm gì, khi nào: xử lý hồ sơ, truy cập dữ liệu cá nhân, quản trị hệ thống và tài khoản.";
inline constexpr const char* kHistoryNotForRole =
    "Lịch sử thao tác dành cho lãnh đạo đơn vị và quản trị viên. Bạn xem quá trình xử lý của từng phản ánh ngay "
    "trong hồ sơ phản ánh.";
inline constexpr const char* kHistoryReport = "Mã hồ sơ";
inline constexpr const char* kHistoryActor = "Người thực hiện";
inline constexpr const char* kHistoryActorHint = "Họ tên cán bộ";
inline constexpr const char* kHistoryKind = "Loại thao tác";
inline constexpr const char* kHistoryAnyKind = "Mọi loại";
inline constexpr const char* kHistoryColTime = "Thời gian";
inline constexpr const char* kHistoryColAction = "Thao tác";
inline constexpr const char* kHistoryColReport = "Hồ sơ";
inline constexpr const char* kHistoryColDetail = "Chi tiết";
inline constexpr const char* kHistoryColIp = "Địa chỉ IP";
inline constexpr const char* kHistoryEmpty = "Không có thao tác nào khớp bộ lọc.";
inline constexpr const char* kHistoryMore = "Tải thêm";
inline constexpr const char* kHistoryOfReport = "Lịch sử truy cập hồ sơ";
// the staff map (Bản đồ hồ sơ)
inline constexpr const char* kMapIntro =
    "Hồ sơ đang xử lý có vị trí, tô màu theo thời hạn của bước hiện tại; bấm vào một điểm để mở hồ sơ. "
    "Bộ lọc giống Hộp xử lý.";
inline constexpr const char* kMapLegend = "Thời hạn";
inline constexpr const char* kMapOnTime = "Còn hạn";
inline constexpr const char* kMapDueSoon = "Sắp đến hạn";
inline constexpr const char* kMapOverdue = "Quá hạn";
inline constexpr const char* kMapNoDeadline = "Chưa tính hạn";
inline constexpr const char* kMapShown = " hồ sơ trên bản đồ";
inline constexpr const char* kMapWithoutPosition = " hồ sơ chưa có vị trí";
inline constexpr const char* kMapTruncated = "Chỉ hiện 5.000 hồ sơ gần đến hạn nhất; hãy thu hẹp bộ lọc để xem đủ.";
inline constexpr const char* kMapEmpty = "Không có hồ sơ đang xử lý nào có vị trí khớp bộ lọc.";
inline constexpr const char* kMapNoShapes = "Chưa có ranh giới xã, phường: các điểm hiện theo kinh độ, vĩ độ.";
// exports (báo cáo định kỳ)
inline constexpr const char* kExportXlsx = "Xuất Excel";
inline constexpr const char* kExportCsv = "Xuất CSV";
inline constexpr const char* kExportSemicolon = "CSV dùng dấu chấm phẩy (;)";
inline constexpr const char* kExporting = "Đang tạo tệp…";
inline constexpr const char* kExported = "Đã tạo tệp, trình duyệt đang tải xuống.";
// answer templates (Mẫu trả lời): inserting one, and the management screen
inline constexpr const char* kTitleTemplates = "Mẫu trả lời";
inline constexpr const char* kInsertTemplate = "Chèn mẫu";
inline constexpr const char* kCloseTemplates = "Đóng danh sách mẫu";
inline constexpr const char* kPickTemplate = "Chọn mẫu để chèn vào nội dung trả lời; sau khi chèn vẫn sửa được trước khi gửi.";
inline constexpr const char* kNoTemplatesForCategory = "Chưa có mẫu trả lời cho lĩnh vực này.";
inline constexpr const char* kInsertThis = "Chèn";
inline constexpr const char* kAllCategories = "Mọi lĩnh vực";
inline constexpr const char* kProvinceWide = "Toàn tỉnh";
inline constexpr const char* kTemplatesIntroLead = "Mẫu của đơn vị chỉ cán bộ trong đơn vị thấy. Mẫu toàn tỉnh do Quản trị hệ thống soạn, chỉ xem.";
inline constexpr const char* kTemplatesIntroAdmin = "Mẫu toàn tỉnh mọi cán bộ đều dùng được. Mẫu riêng của các đơn vị do lãnh đạo đơn vị quản lý, ở đây chỉ xem.";
inline constexpr const char* kTemplatesReadOnly = "Chỉ lãnh đạo đơn vị và Quản trị hệ thống được soạn mẫu trả lời; bạn có thể xem và chèn mẫu khi trả lời.";
inline constexpr const char* kAddTemplate = "Thêm mẫu trả lời";
inline constexpr const char* kNewTemplate = "Mẫu trả lời mới";
inline constexpr const char* kEditTemplate = "Sửa mẫu trả lời";
inline constexpr const char* kTemplateTitle = "Tên mẫu";
inline constexpr const char* kTemplateBody = "Nội dung mẫu";
inline constexpr const char* kTemplateCategory = "Áp dụng cho lĩnh vực";
inline constexpr const char* kPlaceholderHelp = "Có thể dùng: {ma_ho_so} mã hồ sơ, {ngay} ngày hôm nay, {nguoi_phan_anh} tên người phản ánh, {tieu_de} tiêu đề phản ánh, {don_vi} tên đơn vị; được điền khi chèn.";
inline constexpr const char* kNoTemplates = "Chưa có mẫu trả lời nào. Bấm \"Thêm mẫu trả lời\" để soạn mẫu đầu tiên.";
inline constexpr const char* kNoTemplatesReadOnly = "Chưa có mẫu trả lời nào.";
inline constexpr const char* kTemplateFilterHint = "Lọc theo tên hoặc nội dung mẫu…";
inline constexpr const char* kEditTemplateButton = "Sửa";
inline constexpr const char* kDeleteTemplateButton = "Xóa";
inline constexpr const char* kDeleteTemplateTitle = "Xóa mẫu trả lời";
inline constexpr const char* kDeleteTemplateQuestion = "Xóa mẫu trả lời: ";
inline constexpr const char* kTemplateCreated = "Đã thêm mẫu: ";
inline constexpr const char* kTemplateSaved = "Đã lưu mẫu: ";
inline constexpr const char* kTemplateDeleted = "Đã xóa mẫu: ";
inline constexpr const char* kUpdatedOn = "Cập nhật ";

// inbox: selecting rows and acting on them together (bulk actions)
inline constexpr const char* kSelectPage = "Chọn tất cả trang này";
inline constexpr const char* kSelectRow = "Chọn ";  // + tracking code (what a screen reader says)
inline constexpr const char* kSelectedCount = "Đã chọn %d hồ sơ";
inline constexpr const char* kClearSelection = "Bỏ chọn";
inline constexpr const char* kBulkRun = "Thực hiện";
inline constexpr const char* kBulkDialog = "Thao tác với nhiều hồ sơ";
inline constexpr const char* kBulkFormTitle = "%s cho %d hồ sơ đã chọn";
inline constexpr const char* kBulkNote = "Ghi chú";
inline constexpr const char* kBulkUnit = "Đơn vị xử lý chính";
inline constexpr const char* kBulkChooseUnit = "Chọn đơn vị";
inline constexpr const char* kBulkSending = "Đang thực hiện…";
inline constexpr const char* kBulkDone = "Đã thực hiện %lld/%lld";
inline constexpr const char* kBulkFailed = "; %lld không được:";
inline constexpr const char* kBulkReason = " — ";
inline constexpr const char* kBulkReport = "Hồ sơ #";  // + id, when its code is not known
inline constexpr const char* kBulkDismiss = "Đóng thông báo";
// inbox: saved filters (Bộ lọc đã lưu)
inline constexpr const char* kSavedFilters = "Bộ lọc đã lưu";
inline constexpr const char* kSaveFilter = "Lưu bộ lọc";
inline constexpr const char* kSavedFilterName = "Tên bộ lọc";
inline constexpr const char* kSavedFilterNameHint = "Ví dụ: Xây dựng quá hạn";
inline constexpr const char* kSave = "Lưu";
inline constexpr const char* kNoSavedFilters =
    "Chưa có bộ lọc nào được lưu. Chọn điều kiện lọc rồi bấm \"Lưu bộ lọc\".";
inline constexpr const char* kDeleteSavedFilter = "Xóa ";  // + the filter's name
inline constexpr const char* kSavedFilterSaved = "Đã lưu bộ lọc: ";
inline constexpr const char* kSavedFilterDeleted = "Đã xóa bộ lọc: ";

}  // namespace pakn::client::tr::off
