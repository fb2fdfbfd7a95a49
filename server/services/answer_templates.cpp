// [SECTION] index: scope rules, conversion, the service.
#include "services/answer_templates.h"

#include "store/accounts_store.h"
#include "store/admin_store.h"
#include "store/db.h"
#include "store/templates_store.h"

namespace pakn::server::services {
namespace {

using store::AnswerTemplateRow;
using store::Connection;

// [SECTION] scope rules

bool is_admin(const Principal& who) {
    return who.has_role(Role::admin);
}

// Province-wide templates are everyone's; a unit's only its officers'; the
// admin sees all.
bool sees(const Principal& who, const AnswerTemplateRow& t) {
    if (!who.officer()) return false;
    return is_admin(who) || !t.unit_id || (who.unit_id && *t.unit_id == *who.unit_id);
}

// The admin changes the province's templates; a unit lead their unit's.
bool may_change(const Principal& who, const AnswerTemplateRow& t) {
    if (is_admin(who)) return !t.unit_id;
    return who.has_role(Role::unit_lead) && t.unit_id && who.unit_id && *t.unit_id == *who.unit_id;
}

// Whether `who` may write templates at all (and has a scope to write them in).
bool manager(const Principal& who) {
    if (!who.officer() || !who.role || !can_manage_templates(*who.role)) return false;
    return is_admin(who) || who.unit_id.has_value();
}

// [SECTION] conversion

AnswerTemplate to_dto(const AnswerTemplateRow& r, const Principal& who) {
    AnswerTemplate t;
    t.id = r.id;
    t.title = r.title;
    t.body = r.body;
    t.category_code = r.category_code.value_or("");
    t.category_name = r.category_name;
    t.unit_id = r.unit_id;
    t.unit_name = r.unit_name;
    t.editable = may_change(who, r);
    t.updated_at = r.updated_at;
    return t;
}

std::vector<std::string> category_codes(Connection& c) {
    std::vector<std::string> out;
    for (const auto& row : store::list_categories(c))
        out.push_back(row.code);
    return out;
}

template <typename T>
Result<T> fail(ApiError e) {
    return Result<T>::failure(std::move(e));
}

void audit(Connection& c, std::int64_t now, const Principal& who, const std::string& ip, const std::string& action,
           const AnswerTemplateRow& t) {
    const std::string scope = t.unit_id ? "unit:" + std::to_string(*t.unit_id) : "province";
    store::audit(c, now, who.account_id, action, "answer_template:" + std::to_string(t.id), ip, scope + " " + t.title);
}

}  // namespace

// [SECTION] the service

AnswerTemplateService::AnswerTemplateService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

Result<std::vector<AnswerTemplate>> AnswerTemplateService::visible(const Principal& who, const std::string& category) {
    if (!who.officer()) return fail<std::vector<AnswerTemplate>>(api_error(403, "forbidden"));
    if (!category.empty() && !clean_code(category, "unknown_category").ok())
        return fail<std::vector<AnswerTemplate>>(validation_failed({field_error("category", "unknown_category")}));
    auto rows =
        db_.read([&](Connection& c) { return store::list_answer_templates(c, is_admin(who), who.unit_id, category); });
    std::vector<AnswerTemplate> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back(to_dto(r, who));
    return Result<std::vector<AnswerTemplate>>::success(std::move(out));
}

Result<AnswerTemplate> AnswerTemplateService::create(const Principal& who, const std::string& ip,
                                                     const AnswerTemplateForm& form) {
    if (!manager(who)) return fail<AnswerTemplate>(api_error(403, "forbidden"));
    const auto now = clock_.now();
    std::optional<AnswerTemplate> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        const auto codes = category_codes(c);
        auto v = clean(form, codes);
        if (!v) return validation_failed(std::move(v.errors));
        AnswerTemplateRow t;
        t.title = v.value.title;
        t.body = v.value.body;
        if (!v.value.category_code.empty()) t.category_code = v.value.category_code;
        if (!is_admin(who)) t.unit_id = who.unit_id;
        t.created_by = who.account_id;
        t.created_at = t.updated_at = now;
        t.id = store::insert_answer_template(c, t);
        audit(c, now, who, ip, "answer_template_created", t);
        saved = to_dto(*store::find_answer_template(c, t.id), who);
        return std::nullopt;
    });
    if (refused) return fail<AnswerTemplate>(std::move(*refused));
    return Result<AnswerTemplate>::success(std::move(*saved));
}

Result<AnswerTemplate> AnswerTemplateService::update(const Principal& who, const std::string& ip, std::int64_t id,
                                                     const AnswerTemplateForm& form) {
    const auto now = clock_.now();
    std::optional<AnswerTemplate> saved;
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto t = store::find_answer_template(c, id);
        if (!t || !sees(who, *t)) return api_error(404, "not_found");
        if (!may_change(who, *t)) return api_error(403, "forbidden");
        auto v = clean(form, category_codes(c));
        if (!v) return validation_failed(std::move(v.errors));
        t->title = v.value.title;
        t->body = v.value.body;
        t->category_code = v.value.category_code.empty() ? std::nullopt : std::optional(v.value.category_code);
        t->updated_at = now;
        store::update_answer_template(c, *t);
        audit(c, now, who, ip, "answer_template_updated", *t);
        saved = to_dto(*store::find_answer_template(c, id), who);
        return std::nullopt;
    });
    if (refused) return fail<AnswerTemplate>(std::move(*refused));
    return Result<AnswerTemplate>::success(std::move(*saved));
}

std::optional<ApiError> AnswerTemplateService::remove(const Principal& who, const std::string& ip, std::int64_t id) {
    const auto now = clock_.now();
    return db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto t = store::find_answer_template(c, id);
        if (!t || !sees(who, *t)) return api_error(404, "not_found");
        if (!may_change(who, *t)) return api_error(403, "forbidden");
        store::delete_answer_template(c, id);
        audit(c, now, who, ip, "answer_template_deleted", *t);
        return std::nullopt;
    });
}

}  // namespace pakn::server::services
