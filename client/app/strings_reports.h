// The citizens' report screens' words (submit, my reports, report page,
// notifications, lookup) and the report widgets' (timeline, attachments,
// viewer). Words other areas show too are in strings_common.h.
#pragma once

namespace pakn::client::tr::rep {

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
inline constexpr const char* kCommunePlaceholder = "Chọn xã, phường, đặc khu";
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
inline constexpr const char* kNoMapData =
    "Hệ thống chưa có dữ liệu bản đồ để chọn vị trí. Vui lòng ghi rõ địa điểm, chọn xã, phường, "
    "hoặc bấm \"Vị trí của tôi\" để lấy vị trí của thiết bị.";
inline constexpr const char* kNoBoundaries =
    "Bản đồ chưa có ranh giới xã, phường: bấm để ghim vị trí, rồi chọn xã, phường trong danh sách ở trên.";
inline constexpr const char* kStreetMapHint =
    "Kéo để di chuyển, cuộn chuột hoặc chụm hai ngón tay để phóng to; bấm vào đúng chỗ để ghim vị trí.";
inline constexpr const char* kClearPoint = "Bỏ vị trí";
inline constexpr const char* kPointSet = "Đã chọn vị trí: ";
inline constexpr const char* kAccuracy = " (sai số khoảng ";  // then the metres and kAccuracyEnd
inline constexpr const char* kAccuracyEnd = " m)";
inline constexpr const char* kAttachmentsLabel = "TÀI LIỆU ĐÍNH KÈM";
inline constexpr const char* kUpload = "Tải lên";
inline constexpr const char* kAttachmentRules =
    "Tối đa 5 tệp: ảnh (JPEG, PNG, WebP, HEIC) và tài liệu (PDF, DOCX, XLSX) đến 20 MB, video (MP4, MOV) đến 100 MB.";
inline constexpr const char* kTooManyPicked = "Chỉ được đính kèm tối đa 5 tệp; các tệp thừa đã được bỏ qua.";
inline constexpr const char* kUploading = "Đang tải lên… ";
inline constexpr const char* kUploaded = "Đã tải lên";
inline constexpr const char* kUploadFailed = "Tải lên không thành công";
inline constexpr const char* kRemoveFile = "✕ Xóa";
inline constexpr const char* kUploadWaiting = "Đang chờ mạng để tải lên";
inline constexpr const char* kUploadGone = "Tệp chưa tải lên không còn trên thiết bị này, vui lòng chọn lại.";
// a report sent without network (kept on the device, sent when it returns)
inline constexpr const char* kWaitingNetwork = "Đang chờ mạng — sẽ tự gửi";
inline constexpr const char* kWaitingNetworkBody =
    "Phản ánh đã được giữ lại trên thiết bị này và sẽ tự động gửi khi có mạng trở lại, kể cả khi bạn tải lại "
    "hoặc mở lại trang. Vui lòng không xóa dữ liệu trình duyệt.";
inline constexpr const char* kSendingFiles = "Đang gửi tệp đính kèm ";  // then "k/n"
inline constexpr const char* kSendingReport = "Đang gửi phản ánh…";
inline constexpr const char* kCancelPending = "Hủy tự gửi để sửa lại";
inline constexpr const char* kPendingHome = "Bạn có một phản ánh đang chờ mạng — sẽ tự gửi khi có mạng.";
inline constexpr const char* kPendingOpen = "Xem phản ánh đang chờ gửi";
inline constexpr const char* kPendingSent = "Phản ánh đang chờ đã được gửi. Mã tra cứu: ";
inline constexpr const char* kWaitUploads = "Vui lòng chờ tải lên xong các tệp đính kèm.";
inline constexpr const char* kFixUploads = "Vui lòng xóa các tệp tải lên không thành công.";
inline constexpr const char* kConsent =
    "Tôi đồng ý công khai phản ánh, kiến nghị này và kết quả xử lý trên Hệ thống (không công khai thông tin cá nhân).";
inline constexpr const char* kCaptchaLabel = "MÃ SỐ XÁC THỰC";
inline constexpr const char* kCaptchaLoading = "Đang tải câu hỏi…";
inline constexpr const char* kSave = "LƯU";
inline constexpr const char* kSend = "GỬI";
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
inline constexpr const char* kCopied = "✔ Đã sao chép";
inline constexpr const char* kNewReport = "Tạo phản ánh mới";

// my reports
inline constexpr const char* kMyHeading = "PHẢN ÁNH, KIẾN NGHỊ CỦA TÔI";
inline constexpr const char* kAllStatuses = "Tất cả trạng thái";
inline constexpr const char* kNounReports = "phản ánh, kiến nghị";
inline constexpr const char* kNoReports = "Bạn chưa gửi phản ánh, kiến nghị nào.";
inline constexpr const char* kClearFilters = "Bỏ lọc";
inline constexpr const char* kDraftNoCode = "Nháp (chưa có mã)";
inline constexpr const char* kCreatedOn = "Ngày tạo: ";
inline constexpr const char* kDeadline = "Hạn xử lý: ";
inline constexpr const char* kUnit = "Đơn vị xử lý: ";
inline constexpr const char* kContinueDraft = "Tiếp tục soạn";
inline constexpr const char* kSupplement = "Bổ sung thông tin";

// report page
inline constexpr const char* kBackToList = "← Phản ánh, kiến nghị của tôi";
inline constexpr const char* kCodeLabel = "Mã tra cứu: ";
inline constexpr const char* kDetails = "Thông tin phản ánh";
inline constexpr const char* kFiles = "Tài liệu đính kèm";
inline constexpr const char* kNoFiles = "Không có tài liệu đính kèm.";
inline constexpr const char* kProgress = "Tình trạng xử lý";
inline constexpr const char* kStatus = "Trạng thái: ";
inline constexpr const char* kTimeLeft = "Thời gian còn lại: ";
inline constexpr const char* kNeedsInfo =
    "Trung tâm đề nghị bạn bổ sung thông tin cho phản ánh này. Thời hạn xử lý tạm dừng cho đến khi bạn gửi bổ sung.";
inline constexpr const char* kDraftNote = "Phản ánh này là bản nháp, chưa được gửi.";
inline constexpr const char* kAnsweredOn = "Ngày trả lời: ";
inline constexpr const char* kRateHeading = "Đánh giá mức độ hài lòng";
inline constexpr const char* kRateIntro = "Bạn đánh giá thế nào về kết quả xử lý phản ánh, kiến nghị này?";
inline constexpr const char* kRateComment = "Ý kiến của bạn (không bắt buộc)";
inline constexpr const char* kRateCommentHint = "Nhập ý kiến..";
inline constexpr const char* kRateSend = "Gửi đánh giá";
inline constexpr const char* kRated = "Đánh giá của bạn: ";
// reconsideration after an unsatisfied rating (issue 15)
inline constexpr const char* kReconsider = "Đề nghị xem xét lại";
inline constexpr const char* kReconsiderIntro =
    "Bạn chưa hài lòng với kết quả? Bạn có thể đề nghị Trung tâm xem xét lại một lần, nêu rõ lý do.";
inline constexpr const char* kReconsiderTitle = "Đề nghị xem xét lại kết quả xử lý";
inline constexpr const char* kReconsiderBody =
    "Trung tâm sẽ xem xét và quyết định mở lại phản ánh để xử lý tiếp hoặc giữ nguyên kết quả. Mỗi phản ánh chỉ "
    "được đề nghị xem xét lại một lần.";
inline constexpr const char* kReconsiderReason = "Lý do đề nghị xem xét lại";
inline constexpr const char* kReconsiderReasonHint = "Nêu rõ vì sao kết quả chưa giải quyết được vấn đề..";
inline constexpr const char* kReconsiderSend = "Gửi đề nghị";
inline constexpr const char* kReconsiderPending = "Đã gửi đề nghị xem xét lại — đang chờ Trung tâm quyết định";
inline constexpr const char* kReconsiderDeclined = "Trung tâm không chấp thuận đề nghị xem xét lại. Lý do: ";
inline constexpr const char* kWithdraw = "Rút phản ánh";
inline constexpr const char* kWithdrawTitle = "Rút phản ánh, kiến nghị";
inline constexpr const char* kWithdrawBody =
    "Phản ánh đã rút sẽ được đóng và không được xử lý tiếp. Bạn có chắc chắn muốn rút phản ánh này?";
inline constexpr const char* kWithdrawReason = "Lý do (không bắt buộc)";
inline constexpr const char* kWithdrawConfirm = "Xác nhận rút";
inline constexpr const char* kNoEvents = "Chưa có hoạt động nào.";
inline constexpr const char* kOfficerConsole = "Mở trong trang xử lý của cán bộ";
inline constexpr const char* kReporter = "Người gửi: ";

// notifications
inline constexpr const char* kNotificationsHeading = "THÔNG BÁO";
inline constexpr const char* kMarkAllRead = "Đánh dấu tất cả đã đọc";
inline constexpr const char* kUnreadCount = " thông báo chưa đọc";
inline constexpr const char* kNoNotifications = "Bạn chưa có thông báo nào.";
inline constexpr const char* kNounNotifications = "thông báo";

// lookup
inline constexpr const char* kLookupHeading = "TRA CỨU PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kLookupIntro =
    "Nhập mã tra cứu đã nhận khi gửi phản ánh, kiến nghị (ví dụ PAKN-2026-000123) để xem tình trạng xử lý.";
inline constexpr const char* kLookupLabel = "Mã tra cứu";
inline constexpr const char* kLookupNotFound =
    "Không tìm thấy phản ánh, kiến nghị với mã này. Vui lòng kiểm tra lại mã tra cứu.";
inline constexpr const char* kUpdatedOn = "Cập nhật lần cuối: ";
inline constexpr const char* kLookupPrivacy = "Trang tra cứu không hiển thị thông tin cá nhân của người gửi.";

// report widgets
inline constexpr const char* kViewerTitle = "Xem ảnh";
inline constexpr const char* kPrevious = "← Ảnh trước";
inline constexpr const char* kNext = "Ảnh sau →";
inline constexpr const char* kOpenOriginal = "Mở ảnh gốc";
inline constexpr const char* kClose = "Đóng";
inline constexpr const char* kImageFailed = "Không tải được ảnh.";
inline constexpr const char* kDocument = "Tài liệu";

}  // namespace pakn::client::tr::rep
