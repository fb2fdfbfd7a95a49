// Mẫu trả lời: the answer templates officers insert into an answer. The
// admin's templates are province-wide; a unit lead's belong to their unit,
// and only that unit's officers see them. Unit leads manage their unit's,
// the admin the province's (and sees every unit's); every other officer
// only reads. Forms are judged by the shared rules (answer_templates.h);
// each change is one transaction with its audit_log row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/answer_templates.h"
#include "pakn/errors.h"
#include "base/clock.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class AnswerTemplateService {
public:
    AnswerTemplateService(store::Database& db, const Clock& clock);

    // The templates `who` sees, each marked editable or not; `category` ""
    // = all, else that category's and the all-category ones. 403 for a
    // non-officer; 422 unknown_category on "category" for a malformed code.
    Result<std::vector<AnswerTemplate>> visible(const Principal& who, const std::string& category);
    // A template in the author's scope (admin: province, unit lead: unit).
    // 403 for any other role; 422 with field errors.
    Result<AnswerTemplate> create(const Principal& who, const std::string& ip, const AnswerTemplateForm& form);
    // 404 when `who` does not see it; 403 when they see it but may not change it.
    Result<AnswerTemplate> update(const Principal& who, const std::string& ip, std::int64_t id,
                                  const AnswerTemplateForm& form);
    // Same refusals as update(); nullopt when deleted.
    std::optional<ApiError> remove(const Principal& who, const std::string& ip, std::int64_t id);

private:
    store::Database& db_;
    const Clock& clock_;
};

}  // namespace pakn::server::services
