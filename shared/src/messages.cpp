// [SECTION] index: request-level, text, identifiers, password, forms,
// report, workflow, calendar, accounts. Each module adds its codes to its own
// section; codes are snake_case and never renamed once shipped.
#include "pakn/messages.h"

#include <algorithm>
#include <array>
#include <utility>

namespace pakn {
namespace {

struct Entry {
    std::string_view code;
    std::string_view message;
};

// clang-format off
constexpr Entry kCatalogue[] = {
    // [SECTION] request-level (HTTP edge)
    {"validation_failed",      "Thông tin chưa hợp lệ"},
    {"malformed_request",      "Yêu cầu không đúng định dạng"},
    {"not_authenticated",      "Vui lòng đăng nhập để tiếp tục"},
    {"forbidden",              "Bạn không có quyền thực hiện thao tác này"},
    {"not_found",              "Không tìm thấy nội dung yêu cầu"},
    {"conflict",               "Thao tác không thực hiện được ở trạng thái hiện tại"},
    {"payload_too_large",      "Dữ liệu gửi lên vượt quá dung lượng cho phép"},
    {"unsupported_media_type", "Định dạng dữ liệu không được hỗ trợ"},
    {"rate_limited",           "Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút"},
    {"internal_error",         "Hệ thống đang gặp sự cố, vui lòng thử lại sau"},
    {"service_unavailable",    "Hệ thống đang bảo trì, vui lòng thử lại sau"},
    {"method_not_allowed",     "Phương thức không được hỗ trợ"},
    {"csrf_failed",            "Phiên làm việc không hợp lệ, vui lòng tải lại trang"},
    {"storage_full",           "Máy chủ hết dung lượng lưu trữ, vui lòng thử lại sau"},

    // [SECTION] JSON decoding (dto)
    {"missing_field",          "Thiếu thông tin bắt buộc"},
    {"unknown_field",          "Trường thông tin không được hỗ trợ"},
    {"wrong_type",             "Kiểu dữ liệu không đúng"},
    {"invalid_json",           "Dữ liệu JSON không hợp lệ"},

    // [SECTION] text
    {"required",               "Vui lòng nhập thông tin này"},
    {"invalid_utf8",           "Văn bản chứa ký tự không hợp lệ"},
    {"control_characters",     "Văn bản chứa ký tự điều khiển không được phép"},
    {"too_long",               "Nội dung quá dài"},
    {"too_short",              "Nội dung quá ngắn"},

    // [SECTION] identifiers
    {"invalid_cccd",            "Số CCCD phải gồm đúng 12 chữ số"},
    {"invalid_cccd_province",   "Số CCCD không hợp lệ: 3 chữ số đầu không phải mã tỉnh, thành phố"},
    {"invalid_cmnd",            "Số CMND phải gồm đúng 9 chữ số"},
    {"invalid_login",           "Tài khoản phải là số CMND/CCCD, mã số doanh nghiệp hoặc số quyết định thành lập"},
    {"invalid_business_code",   "Mã số doanh nghiệp gồm 10 chữ số (chi nhánh: 10 chữ số, dấu gạch ngang và 3 chữ số)"},
    {"invalid_decision_number", "Số quyết định thành lập không hợp lệ (ví dụ: 123/QĐ-UBND)"},
    {"invalid_phone",           "Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 0 hoặc +84"},
    {"invalid_phone_prefix",    "Đầu số điện thoại di động không hợp lệ"},
    {"invalid_email",           "Địa chỉ email không hợp lệ"},

    // [SECTION] password
    {"password_too_short",              "Mật khẩu tối thiểu từ 6 ký tự trở lên"},
    {"password_too_long",               "Mật khẩu không được dài quá 128 ký tự"},
    {"password_needs_letter_and_digit", "Mật khẩu phải bao gồm cả chữ và số"},
    {"password_too_common",             "Mật khẩu quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác"},
    {"password_same_as_login",          "Mật khẩu không được trùng hoặc chứa tên tài khoản"},
    {"password_same_as_phone",          "Mật khẩu không được trùng hoặc chứa số điện thoại"},
    {"password_mismatch",               "Mật khẩu xác nhận không khớp"},

    // [SECTION] workflow
    {"unknown_action",               "Thao tác không hợp lệ"},
    {"action_not_allowed_for_role",  "Vai trò của bạn không được thực hiện thao tác này"},
    {"action_not_allowed_in_status", "Thao tác này không được phép ở trạng thái hiện tại"},
    {"extension_already_pending",    "Đã có yêu cầu gia hạn đang chờ duyệt"},
    {"no_extension_pending",         "Không có yêu cầu gia hạn nào đang chờ duyệt"},
    {"already_published",            "Phản ánh đã được công khai"},
    {"not_published",                "Phản ánh chưa được công khai"},
    {"publication_not_consented",    "Người gửi không đồng ý công khai phản ánh này"},
    {"already_rated",                "Phản ánh đã được đánh giá"},
    {"report_withdrawn",             "Phản ánh đã được người gửi rút lại"},
    {"field_not_applicable",         "Thông tin này không áp dụng cho thao tác đã chọn"},
    {"invalid_reason_code",          "Lý do không tiếp nhận không hợp lệ"},
    {"duplicate_of_required",        "Vui lòng nhập mã tra cứu của phản ánh bị trùng"},
    {"invalid_duplicate_of",         "Mã tra cứu của phản ánh bị trùng không hợp lệ"},
    {"invalid_unit_id",              "Đơn vị xử lý không hợp lệ"},
    {"invalid_co_unit_ids",          "Danh sách đơn vị phối hợp không hợp lệ"},
    {"invalid_deadline",             "Thời hạn không hợp lệ"},
    {"invalid_rating",               "Mức độ hài lòng không hợp lệ"},

    // [SECTION] calendar (dates, working time, SLA)
    {"invalid_date",          "Ngày không hợp lệ"},
    {"invalid_datetime",      "Thời gian không hợp lệ"},
    {"invalid_work_sessions", "Khung giờ làm việc không hợp lệ"},
    {"no_working_days",       "Cần chọn ít nhất một ngày làm việc trong tuần"},
    {"invalid_priority",      "Mức độ ưu tiên không hợp lệ"},
    {"invalid_sla_figure",    "Thời hạn xử lý không hợp lệ"},
    {"invalid_due_soon",      "Ngưỡng cảnh báo sắp đến hạn không hợp lệ"},
};
// clang-format on

constexpr std::string_view kUnknown = "Đã có lỗi xảy ra";

const Entry* find(std::string_view code) {
    for (const auto& e : kCatalogue)
        if (e.code == code) return &e;
    return nullptr;
}

}  // namespace

std::string_view message_for(std::string_view code) {
    const Entry* e = find(code);
    return e ? e->message : kUnknown;
}

bool is_known_code(std::string_view code) { return find(code) != nullptr; }

}  // namespace pakn
