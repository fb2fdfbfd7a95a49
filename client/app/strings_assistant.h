// The help assistant's words (Trợ lý ảo): the panel that opens from every
// page of the citizen side. Plain words for people who rarely use computers.
#pragma once

namespace pakn::client::tr::assistant {

inline constexpr const char* kOpen = "? Hỏi đáp";
inline constexpr const char* kTitle = "Trợ lý ảo";
inline constexpr const char* kClose = "Đóng##assistant";
inline constexpr const char* kGreeting =
    "Xin chào! Bạn cần hỏi gì về việc gửi phản ánh, kiến nghị? Có thể gõ không dấu. Muốn biết hồ sơ đến đâu, hãy gõ "
    "mã tra cứu (ví dụ PAKN-2026-000123).";
inline constexpr const char* kQuestionLabel = "Câu hỏi của bạn";
inline constexpr const char* kQuestionHint = "Ví dụ: quên mật khẩu";
inline constexpr const char* kAsk = "Gửi câu hỏi";
inline constexpr const char* kAsking = "Đang tìm câu trả lời…";
inline constexpr const char* kYou = "Bạn hỏi:";
inline constexpr const char* kOpenPage = "Mở trang liên quan";
inline constexpr const char* kMaybe = "Có phải bạn muốn hỏi:";
inline constexpr const char* kUnknown = "Xin lỗi, tôi chưa có câu trả lời cho câu hỏi này.";
inline constexpr const char* kHandOff =
    "Bạn có thể gọi tổng đài 1900 1023 (giờ hành chính) hoặc gửi thư đến pakn@khanhhoa.gov.vn để được cán bộ hỗ trợ.";
inline constexpr const char* kSendReport = "Gửi phản ánh, kiến nghị";
inline constexpr const char* kTrackFound = "Tình trạng hồ sơ ";
inline constexpr const char* kTrackMissing = "Không tìm thấy hồ sơ có mã ";
inline constexpr const char* kTrackMissingEnd = ". Hãy kiểm tra lại mã trên giấy biên nhận hoặc tin nhắn.";
inline constexpr const char* kTrackDetail = "Xem chi tiết";
inline constexpr const char* kStartReport = "Bạn muốn phản ánh nội dung sau:";
inline constexpr const char* kStartReportButton = "Gửi phản ánh với nội dung này";
inline constexpr const char* kUpdatedOn = "Cập nhật: ";

}  // namespace pakn::client::tr::assistant
