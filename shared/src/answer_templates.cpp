// [SECTION] index: who manages, rules, placeholders, field lists (see dto_fields.h).
#include "pakn/answer_templates.h"

#include <algorithm>
#include <array>

#include "dto_fields.h"
#include "pakn/text.h"

namespace pakn {

// [SECTION] who manages

bool can_manage_templates(Role role) noexcept {
    return role == Role::unit_lead || role == Role::admin;
}

// [SECTION] rules

namespace {

// Cleans `value` in place; on failure it stays as typed and one error is added.
void clean_template_text(FieldErrors& e, std::string& value, std::string_view field, TextMode mode,
                         std::size_t max_chars, std::string_view too_long) {
    Checked c = clean_text(value, mode);
    if (!c.ok()) {
        e.push_back(field_error(std::string(field), c.error));
        return;
    }
    if (c.value.empty()) {
        e.push_back(field_error(std::string(field), "required"));
        return;
    }
    if (char_count(c.value) > max_chars) {
        e.push_back(field_error(std::string(field), too_long));
        return;
    }
    value = std::move(c.value);
}

}  // namespace

Validated<AnswerTemplateForm> clean(const AnswerTemplateForm& f) {
    Validated<AnswerTemplateForm> out{f, {}};
    AnswerTemplateForm& v = out.value;
    FieldErrors& e = out.errors;
    clean_template_text(e, v.title, "title", TextMode::single_line, kMaxTemplateTitleChars, "template_title_too_long");
    clean_template_text(e, v.body, "body", TextMode::multi_line, kMaxTemplateBodyChars, "template_body_too_long");
    v.category_code = std::string(trim(f.category_code));
    if (!v.category_code.empty() && !clean_code(v.category_code, "unknown_category").ok()) {
        v.category_code = f.category_code;
        e.push_back(field_error("category_code", "unknown_category"));
    }
    return out;
}

Validated<AnswerTemplateForm> clean(const AnswerTemplateForm& f, std::span<const std::string> known_categories) {
    auto out = clean(f);
    const std::string& code = out.value.category_code;
    if (!code.empty() && !has_error(out.errors, "category_code") &&
        std::find(known_categories.begin(), known_categories.end(), code) == known_categories.end())
        out.errors.push_back(field_error("category_code", "unknown_category"));
    return out;
}

FieldErrors validate(const AnswerTemplateForm& f) {
    return clean(f).errors;
}

bool template_applies(const AnswerTemplate& t, std::string_view category_code) noexcept {
    return category_code.empty() || t.category_code.empty() || t.category_code == category_code;
}

// [SECTION] placeholders

namespace {

// Vietnamese names without diacritics, so they are typed the same on any keyboard.
constexpr std::array<std::string_view, 5> kPlaceholders = {"{ma_ho_so}", "{ngay}", "{nguoi_phan_anh}", "{tieu_de}",
                                                           "{don_vi}"};

std::string value_of(std::string_view name, const TemplateValues& v) {
    if (name == "{ma_ho_so}") return v.tracking_code;
    if (name == "{ngay}") return v.today ? format_display_date(*v.today) : std::string();
    if (name == "{nguoi_phan_anh}") return v.reporter_name;
    if (name == "{tieu_de}") return v.report_title;
    if (name == "{don_vi}") return v.unit_name;
    return {};
}

}  // namespace

std::span<const std::string_view> template_placeholders() noexcept {
    return kPlaceholders;
}

std::string fill_placeholders(std::string_view body, const TemplateValues& values) {
    std::string out;
    out.reserve(body.size());
    std::size_t i = 0;
    while (i < body.size()) {
        const std::size_t open = body.find('{', i);
        if (open == std::string_view::npos) break;
        out.append(body.substr(i, open - i));
        const std::size_t close = body.find('}', open);
        if (close == std::string_view::npos) {
            i = open;
            break;
        }
        const std::string_view name = body.substr(open, close - open + 1);
        const bool known = std::find(kPlaceholders.begin(), kPlaceholders.end(), name) != kPlaceholders.end();
        const std::string value = known ? value_of(name, values) : std::string();
        if (known && !value.empty()) {
            out += value;
            i = close + 1;
        } else {
            // Kept as written; a '{' inside ("{{ngay}") starts the next try.
            out += '{';
            i = open + 1;
        }
    }
    out.append(body.substr(i));
    return out;
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_AnswerTemplate(IO& io, V& v) {
    io.req("id", v.id);
    io.req("title", v.title);
    io.req("body", v.body);
    io.opt("category_code", v.category_code);
    io.opt("category_name", v.category_name);
    io.opt("unit_id", v.unit_id);
    io.opt("unit_name", v.unit_name);
    io.opt("editable", v.editable);
    io.req_time("updated_at", v.updated_at);
}

template <typename IO, typename V>
void fields_AnswerTemplateForm(IO& io, V& v) {
    io.opt("title", v.title);
    io.opt("body", v.body);
    io.opt("category_code", v.category_code);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(AnswerTemplate)
PAKN_JSON_VIA_FIELDS(AnswerTemplateForm)

}  // namespace pakn
