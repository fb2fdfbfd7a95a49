// Hướng dẫn sử dụng: the user guide's text, one source for the app's guide
// screen (client/views/view_guide.cpp) and the page the server renders at
// /huong-dan for browsers without JavaScript, crawlers and link previews
// (server/http/pages.cpp). Written for this system, in Vietnamese.
#pragma once

#include <span>
#include <string_view>

namespace pakn {

// One part of the guide: its numbered title, the screen it is about (where
// a reader goes to do it) and its steps in order.
struct GuideSection {
    std::string_view title;
    std::string_view path;
    std::span<const std::string_view> steps;
};

inline constexpr std::string_view kGuideTitle = "Hướng dẫn sử dụng";
inline constexpr std::string_view kGuideSummary =
    "Cách đăng ký tài khoản, đăng nhập, gửi phản ánh, kiến nghị và theo dõi kết quả xử lý.";
// A step is shown as "Bước 2: …".
inline constexpr std::string_view kGuideStepPrefix = "Bước ";
inline constexpr std::string_view kGuideHelp =
    "Cần hỗ trợ? Gọi tổng đài 1900 1023 hoặc gửi thư đến pakn@khanhhoa.gov.vn.";

// The guide's parts, in reading order.
std::span<const GuideSection> guide_sections();

}  // namespace pakn
