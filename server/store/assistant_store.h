// SQL of the help assistant's knowledge base (Trợ lý ảo). Runs in the
// caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pakn/assistant.h"
#include "store/db.h"

namespace pakn::server::store {

std::vector<KnowledgeEntry> list_knowledge(Connection& c);
std::optional<KnowledgeEntry> find_knowledge(Connection& c, std::int64_t id);
std::int64_t insert_knowledge(Connection& c, const KnowledgeEntry& e, std::optional<std::int64_t> by);
void update_knowledge(Connection& c, const KnowledgeEntry& e, std::optional<std::int64_t> by);
void delete_knowledge(Connection& c, std::int64_t id);

std::vector<SynonymGroup> list_synonyms(Connection& c);
std::optional<SynonymGroup> find_synonym(Connection& c, std::int64_t id);
std::int64_t insert_synonym(Connection& c, const std::string& phrases, std::int64_t now);
void delete_synonym(Connection& c, std::int64_t id);

// Counts one more asking of `folded` (first wording kept), then keeps the
// `keep` most recent rows.
void note_unanswered(Connection& c, const std::string& folded, const std::string& question, std::int64_t now,
                     std::int64_t keep);
// Most asked first, then most recent.
std::vector<UnansweredQuestion> list_unanswered(Connection& c, std::int64_t limit);
// True when there was such a row.
bool delete_unanswered(Connection& c, std::int64_t id);

// One more question on `day` ("2026-12-08"), counted under its outcome.
enum class AssistantOutcome { answered, offered, unanswered };
void count_assistant_question(Connection& c, const std::string& day, AssistantOutcome outcome);
// The sums over the days [from, to] (dates as "YYYY-MM-DD").
struct AssistantCounts {
    std::int64_t asked = 0, answered = 0, offered = 0, unanswered = 0;
};
AssistantCounts assistant_counts(Connection& c, const std::string& from, const std::string& to);

// Whether the seed knowledge base was written once already; marks it.
bool knowledge_seeded(Connection& c);
void mark_knowledge_seeded(Connection& c);

}  // namespace pakn::server::store
