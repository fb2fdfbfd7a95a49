// Trợ lý ảo: the help assistant's answers and the admin's management of its
// knowledge base (entries, synonym groups, the questions it could not
// answer). Retrieval is the shared core's (pakn/assistant.h); this service
// keeps the built index (rebuilt after any change), looks tracking codes up
// with the public lookup's rules, and remembers unanswered questions for the
// admin. The first knowledge base is the shared seed, written once.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pakn/assistant.h"
#include "pakn/errors.h"
#include "base/clock.h"
#include "services/admin.h"
#include "services/principal.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class ReportService;

// How many distinct unanswered questions are kept (the least recent go).
inline constexpr std::int64_t kMaxUnansweredKept = 2000;

class AssistantService {
public:
    AssistantService(store::Database& db, const Clock& clock, ReportService& reports);

    // Writes the seed knowledge base and synonyms the first time the
    // database has the assistant's tables; never again. Returns whether it did.
    bool seed_if_new();

    // POST /assistant/ask (`who` null: a visitor). 422 with field errors.
    // A track reply carries the report's public status when the code is a
    // report's (what GET /public/lookup would say to `who`).
    Result<AssistantReply> ask(const Principal* who, const AssistantAsk& ask);

    // ---- the admin's side (the route table allows only the admin)
    std::vector<KnowledgeEntry> entries();
    Result<KnowledgeEntry> create_entry(const AdminActor& actor, const KnowledgeEntryForm& form);
    Result<KnowledgeEntry> update_entry(const AdminActor& actor, std::int64_t id, const KnowledgeEntryForm& form);
    std::optional<ApiError> delete_entry(const AdminActor& actor, std::int64_t id);
    std::vector<SynonymGroup> synonyms();
    Result<SynonymGroup> create_synonym(const AdminActor& actor, const SynonymForm& form);
    std::optional<ApiError> delete_synonym(const AdminActor& actor, std::int64_t id);
    // Most asked first, at most 200.
    std::vector<UnansweredQuestion> unanswered();
    // Dismissed from the list (it was answered by a new entry, or is noise).
    std::optional<ApiError> dismiss_unanswered(const AdminActor& actor, std::int64_t id);

private:
    std::shared_ptr<const KnowledgeIndex> index();
    void invalidate();

    store::Database& db_;
    const Clock& clock_;
    ReportService& reports_;
    std::mutex index_mutex_;
    std::shared_ptr<const KnowledgeIndex> index_;
};

}  // namespace pakn::server::services
