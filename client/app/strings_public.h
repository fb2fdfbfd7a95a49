// The public portal's words (home, statistics, map, published reports,
// announcements, directory). Wording follows the seed's portal ("Trang
// chủ", "Thống kê", "Địa chỉ cần biết") and the user guide's descriptions.
// Words other areas show too are in strings_common.h.
#pragma once

namespace pakn::client::tr::pub {

inline constexpr const char* kNavMap = "Bản đồ";
// home
inline constexpr const char* kHomeIntro =
    "Người dân, doanh nghiệp gửi phản ánh, kiến nghị về kinh tế – xã hội đến chính quyền tỉnh Khánh Hòa; Trung tâm "
    "điều phối chuyển đến cơ quan có thẩm quyền, cơ quan xử lý trong thời hạn quy định và trả lời công khai. Bạn theo "
    "dõi được trạng thái xử lý và đánh giá mức độ hài lòng khi có kết quả.";
inline constexpr const char* kSubmitUpper = "GỬI PHẢN ÁNH, KIẾN NGHỊ";
inline constexpr const char* kSeeStats = "Xem thống kê";
inline constexpr const char* kSeeMap = "Xem bản đồ";
inline constexpr const char* kLookupNote = "Nhập mã tra cứu được cấp khi gửi phản ánh để xem tình trạng xử lý.";
inline constexpr const char* kLookupHint = "Mã tra cứu, ví dụ PAKN-2026-000123";
inline constexpr const char* kYearFigures = "Số liệu năm ";
inline constexpr const char* kSince = "Từ ngày ";
inline constexpr const char* kStatsDetail = "Xem thống kê chi tiết →";
inline constexpr const char* kFigReceived = "Phản ánh đã tiếp nhận";
inline constexpr const char* kFigOnTime = "Tỷ lệ xử lý đúng hạn";
inline constexpr const char* kFigSatisfaction = "Mức độ hài lòng";
inline constexpr const char* kFigHandling = "Thời gian xử lý trung bình";
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
inline constexpr const char* kAllCategories = "Tất cả lĩnh vực";
inline constexpr const char* kApply = "Xem số liệu";
inline constexpr const char* kInvalidDate = "Ngày không hợp lệ, vui lòng nhập theo dạng dd/mm/yyyy.";
inline constexpr const char* kInvalidRange = "Ngày kết thúc không được trước ngày bắt đầu.";
inline constexpr const char* kStatsEmpty = "Chưa có phản ánh, kiến nghị nào trong khoảng thời gian đã chọn.";
inline constexpr const char* kChartMonth = "Số phản ánh theo tháng";
inline constexpr const char* kChartRate = "Tỷ lệ xử lý đúng hạn theo tháng";
inline constexpr const char* kChartStatus = "Theo trạng thái xử lý";
inline constexpr const char* kChartUnit = "Xếp hạng đơn vị theo tỷ lệ xử lý đúng hạn";
inline constexpr const char* kChartSatisfaction = "Mức độ hài lòng của người dân";
inline constexpr const char* kChartHandling = "Thời gian xử lý trung bình theo lĩnh vực (giờ làm việc)";
inline constexpr const char* kChartCommune = "Xã, phường có nhiều phản ánh nhất";
inline constexpr const char* kSeeOnMap = "Xem trên bản đồ →";
inline constexpr const char* kColMonth = "Tháng";
inline constexpr const char* kColOnTime = "Đúng hạn (%)";
inline constexpr const char* kColOnTimeShort = "Đúng hạn";
inline constexpr const char* kColHours = "Thời gian xử lý TB (giờ)";
inline constexpr const char* kColRatings = "Số đánh giá";
inline constexpr const char* kColShare = "Tỷ lệ (%)";
inline constexpr const char* kRated = "đánh giá hài lòng";
inline constexpr const char* kShowAllUnits = "Xem tất cả ";
inline constexpr const char* kUnitsSuffix = " đơn vị ↓";
inline constexpr const char* kCollapse = "Thu gọn ↑";
// map
inline constexpr const char* kMapHeading = "Bản đồ phản ánh, kiến nghị";
inline constexpr const char* kMapIntro =
    "Màu của mỗi xã, phường cho biết số phản ánh đã tiếp nhận. Rê chuột để xem số liệu, bấm vào một xã, phường để "
    "xem các phản ánh đã công khai tại đó; kéo để di chuyển, cuộn chuột hoặc dùng nút +/– để phóng to, thu nhỏ.";
inline constexpr const char* kMapNoShapes =
    "Chưa có dữ liệu ranh giới hành chính: bản đồ hiển thị vị trí các phản ánh theo kinh độ, vĩ độ.";
// Without boundaries there are no coloured communes to hover or click: only the points.
inline constexpr const char* kMapIntroPoints =
    "Mỗi chấm là một phản ánh đã công khai có vị trí; bấm vào một chấm để xem phản ánh đó. Kéo để di chuyển, cuộn "
    "chuột hoặc dùng nút +/– để phóng to, thu nhỏ.";
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
inline constexpr const char* kAllCommunes = "Tất cả xã, phường";
// one published report
inline constexpr const char* kBackToPublished = "← Danh sách phản ánh đã công khai";
inline constexpr const char* kCode = "Mã tra cứu:";
inline constexpr const char* kSubmittedAt = "Ngày gửi:";
inline constexpr const char* kReporter = "Người gửi:";
inline constexpr const char* kPlace = "Địa điểm:";
inline constexpr const char* kCategoryKV = "Lĩnh vực:";
inline constexpr const char* kUnit = "Đơn vị xử lý:";
inline constexpr const char* kResultAt = "Ngày trả lời:";
inline constexpr const char* kRating = "Đánh giá của người gửi:";
inline constexpr const char* kNoRating = "Chưa đánh giá";
inline constexpr const char* kNoResult = "Chưa có kết quả xử lý.";
inline constexpr const char* kFileNumber = "Tệp ";  // a file without a name: "Tệp 12"
// announcements
inline constexpr const char* kNewsIntro =
    "Chủ trương, chính sách của tỉnh, thông tin du lịch, các sự kiện và thông báo đến người dân, doanh nghiệp.";
inline constexpr const char* kBackToNews = "← Danh sách thông báo, tin tức";
inline constexpr const char* kPostedOn = "Ngày đăng: ";
// directory
inline constexpr const char* kDirectoryIntro =
    "Địa chỉ, số điện thoại, thư điện tử của Trung tâm điều phối, các sở, ban, ngành, UBND xã, phường, đặc khu và "
    "doanh nghiệp hạ tầng đô thị tham gia tiếp nhận, xử lý phản ánh, kiến nghị.";
inline constexpr const char* kDirectorySearchHint = "Tìm theo tên đơn vị, địa chỉ, số điện thoại…";
inline constexpr const char* kDirAddress = "Địa chỉ: ";
inline constexpr const char* kNoContact = "Chưa cập nhật địa chỉ, số điện thoại.";
inline constexpr const char* kNoUnits = "Không tìm thấy đơn vị phù hợp.";

// [SECTION] about (Giới thiệu)
inline constexpr const char* kAboutHeading = "Giới thiệu hệ thống";
inline constexpr const char* kAboutPurposeTitle = "Mục đích";
inline constexpr const char* kAboutPurpose =
    "Hệ thống phản ánh, kiến nghị (PAKN) là kênh để người dân, doanh nghiệp gửi ý kiến về các vấn đề "
    "kinh tế – xã hội trên địa bàn tỉnh Khánh Hòa, theo dõi quá trình xử lý và nhận câu trả lời của cơ "
    "quan có thẩm quyền. Hệ thống được xây dựng theo Quyết định số 11254/QĐ-UBND ngày 12/11/2019 và vận "
    "hành theo Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị ban hành kèm Quyết định số "
    "18/2022/QĐ-UBND ngày 21/9/2022 của UBND tỉnh.";
inline constexpr const char* kAboutScopeTitle = "Phạm vi tiếp nhận";
inline constexpr const char* kAboutScopeSectors =
    "• Các ngành, lĩnh vực: du lịch; giao thông vận tải; xây dựng; tài nguyên và môi trường; y tế; giáo "
    "dục và đào tạo; văn hóa và thể thao; nông nghiệp; tư pháp; thông tin và truyền thông; kế hoạch và "
    "đầu tư; và các lĩnh vực khác.";
inline constexpr const char* kAboutScopeUrban =
    "• Sự cố hạ tầng đô thị: giao thông, cấp thoát nước, môi trường – đô thị, viễn thông, điện lực.";
inline constexpr const char* kAboutScopeExcluded =
    "Khiếu nại, tố cáo được giải quyết theo thủ tục riêng của pháp luật, không tiếp nhận qua hệ thống này.";
inline constexpr const char* kAboutHowTitle = "Cách hệ thống hoạt động";
inline constexpr const char* kAboutHow =
    "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến tiếp nhận, phân loại và chuyển "
    "phản ánh đến đơn vị xử lý: các sở, ngành, UBND 65 xã, phường, đặc khu và các doanh nghiệp cung cấp "
    "hạ tầng đô thị. Hơn 400 cán bộ đầu mối nhận thông báo tức thời, xử lý trong thời hạn và trả lời. "
    "Người gửi nhận thông báo khi có kết quả và đánh giá mức độ hài lòng.";

}  // namespace pakn::client::tr::pub
