// pakn/redaction.h: personal data found in report text, and its redaction
// before publishing.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/redaction.h"
#include "pakn/text.h"

using namespace pakn;

namespace {

using K = PersonalDataKind;

struct Expected {
    K kind;
    std::string_view text;  // the exact bytes of the finding
};

// Findings as (kind, text) so a failure prints what was found.
std::vector<std::string> describe(std::string_view text, const std::vector<PersonalDataSpan>& spans) {
    std::vector<std::string> out;
    for (const PersonalDataSpan& s : spans)
        out.push_back(std::string(personal_data_kind_name(s.kind)) + ":" +
                      std::string(text.substr(s.begin, s.end - s.begin)));
    return out;
}

std::vector<std::string> describe(const std::vector<Expected>& expected) {
    std::vector<std::string> out;
    for (const Expected& e : expected)
        out.push_back(std::string(personal_data_kind_name(e.kind)) + ":" + std::string(e.text));
    return out;
}

// A small deterministic generator (the same sequence natively and in wasm).
struct XorShift {
    std::uint64_t state;
    std::uint32_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return static_cast<std::uint32_t>(state >> 16);
    }
    std::size_t below(std::size_t n) { return next() % n; }
};

}  // namespace

TEST_CASE("find_personal_data: what a report's text holds") {
    struct Row {
        std::string_view name;
        std::string_view text;
        std::vector<Expected> expected;
    };
    // name | report text | findings in order (kind, exact text)
    const Row rows[] = {
        // phones
        {"mobile, plain", "Liên hệ anh Tùng 0905123456 để xác minh.", {{K::phone, "0905123456"}}},
        {"mobile, spaces",
         "Chủ quán là chị Lan, SĐT 0905 123 456, hay mở loa lúc nửa đêm.",
         {{K::phone, "0905 123 456"}}},
        {"mobile, dots", "Gọi số 0905.123.456 mà không ai nghe máy.", {{K::phone, "0905.123.456"}}},
        {"mobile, dashes", "Hotline của nhà xe: 0336-132-396.", {{K::phone, "0336-132-396"}}},
        {"mobile, 3-3-4 groups", "Số của tổ trưởng: 090 512 3456", {{K::phone, "090 512 3456"}}},
        {"+84 form", "Người bán hàng rong (+84 905 123 456) đậu xe trên vỉa hè.", {{K::phone, "+84 905 123 456"}}},
        {"+84 glued", "Zalo: +84905123456", {{K::phone, "+84905123456"}}},
        {"84 without the plus", "Zalo 84905123456 của chủ xe", {{K::phone, "84905123456"}}},
        {"letters glued before", "sđt0912345678 của chủ nhà", {{K::phone, "0912345678"}}},
        {"two phones with a slash", "ĐT: 0905123456/0912345678", {{K::phone, "0905123456"}, {K::phone, "0912345678"}}},
        {"two phones with a comma",
         "Gọi 0905123456, 0912345678 đều không được.",
         {{K::phone, "0905123456"}, {K::phone, "0912345678"}}},
        {"landline", "Tổng đài phường: 0258 3822 123", {{K::phone, "0258 3822 123"}}},
        {"at the very end", "0987654321", {{K::phone, "0987654321"}}},
        // ID numbers
        {"CCCD", "Ông Nguyễn Văn A, CCCD số 056191653264, lấn chiếm vỉa hè.", {{K::id_number, "056191653264"}}},
        {"CCCD after a colon", "CCCD:079203000123.", {{K::id_number, "079203000123"}}},
        {"CMND", "Bà Trần Thị B (CMND 225123456) xả rác ra đường.", {{K::id_number, "225123456"}}},
        {"CCCD in groups of three", "CCCD: 056 191 653 264 cấp tại Khánh Hòa", {{K::id_number, "056 191 653 264"}}},
        {"CCCD in groups of four with dots", "Số 0561.9165.3264.", {{K::id_number, "0561.9165.3264"}}},
        // e-mail
        {"e-mail", "Gửi bằng chứng tới nguyen.van.a@gmail.com nhé.", {{K::email, "nguyen.van.a@gmail.com"}}},
        {"e-mail ends the sentence",
         "Liên hệ: tung_le+pakn@ubnd.khanhhoa.gov.vn.",
         {{K::email, "tung_le+pakn@ubnd.khanhhoa.gov.vn"}}},
        {"e-mail made of a phone", "Email 0905123456@gmail.com", {{K::email, "0905123456@gmail.com"}}},
        {"e-mail inside Vietnamese words", "địachỉ:abc@yahoo.com.vn,cảmơn", {{K::email, "abc@yahoo.com.vn"}}},
        // plates
        {"car plate", "Xe ô tô biển số 79A-123.45 đỗ chắn lối đi.", {{K::plate, "79A-123.45"}}},
        {"car plate glued", "Biển kiểm soát 79A12345 chạy quá tốc độ.", {{K::plate, "79A12345"}}},
        {"motorbike plate", "Xe máy 51F1-234.56 vượt đèn đỏ.", {{K::plate, "51F1-234.56"}}},
        {"motorbike, province dash", "Xe 79-B1 123.45 chở hàng cồng kềnh.", {{K::plate, "79-B1 123.45"}}},
        {"old four-digit plate", "Xe tải 51C-1234 đổ trộm phế thải.", {{K::plate, "51C-1234"}}},
        {"two-letter series", "Xe 30LD-123.45 dừng đón khách sai quy định.", {{K::plate, "30LD-123.45"}}},
        {"plate in lower case", "biển 79a-123.45", {{K::plate, "79a-123.45"}}},
        // all together, in order
        {"everything in one report",
         "Hàng xóm tên Hùng (0905 123 456, CCCD 056191653264, hung.tran@gmail.com) đậu xe 79A-123.45 trước cổng.",
         {{K::phone, "0905 123 456"},
          {K::id_number, "056191653264"},
          {K::email, "hung.tran@gmail.com"},
          {K::plate, "79A-123.45"}}},
        // negatives: numbers that are not personal data
        {"date", "Sự việc xảy ra ngày 17/11/2026 lúc 21 giờ.", {}},
        {"date with dashes", "Từ 17-11-2026 đến 20-11-2026 không có điện.", {}},
        {"amount with dots", "Phạt 1.500.000 đồng nhưng không có biên lai.", {}},
        {"amount of ten digits with dots", "Tổng thiệt hại 1.250.000.000 đồng.", {}},
        {"nine-digit amount in đồng", "Thu 150000000 đồng tiền đền bù.", {}},
        {"nine-digit amount with đ", "Giá 150000000đ", {}},
        {"nine-digit amount in VND", "Hỗ trợ 250000000 VND", {}},
        {"house number", "Nhà số 12 Trần Phú, phường Lộc Thọ bị ngập.", {}},
        {"tracking code", "Phản ánh PAKN-2026-000123 chưa được xử lý.", {}},
        {"year", "Năm 2026 con đường này vẫn chưa sửa.", {}},
        {"street and year", "Đường 23B năm 2026 vẫn lầy lội; đường 23B 2026 cũng vậy.", {}},
        {"national road", "Quốc lộ 1A đoạn Km 1445+200 có ổ gà.", {}},
        {"time", "Từ 22h30 đến 5h sáng vẫn còn hát karaoke.", {}},
        {"decimal", "Mực nước dâng 0,5 m, có chỗ 0.75 m.", {}},
        {"eleven digits, not a phone", "Mã hồ sơ 09051234567 bị trùng.", {}},
        {"12 digits without a province", "Số hợp đồng 999191653264", {}},
        {"CCCD-length number inside a longer one", "Tài khoản 1056191653264 nhận tiền.", {}},
        {"decision number", "Theo Quyết định 45/2019/QĐ-UBND ngày 12/3/2019.", {}},
        {"unknown mobile prefix", "Gọi 0123456789 không được.", {}},
        {"lone at sign", "Gặp nhau @ quán cà phê, email: không có.", {}},
        {"plus without 84", "Chi phí +849 triệu", {}},
        {"84 with a space is a count", "Có 84 905 hộ dân bị ảnh hưởng", {}},
        {"84 inside a longer number", "Mã 1849051234567", {}},
        {"grouped money is not a CMND", "Đền bù 150 000 000 cho 12 hộ.", {}},
        {"grouped twelve digits without a province", "Mã số 999 191 653 264", {}},
        {"grouped CCCD inside a longer number", "Số 056 191 653 2645 sai.", {}},
        {"empty text", "", {}},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        INFO(r.text);
        CHECK(describe(r.text, find_personal_data(r.text)) == describe(r.expected));
    }
}

TEST_CASE("redact replaces each finding by the mask and keeps the rest") {
    struct Row {
        std::string_view name, text, redacted;
    };
    // name | text | redact_personal_data(text)
    const Row rows[] = {
        {"phone in a sentence", "Gọi chị Lan 0905 123 456 nhé.", "Gọi chị Lan [đã ẩn] nhé."},
        {"everything", "Anh Hùng (0905123456, 056191653264, hung@gmail.com, 79A-123.45).",
         "Anh Hùng ([đã ẩn], [đã ẩn], [đã ẩn], [đã ẩn])."},
        {"nothing to hide", "Đường Trần Phú ngập 0,5 m từ 17/11/2026.", "Đường Trần Phú ngập 0,5 m từ 17/11/2026."},
        {"only a finding", "0905123456", "[đã ẩn]"},
        {"empty", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(redact_personal_data(r.text) == r.redacted);
    }
}

TEST_CASE("redact ignores spans it cannot apply") {
    const std::string text = "abc 0905123456 xyz";
    const std::vector<PersonalDataSpan> spans = {
        {K::phone, 4, 14},   // applied
        {K::phone, 10, 16},  // overlaps the one before
        {K::email, 17, 40},  // runs past the end
        {K::plate, 16, 16},  // empty
    };
    CHECK(redact(text, spans) == "abc [đã ẩn] xyz");
}

TEST_CASE("count_by_kind and the kinds' names") {
    const std::string text = "0905123456, 0912345678, a@b.vn, 79A12345";
    const auto counts = count_by_kind(find_personal_data(text));
    CHECK(counts[static_cast<std::size_t>(K::phone)] == 2);
    CHECK(counts[static_cast<std::size_t>(K::id_number)] == 0);
    CHECK(counts[static_cast<std::size_t>(K::email)] == 1);
    CHECK(counts[static_cast<std::size_t>(K::plate)] == 1);
    CHECK(personal_data_kind_name(K::phone) == "phone");
    CHECK(personal_data_kind_name(K::id_number) == "id_number");
    CHECK(personal_data_kind_name(K::email) == "email");
    CHECK(personal_data_kind_name(K::plate) == "plate");
    CHECK(personal_data_kind_label(K::id_number) == "Số CCCD/CMND");
    CHECK(personal_data_kind_label(K::plate) == "Biển số xe");
    // The audit's words: the kinds found, counted; nothing found said so.
    CHECK(personal_data_counts_text(find_personal_data(text)) == "2 số điện thoại, 1 thư điện tử, 1 biển số xe");
    CHECK(personal_data_counts_text({}) == "không có");
}

TEST_CASE("find_personal_data on random text: spans sorted, apart, inside, on character boundaries") {
    // Pieces that make findings and near-findings likely, mixed with
    // multi-byte Vietnamese letters and random ASCII.
    const std::string_view pieces[] = {
        "0", "9",    "5", "84", "+84", "+",  "0905",      "123", "456", "056191653264", "225123456",
        "@", ".",    "-", " ",  "/",   ",",  "gmail.com", "a",   "A",   "B1",           "79",
        "đ", "đồng", "ấ", "Ư",  "ỹ",   "\n", "[đã ẩn]",   "VND", "e",
    };
    XorShift rng{0x9E3779B97F4A7C15ull};
    int findings = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t n = rng.below(40);
        for (std::size_t k = 0; k < n; ++k) {
            if (rng.below(4) == 0)
                text += static_cast<char>(0x20 + rng.below(0x5F));
            else
                text += pieces[rng.below(std::size(pieces))];
        }
        REQUIRE(is_valid_utf8(text));
        const std::vector<PersonalDataSpan> spans = find_personal_data(text);
        findings += static_cast<int>(spans.size());
        std::size_t last_end = 0;
        for (const PersonalDataSpan& s : spans) {
            INFO(text);
            CHECK(s.begin >= last_end);
            CHECK(s.begin < s.end);
            CHECK(s.end <= text.size());
            // Neither end cuts a UTF-8 sequence: the byte there is not a continuation byte.
            CHECK((s.begin == text.size() || (static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80));
            CHECK((s.end == text.size() || (static_cast<unsigned char>(text[s.end]) & 0xC0) != 0x80));
            last_end = s.end;
        }
        const std::string redacted = redact(text, spans);
        CHECK(is_valid_utf8(redacted));
        std::size_t hidden = 0;
        for (const PersonalDataSpan& s : spans)
            hidden += s.end - s.begin;
        CHECK(redacted.size() == text.size() - hidden + spans.size() * kRedactionMask.size());
    }
    // The generator really produced findings, so the checks above were exercised.
    CHECK(findings > 100);
}
