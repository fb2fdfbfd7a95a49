// The words of printed documents (ui/print_document.cpp): the buttons that
// print, each document's title and parts, and the lines around them. Field
// labels the screens show already are taken from the other catalogues.
#pragma once

namespace pakn::client::tr::prn {

// [SECTION] index: buttons, titles, parts, timeline table, lines.

// [SECTION] buttons
inline constexpr const char* kPrintReceipt = "In biên nhận";       // the reporter's report page
inline constexpr const char* kPrintFile = "In hồ sơ";              // the officer's processing page
inline constexpr const char* kPrintPublished = "In kết quả xử lý";  // a published report

// [SECTION] titles
inline constexpr const char* kReceiptTitle = "BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kFileTitle = "PHIẾU THEO DÕI XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kPublishedTitle = "KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ";

// [SECTION] parts
inline constexpr const char* kReportPart = "Thông tin phản ánh, kiến nghị";
inline constexpr const char* kRatingPart = "Đánh giá của người gửi";
inline constexpr const char* kAnswerDraft = "Dự thảo kết quả (chưa phê duyệt)";

// [SECTION] timeline table: its columns
inline constexpr const char* kWhen = "Thời gian";
inline constexpr const char* kStep = "Bước xử lý";
inline constexpr const char* kActor = "Người thực hiện";
inline constexpr const char* kNote = "Nội dung, ghi chú";
inline constexpr const char* kInternalMark = " (nội bộ)";

// [SECTION] lines
// Under the receipt's QR code, before the address it opens.
inline constexpr const char* kQrCaption = "Quét mã hoặc mở địa chỉ sau để tra cứu tiến độ xử lý: ";
inline constexpr const char* kKeepCode =
    "Vui lòng giữ mã tra cứu để theo dõi kết quả; tra cứu không cần đăng nhập.";
// "Bản in từ <address> lúc <date time>".
inline constexpr const char* kPrintedFrom = "Bản in từ ";
inline constexpr const char* kPrintedAt = " lúc ";

}  // namespace pakn::client::tr::prn
