#include "store/assistant_store.h"

namespace pakn::server::store {
namespace {

constexpr const char* kEntrySelect =
    "SELECT id, question, phrasings, answer, link, active, updated_at FROM assistant_entries ";

KnowledgeEntry read_entry(const Statement& s) {
    KnowledgeEntry e;
    e.id = s.int64(0);
    e.question = s.text(1);
    e.phrasings = s.text(2);
    e.answer = s.text(3);
    e.link = s.text(4);
    e.active = s.int64(5) != 0;
    e.updated_at = s.int64(6);
    return e;
}

}  // namespace

std::vector<KnowledgeEntry> list_knowledge(Connection& c) {
    auto st = c.prepare(std::string(kEntrySelect) + "ORDER BY id");
    std::vector<KnowledgeEntry> out;
    while (st.step())
        out.push_back(read_entry(st));
    st.reset();
    return out;
}

std::optional<KnowledgeEntry> find_knowledge(Connection& c, std::int64_t id) {
    auto st = c.prepare(std::string(kEntrySelect) + "WHERE id = ?");
    st.bind_all(id);
    std::optional<KnowledgeEntry> out;
    if (st.step()) out = read_entry(st);
    st.reset();
    return out;
}

std::int64_t insert_knowledge(Connection& c, const KnowledgeEntry& e, std::optional<std::int64_t> by) {
    c.prepare(
         "INSERT INTO assistant_entries(question, phrasings, answer, link, active, updated_at, updated_by) "
         "VALUES (?,?,?,?,?,?,?)")
        .bind_all(e.question, e.phrasings, e.answer, e.link, std::int64_t{e.active ? 1 : 0}, e.updated_at, by)
        .run();
    return c.last_insert_id();
}

void update_knowledge(Connection& c, const KnowledgeEntry& e, std::optional<std::int64_t> by) {
    c.prepare(
         "UPDATE assistant_entries SET question = ?, phrasings = ?, answer = ?, link = ?, active = ?, "
         "updated_at = ?, updated_by = ? WHERE id = ?")
        .bind_all(e.question, e.phrasings, e.answer, e.link, std::int64_t{e.active ? 1 : 0}, e.updated_at, by, e.id)
        .run();
}

void delete_knowledge(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM assistant_entries WHERE id = ?").bind_all(id).run();
}

std::vector<SynonymGroup> list_synonyms(Connection& c) {
    auto st = c.prepare("SELECT id, phrases FROM assistant_synonyms ORDER BY id");
    std::vector<SynonymGroup> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1)});
    st.reset();
    return out;
}

std::optional<SynonymGroup> find_synonym(Connection& c, std::int64_t id) {
    auto st = c.prepare("SELECT id, phrases FROM assistant_synonyms WHERE id = ?");
    st.bind_all(id);
    std::optional<SynonymGroup> out;
    if (st.step()) out = SynonymGroup{st.int64(0), st.text(1)};
    st.reset();
    return out;
}

std::int64_t insert_synonym(Connection& c, const std::string& phrases, std::int64_t now) {
    c.prepare("INSERT INTO assistant_synonyms(phrases, updated_at) VALUES (?,?)").bind_all(phrases, now).run();
    return c.last_insert_id();
}

void delete_synonym(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM assistant_synonyms WHERE id = ?").bind_all(id).run();
}

void note_unanswered(Connection& c, const std::string& folded, const std::string& question, std::int64_t now,
                     std::int64_t keep) {
    c.prepare(
         "INSERT INTO assistant_unanswered(folded, question, times, first_asked_at, last_asked_at) "
         "VALUES (?1, ?2, 1, ?3, ?3) "
         "ON CONFLICT(folded) DO UPDATE SET times = times + 1, last_asked_at = ?3")
        .bind_all(folded, question, now)
        .run();
    c.prepare(
         "DELETE FROM assistant_unanswered WHERE id IN (SELECT id FROM assistant_unanswered "
         "ORDER BY last_asked_at DESC, id DESC LIMIT -1 OFFSET ?)")
        .bind_all(keep)
        .run();
}

std::vector<UnansweredQuestion> list_unanswered(Connection& c, std::int64_t limit) {
    auto st = c.prepare(
        "SELECT id, question, times, last_asked_at FROM assistant_unanswered "
        "ORDER BY times DESC, last_asked_at DESC, id DESC LIMIT ?");
    st.bind_all(limit);
    std::vector<UnansweredQuestion> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.int64(2), st.int64(3)});
    st.reset();
    return out;
}

bool delete_unanswered(Connection& c, std::int64_t id) {
    c.prepare("DELETE FROM assistant_unanswered WHERE id = ?").bind_all(id).run();
    return c.changes() > 0;
}

void count_assistant_question(Connection& c, const std::string& day, AssistantOutcome outcome) {
    const std::int64_t answered = outcome == AssistantOutcome::answered ? 1 : 0;
    const std::int64_t offered = outcome == AssistantOutcome::offered ? 1 : 0;
    const std::int64_t unanswered = outcome == AssistantOutcome::unanswered ? 1 : 0;
    c.prepare(
         "INSERT INTO assistant_daily(day, asked, answered, offered, unanswered) VALUES (?1, 1, ?2, ?3, ?4) "
         "ON CONFLICT(day) DO UPDATE SET asked = asked + 1, answered = answered + ?2, offered = offered + ?3, "
         "unanswered = unanswered + ?4")
        .bind_all(day, answered, offered, unanswered)
        .run();
}

AssistantCounts assistant_counts(Connection& c, const std::string& from, const std::string& to) {
    auto st = c.prepare(
        "SELECT COALESCE(SUM(asked),0), COALESCE(SUM(answered),0), COALESCE(SUM(offered),0), "
        "COALESCE(SUM(unanswered),0) FROM assistant_daily WHERE day BETWEEN ? AND ?");
    st.bind_all(from, to);
    AssistantCounts out;
    if (st.step()) out = {st.int64(0), st.int64(1), st.int64(2), st.int64(3)};
    st.reset();
    return out;
}

bool knowledge_seeded(Connection& c) {
    return c.scalar_int("SELECT done FROM assistant_seeded").value_or(1) != 0;
}

void mark_knowledge_seeded(Connection& c) {
    c.run("UPDATE assistant_seeded SET done = 1");
}

}  // namespace pakn::server::store
