// Công khai: publishing shows the public version of a report, never the text
// as written. Third parties' phones, ID numbers, e-mails and plates are
// redacted by default on every public route (detail, list, search, map);
// the dispatcher may send an edited public text instead, taken as typed; the
// reporter and the officers still read the original; the audit log says
// what was found and published (kinds and counts, never the values).
//
// [SECTION] index: the cast, public routes, default redaction, edited text,
// preview, public search.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "http/router.h"
#include "pakn/dto.h"
#include "pakn/redaction.h"
#include "pakn/text.h"
#include "pakn/url.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "support/report_cast.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

using namespace pakn;

// [SECTION] the cast -------------------------------------------------------------

// A neighbour's data the reporter wrote into the report: none of it may
// reach the portal.
const std::vector<std::string> kThirdParty = {"0935 246 813", "079186001234", "ba.hang.xom@gmail.com", "79A-246.81"};
const std::string kTitle = "Xe 79A-246.81 đậu chắn lối vào hẻm 21 Lê Thánh Tôn";
const std::string kContent =
    "Chủ xe là ông Tư (SĐT 0935 246 813, CCCD 079186001234, email ba.hang.xom@gmail.com) "
    "đậu xe 79A-246.81 chắn lối đi suốt đêm, xe cứu thương không vào được.";

// The common cast (support/report_cast.h) and a visitor of the portal.
struct Cast : pakn::test::ReportCast {
    Browser anon;

    Cast() { anon.ip = "198.51.100.23"; }

    // A report by the owner, answered and approved, ready to publish.
    std::int64_t answered_report() {
        return ReportCast::answered_report({{"title", kTitle},
                                            {"content", kContent},
                                            {"address", "Hẻm 21 Lê Thánh Tôn, phường Nha Trang"},
                                            {"lat", 12.2388},
                                            {"lon", 109.1967}},
                                           "Đã mời chủ xe lên làm việc và lập biên bản.");
    }

    std::string audit_detail(std::int64_t id) {
        return t.app->db->read([&](server::store::Connection& c) {
            auto st = c.prepare("SELECT detail FROM audit_log WHERE action = 'report_published' AND subject = ?");
            st.bind_all("report:" + std::to_string(id));
            std::string out = st.step() ? st.text(0) : "(none)";
            st.reset();
            return out;
        });
    }
};

// [SECTION] public routes --------------------------------------------------------

struct Seen {
    std::string route, body;
};

// Every route a visitor reaches the report through, as the visitor gets it.
std::vector<Seen> public_routes(Cast& c, std::int64_t id) {
    const std::string sid = std::to_string(id);
    std::vector<Seen> out;
    const std::vector<std::string> paths = {"/api/v1/public/reports/" + sid, "/api/v1/public/reports",
                                            "/api/v1/public/reports?q=ch%E1%BA%AFn+l%E1%BB%91i",
                                            "/api/v1/reports/" + sid, "/api/v1/public/map"};
    for (const std::string& path : paths) {
        auto r = c.t.call("GET", path, "", {}, &c.anon);
        CAPTURE(path);
        CAPTURE(r.payload());
        REQUIRE(r.status == 200);
        // The report is really there, so the absence checks below mean something.
        const std::string body(r.payload());
        CHECK((body.find("\"id\":" + sid) != std::string::npos ||
               body.find("\"report_id\":" + sid) != std::string::npos));
        out.push_back({path, body});
    }
    return out;
}

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

}  // namespace

// [SECTION] default redaction ---------------------------------------------------------

TEST_CASE("publishing: without a public text, every public route shows the redacted version") {
    Cast c;
    const auto id = c.answered_report();
    c.step(c.desk, id, Action::publish);

    for (const Seen& s : public_routes(c, id)) {
        INFO(s.route);
        INFO(s.body);
        for (const std::string& secret : kThirdParty) {
            INFO(secret);
            CHECK(s.body.find(secret) == std::string::npos);
        }
        CHECK(s.body.find(std::string(kRedactionMask)) != std::string::npos);
    }
    // A search for the neighbour's phone finds nothing: the public index
    // holds the public version too.
    for (const std::string q : {"0935", "079186001234", "gmail", "79A"}) {
        INFO(q);
        auto search = c.t.call("GET", "/api/v1/public/reports?q=" + q, "", {}, &c.anon);
        REQUIRE(search.status == 200);
        CHECK(TestApp::body_of(search)["total"] == 0);
    }

    // The reporter and the officers still read what was written.
    for (Browser* b : {&c.owner, &c.desk}) {
        auto detail = c.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, b);
        REQUIRE(detail.status == 200);
        CHECK(TestApp::body_of(detail)["content"] == kContent);
        CHECK(TestApp::body_of(detail)["title"] == kTitle);
    }
    // Kinds and counts, never the values.
    const std::string audit = c.audit_detail(id);
    CHECK(audit ==
          "Tìm thấy: 1 số điện thoại, 1 số CCCD/CMND, 1 thư điện tử, 2 biển số xe; còn trong bản công khai: "
          "không có; tiêu đề che tự động, nội dung che tự động");
    for (const std::string& secret : kThirdParty)
        CHECK(audit.find(secret) == std::string::npos);
}

TEST_CASE("publishing: a report published before public versions were kept is redacted and re-indexed at start-up") {
    Cast c;
    const auto id = c.answered_report();
    c.step(c.desk, id, Action::publish);
    // As a data folder from before migration 0010 holds it: no public
    // version, and the public index made from the text as written.
    c.t.app->db->write([&](server::store::Connection& db) {
        db.prepare("UPDATE reports SET public_title = NULL, public_content = NULL WHERE id = ?").bind_all(id).run();
        db.prepare("DELETE FROM published_fts WHERE rowid = ?").bind_all(id).run();
        db.prepare("INSERT INTO published_fts(rowid, folded) VALUES (?, ?)")
            .bind_all(id, fold_for_search(kTitle + " " + kContent))
            .run();
    });
    auto before = c.t.call("GET", "/api/v1/public/reports?q=0935", "", {}, &c.anon);
    REQUIRE(before.status == 200);
    REQUIRE(TestApp::body_of(before)["total"] == 1);  // the leak this start-up step closes

    CHECK(c.t.app->services->reports.store_missing_public_versions() == 1);
    CHECK(c.t.app->services->reports.store_missing_public_versions() == 0);  // once done, nothing to do

    auto after = c.t.call("GET", "/api/v1/public/reports?q=0935", "", {}, &c.anon);
    REQUIRE(after.status == 200);
    CHECK(TestApp::body_of(after)["total"] == 0);
    auto still_found = c.t.call("GET", "/api/v1/public/reports?q=ch%E1%BA%AFn+l%E1%BB%91i", "", {}, &c.anon);
    CHECK(TestApp::body_of(still_found)["total"] == 1);
    auto detail = c.t.call("GET", "/api/v1/public/reports/" + std::to_string(id), "", {}, &c.anon);
    REQUIRE(detail.status == 200);
    CHECK(TestApp::body_of(detail)["content"] == redact_personal_data(kContent));
}

// [SECTION] edited text -------------------------------------------------------------------

TEST_CASE("publishing: the dispatcher's public text is shown as typed, and the audit notes what it holds") {
    Cast c;
    const auto id = c.answered_report();
    ActionParams p;
    p.public_title = "Xe đậu chắn lối vào hẻm 21 Lê Thánh Tôn";
    // The dispatcher kept the shop's own hotline on purpose.
    p.public_text = "Một xe ô tô đậu chắn lối đi suốt đêm. Cửa hàng gần đó (0905 888 999) đã được nhắc.";
    c.step(c.desk, id, Action::publish, p);

    auto pub = c.t.call("GET", "/api/v1/public/reports/" + std::to_string(id), "", {}, &c.anon);
    REQUIRE(pub.status == 200);
    CHECK(TestApp::body_of(pub)["title"] == *p.public_title);
    CHECK(TestApp::body_of(pub)["content"] == *p.public_text);
    for (const Seen& s : public_routes(c, id)) {
        INFO(s.route);
        for (const std::string& secret : kThirdParty)
            CHECK(s.body.find(secret) == std::string::npos);
        CHECK(s.body.find(std::string(kRedactionMask)) == std::string::npos);
    }
    // The original is still the officers'.
    auto detail = c.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &c.desk);
    REQUIRE(detail.status == 200);
    CHECK(TestApp::body_of(detail)["content"] == kContent);
    CHECK(c.audit_detail(id) ==
          "Tìm thấy: 1 số điện thoại, 1 số CCCD/CMND, 1 thư điện tử, 2 biển số xe; còn trong bản công khai: "
          "1 số điện thoại; tiêu đề do cán bộ sửa, nội dung do cán bộ sửa");
}

TEST_CASE("publishing: a public text longer than a report's content is refused") {
    Cast c;
    const auto id = c.answered_report();
    ActionParams p;
    p.public_text = std::string(kMaxPublicTextChars + 1, 'a');
    auto r = c.act(c.desk, id, Action::publish, p);
    CHECK(r.status == 422);
    CHECK(r.payload().find("public_text") != std::string::npos);
    // Nothing was published.
    CHECK(c.t.call("GET", "/api/v1/public/reports/" + std::to_string(id), "", {}, &c.anon).status == 404);
}

// [SECTION] preview -----------------------------------------------------------------------

TEST_CASE("publishing: the preview gives the findings and the redacted text the portal would show") {
    Cast c;
    const auto id = c.answered_report();
    auto r = c.t.call("GET", "/api/v1/reports/" + std::to_string(id) + "/public-preview", "", {}, &c.desk);
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    PublicPreview preview;
    FieldErrors errors;
    from_json(TestApp::body_of(r), preview, errors);
    REQUIRE(errors.empty());
    CHECK(preview.text == kContent);
    CHECK(preview.title == kTitle);
    CHECK(preview.public_text == redact_personal_data(kContent));
    CHECK(preview.public_title == redact_personal_data(kTitle));
    std::vector<std::string> found;
    for (const auto& s : preview.spans)
        found.push_back(s.kind + ":" +
                        kContent.substr(static_cast<std::size_t>(s.begin), static_cast<std::size_t>(s.end - s.begin)));
    CHECK(found == std::vector<std::string>{"phone:0935 246 813", "id_number:079186001234",
                                            "email:ba.hang.xom@gmail.com", "plate:79A-246.81"});
    REQUIRE(preview.title_spans.size() == 1);
    CHECK(preview.title_spans[0].kind == "plate");
    CHECK(occurrences(preview.public_text, std::string(kRedactionMask)) == 4);

    // Only the center previews; a report that does not exist is not found.
    CHECK(c.t.call("GET", "/api/v1/reports/" + std::to_string(id) + "/public-preview", "", {}, &c.xd_handler).status ==
          403);
    CHECK(c.t.call("GET", "/api/v1/reports/999999/public-preview", "", {}, &c.desk).status == 404);
}

// [SECTION] public search ---------------------------------------------------------------

TEST_CASE("publishing: the portal's search puts the reports spelled with the accents typed first") {
    Cast c;
    // Without accent ranking bm25 puts the shorter "Trận mưa" report first.
    // Cast::answered_report is the redaction report; the cast's own takes the fields.
    const auto tran_phu = c.ReportCast::answered_report(
        {{"title", "Đường Trần Phú ngập nước"},
         {"content",
          "Mỗi lần mưa lớn, nước ngập sâu gần nửa mét suốt nhiều giờ, xe máy chết máy giữa đường, nhà "
          "dân hai bên bị nước tràn vào, đề nghị nạo vét cống thoát nước."}});
    const auto tran_mua = c.ReportCast::answered_report(
        {{"title", "Trận mưa làm hư đường, đề nghị khắc phục"}, {"content", "Mặt đường bị xói lở."}});
    c.step(c.desk, tran_phu, Action::publish);
    c.step(c.desk, tran_mua, Action::publish);

    struct Row {
        std::string q;
        std::vector<std::int64_t> order;
    };
    // typed | ids in the order shown
    const Row rows[] = {
        {"trần phú", {tran_phu, tran_mua}},
        {"tran phu", {tran_mua, tran_phu}},  // no accents typed: both found, ranked as before
    };
    for (const Row& row : rows) {
        CAPTURE(row.q);
        auto r = c.t.call("GET", "/api/v1/public/reports?q=" + percent_encode(row.q), "", {}, &c.anon);
        REQUIRE(r.status == 200);
        const json items = TestApp::body_of(r)["items"];
        std::vector<std::int64_t> got;
        for (const auto& item : items)
            got.push_back(item["id"].get<std::int64_t>());
        CAPTURE(items.dump());
        CHECK(got == row.order);
    }
}
