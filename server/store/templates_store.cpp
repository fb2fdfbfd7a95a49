#include "store/templates_store.h"

namespace pakn::server::store {
namespace {

constexpr const char* kTemplateSelect =
    "SELECT t.id, t.title, t.body, t.category_code, COALESCE(c.name,''), t.unit_id, COALESCE(u.name,''), "
    "t.created_by, t.created_at, t.updated_at "
    "FROM answer_templates t LEFT JOIN categories c ON c.code = t.category_code "
    "LEFT JOIN units u ON u.id = t.unit_id ";

AnswerTemplateRow read_template(const Statement& s) {
    AnswerTemplateRow t;
    t.id = s.int64(0);
    t.title = s.text(1);
    t.body = s.text(2);
    t.category_code = s.opt_text(3);
    t.category_name = s.text(4);
    t.unit_id = s.opt_int64(5);
    t.unit_name = s.text(6);
    t.created_by = s.opt_int64(7);
    t.created_at = s.int64(8);
    t.updated_at = s.int64(9);
    return t;
}

}  // namespace

std::vector<AnswerTemplateRow> list_answer_templates(Connection& c, bool all_units, std::optional<std::int64_t> unit_id,
                                                     const std::string& category) {
    auto st = c.prepare(std::string(kTemplateSelect) +
                        "WHERE (?1 OR t.unit_id IS NULL OR t.unit_id = ?2) "
                        "AND (?3 = '' OR t.category_code IS NULL OR t.category_code = ?3) "
                        "ORDER BY t.category_code IS NULL, t.title, t.id LIMIT 1000");
    st.bind(1, all_units ? 1 : 0);
    st.bind(2, unit_id);
    st.bind(3, category);
    std::vector<AnswerTemplateRow> out;
    while (st.step())
        out.push_back(read_template(st));
    st.reset();
    return out;
}

std::optional<AnswerTemplateRow> find_answer_template(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string(kTemplateSelect) + "WHERE t.id = ?");
    st.bind_all(id);
    std::optional<AnswerTemplateRow> out;
    if (st.step()) out = read_template(st);
    st.reset();
    return out;
}

std::int64_t insert_answer_template(Connection& c, const AnswerTemplateRow& t) {
    c.prepare(
         "INSERT INTO answer_templates(title, body, category_code, unit_id, created_by, created_at, updated_at) "
         "VALUES (?,?,?,?,?,?,?)")
        .bind_all(t.title, t.body, t.category_code, t.unit_id, t.created_by, t.created_at, t.updated_at)
        .run();
    return c.last_insert_id();
}

void update_answer_template(Connection& c, const AnswerTemplateRow& t) {
    c.prepare("UPDATE answer_templates SET title = ?, body = ?, category_code = ?, updated_at = ? WHERE id = ?")
        .bind_all(t.title, t.body, t.category_code, t.updated_at, t.id)
        .run();
}

void delete_answer_template(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM answer_templates WHERE id = ?").bind_all(id).run();
}

std::int64_t count_answer_templates(Connection& c) {
    return c.scalar_int("SELECT COUNT(*) FROM answer_templates").value_or(0);
}

}  // namespace pakn::server::store
