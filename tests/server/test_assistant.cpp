// Trợ lý ảo through the real router: a new database starts with the seed
// knowledge base (once: what the admin deletes stays deleted), the admin's
// entries and synonyms take effect at the next question, a tracking code is
// answered with what the public lookup says, unanswered questions are
// listed for the admin (one row per folded wording), bad input is refused
// field by field, and asking is limited per address.
//
// [SECTION] index: helpers, seeding, the admin's changes, tracking codes,
// unanswered questions, bad input and limits.
#include <doctest/doctest.h>

#include "pakn/assistant.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] helpers -----------------------------------------------------------

constexpr const char* kAsk = "/api/v1/assistant/ask";
constexpr const char* kEntries = "/api/v1/admin/assistant/entries";
constexpr const char* kSynonyms = "/api/v1/admin/assistant/synonyms";
constexpr const char* kUnanswered = "/api/v1/admin/assistant/unanswered";

json ask_body(TestApp& t, const json& body, Browser* b = nullptr) {
    auto r = t.send("POST", kAsk, body, b);
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    CHECK(r.header("Cache-Control") == "no-store");
    return TestApp::body_of(r);
}

json ask(TestApp& t, const std::string& text, Browser* b = nullptr) {
    return ask_body(t, json{{"text", text}}, b);
}

json listed(TestApp& t, Browser& admin, const std::string& path) {
    auto r = t.call("GET", path, "", {}, &admin);
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

std::string field_code(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    if (!b.contains("error") || !b["error"].contains("fields")) return "";
    for (const auto& f : b["error"]["fields"])
        if (f.value("field", "") == field) return f.value("code", "");
    return "";
}

}  // namespace

// [SECTION] seeding -------------------------------------------------------------

TEST_CASE("assistant: a new database starts with the seed knowledge base, once") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    const json entries = listed(t, admin, kEntries);
    REQUIRE(entries.size() == pakn::seed_knowledge().size());
    CHECK(entries[1]["question"] == pakn::seed_knowledge()[1].question);
    CHECK(listed(t, admin, kSynonyms).size() == pakn::seed_synonyms().size());

    const json forgot = ask(t, "quen mat khau");
    CHECK(forgot["kind"] == "answer");
    CHECK(forgot["link"] == "/quen-mat-khau");
    CHECK(forgot["answer"].get<std::string>().find("Quên mật khẩu") != std::string::npos);

    // The admin deletes an entry; a restart does not bring it back.
    const auto id = forgot["entry_id"].get<std::int64_t>();
    REQUIRE(t.send("DELETE", std::string(kEntries) + "/" + std::to_string(id), json::object(), &admin).status == 204);
    t.restart([](pakn::server::Config&) {});
    CHECK(listed(t, admin, kEntries).size() == pakn::seed_knowledge().size() - 1);
    CHECK(ask(t, "quen mat khau")["entry_id"] != id);
}

// [SECTION] the admin's changes -----------------------------------------------------

TEST_CASE("assistant: the admin's entries and synonyms answer the next question") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    const json form = {{"question", "Đèn đường hỏng thì báo ở đâu?"},
                       {"phrasings", "đèn không sáng\nbóng đèn hỏng"},
                       {"answer", "Chọn lĩnh vực Điện lực, đơn vị chiếu sáng đô thị sẽ xử lý."},
                       {"link", "/gui-phan-anh"}};
    auto created = t.send("POST", kEntries, form, &admin);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    const auto id = TestApp::body_of(created)["id"].get<std::int64_t>();

    json r = ask(t, "đèn đường hỏng");
    CHECK(r["kind"] == "answer");
    CHECK(r["entry_id"] == id);
    // "cột điện" means nothing to it until the admin says it is the street light.
    CHECK(ask(t, "cột điện tối om")["entry_id"] != id);
    REQUIRE(t.send("POST", kSynonyms, {{"phrases", "đèn đường, cột điện, đèn chiếu sáng"}}, &admin).status == 201);
    CHECK(ask(t, "cột điện hỏng")["entry_id"] == id);

    // Turned off: never given; edited back on: given again.
    json off = form;
    off["active"] = false;
    REQUIRE(t.send("PATCH", std::string(kEntries) + "/" + std::to_string(id), off, &admin).status == 200);
    CHECK(ask(t, "đèn đường hỏng")["entry_id"] != id);
    CHECK(ask_body(t, json{{"entry_id", id}})["kind"] == "unknown");
    REQUIRE(t.send("PATCH", std::string(kEntries) + "/" + std::to_string(id), form, &admin).status == 200);
    CHECK(ask_body(t, json{{"entry_id", id}})["kind"] == "answer");

    // Deleted: gone, and a second delete finds nothing.
    const std::string path = std::string(kEntries) + "/" + std::to_string(id);
    REQUIRE(t.send("DELETE", path, json::object(), &admin).status == 204);
    CHECK(t.send("DELETE", path, json::object(), &admin).status == 404);
    CHECK(t.send("PATCH", path, form, &admin).status == 404);
    CHECK(ask(t, "đèn đường hỏng")["entry_id"] != id);
}

// [SECTION] tracking codes ---------------------------------------------------------

TEST_CASE("assistant: a tracking code is answered with its public status") {
    pakn::test::ReportCast c;
    const auto id = c.sent_report();
    const std::string code = c.detail(c.owner, id)["code"].get<std::string>();
    const json r = ask(c.t, code + " đến đâu rồi?");
    CHECK(r["kind"] == "track");
    CHECK(r["tracking_code"] == code);
    REQUIRE(r.contains("report"));
    CHECK(r["report"]["status"] == "submitted");
    CHECK(r["report"]["status_label"].get<std::string>().size() > 0);
    // A visitor is told no more than the lookup tells a visitor.
    CHECK_FALSE(r["report"].contains("commune_name"));
    // A code that is no report's: the code, no report.
    const json none = ask(c.t, "PAKN-2026-999999 sao rồi");
    CHECK(none["kind"] == "track");
    CHECK_FALSE(none.contains("report"));
}

TEST_CASE("assistant: wanting to report comes back as a report to start") {
    TestApp t;
    const json r = ask(t, "Tôi muốn phản ánh về ổ gà lớn trên đường Trần Phú");
    CHECK(r["kind"] == "start_report");
    CHECK(r["report_text"] == "ổ gà lớn trên đường Trần Phú");
}

// [SECTION] unanswered questions -----------------------------------------------------

TEST_CASE("assistant: questions it cannot answer are listed for the admin, one row per wording") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    for (const char* q : {"giá vàng hôm nay", "Giá vàng hôm nay?", "gia vang hom nay"}) {
        const json r = ask(t, q);
        CHECK(r["kind"] == "unknown");
    }
    ask(t, "quên mật khẩu");  // answered: not listed
    // Phone and ID numbers typed into a question are not kept.
    CHECK(ask(t, "giá vàng hôm nay, gọi tôi số 0905123456")["kind"] == "unknown");
    const json masked = listed(t, admin, kUnanswered);
    REQUIRE(masked.size() == 2);
    CHECK(masked[1]["question"] == "giá vàng hôm nay, gọi tôi số [đã ẩn]");
    CHECK(masked.dump().find("0905123456") == std::string::npos);
    REQUIRE(t.send("DELETE", std::string(kUnanswered) + "/" + std::to_string(masked[1]["id"].get<std::int64_t>()),
                   json::object(), &admin)
                .status == 204);
    const json list = listed(t, admin, kUnanswered);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["question"] == "giá vàng hôm nay");
    CHECK(list[0]["times"] == 3);
    const std::string path = std::string(kUnanswered) + "/" + std::to_string(list[0]["id"].get<std::int64_t>());
    REQUIRE(t.send("DELETE", path, json::object(), &admin).status == 204);
    CHECK(listed(t, admin, kUnanswered).empty());
    CHECK(t.send("DELETE", path, json::object(), &admin).status == 404);
}

// [SECTION] bad input and limits -------------------------------------------------------

TEST_CASE("assistant: bad input is refused field by field and nothing is saved") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    // field, body, code
    const std::tuple<std::string, json, std::string> asks[] = {
        {"text", json{{"text", ""}}, "required"},
        {"text", json{{"text", "   "}}, "required"},
        {"text", json{{"text", std::string(pakn::kMaxAssistantQuestionChars + 1, 'a')}}, "assistant_question_too_long"},
        {"text", json{{"text", "a\x01"}}, "control_characters"},
    };
    for (const auto& [field, body, code] : asks) {
        CAPTURE(body.dump());
        auto r = t.send("POST", kAsk, body);
        CHECK(r.status == 422);
        CHECK(field_code(r, field) == code);
    }
    CHECK(t.send("POST", kAsk, {{"question", "a"}}).status == 400);
    CHECK(t.call("POST", kAsk, "{not json", {{"Content-Type", "application/json"}}).status == 400);
    // Markup is text: answered as words, never echoed as HTML anywhere.
    CHECK(ask(t, "<script>alert(1)</script>")["kind"] == "unknown");

    const auto before = listed(t, admin, kEntries).size();
    // field, form, code
    const std::tuple<std::string, json, std::string> forms[] = {
        {"question", json{{"answer", "Đáp."}}, "required"},
        {"answer", json{{"question", "Hỏi?"}}, "required"},
        {"link", json{{"question", "Hỏi?"}, {"answer", "Đáp."}, {"link", "https://evil.example"}}, "invalid_link"},
        {"link", json{{"question", "Hỏi?"}, {"answer", "Đáp."}, {"link", "javascript:alert(1)"}}, "invalid_link"},
    };
    for (const auto& [field, body, code] : forms) {
        CAPTURE(body.dump());
        auto r = t.send("POST", kEntries, body, &admin);
        CHECK(r.status == 422);
        CHECK(field_code(r, field) == code);
    }
    CHECK(listed(t, admin, kEntries).size() == before);
    auto bad_synonym = t.send("POST", kSynonyms, {{"phrases", "chỉ một"}}, &admin);
    CHECK(bad_synonym.status == 422);
    CHECK(field_code(bad_synonym, "phrases") == "synonym_needs_two");
    CHECK(listed(t, admin, kSynonyms).size() == pakn::seed_synonyms().size());
}

TEST_CASE("assistant: asking is limited per address, like the lookup") {
    TestApp t;
    Browser walker;
    walker.ip = TestApp::fresh_ip();
    int refused_at = 0;
    for (int i = 1; i <= 40 && refused_at == 0; ++i) {
        auto r = t.send("POST", kAsk, {{"text", "PAKN-2026-00" + std::to_string(1000 + i)}}, &walker);
        if (r.status == 429) refused_at = i;
    }
    CHECK(refused_at == 31);
    // Another address is not held back.
    Browser other;
    other.ip = TestApp::fresh_ip();
    CHECK(t.send("POST", kAsk, {{"text", "hotline"}}, &other).status == 200);
}

// [SECTION] figures ---------------------------------------------------------------------

TEST_CASE("assistant: the province's dashboard counts its questions by outcome, a unit's has none") {
    TestApp t;
    Browser admin = t.officer("quantri", "TTDH", "admin");
    Browser handler = t.officer("xuly.xd", "SO-XD", "handler");
    ask(t, "quên mật khẩu");                    // answered
    ask(t, "PAKN-2026-000001 đến đâu rồi");     // answered: a status
    ask(t, "tài khoản");                        // offered
    ask(t, "giá vàng hôm nay");                 // unanswered
    auto r = t.call("GET", "/api/v1/officer/dashboard", "", {}, &admin);
    REQUIRE(r.status == 200);
    const json d = TestApp::body_of(r);
    REQUIRE(d.contains("assistant"));
    CHECK(d["assistant"] == json{{"asked", 4}, {"answered", 2}, {"offered", 1}, {"unanswered", 1}});
    // A period before today holds none of them.
    const json earlier =
        TestApp::body_of(t.call("GET", "/api/v1/officer/dashboard?from=2026-10-01&to=2026-10-31", "", {}, &admin));
    CHECK(earlier["assistant"]["asked"] == 0);
    // One unit's view: the assistant serves the province, not the unit.
    auto unit = t.call("GET", "/api/v1/officer/dashboard", "", {}, &handler);
    REQUIRE(unit.status == 200);
    CHECK_FALSE(TestApp::body_of(unit).contains("assistant"));
}
