// pakn/answer_templates.h: the template form's rules, which templates a
// report's category offers, the placeholder filling, and the wire format.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pakn/answer_templates.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

std::string codes_of(const FieldErrors& errors) {
    std::string out;
    for (const auto& e : errors)
        out += (out.empty() ? "" : " ") + e.field + ":" + e.code;
    return out;
}

}  // namespace

TEST_CASE("answer templates: who manages them") {
    // role, manages
    const std::pair<Role, bool> rows[] = {
        {Role::unit_lead, true}, {Role::admin, true},    {Role::handler, false},      {Role::dispatcher, false},
        {Role::leader, false},   {Role::citizen, false}, {Role::organization, false}, {Role::system, false},
    };
    for (const auto& row : rows) {
        CAPTURE(to_string(row.first));
        CHECK(can_manage_templates(row.first) == row.second);
    }
}

TEST_CASE("answer templates: form rules, one row per case") {
    const std::vector<std::string> known = {"xay_dung", "moi_truong"};
    const std::string long_title(201, 'a');
    const std::string max_title(200, 'a');
    std::string long_body;
    for (int i = 0; i < 5001; ++i)
        long_body += "ệ";  // 5001 characters, 15003 bytes
    const std::string max_body = long_body.substr(3);

    struct Row {
        const char* name;
        AnswerTemplateForm form;
        std::string errors;  // "field:code ..." in order, "" when valid
    };
    // name, form {title, body, category}, expected errors
    const Row rows[] = {
        {"valid, one category", {"Đã khắc phục", "Đơn vị đã xử lý.", "xay_dung"}, ""},
        {"valid, all categories", {"Cảm ơn", "Cảm ơn ông/bà.", ""}, ""},
        {"empty title", {"", "Nội dung", ""}, "title:required"},
        {"blank title", {"   ", "Nội dung", ""}, "title:required"},
        {"title at the limit", {max_title, "Nội dung", ""}, ""},
        {"title too long", {long_title, "Nội dung", ""}, "title:template_title_too_long"},
        {"empty body", {"Tên", "", ""}, "body:required"},
        {"body at the limit (characters, not bytes)", {"Tên", max_body, ""}, ""},
        {"body too long", {"Tên", long_body, ""}, "body:template_body_too_long"},
        {"unknown category", {"Tên", "Nội dung", "giao_thong"}, "category_code:unknown_category"},
        {"malformed category", {"Tên", "Nội dung", "Xây dựng"}, "category_code:unknown_category"},
        {"title with a control character", {"Tên\x01", "Nội dung", ""}, "title:control_characters"},
        {"everything wrong",
         {"", long_body, "khong_co"},
         "title:required body:template_body_too_long category_code:unknown_category"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const auto v = clean(row.form, known);
        CHECK(codes_of(v.errors) == row.errors);
        for (const auto& e : v.errors)
            CHECK(is_known_code(e.code));
    }
}

TEST_CASE("answer templates: cleaning normalises the text and keeps lines") {
    AnswerTemplateForm f{"  Đã   khắc phục  ", "Kính gửi ông/bà,\n\nĐơn vị đã xử lý.  ", " xay_dung "};
    const auto v = clean(f, std::vector<std::string>{"xay_dung"});
    REQUIRE(v.ok());
    CHECK(v.value.title == "Đã khắc phục");
    CHECK(v.value.body.find("\n\n") != std::string::npos);
    CHECK(v.value.category_code == "xay_dung");
    // Without the list only the code's form is judged (the server knows the list).
    CHECK(validate(AnswerTemplateForm{"Tên", "Nội dung", "giao_thong"}).empty());
    CHECK(message_for("template_body_too_long").find("5000") != std::string_view::npos);
}

TEST_CASE("answer templates: a report's category offers its own and the all-category templates") {
    AnswerTemplate any, xd, mt;
    xd.category_code = "xay_dung";
    mt.category_code = "moi_truong";
    // template, report category, offered
    struct Row {
        const AnswerTemplate* t;
        std::string_view category;
        bool offered;
    };
    const Row rows[] = {
        {&any, "xay_dung", true}, {&xd, "xay_dung", true}, {&mt, "xay_dung", false},
        {&any, "", true},         {&xd, "", true},         {&mt, "moi_truong", true},
    };
    for (const Row& row : rows) {
        CAPTURE(row.t->category_code);
        CAPTURE(row.category);
        CHECK(template_applies(*row.t, row.category) == row.offered);
    }
}

TEST_CASE("answer templates: placeholders are filled, unknown or empty ones kept") {
    TemplateValues v;
    v.tracking_code = "PAKN-2026-000123";
    v.today = Date{2026, 12, 6};
    v.reporter_name = "Nguyễn Thị Đào";
    v.report_title = "Đèn đường hỏng";
    v.unit_name = "Sở Xây dựng";
    TemplateValues none;

    struct Row {
        const char* name;
        std::string_view body;
        const TemplateValues* values;
        std::string_view filled;
    };
    // name, body, values, expected
    const Row rows[] = {
        {"no placeholder", "Cảm ơn ông/bà.", &v, "Cảm ơn ông/bà."},
        {"tracking code", "Hồ sơ {ma_ho_so} đã xử lý.", &v, "Hồ sơ PAKN-2026-000123 đã xử lý."},
        {"date dd/mm/yyyy", "Ngày {ngay}", &v, "Ngày 06/12/2026"},
        {"reporter", "Kính gửi {nguoi_phan_anh},", &v, "Kính gửi Nguyễn Thị Đào,"},
        {"title and unit", "Về \"{tieu_de}\", {don_vi} trả lời", &v, "Về \"Đèn đường hỏng\", Sở Xây dựng trả lời"},
        {"twice", "{ngay} – {ngay}", &v, "06/12/2026 – 06/12/2026"},
        {"unknown kept", "Số {so_van_ban} ngày {ngay}", &v, "Số {so_van_ban} ngày 06/12/2026"},
        {"no value: kept for the officer", "Kính gửi {nguoi_phan_anh}, ngày {ngay}", &none,
         "Kính gửi {nguoi_phan_anh}, ngày {ngay}"},
        {"lone opening brace", "Xem mục {1 và {ngay}", &v, "Xem mục {1 và 06/12/2026"},
        {"unclosed at the end", "Ngày {ngay", &v, "Ngày {ngay"},
        {"doubled brace", "{{ngay}}", &v, "{06/12/2026}"},
        {"empty", "", &v, ""},
        {"multi-line", "Dòng 1\n{ma_ho_so}\nDòng 3", &v, "Dòng 1\nPAKN-2026-000123\nDòng 3"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        CHECK(fill_placeholders(row.body, *row.values) == row.filled);
    }
    CHECK(template_placeholders().size() == 5);
}

TEST_CASE("answer templates: wire format round trip and strictness") {
    AnswerTemplate t;
    t.id = 7;
    t.title = "Đã khắc phục";
    t.body = "Dòng 1\nDòng 2";
    t.category_code = "xay_dung";
    t.category_name = "Xây dựng";
    t.unit_id = 3;
    t.unit_name = "Sở Xây dựng";
    t.editable = true;
    t.updated_at = 1796000000;
    const auto back = decode<AnswerTemplate>(encode(t));
    REQUIRE(back.ok());
    CHECK(back.value == t);
    // Province-wide and all categories: the keys are left out.
    AnswerTemplate p;
    p.id = 1;
    p.title = "Cảm ơn";
    p.body = "Cảm ơn";
    const std::string text = encode(p);
    CHECK(text.find("unit_id") == std::string::npos);
    CHECK(text.find("category_code") == std::string::npos);
    CHECK(decode<AnswerTemplate>(text).value == p);

    const auto form = decode<AnswerTemplateForm>(R"({"title":"A","body":"B","category_code":"xay_dung"})");
    REQUIRE(form.ok());
    CHECK(form.value == AnswerTemplateForm{"A", "B", "xay_dung"});
    const auto typo = decode<AnswerTemplateForm>(R"({"tittle":"A"})");
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.errors[0].code == "unknown_field");
    // The scope is the author's: a form cannot name a unit.
    CHECK_FALSE(decode<AnswerTemplateForm>(R"({"title":"A","unit_id":3})").ok());
}
