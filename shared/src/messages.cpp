// [SECTION] index: request-level, text, identifiers, password, forms,
// report, workflow, calendar, accounts. Each module adds its codes to its own
// section; codes are snake_case and never renamed once shipped.
#include "pakn/messages.h"

#include <algorithm>
#include <array>
#include <string>
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
    {"lookup_rate_limited",    "Bạn đã tra cứu quá nhiều mã trong thời gian ngắn, vui lòng thử lại sau ít phút"},
    {"internal_error",         "Hệ thống đang gặp sự cố, vui lòng thử lại sau"},
    {"service_unavailable",    "Hệ thống đang bảo trì, vui lòng thử lại sau"},
    {"method_not_allowed",     "Phương thức không được hỗ trợ"},
    {"csrf_failed",            "Phiên làm việc không hợp lệ, vui lòng tải lại trang"},
    {"storage_full",           "Máy chủ hết dung lượng lưu trữ, vui lòng thử lại sau"},
    {"header_too_large",       "Phần đầu yêu cầu quá lớn"},
    {"length_required",        "Yêu cầu cần cho biết độ dài dữ liệu (Content-Length)"},
    {"invalid_content_length", "Độ dài dữ liệu (Content-Length) không hợp lệ"},
    {"http_version_not_supported", "Phiên bản HTTP không được hỗ trợ"},
    {"request_timeout",        "Yêu cầu gửi quá chậm, vui lòng thử lại"},
    {"server_busy",            "Hệ thống đang quá tải, vui lòng thử lại sau ít phút"},
    {"too_many_streams",       "Bạn đang mở quá nhiều cửa sổ theo dõi cập nhật, vui lòng đóng bớt"},

    // [SECTION] JSON decoding (dto)
    {"missing_field",          "Thiếu thông tin bắt buộc"},
    {"unknown_field",          "Trường thông tin không được hỗ trợ"},
    {"wrong_type",             "Kiểu dữ liệu không đúng"},
    {"invalid_json",           "Dữ liệu JSON không hợp lệ"},

    // [SECTION] dto (dto.h: strict JSON decoding, beyond the codes above)
    {"duplicate_field",        "Trường thông tin bị lặp lại"},
    {"json_too_deep",          "Dữ liệu JSON lồng nhau quá sâu"},
    {"number_out_of_range",    "Giá trị số nằm ngoài phạm vi cho phép"},
    {"invalid_idempotency_key", "Mã chống gửi trùng (idempotency_key) phải là một UUID viết thường, dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"},

    // [SECTION] text
    {"required",               "Vui lòng nhập thông tin này"},
    {"invalid_utf8",           "Văn bản chứa ký tự không hợp lệ"},
    {"control_characters",     "Văn bản chứa ký tự điều khiển không được phép"},
    {"undrawable_characters",  "Không dùng biểu tượng cảm xúc (emoji) hoặc ký tự đặc biệt không hiển thị được"},
    {"too_long",               "Nội dung quá dài"},
    {"too_short",              "Nội dung quá ngắn"},

    // [SECTION] identifiers
    {"invalid_cccd",            "Số CCCD phải gồm đúng 12 chữ số"},
    {"invalid_cccd_province",   "Số CCCD không hợp lệ: 3 chữ số đầu không phải mã tỉnh, thành phố"},
    {"invalid_cccd_birth_year", "Số CCCD không hợp lệ: chữ số thứ 4–6 (thế kỷ, giới tính, năm sinh) cho một năm sinh không thể có"},
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

    // [SECTION] forms (forms.h: accounts, reports, queries, admin forms)
    {"invalid_account_kind",      "Loại tài khoản không hợp lệ"},
    {"invalid_citizen_login",     "Tên đăng nhập của cá nhân là số CCCD (12 chữ số) hoặc CMND (9 chữ số)"},
    {"invalid_org_login",         "Tên đăng nhập của tổ chức là mã số doanh nghiệp hoặc số quyết định thành lập"},
    {"invalid_full_name",         "Họ và tên chỉ gồm chữ cái, khoảng trắng và các dấu . ' -"},
    {"invalid_commune_code",      "Xã, phường không có trong danh sách của tỉnh Khánh Hòa"},
    {"invalid_captcha_id",        "Câu hỏi xác thực không hợp lệ, vui lòng tải câu hỏi mới"},
    {"invalid_audience",          "Loại đăng nhập không hợp lệ"},
    {"invalid_username",          "Tên đăng nhập gồm 3–40 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang"},
    {"invalid_otp",               "Mã OTP gồm đúng 6 chữ số"},
    {"invalid_flow_id",           "Phiên xác thực không hợp lệ, vui lòng thực hiện lại từ đầu"},
    {"coordinates_incomplete",    "Vui lòng chọn đủ cả vĩ độ và kinh độ"},
    {"invalid_coordinates",       "Tọa độ không hợp lệ"},
    {"outside_province",          "Vị trí nằm ngoài địa bàn tỉnh Khánh Hòa"},
    {"invalid_category_code",     "Lĩnh vực không hợp lệ"},
    {"too_many_attachments",      "Chỉ được đính kèm tối đa 5 tệp"},
    {"invalid_attachment_ids",    "Danh sách tệp đính kèm không hợp lệ"},
    {"invalid_channel",           "Kênh tiếp nhận không hợp lệ"},
    {"contact_required",          "Vui lòng nhập ít nhất một thông tin liên hệ: số điện thoại, email hoặc số giấy tờ tùy thân"},
    {"invalid_id_number",         "Số giấy tờ tùy thân phải là số CCCD (12 chữ số) hoặc CMND (9 chữ số)"},
    {"invalid_contact_phone",     "Số điện thoại không hợp lệ"},
    {"invalid_status",            "Trạng thái không hợp lệ"},
    {"invalid_page",              "Số trang không hợp lệ"},
    {"invalid_page_size",         "Số dòng mỗi trang phải từ 1 đến 100"},
    {"invalid_bool",              "Giá trị phải là true hoặc false"},
    {"invalid_date_range",        "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu"},
    {"invalid_tracking_code",     "Mã hồ sơ không đúng dạng PAKN-năm-số (ví dụ PAKN-2026-000123)"},
    {"report_not_found",          "Không có hồ sơ nào mang mã này"},
    {"invalid_history_kind",      "Loại thao tác không hợp lệ"},
    {"invalid_cursor",            "Vị trí trang không hợp lệ, vui lòng tải lại từ đầu"},
    {"invalid_export_format",     "Định dạng tệp xuất phải là Excel (.xlsx) hoặc CSV"},
    {"invalid_csv_separator",     "Dấu phân cách CSV phải là dấu phẩy hoặc dấu chấm phẩy"},
    {"export_too_large",          "Kết quả có hơn 5.000 hồ sơ, vui lòng lọc hẹp hơn (theo thời gian, lĩnh vực, đơn vị…) rồi xuất lại"},
    {"invalid_announcement_kind", "Loại thông báo không hợp lệ"},
    {"invalid_unit_kind",         "Loại đơn vị không hợp lệ"},
    {"invalid_unit_code",         "Mã đơn vị gồm 2–40 ký tự: chữ cái không dấu, chữ số, gạch ngang hoặc gạch dưới (ví dụ SO-XD)"},
    {"invalid_role",              "Vai trò không hợp lệ"},
    {"invalid_category_group",    "Nhóm lĩnh vực không hợp lệ"},
    {"invalid_holiday_kind",      "Loại ngày nghỉ không hợp lệ"},
    {"template_title_too_long",   "Tên mẫu không được dài quá 200 ký tự"},
    {"template_body_too_long",    "Nội dung mẫu không được dài quá 5000 ký tự, như một văn bản trả lời"},
    {"knowledge_question_too_long", "Câu hỏi không được dài quá 300 ký tự"},
    {"knowledge_answer_too_long", "Câu trả lời không được dài quá 3000 ký tự"},
    {"knowledge_phrasings_too_long", "Các cách hỏi khác không được dài quá 3000 ký tự"},
    {"invalid_link",              "Liên kết phải là một trang của hệ thống, bắt đầu bằng “/” (ví dụ /dang-ky)"},
    {"synonym_needs_two",         "Nhập ít nhất hai từ, cụm từ khác nhau, cách nhau bằng dấu phẩy (ví dụ: ổ gà, hố)"},
    {"synonym_phrase_too_long",   "Mỗi cụm từ đồng nghĩa có nhiều nhất 6 từ"},
    {"synonym_too_long",          "Nhóm từ đồng nghĩa không được dài quá 300 ký tự"},
    {"assistant_question_too_long", "Câu hỏi không được dài quá 500 ký tự"},
    {"invalid_reply_kind",        "Loại câu trả lời không hợp lệ"},
    {"cccd_qr_not_a_card",        "Mã QR này không phải mã trên thẻ căn cước công dân. Vui lòng đưa mặt có mã QR của thẻ vào khung, hoặc nhập tay"},
    {"cccd_qr_bad_field",         "Không đọc được đủ thông tin từ mã QR trên thẻ. Vui lòng thử lại hoặc nhập tay"},
    {"cccd_qr_inconsistent",      "Thông tin trong mã QR không khớp với số căn cước. Vui lòng nhập tay"},
    {"notice_email_missing",      "Tài khoản chưa có địa chỉ thư điện tử: nhờ quản trị viên bổ sung trước khi chọn nhận qua thư"},
    {"notice_phone_missing",      "Tài khoản chưa có số điện thoại: nhờ quản trị viên bổ sung trước khi chọn nhận qua SMS"},
    {"notice_digest_needs_channel", "Chọn nhận qua thư điện tử hoặc SMS để nhận bản tin hằng ngày"},
    {"bulk_action_not_offered",   "Chỉ tiếp nhận, chuyển xử lý và ghi chú nội bộ được thực hiện cho nhiều hồ sơ cùng lúc"},
    {"too_many_reports",          "Mỗi lần chỉ thao tác được tối đa 100 hồ sơ"},
    {"invalid_report_ids",        "Danh sách hồ sơ không hợp lệ"},
    {"saved_filter_name_too_long", "Tên bộ lọc không được dài quá 60 ký tự"},
    {"saved_filter_name_taken",   "Bạn đã có một bộ lọc mang tên này"},
    {"too_many_saved_filters",    "Mỗi cán bộ lưu được tối đa 20 bộ lọc; vui lòng xóa bớt bộ lọc cũ"},
    {"invalid_saved_filter",      "Bộ lọc có điều kiện không hợp lệ"},
    {"saved_filter_empty",        "Chưa có điều kiện lọc nào để lưu; vui lòng chọn bộ lọc trước"},

    // [SECTION] workflow
    {"unknown_action",               "Thao tác không hợp lệ"},
    {"action_needs_report_form",     "Gửi và chỉnh sửa phản ánh được thực hiện trên biểu mẫu phản ánh"},
    {"action_not_allowed_for_role",  "Vai trò của bạn không được thực hiện thao tác này"},
    {"action_not_allowed_in_status", "Thao tác này không được phép ở trạng thái hiện tại"},
    {"extension_already_pending",    "Đã có yêu cầu gia hạn đang chờ duyệt"},
    {"no_extension_pending",         "Không có yêu cầu gia hạn nào đang chờ duyệt"},
    {"already_published",            "Phản ánh đã được công khai"},
    {"not_published",                "Phản ánh chưa được công khai"},
    {"publication_not_consented",    "Người gửi không đồng ý công khai phản ánh này"},
    {"already_rated",                "Phản ánh đã được đánh giá"},
    {"report_withdrawn",             "Phản ánh đã được người gửi rút lại"},
    {"report_merged",                "Phản ánh đã được gộp vào một phản ánh trước đó"},
    {"merge_into_itself",            "Không thể gộp phản ánh vào chính nó"},
    {"merge_target_closed",          "Phản ánh được gộp vào đã bị từ chối, rút lại hoặc đã được gộp"},
    {"nearby_needs_place",           "Vui lòng chọn vị trí hoặc xã/phường để tìm phản ánh gần đây"},
    {"cannot_follow_own_report",     "Bạn là người gửi phản ánh này, bạn đã nhận mọi thông báo của nó"},
    {"report_not_followable",        "Phản ánh này không thể theo dõi"},
    {"subscription_needs_area",      "Vui lòng chọn xã/phường hoặc lĩnh vực muốn nhận tin"},
    {"too_many_subscriptions",       "Bạn đã đăng ký nhận tin ở quá nhiều khu vực; hãy bỏ bớt trước khi thêm"},
    {"subscription_exists",          "Bạn đã đăng ký nhận tin ở khu vực này"},
    {"reconsideration_already_requested", "Bạn đã gửi đề nghị xem xét lại cho phản ánh này; mỗi phản ánh chỉ được đề nghị một lần"},
    {"reconsideration_needs_unsatisfied_rating", "Chỉ có thể đề nghị xem xét lại khi bạn đánh giá Chưa hài lòng hoặc Không hài lòng"},
    {"no_reconsideration_pending",   "Không có đề nghị xem xét lại nào đang chờ quyết định"},
    {"field_not_applicable",         "Thông tin này không áp dụng cho thao tác đã chọn"},
    {"invalid_reason_code",          "Lý do không tiếp nhận không hợp lệ"},
    {"duplicate_of_required",        "Vui lòng nhập mã tra cứu của phản ánh bị trùng"},
    {"invalid_duplicate_of",         "Mã tra cứu của phản ánh bị trùng không hợp lệ"},
    {"invalid_unit_id",              "Đơn vị xử lý không hợp lệ"},
    {"invalid_co_unit_ids",          "Danh sách đơn vị phối hợp không hợp lệ"},
    {"invalid_deadline",             "Thời hạn không hợp lệ"},
    {"invalid_rating",               "Mức độ hài lòng không hợp lệ"},

    // [SECTION] accounts (sign-in, codes, sessions). "{n}" is filled in by
    // format_message() with a number of seconds or minutes.
    {"network_error",          "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại."},
    {"captcha_invalid",        "Mã xác thực chưa đúng hoặc đã hết hạn, vui lòng thử lại"},
    {"login_failed",           "Tên đăng nhập hoặc mật khẩu không đúng"},
    {"login_tries_left",       "Mật khẩu không đúng. Bạn còn {n} lần thử trước khi tài khoản bị tạm khóa."},
    {"login_locked",           "Đăng nhập sai nhiều lần. Vui lòng thử lại sau {n} phút"},
    {"login_wait",             "Vui lòng chờ {n} giây trước khi đăng nhập lại"},
    {"password_change_required", "Vui lòng đổi mật khẩu được cấp trước khi tiếp tục"},
    {"wrong_password",         "Mật khẩu hiện tại không đúng"},
    {"login_taken",            "Số giấy tờ này đã được dùng để đăng ký tài khoản"},
    {"phone_taken",            "Số điện thoại này đã được dùng cho một tài khoản khác"},
    {"registration_not_found", "Phiên đăng ký không tồn tại hoặc đã hết hạn, vui lòng đăng ký lại"},
    {"reset_not_found",        "Yêu cầu lấy lại mật khẩu không tồn tại hoặc đã hết hạn"},
    {"otp_wrong",              "Mã OTP không đúng"},
    {"otp_expired",            "Mã OTP đã hết hạn, vui lòng bấm “Gửi lại OTP”"},
    {"otp_too_many_attempts",  "Bạn đã nhập sai mã quá số lần cho phép, vui lòng yêu cầu mã mới"},
    {"otp_resend_wait",        "Vui lòng chờ {n} giây trước khi gửi lại mã"},
    {"otp_daily_limit",        "Số điện thoại này đã nhận quá số mã cho phép, vui lòng thử lại sau {n} phút"},
    {"too_many_registrations", "Có quá nhiều lượt đăng ký từ mạng của bạn, vui lòng thử lại sau {n} phút"},
    {"too_many_reset_requests", "Có quá nhiều yêu cầu lấy lại mật khẩu từ mạng của bạn, vui lòng thử lại sau {n} phút"},
    {"too_many_wrong_codes",   "Có quá nhiều lần nhập sai mã từ mạng của bạn, vui lòng thử lại sau {n} phút"},
    {"sms_address_limit",      "Mạng của bạn đã yêu cầu quá số tin nhắn cho phép trong ngày, vui lòng thử lại sau {n} giờ"},
    {"sms_budget_exhausted",   "Hệ thống đã gửi hết số tin nhắn cho phép trong ngày, vui lòng thử lại sau {n} giờ"},
    {"session_expired",        "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại"},
    {"account_disabled",       "Tài khoản đã bị khóa, vui lòng liên hệ quản trị hệ thống"},
    {"same_password",          "Mật khẩu mới phải khác mật khẩu hiện tại"},
    {"phone_unchanged",        "Số điện thoại mới trùng với số hiện tại"},
    {"unknown_unit",           "Đơn vị không tồn tại"},
    {"username_taken",         "Tên đăng nhập đã được sử dụng"},

    // [SECTION] reports (server-side checks that need the database)
    {"report_overdue",         "Quá hạn xử lý"},
    {"stale_report",           "Phản ánh vừa được người khác cập nhật. Vui lòng xem trạng thái mới nhất rồi thao tác lại"},
    {"unknown_category",       "Lĩnh vực không tồn tại"},
    {"unknown_commune",        "Xã, phường không thuộc tỉnh Khánh Hòa"},
    {"unknown_handler",        "Cán bộ không thuộc đơn vị đang xử lý hoặc đã bị khóa"},
    {"reclassify_unchanged",   "Lĩnh vực và xã, phường không thay đổi"},
    {"unknown_attachment",     "Tệp đính kèm không tồn tại hoặc không thuộc về bạn"},
    {"too_many_attachments",   "Chỉ được đính kèm tối đa 5 tệp"},
    {"deadline_in_past",       "Thời hạn phải sau thời điểm hiện tại"},

    // [SECTION] files (attachments)
    {"unsupported_file_type",  "Định dạng tệp không được hỗ trợ. Chấp nhận: ảnh (JPEG, PNG, WebP, HEIC), video (MP4, MOV), tài liệu (PDF, DOCX, XLSX)"},
    {"file_too_large",         "Tệp quá lớn: ảnh và tài liệu tối đa 20 MB, video tối đa 100 MB"},
    {"empty_file",             "Tệp rỗng"},
    {"upload_incomplete",      "Tệp tải lên chưa đầy đủ, vui lòng tải lại"},
    {"upload_not_found",       "Phiên tải tệp không tồn tại hoặc đã hết hạn"},
    {"upload_offset_mismatch", "Dữ liệu tải lên không liên tục, vui lòng tải lại"},
    {"upload_quota_exceeded",  "Bạn đang giữ quá nhiều tệp đã tải lên nhưng chưa gửi kèm phản ánh; vui lòng gửi phản ánh hoặc hủy bớt tệp đang tải rồi thử lại"},
    {"storage_low",            "Máy chủ sắp hết dung lượng lưu trữ nên tạm ngừng nhận tệp đính kèm, vui lòng thử lại sau"},

    // [SECTION] calendar (dates, working time, SLA)
    {"invalid_date",          "Ngày không hợp lệ"},
    {"invalid_datetime",      "Thời gian không hợp lệ"},
    {"invalid_work_sessions", "Khung giờ làm việc không hợp lệ"},
    {"no_working_days",       "Cần chọn ít nhất một ngày làm việc trong tuần"},
    {"invalid_priority",      "Mức độ ưu tiên không hợp lệ"},
    {"invalid_time_left_level", "Mức thời hạn không hợp lệ"},
    {"invalid_sla_figure",    "Thời hạn xử lý không hợp lệ"},
    {"invalid_due_soon",      "Ngưỡng cảnh báo sắp đến hạn không hợp lệ"},

    // [SECTION] geo (geo.h: importing commune boundaries; the import command's own checks)
    {"bad_tile_path",               "Đường dẫn ô bản đồ phải có dạng /tiles/{z}/{x}/{y} với z, x, y là số nguyên không âm"},
    {"tile_not_found",              "Không có ô bản đồ này (ngoài phạm vi hoặc chưa có dữ liệu)"},
    {"tile_url_scheme",             "Địa chỉ nền bản đồ phải bắt đầu bằng http:// hoặc https:// và có tên máy chủ"},
    {"tile_url_placeholders",       "Địa chỉ nền bản đồ phải chứa đúng một lần mỗi ký hiệu {z}, {x}, {y}"},
    {"tile_url_characters",         "Địa chỉ nền bản đồ chứa ký tự không được phép (khoảng trắng, dấu nháy, < >)"},
    {"tile_url_too_long",           "Địa chỉ nền bản đồ quá dài (tối đa 512 ký tự)"},
    {"tile_attribution_required",   "Cần ghi nguồn (bản quyền) của nền bản đồ"},
    {"tile_attribution_too_long",   "Phần ghi nguồn nền bản đồ quá dài (tối đa 300 ký tự)"},
    {"geo_too_large",               "Tệp bản đồ quá lớn (tối đa 64 MB)"},
    {"geo_invalid_json",            "Tệp bản đồ không phải JSON hợp lệ"},
    {"geo_not_feature_collection",  "Tệp bản đồ phải là GeoJSON FeatureCollection"},
    {"geo_no_features",             "Tệp bản đồ không có đối tượng nào"},
    {"geo_bad_feature",             "Đối tượng không đúng định dạng GeoJSON Feature"},
    {"geo_bad_geometry",            "Hình dạng phải là Polygon hoặc MultiPolygon hợp lệ"},
    {"geo_bad_coordinate",          "Tọa độ không hợp lệ (cần kinh độ, vĩ độ là số)"},
    {"geo_coordinate_out_of_range", "Tọa độ nằm ngoài phạm vi (kinh độ -180..180, vĩ độ -90..90)"},
    {"geo_ring_too_short",          "Đường bao có ít hơn 4 điểm"},
    {"geo_too_many_points",         "Tệp bản đồ có quá nhiều điểm (tối đa 200.000)"},
    {"geo_missing_code",            "Thiếu mã đơn vị hành chính (properties.code)"},
    {"geo_bad_code",                "Mã đơn vị hành chính phải là chuỗi hoặc số nguyên"},
    {"geo_bad_name",                "Tên đơn vị hành chính phải là chuỗi"},
    {"geo_duplicate_code",          "Mã đơn vị hành chính bị lặp lại"},
    {"geo_bad_format",              "Dữ liệu bản đồ không đúng định dạng"},
    {"geo_unknown_commune",         "Mã không thuộc danh sách xã, phường của tỉnh Khánh Hòa; đã bỏ qua"},
    {"geo_file_unreadable",         "Không đọc được tệp bản đồ"},
    {"geo_nothing_imported",        "Không có ranh giới xã, phường nào của tỉnh trong tệp; chưa nhập gì"},
    {"geo_invalid_tolerance",       "Độ đơn giản hóa phải từ 0 đến 0,01 độ"},

    // [SECTION] admin (units, officers, categories, holidays, announcements, settings)
    {"code_cannot_change",          "Không thể đổi mã sau khi đã tạo"},
    {"unit_code_taken",             "Mã đơn vị đã được sử dụng"},
    {"category_code_taken",         "Mã lĩnh vực đã được sử dụng"},
    {"holiday_correction_exists",   "Ngày này đã có điều chỉnh; hãy xóa điều chỉnh cũ trước"},
    {"cannot_disable_self",         "Không thể khóa tài khoản đang đăng nhập"},
    {"last_admin",                  "Đây là tài khoản quản trị duy nhất còn hoạt động: không thể khóa hoặc bỏ vai trò quản trị"},
    {"not_an_officer",              "Tài khoản không phải tài khoản cán bộ"},
    {"invalid_rating_window",       "Thời gian chờ đánh giá phải từ 1 đến 365 ngày"},
    {"invalid_time",                "Giờ phải theo dạng HH:MM, ví dụ 07:30"},
    {"invalid_weekday",             "Ngày trong tuần phải từ 1 (Thứ Hai) đến 7 (Chủ nhật)"},
    {"invalid_year",                "Năm phải từ 1900 đến 2199"},
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

std::string format_message(std::string_view code, long long n) {
    std::string text(message_for(code));
    if (auto pos = text.find("{n}"); pos != std::string::npos) text.replace(pos, 3, std::to_string(n));
    return text;
}

}  // namespace pakn
