// The knowledge base a new installation starts with, written from the
// province's guide (../shared/seed) and this system's own rules (password,
// SMS code, attachments, working hours, rating window). The admin edits it
// afterwards; tests/shared/test_assistant.cpp holds the questions each entry
// must answer.
#include "pakn/assistant.h"

namespace pakn {
namespace {

struct SeedText {
    std::string_view question;
    std::string_view phrasings;
    std::string_view answer;
    std::string_view link;
};

// Ids are positions + 1: the retrieval table refers to them.
constexpr SeedText kEntries[] = {
    {"Trợ lý ảo giúp được gì?",
     "xin chào\nchào bạn\nbạn là ai\ncần giúp đỡ\nhỗ trợ tôi với",
     "Xin chào! Tôi là trợ lý ảo của Hệ thống phản ánh, kiến nghị tỉnh Khánh Hòa. Bạn có thể hỏi tôi cách đăng ký, "
     "đăng nhập, gửi phản ánh, theo dõi kết quả, hoặc gõ mã tra cứu (ví dụ PAKN-2026-000123) để xem trạng thái hồ sơ.",
     ""},
    {"Làm sao để đăng ký tài khoản?",
     "tạo tài khoản mới\nmở tài khoản\nlập tài khoản\nđăng ký tài khoản cho doanh nghiệp\nđăng ký cá nhân",
     "Bấm “Đăng nhập”, chọn “Đăng ký”, rồi chọn tài khoản cá nhân hoặc tổ chức, doanh nghiệp. Điền các ô có dấu (*), "
     "sau đó nhập mã xác thực 6 chữ số được gửi qua tin nhắn SMS đến số điện thoại bạn khai báo.",
     "/dang-ky"},
    {"Tên đăng nhập của tôi là gì?",
     "dùng gì để đăng nhập\ntài khoản đăng nhập là số nào\nđăng nhập bằng số căn cước\nusername",
     "Với tài khoản cá nhân, tên đăng nhập là số căn cước công dân (CCCD) hoặc CMND đã đăng ký. Với tổ chức, doanh "
     "nghiệp, tên đăng nhập là mã số doanh nghiệp hoặc số quyết định thành lập.",
     "/dang-nhap"},
    {"Làm sao để đăng nhập?",
     "cách đăng nhập\nhướng dẫn đăng nhập\nkhông đăng nhập được\nđăng nhập bị lỗi\nvào tài khoản\nbị khóa tài khoản",
     "Bấm “Đăng nhập”, chọn thẻ “Cá nhân, doanh nghiệp”, nhập tên đăng nhập, mật khẩu và kết quả phép tính xác thực. "
     "Nhập sai mật khẩu nhiều lần, tài khoản tạm bị khóa ít phút để bảo vệ bạn; hãy chờ rồi thử lại hoặc đặt lại mật "
     "khẩu.",
     "/dang-nhap"},
    {"Tôi quên mật khẩu thì phải làm gì?",
     "lấy lại mật khẩu\nkhông nhớ mật khẩu\nđặt lại mật khẩu\nmất mật khẩu",
     "Trên trang đăng nhập, bấm “Quên mật khẩu?”, nhập tên đăng nhập và số điện thoại đã đăng ký để nhận mã qua SMS, "
     "rồi đặt mật khẩu mới.",
     "/quen-mat-khau"},
    {"Mật khẩu cần có những gì?",
     "đổi mật khẩu\nmật khẩu mấy ký tự\nmật khẩu không hợp lệ\nthay mật khẩu",
     "Mật khẩu có ít nhất 6 ký tự, gồm cả chữ và số, và không phải mật khẩu quá phổ biến như “123456a”. Để đổi mật "
     "khẩu, vào “Tài khoản”, chọn “Đổi mật khẩu”.",
     "/doi-mat-khau"},
    {"Tôi không nhận được mã xác thực qua SMS?",
     "mã xác thực\nchưa nhận được tin nhắn\ngửi lại mã\nmã hết hạn\nnhập mã sai",
     "Mã xác thực gồm 6 chữ số và có hiệu lực trong 5 phút. Hãy kiểm tra số điện thoại đã nhập, chờ khoảng một phút "
     "rồi bấm “Gửi lại mã”. Nếu vẫn không nhận được, gọi tổng đài 1900 1023.",
     "/xac-thuc-otp"},
    {"Làm sao để gửi phản ánh, kiến nghị?",
     "cách gửi phản ánh\nnộp kiến nghị\nbáo sự cố\ngửi phản ánh ở đâu\nviết phản ánh",
     "Bấm “Gửi phản ánh” trên thanh điều hướng, nhập tiêu đề, nội dung, địa điểm (địa chỉ và xã, phường; có thể đánh "
     "dấu trên bản đồ), đính kèm ảnh nếu có, rồi bấm “GỬI”. Hãy ghi lại mã tra cứu được cấp để theo dõi.",
     "/gui-phan-anh"},
    {"Có cần tài khoản để gửi phản ánh không?",
     "gửi phản ánh không cần đăng nhập\nkhông có tài khoản có gửi được không\ngửi ẩn danh\ngiấu tên",
     "Trên web và ứng dụng, bạn cần đăng nhập để gửi, để nhận được thông báo kết quả và đánh giá câu trả lời. Nếu không "
     "có tài khoản, hãy gọi tổng đài 1900 1023 hoặc gửi thư đến pakn@khanhhoa.gov.vn, cán bộ sẽ tiếp nhận thay bạn. "
     "Họ tên, số điện thoại của bạn không được công khai.",
     "/dang-ky"},
    {"Tôi có thể đính kèm ảnh, video không?",
     "đính kèm tệp\ngửi hình ảnh\ntải ảnh lên\ndung lượng tệp\nquay video\ngửi kèm tài liệu",
     "Mỗi phản ánh đính kèm được tối đa 5 tệp: ảnh (JPG, PNG, WEBP, HEIC) và tài liệu (PDF, Word, Excel) đến 20 MB, "
     "video (MP4, MOV) đến 100 MB.",
     "/gui-phan-anh"},
    {"Làm sao lưu bản nháp hoặc sửa phản ánh đã gửi?",
     "lưu nháp\ngửi sau\nsửa phản ánh\nchỉnh sửa nội dung đã gửi\nrút phản ánh",
     "Bấm “LƯU” để lưu bản nháp và gửi sau, trong “Phản ánh, kiến nghị của tôi”. Phản ánh đã gửi còn sửa được cho đến "
     "khi được tiếp nhận; sau đó, hãy bổ sung khi cán bộ yêu cầu.",
     "/phan-anh-cua-toi"},
    {"Làm sao theo dõi phản ánh đã gửi?",
     "tra cứu hồ sơ\nmã tra cứu\nkiểm tra trạng thái\nphản ánh của tôi đến đâu rồi\nxem kết quả xử lý\ntheo dõi tiến độ",
     "Vào “Phản ánh, kiến nghị của tôi” để xem trạng thái, thời hạn và diễn biến xử lý. Không cần đăng nhập, bạn vẫn "
     "tra cứu được bằng mã tra cứu, hoặc gõ mã đó ngay tại đây (ví dụ PAKN-2026-000123).",
     "/tra-cuu"},
    {"Bao lâu thì phản ánh được trả lời?",
     "thời gian xử lý\nmấy ngày có kết quả\nhạn xử lý\nquá hạn\nchậm trả lời\nlâu quá chưa có kết quả",
     "Mỗi lĩnh vực có thời hạn xử lý riêng, tính theo ngày làm việc kể từ khi phản ánh được tiếp nhận; thời hạn hiện "
     "trong trang theo dõi phản ánh. Khi sắp đến hạn hoặc quá hạn, hệ thống nhắc đơn vị xử lý. Cần hỏi thêm, gọi tổng "
     "đài 1900 1023.",
     "/phan-anh-cua-toi"},
    {"Làm sao đánh giá kết quả xử lý?",
     "đánh giá mức độ hài lòng\nkhông hài lòng với câu trả lời\nchấm điểm câu trả lời\nđề nghị xem xét lại",
     "Khi có kết quả, mở phản ánh và chọn mức độ hài lòng trong vòng 30 ngày. Nếu không hài lòng, bạn có thể nêu lý do "
     "và đề nghị xem xét lại.",
     "/phan-anh-cua-toi"},
    {"Làm sao nhận thông báo kết quả?",
     "nhận tin nhắn kết quả\nthông báo qua SMS\nnhận tin theo khu vực\nđăng ký nhận tin",
     "Bạn nhận thông báo trong mục “Thông báo” và tin nhắn SMS khi có kết quả hoặc khi cán bộ cần bổ sung thông tin. "
     "Muốn biết các câu trả lời mới ở xã, phường của mình, vào “Tài khoản”, chọn “Nhận tin theo khu vực”.",
     "/tai-khoan/nhan-tin"},
    {"Có ứng dụng trên điện thoại không?",
     "tải ứng dụng\nứng dụng di động\nquét mã QR\ncài đặt ứng dụng\nAndroid\niPhone",
     "Có: ứng dụng “PAKN Khánh Hòa”. Quét mã QR ở trang chủ bằng điện thoại để mở, rồi chọn “Thêm vào màn hình chính” "
     "để dùng như một ứng dụng.",
     "/"},
    {"Số tổng đài hỗ trợ là gì?",
     "số điện thoại liên hệ\ngọi điện hỗ trợ\nthư điện tử liên hệ\ngặp cán bộ\nnói chuyện với người",
     "Tổng đài 1900 1023 (trong giờ làm việc) và thư điện tử pakn@khanhhoa.gov.vn.",
     "/gioi-thieu"},
    {"Giờ làm việc là khi nào?",
     "giờ hành chính\nlàm việc thứ bảy không\nngày nghỉ lễ\nmấy giờ mở cửa",
     "Thứ Hai đến Thứ Sáu, sáng 7 giờ đến 11 giờ 30, chiều 13 giờ 30 đến 17 giờ, trừ ngày lễ, Tết. Phản ánh gửi ngoài giờ "
     "vẫn được nhận và được xử lý từ ngày làm việc tiếp theo.",
     ""},
    {"Hệ thống không tiếp nhận những nội dung nào?",
     "khiếu nại tố cáo\nkhởi kiện\ntranh chấp đất đai\nđơn thư khiếu nại\nnộp hồ sơ thủ tục hành chính\ntrường hợp khẩn cấp",
     "Hệ thống tiếp nhận phản ánh, kiến nghị về kinh tế - xã hội. Khiếu nại, tố cáo gửi đến Ban Tiếp công dân tỉnh theo "
     "Luật Khiếu nại, Luật Tố cáo; thủ tục hành chính làm tại Cổng dịch vụ công hoặc Bộ phận một cửa; việc khẩn cấp "
     "gọi 113 (công an), 114 (cứu hỏa), 115 (cấp cứu).",
     "/gioi-thieu"},
    {"Hệ thống tiếp nhận phản ánh về những lĩnh vực nào?",
     "phản ánh được những gì\nlĩnh vực tiếp nhận\nhạ tầng đô thị\nổ gà mất điện mất nước\nrác thải ô nhiễm",
     "Du lịch, giao thông vận tải, xây dựng, tài nguyên và môi trường, y tế, giáo dục, văn hóa, nông nghiệp, tư pháp, "
     "thông tin và truyền thông… và sự cố hạ tầng đô thị: giao thông, cấp thoát nước, môi trường đô thị, viễn thông, "
     "điện lực.",
     "/gui-phan-anh"},
    {"Thông tin cá nhân của tôi có bị công khai không?",
     "bảo mật thông tin\nlộ thông tin\nẩn số điện thoại\ncông khai phản ánh\ngiữ bí mật",
     "Không. Chỉ nội dung phản ánh và câu trả lời được công khai, sau khi trung tâm xem lại; họ tên, số điện thoại, số "
     "giấy tờ và biển số xe được che.",
     "/cong-khai"},
    {"Làm sao sửa thông tin tài khoản?",
     "đổi số điện thoại\ncập nhật thông tin cá nhân\nsửa họ tên\nxóa tài khoản",
     "Vào “Tài khoản”, chọn “Chỉnh sửa” để sửa họ tên, địa chỉ, số điện thoại (số mới được xác thực bằng mã SMS). Cũng "
     "tại đó, bạn có thể xóa tài khoản.",
     "/tai-khoan/chinh-sua"},
    {"Xem các phản ánh đã được trả lời ở đâu?",
     "phản ánh công khai\nbản đồ phản ánh\nthống kê\nkết quả của người khác",
     "Mục “Công khai” liệt kê các phản ánh đã có câu trả lời; “Bản đồ” và “Thống kê” cho thấy tình hình theo xã, "
     "phường và theo đơn vị.",
     "/cong-khai"},
};

constexpr std::string_view kSynonyms[] = {
    "ổ gà, hố, ổ voi",
    "CCCD, căn cước, căn cước công dân, CMND, chứng minh nhân dân, chứng minh thư",
    "OTP, mã xác thực, mã xác nhận, mã SMS",
    "mật khẩu, pass, password, mk",
    "ứng dụng, app, phần mềm",
    "tổng đài, hotline, đường dây nóng",
    "đăng ký, đăng kí",
    "tệp, file, tập tin",
};

}  // namespace

std::span<const KnowledgeEntry> seed_knowledge() {
    static const std::vector<KnowledgeEntry> entries = [] {
        std::vector<KnowledgeEntry> out;
        std::int64_t id = 0;
        for (const auto& s : kEntries)
            out.push_back({++id, std::string(s.question), std::string(s.phrasings), std::string(s.answer),
                           std::string(s.link), true, 0});
        return out;
    }();
    return entries;
}

std::span<const SynonymGroup> seed_synonyms() {
    static const std::vector<SynonymGroup> groups = [] {
        std::vector<SynonymGroup> out;
        std::int64_t id = 0;
        for (auto s : kSynonyms)
            out.push_back({++id, std::string(s)});
        return out;
    }();
    return groups;
}

}  // namespace pakn
