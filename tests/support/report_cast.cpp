#include "support/report_cast.h"

#include <doctest/doctest.h>

namespace pakn::test {

ReportCast::ReportCast() {
    unit_xd = t.unit_id("SO-XD");
    REQUIRE(t.register_citizen("056191653264", "0905123456", kCastCitizenPassword, "Tôn Nữ Diễm Kiều") > 0);
    REQUIRE(t.login(owner, "056191653264", kCastCitizenPassword).status == 200);
    desk = t.officer("tiepnhan", "TTDH", "dispatcher");
    xd_handler = t.officer("xuly.xd", "SO-XD", "handler");
    xd_lead = t.officer("lanhdao.xd", "SO-XD", "unit_lead");
}

server::http::Response ReportCast::act(Browser& b, std::int64_t id, Action a, ActionParams p) {
    ActionRequestBody body;
    body.form.action = std::string(to_string(a));
    body.form.params = std::move(p);
    return t.send("POST", "/api/v1/reports/" + std::to_string(id) + "/actions", json::parse(encode(body)), &b);
}

json ReportCast::step(Browser& b, std::int64_t id, Action a, ActionParams p) {
    auto r = act(b, id, a, std::move(p));
    CAPTURE(to_string(a));
    CAPTURE(r.payload());
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

json ReportCast::detail(Browser& b, std::int64_t id) {
    auto r = t.call("GET", "/api/v1/reports/" + std::to_string(id), "", {}, &b);
    REQUIRE(r.status == 200);
    return TestApp::body_of(r);
}

std::int64_t ReportCast::sent_report(const std::string& category, const json& fields) {
    auto [cid, answer] = t.captcha();
    json form = {{"title", "Công trình xây dựng lấn chiếm vỉa hè đường Lê Thánh Tôn"},
                 {"content", "Vật liệu xây dựng đổ tràn ra vỉa hè suốt hai tuần, người đi bộ phải xuống lòng đường."},
                 {"address", "21 Lê Thánh Tôn"},
                 {"commune_code", "22333"},
                 {"category_code", category},
                 {"is_public", true},
                 {"attachment_ids", json::array()},
                 {"submit", true},
                 {"captcha_id", cid},
                 {"captcha_answer", answer}};
    form.update(fields);
    auto created = t.send("POST", "/api/v1/reports", form, &owner);
    CAPTURE(created.payload());
    REQUIRE(created.status == 201);
    return TestApp::body_of(created)["id"].get<std::int64_t>();
}

std::int64_t ReportCast::in_progress_report(const json& fields) {
    const auto id = sent_report("xay_dung", fields);
    ActionParams assign;
    assign.unit_id = unit_xd;
    step(desk, id, Action::assign, assign);
    step(xd_handler, id, Action::start);
    return id;
}

std::int64_t ReportCast::answered_report(const json& fields, const std::string& result) {
    const auto id = in_progress_report(fields);
    ActionParams answer;
    answer.result_text = result;
    step(xd_handler, id, Action::propose_result, answer);
    step(xd_lead, id, Action::approve_result);
    return id;
}

}  // namespace pakn::test
