// Hostile input on every parameter that reaches the store or the disk: path
// ids and codes (every {param} route of the route table, iterated as data),
// query parameters of every list, JSON body fields of the forms, attachment
// names, and static-file paths (in-process and as raw bytes on a real
// socket). The answer is always a clear 4xx with the Vietnamese error body
// (or 2xx with the text stored verbatim, or an unchanged result for
// free-text search), never a 5xx; refused requests write nothing; the
// database passes PRAGMA integrity_check; no file outside the web root is
// ever served and none is written outside the data folder.
//
// [SECTION] index: payloads, the world, helpers, path parameters, query
// parameters, body fields, attachment names, static files.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "pakn/dto.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "support/live_server.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;
using Pairs = pakn::server::http::Pairs;

namespace {

// [SECTION] payloads --------------------------------------------------------------

struct Payload {
    const char* name;
    std::string text;
    // SQL-shaped words that no stored report contains: a free-text search
    // for them must find nothing (an injection would find everything).
    bool finds_nothing = false;
};

const std::vector<Payload>& payloads() {
    static const std::vector<Payload> all = {
        {"sql or", "' OR 1=1 --", true},
        {"sql or quoted", "1' OR '1'='1", true},
        {"sql drop", "\"; DROP TABLE reports; --", true},
        {"sql drop accounts", "1; DROP TABLE accounts", true},
        {"sql union", "1 UNION SELECT password_hash, login FROM accounts --", true},
        {"sql like wildcard", "%' OR '%'='"},
        {"like wildcards", "%_%"},
        {"fts syntax", "\" OR NEAR(a b) * ^x"},
        {"traversal", "/../../etc/passwd"},
        {"traversal relative", "../../../../etc/passwd"},
        {"traversal encoded", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"},
        {"traversal backslash encoded", "..%5c..%5cwindows%5cwin.ini"},
        {"traversal backslash", "..\\..\\windows\\win.ini"},
        {"nul byte", std::string("anh\0.png", 8)},
        {"encoded nul", "%00"},
        {"overlong utf-8 dots", "\xC0\xAE\xC0\xAE\xC0\xAF"},
        {"invalid utf-8", "\xFF\xFE\xFD"},
        {"utf-16 surrogate", "\xED\xA0\x80"},
        {"truncated utf-8", "\xE1\xBB"},
        {"emoji", "🚧😀🏖️"},
        {"crlf header", "a\r\nSet-Cookie: pakn_session=x"},
        {"long ascii", std::string(10000, 'A')},
        {"long vietnamese", [] {
             std::string s;
             for (int i = 0; i < 1500; ++i) s += "Đường ";
             return s;
         }()},
        {"negative", "-1"},
        {"zero", "0"},
        {"huge number", "99999999999999999999999"},
        {"float", "1.5"},
        {"hex", "0x1F"},
        {"exponent", "1e3"},
        {"leading space", " 1"},
        {"bad percent escape", "%zz%"},
        {"json in string", "{\"$gt\": \"\"}"},
        {"script", "<script>alert(1)</script>"},
    };
    return all;
}

// Every byte but the unreserved ones as %XX: how a client puts any text in
// a path segment or query value.
std::string encode(std::string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out;
}

// A JSON string literal holding exactly these bytes (invalid UTF-8 kept
// raw: nlohmann would refuse to dump it, a hostile client does not care).
std::string raw_json_string(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out + "\"";
}

// `body` with `field` set to the bytes of `value` (a string), as JSON text.
std::string with_field(json body, const std::string& field, const std::string& value) {
    static const std::string kMark = "\x01PAKN-FIELD\x01";
    body[field] = kMark;
    std::string text = body.dump();
    const std::string quoted = json(kMark).dump();
    text.replace(text.find(quoted), quoted.size(), raw_json_string(value));
    return text;
}

// Values of the wrong JSON type for any field.
const std::vector<std::pair<const char*, json>>& wrong_types() {
    static const std::vector<std::pair<const char*, json>> all = {
        {"null", nullptr},
        {"number", 12345},
        {"negative", -1},
        {"huge integer", json::parse("123456789012345678901234567890")},
        {"float", 1.5},
        {"bool", true},
        {"array", json::array({"' OR 1=1 --", 1})},
        {"object", json{{"$gt", ""}}},
    };
    return all;
}

// [SECTION] the world -------------------------------------------------------------

const std::string kSecret = "PAKN-SECRET-OUTSIDE-WEB-ROOT";
const std::string kIndex = "<!doctype html><title>PAKN Khánh Hòa</title>";
const std::string kAppJs = "console.log('pakn');";

struct Web {
    pakn::test::TempDir dir;
    std::string root = dir.file("web");
    Web() {
        pakn::test::write_file(root + "/index.html", kIndex);
        pakn::test::write_file(root + "/app.js", kAppJs);
        pakn::test::write_file(dir.file("secret.txt"), kSecret);
        pakn::test::write_file(root + "/../web-secret.txt", kSecret);
    }
};

std::string png_bytes(std::size_t size = 600) {
    std::string s("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0", 33);
    s.resize(std::max(size, s.size()), '\x7f');
    return s;
}

struct World {
    Web web;
    TestApp t{web.root};
    Browser citizen, dispatcher, handler, admin;
    std::int64_t draft = 0, submitted = 0, published = 0;
    std::string submitted_code;
    int serial = 0;
    int ip = 0;

    World() {
        REQUIRE(t.register_citizen("056191653264", "0905123456") > 0);
        REQUIRE(t.login(citizen, "056191653264", "matkhau2026").status == 200);
        dispatcher = t.officer("tiepnhan", "TTDH", "dispatcher");
        handler = t.officer("xuly.xd", "SO-XD", "handler");
        Browser lead = t.officer("lanhdao.xd", "SO-XD", "unit_lead");
        admin = t.officer("quantri", "TTDH", "admin");
        draft = create(false);
        submitted = create(true);
        submitted_code = code_of(submitted);
        published = create(true);
        pakn::ActionParams to_xd;
        to_xd.unit_id = t.unit_id("SO-XD");
        REQUIRE(act(dispatcher, published, pakn::Action::assign, to_xd).status == 200);
        REQUIRE(act(handler, published, pakn::Action::start).status == 200);
        pakn::ActionParams result;
        result.result_text = "Đơn vị đã thay bóng đèn và kiểm tra lại toàn tuyến.";
        REQUIRE(act(handler, published, pakn::Action::propose_result, result).status == 200);
        REQUIRE(act(lead, published, pakn::Action::approve_result).status == 200);
        REQUIRE(act(dispatcher, published, pakn::Action::publish).status == 200);
    }

    std::int64_t create(bool submit) {
        auto up = t.call("POST", "/api/v1/attachments", png_bytes(), {{"content-type", "image/png"}, {"x-file-name", "anh.png"}},
                         &citizen);
        REQUIRE(up.status == 201);
        json body = {{"title", "Đèn chiếu sáng hỏng trên đường Trần Phú"},
                     {"content", "Ba cột đèn liên tiếp không sáng từ tuần trước, rất nguy hiểm khi đi đêm."},
                     {"address", "Đường Trần Phú, phường Nha Trang"},
                     {"category_code", "xay_dung"},
                     {"is_public", true},
                     {"attachment_ids", {TestApp::body_of(up)["id"]}},
                     {"submit", submit}};
        if (submit) {
            auto [cid, answer] = t.captcha();
            body["captcha_id"] = cid;
            body["captcha_answer"] = answer;
        }
        auto r = t.send("POST", "/api/v1/reports", body, &citizen);
        REQUIRE(r.status == 201);
        return TestApp::body_of(r)["id"].get<std::int64_t>();
    }

    std::string code_of(std::int64_t id) {
        return TestApp::body_of(t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &citizen))["code"];
    }

    Response act(Browser& b, std::int64_t id, pakn::Action a, pakn::ActionParams p = {}) {
        pakn::ActionRequestBody body;
        body.form.action = std::string(pakn::to_string(a));
        body.form.params = p;
        return t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", json::parse(pakn::encode(body)), &b);
    }

    // A visitor from a new address each time: sign-in failures are throttled
    // per address, and this suite fails sign-ins on purpose.
    Browser visitor() {
        Browser b;
        ++ip;
        b.ip = "198.51." + std::to_string(ip / 250) + "." + std::to_string(ip % 250 + 1);
        return b;
    }

    // The signed-in browser a route lets through (nullptr: anonymous).
    Browser* caller_for(pakn::server::http::Access a) {
        using pakn::server::http::Access;
        switch (a) {
            case Access::anyone: return nullptr;
            case Access::session:
            case Access::reporter: return &citizen;
            case Access::officer: return &dispatcher;
            case Access::admin: return &admin;
        }
        return nullptr;
    }
};

// [SECTION] helpers ---------------------------------------------------------------

std::map<std::string, std::int64_t> table_counts(TestApp& t) {
    return t.app->db->read([](pakn::server::store::Connection& c) {
        std::vector<std::string> tables;
        auto st = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.step()) tables.push_back(st.text(0));
        st.reset();
        std::map<std::string, std::int64_t> out;
        for (const auto& name : tables) out[name] = c.scalar_int("SELECT COUNT(*) FROM \"" + name + "\"").value_or(-1);
        // An officer's refused action answers with the report's current
        // status, and every officer look at a report, and every list taken
        // out as a file, is audited by design.
        out["audit_log"] =
            c.scalar_int("SELECT COUNT(*) FROM audit_log WHERE action NOT IN ('view_report', 'inbox_exported')")
                .value_or(-1);
        return out;
    });
}

std::string integrity(TestApp& t) {
    return t.app->db->read([](pakn::server::store::Connection& c) {
        auto st = c.prepare("PRAGMA integrity_check");
        std::string all;
        while (st.step()) all += st.text(0);
        st.reset();
        return all;
    });
}

// Tables whose rows only ever grow: a DROP or DELETE smuggled in by a
// payload would shrink them.
const std::vector<std::string> kKeptTables = {"accounts", "reports", "report_events", "units", "categories",
                                              "attachments", "audit_log"};

std::string shrunk(const std::map<std::string, std::int64_t>& before, const std::map<std::string, std::int64_t>& after) {
    for (const auto& [name, n] : before) {
        auto it = after.find(name);
        if (it == after.end()) return "table " + name + " disappeared";
        const bool kept = std::find(kKeptTables.begin(), kKeptTables.end(), name) != kKeptTables.end();
        if (kept && it->second < n) return "table " + name + " lost rows";
    }
    return "";
}

std::string changed(const std::map<std::string, std::int64_t>& before, const std::map<std::string, std::int64_t>& after) {
    for (const auto& [name, n] : before) {
        auto it = after.find(name);
        if (it == after.end()) return "table " + name + " disappeared";
        // Captchas are taken (deleted) by every form that carries one, and
        // failed sign-ins are counted (throttle): bookkeeping, not data.
        if (name == "captchas" || name == "throttle") continue;
        if (it->second != n) return "table " + name + " changed: " + std::to_string(n) + " -> " + std::to_string(it->second);
    }
    return "";
}

bool vietnamese(std::string_view text) {
    for (unsigned char ch : text)
        if (ch >= 0x80) return true;
    return false;
}

// The API's error body with a Vietnamese message; "" when it is one.
std::string error_problem(const Response& r) {
    const json b = TestApp::body_of(r);
    if (!b.is_object() || !b.contains("error") || !b["error"].is_object()) return "no {\"error\": ...} body";
    if (b["error"].value("code", "").empty()) return "error without a code";
    if (!vietnamese(b["error"].value("message", ""))) return "message not Vietnamese";
    return "";
}

std::string printable(std::string_view s) {
    std::string out;
    for (unsigned char c : s.substr(0, 80)) {
        if (c >= 0x20 && c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        }
    }
    if (s.size() > 80) out += "...(" + std::to_string(s.size()) + " bytes)";
    return out;
}

std::string where(const std::string& method, std::string_view path, const char* payload, const Response& r) {
    return method + " " + printable(path) + "  payload=" + payload + "  got=" + std::to_string(r.status) + "  " +
           printable(r.payload());
}

}  // namespace

// [SECTION] path parameters ----------------------------------------------------------

TEST_CASE("injection: hostile path ids and codes on every {param} route get a 4xx and change nothing") {
    World w;
    const auto before = table_counts(w.t);
    int probes = 0;
    for (const auto& route : pakn::server::http::api_routes()) {
        const auto open = route.pattern.find('{');
        if (open == std::string::npos) continue;
        const auto close = route.pattern.find('}', open);
        // Aborting an upload answers 204 whatever the id (nothing to learn).
        const bool silent = route.method == "DELETE" && route.pattern == "/api/v1/uploads/{id}";
        for (const auto& p : payloads()) {
            for (bool raw : {false, true}) {
                // Outside /api/ a raw '/' makes another path, which the table does
                // not route: the app shell's, which echoes nothing of it.
                if (raw && !route.pattern.starts_with("/api/") && p.text.find('/') != std::string::npos) continue;
                const std::string segment = raw ? p.text : encode(p.text);
                const std::string path = route.pattern.substr(0, open) + segment + route.pattern.substr(close + 1);
                Browser* b = w.caller_for(route.access);
                const std::string body = route.method == "GET" ? "" : "{}";
                auto r = w.t.call(route.method, path + (route.method == "PUT" ? "?offset=0" : ""), body,
                                  {{"content-type", "application/json"}}, b);
                ++probes;
                const std::string at = where(route.method, path, p.name, r);
                if (silent && r.status == 204) continue;
                if (r.status < 400 || r.status >= 500) {
                    FAIL_CHECK("expected a 4xx: " << at);
                    continue;
                }
                // Public pages answer HTML (their 404 page: test_pages.cpp).
                if (!route.pattern.starts_with("/api/")) continue;
                if (auto problem = error_problem(r); !problem.empty()) FAIL_CHECK(problem << ": " << at);
            }
        }
    }
    // Offsets of a chunk upload are numbers or nothing.
    auto started = w.t.send("POST", "/api/v1/uploads", {{"name", "video.mp4"}, {"size", 1000}}, &w.citizen);
    REQUIRE(started.status == 201);
    const std::string upload = TestApp::body_of(started)["upload_id"];
    for (const auto& p : payloads()) {
        auto r = w.t.call("PUT", "/api/v1/uploads/" + upload + "?offset=" + encode(p.text), "abc",
                          {{"content-type", "application/octet-stream"}}, &w.citizen);
        ++probes;
        // "0" is the one valid offset of a fresh upload.
        if (p.text == "0" && r.status == 200) continue;
        if (r.status < 400 || r.status >= 500) FAIL_CHECK("expected a 4xx: " << where("PUT", "offset", p.name, r));
    }
    auto after = table_counts(w.t);
    after["uploads"] -= 1;  // the one started above
    CHECK(changed(before, after) == "");
    CHECK(after.count("reports") == 1);
    CHECK(integrity(w.t) == "ok");
    MESSAGE("path parameter probes: " << probes);
}

// [SECTION] query parameters ---------------------------------------------------------

TEST_CASE("injection: hostile query parameters on every list get 200 or a 4xx, search finds nothing extra") {
    World w;
    const auto before = table_counts(w.t);
    const std::vector<std::string> keys = {"q",     "search",    "category", "commune", "unit",  "status", "from",
                                           "to",    "page",      "page_size", "size",   "sort",  "overdue", "channel",
                                           "kind",  "year",      "shapes",   "last_event_id"};
    // The lists whose ?q= is a free-text search.
    const std::set<std::string> searched = {"/api/v1/me/reports", "/api/v1/inbox", "/api/v1/public/reports",
                                            "/api/v1/admin/officers"};
    // Lists that answer only around a place: probed with a valid one.
    const std::map<std::string, std::string> required = {{"/api/v1/reports/nearby", "lat=12.2388&lon=109.1967&"}};
    int probes = 0;
    for (const auto& route : pakn::server::http::api_routes()) {
        if (route.method != "GET" || route.pattern.find('{') != std::string::npos) continue;
        const auto need = required.find(route.pattern);
        const std::string given = need == required.end() ? "" : need->second;
        // Who asks: the role the route lets in, and for lists of reports
        // also a unit officer (scoped inbox) where the route allows one.
        // Officer routes whose service admits only some roles (the history:
        // unit leads and the admin) are probed by the roles it admits.
        std::vector<Browser*> callers = {w.caller_for(route.access)};
        if (route.access == pakn::server::http::Access::officer) {
            callers.push_back(&w.handler);
            callers.push_back(&w.admin);
        }
        int admitted = 0;
        for (Browser* b : callers) {
            auto base = w.t.call("GET", route.pattern + (given.empty() ? "" : "?" + given), "", {}, b);
            CAPTURE(route.pattern);
            if (base.status == 403 && route.access == pakn::server::http::Access::officer) continue;
            ++admitted;
            REQUIRE(base.status >= 200);
            REQUIRE(base.status < 300);
            const json base_body = TestApp::body_of(base);
            const bool paged = base_body.is_object() && base_body.contains("total") && base_body.contains("items");
            for (const auto& key : keys) {
                for (const auto& p : payloads()) {
                    const std::string path = route.pattern + "?" + given + key + "=" + encode(p.text);
                    auto r = w.t.call("GET", path, "", {}, b);
                    ++probes;
                    const std::string at = where("GET", path, p.name, r);
                    if (r.status >= 500 || r.status < 200) {
                        FAIL_CHECK("server error: " << at);
                        continue;
                    }
                    if (r.status >= 400) {
                        if (auto problem = error_problem(r); !problem.empty()) FAIL_CHECK(problem << ": " << at);
                        continue;
                    }
                    if (!paged) continue;
                    const json got = TestApp::body_of(r);
                    if (!got.is_object() || !got.contains("total")) {
                        FAIL_CHECK("list lost its shape: " << at);
                        continue;
                    }
                    // A filter never widens a list; SQL words find nothing.
                    if (got["total"].get<std::int64_t>() > base_body["total"].get<std::int64_t>())
                        FAIL_CHECK("filter widened the list: " << at);
                    if (key == "q" && p.finds_nothing && searched.count(route.pattern) &&
                        got["total"].get<std::int64_t>() != 0)
                        FAIL_CHECK("search for SQL words found reports: " << at);
                }
            }
        }
        CHECK_MESSAGE(admitted > 0, "no caller admitted to " << route.pattern);
    }
    // Reading changes nothing (officers' report views are audited, lists are not).
    CHECK(changed(before, table_counts(w.t)) == "");
    CHECK(integrity(w.t) == "ok");
    MESSAGE("query parameter probes: " << probes);
}

// [SECTION] body fields ---------------------------------------------------------------

namespace {

// One form of the API: where it goes, who sends it, a valid body (fresh for
// every probe: captchas are single-use, codes must be unique) and the
// fields to poison.
struct Form {
    std::string method;
    std::function<std::string(World&)> path;
    std::function<Browser(World&)> who;
    std::function<json(World&)> valid;
    std::vector<std::string> fields;
    // The text of a 2xx must come back verbatim from here (nullptr: no check).
    std::function<std::string(World&, const Response&, const std::string& field)> stored = nullptr;
};

json captcha_fields(World& w, json body) {
    auto [cid, answer] = w.t.captcha();
    body["captcha_id"] = cid;
    body["captcha_answer"] = answer;
    return body;
}

std::string fresh(World& w, const char* prefix) { return prefix + std::to_string(++w.serial); }

const std::vector<Form>& forms() {
    static const std::vector<Form> all = {
        {"POST", [](World&) { return std::string("/api/v1/reports"); }, [](World& w) { return w.dispatcher; },
         [](World&) {
             return json{{"title", "Ngập nước đường Lê Hồng Phong"},
                         {"content", "Mưa lớn gây ngập sâu, xe máy chết máy hàng loạt."},
                         {"address", "Đường Lê Hồng Phong, Nha Trang"},
                         {"category_code", "xay_dung"},
                         {"commune_code", "22333"},
                         {"channel", "hotline"},
                         {"reporter_name", "Phạm Văn Dũng"},
                         {"reporter_phone", "0987654321"},
                         {"reporter_email", "dung@example.vn"},
                         {"is_public", false},
                         {"submit", true}};
         },
         {"title", "content", "address", "category_code", "commune_code", "channel", "reporter_name", "reporter_phone",
          "reporter_email", "attachment_ids", "lat", "is_public"},
         [](World& w, const Response& r, const std::string& field) -> std::string {
             const auto id = TestApp::body_of(r)["id"].get<std::int64_t>();
             const json d = TestApp::body_of(w.t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &w.dispatcher));
             return d.contains(field) && d[field].is_string() ? d[field].get<std::string>() : "";
         }},
        {"PATCH", [](World& w) { return "/api/v1/reports/" + std::to_string(w.draft); },
         [](World& w) { return w.citizen; },
         [](World&) {
             return json{{"title", "Đèn chiếu sáng hỏng"},
                         {"content", "Ba cột đèn liên tiếp không sáng từ tuần trước."},
                         {"address", "Đường Trần Phú"},
                         {"is_public", true},
                         {"submit", false}};
         },
         {"title", "content", "address", "category_code", "commune_code", "attachment_ids"},
         [](World& w, const Response&, const std::string& field) -> std::string {
             const json d = TestApp::body_of(w.t.call("GET", "/api/v1/reports/" + std::to_string(w.draft), "", {}, &w.citizen));
             return d.contains(field) && d[field].is_string() ? d[field].get<std::string>() : "";
         }},
        // A note changes no status, so every probe meets the same report.
        {"POST", [](World& w) { return "/api/v1/reports/" + std::to_string(w.submitted) + "/actions"; },
         [](World& w) { return w.dispatcher; },
         [](World&) { return json{{"action", "comment"}, {"note", "Đã gọi điện cho người phản ánh."}}; },
         {"action", "note", "reason_code", "duplicate_of", "unit_id", "result_text", "rating", "priority", "version"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/register"); }, [](World& w) { return w.visitor(); },
         [](World& w) {
             return captcha_fields(w, {{"kind", "citizen"},
                                       {"login", "0561916" + std::to_string(10000 + ++w.serial)},
                                       {"password", "matkhau2026"},
                                       {"full_name", "Lê Văn Cường"},
                                       {"phone", "09051" + std::to_string(10000 + ++w.serial)}});
         },
         {"kind", "login", "password", "full_name", "phone", "email", "address", "org_name", "representative",
          "captcha_id", "captcha_answer"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/login"); }, [](World& w) { return w.visitor(); },
         [](World& w) {
             return captcha_fields(w, {{"audience", "public"}, {"login", "056191653264"}, {"password", "sai-mat-khau"}});
         },
         {"audience", "login", "password", "captcha_id", "captcha_answer"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/register/verify"); }, [](World& w) { return w.visitor(); },
         [](World&) { return json{{"registration_id", "0123456789abcdef0123456789abcdef"}, {"otp", "123456"}}; },
         {"registration_id", "otp"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/otp/resend"); }, [](World& w) { return w.visitor(); },
         [](World&) { return json{{"registration_id", "0123456789abcdef0123456789abcdef"}}; },
         {"registration_id", "reset_id"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/password/forgot"); }, [](World& w) { return w.visitor(); },
         [](World& w) { return captcha_fields(w, {{"phone", "0905123456"}}); }, {"phone", "captcha_id", "captcha_answer"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/password/reset/check"); },
         [](World& w) { return w.visitor(); },
         [](World&) { return json{{"reset_id", "0123456789abcdef0123456789abcdef"}, {"otp", "123456"}}; },
         {"reset_id", "otp"}},
        {"POST", [](World&) { return std::string("/api/v1/auth/password/reset"); }, [](World& w) { return w.visitor(); },
         [](World&) {
             return json{{"reset_id", "0123456789abcdef0123456789abcdef"}, {"otp", "123456"}, {"new_password", "MatKhauMoi2026"}};
         },
         {"reset_id", "otp", "new_password"}},
        {"PATCH", [](World&) { return std::string("/api/v1/me"); }, [](World& w) { return w.citizen; },
         [](World&) { return json{{"address", "12 Lê Thánh Tôn, Nha Trang"}}; },
         {"full_name", "email", "address", "commune_code", "phone"},
         [](World& w, const Response&, const std::string& field) -> std::string {
             const json me = TestApp::body_of(w.t.call("GET", "/api/v1/me", "", {}, &w.citizen));
             return me.contains(field) && me[field].is_string() ? me[field].get<std::string>() : "";
         }},
        {"POST", [](World&) { return std::string("/api/v1/me/phone/verify"); }, [](World& w) { return w.citizen; },
         [](World&) { return json{{"otp", "123456"}}; }, {"otp"}},
        {"POST", [](World&) { return std::string("/api/v1/uploads"); }, [](World& w) { return w.citizen; },
         [](World&) { return json{{"name", "video.mp4"}, {"size", 1000}}; }, {"name", "size"}},
        {"POST", [](World&) { return std::string("/api/v1/admin/units"); }, [](World& w) { return w.admin; },
         [](World& w) {
             return json{{"code", fresh(w, "bql_")},       {"name", "Ban Quản lý dự án"}, {"kind", "department"},
                         {"address", "04 Phan Chu Trinh"}, {"phone", "0258 3822 123"},  {"email", "bqlda@khanhhoa.gov.vn"}};
         },
         {"code", "name", "kind", "address", "phone", "email", "commune_code"}},
        {"POST", [](World&) { return std::string("/api/v1/admin/officers"); }, [](World& w) { return w.admin; },
         [](World& w) {
             return json{{"username", fresh(w, "canbo.")}, {"full_name", "Lê Thị Hồng"}, {"unit_id", w.t.unit_id("SO-XD")},
                         {"role", "handler"}};
         },
         {"username", "full_name", "role", "phone", "email", "unit_id"}},
        {"POST", [](World&) { return std::string("/api/v1/admin/categories"); }, [](World& w) { return w.admin; },
         [](World& w) { return json{{"code", fresh(w, "linh_vuc_")}, {"name", "An ninh trật tự"}, {"group", "sector"}}; },
         {"code", "name", "group", "default_unit_id"}},
        {"PATCH", [](World&) { return std::string("/api/v1/admin/categories/xay_dung"); }, [](World& w) { return w.admin; },
         [](World&) { return json{{"code", "xay_dung"}, {"name", "Xây dựng"}, {"group", "sector"}}; },
         {"code", "name", "group", "sla"}},
        {"POST", [](World&) { return std::string("/api/v1/admin/holidays"); }, [](World& w) { return w.admin; },
         [](World&) { return json{{"date", "2026-11-20"}, {"kind", "remove"}, {"name", "Nghỉ bù"}}; },
         {"date", "kind", "name"}},
        {"POST", [](World&) { return std::string("/api/v1/admin/announcements"); }, [](World& w) { return w.admin; },
         [](World&) {
             return json{{"title", "Lễ hội Biển Nha Trang"},
                         {"summary", "Chuỗi hoạt động văn hóa."},
                         {"body", "Nhiều hoạt động diễn ra dọc đường Trần Phú."},
                         {"kind", "tourism"}};
         },
         {"title", "summary", "body", "kind"}},
        {"PUT", [](World&) { return std::string("/api/v1/admin/settings"); }, [](World& w) { return w.admin; },
         [](World&) {
             return json{{"rating_window_days", 30},
                         {"sessions", {{{"start", "07:00"}, {"end", "11:30"}}, {{"start", "13:30"}, {"end", "17:00"}}}},
                         {"working_weekdays", {1, 2, 3, 4, 5}}};
         },
         {"rating_window_days", "sessions", "working_weekdays"}},
    };
    return all;
}

// Sends one poisoned body; "" when the answer is acceptable.
std::string probe(World& w, const Form& f, const std::string& field, const std::string& text, const char* what,
                  bool is_string, const std::string& expect_stored) {
    Browser b = f.who(w);
    const std::string path = f.path(w);
    const auto before = table_counts(w.t);
    auto r = w.t.call(f.method, path, text, {{"content-type", "application/json"}}, &b);
    const auto after = table_counts(w.t);
    const std::string at = f.method + " " + path + "  field=" + field + "  payload=" + what +
                           "  got=" + std::to_string(r.status) + "  " + printable(r.payload());
    if (r.status >= 500 || r.status < 200) return "server error: " + at;
    if (r.status >= 400) {
        if (auto problem = error_problem(r); !problem.empty()) return problem + ": " + at;
        if (auto c = changed(before, after); !c.empty()) return "refused request wrote: " + c + ": " + at;
        return "";
    }
    if (auto s = shrunk(before, after); !s.empty()) return s + ": " + at;
    if (is_string && f.stored) {
        const std::string kept = f.stored(w, r, field);
        if (!kept.empty() && kept != expect_stored)
            return "stored text differs: \"" + printable(kept) + "\": " + at;
    }
    return "";
}

}  // namespace

TEST_CASE("injection: hostile JSON body fields get a 4xx or are stored verbatim, never a 5xx or lost rows") {
    World w;
    int probes = 0;
    for (const auto& f : forms()) {
        for (const auto& field : f.fields) {
            for (const auto& p : payloads()) {
                const std::string text = with_field(f.valid(w), field, p.text);
                // SQL text accepted as a title must come back as that text.
                const bool sql = p.finds_nothing;
                if (auto problem = probe(w, f, field, text, p.name, sql, p.text); !problem.empty()) FAIL_CHECK(problem);
                ++probes;
            }
            for (const auto& [name, value] : wrong_types()) {
                json body = f.valid(w);
                body[field] = value;
                if (auto problem = probe(w, f, field, body.dump(), name, false, ""); !problem.empty()) FAIL_CHECK(problem);
                ++probes;
            }
        }
        // Not JSON at all, or JSON of the wrong shape.
        for (const std::string& junk : {std::string("' OR 1=1 --"), std::string("{\"title\": "), std::string("[]"),
                                        std::string("null"), std::string("\xFF\xFE"), std::string(20000, '[')}) {
            if (auto problem = probe(w, f, "(body)", junk, "junk body", false, ""); !problem.empty()) FAIL_CHECK(problem);
            ++probes;
        }
    }
    // SQL-shaped titles were taken as plain text, stored byte for byte.
    const auto verbatim = w.t.app->db->read([](pakn::server::store::Connection& c) {
        auto st = c.prepare("SELECT COUNT(*) FROM reports WHERE title = ?");
        st.bind_all(std::string("\"; DROP TABLE reports; --"));
        const std::int64_t n = st.step() ? st.int64(0) : 0;
        st.reset();
        return n;
    });
    CHECK(verbatim >= 1);
    CHECK(integrity(w.t) == "ok");
    MESSAGE("body field probes: " << probes);
}

// [SECTION] attachment names -----------------------------------------------------------

namespace {

std::set<std::string> files_under(const std::string& dir) {
    std::set<std::string> out;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) out.insert(std::filesystem::relative(it->path(), dir).generic_string());
    return out;
}

// Files may appear only where the server keeps them: content-addressed
// files, upload parts, the database and its journal, the SMS log.
bool expected_place(const std::string& rel) {
    if (rel.starts_with("data/files/") || rel.starts_with("data/uploads/")) return true;
    return rel.starts_with("data/") && rel.find('/', 5) == std::string::npos;
}

}  // namespace

TEST_CASE("injection: hostile attachment names are kept as names: never a path, never a header break") {
    World w;
    const auto web_before = files_under(w.web.dir.path());
    const auto files_before = files_under(w.t.dir.path());
    int probes = 0;
    for (const auto& p : payloads()) {
        for (bool encoded : {true, false}) {
            // Header values cannot carry NUL or line breaks over the wire;
            // in-process they can, which is the harder case.
            const std::string name = encoded ? encode(p.text) : p.text;
            auto r = w.t.call("POST", "/api/v1/attachments", png_bytes(600 + static_cast<std::size_t>(probes)),
                              {{"content-type", "image/png"}, {"x-file-name", name}}, &w.citizen);
            ++probes;
            const std::string at = where("POST", "/api/v1/attachments  x-file-name", p.name, r);
            if (r.status >= 500) {
                FAIL_CHECK("server error: " << at);
                continue;
            }
            if (r.status >= 400) {
                if (auto problem = error_problem(r); !problem.empty()) FAIL_CHECK(problem << ": " << at);
                continue;
            }
            REQUIRE(r.status == 201);
            const auto id = TestApp::body_of(r)["id"].get<std::int64_t>();
            auto got = w.t.call("GET", "/api/v1/attachments/" + std::to_string(id), "", {}, &w.citizen);
            REQUIRE(got.status == 200);
            // Served from the content-addressed store, whatever the name says.
            CHECK_MESSAGE(got.file_path.find(w.t.app->config.data_dir + "/files/") == 0, at);
            CHECK_MESSAGE(got.file_path.find("..") == std::string::npos, at);
            const std::string cd(got.header("Content-Disposition").value_or(""));
            for (char bad : {'\r', '\n', '\0'}) CHECK_MESSAGE(cd.find(bad) == std::string::npos, at << "  " << printable(cd));
            // The quoted ASCII fallback holds no quote or backslash of its own.
            const auto q1 = cd.find("filename=\"");
            REQUIRE(q1 != std::string::npos);
            const auto q2 = cd.find('"', q1 + 10);
            REQUIRE(q2 != std::string::npos);
            CHECK_MESSAGE(cd.substr(q1 + 10, q2 - q1 - 10).find('\\') == std::string::npos, at);
            CHECK_MESSAGE(cd.substr(q2 + 1, 2) == "; ", at << "  " << printable(cd));
        }
        // The chunked path takes the name from JSON.
        const std::string bytes = png_bytes(700 + static_cast<std::size_t>(probes));
        json start = {{"name", "x"}, {"size", bytes.size()}};
        auto s = w.t.call("POST", "/api/v1/uploads", with_field(start, "name", p.text), {{"content-type", "application/json"}},
                          &w.citizen);
        ++probes;
        if (s.status >= 500) FAIL_CHECK("server error: " << where("POST", "/api/v1/uploads", p.name, s));
        if (s.status != 201) continue;
        const std::string up = TestApp::body_of(s)["upload_id"];
        REQUIRE(w.t.call("PUT", "/api/v1/uploads/" + up + "?offset=0", bytes, {{"content-type", "application/octet-stream"}},
                         &w.citizen)
                    .status == 200);
        auto done = w.t.send("POST", "/api/v1/uploads/" + up + "/complete", json::object(), &w.citizen);
        if (done.status >= 500) FAIL_CHECK("server error: " << where("POST", "complete", p.name, done));
    }
    for (const auto& f : files_under(w.t.dir.path()))
        if (!files_before.count(f)) CHECK_MESSAGE(expected_place(f), "file written outside the data folder: " << f);
    CHECK(files_under(w.web.dir.path()) == web_before);
    CHECK(integrity(w.t) == "ok");
    MESSAGE("attachment name probes: " << probes);
}

// [SECTION] static files ----------------------------------------------------------------

namespace {

const std::vector<std::string>& hostile_paths() {
    static const std::vector<std::string> all = {
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/.%2e/secret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/app.js/../../secret.txt",
        "/./app.js",
        "//etc/passwd",
        "/etc/passwd",
        "/web-secret.txt",
        "/../web-secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/\xC0\xAE\xC0\xAE/secret.txt",
        "/%252e%252e/secret.txt",
        "/index.html%00.png",
        std::string("/index.html\0.png", 16),
        "/%00",
        "/secret.txt",
        "/app.js%20",
        "/" + std::string(5000, 'a') + ".js",
        "/🚧.js",
        "/\xFF\xFE.js",
    };
    return all;
}

// A static answer is fine when it is an error that leaks nothing, or one of
// the web root's own files; "" when fine.
std::string static_problem(int status, std::string_view body) {
    if (status >= 500 && status != 503) return "server error";
    if (body.find(kSecret) != std::string_view::npos) return "served a file from outside the web root";
    if (body.find("root:") != std::string_view::npos) return "served /etc/passwd";
    if (status == 200 && body != kIndex && body != kAppJs) return "served something not in the web root";
    if (status >= 400 && !vietnamese(body)) return "error without a Vietnamese text";
    return "";
}

}  // namespace

TEST_CASE("injection: static paths never leave the web root (in-process)") {
    World w;
    REQUIRE(w.t.call("GET", "/app.js").payload() == kAppJs);
    for (const auto& path : hostile_paths()) {
        for (const char* method : {"GET", "HEAD"}) {
            auto r = w.t.call(method, path);
            if (auto problem = static_problem(r.status, r.payload()); !problem.empty())
                FAIL_CHECK(problem << ": " << method << " " << printable(path) << "  got=" << r.status << "  "
                                   << printable(r.payload()));
        }
        // Any ".." (plain or encoded) is refused outright.
        const bool dots = path.find("..") != std::string::npos || path.find("%2e") != std::string::npos ||
                          path.find("%2E") != std::string::npos;
        if (dots) CHECK_MESSAGE(w.t.call("GET", path).status == 400, printable(path));
    }
}

TEST_CASE("injection: static paths never leave the web root (raw bytes on a real socket)") {
    pakn::test::ServedApp s(2);
    pakn::test::write_file(s.dir.file("secret.txt"), kSecret);
    for (const auto& path : hostile_paths()) {
        pakn::test::HttpClient c("127.0.0.1", s.port, 5);
        auto r = c.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        // 0: the server closed the connection on a request it could not parse.
        const bool no_server_error = r.status < 500 || r.status == 503;
        CHECK_MESSAGE(no_server_error, printable(path) << "  got=" << r.status);
        CHECK_MESSAGE(r.body.find(kSecret) == std::string::npos, printable(path));
        CHECK_MESSAGE(r.body.find("root:") == std::string::npos, printable(path));
        if (r.status == 200) CHECK_MESSAGE(r.body == "<!doctype html>", printable(path) << "  " << printable(r.body));
    }
}
