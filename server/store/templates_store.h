// SQL of the answer templates (Mẫu trả lời). Runs in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace pakn::server::store {

struct AnswerTemplateRow {
    std::int64_t id = 0;
    std::string title, body;
    std::optional<std::string> category_code;  // nullopt: every category
    std::string category_name;
    std::optional<std::int64_t> unit_id;  // nullopt: province-wide
    std::string unit_name;
    std::optional<std::int64_t> created_by;
    std::int64_t created_at = 0, updated_at = 0;
};

// The templates a reader of `unit_id` sees (province-wide and that unit's;
// every one when `all_units`), narrowed to `category` and the all-category
// ones when `category` is not empty: the category's own first, then by title.
std::vector<AnswerTemplateRow> list_answer_templates(Connection& c, bool all_units, std::optional<std::int64_t> unit_id,
                                                     const std::string& category);
std::optional<AnswerTemplateRow> find_answer_template(Connection& c, std::int64_t id);
std::int64_t insert_answer_template(Connection& c, const AnswerTemplateRow& t);
void update_answer_template(Connection& c, const AnswerTemplateRow& t);
void delete_answer_template(Connection& c, std::int64_t id);
std::int64_t count_answer_templates(Connection& c);

}  // namespace pakn::server::store
