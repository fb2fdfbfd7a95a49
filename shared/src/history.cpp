#include "pakn/history.h"

#include <array>

namespace pakn {
namespace {

constexpr std::string_view kKindNames[] = {"workflow", "personal_data", "administration", "account"};
constexpr std::string_view kKindLabels[] = {"Xử lý hồ sơ", "Truy cập dữ liệu cá nhân", "Quản trị hệ thống",
                                            "Tài khoản"};

using K = HistoryKind;
// clang-format off
constexpr AuditAction kActions[] = {
    // code                          kind                label
    {"view_report",                  K::personal_data,   "Xem hồ sơ (có thông tin người phản ánh)"},
    {"reporter_search",              K::personal_data,   "Tìm hồ sơ theo người phản ánh"},
    {"inbox_exported",               K::personal_data,   "Xuất danh sách hồ sơ"},
    {"report_published",             K::workflow,        "Công khai kết quả (nội dung đã che)"},
    {"bulk_action",                  K::workflow,        "Thao tác trên nhiều hồ sơ cùng lúc"},
    {"unit_created",                 K::administration,  "Thêm đơn vị"},
    {"unit_updated",                 K::administration,  "Sửa đơn vị"},
    {"unit_activated",               K::administration,  "Kích hoạt đơn vị"},
    {"unit_deactivated",             K::administration,  "Ngừng hoạt động đơn vị"},
    {"officer_created",              K::administration,  "Tạo tài khoản cán bộ (dòng lệnh)"},
    {"officer_created_by_admin",     K::administration,  "Tạo tài khoản cán bộ"},
    {"officer_updated",              K::administration,  "Sửa tài khoản cán bộ"},
    {"officer_enabled",              K::administration,  "Mở khóa tài khoản cán bộ"},
    {"officer_disabled",             K::administration,  "Khóa tài khoản cán bộ"},
    {"officer_password_reset",       K::administration,  "Cấp lại mật khẩu cán bộ"},
    {"category_created",             K::administration,  "Thêm lĩnh vực"},
    {"category_updated",             K::administration,  "Sửa lĩnh vực"},
    {"category_activated",           K::administration,  "Kích hoạt lĩnh vực"},
    {"category_deactivated",         K::administration,  "Ngừng sử dụng lĩnh vực"},
    {"holiday_correction_added",     K::administration,  "Thêm ngày nghỉ, ngày làm bù"},
    {"holiday_correction_removed",   K::administration,  "Xóa ngày nghỉ, ngày làm bù"},
    {"settings_updated",             K::administration,  "Sửa cấu hình hệ thống"},
    {"announcement_created",         K::administration,  "Tạo thông báo"},
    {"announcement_updated",         K::administration,  "Sửa thông báo"},
    {"announcement_published",       K::administration,  "Đăng thông báo"},
    {"announcement_unpublished",     K::administration,  "Gỡ thông báo"},
    {"announcement_deleted",         K::administration,  "Xóa thông báo"},
    {"answer_template_created",      K::administration,  "Thêm mẫu trả lời"},
    {"answer_template_updated",      K::administration,  "Sửa mẫu trả lời"},
    {"answer_template_deleted",      K::administration,  "Xóa mẫu trả lời"},
    {"knowledge_created",            K::administration,  "Thêm câu hỏi cho trợ lý ảo"},
    {"knowledge_updated",            K::administration,  "Sửa câu hỏi của trợ lý ảo"},
    {"knowledge_deleted",            K::administration,  "Xóa câu hỏi của trợ lý ảo"},
    {"synonym_created",              K::administration,  "Thêm nhóm từ đồng nghĩa"},
    {"synonym_deleted",              K::administration,  "Xóa nhóm từ đồng nghĩa"},
    {"unanswered_dismissed",         K::administration,  "Bỏ qua câu hỏi trợ lý ảo chưa trả lời được"},
    {"login",                        K::account,         "Đăng nhập"},
    {"password_reset",               K::account,         "Đặt lại mật khẩu (quên mật khẩu)"},
    {"password_changed",             K::account,         "Đổi mật khẩu"},
    {"phone_changed",                K::account,         "Đổi số điện thoại"},
    {"account_created",              K::account,         "Tạo tài khoản"},
    {"account_deleted",              K::account,         "Xóa tài khoản"},
    {"registration_started",         K::account,         "Bắt đầu đăng ký"},
    {"registration_taken",           K::account,         "Đăng ký trùng giấy tờ đã có"},
};
// clang-format on

}  // namespace

std::string_view to_string(HistoryKind k) noexcept { return kKindNames[static_cast<int>(k)]; }

std::optional<HistoryKind> parse_history_kind(std::string_view s) noexcept {
    for (HistoryKind k : kAllHistoryKinds)
        if (to_string(k) == s) return k;
    return std::nullopt;
}

std::string_view label(HistoryKind k) noexcept { return kKindLabels[static_cast<int>(k)]; }

HistoryScope history_scope(Role role, bool has_unit) noexcept {
    if (role == Role::admin) return HistoryScope::everything;
    if (role == Role::unit_lead && has_unit) return HistoryScope::unit;
    return HistoryScope::none;
}

std::span<const AuditAction> audit_actions() noexcept { return kActions; }

std::optional<AuditAction> find_audit_action(std::string_view code) noexcept {
    for (const AuditAction& a : kActions)
        if (a.code == code) return a;
    return std::nullopt;
}

}  // namespace pakn
