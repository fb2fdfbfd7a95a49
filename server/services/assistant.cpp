// [SECTION] index: the index, asking, seeding, the admin's side.
#include "services/assistant.h"

#include "pakn/redaction.h"
#include "pakn/text.h"
#include "services/reports.h"
#include "store/accounts_store.h"
#include "store/assistant_store.h"
#include "store/db.h"

namespace pakn::server::services {
namespace {

using store::Connection;

template <typename T>
Result<T> fail(ApiError e) {
    return Result<T>::failure(std::move(e));
}

void audit(Connection& c, std::int64_t now, const AdminActor& actor, const std::string& action,
           const std::string& subject, const std::string& detail) {
    store::audit(c, now, actor.account_id, action, subject, actor.ip, detail);
}

}  // namespace

// [SECTION] the index

AssistantService::AssistantService(store::Database& db, const Clock& clock, ReportService& reports)
    : db_(db), clock_(clock), reports_(reports) {}

std::shared_ptr<const KnowledgeIndex> AssistantService::index() {
    std::lock_guard lock(index_mutex_);
    if (!index_) {
        auto [entries, groups] = db_.read([](Connection& c) {
            return std::pair(store::list_knowledge(c), store::list_synonyms(c));
        });
        index_ = std::make_shared<const KnowledgeIndex>(entries, groups);
    }
    return index_;
}

void AssistantService::invalidate() {
    std::lock_guard lock(index_mutex_);
    index_.reset();
}

// [SECTION] asking

Result<AssistantReply> AssistantService::ask(const Principal* who, const AssistantAsk& ask) {
    auto v = clean(ask);
    if (!v) return fail<AssistantReply>(validation_failed(std::move(v.errors)));
    bool unanswered = false;
    AssistantReply reply = reply_from_index(*index(), v.value, &unanswered);
    if (reply.kind == AssistantReplyKind::track) {
        auto found = reports_.lookup(who, reply.tracking_code);
        if (found) reply.report = std::move(found.value);
    }
    const auto now = clock_.now();
    // Kept for the admin without the phone or ID numbers people type into
    // questions, as the public portal would show them.
    const std::string kept = unanswered ? redact_personal_data(v.value.text) : std::string();
    const std::string folded = fold_for_search(kept);
    const auto outcome = reply.kind == AssistantReplyKind::suggestions ? store::AssistantOutcome::offered
                         : reply.kind == AssistantReplyKind::unknown   ? store::AssistantOutcome::unanswered
                                                                       : store::AssistantOutcome::answered;
    // Not citizen data: a crash may lose the last few counts.
    db_.write(
        [&](Connection& c) {
            store::count_assistant_question(c, format_date(local_date(now)), outcome);
            if (!folded.empty()) store::note_unanswered(c, folded, kept, now, kMaxUnansweredKept);
        },
        store::Durability::normal);
    return Result<AssistantReply>::success(std::move(reply));
}

// [SECTION] seeding

bool AssistantService::seed_if_new() {
    const auto now = clock_.now();
    const bool seeded = db_.write([&](Connection& c) {
        if (store::knowledge_seeded(c)) return false;
        for (auto e : seed_knowledge()) {
            e.updated_at = now;
            store::insert_knowledge(c, e, std::nullopt);
        }
        for (const auto& g : seed_synonyms())
            store::insert_synonym(c, g.phrases, now);
        store::mark_knowledge_seeded(c);
        return true;
    });
    if (seeded) invalidate();
    return seeded;
}

// [SECTION] the admin's side

std::vector<KnowledgeEntry> AssistantService::entries() {
    return db_.read([](Connection& c) { return store::list_knowledge(c); });
}

Result<KnowledgeEntry> AssistantService::create_entry(const AdminActor& actor, const KnowledgeEntryForm& form) {
    auto v = clean(form);
    if (!v) return fail<KnowledgeEntry>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    KnowledgeEntry e{0, v.value.question, v.value.phrasings, v.value.answer, v.value.link, v.value.active, now};
    db_.write([&](Connection& c) {
        e.id = store::insert_knowledge(c, e, actor.account_id);
        audit(c, now, actor, "knowledge_created", "knowledge:" + std::to_string(e.id), e.question);
    });
    invalidate();
    return Result<KnowledgeEntry>::success(std::move(e));
}

Result<KnowledgeEntry> AssistantService::update_entry(const AdminActor& actor, std::int64_t id,
                                                      const KnowledgeEntryForm& form) {
    auto v = clean(form);
    if (!v) return fail<KnowledgeEntry>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    KnowledgeEntry e{id, v.value.question, v.value.phrasings, v.value.answer, v.value.link, v.value.active, now};
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (!store::find_knowledge(c, id)) return api_error(404, "not_found");
        store::update_knowledge(c, e, actor.account_id);
        audit(c, now, actor, "knowledge_updated", "knowledge:" + std::to_string(id), e.question);
        return std::nullopt;
    });
    if (refused) return fail<KnowledgeEntry>(std::move(*refused));
    invalidate();
    return Result<KnowledgeEntry>::success(std::move(e));
}

std::optional<ApiError> AssistantService::delete_entry(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto e = store::find_knowledge(c, id);
        if (!e) return api_error(404, "not_found");
        store::delete_knowledge(c, id);
        audit(c, now, actor, "knowledge_deleted", "knowledge:" + std::to_string(id), e->question);
        return std::nullopt;
    });
    if (!refused) invalidate();
    return refused;
}

std::vector<SynonymGroup> AssistantService::synonyms() {
    return db_.read([](Connection& c) { return store::list_synonyms(c); });
}

Result<SynonymGroup> AssistantService::create_synonym(const AdminActor& actor, const SynonymForm& form) {
    auto v = clean(form);
    if (!v) return fail<SynonymGroup>(validation_failed(std::move(v.errors)));
    const auto now = clock_.now();
    SynonymGroup g{0, v.value.phrases};
    db_.write([&](Connection& c) {
        g.id = store::insert_synonym(c, g.phrases, now);
        audit(c, now, actor, "synonym_created", "synonym:" + std::to_string(g.id), g.phrases);
    });
    invalidate();
    return Result<SynonymGroup>::success(std::move(g));
}

std::optional<ApiError> AssistantService::delete_synonym(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    auto refused = db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        auto g = store::find_synonym(c, id);
        if (!g) return api_error(404, "not_found");
        store::delete_synonym(c, id);
        audit(c, now, actor, "synonym_deleted", "synonym:" + std::to_string(id), g->phrases);
        return std::nullopt;
    });
    if (!refused) invalidate();
    return refused;
}

std::vector<UnansweredQuestion> AssistantService::unanswered() {
    return db_.read([](Connection& c) { return store::list_unanswered(c, 200); });
}

std::optional<ApiError> AssistantService::dismiss_unanswered(const AdminActor& actor, std::int64_t id) {
    const auto now = clock_.now();
    return db_.attempt([&](Connection& c) -> std::optional<ApiError> {
        if (!store::delete_unanswered(c, id)) return api_error(404, "not_found");
        audit(c, now, actor, "unanswered_dismissed", "unanswered:" + std::to_string(id), "");
        return std::nullopt;
    });
}

}  // namespace pakn::server::services
