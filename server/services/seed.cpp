// [SECTION] index: random numbers, vocabulary (places, names, templates),
// accounts, plans, the service path, the fast path, announcements, answer
// templates, files.
#include "services/seed.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <unordered_set>

#include "base/log.h"
#include "pakn/calendar.h"
#include "pakn/communes.h"
#include "pakn/deadline.h"
#include "pakn/forms.h"
#include "pakn/geo.h"
#include "pakn/redaction.h"
#include "pakn/text.h"
#include "pakn/workflow.h"
#include "services/auth.h"
#include "services/calendar_service.h"
#include "services/crypto.h"
#include "services/follows.h"
#include "services/report_effects.h"
#include "services/reports.h"
#include "store/accounts_store.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/follow_store.h"
#include "store/geo_store.h"
#include "store/outbox_store.h"
#include "store/reports_store.h"
#include "store/templates_store.h"

namespace pakn::server::services {
namespace {

using store::Connection;

// ---------------------------------------------------------------- random numbers
// splitmix64 (Steele, Lea, Flood): tiny, fast, and the same numbers on every
// platform, which std::uniform_int_distribution does not promise.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double real() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n).
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    // Uniform integer in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    bool chance(double p) { return real() < p; }
    // An index drawn with the given weights.
    std::size_t weighted(std::span<const double> weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = real() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    std::uint64_t s_;
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    Rng r(a * 0x9e3779b97f4a7c15ull ^ (b + 0x632be59bd9b4e019ull));
    r.next();
    return r.next();
}

template <std::size_t N>
std::string_view pick(Rng& r, const std::string_view (&items)[N]) {
    return items[r.below(N)];
}

// ---------------------------------------------------------------- vocabulary
constexpr std::string_view kFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",
                                        "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
constexpr std::string_view kMiddle[] = {"Văn",  "Thị",  "Hữu", "Đức",   "Minh", "Thanh", "Ngọc",
                                        "Quốc", "Xuân", "Thu", "Hoàng", "Kim",  "Công",  "Bảo"};
constexpr std::string_view kGiven[] = {"An",    "Bình",  "Cường", "Dũng",  "Hà",    "Hải",   "Hạnh", "Hiếu",
                                       "Hoa",   "Hùng",  "Hương", "Khánh", "Lan",   "Linh",  "Long", "Mai",
                                       "Minh",  "Nam",   "Nga",   "Ngọc",  "Nhung", "Phong", "Phúc", "Phương",
                                       "Quân",  "Quang", "Sơn",   "Tâm",   "Thảo",  "Thắng", "Thủy", "Trang",
                                       "Trung", "Tuấn",  "Vân",   "Việt",  "Yến",   "Đào",   "Lộc",  "Nhân"};
constexpr std::string_view kStreets[] = {"Trần Phú",
                                         "Nguyễn Thiện Thuật",
                                         "Lê Thánh Tôn",
                                         "Thống Nhất",
                                         "2 Tháng 4",
                                         "Phạm Văn Đồng",
                                         "Yersin",
                                         "Hùng Vương",
                                         "Lê Hồng Phong",
                                         "Nguyễn Trãi",
                                         "Quang Trung",
                                         "Hoàng Văn Thụ",
                                         "Võ Thị Sáu",
                                         "23 Tháng 10",
                                         "Lê Lợi",
                                         "Phan Chu Trinh",
                                         "Nguyễn Văn Trỗi",
                                         "Bạch Đằng",
                                         "Hai Bà Trưng",
                                         "Trần Quang Khải",
                                         "Ngô Gia Tự",
                                         "Lê Duẩn",
                                         "16 Tháng 4",
                                         "Nguyễn Trọng Kỷ",
                                         "Nguyễn Thị Minh Khai",
                                         "Tô Hiến Thành",
                                         "Điện Biên Phủ",
                                         "Nguyễn Khuyến",
                                         "Lạc Long Quân",
                                         "Nguyễn Chánh",
                                         "Phong Châu",
                                         "Mê Linh",
                                         "Cao Thắng",
                                         "Trần Nhân Tông",
                                         "Hoàng Diệu"};
constexpr std::string_view kRoads[] = {"Quốc lộ 1", "Quốc lộ 27", "Quốc lộ 26", "Quốc lộ 27C",
                                       "Tỉnh lộ 2", "Tỉnh lộ 8",  "Tỉnh lộ 9",  "đường liên xã"};
constexpr std::string_view kHamlets[] = {"Phú Ân",      "Đông Bắc",   "Tân Thành", "Hòa Bình", "Xuân Lạc",
                                         "Phước Lương", "Lương Cách", "Vĩnh Thái", "Mỹ Hiệp",  "An Hải",
                                         "Suối Cát",    "Tân Mỹ",     "Hòa Sơn",   "Ninh Ích", "Bình Lập"};
constexpr std::string_view kMarkets[] = {"Xóm Mới",   "Đầm",        "Vĩnh Hải", "Phương Sài", "Ba Ngòi",    "Ninh Hòa",
                                         "Phan Rang", "Diên Khánh", "Thành",    "Cam Đức",    "Vĩnh Phước", "Đông Ba"};
constexpr std::string_view kBeaches[] = {"Trần Phú", "Hòn Chồng", "Bãi Dài",   "Ninh Chữ",
                                         "Dốc Lết",  "Cà Ná",     "Bình Tiên", "Bình Ba"};
constexpr std::string_view kHospitals[] = {"Bệnh viện Đa khoa tỉnh Khánh Hòa",
                                           "Bệnh viện Đa khoa khu vực Cam Ranh",
                                           "Bệnh viện Đa khoa khu vực Ninh Hòa",
                                           "Bệnh viện Đa khoa Ninh Thuận",
                                           "Bệnh viện Nhi Khánh Hòa",
                                           "Trung tâm Y tế Diên Khánh"};
constexpr std::string_view kSchools[] = {
    "Trường THCS Thái Nguyên",    "Trường Tiểu học Vĩnh Hải 1", "Trường THPT Lý Tự Trọng", "Trường Mầm non Hoa Sen",
    "Trường THCS Lương Thế Vinh", "Trường Tiểu học Phước Hòa",  "Trường THPT Chu Văn An",  "Trường Tiểu học Cam Lộc"};
constexpr std::string_view kParks[] = {"Yersin", "Phù Đổng", "Đông Hải", "Ba Ngòi", "Bến Du thuyền"};
constexpr std::string_view kRivers[] = {"sông Cái", "sông Dinh", "sông Tắc", "sông Lu", "sông Trâu"};
constexpr std::string_view kProjects[] = {"đường Phong Châu nối dài", "khu dân cư Hòn Rớ 2", "kè sông Dinh",
                                          "đường ven biển Cam Ranh", "khu tái định cư Ngọc Hiệp"};

// A report idea: title and content with {placeholders}.
struct Idea {
    std::string_view title;
    std::string_view content;
};

struct CategoryVocabulary {
    std::string_view code;
    double weight;  // share of reports
    bool local;     // often handled by the commune's People's Committee
    std::vector<Idea> ideas;
};

// clang-format off
const std::vector<CategoryVocabulary>& vocabulary() {
    static const std::vector<CategoryVocabulary> v = {
        {"su_co_moi_truong_do_thi", 14, true, {
            {"Rác thải tồn đọng ở chợ {market}", "Nhiều ngày nay rác thải sinh hoạt tồn đọng thành đống lớn ở khu vực phía sau chợ {market}, bốc mùi hôi thối, ruồi nhặng nhiều, ảnh hưởng đến người buôn bán và người dân sống xung quanh. Đề nghị đơn vị vệ sinh môi trường thu gom kịp thời."},
            {"Rác thải, xà bần đổ bừa bãi trên đường {street}", "Đoạn đường {street} gần số nhà {house} thường xuyên bị đổ trộm rác thải và xà bần vào ban đêm, chiếm gần hết lề đường. Đề nghị thu gom và lắp biển cấm, camera giám sát."},
            {"Cây xanh có nguy cơ gãy đổ trên đường {street}", "Cây xanh trước số nhà {house} đường {street} bị nghiêng, nhiều cành khô lớn có nguy cơ gãy đổ khi mưa gió, rất nguy hiểm cho người đi đường. Đề nghị cắt tỉa, gia cố hoặc thay thế."},
            {"Lấn chiếm vỉa hè kinh doanh trên đường {street}", "Nhiều hộ kinh doanh trên đường {street} bày bán hàng hóa, để xe lấn chiếm toàn bộ vỉa hè, người đi bộ phải xuống lòng đường rất nguy hiểm. Đề nghị chính quyền kiểm tra, xử lý."},
            {"Nhà vệ sinh công cộng tại công viên {park} xuống cấp", "Nhà vệ sinh công cộng trong công viên {park} hư hỏng, không có nước, mất vệ sinh nghiêm trọng, du khách và người dân than phiền nhiều. Đề nghị sửa chữa."}}},
        {"su_co_giao_thong", 12, true, {
            {"Ổ gà lớn trên đường {street}", "Mặt đường {street} đoạn trước số nhà {house} xuất hiện nhiều ổ gà sâu, trời mưa đọng nước không nhìn thấy, xe máy qua lại dễ té ngã. Đề nghị sửa chữa sớm."},
            {"Đèn tín hiệu giao thông không hoạt động tại ngã tư {street} – {street2}", "Đèn tín hiệu tại nút giao {street} – {street2} bị hỏng từ sáng nay, xe cộ đi lại lộn xộn, nguy cơ tai nạn cao nhất là giờ cao điểm. Đề nghị khắc phục ngay."},
            {"Đèn đường hư hỏng tại hẻm {alley} {street}", "Toàn bộ đèn chiếu sáng trong hẻm {alley} đường {street} bị hư hỏng hơn một tuần nay, buổi tối tối om, người dân đi lại khó khăn và lo ngại mất an ninh trật tự."},
            {"Nắp hố ga bị vỡ trên đường {street}", "Nắp hố ga trước số nhà {house} đường {street} bị vỡ, để lộ hố sâu giữa lòng đường, người dân phải cắm tạm cành cây cảnh báo. Đề nghị thay thế gấp."},
            {"Biển báo giao thông bị che khuất trên đường {street}", "Biển báo hạn chế tốc độ trên đường {street} bị cây xanh và bảng quảng cáo che khuất, lái xe không quan sát được. Đề nghị kiểm tra, xử lý."}}},
        {"su_co_cap_thoat_nuoc", 10, false, {
            {"Ngập nước sau mưa trên đường {street}", "Sau mỗi trận mưa lớn, đoạn đường {street} từ số nhà {house} trở đi ngập sâu 30–40 cm, nước rút rất chậm do cống thoát nước bị tắc. Người dân đi lại rất khó khăn, nước tràn vào nhà."},
            {"Vỡ đường ống cấp nước trên đường {street}", "Đường ống cấp nước trước số nhà {house} đường {street} bị vỡ, nước chảy lênh láng ra mặt đường, gây lãng phí và làm hư hỏng mặt đường. Đề nghị công ty cấp nước sửa chữa."},
            {"Mất nước sinh hoạt kéo dài tại {area}", "Khu vực {area}, {commune} bị mất nước sinh hoạt {n} ngày nay mà không có thông báo trước. Đề nghị công ty cấp nước kiểm tra, khắc phục và thông báo lịch cấp nước cho người dân."},
            {"Nước máy có mùi lạ, màu đục tại {area}", "Nước máy tại {area}, {commune} mấy ngày nay có màu vàng đục, mùi lạ, người dân không dám sử dụng để ăn uống. Đề nghị kiểm tra chất lượng nước."},
            {"Cống thoát nước bị tắc ở hẻm {alley} {street}", "Cống thoát nước trong hẻm {alley} đường {street} bị tắc nghẽn, nước thải ứ đọng bốc mùi hôi thối, muỗi phát sinh nhiều. Đề nghị nạo vét."}}},
        {"su_co_dien_luc", 9, false, {
            {"Mất điện nhiều giờ không báo trước tại {area}", "Khu vực {area}, {commune} bị mất điện từ {hour} giờ đến chiều mà không có thông báo trước, ảnh hưởng sinh hoạt và kinh doanh của người dân. Đề nghị điện lực giải thích và khắc phục."},
            {"Dây điện võng thấp nguy hiểm trên đường {street}", "Dây điện trước số nhà {house} đường {street} bị võng thấp, xe tải đi qua có thể vướng, rất nguy hiểm. Đề nghị ngành điện kiểm tra, căng lại."},
            {"Trụ điện nghiêng có nguy cơ đổ tại hẻm {alley} {street}", "Trụ điện trong hẻm {alley} đường {street} bị nghiêng hẳn sau đợt mưa vừa qua, chân trụ nứt, có nguy cơ đổ vào nhà dân."},
            {"Điện áp chập chờn làm hỏng thiết bị tại {area}", "Điện áp tại {area}, {commune} thường xuyên chập chờn, tăng giảm bất thường, nhiều gia đình bị hỏng tủ lạnh, ti vi. Đề nghị kiểm tra trạm biến áp."}}},
        {"su_co_vien_thong", 4, false, {
            {"Cáp viễn thông buông võng trên đường {street}", "Nhiều sợi cáp viễn thông trên đường {street} bị đứt, buông võng xuống sát đầu người đi đường, mất mỹ quan và nguy hiểm. Đề nghị các nhà mạng thu hồi, chỉnh trang."},
            {"Sóng điện thoại, internet yếu tại {area}", "Khu vực {area}, {commune} sóng điện thoại và internet rất yếu, thường xuyên mất kết nối, ảnh hưởng học tập trực tuyến và công việc của người dân."},
            {"Tủ cáp viễn thông hở nắp trên vỉa hè đường {street}", "Tủ cáp viễn thông trên vỉa hè trước số nhà {house} đường {street} bị mất nắp, dây cáp lộ ra ngoài, trẻ em đi học qua lại rất nguy hiểm."}}},
        {"giao_thong_van_tai", 7, false, {
            {"Xe tải quá tải làm hư hỏng đường {road}", "Xe tải chở cát, đá quá tải thường xuyên chạy qua {road} đoạn qua {area}, làm mặt đường hư hỏng nặng, bụi mù mịt. Đề nghị kiểm tra tải trọng xe."},
            {"Đề nghị bố trí thêm tuyến xe buýt đến {commune}", "Người dân {commune} đi lại vào trung tâm rất khó khăn vì chưa có tuyến xe buýt. Đề nghị nghiên cứu mở thêm tuyến hoặc tăng chuyến."},
            {"Xe khách dừng đón trả khách sai quy định trên {road}", "Nhiều xe khách thường dừng đỗ đón trả khách ngay trên {road} đoạn qua {area}, gây ùn tắc và nguy cơ tai nạn. Đề nghị xử lý nghiêm."},
            {"Đề nghị lắp gờ giảm tốc trước {school}", "Xe cộ chạy tốc độ cao trên đoạn đường trước cổng {school}, học sinh qua đường rất nguy hiểm. Đề nghị lắp gờ giảm tốc, biển báo khu vực trường học."}}},
        {"xay_dung", 8, true, {
            {"Công trình xây dựng không che chắn trên đường {street}", "Công trình đang xây dựng tại số {house} đường {street} không có lưới che chắn, vật liệu rơi xuống đường, bụi bặm ảnh hưởng các hộ xung quanh."},
            {"Xây dựng lấn chiếm hẻm {alley} {street}", "Một hộ dân trong hẻm {alley} đường {street} xây dựng lấn ra lối đi chung, làm hẻm hẹp lại, xe cứu hỏa không thể vào được. Đề nghị kiểm tra giấy phép xây dựng."},
            {"Công trình gây nứt tường nhà dân tại {area}", "Công trình xây dựng nhà cao tầng tại {area}, {commune} thi công đóng cọc làm nứt tường nhiều nhà dân xung quanh. Đề nghị kiểm tra và yêu cầu chủ đầu tư bồi thường."},
            {"Vật liệu xây dựng tập kết trên lòng đường {street}", "Cát, đá, gạch xây dựng được tập kết chiếm một nửa lòng đường {street} trước số nhà {house} nhiều ngày, ban đêm rất nguy hiểm."}}},
        {"tai_nguyen_moi_truong", 8, true, {
            {"Cơ sở sản xuất gây ô nhiễm khói bụi tại {area}", "Một cơ sở sản xuất tại {area}, {commune} thường xuyên xả khói bụi, mùi khét vào buổi tối, người dân xung quanh bị ảnh hưởng sức khỏe. Đề nghị kiểm tra, xử lý."},
            {"Khai thác cát trái phép trên {river}", "Ban đêm thường có ghe hút cát trái phép trên {river} đoạn qua {commune}, gây sạt lở bờ sông, đe dọa đất sản xuất của người dân."},
            {"Nước thải nuôi trồng thủy sản xả ra biển tại {area}", "Các hồ nuôi tôm tại {area}, {commune} xả nước thải chưa qua xử lý trực tiếp ra biển, nước ven bờ đổi màu, bốc mùi."},
            {"Đốt rác, rơm rạ gây khói mù tại {area}", "Tình trạng đốt rác thải, rơm rạ tại {area}, {commune} diễn ra thường xuyên vào chiều tối, khói bay vào khu dân cư gây khó thở."}}},
        {"du_lich", 5, false, {
            {"Chèo kéo, đeo bám du khách tại bãi biển {beach}", "Tại bãi biển {beach} thường xuyên có người bán hàng rong, chụp ảnh dạo chèo kéo, đeo bám du khách, gây mất thiện cảm với du lịch địa phương."},
            {"Nhà hàng hải sản không niêm yết giá trên đường {street}", "Một nhà hàng hải sản trên đường {street} không niêm yết giá, tính tiền cao bất thường cho du khách. Đề nghị kiểm tra, xử lý để giữ hình ảnh du lịch."},
            {"Đề nghị bổ sung nhà vệ sinh công cộng tại bãi biển {beach}", "Bãi biển {beach} rất đông du khách nhưng thiếu nhà vệ sinh, nhà tắm nước ngọt công cộng. Đề nghị đầu tư bổ sung."},
            {"Dịch vụ cho thuê ghế, dù lấn chiếm bãi biển {beach}", "Các điểm cho thuê ghế, dù lấn chiếm gần hết bãi biển {beach}, người dân và du khách không còn chỗ tắm biển tự do."}}},
        {"y_te", 5, false, {
            {"Thời gian chờ khám bệnh quá lâu tại {hospital}", "Người bệnh phải chờ từ sáng sớm đến trưa mới được khám tại khoa khám bệnh {hospital}. Đề nghị cải tiến quy trình, tăng bàn khám."},
            {"Cơ sở kinh doanh thực phẩm mất vệ sinh tại chợ {market}", "Một số quầy bán thực phẩm chín tại chợ {market} không che đậy, ruồi nhặng bâu đầy, nguy cơ ngộ độc thực phẩm. Đề nghị kiểm tra an toàn thực phẩm."},
            {"Đề nghị phun thuốc phòng sốt xuất huyết tại {area}", "Tại {area}, {commune} đã có nhiều ca sốt xuất huyết, muỗi nhiều. Đề nghị ngành y tế phun thuốc diệt muỗi và tuyên truyền phòng bệnh."}}},
        {"giao_duc_dao_tao", 4, false, {
            {"Thu các khoản ngoài quy định tại {school}", "Đầu năm học, {school} thu nhiều khoản ngoài quy định như quỹ lớp, tiền cơ sở vật chất với mức cao. Đề nghị kiểm tra, làm rõ."},
            {"Đề nghị sửa chữa phòng học xuống cấp tại {school}", "Nhiều phòng học tại {school} bị thấm dột, trần bong tróc, mùa mưa học sinh phải dồn lớp. Đề nghị sớm sửa chữa."},
            {"Ùn tắc trước cổng {school} giờ tan học", "Giờ tan học, phụ huynh đỗ xe kín lòng đường trước cổng {school}, gây ùn tắc kéo dài. Đề nghị bố trí lực lượng điều tiết giao thông."}}},
        {"van_hoa_the_thao", 3, true, {
            {"Quán karaoke gây ồn ào đến khuya tại {area}", "Một quán karaoke tại {area}, {commune} hoạt động ồn ào đến quá nửa đêm, ảnh hưởng giấc ngủ của người dân, nhất là người già và trẻ nhỏ."},
            {"Đề nghị sửa chữa thiết bị tập thể dục tại công viên {park}", "Nhiều thiết bị tập thể dục ngoài trời tại công viên {park} bị gãy, han gỉ, có thể gây nguy hiểm cho người tập. Đề nghị sửa chữa, thay mới."},
            {"Quảng cáo rao vặt dán tràn lan trên đường {street}", "Quảng cáo khoan cắt bê tông, cho vay tiền dán tràn lan trên tường, cột điện dọc đường {street}, làm mất mỹ quan đô thị."}}},
        {"nong_nghiep", 3, true, {
            {"Kênh mương nội đồng bị bồi lấp tại {area}", "Kênh mương nội đồng tại {area}, {commune} bị bồi lấp, nước không về ruộng, vụ lúa sắp tới có nguy cơ thiếu nước. Đề nghị nạo vét."},
            {"Gia súc mắc bệnh lở mồm long móng tại {area}", "Nhiều hộ chăn nuôi tại {area}, {commune} có bò bị sốt, lở loét miệng và chân. Đề nghị thú y kiểm tra, hỗ trợ tiêm phòng."},
            {"Đề nghị hỗ trợ giống cây trồng sau mưa lũ tại {area}", "Đợt mưa lũ vừa qua làm hư hại nhiều diện tích hoa màu tại {area}, {commune}. Đề nghị hỗ trợ giống để người dân tái sản xuất."}}},
        {"tu_phap", 2, true, {
            {"Chậm cấp bản sao trích lục hộ tịch tại {commune}", "Tôi nộp hồ sơ xin cấp bản sao trích lục khai sinh tại bộ phận một cửa {commune} đã quá hẹn nhiều ngày nhưng chưa nhận được kết quả."},
            {"Đề nghị hướng dẫn thủ tục chứng thực chữ ký", "Đề nghị hướng dẫn cụ thể thủ tục, giấy tờ cần chuẩn bị và lệ phí chứng thực chữ ký trên giấy ủy quyền tại {commune}."}}},
        {"thong_tin_truyen_thong", 2, false, {
            {"Loa truyền thanh phát âm lượng quá lớn vào sáng sớm tại {area}", "Loa truyền thanh tại {area}, {commune} phát từ 5 giờ sáng với âm lượng rất lớn. Đề nghị điều chỉnh giờ phát và âm lượng phù hợp."},
            {"Cổng dịch vụ công trực tuyến thường xuyên bị lỗi", "Khi nộp hồ sơ trực tuyến trên cổng dịch vụ công, hệ thống thường báo lỗi ở bước tải tệp đính kèm, phải làm lại nhiều lần."}}},
        {"ke_hoach_dau_tu", 2, false, {
            {"Dự án {project} chậm triển khai nhiều năm", "Dự án {project} được công bố quy hoạch đã lâu nhưng đến nay vẫn chậm triển khai, người dân trong vùng dự án không thể xây dựng, sửa chữa nhà."},
            {"Thủ tục đăng ký hộ kinh doanh kéo dài", "Tôi nộp hồ sơ đăng ký hộ kinh doanh tại {commune} đã hơn hai tuần nhưng chưa được cấp, đề nghị xem xét giải quyết đúng hạn."}}},
        {"khac", 2, true, {
            {"Góp ý thái độ phục vụ tại bộ phận một cửa {commune}", "Khi đến làm thủ tục tại bộ phận một cửa {commune}, tôi được cán bộ hướng dẫn chưa tận tình, phải đi lại nhiều lần. Đề nghị chấn chỉnh."},
            {"Đề nghị lắp camera an ninh tại {area}", "Thời gian gần đây tại {area}, {commune} xảy ra nhiều vụ trộm cắp xe máy. Đề nghị lắp đặt camera an ninh và tăng cường tuần tra."}}},
    };
    return v;
}
// clang-format on

constexpr std::string_view kResults[] = {
    "{unit} đã cử cán bộ kiểm tra hiện trường và phối hợp khắc phục xong vào ngày {date}. Tình trạng phản ánh "
    "đã được xử lý dứt điểm. Cảm ơn ông/bà đã quan tâm phản ánh.",
    "Qua kiểm tra, nội dung phản ánh là đúng. {unit} đã yêu cầu các tổ chức, cá nhân liên quan chấn chỉnh và "
    "hoàn thành việc khắc phục ngày {date}; đơn vị sẽ tiếp tục theo dõi, không để tái diễn.",
    "{unit} đã tiếp nhận, làm việc với các bên liên quan và xử lý theo thẩm quyền. Kết quả: đã khắc phục, "
    "hoàn trả hiện trạng ngày {date}. Mọi vướng mắc xin liên hệ đơn vị để được hướng dẫn thêm.",
    "Nội dung phản ánh đã được {unit} xem xét. Đơn vị đã lập biên bản, xử lý vi phạm theo quy định và hoàn "
    "thành việc khắc phục ngày {date}. Trân trọng cảm ơn ông/bà."};
constexpr std::string_view kRatingComments[] = {"",
                                                "",
                                                "Cảm ơn đơn vị đã xử lý nhanh.",
                                                "Xử lý tốt, đúng hẹn.",
                                                "Đã khắc phục nhưng còn chậm.",
                                                "Chưa xử lý triệt để.",
                                                "Cán bộ nhiệt tình, cảm ơn."};

// Why an unsatisfied reporter asks for reconsideration (Đề nghị xem xét lại).
constexpr std::string_view kReconsiderationReasons[] = {
    "Kết quả nêu đã khắc phục nhưng thực tế sự việc vẫn tiếp diễn, đề nghị kiểm tra lại.",
    "Đơn vị chỉ trả lời chung chung, chưa giải quyết đúng nội dung tôi phản ánh.",
    "Sau vài ngày tình trạng cũ lặp lại, đề nghị Trung tâm xem xét lại.",
};

std::string fill(std::string_view text, const std::map<std::string, std::string, std::less<>>& values) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const auto close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        auto it = values.find(text.substr(open + 1, close - open - 1));
        if (it != values.end())
            out += it->second;
        else
            out.append(text.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

std::string person_name(Rng& r) {
    std::string family(pick(r, kFamily)), given(pick(r, kGiven));
    return family + " " + std::string(pick(r, kMiddle)) + " " + given;
}

// ---------------------------------------------------------------- accounts
// Mobile prefixes in use in Vietnam (normalize_phone accepts them).
constexpr std::string_view kPhonePrefixes[] = {"090", "091", "093", "094", "096", "097", "098", "035",
                                               "036", "037", "038", "039", "070", "077", "078", "079",
                                               "081", "082", "083", "084", "085", "086", "088", "089"};

// Distinct numbers for distinct indexes (up to a few million).
std::string phone_for(std::uint64_t index) {
    const std::size_t n = std::size(kPhonePrefixes);
    const std::uint64_t number = (index / n) * 37 + 1000003;
    char digits[16];
    std::snprintf(digits, sizeof digits, "%07llu", static_cast<unsigned long long>(number % 10000000));
    return std::string(kPhonePrefixes[index % n]) + digits;
}

// A CCCD born in Khánh Hòa (056) or Ninh Thuận (058); distinct per index.
std::string cccd_for(std::uint64_t index, Rng& r) {
    char buf[16];
    const int province = r.chance(0.7) ? 56 : 58;
    const int century_sex = static_cast<int>(r.between(0, 3));  // 0/1: 20th century, 2/3: 21st
    const int yy = static_cast<int>((index / 1000000) % 100);
    std::snprintf(buf, sizeof buf, "%03d%d%02d%06llu", province, century_sex, yy,
                  static_cast<unsigned long long>(index % 1000000));
    return buf;
}

struct Citizen {
    std::int64_t id = 0;
    store::AccountRow account;
};

// An officer and who the services see acting.
struct Staff {
    store::AccountRow account;
    Principal principal() const { return principal_of(account); }
};

struct UnitTeam {
    std::int64_t unit_id = 0;
    std::string name;
    Staff lead, handler;
    double quality = 0.8;  // share of answers on time
};

struct People {
    std::vector<Citizen> citizens;
    std::vector<Staff> dispatchers;
    Staff leader;                            // Lãnh đạo tỉnh: directs (direct)
    std::map<std::int64_t, UnitTeam> teams;  // by unit id
    std::vector<SeededAccount> shown;
    int created_citizens = 0, created_officers = 0;
};

// The demo officers whose passwords are shown (hashed for real); the other
// officers get no password until an admin issues one.
bool shown_officer(const std::string& login) {
    static const std::string_view kShown[] = {"tiepnhan1",        "lanhdao.tinh",      "so-xd.canbo",
                                              "so-xd.lanhdao",    "ct-nuoc.canbo",     "ct-nuoc.lanhdao",
                                              "ubnd-22366.canbo", "ubnd-22366.lanhdao"};
    return std::find(std::begin(kShown), std::end(kShown), login) != std::end(kShown);
}

std::string lower(std::string s) {
    for (auto& ch : s)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

Staff officer(store::Database& db, AuthService& auth, People& people, UnixSeconds now, const std::string& login,
              const std::string& name, std::int64_t unit_id, const std::string& role, const std::string& unit_name) {
    if (auto existing = db.read([&](Connection& c) { return store::find_account_by_login(c, login); }))
        return Staff{*existing};
    if (shown_officer(login)) {
        OfficerForm f;
        f.username = login;
        f.full_name = name;
        f.unit_id = unit_id;
        f.role = role;
        auto created = auth.create_officer(f);
        if (created) {
            ++people.created_officers;
            people.shown.push_back({login, created.value.one_time_password, role, unit_name});
            return Staff{created.value.account};
        }
    }
    store::AccountRow a;
    a.kind = "officer";
    a.login = login;
    a.full_name = name;
    a.unit_id = unit_id;
    a.role = role;
    a.status = "active";
    a.must_change_password = true;
    a.created_at = a.updated_at = now;
    auto row = db.write([&](Connection& c) {
        a.id = store::insert_account(c, a);
        return store::find_account(c, a.id).value_or(a);
    });
    ++people.created_officers;
    return Staff{row};
}

// Citizens (a few organizations among them), then the officers of the center
// and of every unit that receives reports.
People make_people(store::Database& db, AuthService& auth, UnixSeconds now, const SeedOptions& o) {
    People people;
    Rng r(mix(o.seed, 0xacc0));
    // Enough people that most send one or two reports; capped to keep memory small at 1M reports.
    const int count = std::clamp(o.reports / 4, 20, 60000);
    const auto created_at = now - static_cast<std::int64_t>(o.months + 1) * 31 * 86400;
    // The first citizen gets a real password so the demo can sign in as a citizen.
    const std::string demo_password = "Demo" + crypto::random_digits(4) + "pakn";
    const std::string demo_hash = crypto::hash_password(demo_password, {auth.settings().scrypt_n, 8, 1});
    db.write(
        [&](Connection& c) {
            std::unordered_set<std::string> logins, phones;
            store::account_keys(c, logins, phones);
            for (int i = 0; i < count; ++i) {
                store::AccountRow a;
                const bool org = i % 25 == 24;
                a.kind = org ? "organization" : "citizen";
                a.phone = phone_for(static_cast<std::uint64_t>(i));
                if (org) {
                    char code[16];
                    std::snprintf(code, sizeof code, "42%08d", 1000000 + i);
                    a.login = code;
                    a.org_name = "Công ty TNHH " + std::string(pick(r, kHamlets)) + " " +
                                 std::string(r.chance(0.5) ? "Xanh" : "Biển Việt");
                    a.representative = person_name(r);
                    a.full_name = a.representative;
                } else {
                    a.login = cccd_for(static_cast<std::uint64_t>(i), r);
                    a.full_name = person_name(r);
                }
                a.status = "active";
                a.created_at = a.updated_at = created_at;
                Citizen citizen;
                // A second seeding reuses the people of the first.
                std::optional<store::AccountRow> existing;
                if (logins.count(a.login)) existing = store::find_account_by_login(c, a.login);
                if (!existing && phones.count(a.phone)) existing = store::find_account_by_phone(c, a.phone);
                if (existing) {
                    citizen = {existing->id, *existing};
                } else {
                    if (i == 0) a.password_hash = demo_hash;
                    a.id = store::insert_account(c, a);
                    citizen = {a.id, a};
                    ++people.created_citizens;
                    if (i == 0) people.shown.push_back({a.login, demo_password, "citizen", ""});
                }
                people.citizens.push_back(std::move(citizen));
            }
        },
        store::Durability::normal);

    auto unit_id = [&](const std::string& code) {
        return db.read([&](Connection& c) { return store::find_unit_by_code(c, code); });
    };
    const auto center = unit_id("TTDH");
    const auto office = unit_id("VP-UBND");
    if (!center) throw std::runtime_error("seed: the center unit TTDH is missing");
    for (int i = 1; i <= 3; ++i)
        people.dispatchers.push_back(officer(db, auth, people, now, "tiepnhan" + std::to_string(i), person_name(r),
                                             center->id, "dispatcher", center->name));
    people.leader = officer(db, auth, people, now, "lanhdao.tinh", person_name(r), office ? office->id : center->id,
                            "leader", office ? office->name : center->name);

    // Units that receive reports: the categories' default units and every
    // commune's People's Committee.
    std::vector<store::UnitRow> receiving;
    db.read([&](Connection& c) {
        for (const auto& cat : store::list_categories(c))
            if (cat.default_unit_id)
                if (auto u = store::find_unit(c, *cat.default_unit_id)) receiving.push_back(*u);
        for (const auto& u : store::list_units(c, false))
            if (u.kind == "commune") receiving.push_back(u);
        return 0;
    });
    for (const auto& u : receiving) {
        if (people.teams.count(u.id)) continue;
        UnitTeam team;
        team.unit_id = u.id;
        team.name = u.name;
        const std::string base = lower(u.code);
        team.lead = officer(db, auth, people, now, base + ".lanhdao", person_name(r), u.id, "unit_lead", u.name);
        team.handler = officer(db, auth, people, now, base + ".canbo", person_name(r), u.id, "handler", u.name);
        // Units differ: some answer nearly always on time, some lag (the ranking).
        Rng q(mix(o.seed, static_cast<std::uint64_t>(u.id) * 7919));
        team.quality = 0.55 + 0.42 * q.real();
        people.teams.emplace(u.id, std::move(team));
    }
    return people;
}

// ---------------------------------------------------------------- plans
enum class Who { author, dispatcher, handler, lead, leader, system };
enum class StepKind { create, act, resubmit, close };

struct Step {
    UnixSeconds at = 0;
    StepKind kind = StepKind::act;
    Action action = Action::comment;
    Who who = Who::dispatcher;
    ActionParams params;
    std::optional<std::string> priority;
};

struct Plan {
    ReportForm form;         // as submitted
    ReportForm resubmitted;  // the form sent again after a request for information
    int author = -1;         // index into citizens; -1: intake without an account
    bool intake = false;
    int dispatcher = 0;
    std::int64_t unit_id = 0;  // lead unit (when assigned)
    std::vector<Step> steps;   // chronological, none after `now`
};

// Where reports can be placed on the map: the imported boundaries.
struct Shapes {
    std::map<std::string, std::pair<MultiPolygon, BBox>, std::less<>> by_code;
};

Shapes load_shapes(store::Database& db) {
    Shapes s;
    auto geo = db.read([](Connection& c) { return store::load_geo_map(c); });
    if (!geo) return s;
    for (auto& f : decode_map_json(geo->shapes).features) {
        const auto box = bbox_of(f.shape);
        s.by_code.emplace(f.code, std::make_pair(std::move(f.shape), box));
    }
    return s;
}

std::optional<LonLat> point_in(const Shapes& shapes, const std::string& code, Rng& r) {
    auto it = shapes.by_code.find(code);
    if (it == shapes.by_code.end()) return std::nullopt;
    const auto& [shape, box] = it->second;
    for (int i = 0; i < 60; ++i) {
        LonLat p{box.min_lon + r.real() * (box.max_lon - box.min_lon),
                 box.min_lat + r.real() * (box.max_lat - box.min_lat)};
        // Five decimals, as a phone's GPS gives them.
        p.lon = std::round(p.lon * 1e5) / 1e5;
        p.lat = std::round(p.lat * 1e5) / 1e5;
        if (contains(shape, p) && is_in_province(p.lat, p.lon)) return p;
    }
    return std::nullopt;
}

struct PlanContext {
    const SeedOptions& options;
    const People& people;
    const WorkingCalendar& cal;
    const Shapes& shapes;
    UnixSeconds now;
    std::map<std::string, std::optional<std::int64_t>, std::less<>> default_unit;  // category -> unit
    std::map<std::string, std::string, std::less<>> category_group;
    std::map<std::string, std::int64_t, std::less<>> commune_unit;  // commune code -> its People's Committee
    std::vector<double> commune_weight;
    std::vector<double> category_weight;
};

UnixSeconds working(UnixSeconds from, std::int64_t minutes, const WorkSchedule& s) {
    return add_working_minutes(from, minutes, s);
}

Plan plan_report(const PlanContext& ctx, std::uint64_t stream, UnixSeconds submitted_at) {
    Rng r(stream);
    // The officer console's share of the plan (positions for the staff map,
    // reports given to people, directions, work still on the desks) is drawn
    // from a stream of its own, so the draws of the rest stay as they were.
    Rng console(mix(stream, 0x636f6e73));
    Plan p;
    const auto& cal = ctx.cal;
    const auto& vocab = vocabulary();

    // What and where.
    const auto& commune = communes()[r.weighted(ctx.commune_weight)];
    const bool urban = commune.kind == CommuneKind::phuong;  // streets; xã and the islands have roads
    const bool no_category = r.chance(0.03);
    const auto& cv = vocab[r.weighted(ctx.category_weight)];
    const Idea& idea = cv.ideas[r.below(cv.ideas.size())];
    std::map<std::string, std::string, std::less<>> values;
    const std::string street(urban ? pick(r, kStreets) : pick(r, kRoads));
    values["street"] = street;
    values["street2"] = std::string(pick(r, kStreets));
    values["road"] = std::string(pick(r, kRoads));
    values["house"] = std::to_string(r.between(1, 480)) + (r.chance(0.2) ? "/" + std::to_string(r.between(1, 30)) : "");
    values["alley"] = std::to_string(r.between(2, 120));
    values["market"] = std::string(pick(r, kMarkets));
    values["beach"] = std::string(pick(r, kBeaches));
    values["hospital"] = std::string(pick(r, kHospitals));
    values["school"] = std::string(pick(r, kSchools));
    values["park"] = std::string(pick(r, kParks));
    values["river"] = std::string(pick(r, kRivers));
    values["project"] = std::string(pick(r, kProjects));
    values["commune"] = std::string(commune.name);
    const std::string hamlet(pick(r, kHamlets));
    values["area"] = urban ? "tổ dân phố " + std::to_string(r.between(1, 25)) : "thôn " + hamlet;
    values["n"] = std::to_string(r.between(2, 6));
    values["hour"] = std::to_string(r.between(6, 10));

    ReportForm& f = p.form;
    f.title = fill(idea.title, values);
    f.content = fill(idea.content, values);
    f.address = urban ? values["house"] + " " + street + ", " + std::string(commune.name)
                      : "Thôn " + hamlet + ", " + std::string(commune.name);
    f.commune_code = std::string(commune.code);
    f.category_code = no_category ? "" : std::string(cv.code);
    f.is_public = r.chance(0.65);
    f.submit = true;
    if (r.chance(0.6))
        if (auto pt = point_in(ctx.shapes, f.commune_code, r)) {
            f.lat = pt->lat;
            f.lon = pt->lon;
        }
    // Most people now send the phone's position with the report.
    if (!f.lat && console.chance(0.6))
        if (auto pt = point_in(ctx.shapes, f.commune_code, console)) {
            f.lat = pt->lat;
            f.lon = pt->lon;
        }

    // Who sends it, through which channel.
    const double channel = r.real();
    const auto& citizens = ctx.people.citizens;
    // The demo citizen (index 0) sends a share of the reports, so signing in
    // as them shows a full "my reports" list.
    int author = r.chance(0.02) ? 0 : static_cast<int>(r.below(citizens.size()));
    p.dispatcher = static_cast<int>(r.below(ctx.people.dispatchers.size()));
    if (channel < 0.15) {
        // Hotline 1900 1023, e-mail or in person: the center enters it.
        p.intake = true;
        f.channel = channel < 0.08 ? "hotline" : channel < 0.12 ? "email" : "in_person";
        const bool known = r.chance(0.5);
        f.reporter_name = known ? citizens[static_cast<std::size_t>(author)].account.full_name : person_name(r);
        f.reporter_phone =
            known ? citizens[static_cast<std::size_t>(author)].account.phone : phone_for(5000000 + r.below(1000000));
        p.author = known ? author : -1;
    } else {
        f.channel = channel < 0.75 ? "web" : channel < 0.95 ? "app" : "kiosk";
        p.author = author;
    }
    p.resubmitted = f;
    p.resubmitted.channel.clear();  // the owner edits: no intake fields
    p.resubmitted.reporter_name.clear();
    p.resubmitted.reporter_phone.clear();
    p.resubmitted.content += " Bổ sung: vị trí cụ thể ở " + f.address + ", hình ảnh hiện trường gửi kèm.";
    // Both ways of seeding store what the API would: the forms as the shared
    // rules clean them (NFC, spaces, canonical phone numbers).
    ReportRules rules;
    rules.officer_intake = p.intake;
    if (auto cleaned = clean(f, rules)) {
        p.form = cleaned.value;
    } else {
        log_warn("seed_form_invalid", {{"field", cleaned.errors.front().field}, {"code", cleaned.errors.front().code}});
    }
    if (auto cleaned = clean(p.resubmitted, {})) p.resubmitted = cleaned.value;

    // Which unit handles it.
    std::optional<std::int64_t> unit;
    if (!f.category_code.empty()) {
        auto it = ctx.default_unit.find(f.category_code);
        if (it != ctx.default_unit.end()) unit = it->second;
    }
    if ((cv.local && r.chance(0.5)) || !unit || !ctx.people.teams.count(*unit)) {
        auto it = ctx.commune_unit.find(f.commune_code);
        if (it != ctx.commune_unit.end()) unit = it->second;
    }
    if (!unit || !ctx.people.teams.count(*unit)) unit = ctx.people.teams.begin()->first;
    p.unit_id = *unit;
    const UnitTeam& team = ctx.people.teams.at(*unit);
    const bool urban_category = [&] {
        auto it = ctx.category_group.find(f.category_code);
        return it != ctx.category_group.end() && it->second == "urban_incident";
    }();

    // The lifecycle.
    auto& steps = p.steps;
    auto push = [&](UnixSeconds at, StepKind kind, Action action, Who who, ActionParams params = {},
                    std::optional<std::string> priority = std::nullopt) {
        // Steps of one report never share a second and never go back in time.
        if (!steps.empty()) at = std::max(at, steps.back().at + 60);
        steps.push_back(Step{at, kind, action, who, std::move(params), std::move(priority)});
        return at;
    };
    auto note = [](std::string_view text) {
        ActionParams a;
        a.note = std::string(text);
        return a;
    };
    const UnixSeconds t0 = push(submitted_at, StepKind::create, Action::submit, Who::author);
    const bool has_author = p.author >= 0;
    if (has_author && !p.intake && r.chance(0.01)) {
        push(t0 + r.between(600, 3 * 3600), StepKind::act, Action::withdraw, Who::author,
             note("Tôi đã tự liên hệ giải quyết được, xin rút phản ánh."));
        return p;
    }
    UnixSeconds t = working(t0, r.between(15, 600), cal.schedule);
    if (r.chance(0.05)) {
        static const std::pair<std::string_view, std::string_view> kReject[] = {
            {"out_of_scope", "Nội dung không thuộc phạm vi tiếp nhận của hệ thống phản ánh, kiến nghị."},
            {"insufficient_info", "Nội dung chưa đủ thông tin để xác minh, xử lý."},
            {"complaint_or_denunciation", "Nội dung là khiếu nại, đề nghị gửi theo thủ tục giải quyết khiếu nại."},
            {"offensive", "Nội dung có lời lẽ xúc phạm, không tiếp nhận."},
            {"other", "Vụ việc đã được cơ quan có thẩm quyền giải quyết trước đây."}};
        const auto& [reason, text] = kReject[r.below(std::size(kReject))];
        ActionParams a = note(text);
        a.reason_code = std::string(reason);
        push(t, StepKind::act, Action::reject, Who::dispatcher, a);
        return p;
    }
    if (r.chance(0.04)) {
        t = push(t, StepKind::act, Action::request_info, Who::dispatcher,
                 note("Đề nghị bổ sung địa chỉ cụ thể và hình ảnh hiện trường để có cơ sở xử lý."));
        if (has_author && r.chance(0.7)) {
            t = push(t + r.between(86400, 5 * 86400), StepKind::resubmit, Action::resubmit, Who::author);
            t = working(t, r.between(15, 480), cal.schedule);
        } else {
            ActionParams a = note("Quá thời hạn nhưng người gửi chưa bổ sung thông tin.");
            a.reason_code = "insufficient_info";
            push(working(t + 15 * 86400, 60, cal.schedule), StepKind::act, Action::reject, Who::dispatcher, a);
            return p;
        }
    }
    if (r.chance(0.4)) {
        t = push(t, StepKind::act, Action::accept, Who::dispatcher, note("Tiếp nhận phản ánh."));
        t = working(t, r.between(5, 120), cal.schedule);
    }
    const double pr = r.real();
    const Priority priority = pr < 0.08 ? Priority::urgent : pr < 0.15 ? Priority::complex : Priority::normal;
    ActionParams assign = note("Đề nghị " + team.name + " kiểm tra, xử lý và phản hồi theo quy định.");
    assign.unit_id = *unit;
    if (r.chance(0.1)) {
        auto it = ctx.commune_unit.find(f.commune_code);
        if (it != ctx.commune_unit.end() && it->second != *unit) assign.co_unit_ids = {it->second};
    }
    t = push(t, StepKind::act, Action::assign, Who::dispatcher, assign, std::string(priority_code(priority)));
    UnixSeconds deadline =
        deadline_for(SlaStep::resolve, priority, urban_category, f.category_code, t, cal.schedule, cal.policy);
    // The console at work: the unit lead gives most reports to the unit's
    // officer by name (Phân công cán bộ), and the province leader directs
    // some (Ý kiến chỉ đạo, internal).
    if (console.chance(0.6)) {
        ActionParams give = note("Giao đồng chí " + team.handler.account.full_name +
                                 " trực tiếp kiểm tra hiện trường, xử lý và báo cáo kết quả.");
        give.handler_id = team.handler.account.id;
        t = push(working(t, console.between(5, 90), cal.schedule), StepKind::act, Action::assign_handler, Who::lead,
                 give);
    }
    if (console.chance(0.08)) {
        static const std::string_view kDirections[] = {
            "Đề nghị đơn vị khẩn trương kiểm tra, xử lý dứt điểm, báo cáo kết quả trước thời hạn.",
            "Vụ việc người dân phản ánh nhiều lần, đề nghị ưu tiên xử lý và trả lời công khai.",
            "Đề nghị phối hợp chính quyền địa phương kiểm tra thực tế, tránh để kéo dài."};
        t = push(working(t, console.between(30, 480), cal.schedule), StepKind::act, Action::direct, Who::leader,
                 note(kDirections[console.below(std::size(kDirections))]));
    }
    t = push(working(t, r.between(10, r.chance(team.quality) ? 420 : 900), cal.schedule), StepKind::act, Action::start,
             Who::handler, note("Đơn vị đã tiếp nhận, phân công cán bộ xử lý."));
    const UnixSeconds started = t;
    if (console.chance(0.15))
        t = push(working(t, console.between(60, 960), cal.schedule), StepKind::act, Action::direct, Who::lead,
                 note("Đề nghị cán bộ xử lý bám sát hiện trường, cập nhật tiến độ hằng ngày."));
    const bool on_time = r.chance(team.quality);
    if (r.chance(0.06)) {
        const UnixSeconds asked = t + (deadline - t) / 2;
        ActionParams a = note("Vụ việc cần phối hợp nhiều đơn vị, đề nghị gia hạn thời gian xử lý.");
        a.deadline = add_working_days(deadline, 5, cal.schedule);
        t = push(asked, StepKind::act, Action::request_extension, Who::handler, a);
        ActionParams ok = note("Đồng ý gia hạn.");
        ok.deadline = a.deadline;
        t = push(working(t, r.between(60, 600), cal.schedule), StepKind::act, Action::approve_extension,
                 Who::dispatcher, ok);
        deadline = *a.deadline;
    }
    if (r.chance(0.25))
        t = push(std::max(t, started + (deadline - started) / 4), StepKind::act, Action::progress_note, Who::handler,
                 note("Đã kiểm tra hiện trường, đang phối hợp lập phương án khắc phục."));
    const double share = on_time ? 0.15 + 0.6 * r.real() : 1.05 + 0.9 * r.real();
    UnixSeconds proposed =
        std::max(t + 600, started + static_cast<UnixSeconds>(share * static_cast<double>(deadline - started)));
    const UnixSeconds answer_date = proposed;
    ActionParams result;
    result.result_text = fill(kResults[r.below(std::size(kResults))],
                              {{"unit", team.name}, {"date", format_display_date(local_date(answer_date))}});
    t = push(proposed, StepKind::act, Action::propose_result, Who::handler, result);
    if (r.chance(0.08)) {
        t = push(working(t, r.between(30, 240), cal.schedule), StepKind::act, Action::refuse_result, Who::lead,
                 note("Kết quả chưa nêu rõ thời gian hoàn thành, đề nghị bổ sung."));
        t = push(working(t, r.between(60, 480), cal.schedule), StepKind::act, Action::propose_result, Who::handler,
                 result);
    }
    UnixSeconds approved = working(t, r.between(15, 240), cal.schedule);
    // An answer meant to be on time is approved in time.
    if (on_time && approved > deadline) approved = std::max(t + 60, deadline - 60);
    t = push(approved, StepKind::act, Action::approve_result, Who::lead);
    const UnixSeconds resolved = t;
    if (f.is_public && r.chance(0.7))
        push(resolved + r.between(3600, 2 * 86400), StepKind::act, Action::publish, Who::dispatcher);
    const std::int64_t window = ctx.options.rating_window_seconds;
    if (has_author && r.chance(0.55)) {
        const double level = r.real();
        static constexpr double kOnTime[] = {0.40, 0.80, 0.95};  // cumulative: very, satisfied, not
        static constexpr double kLate[] = {0.12, 0.45, 0.78};
        const double* cut = on_time ? kOnTime : kLate;
        const auto rating = level < cut[0]   ? SatisfactionLevel::very_satisfied
                            : level < cut[1] ? SatisfactionLevel::satisfied
                            : level < cut[2] ? SatisfactionLevel::not_satisfied
                                             : SatisfactionLevel::dissatisfied;
        ActionParams a;
        a.rating = std::string(to_string(rating));
        const std::string comment(pick(r, kRatingComments));
        if (!comment.empty()) a.note = comment;
        // Ratings come within the window; later ones would find the report closed.
        const std::int64_t latest = std::max<std::int64_t>(7200, std::min<std::int64_t>(20 * 86400, window - 3600));
        const UnixSeconds rated = push(resolved + r.between(3600, latest), StepKind::act, Action::rate, Who::author, a);
        // Some of the least satisfied ask for reconsideration a day later,
        // so the center's "Đề nghị xem xét lại" tab has requests to decide.
        // Chosen from the rating's own draw: no extra draw, so every other
        // report of a seed stays as it was.
        if (rating == SatisfactionLevel::dissatisfied && level > (cut[2] + 1.0) / 2) {
            const auto i = static_cast<std::size_t>(level * 1000) % std::size(kReconsiderationReasons);
            push(rated + 86400, StepKind::act, Action::request_reconsideration, Who::author,
                 note(kReconsiderationReasons[i]));
        }
    } else {
        // The housekeeping closes it when the rating window ends; one second
        // after, so that closing it closes no report planned to close later.
        push(resolved + window + 1, StepKind::close, Action::close, Who::system);
    }
    // Work still on the desks: some recent reports stop at the unit (given,
    // started, or answered and awaiting the lead), so the inbox and the staff
    // map have open reports, some of them overdue by now.
    if (ctx.now - submitted_at < 60 * 86400 && console.chance(0.5)) {
        static constexpr Action kStops[] = {Action::assign, Action::start, Action::progress_note,
                                            Action::propose_result};
        const Action stop = kStops[console.below(std::size(kStops))];
        const auto at = std::find_if(steps.begin(), steps.end(), [&](const Step& s) { return s.action == stop; });
        // After the stop, only the directions and the handing over that came with it.
        if (at != steps.end())
            steps.erase(std::remove_if(at + 1, steps.end(),
                                       [](const Step& s) {
                                           return s.action != Action::direct && s.action != Action::assign_handler;
                                       }),
                        steps.end());
    }
    // The steps in time order (publication may come after the rating), and
    // none that would happen after now.
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
    for (std::size_t i = 1; i < steps.size(); ++i)
        steps[i].at = std::max(steps[i].at, steps[i - 1].at + 1);
    std::erase_if(steps, [&](const Step& s) { return s.at > ctx.now; });
    return p;
}

// Submission times over the last `months`, more in recent months, fewer at
// night and at weekends; sorted (codes follow submission order).
std::vector<UnixSeconds> submission_times(const SeedOptions& o, UnixSeconds now) {
    Rng r(mix(o.seed, 0x7173));
    const std::int64_t span_days = static_cast<std::int64_t>(std::lround(o.months * 30.44));
    const Date today = local_date(now);
    std::vector<UnixSeconds> out;
    out.reserve(static_cast<std::size_t>(o.reports));
    static constexpr double kHourWeight[24] = {0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 3,   4,   4, 3.5, 3,
                                               2,   2.5, 3.5, 3.5, 3,   2.5, 2.2, 2.5, 2.5, 2, 1.2, 0.5};
    while (static_cast<int>(out.size()) < o.reports) {
        // Density grows towards today (x = u^0.8 has density rising as x^0.25).
        const double x = std::pow(r.real(), 0.8);
        const auto day = add_days(today, -span_days + static_cast<std::int64_t>(x * static_cast<double>(span_days)));
        const auto wd = weekday(day);
        if ((wd == Weekday::saturday || wd == Weekday::sunday) && r.chance(0.45)) continue;
        const auto hour = static_cast<int>(r.weighted(kHourWeight));
        const UnixSeconds at = start_of_day(day) + hour * 3600 + r.between(0, 3599);
        if (at > now - 60) continue;
        out.push_back(at);
    }
    std::sort(out.begin(), out.end());
    return out;
}

PlanContext make_context(store::Database& db, const SeedOptions& o, const People& people, const WorkingCalendar& cal,
                         const Shapes& shapes, UnixSeconds now) {
    PlanContext ctx{o, people, cal, shapes, now, {}, {}, {}, {}, {}};
    db.read([&](Connection& c) {
        for (const auto& cat : store::list_categories(c)) {
            ctx.default_unit[cat.code] = cat.default_unit_id;
            ctx.category_group[cat.code] = cat.group;
        }
        for (const auto& u : store::list_units(c, false))
            if (u.kind == "commune" && !u.commune_code.empty()) ctx.commune_unit[u.commune_code] = u.id;
        return 0;
    });
    for (const auto& c : communes()) {
        const bool central = fold_for_search(c.name).find("nha trang") != std::string::npos;
        ctx.commune_weight.push_back(c.kind == CommuneKind::dac_khu  ? 0.1
                                     : central                       ? 8.0
                                     : c.kind == CommuneKind::phuong ? 4.0
                                                                     : 1.5);
    }
    for (const auto& v : vocabulary())
        ctx.category_weight.push_back(v.weight);
    return ctx;
}

// ---------------------------------------------------------------- the service path
struct Running {
    const Plan* plan;
    std::size_t next = 0;
    std::int64_t report_id = 0;
};

SeedResult run_through_services(store::Database& db, CalendarService& calendar, const People& people,
                                const std::vector<Plan>& plans, const SeedOptions& o,
                                const std::function<void(int, int)>& progress) {
    SeedResult result;
    ManualClock clock(0);
    // No outbox, no live hub: demo data sends no SMS and wakes no browser.
    ReportService reports(db, clock, nullptr, calendar, nullptr);
    struct Due {
        UnixSeconds at;
        std::size_t plan, step;
    };
    std::vector<Due> order;
    for (std::size_t i = 0; i < plans.size(); ++i)
        for (std::size_t s = 0; s < plans[i].steps.size(); ++s)
            order.push_back({plans[i].steps[s].at, i, s});
    std::stable_sort(order.begin(), order.end(), [](const Due& a, const Due& b) {
        if (a.at != b.at) return a.at < b.at;
        return a.plan < b.plan;
    });
    std::vector<std::int64_t> ids(plans.size(), 0);
    std::vector<bool> stopped(plans.size(), false);
    int done = 0;
    for (const auto& due : order) {
        const Plan& plan = plans[due.plan];
        if (stopped[due.plan]) continue;
        const Step& step = plan.steps[due.step];
        clock.set(step.at);
        const Citizen* author = plan.author >= 0 ? &people.citizens[static_cast<std::size_t>(plan.author)] : nullptr;
        const UnitTeam& team = people.teams.at(plan.unit_id);
        Principal who;
        switch (step.who) {
            case Who::author:
                // An intake is created by the center even when it names a citizen.
                if (plan.intake && step.kind == StepKind::create)
                    who = people.dispatchers[static_cast<std::size_t>(plan.dispatcher)].principal();
                else if (author)
                    who = principal_of(author->account);
                break;
            case Who::dispatcher:
                who = people.dispatchers[static_cast<std::size_t>(plan.dispatcher)].principal();
                break;
            case Who::handler:
                who = team.handler.principal();
                break;
            case Who::lead:
                who = team.lead.principal();
                break;
            case Who::leader:
                who = people.leader.principal();
                break;
            case Who::system:
                break;
        }
        bool ok = true;
        switch (step.kind) {
            case StepKind::create: {
                auto created = reports.create(who, plan.form);
                ok = created.ok;
                if (ok) {
                    ids[due.plan] = created.value.id;
                    ++result.reports;
                    if (progress && ++done % 500 == 0) progress(done, static_cast<int>(plans.size()));
                }
                break;
            }
            case StepKind::resubmit:
                ok = reports.edit(who, ids[due.plan], plan.resubmitted).ok;
                break;
            case StepKind::close:
                reports.close_unrated(o.rating_window_seconds);
                break;
            case StepKind::act: {
                ActionRequestBody body;
                body.form.action = std::string(to_string(step.action));
                body.form.params = step.params;
                body.priority = step.priority;
                auto acted = reports.act(who, ids[due.plan], body);
                ok = acted.ok;
                if (!ok)
                    log_warn("seed_step_refused",
                             {{"action", body.form.action}, {"code", acted.error.code}, {"report_id", ids[due.plan]}});
                break;
            }
        }
        ++result.steps;
        if (!ok) {
            ++result.refused;
            stopped[due.plan] = true;  // the rest of its plan no longer applies
        }
    }
    return result;
}

// ---------------------------------------------------------------- the fast path
// The report as ReportService would leave it after the plan's steps: the same
// workflow table decides each transition, the same step effects
// (services/report_effects.h) set its dates and deadlines, the same event
// payloads.
struct FastReport {
    store::ReportRow row;
    std::vector<store::EventRow> events;
    std::vector<std::int64_t> co_units;
};

std::string json_text(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Applies one planned step; false when the workflow refuses it (a bug in
// the plan, reported as a refused step like the service path would).
bool apply_fast(FastReport& fr, const Plan& plan, const Step& step, const People& people,
                const std::map<std::string, std::string, std::less<>>& unit_names, const WorkingCalendar& cal) {
    store::ReportRow& r = fr.row;
    const auto& team = people.teams.at(plan.unit_id);
    const store::AccountRow* actor = nullptr;
    switch (step.who) {
        case Who::author:
            actor = &people.citizens[static_cast<std::size_t>(plan.author)].account;
            break;
        case Who::dispatcher:
            actor = &people.dispatchers[static_cast<std::size_t>(plan.dispatcher)].account;
            break;
        case Who::handler:
            actor = &team.handler.account;
            break;
        case Who::lead:
            actor = &team.lead.account;
            break;
        case Who::leader:
            actor = &people.leader.account;
            break;
        case Who::system:
            break;
    }
    const UnixSeconds now = step.at;
    store::EventRow e;
    e.at = now;
    if (step.kind == StepKind::close) {
        auto t = apply(Action::close, Role::system, Relation::none, Status::resolved, flags_of(r), {});
        if (!t || r.status != "resolved") return false;
        apply_step(r, Action::close, Status::resolved, t, {}, now, cal);
        e.actor_role = "system";
        e.action = "close";
        e.from_status = "resolved";
        e.to_status = r.status;
        fr.events.push_back(e);
        return true;
    }
    const auto role = actor ? principal_of(*actor).acting_role() : std::nullopt;
    if (!role) return false;
    const auto status = parse_status(r.status).value_or(Status::draft);
    if (step.kind == StepKind::resubmit) {
        auto t = apply(Action::resubmit, *role, Relation::owner, status, flags_of(r), {});
        if (!t) return false;
        const ReportForm& f = plan.resubmitted;
        r.title = f.title;
        r.content = f.content;
        r.address = f.address;
        r.status = std::string(to_string(t.next));
        r.updated_at = now;
        enter_step(r, SlaStep::classify_and_assign, now, cal);
        e.actor_id = actor->id;
        e.actor_role = actor->kind;
        e.action = "resubmit";
        e.from_status = std::string(to_string(status));
        e.to_status = r.status;
        fr.events.push_back(e);
        return true;
    }
    const Relation relation = r.author_id && *r.author_id == actor->id             ? Relation::owner
                              : actor->unit_id && r.lead_unit_id == actor->unit_id ? Relation::unit_lead_unit
                                                                                   : Relation::none;
    const auto& p = step.params;
    auto t = apply(step.action, *role, relation, status, flags_of(r), p);
    if (!t) return false;
    auto unit = p.unit_id ? unit_names.find(std::to_string(*p.unit_id)) : unit_names.end();
    nlohmann::json payload = params_payload(p, unit == unit_names.end() ? "" : unit->second);
    if (p.handler_id) {
        // Named as ReportService::act names the officer given the report.
        const store::AccountRow& given =
            team.lead.account.id == *p.handler_id ? team.lead.account : team.handler.account;
        payload["handler_id"] = given.id;
        payload["handler_name"] = given.full_name;
    }
    if (step.priority) {
        r.priority = *step.priority;
        payload["priority"] = r.priority;
    }
    StepEffects effects = apply_step(r, step.action, status, t, p, now, cal);
    payload.update(effects.payload);
    if (effects.co_units) fr.co_units = *effects.co_units;
    e.actor_id = actor->id;
    e.actor_role = std::string(to_string(*role));
    if (actor->kind == "officer") e.actor_unit_id = actor->unit_id;
    e.action = std::string(to_string(step.action));
    e.from_status = std::string(to_string(status));
    e.to_status = r.status;
    e.note = step.action == Action::propose_result ? p.result_text.value_or("") : p.note.value_or("");
    e.payload = json_text(payload);
    // As ReportService::act: comments and directions stay among officers.
    e.internal = step.action == Action::comment || step.action == Action::direct;
    fr.events.push_back(e);
    return true;
}

// Reports [begin, end) of `times` (plan streams by that index).
SeedResult run_fast(store::Database& db, CalendarService& calendar, const People& people, const PlanContext& ctx,
                    const std::vector<UnixSeconds>& times, int begin, int end, const SeedOptions& o,
                    const std::function<void(int, int)>& progress) {
    SeedResult result;
    const auto cal = calendar.current();
    std::map<std::string, std::string, std::less<>> unit_names, category_names;
    std::map<std::string, std::string, std::less<>> commune_names;
    db.read([&](Connection& c) {
        for (const auto& u : store::list_units(c, true))
            unit_names[std::to_string(u.id)] = u.name;
        for (const auto& cat : store::list_categories(c))
            category_names[cat.code] = cat.name;
        return 0;
    });
    const int total = static_cast<int>(times.size());
    const int batch = std::max(1, o.batch);
    // A connection of its own for the bulk transactions. Through
    // Database::write each batch would run inside the group commit's
    // SAVEPOINT, and SQLite then walks the in-memory sub-journal at the end
    // of every statement: cost grows with the batch (measured: 3,500/s at
    // 30k reports falling to 1,100/s at 70k). Seeding runs before the server
    // serves, so nothing else writes meanwhile.
    const auto bulk = store::open_bulk_writer(db.path());
    Connection& c = *bulk;
    for (int start = begin; start < end; start += batch) {
        const int stop = std::min(end, start + batch);
        store::begin_bulk(c);
        try {
            {
                for (int i = start; i < stop; ++i) {
                    const Plan plan = plan_report(ctx, mix(o.seed, static_cast<std::uint64_t>(i) + 1),
                                                  times[static_cast<std::size_t>(i)]);
                    const ReportForm& f = plan.form;
                    const Step& first = plan.steps.front();
                    FastReport fr;
                    store::ReportRow& r = fr.row;
                    r.channel = f.channel.empty() ? "web" : f.channel;
                    r.title = f.title;
                    r.content = f.content;
                    r.address = f.address;
                    r.commune_code = f.commune_code;
                    r.lat = f.lat;
                    r.lon = f.lon;
                    r.category_code = f.category_code;
                    auto group = ctx.category_group.find(f.category_code);
                    r.category_group = group == ctx.category_group.end() ? "" : group->second;
                    r.is_public = f.is_public;
                    r.created_at = r.updated_at = first.at;
                    const auto& dispatcher = people.dispatchers[static_cast<std::size_t>(plan.dispatcher)].account;
                    if (plan.intake) {
                        r.intake_by = dispatcher.id;
                        r.reporter_name = f.reporter_name;
                        r.reporter_phone = f.reporter_phone;
                    }
                    if (plan.author >= 0) r.author_id = people.citizens[static_cast<std::size_t>(plan.author)].id;
                    r.status = "submitted";
                    r.code = store::next_report_code(c, local_date(first.at).year);
                    r.submitted_at = first.at;
                    enter_step(r, SlaStep::classify_and_assign, first.at, *cal);
                    store::EventRow submit;
                    submit.at = first.at;
                    submit.actor_id = plan.intake ? dispatcher.id : *r.author_id;
                    submit.actor_role = plan.intake
                                            ? "dispatcher"
                                            : people.citizens[static_cast<std::size_t>(plan.author)].account.kind;
                    if (plan.intake) submit.actor_unit_id = dispatcher.unit_id;
                    submit.action = "submit";
                    submit.from_status = plan.intake ? "" : "draft";
                    submit.to_status = "submitted";
                    submit.payload = json_text({{"channel", r.channel}});
                    fr.events.push_back(submit);
                    bool ok = true;
                    for (std::size_t s = 1; s < plan.steps.size() && ok; ++s) {
                        ok = apply_fast(fr, plan, plan.steps[s], people, unit_names, *cal);
                        ++result.steps;
                        if (!ok) ++result.refused;
                    }
                    ++result.steps;
                    r.id = store::insert_report(c, r);
                    if (!fr.co_units.empty()) store::set_co_units(c, r.id, fr.co_units);
                    for (auto& e : fr.events) {
                        e.report_id = r.id;
                        store::insert_event(c, e);
                    }
                    store::index_report(c, r.id,
                                        fold_for_search(r.code + " " + r.title + " " + r.content + " " + r.address));
                    if (r.is_published) {
                        // Published as the center does by default: personal data redacted.
                        const std::string title = redact_personal_data(r.title);
                        const std::string content = redact_personal_data(r.content);
                        store::set_public_text(c, r.id, title, content);
                        store::index_published(c, r.id,
                                               fold_for_search(r.code + " " + title + " " + content + " " + r.address));
                    }
                    ++result.reports;
                }
            }
            store::commit_bulk(c);
        } catch (...) {
            store::rollback_bulk(c);
            throw;
        }
        if (progress) progress(stop, total);
    }
    return result;
}

// Người cùng phản ánh (issue 15 items 13, 14): citizens follow some of the
// located, consented reports still open or published (a few popular ones
// many), and the center merged one new report into an older one like it,
// so the demo shows "N người cùng phản ánh", a merge on both timelines and
// its author following the older report. After both paths, from the seed
// alone, so the same seed gives the same data.
void seed_followers(store::Database& db, const People& people, std::uint64_t seed, UnixSeconds now) {
    if (people.citizens.size() < 3 || people.dispatchers.empty()) return;
    db.write([&](Connection& c) {
        Rng r(mix(seed, 0xf011));
        const auto located = store::follow_seed_candidates(c);
        for (const auto& cand : located) {
            if (!r.chance(0.2)) continue;
            // Mostly one or two neighbours; now and then a dozen.
            const int n = r.chance(0.1) ? static_cast<int>(r.between(6, 11)) : static_cast<int>(r.between(1, 2));
            for (int k = 0; k < n; ++k) {
                const auto& who = people.citizens[static_cast<std::size_t>(r.below(people.citizens.size()))];
                if (who.id == cand.author) continue;
                const auto at = std::min<std::int64_t>(now, cand.submitted_at + r.between(3600, 5 * 86400));
                store::add_follower(c, cand.id, who.id, at);
            }
        }
        // The merged duplicate: the newest open report sent by a citizen
        // account, into an older open one of the same commune and category.
        std::optional<store::ReportRow> newer, into;
        if (const auto pair = store::merge_seed_pair(c)) {
            newer = store::find_report(c, pair->first);
            into = store::find_report(c, pair->second);
        }
        if (!newer || !into) return 0;
        const auto& desk = people.dispatchers.front();
        store::ReportRow m = *newer;
        const std::string from = m.status;
        m.status = "closed";
        m.closed_at = now;
        m.deadline.reset();
        m.merged_into_id = into->id;
        m.updated_at = now;
        if (!store::update_report(c, m)) return 0;
        store::EventRow e;
        e.report_id = m.id;
        e.at = now;
        e.actor_id = desk.account.id;
        e.actor_role = "dispatcher";
        e.actor_unit_id = desk.account.unit_id;
        e.action = "merge";
        e.from_status = from;
        e.to_status = m.status;
        e.note = "Phản ánh trùng nội dung với phản ánh " + into->code + " đang được xử lý; gộp để xử lý chung.";
        e.payload = json_text({{"duplicate_of", into->code}});
        store::insert_event(c, e);
        carry_over(c, m, *into, desk.principal(), now);
        return 0;
    });
}

}  // namespace

// ---------------------------------------------------------------- entry points
SeedResult seed_reports(store::Database& db, AuthService& auth, CalendarService& calendar, UnixSeconds now,
                        const SeedOptions& options, const std::function<void(int, int)>& progress) {
    const auto started = std::chrono::steady_clock::now();
    SeedOptions o = options;
    o.reports = std::max(0, o.reports);
    o.months = std::clamp(o.months, 1, 60);
    const auto outbox_before = db.read([](Connection& c) { return store::last_message_id(c); });

    People people = make_people(db, auth, now, o);
    const Shapes shapes = load_shapes(db);
    const auto cal = calendar.current();
    const PlanContext ctx = make_context(db, o, people, *cal, shapes, now);
    const auto times = submission_times(o, now);

    // Older reports by the fast path, the most recent through the services.
    std::int64_t services_seconds = 0;
    if (o.fast)
        services_seconds = *o.fast ? 0 : std::numeric_limits<std::int64_t>::max() / 2;
    else if (o.services_days)
        services_seconds = static_cast<std::int64_t>(std::max(0, *o.services_days)) * 86400;
    else
        services_seconds = o.reports > kFastSeedThreshold ? 0 : std::numeric_limits<std::int64_t>::max() / 2;
    const auto split = static_cast<int>(
        std::lower_bound(times.begin(), times.end(),
                         services_seconds >= now ? std::numeric_limits<std::int64_t>::min() : now - services_seconds) -
        times.begin());

    SeedResult result;
    if (split > 0) {
        result = run_fast(db, calendar, people, ctx, times, 0, split, o, progress);
        result.written_fast = result.reports;
        // One checkpoint now instead of many small ones during the run.
        store::checkpoint(db.path());
    }
    if (split < static_cast<int>(times.size())) {
        std::vector<Plan> plans;
        plans.reserve(times.size() - static_cast<std::size_t>(split));
        for (std::size_t i = static_cast<std::size_t>(split); i < times.size(); ++i)
            plans.push_back(plan_report(ctx, mix(o.seed, static_cast<std::uint64_t>(i) + 1), times[i]));
        const auto slow = run_through_services(db, calendar, people, plans, o, progress);
        result.reports += slow.reports;
        result.steps += slow.steps;
        result.refused += slow.refused;
        result.through_services = slow.reports;
    }
    seed_followers(db, people, o.seed, now);
    // Demo people have made-up phone numbers: nothing queued for them may
    // ever reach an SMS gateway.
    db.write([&](Connection& c) { store::fail_pending_after(c, outbox_before, "demo data: not sent"); },
             store::Durability::normal);
    result.citizens = people.created_citizens;
    result.officers = people.created_officers;
    result.accounts = std::move(people.shown);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

// ---------------------------------------------------------------- announcements
int seed_announcements(store::Database& db, UnixSeconds now) {
    struct Item {
        std::string_view kind, title, summary, body;
        int days_ago;
        bool published;
    };
    // clang-format off
    static const Item kItems[] = {
        {"policy", "Hướng dẫn gửi phản ánh, kiến nghị qua hệ thống PAKN tỉnh Khánh Hòa",
         "Người dân, doanh nghiệp có thể gửi phản ánh qua website, ứng dụng di động, tổng đài 1900 1023 hoặc thư điện tử.",
         "Từ ngày 01/7/2025, hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh Khánh Hòa phục vụ người dân, doanh nghiệp trên địa bàn 65 xã, phường, đặc khu.\n\nCác kênh tiếp nhận: cổng thông tin PAKN, ứng dụng trên điện thoại, ki-ốt tại Trung tâm phục vụ hành chính công, tổng đài 1900 1023 và thư điện tử pakn@khanhhoa.gov.vn.\n\nMỗi phản ánh được cấp mã tra cứu để theo dõi tiến độ xử lý; kết quả được gửi qua tin nhắn và công khai trên hệ thống khi người gửi đồng ý.",
         40, true},
        {"policy", "Thời hạn xử lý phản ánh về sự cố hạ tầng đô thị",
         "Sự cố hạ tầng đô thị (giao thông, cấp thoát nước, điện, viễn thông, môi trường) được xử lý trong 3 ngày làm việc.",
         "Trung tâm phân loại và chuyển xử lý trong 8 giờ làm việc kể từ khi nhận phản ánh. Các đơn vị bắt đầu xử lý trong 8 giờ làm việc kể từ khi được giao.\n\nPhản ánh về sự cố hạ tầng đô thị được giải quyết trong 3 ngày làm việc; trường hợp khẩn cấp trong 4 giờ làm việc; các phản ánh khác trong 7 ngày làm việc, phức tạp không quá 15 ngày làm việc.",
         25, true},
        {"tourism", "Lễ hội Biển Nha Trang – Khánh Hòa: thông tin cho du khách",
         "Chuỗi hoạt động văn hóa, thể thao biển diễn ra tại quảng trường 2 Tháng 4 và dọc đường Trần Phú.",
         "Trong thời gian diễn ra lễ hội, một số tuyến đường trung tâm Nha Trang được phân luồng giao thông. Du khách gặp tình trạng chèo kéo, nâng giá dịch vụ có thể phản ánh ngay qua hệ thống PAKN hoặc tổng đài 1900 1023 để được xử lý kịp thời.",
         12, true},
        {"event", "Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh trước mùa mưa bão",
         "Các xã, phường đồng loạt ra quân nạo vét cống thoát nước, thu gom rác thải tồn đọng.",
         "Nhằm chủ động phòng chống ngập úng trong mùa mưa bão, UBND các xã, phường phối hợp Công ty Cổ phần Môi trường đô thị Nha Trang và Công ty Cổ phần Cấp thoát nước Khánh Hòa tổ chức ra quân tổng vệ sinh môi trường. Người dân phát hiện điểm ngập, cống tắc vui lòng phản ánh kèm hình ảnh và vị trí trên bản đồ.",
         6, true},
        {"notice", "Lịch nghỉ Tết Nguyên Đán và bố trí trực tiếp nhận phản ánh",
         "Trong những ngày nghỉ Tết, tổng đài 1900 1023 vẫn hoạt động; thời hạn xử lý tính theo ngày làm việc.",
         "Các phản ánh gửi trong thời gian nghỉ Tết được tiếp nhận và xử lý từ ngày làm việc đầu tiên sau Tết. Trường hợp khẩn cấp về an toàn, sự cố điện, nước, người dân gọi tổng đài 1900 1023 để được chuyển ngay đến đơn vị trực.",
         2, true},
        {"notice", "Bảo trì hệ thống (bản nháp)", "Thông báo lịch bảo trì hệ thống.",
         "Hệ thống sẽ tạm dừng để bảo trì, nâng cấp. Thời gian cụ thể sẽ được thông báo sau.", 0, false},
    };
    // clang-format on
    return db.write([&](Connection& c) {
        if (store::count_announcements(c) > 0) return 0;
        int added = 0;
        for (const auto& item : kItems) {
            store::AnnouncementRow a;
            a.title = std::string(item.title);
            a.summary = std::string(item.summary);
            a.body = std::string(item.body);
            a.kind = std::string(item.kind);
            a.published = item.published;
            // Written in the morning of that day, published an hour later.
            const UnixSeconds day = start_of_day(local_date(now - item.days_ago * 86400));
            a.created_at = a.updated_at = std::min(now, day + 8 * 3600);
            if (item.published) a.published_at = std::min(now, day + 9 * 3600);
            store::insert_announcement(c, a);
            ++added;
        }
        return added;
    });
}

// ---------------------------------------------------------------- answer templates
int seed_answer_templates(store::Database& db, UnixSeconds now) {
    struct Item {
        std::string_view unit;      // "" = province-wide
        std::string_view category;  // "" = every category
        std::string_view title, body;
    };
    // clang-format off
    static const Item kItems[] = {
        {"", "", "Cảm ơn và thông báo kết quả",
         "Kính gửi ông/bà {nguoi_phan_anh},\n\nCảm ơn ông/bà đã gửi phản ánh, kiến nghị (mã hồ sơ {ma_ho_so}) đến hệ thống PAKN tỉnh Khánh Hòa. Sau khi tiếp nhận, {don_vi} đã kiểm tra và xử lý như sau:\n\n- ...\n\nTrân trọng cảm ơn sự quan tâm, đồng hành của ông/bà.\nKhánh Hòa, ngày {ngay}."},
        {"", "", "Không thuộc thẩm quyền – hướng dẫn nơi giải quyết",
         "Kính gửi ông/bà {nguoi_phan_anh},\n\nNội dung phản ánh mã {ma_ho_so} không thuộc thẩm quyền giải quyết của {don_vi}. Đề nghị ông/bà liên hệ ... để được hướng dẫn, giải quyết theo quy định.\n\nTrân trọng."},
        {"", "", "Đã xác minh, chưa phát hiện vi phạm",
         "Ngày {ngay}, {don_vi} đã cử cán bộ kiểm tra thực tế theo nội dung phản ánh \"{tieu_de}\". Qua kiểm tra, chưa phát hiện vi phạm như nội dung phản ánh. Đơn vị sẽ tiếp tục theo dõi; nếu phát hiện vi phạm, đề nghị ông/bà phản ánh kèm hình ảnh, thời gian cụ thể để được xử lý kịp thời."},
        {"SO-XD", "xay_dung", "Xây dựng không phép – đã lập biên bản",
         "Ngày {ngay}, Sở Xây dựng phối hợp UBND xã, phường kiểm tra công trình theo phản ánh mã {ma_ho_so}. Công trình chưa có giấy phép xây dựng; đoàn kiểm tra đã lập biên bản, yêu cầu chủ đầu tư dừng thi công và chuyển hồ sơ để xử phạt vi phạm hành chính theo quy định."},
        {"SO-XD", "su_co_giao_thong", "Đã sửa chữa mặt đường hư hỏng",
         "Sở Xây dựng đã chỉ đạo đơn vị quản lý đường bộ vá ổ gà, thảm lại mặt đường và đặt biển cảnh báo tại vị trí phản ánh (mã {ma_ho_so}). Việc sửa chữa hoàn thành ngày {ngay}. Cảm ơn ông/bà {nguoi_phan_anh} đã phản ánh."},
        {"CT-NUOC", "su_co_cap_thoat_nuoc", "Đã khắc phục sự cố rò rỉ đường ống",
         "Công ty Cổ phần Cấp thoát nước Khánh Hòa đã cử đội sửa chữa đến hiện trường, thay đoạn ống bị vỡ và hoàn trả mặt bằng. Nước đã được cấp lại bình thường từ ngày {ngay}. Mọi thắc mắc xin liên hệ tổng đài chăm sóc khách hàng của Công ty."},
    };
    // clang-format on
    return db.write([&](Connection& c) {
        if (store::count_answer_templates(c) > 0) return 0;
        int added = 0;
        for (const auto& item : kItems) {
            store::AnswerTemplateRow t;
            if (!item.unit.empty()) {
                const auto unit = store::find_unit_by_code(c, std::string(item.unit));
                if (!unit) continue;  // a database whose units were renamed
                t.unit_id = unit->id;
            }
            if (!item.category.empty()) {
                if (!store::find_category(c, std::string(item.category))) continue;
                t.category_code = std::string(item.category);
            }
            t.title = std::string(item.title);
            t.body = std::string(item.body);
            t.created_at = t.updated_at = now;
            store::insert_answer_template(c, t);
            ++added;
        }
        return added;
    });
}

// ---------------------------------------------------------------- files
std::string find_demo_geojson(const std::vector<std::string>& start_dirs) {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("PAKN_DEMO_GEOJSON"); env && *env) return fs::exists(env) ? env : "";
    for (const auto& start : start_dirs) {
        if (start.empty()) continue;
        std::error_code ec;
        fs::path dir = fs::weakly_canonical(fs::path(start), ec);
        if (ec) continue;
        for (int depth = 0; depth < 8 && !dir.empty(); ++depth) {
            const fs::path candidate = dir.parent_path() / "shared" / "data" / "khanh-hoa-communes-2025.geojson";
            if (fs::exists(candidate, ec)) return candidate.string();
            if (dir == dir.parent_path()) break;
            dir = dir.parent_path();
        }
    }
    return "";
}

}  // namespace pakn::server::services
