// pakn/assistant.h: the help assistant's retrieval quality over the seeded
// knowledge base (a table of questions as people type them -> the entry
// that answers), its honesty when nothing fits, synonyms, the two intents
// (tracking code, start a report), the admin's form rules and the wire.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pakn/assistant.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

std::string codes_of(const FieldErrors& errors) {
    std::string out;
    for (const auto& e : errors)
        out += (out.empty() ? "" : " ") + e.field + ":" + e.code;
    return out;
}

// The seeded entry whose question is `question` (ids follow the seed's order).
std::int64_t seeded(std::string_view question) {
    for (const auto& e : seed_knowledge())
        if (e.question == question) return e.id;
    FAIL("no seeded entry: " << question);
    return 0;
}

const KnowledgeIndex& seeded_index() {
    static const KnowledgeIndex index(seed_knowledge(), seed_synonyms());
    return index;
}

}  // namespace

TEST_CASE("assistant: the seeded knowledge base answers questions as people type them") {
    const auto reg = seeded("Làm sao để đăng ký tài khoản?");
    const auto username = seeded("Tên đăng nhập của tôi là gì?");
    const auto login = seeded("Làm sao để đăng nhập?");
    const auto forgot = seeded("Tôi quên mật khẩu thì phải làm gì?");
    const auto password = seeded("Mật khẩu cần có những gì?");
    const auto otp = seeded("Tôi không nhận được mã xác thực qua SMS?");
    const auto send = seeded("Làm sao để gửi phản ánh, kiến nghị?");
    const auto no_account = seeded("Có cần tài khoản để gửi phản ánh không?");
    const auto attach = seeded("Tôi có thể đính kèm ảnh, video không?");
    const auto track = seeded("Làm sao theo dõi phản ánh đã gửi?");
    const auto deadline = seeded("Bao lâu thì phản ánh được trả lời?");
    const auto rate = seeded("Làm sao đánh giá kết quả xử lý?");
    const auto app = seeded("Có ứng dụng trên điện thoại không?");
    const auto hotline = seeded("Số tổng đài hỗ trợ là gì?");
    const auto hours = seeded("Giờ làm việc là khi nào?");
    const auto not_here = seeded("Hệ thống không tiếp nhận những nội dung nào?");
    const auto fields = seeded("Hệ thống tiếp nhận phản ánh về những lĩnh vực nào?");
    const auto privacy = seeded("Thông tin cá nhân của tôi có bị công khai không?");
    const auto profile = seeded("Làm sao sửa thông tin tài khoản?");
    const auto greeting = seeded("Trợ lý ảo giúp được gì?");

    // question as typed, entry that must be the answer
    const std::pair<std::string_view, std::int64_t> rows[] = {
        // with diacritics
        {"Làm thế nào để đăng ký tài khoản?", reg},
        {"Tôi muốn tạo tài khoản mới", reg},
        {"Quên mật khẩu", forgot},
        {"không nhận được mã OTP", otp},
        {"Gửi phản ánh như thế nào?", send},
        {"Đính kèm video được không", attach},
        {"Bao lâu thì có kết quả?", deadline},
        {"số tổng đài là bao nhiêu", hotline},
        {"Giờ làm việc của cán bộ", hours},
        {"Tôi muốn khiếu nại, tố cáo cán bộ", not_here},
        {"Có tải ứng dụng trên điện thoại được không", app},
        {"Thông tin cá nhân có bị lộ không", privacy},
        {"đổi số điện thoại", profile},
        {"xin chào", greeting},
        // without diacritics
        {"lam sao dang ky tai khoan", reg},
        {"quen mat khau", forgot},
        {"ten dang nhap la gi", username},
        {"khong nhan duoc ma xac thuc", otp},
        {"danh gia muc do hai long", rate},
        {"gui phan anh khong can dang nhap duoc khong", no_account},
        {"theo doi phan anh da gui", track},
        // short forms, synonyms and another spelling
        {"quen mk", forgot},
        {"quên pass rồi", forgot},
        {"ko nhan dc ma otp", otp},
        {"đăng kí tài khoản", reg},
        {"đăng nhập bằng CMND được không", username},
        {"hotline", hotline},
        {"tải app ở đâu", app},
        {"phản ánh ổ voi được không", fields},
        {"gửi file đính kèm", attach},
        // misspelled, raw Telex, glued words
        {"khong dnag nhap dc", login},
        {"doi mat khua", password},
        {"ddawng kys taif khoanr", reg},
        {"quenmat khau", forgot},
        {"dinh kemm anh", attach},
        // paraphrased
        {"phản ánh của tôi đến đâu rồi", track},
        {"lâu quá chưa có kết quả xử lý", deadline},
        {"không hài lòng với câu trả lời", rate},
        {"mật khẩu phải mấy ký tự", password},
    };
    for (const auto& row : rows) {
        // Not a structured binding: clang (the wasm suite) cannot capture one.
        const std::string_view question = row.first;
        const std::int64_t expected = row.second;
        CAPTURE(question);
        std::string ranked;
        for (const auto& m : seeded_index().rank(question, 3))
            ranked += std::to_string(m.entry_id) + ":" + std::to_string(m.score) + ":" + std::to_string(m.coverage) + " ";
        CAPTURE(ranked);
        const AssistantReply r = reply_from_index(seeded_index(), AssistantAsk{std::string(question), {}});
        CHECK(to_wire(r.kind) == "answer");
        CHECK(r.entry_id == expected);
    }
}

TEST_CASE("assistant: says it does not know rather than guess") {
    // Nothing of these is in the knowledge base.
    const std::string_view rows[] = {
        "thời tiết Nha Trang hôm nay thế nào",
        "giá vàng bao nhiêu",
        "ai vô địch world cup",
        "làm sao?",
        "???",
        "asdfgh qwerty",
    };
    for (auto question : rows) {
        CAPTURE(question);
        bool unanswered = false;
        const AssistantReply r = reply_from_index(seeded_index(), AssistantAsk{std::string(question), {}}, &unanswered);
        CHECK(r.kind != AssistantReplyKind::answer);
        CHECK(unanswered);
        CHECK(r.entry_id == 0);
    }
    // An unsure question gets the nearest entries to choose from, not one answer.
    const AssistantReply unsure = reply_from_index(seeded_index(), AssistantAsk{"tài khoản", {}});
    CHECK(to_wire(unsure.kind) == "suggestions");
    REQUIRE(unsure.suggestions.size() >= 2);
    CHECK(unsure.suggestions.size() <= kMaxAssistantSuggestions);
    // Choosing one answers it.
    const AssistantReply chosen = reply_from_index(seeded_index(), AssistantAsk{"", unsure.suggestions[0].entry_id});
    CHECK(to_wire(chosen.kind) == "answer");
    CHECK(chosen.entry_id == unsure.suggestions[0].entry_id);
    // An entry that is not there (or inactive) answers nothing.
    CHECK(to_wire(reply_from_index(seeded_index(), AssistantAsk{"", 9999}).kind) == "unknown");
}

TEST_CASE("assistant: synonyms the admin adds join both sides, inactive entries are never given") {
    const std::vector<KnowledgeEntry> entries = {
        {1, "Báo hố trên đường", "", "Chọn lĩnh vực Giao thông.", "", true, 0},
        {2, "Đèn đường không sáng", "", "Chọn lĩnh vực Điện lực.", "", true, 0},
        {3, "Cây đổ chắn đường", "", "Gọi tổng đài.", "", false, 0},
    };
    const KnowledgeIndex without(entries, {});
    CHECK(without.size() == 2);
    CHECK(without.rank("ổ gà", 3).empty());
    const std::vector<SynonymGroup> groups = {{1, "ổ gà, hố"}};
    const KnowledgeIndex with(entries, groups);
    const auto found = with.rank("đường có ổ gà", 3);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].entry_id == 1);
    CHECK(found[0].coverage == doctest::Approx(1.0));
    CHECK(with.rank("cây đổ", 3).empty());
    CHECK(with.entry(3) == nullptr);
}

TEST_CASE("assistant: a tracking code in the text asks for its status") {
    // text, code read ("" = none)
    const std::pair<std::string_view, std::string_view> rows[] = {
        {"PAKN-2026-000123 đến đâu rồi?", "PAKN-2026-000123"},
        {"hồ sơ pakn-2026-000123 của tôi", "PAKN-2026-000123"},
        {"mã PAKN 2026 000045 sao chưa xong", "PAKN-2026-000045"},
        {"tra cứu PAKN-2026-000123.", "PAKN-2026-000123"},
        {"PAKN là gì", ""},
        {"pakn-20-1", ""},
    };
    for (const auto& row : rows) {
        const std::string_view text = row.first, code = row.second;
        CAPTURE(text);
        const ReadQuestion r = read_question(text);
        CHECK((r.intent == AssistantIntent::track) == !code.empty());
        CHECK(r.tracking_code == code);
    }
}

TEST_CASE("assistant: wanting to report starts a report with what was said") {
    // text, report text ("" = a question, not a start)
    const std::pair<std::string_view, std::string_view> rows[] = {
        {"Tôi muốn phản ánh về ổ gà trên đường Trần Phú", "ổ gà trên đường Trần Phú"},
        {"toi muon phan anh: den duong hong o hem 12 Le Loi", "den duong hong o hem 12 Le Loi"},
        {"Tôi cần kiến nghị việc sửa cống thoát nước ở phường Tây Nha Trang",
         "sửa cống thoát nước ở phường Tây Nha Trang"},
        {"Tôi muốn gửi phản ánh rác thải bị đổ trộm ven sông Cái", "rác thải bị đổ trộm ven sông Cái"},
        // how-to questions and a request with nothing to pre-fill
        {"Tôi muốn phản ánh thì làm thế nào?", ""},
        {"muốn phản ánh ở đâu", ""},
        {"tôi muốn phản ánh", ""},
        {"muốn phản ánh được không?", ""},
    };
    for (const auto& row : rows) {
        const std::string_view text = row.first, report = row.second;
        CAPTURE(text);
        const ReadQuestion r = read_question(text);
        CHECK((r.intent == AssistantIntent::start_report) == !report.empty());
        CHECK(r.report_text == report);
    }
    // The how-to question is answered from the knowledge base: "phản ánh"
    // is its only topic, so the ways of sending come first among the offers.
    const AssistantReply how = reply_from_index(seeded_index(), AssistantAsk{"Tôi muốn phản ánh thì làm thế nào?", {}});
    REQUIRE(to_wire(how.kind) == "suggestions");
    CHECK(how.suggestions[0].entry_id == seeded("Làm sao để gửi phản ánh, kiến nghị?"));
}

TEST_CASE("assistant: the admin's forms and the question, one row per case") {
    struct Row {
        KnowledgeEntryForm form;
        std::string errors;
    };
    const std::string long_question(kMaxKnowledgeQuestionChars + 1, 'a');
    const std::string long_answer(kMaxKnowledgeAnswerChars + 1, 'a');
    const Row rows[] = {
        {{"Hỏi?", "", "Đáp.", "", true}, ""},
        {{"  Hỏi?  ", "a\nb", "Đáp.", "/dang-ky", true}, ""},
        {{"", "", "Đáp.", "", true}, "question:required"},
        {{"Hỏi?", "", "  ", "", true}, "answer:required"},
        {{long_question, "", "Đáp.", "", true}, "question:knowledge_question_too_long"},
        {{"Hỏi?", "", long_answer, "", true}, "answer:knowledge_answer_too_long"},
        {{"Hỏi?", "", "Đáp.", "https://evil.example", true}, "link:invalid_link"},
        {{"Hỏi?", "", "Đáp.", "//evil.example", true}, "link:invalid_link"},
        {{"Hỏi?", "", "Đáp.", "/a b", true}, "link:invalid_link"},
        {{"Hỏi?", "", "Đáp.", "javascript:alert(1)", true}, "link:invalid_link"},
        {{"Hỏi\x01?", "", "Đáp.", "", true}, "question:control_characters"},
        {{"Hỏi?", "", "\xff", "", true}, "answer:invalid_utf8"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.form.question);
        CAPTURE(row.form.link);
        CHECK(codes_of(clean(row.form).errors) == row.errors);
    }
    CHECK(clean(KnowledgeEntryForm{"  Hỏi?  ", "", "Đáp.", " /dang-ky ", true}).value.question == "Hỏi?");

    // synonym line, errors, cleaned line
    const std::tuple<std::string_view, std::string_view, std::string_view> synonyms[] = {
        {"ổ gà, hố", "", "ổ gà, hố"},
        {" ổ gà ;hố;  ổ voi ", "", "ổ gà, hố, ổ voi"},
        {"ổ gà", "phrases:synonym_needs_two", ""},
        {"ổ gà, Ổ GÀ, o ga", "phrases:synonym_needs_two", ""},
        {", ,", "phrases:synonym_needs_two", ""},
        {"một hai ba bốn năm sáu bảy, hố", "phrases:synonym_phrase_too_long", ""},
        {"a\x01, b", "phrases:control_characters", ""},
    };
    for (const auto& row : synonyms) {
        const auto line = std::get<0>(row), errors = std::get<1>(row), cleaned = std::get<2>(row);
        CAPTURE(line);
        const auto v = clean(SynonymForm{std::string(line)});
        CHECK(codes_of(v.errors) == errors);
        if (v.ok()) CHECK(v.value.phrases == cleaned);
    }

    CHECK(codes_of(clean(AssistantAsk{"", {}}).errors) == "text:required");
    CHECK(codes_of(clean(AssistantAsk{std::string(kMaxAssistantQuestionChars + 1, 'a'), {}}).errors) ==
          "text:assistant_question_too_long");
    CHECK(clean(AssistantAsk{"", 3}).ok());
    for (auto code : {"knowledge_question_too_long", "knowledge_answer_too_long", "knowledge_phrasings_too_long",
                      "invalid_link", "synonym_needs_two", "synonym_phrase_too_long", "synonym_too_long",
                      "assistant_question_too_long"}) {
        CAPTURE(code);
        CHECK(message_for(code) != message_for("no_such_code_at_all"));
    }
}

TEST_CASE("assistant: wire format round trip and strictness") {
    AssistantReply r;
    r.kind = AssistantReplyKind::suggestions;
    r.suggestions = {{2, "Làm sao để đăng ký tài khoản?"}, {4, "Làm sao để đăng nhập?"}};
    auto back = decode<AssistantReply>(encode(r));
    REQUIRE(back.ok());
    CHECK(back.value == r);
    AssistantReply t;
    t.kind = AssistantReplyKind::track;
    t.tracking_code = "PAKN-2026-000123";
    t.report = LookupResult{};
    t.report->code = "PAKN-2026-000123";
    t.report->status_label = "Đang xử lý";
    t.report->updated_at = 1796000000;
    back = decode<AssistantReply>(encode(t));
    REQUIRE(back.ok());
    CHECK(back.value == t);
    CHECK_FALSE(decode<AssistantReply>(R"({"kind":"magic"})").ok());
    CHECK_FALSE(decode<AssistantAsk>(R"({"question":"a"})").ok());
    const auto entry = seed_knowledge()[1];
    const auto e = decode<KnowledgeEntry>(encode(entry));
    REQUIRE(e.ok());
    CHECK(e.value == entry);
    const auto u = decode<UnansweredQuestion>(encode(UnansweredQuestion{5, "giá vàng", 3, 1796000000}));
    REQUIRE(u.ok());
    CHECK(u.value.times == 3);
}
