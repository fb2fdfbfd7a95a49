// The words of following and area alerts (issue 15 items 13, 14): the report
// form's "Đã có người phản ánh gần đây" panel, the follow button and count,
// the subscriptions screen.
#pragma once

namespace pakn::client::tr::fol {

// the report form's panel
inline constexpr const char* kNearbyHeading = "Đã có người phản ánh gần đây";
inline constexpr const char* kNearbyIntro =
    "Các phản ánh đang được xử lý dưới đây có thể là cùng sự việc. Bạn có thể theo dõi một phản ánh thay vì gửi lại: "
    "bạn sẽ nhận mọi thông báo như người gửi.";
inline constexpr const char* kNearbyLoading = "Đang tìm phản ánh gần đây…";
inline constexpr const char* kMetresAway = " m";  // after the distance
inline constexpr const char* kSameCommune = "Cùng xã, phường";
inline constexpr const char* kFollowedInstead =
    "Bạn đang theo dõi phản ánh này. Bạn không cần gửi lại; nội dung đang nhập vẫn được giữ nếu bạn muốn gửi riêng.";
inline constexpr const char* kOpenFollowed = "Xem phản ánh đang theo dõi";

// the follow button and the count
inline constexpr const char* kFollow = "Theo dõi phản ánh này";
inline constexpr const char* kUnfollow = "Bỏ theo dõi";
inline constexpr const char* kFollowing = "Đang theo dõi";
inline constexpr const char* kSignInToFollow = "Đăng nhập để theo dõi";
inline constexpr const char* kPeopleReporting = " người cùng phản ánh";  // after the count

// the timeline of a merge
inline constexpr const char* kMergedInto = "Gộp vào phản ánh ";   // then its code
inline constexpr const char* kMergedFrom = "Phản ánh trùng được gộp vào đây: ";  // then its code

// Nhận tin theo khu vực
inline constexpr const char* kTitleAlerts = "Nhận tin theo khu vực";
inline constexpr const char* kAlertsIntro =
    "Nhận thông báo khi có câu trả lời mới được công khai tại xã, phường hoặc lĩnh vực bạn quan tâm. "
    "Thông báo đến ngay trong ứng dụng; tin nhắn SMS tổng hợp gửi tối đa mỗi ngày một lần.";
inline constexpr const char* kAlertsEmpty = "Bạn chưa đăng ký nhận tin ở khu vực nào.";
inline constexpr const char* kAlertsCommune = "Xã, phường";
inline constexpr const char* kAlertsCategory = "Lĩnh vực";
inline constexpr const char* kAnyCommune = "Mọi xã, phường";
inline constexpr const char* kAnyCategory = "Mọi lĩnh vực";
inline constexpr const char* kAlertsAdd = "Đăng ký nhận tin";
inline constexpr const char* kAlertsAdded = "Đã đăng ký nhận tin.";
inline constexpr const char* kAlertsRemove = "Hủy";
inline constexpr const char* kAlertsNew = "Thêm khu vực";

}  // namespace pakn::client::tr::fol
