// The authorization matrix: every route of THE route table (api_routes(),
// iterated as data) × every role × the caller's own resource or someone
// else's → the one status the design gives that cell. A route the matrix
// does not list fails the suite, so a new route cannot be forgotten; a
// failing cell prints method, path, role, ownership, expected and got.
// Then CSRF: every state-changing route refuses every signed-in role that
// does not send its own token, and nothing is written.
//
// Ownership: for a reporter, "own" is a report (notification, upload,
// attachment) of theirs and "another's" one of another citizen; for a unit
// officer, "own" is a report assigned to their unit and "another's" one
// assigned to another unit. Center roles (dispatcher, leader, admin) see
// every submitted report, so both columns read the same for them. Where the
// design hides existence (another person's report, upload or notification),
// the answer is 404, never 403.
//
// [SECTION] index: roles, the world, fixtures, the matrix rows, the tests.
#include <doctest/doctest.h>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "pakn/dto.h"
#include "pakn/tiles.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "store/follow_store.h"
#include "store/reports_store.h"
#include "store/saved_filters_store.h"
#include "store/templates_store.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;
using Pairs = pakn::server::http::Pairs;

namespace {

// [SECTION] roles ---------------------------------------------------------------

// The columns of the matrix, in this order.
enum class R { anonymous, citizen, organization, dispatcher, handler, unit_lead, leader, admin };
constexpr std::array<R, 8> kRoles = {R::anonymous, R::citizen, R::organization, R::dispatcher,
                                     R::handler,   R::unit_lead, R::leader,     R::admin};

const char* role_name(R r) {
    switch (r) {
        case R::anonymous: return "anonymous";
        case R::citizen: return "citizen";
        case R::organization: return "organization";
        case R::dispatcher: return "dispatcher";
        case R::handler: return "unit handler";
        case R::unit_lead: return "unit lead";
        case R::leader: return "provincial leader";
        case R::admin: return "admin";
    }
    return "?";
}

bool reporter(R r) { return r == R::citizen || r == R::organization; }
bool unit_officer(R r) { return r == R::handler || r == R::unit_lead; }

enum class Own { na, own, other };

const char* own_name(Own o) {
    switch (o) {
        case Own::na: return "n/a";
        case Own::own: return "own";
        case Own::other: return "another's";
    }
    return "?";
}

// One row of expected statuses, columns as kRoles; 0: the cell does not
// exist (an anonymous visitor owns nothing).
using Statuses = std::array<int, 8>;
constexpr int N = 0;

const std::string kPassword = "matkhau2026";       // reporters
const std::string kOfficerPassword = "CanBo2026pakn";  // set by TestApp::officer

// [SECTION] the world -----------------------------------------------------------

// A fresh application with one signed-in browser per role (used only for
// the cell's own request) and separate fixture actors, so a cell that signs
// its browser out or deletes its account does not disturb the next cell.
// The per-address limits of sign-up, resets and SMS are the subject of
// test_abuse.cpp; here every role calls from one address hundreds of times,
// so they are lifted to test who may call what.
void lift_address_limits(pakn::server::services::ServiceOptions& o) {
    o.auth.registrations_per_address = o.auth.resets_per_address = o.auth.wrong_codes_per_address = 1 << 20;
    o.auth.sms_per_address = o.auth.sms_per_phone_address = 1 << 20;
}

struct World {
    TestApp t{"", lift_address_limits};
    std::map<R, Browser> as;
    std::map<R, std::int64_t> account;
    std::map<R, std::int64_t> unit;  // officers' units
    std::map<R, std::string> password;
    Browser stranger;  // another citizen: owns every "another's" resource
    std::int64_t stranger_id = 0;
    const std::string stranger_cccd = "079203000123";
    const std::string stranger_phone = "0912345678";
    Browser desk, xd_handler, xd_lead, boss;  // fixture actors
    std::int64_t unit_xd = 0, unit_yt = 0;
    int serial = 0;

    World() {
        unit_xd = t.unit_id("SO-XD");
        unit_yt = t.unit_id("SO-YT");
        as[R::anonymous] = Browser{};
        as[R::anonymous].ip = "198.51.100.9";
        account[R::citizen] = t.register_citizen("056191653264", "0905123456");
        REQUIRE(account[R::citizen] > 0);
        REQUIRE(t.login(as[R::citizen], "056191653264", kPassword).status == 200);
        account[R::organization] = register_org("4201234567", "0935123456");
        REQUIRE(account[R::organization] > 0);
        REQUIRE(t.login(as[R::organization], "4201234567", kPassword).status == 200);
        stranger_id = t.register_citizen(stranger_cccd, stranger_phone, kPassword, "Trần Thị Bình");
        REQUIRE(stranger_id > 0);
        REQUIRE(t.login(stranger, stranger_cccd, kPassword).status == 200);
        struct O {
            R r;
            const char* user;
            const char* unit;
            const char* role;
        };
        for (const O& o : {O{R::dispatcher, "tiepnhan", "TTDH", "dispatcher"}, O{R::handler, "xuly.xd", "SO-XD", "handler"},
                           O{R::unit_lead, "lanhdao.xd", "SO-XD", "unit_lead"},
                           O{R::leader, "lanhdao.tinh", "VP-UBND", "leader"}, O{R::admin, "quantri", "TTDH", "admin"}}) {
            as[o.r] = t.officer(o.user, o.unit, o.role);
            REQUIRE_FALSE(as[o.r].csrf.empty());
            unit[o.r] = t.unit_id(o.unit);
            account[o.r] = id_of(o.user);
        }
        desk = t.officer("dieuphoi", "TTDH", "dispatcher");
        xd_handler = t.officer("xuly.xd2", "SO-XD", "handler");
        xd_lead = t.officer("lanhdao.xd2", "SO-XD", "unit_lead");
        boss = t.officer("quantri2", "TTDH", "admin");
        for (R r : kRoles) password[r] = reporter(r) ? kPassword : kOfficerPassword;
    }

    std::int64_t register_org(const std::string& code, const std::string& phone) {
        auto [cid, answer] = t.captcha();
        auto r = t.send("POST", "/api/v1/auth/register",
                        {{"kind", "organization"}, {"login", code}, {"password", kPassword},
                         {"full_name", "Trần Văn Bình"}, {"org_name", "Công ty TNHH Biển Xanh"},
                         {"representative", "Trần Văn Bình"}, {"phone", phone}, {"captcha_id", cid},
                         {"captcha_answer", answer}});
        if (r.status != 201) return -1;
        const std::string reg = TestApp::body_of(r)["registration_id"];
        auto v = t.send("POST", "/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", t.last_code(phone)}});
        return v.status == 200 ? TestApp::body_of(v)["id"].get<std::int64_t>() : -1;
    }

    std::int64_t id_of(const std::string& login) {
        return t.app->db->read([&](pakn::server::store::Connection& c) {
            auto st = c.prepare("SELECT id FROM accounts WHERE login = ?");
            st.bind_all(login);
            std::int64_t id = st.step() ? st.int64(0) : -1;
            st.reset();
            return id;
        });
    }

    // Unique identifiers for people a cell registers.
    std::string fresh_phone() { return "09051" + std::to_string(10000 + ++serial); }
    std::string fresh_cccd() { return "0561916" + std::to_string(10000 + ++serial); }

    json register_form(const std::string& cccd, const std::string& phone) {
        auto [cid, answer] = t.captcha();
        return {{"kind", "citizen"},   {"login", cccd},        {"password", kPassword}, {"full_name", "Lê Văn Cường"},
                {"phone", phone},      {"captcha_id", cid},    {"captcha_answer", answer}};
    }

    // A registration waiting for its SMS code: {registration_id, phone}.
    std::pair<std::string, std::string> registration() {
        const std::string phone = fresh_phone();
        auto r = t.send("POST", "/api/v1/auth/register", register_form(fresh_cccd(), phone));
        REQUIRE(r.status == 201);
        return {TestApp::body_of(r)["registration_id"].get<std::string>(), phone};
    }

    Response act(Browser& b, std::int64_t id, pakn::Action a, pakn::ActionParams p = {}) {
        return t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", action_body(a, p), &b);
    }

    static json action_body(pakn::Action a, const pakn::ActionParams& p = {}) {
        pakn::ActionRequestBody body;
        body.form.action = std::string(pakn::to_string(a));
        body.form.params = p;
        return json::parse(pakn::encode(body));
    }
};

// [SECTION] fixtures ------------------------------------------------------------

std::string png_bytes(std::size_t size = 600) {
    std::string s("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0", 33);
    s.resize(std::max(size, s.size()), '\x7f');
    return s;
}

Response upload(World& w, Browser& b) {
    return w.t.call("POST", "/api/v1/attachments", png_bytes(), {{"content-type", "image/png"}, {"x-file-name", "anh.png"}},
                    &b);
}

std::int64_t uploaded(World& w, Browser& b) {
    auto r = upload(w, b);
    REQUIRE(r.status == 201);
    return TestApp::body_of(r)["id"].get<std::int64_t>();
}

json report_form(World& w, bool submit, const std::vector<std::int64_t>& attachments = {}) {
    json body = {{"title", "Đèn chiếu sáng hỏng trên đường Trần Phú"},
                 {"content", "Ba cột đèn liên tiếp không sáng từ tuần trước, rất nguy hiểm khi đi đêm."},
                 {"address", "Đường Trần Phú, phường Nha Trang"},
                 {"category_code", "xay_dung"},
                 {"is_public", true},
                 {"attachment_ids", attachments},
                 {"submit", submit}};
    if (submit) {
        auto [cid, answer] = w.t.captcha();
        body["captcha_id"] = cid;
        body["captcha_answer"] = answer;
    }
    return body;
}

enum class Stage { draft, submitted, assigned, published };

struct ReportFx {
    std::int64_t id = 0;
    std::string code;
    std::int64_t attachment = 0;
};

// A report for the cell: written by the caller when the caller is a
// reporter and the cell is "own", else by the stranger; when assigned, to
// the caller's unit for "own" (SO-XD) and to another unit (SO-YT) otherwise.
ReportFx report(World& w, R r, Own o, Stage stage, bool with_attachment = false) {
    const bool by_caller = reporter(r) && o == Own::own;
    // The stranger's sent reports come in through the center's desk (matched
    // to the stranger's account by phone): one world serves hundreds of
    // cells, beyond a citizen's hourly submission limit; officers have none.
    const bool intake = !by_caller && stage != Stage::draft;
    Browser& author = by_caller ? w.as[r] : intake ? w.desk : w.stranger;
    ReportFx fx;
    std::vector<std::int64_t> files;
    if (with_attachment) {
        fx.attachment = uploaded(w, author);
        files.push_back(fx.attachment);
    }
    json form = report_form(w, stage != Stage::draft, files);
    if (intake) {
        form.erase("captcha_id");
        form.erase("captcha_answer");
        form["channel"] = "in_person";
        form["reporter_name"] = "Trần Thị Bình";
        form["reporter_phone"] = w.stranger_phone;
    }
    auto created = w.t.send("POST", "/api/v1/reports", form, &author);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    fx.id = TestApp::body_of(created)["id"].get<std::int64_t>();
    fx.code = TestApp::body_of(created).value("code", "");
    if (stage == Stage::assigned || stage == Stage::published) {
        pakn::ActionParams p;
        p.unit_id = stage == Stage::published || o == Own::own ? w.unit_xd : w.unit_yt;
        REQUIRE(w.act(w.desk, fx.id, pakn::Action::assign, p).status == 200);
    }
    if (stage == Stage::published) {
        REQUIRE(w.act(w.xd_handler, fx.id, pakn::Action::start).status == 200);
        pakn::ActionParams result;
        result.result_text = "Đơn vị đã thay bóng đèn và kiểm tra lại toàn tuyến.";
        REQUIRE(w.act(w.xd_handler, fx.id, pakn::Action::propose_result, result).status == 200);
        REQUIRE(w.act(w.xd_lead, fx.id, pakn::Action::approve_result).status == 200);
        REQUIRE(w.act(w.desk, fx.id, pakn::Action::publish).status == 200);
    }
    return fx;
}

// A chunked upload started by `b`; filled with a whole PNG when `fill`.
std::string upload_session(World& w, Browser& b, bool fill) {
    const std::string bytes = png_bytes();
    auto r = w.t.send("POST", "/api/v1/uploads", {{"name", "anh.png"}, {"size", bytes.size()}}, &b);
    REQUIRE(r.status == 201);
    const std::string id = TestApp::body_of(r)["upload_id"];
    if (fill)
        REQUIRE(w.t.call("PUT", "/api/v1/uploads/" + id + "?offset=0", bytes,
                         {{"content-type", "application/octet-stream"}}, &b)
                    .status == 200);
    return id;
}

bool upload_exists(World& w, const std::string& id) {
    return w.t.app->db->read([&](pakn::server::store::Connection& c) {
        auto st = c.prepare("SELECT COUNT(*) FROM uploads WHERE id = ?");
        st.bind_all(id);
        const bool found = st.step() && st.int64(0) == 1;
        st.reset();
        return found;
    });
}

std::int64_t notification_of(World& w, std::int64_t account) {
    return w.t.app->db->write([&](pakn::server::store::Connection& c) {
        pakn::server::store::NotificationRow n;
        n.account_id = account;
        n.kind = "announcement";
        n.title = "Thông báo thử";
        n.body = "Nội dung thông báo";
        n.created_at = w.t.clock.now();
        return pakn::server::store::insert_notification(c, n);
    });
}

json unit_form(const std::string& code) {
    return {{"code", code},
            {"name", "Ban Quản lý dự án đầu tư xây dựng"},
            {"kind", "department"},
            {"address", "04 Phan Chu Trinh, Nha Trang"},
            {"phone", "0258 3822 123"},
            {"email", "bqlda@khanhhoa.gov.vn"}};
}

std::int64_t created_id(const Response& r) {
    REQUIRE(r.status == 201);
    const json b = TestApp::body_of(r);
    if (b.contains("officer")) return b["officer"]["id"].get<std::int64_t>();
    return b["id"].get<std::int64_t>();
}

std::int64_t admin_unit(World& w) {
    return created_id(w.t.send("POST", "/api/v1/admin/units", unit_form("bql_" + std::to_string(++w.serial)), &w.boss));
}

json officer_form(World& w, const std::string& username) {
    return {{"username", username}, {"full_name", "Lê Thị Hồng"}, {"unit_id", w.unit_xd}, {"role", "handler"}};
}

std::int64_t admin_officer(World& w) {
    return created_id(
        w.t.send("POST", "/api/v1/admin/officers", officer_form(w, "canbo." + std::to_string(++w.serial)), &w.boss));
}

std::string admin_category(World& w) {
    const std::string code = "linh_vuc_" + std::to_string(++w.serial);
    auto r = w.t.send("POST", "/api/v1/admin/categories", {{"code", code}, {"name", "An ninh trật tự"}, {"group", "sector"}},
                      &w.boss);
    REQUIRE(r.status == 201);
    return code;
}

// An answer template for the cell: "own" is the caller's unit's (a unit
// officer) or the province's (the center's roles, the admin's scope);
// "another's" belongs to another unit (SO-YT).
std::int64_t answer_template(World& w, R r, Own o) {
    pakn::server::store::AnswerTemplateRow row;
    row.title = "Mẫu trả lời " + std::to_string(++w.serial);
    row.body = "Đơn vị đã xử lý hồ sơ {ma_ho_so}.";
    if (o == Own::other)
        row.unit_id = w.unit_yt;
    else if (unit_officer(r))
        row.unit_id = w.unit[r];
    row.created_at = row.updated_at = w.t.clock.now();
    return w.t.app->db->write(
        [&](pakn::server::store::Connection& c) { return pakn::server::store::insert_answer_template(c, row); });
}

// A saved filter for the cell: "own" is the caller's (an officer's; a
// reporter has none: the stranger's stands in), "another's" the desk's.
std::int64_t saved_filter(World& w, R r, Own o) {
    pakn::server::store::SavedFilterRow row;
    row.account_id = o == Own::own && w.account.count(r) && !reporter(r) ? w.account[r] : w.stranger_id;
    if (o == Own::other) row.account_id = w.id_of("dieuphoi");
    row.name = "Bộ lọc " + std::to_string(++w.serial);
    row.query = "category=xay_dung";
    row.created_at = w.t.clock.now();
    return w.t.app->db->write(
        [&](pakn::server::store::Connection& c) { return pakn::server::store::insert_saved_filter(c, row); });
}

// An area subscription of the caller's own account ("own") or the stranger's.
std::int64_t subscription(World& w, R r, Own o) {
    const std::int64_t account = o == Own::own && w.account.count(r) ? w.account[r] : w.stranger_id;
    return w.t.app->db->write([&](pakn::server::store::Connection& c) {
        return pakn::server::store::insert_subscription(c, account, "22333", "", w.t.clock.now());
    });
}

json answer_template_form(World& w) {
    return {{"title", "Đã khắc phục " + std::to_string(++w.serial)},
            {"body", "Kính gửi ông/bà {nguoi_phan_anh},\nĐơn vị đã xử lý."},
            {"category_code", "xay_dung"}};
}

json announcement_form() {
    return {{"title", "Lễ hội Biển Nha Trang"},
            {"summary", "Chuỗi hoạt động văn hóa, thể thao biển."},
            {"body", "Từ ngày 1 đến 5 tháng 6, nhiều hoạt động diễn ra dọc đường Trần Phú."},
            {"kind", "tourism"}};
}

std::int64_t announcement(World& w, bool published) {
    const auto id = created_id(w.t.send("POST", "/api/v1/admin/announcements", announcement_form(), &w.boss));
    if (published)
        REQUIRE(w.t.send("POST", "/api/v1/admin/announcements/" + std::to_string(id) + "/publish", json::object(), &w.boss)
                    .status == 200);
    return id;
}

// A holiday correction on its own weekday of December 2026.
std::int64_t holiday(World& w) {
    static constexpr int kWeekdays[] = {1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28};
    const int day = kWeekdays[++w.serial % 20];
    char date[16];
    std::snprintf(date, sizeof date, "2026-12-%02d", day);
    auto r = w.t.send("POST", "/api/v1/admin/holidays", {{"date", date}, {"kind", "add"}, {"name", "Nghỉ bù"}}, &w.boss);
    REQUIRE(r.status == 201);
    const json year = TestApp::body_of(r);
    for (const auto& c : year["corrections"])
        if (c.value("date", "") == date) return c["id"].get<std::int64_t>();
    FAIL("no correction for " << date << ": " << r.payload());
    return 0;
}

// A knowledge-base entry, a synonym group and an unanswered question of the
// help assistant, made for the cell.
std::int64_t knowledge_entry(World& w) {
    return created_id(w.t.send("POST", "/api/v1/admin/assistant/entries",
                               {{"question", "Câu hỏi " + std::to_string(++w.serial)}, {"answer", "Trả lời."}},
                               &w.boss));
}

std::int64_t synonym_group(World& w) {
    return created_id(w.t.send("POST", "/api/v1/admin/assistant/synonyms",
                               {{"phrases", "cụm " + std::to_string(++w.serial) + ", nhóm"}}, &w.boss));
}

std::int64_t unanswered_question(World& w) {
    const std::string text = "giá vàng hôm nay " + std::to_string(++w.serial);
    REQUIRE(w.t.send("POST", "/api/v1/assistant/ask", {{"text", text}}).status == 200);
    const json list = TestApp::body_of(w.t.call("GET", "/api/v1/admin/assistant/unanswered", "", {}, &w.boss));
    for (const auto& q : list)
        if (q.value("question", "") == text) return q["id"].get<std::int64_t>();
    FAIL("not listed: " << text);
    return 0;
}

// [SECTION] the matrix rows -----------------------------------------------------

// What a cell sends.
struct Req {
    std::string path;
    std::string body;
    Pairs headers;
};

Req get(std::string path) { return {std::move(path), "", {}}; }
Req json_req(std::string path, const json& body) {
    return {std::move(path), body.dump(), {{"content-type", "application/json"}}};
}

using Make = std::function<Req(World&, R, Own)>;
// Optional extra check after the request; "" when fine.
using Verify = std::function<std::string(World&, R, Own, const Req&)>;

struct Row {
    std::string method;
    std::string pattern;  // exactly as in routes.cpp
    std::string variant;  // which situation this row pins
    bool owned = false;
    Statuses own;    // the only column set when !owned
    Statuses other;  // unused when !owned
    Make make;
    Verify verify = nullptr;
    // Ends or replaces the cell browsers' sessions (or accounts): the row
    // gets a world of its own.
    bool ends_sessions = false;
};

Row ending_sessions(Row row) {
    row.ends_sessions = true;
    return row;
}

Row na(std::string method, std::string pattern, std::string variant, Statuses s, Make make) {
    return Row{std::move(method), std::move(pattern), std::move(variant), false, s, {}, std::move(make)};
}

Row owned(std::string method, std::string pattern, std::string variant, Statuses own, Statuses other, Make make,
          Verify verify = nullptr) {
    return Row{std::move(method), std::move(pattern), std::move(variant), true, own, other, std::move(make),
               std::move(verify)};
}

// Columns: anonymous, citizen, organization, dispatcher, handler, unit lead, leader, admin.
constexpr Statuses kAnyone200 = {200, 200, 200, 200, 200, 200, 200, 200};
constexpr Statuses kSession200 = {401, 200, 200, 200, 200, 200, 200, 200};
constexpr Statuses kSession204 = {401, 204, 204, 204, 204, 204, 204, 204};
constexpr Statuses kSession201 = {401, 201, 201, 201, 201, 201, 201, 201};
constexpr Statuses kReporter200 = {401, 200, 200, 403, 403, 403, 403, 403};
constexpr Statuses kOfficer200 = {401, 403, 403, 200, 200, 200, 200, 200};
constexpr Statuses kAdmin200 = {401, 403, 403, 403, 403, 403, 403, 200};
constexpr Statuses kAdmin201 = {401, 403, 403, 403, 403, 403, 403, 201};
constexpr Statuses kAdmin204 = {401, 403, 403, 403, 403, 403, 403, 204};

std::string id_path(const std::string& prefix, std::int64_t id, const std::string& suffix = "") {
    return prefix + std::to_string(id) + suffix;
}

const std::vector<Row>& rows() {
    using pakn::Action;
    static const std::vector<Row> all = {
        // ---------------------------------------------------------------- system
        na("GET", "/api/v1/health", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/health"); }),
        na("GET", "/api/v1/captcha", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/captcha"); }),
        na("GET", "/api/v1/captcha/{file}", "a fresh challenge's picture", kAnyone200,
           [](World& w, R, Own) {
               auto [cid, answer] = w.t.captcha();
               return get("/api/v1/captcha/" + cid + ".png");
           }),

        // ---------------------------------------------------------------- accounts
        na("POST", "/api/v1/auth/register", "a new citizen", {201, 201, 201, 201, 201, 201, 201, 201},
           [](World& w, R, Own) {
               return json_req("/api/v1/auth/register", w.register_form(w.fresh_cccd(), w.fresh_phone()));
           }),
        na("POST", "/api/v1/auth/register/verify", "the right code", kAnyone200,
           [](World& w, R, Own) {
               auto [reg, phone] = w.registration();
               return json_req("/api/v1/auth/register/verify", {{"registration_id", reg}, {"otp", w.t.last_code(phone)}});
           }),
        na("POST", "/api/v1/auth/otp/resend", "after the cooldown", kAnyone200,
           [](World& w, R, Own) {
               auto [reg, phone] = w.registration();
               w.t.clock.advance(61);
               return json_req("/api/v1/auth/otp/resend", {{"registration_id", reg}});
           }),
        ending_sessions(na("POST", "/api/v1/auth/login", "the stranger's credentials", kAnyone200,
           [](World& w, R, Own) {
               auto [cid, answer] = w.t.captcha();
               return json_req("/api/v1/auth/login", {{"audience", "public"},
                                                      {"login", w.stranger_cccd},
                                                      {"password", kPassword},
                                                      {"captcha_id", cid},
                                                      {"captcha_answer", answer}});
           })),
        ending_sessions(na("POST", "/api/v1/auth/logout", "", kSession204,
           [](World&, R, Own) { return json_req("/api/v1/auth/logout", json::object()); })),
        na("GET", "/api/v1/auth/session", "", {204, 200, 200, 200, 200, 200, 200, 200},
           [](World&, R, Own) { return get("/api/v1/auth/session"); }),
        na("POST", "/api/v1/auth/password/forgot", "", kAnyone200,
           [](World& w, R, Own) {
               auto [cid, answer] = w.t.captcha();
               return json_req("/api/v1/auth/password/forgot",
                               {{"phone", w.fresh_phone()}, {"captcha_id", cid}, {"captcha_answer", answer}});
           }),
        na("POST", "/api/v1/auth/password/reset/check", "the right code", {204, 204, 204, 204, 204, 204, 204, 204},
           [](World& w, R, Own) {
               const std::string phone = w.fresh_phone();
               REQUIRE(w.t.register_citizen(w.fresh_cccd(), phone) > 0);
               auto [cid, answer] = w.t.captcha();
               auto f = w.t.send("POST", "/api/v1/auth/password/forgot",
                                 {{"phone", phone}, {"captcha_id", cid}, {"captcha_answer", answer}});
               REQUIRE(f.status == 200);
               return json_req("/api/v1/auth/password/reset/check",
                               {{"reset_id", TestApp::body_of(f)["reset_id"]}, {"otp", w.t.last_code(phone)}});
           }),
        na("POST", "/api/v1/auth/password/reset", "the right code", {204, 204, 204, 204, 204, 204, 204, 204},
           [](World& w, R, Own) {
               const std::string phone = w.fresh_phone();
               REQUIRE(w.t.register_citizen(w.fresh_cccd(), phone) > 0);
               auto [cid, answer] = w.t.captcha();
               auto f = w.t.send("POST", "/api/v1/auth/password/forgot",
                                 {{"phone", phone}, {"captcha_id", cid}, {"captcha_answer", answer}});
               REQUIRE(f.status == 200);
               return json_req("/api/v1/auth/password/reset", {{"reset_id", TestApp::body_of(f)["reset_id"]},
                                                               {"otp", w.t.last_code(phone)},
                                                               {"new_password", "MatKhauMoi2026"}});
           }),
        na("GET", "/api/v1/me", "", kSession200, [](World&, R, Own) { return get("/api/v1/me"); }),
        na("PATCH", "/api/v1/me", "a new address", kReporter200,
           [](World&, R, Own) { return json_req("/api/v1/me", {{"address", "12 Lê Thánh Tôn, Nha Trang"}}); }),
        ending_sessions(na("DELETE", "/api/v1/me", "with the password", {401, 204, 204, 403, 403, 403, 403, 403},
           [](World& w, R r, Own) { return json_req("/api/v1/me", {{"password", w.password[r]}}); })),
        na("GET", "/api/v1/me/summary", "", kSession200, [](World&, R, Own) { return get("/api/v1/me/summary"); }),
        na("POST", "/api/v1/me/phone/verify", "the code sent to the new phone", kReporter200,
           [](World& w, R r, Own) {
               std::string code = "123456";
               if (reporter(r)) {
                   const std::string phone = w.fresh_phone();
                   REQUIRE(w.t.send("PATCH", "/api/v1/me", {{"phone", phone}}, &w.as[r]).status == 202);
                   code = w.t.last_code(phone);
               }
               return json_req("/api/v1/me/phone/verify", {{"otp", code}});
           }),
        ending_sessions(na("POST", "/api/v1/me/password", "the right old password", kSession204,
           [](World& w, R r, Own) {
               return json_req("/api/v1/me/password",
                               {{"old_password", w.password[r]}, {"new_password", "DoiMatKhau2026x"}});
           })),
        na("GET", "/api/v1/me/notifications", "", kSession200,
           [](World&, R, Own) { return get("/api/v1/me/notifications"); }),
        na("POST", "/api/v1/me/notifications/read", "", kSession204,
           [](World&, R, Own) { return json_req("/api/v1/me/notifications/read", json::object()); }),
        // Officers choose how they hear of work (e-mail/SMS, daily digest).
        na("GET", "/api/v1/me/notice-settings", "", kOfficer200,
           [](World&, R, Own) { return get("/api/v1/me/notice-settings"); }),
        na("PUT", "/api/v1/me/notice-settings", "", kOfficer200,
           [](World&, R, Own) { return json_req("/api/v1/me/notice-settings", {{"by_email", false}, {"by_sms", false}}); }),
        owned("POST", "/api/v1/me/notifications/{id}/read", "", {N, 204, 204, 204, 204, 204, 204, 204},
              {401, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  const auto id = notification_of(w, o == Own::own ? w.account[r] : w.stranger_id);
                  return json_req(id_path("/api/v1/me/notifications/", id, "/read"), json::object());
              }),
        na("GET", "/api/v1/me/reports", "", kReporter200, [](World&, R, Own) { return get("/api/v1/me/reports"); }),
        // Nhận tin theo khu vực: a reporter's own subscriptions only.
        na("GET", "/api/v1/me/subscriptions", "", kReporter200,
           [](World&, R, Own) { return get("/api/v1/me/subscriptions"); }),
        na("POST", "/api/v1/me/subscriptions", "a commune", {401, 201, 201, 403, 403, 403, 403, 403},
           [](World&, R, Own) { return json_req("/api/v1/me/subscriptions", {{"commune_code", "22333"}}); }),
        owned("DELETE", "/api/v1/me/subscriptions/{id}", "", {N, 204, 204, 403, 403, 403, 403, 403},
              {401, 404, 404, 403, 403, 403, 403, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/me/subscriptions/", subscription(w, r, o)), json::object());
              }),

        // ---------------------------------------------------------------- reports
        // Reporters send their own; the dispatcher enters hotline reports;
        // other officers do not write reports.
        na("POST", "/api/v1/reports", "submit (intake for officers)", {401, 201, 201, 201, 403, 403, 403, 403},
           [](World& w, R r, Own) {
               if (!(r == R::anonymous || reporter(r))) {
                   json intake = report_form(w, true);
                   intake["channel"] = "hotline";
                   intake["reporter_name"] = "Phạm Văn Dũng";
                   intake["reporter_phone"] = "0987654321";
                   return json_req("/api/v1/reports", intake);
               }
               return json_req("/api/v1/reports", report_form(w, true));
           }),
        // The nearby panel: public, masked, for anyone writing a report.
        na("GET", "/api/v1/reports/nearby", "by commune and category", kAnyone200,
           [](World&, R, Own) { return get("/api/v1/reports/nearby?commune=22333&category=xay_dung"); }),
        // Following: reporters follow others' reports the public may see;
        // their own already tells them everything.
        owned("POST", "/api/v1/reports/{id}/follow", "assigned, consented", {N, 409, 409, 403, 403, 403, 403, 403},
              {401, 200, 200, 403, 403, 403, 403, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/reports/", report(w, r, o, Stage::assigned).id, "/follow"),
                                  json::object());
              }),
        owned("DELETE", "/api/v1/reports/{id}/follow", "assigned, consented", {N, 200, 200, 403, 403, 403, 403, 403},
              {401, 200, 200, 403, 403, 403, 403, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/reports/", report(w, r, o, Stage::assigned).id, "/follow"),
                                  json::object());
              }),
        owned("GET", "/api/v1/reports/{id}", "assigned", {N, 200, 200, 200, 200, 200, 200, 200},
              {404, 404, 404, 200, 404, 404, 200, 200},
              [](World& w, R r, Own o) { return get(id_path("/api/v1/reports/", report(w, r, o, Stage::assigned).id)); }),
        // A draft is its writer's alone: no officer learns of it.
        owned("GET", "/api/v1/reports/{id}", "draft", {N, 200, 200, 404, 404, 404, 404, 404},
              {404, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) { return get(id_path("/api/v1/reports/", report(w, r, o, Stage::draft).id)); }),
        owned("PATCH", "/api/v1/reports/{id}", "draft", {N, 200, 200, 403, 403, 403, 403, 403},
              {401, 404, 404, 403, 403, 403, 403, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/reports/", report(w, r, o, Stage::draft).id), report_form(w, false));
              }),
        owned("PATCH", "/api/v1/reports/{id}", "submitted: the workflow refuses", {N, 409, 409, 403, 403, 403, 403, 403},
              {401, 404, 404, 403, 403, 403, 403, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/reports/", report(w, r, o, Stage::submitted).id),
                                  report_form(w, false));
              }),
        // Each role's own next step: the reporter withdraws, the dispatcher
        // accepts, the unit starts work; leader and admin act on nothing.
        owned("POST", "/api/v1/reports/{id}/actions", "the role's next step", {N, 200, 200, 200, 200, 200, 403, 403},
              {401, 404, 404, 200, 404, 404, 403, 403},
              [](World& w, R r, Own o) {
                  const bool unit = unit_officer(r);
                  const auto fx = report(w, r, o, unit ? Stage::assigned : Stage::submitted);
                  const Action a = r == R::anonymous || reporter(r) ? Action::withdraw
                                   : unit                           ? Action::start
                                                                    : Action::accept;
                  return json_req(id_path("/api/v1/reports/", fx.id, "/actions"), World::action_body(a));
              }),
        // The same roles, an action their role has but not in this status.
        owned("POST", "/api/v1/reports/{id}/actions", "not in this status", {N, 409, 409, 409, 409, 409, 403, 403},
              {401, 404, 404, 409, 404, 404, 403, 403},
              [](World& w, R r, Own o) {
                  const auto fx = report(w, r, o, Stage::assigned);
                  Action a = Action::accept;
                  if (r == R::anonymous || reporter(r)) a = Action::withdraw;
                  if (r == R::dispatcher) a = Action::publish;
                  pakn::ActionParams p;
                  if (unit_officer(r)) {  // an answer before work has started
                      a = Action::propose_result;
                      p.result_text = "Đơn vị đã thay bóng đèn và kiểm tra lại toàn tuyến.";
                  }
                  return json_req(id_path("/api/v1/reports/", fx.id, "/actions"), World::action_body(a, p));
              }),
        na("GET", "/api/v1/inbox", "", kOfficer200, [](World&, R, Own) { return get("/api/v1/inbox"); }),
        // The tabs' counts: the inbox's own scope, per tab.
        na("GET", "/api/v1/inbox/counts", "", kOfficer200,
           [](World&, R, Own) { return get("/api/v1/inbox/counts?category=xay_dung"); }),
        // Bulk: the dispatcher accepts, a unit comments on its own report or
        // another unit's (200 either way: each report's refusal is in the
        // answer, 404 for one the unit may not see); leader and admin have
        // no line for either action.
        owned("POST", "/api/v1/reports/bulk", "the role's bulk action", {N, 403, 403, 200, 200, 200, 403, 403},
              {401, 403, 403, 200, 200, 200, 403, 403},
              [](World& w, R r, Own o) {
                  const bool unit = unit_officer(r);
                  const auto fx = report(w, r, o, unit ? Stage::assigned : Stage::submitted);
                  json body = {{"action", unit ? "comment" : "accept"}, {"report_ids", json::array({fx.id})}};
                  if (unit) body["note"] = "Đã liên hệ phường để kiểm tra.";
                  return json_req("/api/v1/reports/bulk", body);
              }),
        // The cap is checked before anything else a role may do.
        na("POST", "/api/v1/reports/bulk", "over the cap", {401, 403, 403, 422, 422, 422, 422, 422},
           [](World&, R, Own) {
               json ids = json::array();
               for (int i = 1; i <= 101; ++i) ids.push_back(i);
               return json_req("/api/v1/reports/bulk", {{"action", "comment"}, {"report_ids", ids}, {"note", "x"}});
           }),
        // The export is the inbox's own scope as a file.
        na("GET", "/api/v1/inbox/export", "", kOfficer200, [](World&, R, Own) { return get("/api/v1/inbox/export"); }),
        // Bản đồ hồ sơ: the inbox's scope as points (test_officer_map.cpp checks whose).
        na("GET", "/api/v1/officer/map", "", kOfficer200, [](World&, R, Own) { return get("/api/v1/officer/map"); }),
        // ?unit= the caller's own unit or another: unit officers see only theirs.
        owned("GET", "/api/v1/officer/dashboard", "?unit=", {N, 403, 403, 200, 200, 200, 200, 200},
              {401, 403, 403, 200, 403, 403, 200, 200},
              [](World& w, R r, Own o) {
                  const auto u = o == Own::own && w.unit.count(r) ? w.unit[r] : w.unit_yt;
                  return get("/api/v1/officer/dashboard?unit=" + std::to_string(u));
              }),
        owned("GET", "/api/v1/officer/dashboard/export", "?unit=", {N, 403, 403, 200, 200, 200, 200, 200},
              {401, 403, 403, 200, 403, 403, 200, 200},
              [](World& w, R r, Own o) {
                  const auto u = o == Own::own && w.unit.count(r) ? w.unit[r] : w.unit_yt;
                  return get("/api/v1/officer/dashboard/export?format=csv&unit=" + std::to_string(u));
              }),
        // The history: unit leads (their unit's) and the admin (everything).
        na("GET", "/api/v1/officer/history", "", {401, 403, 403, 403, 403, 200, 403, 200},
           [](World&, R, Own) { return get("/api/v1/officer/history"); }),
        na("GET", "/api/v1/officer/colleagues", "", kOfficer200,
           [](World&, R, Own) { return get("/api/v1/officer/colleagues"); }),
        // Mẫu trả lời: every officer reads; unit leads write their unit's, the
        // admin the province's (and reads, but does not rewrite, a unit's).
        na("GET", "/api/v1/officer/answer-templates", "", kOfficer200,
           [](World&, R, Own) { return get("/api/v1/officer/answer-templates?category=xay_dung"); }),
        na("POST", "/api/v1/officer/answer-templates", "", {401, 403, 403, 403, 403, 201, 403, 201},
           [](World& w, R, Own) { return json_req("/api/v1/officer/answer-templates", answer_template_form(w)); }),
        owned("PATCH", "/api/v1/officer/answer-templates/{id}", "", {N, 403, 403, 403, 403, 200, 403, 200},
              {401, 403, 403, 404, 404, 404, 404, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/officer/answer-templates/", answer_template(w, r, o)),
                                  answer_template_form(w));
              }),
        owned("DELETE", "/api/v1/officer/answer-templates/{id}", "", {N, 403, 403, 403, 403, 204, 403, 204},
              {401, 403, 403, 404, 404, 404, 404, 403},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/officer/answer-templates/", answer_template(w, r, o)), json::object());
              }),
        // Bộ lọc đã lưu: every officer keeps their own; another's is not there (404).
        na("GET", "/api/v1/officer/saved-filters", "", kOfficer200,
           [](World&, R, Own) { return get("/api/v1/officer/saved-filters"); }),
        na("POST", "/api/v1/officer/saved-filters", "", {401, 403, 403, 201, 201, 201, 201, 201},
           [](World& w, R, Own) {
               return json_req("/api/v1/officer/saved-filters",
                               {{"name", "Xây dựng " + std::to_string(++w.serial)}, {"query", "category=xay_dung"}});
           }),
        owned("DELETE", "/api/v1/officer/saved-filters/{id}", "", {N, 403, 403, 204, 204, 204, 204, 204},
              {401, 403, 403, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  return json_req(id_path("/api/v1/officer/saved-filters/", saved_filter(w, r, o)), json::object());
              }),
        na("GET", "/api/v1/events", "", kSession200, [](World&, R, Own) { return get("/api/v1/events"); }),

        // ---------------------------------------------------------------- attachments
        na("POST", "/api/v1/attachments", "a PNG", kSession201,
           [](World&, R, Own) {
               return Req{"/api/v1/attachments", png_bytes(), {{"content-type", "image/png"}, {"x-file-name", "anh.png"}}};
           }),
        owned("GET", "/api/v1/attachments/{id}", "in an assigned report", {N, 200, 200, 200, 200, 200, 200, 200},
              {404, 404, 404, 200, 404, 404, 200, 200},
              [](World& w, R r, Own o) {
                  return get(id_path("/api/v1/attachments/", report(w, r, o, Stage::assigned, true).attachment));
              }),
        owned("GET", "/api/v1/attachments/{id}", "not yet in a report", {N, 200, 200, 200, 200, 200, 200, 200},
              {404, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  return get(id_path("/api/v1/attachments/", uploaded(w, o == Own::own ? w.as[r] : w.stranger)));
              }),
        na("POST", "/api/v1/uploads", "", kSession201,
           [](World&, R, Own) { return json_req("/api/v1/uploads", {{"name", "video.mp4"}, {"size", 1000}}); }),
        owned("PUT", "/api/v1/uploads/{id}", "first chunk", {N, 200, 200, 200, 200, 200, 200, 200},
              {401, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  const auto id = upload_session(w, o == Own::own ? w.as[r] : w.stranger, false);
                  return Req{"/api/v1/uploads/" + id + "?offset=0", png_bytes(),
                             {{"content-type", "application/octet-stream"}}};
              }),
        owned("POST", "/api/v1/uploads/{id}/complete", "all bytes received", {N, 201, 201, 201, 201, 201, 201, 201},
              {401, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  const auto id = upload_session(w, o == Own::own ? w.as[r] : w.stranger, true);
                  return json_req("/api/v1/uploads/" + id + "/complete", json::object());
              }),
        // Aborting someone else's upload answers like aborting a finished
        // one (nothing to learn) and leaves it in place.
        owned("DELETE", "/api/v1/uploads/{id}", "", {N, 204, 204, 204, 204, 204, 204, 204},
              {401, 204, 204, 204, 204, 204, 204, 204},
              [](World& w, R r, Own o) {
                  const auto id = upload_session(w, o == Own::own ? w.as[r] : w.stranger, false);
                  return json_req("/api/v1/uploads/" + id, json::object());
              },
              [](World& w, R, Own o, const Req& req) -> std::string {
                  const std::string id = req.path.substr(std::string("/api/v1/uploads/").size());
                  const bool still = upload_exists(w, id);
                  if (o == Own::other && !still) return "another's upload was deleted";
                  if (o == Own::own && still) return "own upload not deleted";
                  return "";
              }),

        // Only the role that publishes previews the public version; units,
        // leaders and admins publish nothing.
        na("GET", "/api/v1/reports/{id}/public-preview", "a report the dispatcher sees",
           {401, 403, 403, 200, 403, 403, 403, 403},
           [](World& w, R r, Own) {
               return get(id_path("/api/v1/reports/", report(w, r, Own::other, Stage::assigned).id, "/public-preview"));
           }),

        // ---------------------------------------------------------------- public
        na("GET", "/api/v1/public/lookup/{code}", "a submitted report", kAnyone200,
           [](World& w, R r, Own) {
               return get("/api/v1/public/lookup/" + report(w, r, Own::other, Stage::submitted).code);
           }),
        na("GET", "/api/v1/public/reports", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/public/reports"); }),
        na("GET", "/api/v1/public/reports/{id}", "published", kAnyone200,
           [](World& w, R r, Own) {
               return get(id_path("/api/v1/public/reports/", report(w, r, Own::other, Stage::published).id));
           }),
        // The public door ignores the session: not published is not found,
        // also for the writer and the officers.
        owned("GET", "/api/v1/public/reports/{id}", "not published", {N, 404, 404, 404, 404, 404, 404, 404},
              {404, 404, 404, 404, 404, 404, 404, 404},
              [](World& w, R r, Own o) {
                  return get(id_path("/api/v1/public/reports/", report(w, r, o, Stage::assigned).id));
              }),
        na("GET", "/api/v1/public/categories", "", kAnyone200,
           [](World&, R, Own) { return get("/api/v1/public/categories"); }),
        na("GET", "/api/v1/public/communes", "", kAnyone200,
           [](World&, R, Own) { return get("/api/v1/public/communes"); }),
        na("GET", "/api/v1/public/units", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/public/units"); }),
        na("GET", "/api/v1/public/stats", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/public/stats"); }),
        na("GET", "/api/v1/public/map", "", kAnyone200, [](World&, R, Own) { return get("/api/v1/public/map"); }),
        na("GET", "/api/v1/public/announcements", "", kAnyone200,
           [](World&, R, Own) { return get("/api/v1/public/announcements"); }),
        na("GET", "/api/v1/public/announcements/{id}", "published", kAnyone200,
           [](World& w, R, Own) { return get(id_path("/api/v1/public/announcements/", announcement(w, true))); }),
        na("GET", "/api/v1/public/announcements/{id}", "not published", {404, 404, 404, 404, 404, 404, 404, 404},
           [](World& w, R, Own) { return get(id_path("/api/v1/public/announcements/", announcement(w, false))); }),

        // ---------------------------------------------------------------- public pages as documents
        // The same for every role (the public's view); their 404s are HTML
        // pages, not the API's error body: test_pages.cpp checks them.
        na("GET", "/cong-khai", "", kAnyone200, [](World&, R, Own) { return get("/cong-khai"); }),
        na("GET", "/cong-khai/{id}", "published", kAnyone200,
           [](World& w, R r, Own) { return get(id_path("/cong-khai/", report(w, r, Own::other, Stage::published).id)); }),
        na("GET", "/tin-tuc", "", kAnyone200, [](World&, R, Own) { return get("/tin-tuc"); }),
        na("GET", "/tin-tuc/{id}", "published", kAnyone200,
           [](World& w, R, Own) { return get(id_path("/tin-tuc/", announcement(w, true))); }),
        na("GET", "/thong-ke", "", kAnyone200, [](World&, R, Own) { return get("/thong-ke"); }),
        na("GET", "/dia-chi-can-biet", "", kAnyone200, [](World&, R, Own) { return get("/dia-chi-can-biet"); }),
        na("GET", "/huong-dan", "", kAnyone200, [](World&, R, Own) { return get("/huong-dan"); }),
        na("GET", "/sitemap.xml", "", kAnyone200, [](World&, R, Own) { return get("/sitemap.xml"); }),
        na("GET", "/robots.txt", "", kAnyone200, [](World&, R, Own) { return get("/robots.txt"); }),
        // Base-map tiles: open to everyone (the demo pyramid, written once per world)
        na("GET", "/tiles/{z}/{x}/{y}", "", kAnyone200,
           [](World& w, R, Own) {
               if (w.t.app->services->tiles.source().empty()) {
                   const std::string path = w.t.dir.file("tiles.mbtiles");
                   pakn::server::services::write_demo_tiles(path, 7);
                   REQUIRE(w.t.app->services->tiles.use_mbtiles(path).empty());
               }
               const pakn::TileXY at = pakn::tile_of(pakn::LonLat{109.19, 12.24}, 7);
               return get("/tiles/7/" + std::to_string(at.x) + "/" + std::to_string(at.y));
           }),

        // ---------------------------------------------------------------- administration
        na("GET", "/api/v1/admin/units", "", kAdmin200, [](World&, R, Own) { return get("/api/v1/admin/units"); }),
        na("POST", "/api/v1/admin/units", "", kAdmin201,
           [](World& w, R, Own) {
               return json_req("/api/v1/admin/units", unit_form("bql_moi_" + std::to_string(++w.serial)));
           }),
        na("PATCH", "/api/v1/admin/units/{id}", "", kAdmin200,
           [](World& w, R, Own) {
               const auto id = admin_unit(w);
               json form = unit_form("bql_" + std::to_string(w.serial));
               form["name"] = "Ban Quản lý dự án (đổi tên)";
               return json_req(id_path("/api/v1/admin/units/", id), form);
           }),
        na("POST", "/api/v1/admin/units/{id}/deactivate", "", kAdmin200,
           [](World& w, R, Own) { return json_req(id_path("/api/v1/admin/units/", admin_unit(w), "/deactivate"), json::object()); }),
        na("POST", "/api/v1/admin/units/{id}/activate", "", kAdmin200,
           [](World& w, R, Own) {
               const auto id = admin_unit(w);
               REQUIRE(w.t.send("POST", id_path("/api/v1/admin/units/", id, "/deactivate"), json::object(), &w.boss)
                           .status == 200);
               return json_req(id_path("/api/v1/admin/units/", id, "/activate"), json::object());
           }),
        na("GET", "/api/v1/admin/officers", "", kAdmin200, [](World&, R, Own) { return get("/api/v1/admin/officers"); }),
        na("POST", "/api/v1/admin/officers", "", kAdmin201,
           [](World& w, R, Own) {
               return json_req("/api/v1/admin/officers", officer_form(w, "canbo.moi" + std::to_string(++w.serial)));
           }),
        na("PATCH", "/api/v1/admin/officers/{id}", "", kAdmin200,
           [](World& w, R, Own) {
               const auto id = admin_officer(w);
               json form = officer_form(w, "canbo." + std::to_string(w.serial));
               form["full_name"] = "Lê Thị Hồng Nhung";
               return json_req(id_path("/api/v1/admin/officers/", id), form);
           }),
        na("POST", "/api/v1/admin/officers/{id}/disable", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/officers/", admin_officer(w), "/disable"), json::object());
           }),
        na("POST", "/api/v1/admin/officers/{id}/enable", "", kAdmin200,
           [](World& w, R, Own) {
               const auto id = admin_officer(w);
               REQUIRE(w.t.send("POST", id_path("/api/v1/admin/officers/", id, "/disable"), json::object(), &w.boss)
                           .status == 200);
               return json_req(id_path("/api/v1/admin/officers/", id, "/enable"), json::object());
           }),
        na("POST", "/api/v1/admin/officers/{id}/reset-password", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/officers/", admin_officer(w), "/reset-password"), json::object());
           }),
        na("GET", "/api/v1/admin/categories", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/categories"); }),
        na("POST", "/api/v1/admin/categories", "", kAdmin201,
           [](World& w, R, Own) {
               return json_req("/api/v1/admin/categories", {{"code", "linh_vuc_moi_" + std::to_string(++w.serial)},
                                                           {"name", "An ninh trật tự"},
                                                           {"group", "sector"}});
           }),
        na("PATCH", "/api/v1/admin/categories/{code}", "", kAdmin200,
           [](World& w, R, Own) {
               const auto code = admin_category(w);
               return json_req("/api/v1/admin/categories/" + code,
                               {{"code", code}, {"name", "An ninh, trật tự đô thị"}, {"group", "sector"}});
           }),
        na("POST", "/api/v1/admin/categories/{code}/deactivate", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req("/api/v1/admin/categories/" + admin_category(w) + "/deactivate", json::object());
           }),
        na("POST", "/api/v1/admin/categories/{code}/activate", "", kAdmin200,
           [](World& w, R, Own) {
               const auto code = admin_category(w);
               REQUIRE(w.t.send("POST", "/api/v1/admin/categories/" + code + "/deactivate", json::object(), &w.boss)
                           .status == 200);
               return json_req("/api/v1/admin/categories/" + code + "/activate", json::object());
           }),
        na("GET", "/api/v1/admin/holidays", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/holidays?year=2026"); }),
        na("POST", "/api/v1/admin/holidays", "", kAdmin201,
           [](World&, R, Own) {
               return json_req("/api/v1/admin/holidays", {{"date", "2026-11-20"}, {"kind", "add"}, {"name", "Nghỉ bù"}});
           }),
        na("DELETE", "/api/v1/admin/holidays/{id}", "", kAdmin200,
           [](World& w, R, Own) { return json_req(id_path("/api/v1/admin/holidays/", holiday(w)), json::object()); }),
        na("GET", "/api/v1/admin/announcements", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/announcements"); }),
        na("POST", "/api/v1/admin/announcements", "", kAdmin201,
           [](World&, R, Own) { return json_req("/api/v1/admin/announcements", announcement_form()); }),
        na("GET", "/api/v1/admin/announcements/{id}", "", kAdmin200,
           [](World& w, R, Own) { return get(id_path("/api/v1/admin/announcements/", announcement(w, false))); }),
        na("PATCH", "/api/v1/admin/announcements/{id}", "", kAdmin200,
           [](World& w, R, Own) {
               json form = announcement_form();
               form["title"] = "Lễ hội Biển Nha Trang 2027";
               return json_req(id_path("/api/v1/admin/announcements/", announcement(w, false)), form);
           }),
        na("POST", "/api/v1/admin/announcements/{id}/publish", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/announcements/", announcement(w, false), "/publish"), json::object());
           }),
        na("POST", "/api/v1/admin/announcements/{id}/unpublish", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/announcements/", announcement(w, true), "/unpublish"),
                               json::object());
           }),
        na("DELETE", "/api/v1/admin/announcements/{id}", "", kAdmin204,
           [](World& w, R, Own) { return json_req(id_path("/api/v1/admin/announcements/", announcement(w, false)), json::object()); }),
        na("GET", "/api/v1/admin/settings", "", kAdmin200, [](World&, R, Own) { return get("/api/v1/admin/settings"); }),
        // Trợ lý ảo: anyone asks; only the admin manages what it knows.
        na("POST", "/api/v1/assistant/ask", "a question", kAnyone200,
           [](World&, R, Own) { return json_req("/api/v1/assistant/ask", {{"text", "quên mật khẩu"}}); }),
        na("GET", "/api/v1/admin/assistant/entries", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/assistant/entries"); }),
        na("POST", "/api/v1/admin/assistant/entries", "", kAdmin201,
           [](World&, R, Own) {
               return json_req("/api/v1/admin/assistant/entries", {{"question", "Hỏi?"}, {"answer", "Đáp."}});
           }),
        na("PATCH", "/api/v1/admin/assistant/entries/{id}", "", kAdmin200,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/assistant/entries/", knowledge_entry(w)),
                               {{"question", "Hỏi lại?"}, {"answer", "Đáp."}});
           }),
        na("DELETE", "/api/v1/admin/assistant/entries/{id}", "", kAdmin204,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/assistant/entries/", knowledge_entry(w)), json::object());
           }),
        na("GET", "/api/v1/admin/assistant/synonyms", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/assistant/synonyms"); }),
        na("POST", "/api/v1/admin/assistant/synonyms", "", kAdmin201,
           [](World&, R, Own) { return json_req("/api/v1/admin/assistant/synonyms", {{"phrases", "đèn, bóng điện"}}); }),
        na("DELETE", "/api/v1/admin/assistant/synonyms/{id}", "", kAdmin204,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/assistant/synonyms/", synonym_group(w)), json::object());
           }),
        na("GET", "/api/v1/admin/assistant/unanswered", "", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/assistant/unanswered"); }),
        na("DELETE", "/api/v1/admin/assistant/unanswered/{id}", "", kAdmin204,
           [](World& w, R, Own) {
               return json_req(id_path("/api/v1/admin/assistant/unanswered/", unanswered_question(w)), json::object());
           }),
        na("GET", "/api/v1/admin/outbox", "SMS and e-mail with masked recipients", kAdmin200,
           [](World&, R, Own) { return get("/api/v1/admin/outbox?channel=sms"); }),
        na("PUT", "/api/v1/admin/settings", "", kAdmin200,
           [](World&, R, Own) {
               return json_req("/api/v1/admin/settings",
                               {{"rating_window_days", 10},
                                {"sessions", {{{"start", "07:30"}, {"end", "11:30"}}, {{"start", "13:00"}, {"end", "17:00"}}}},
                                {"working_weekdays", {1, 2, 3, 4, 5}}});
           }),
    };
    return all;
}

// Every row count of every table: what "nothing was written" means here.
std::map<std::string, std::int64_t> table_counts(TestApp& t) {
    return t.app->db->read([](pakn::server::store::Connection& c) {
        std::vector<std::string> tables;
        auto st = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.step()) tables.push_back(st.text(0));
        st.reset();
        std::map<std::string, std::int64_t> out;
        for (const auto& name : tables) out[name] = c.scalar_int("SELECT COUNT(*) FROM \"" + name + "\"").value_or(-1);
        return out;
    });
}

// An error answer must be the API's body with a message people can read
// (Vietnamese: not plain ASCII); "" when it is.
std::string error_body_problem(const Response& r) {
    if (r.status < 400) return "";
    const json b = TestApp::body_of(r);
    if (!b.is_object() || !b.contains("error") || !b["error"].is_object()) return "no {\"error\": ...} body";
    const std::string code = b["error"].value("code", "");
    const std::string message = b["error"].value("message", "");
    if (code.empty()) return "error without a code";
    bool non_ascii = false;
    for (unsigned char ch : message) non_ascii = non_ascii || ch >= 0x80;
    if (!non_ascii) return "error message not Vietnamese: \"" + message + "\"";
    return "";
}

std::string describe(const Row& row, const Req& req, R r, Own o, int expected, const Response& got) {
    std::ostringstream s;
    s << row.method << " " << req.path << "  [route " << row.pattern << (row.variant.empty() ? "" : ", " + row.variant)
      << "]  role=" << role_name(r) << "  ownership=" << own_name(o) << "  expected=" << expected
      << "  got=" << got.status << "  body=" << std::string(got.payload().substr(0, 300));
    return s.str();
}

}  // namespace

// [SECTION] the tests -----------------------------------------------------------

TEST_CASE("authz: the matrix lists every route of the route table, and only those") {
    std::set<std::string> listed;
    for (const auto& row : rows()) listed.insert(row.method + " " + row.pattern);
    std::set<std::string> routes;
    for (const auto& route : pakn::server::http::api_routes()) {
        const std::string key = route.method + " " + route.pattern;
        routes.insert(key);
        if (!listed.count(key)) FAIL_CHECK("route without a row in the authorization matrix: " << key);
    }
    for (const auto& key : listed)
        if (!routes.count(key)) FAIL_CHECK("matrix row for a route that does not exist: " << key);
}

TEST_CASE("authz: every route × every role × own/another's resource answers the designed status") {
    int cells = 0;
    // Cells use their own browser and fresh fixtures, so they cannot disturb
    // each other: one world serves every row but those that end sessions.
    auto shared = std::make_unique<World>();
    for (const auto& row : rows()) {
        std::unique_ptr<World> fresh = row.ends_sessions ? std::make_unique<World>() : nullptr;
        World& w = fresh ? *fresh : *shared;
        for (Own o : row.owned ? std::vector<Own>{Own::own, Own::other} : std::vector<Own>{Own::na}) {
            const Statuses& expected = o == Own::other ? row.other : row.own;
            for (std::size_t i = 0; i < kRoles.size(); ++i) {
                if (expected[i] == N) continue;
                const R r = kRoles[i];
                const Req req = row.make(w, r, o);
                auto got = w.t.call(row.method, req.path, req.body, req.headers, &w.as[r]);
                ++cells;
                if (got.status != expected[i]) {
                    FAIL_CHECK(describe(row, req, r, o, expected[i], got));
                    continue;
                }
                if (auto problem = error_body_problem(got); !problem.empty())
                    FAIL_CHECK(describe(row, req, r, o, expected[i], got) << "  problem: " << problem);
                if (row.verify)
                    if (auto problem = row.verify(w, r, o, req); !problem.empty())
                        FAIL_CHECK(describe(row, req, r, o, expected[i], got) << "  problem: " << problem);
            }
        }
    }
    MESSAGE("authorization matrix: " << rows().size() << " rows, " << cells << " cells");
    CHECK(cells >= 600);
}

TEST_CASE("authz: every state-changing route refuses a signed-in role without its own CSRF token, writing nothing") {
    World w;
    int probes = 0;
    for (const auto& row : rows()) {
        if (row.method == "GET") continue;
        for (std::size_t i = 1; i < kRoles.size(); ++i) {  // every signed-in role
            const R r = kRoles[i];
            const Own o = row.owned ? Own::own : Own::na;
            const Req req = row.make(w, r, o);
            // No token, and the token of another person's session.
            Browser missing = w.as[r];
            missing.csrf.clear();
            Browser foreign = w.as[r];
            foreign.csrf = w.stranger.csrf;
            for (Browser* b : {&missing, &foreign}) {
                const auto before = table_counts(w.t);
                auto got = w.t.call(row.method, req.path, req.body, req.headers, b);
                ++probes;
                const json body = TestApp::body_of(got);
                const std::string code = body.is_object() && body.contains("error") ? body["error"].value("code", "") : "";
                if (got.status != 403 || code != "csrf_failed")
                    FAIL_CHECK(row.method << " " << req.path << "  role=" << role_name(r)
                                          << (b == &missing ? "  no CSRF token" : "  another session's CSRF token")
                                          << "  expected=403 csrf_failed  got=" << got.status << " "
                                          << std::string(got.payload().substr(0, 200)));
                if (table_counts(w.t) != before)
                    FAIL_CHECK(row.method << " " << req.path << "  role=" << role_name(r)
                                          << ": refused request changed the database");
            }
            // The browser keeps its session: the refusal did not sign it out.
            CHECK(w.t.call("GET", "/api/v1/auth/session", "", {}, &w.as[r]).status == 200);
        }
    }
    MESSAGE("CSRF probes: " << probes);
    CHECK(probes >= 2 * 7 * 40);
}
