// Trợ lý ảo: the help assistant that answers citizens' questions from a
// knowledge base the admin manages (issue 18). Everything runs here, in the
// shared core: no outside AI service, and the same answers on the server
// and in tests.
//
// How a question finds its answer:
// - Text is folded (case and diacritics dropped: "Đăng ký" = "dang ky"), so
//   questions typed without diacritics match. Words typed in raw Telex
//   ("ddawng kys") are read as Telex, glued words ("dangky") are split, and
//   a word one edit from a known word ("dnag", "mat khua") is read as it.
// - Synonym groups the admin writes ("ổ gà, hố") are one concept on both
//   sides, so either phrase finds the other.
// - Entries are ranked by BM25 over words and word pairs (Vietnamese words
//   are syllables: "đăng ký" and "đăng nhập" differ in their pairs).
// - Coverage decides honesty: the share of the question's weight (idf) the
//   best entry matches. Below kConfidentCoverage the assistant does not
//   pretend; it offers the nearest entries or says it does not know.
// Two intents come before retrieval: a tracking code in the text ("PAKN-
// 2026-000123 đến đâu rồi?") asks for that report's public status, and
// "tôi muốn phản ánh …" followed by a description starts a report with it.
//
// [SECTION] index: limits, knowledge base DTOs, rules, synonyms, retrieval,
// intents, wire, seed, to_json / from_json.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/forms.h"

namespace pakn {

// [SECTION] limits ------------------------------------------------------------------

inline constexpr std::size_t kMaxAssistantQuestionChars = 500;
inline constexpr std::size_t kMaxKnowledgeQuestionChars = 300;
inline constexpr std::size_t kMaxKnowledgePhrasingsChars = 3000;
inline constexpr std::size_t kMaxKnowledgeAnswerChars = 3000;
inline constexpr std::size_t kMaxKnowledgeLinkChars = 200;
inline constexpr std::size_t kMaxSynonymChars = 300;
inline constexpr std::size_t kMaxSynonymPhraseWords = 6;
// The nearest entries offered when none is a sure answer.
inline constexpr std::size_t kMaxAssistantSuggestions = 3;
// Shares of the question's weight the best entry must match to be given as
// the answer, and to be offered as a suggestion (tuned on the table in
// tests/shared/test_assistant.cpp).
inline constexpr double kConfidentCoverage = 0.55;
inline constexpr double kSuggestCoverage = 0.3;
// When the second best covers the question too and scores at least this
// share of the best, the question is ambiguous: both are offered.
inline constexpr double kAmbiguousScoreRatio = 0.85;
// Only questions of at most this many topic words can be that ambiguous.
inline constexpr std::size_t kAmbiguousTopicWords = 2;

// [SECTION] knowledge base DTOs -------------------------------------------------------

// One question and its answer. `phrasings`: other ways people ask it, one
// per line, used for matching only. `link`: the app's page the answer is
// about ("/dang-ky"), "" for none. Inactive entries are kept but never given.
// Required on the wire: id, question, answer, updated_at.
struct KnowledgeEntry {
    std::int64_t id = 0;
    std::string question;
    std::string phrasings;
    std::string answer;
    std::string link;
    bool active = true;
    UnixSeconds updated_at = 0;

    bool operator==(const KnowledgeEntry&) const = default;
};

// POST / PATCH /admin/assistant/entries[/{id}].
struct KnowledgeEntryForm {
    std::string question;
    std::string phrasings;
    std::string answer;
    std::string link;
    bool active = true;

    bool operator==(const KnowledgeEntryForm&) const = default;
};

// Từ đồng nghĩa: phrases that mean the same, written by the admin as one
// line separated by commas ("ổ gà, hố, ổ voi").
struct SynonymGroup {
    std::int64_t id = 0;
    std::string phrases;

    bool operator==(const SynonymGroup&) const = default;
};

struct SynonymForm {
    std::string phrases;

    bool operator==(const SynonymForm&) const = default;
};

// A question the assistant could not answer, kept for the admin to grow the
// knowledge base: the first wording, how often it (folded) was asked, when
// last. Required: all.
struct UnansweredQuestion {
    std::int64_t id = 0;
    std::string question;
    std::int64_t times = 0;
    UnixSeconds last_asked_at = 0;

    bool operator==(const UnansweredQuestion&) const = default;
};

// [SECTION] rules -------------------------------------------------------------------

// Cleans the texts (NFC, white space) and checks them. Codes: question
// "required" / "knowledge_question_too_long"; answer "required" /
// "knowledge_answer_too_long"; phrasings "knowledge_phrasings_too_long";
// link "invalid_link" (must be "" or an app path: "/", letters, digits,
// "-", "/", "?", "=", "&"); invalid_utf8 / control_characters on any text.
Validated<KnowledgeEntryForm> clean(const KnowledgeEntryForm& f);
FieldErrors validate(const KnowledgeEntryForm& f);

// Cleans the line and checks it names at least two different phrases
// ("synonym_needs_two"), each of at most kMaxSynonymPhraseWords words
// ("synonym_phrase_too_long"), the line at most kMaxSynonymChars
// ("synonym_too_long"). The cleaned form joins the phrases with ", ".
Validated<SynonymForm> clean(const SynonymForm& f);

// The phrases of a group line as written, split at commas, semicolons and
// new lines, trimmed, empty ones dropped.
std::vector<std::string> synonym_phrases(std::string_view line);

// [SECTION] retrieval -----------------------------------------------------------------

// How well one entry fits a question. coverage: the share of the question's
// weight the entry matches (0..1); score: its BM25 score, for ordering;
// topic_words: how many words of the question carry a topic.
struct KnowledgeMatch {
    std::int64_t entry_id = 0;
    double score = 0;
    double coverage = 0;
    std::size_t topic_words = 0;  // of the question (not of the entry)
};

// The knowledge base ready to be asked: built once from the active entries
// and the synonym groups, then read by any number of threads.
class KnowledgeIndex {
public:
    KnowledgeIndex(std::span<const KnowledgeEntry> entries, std::span<const SynonymGroup> synonyms);
    ~KnowledgeIndex();
    KnowledgeIndex(KnowledgeIndex&&) noexcept;
    KnowledgeIndex& operator=(KnowledgeIndex&&) noexcept;

    // The entries that match any of the question's words, best first (score,
    // then coverage, then lower id), at most `limit`.
    std::vector<KnowledgeMatch> rank(std::string_view question, std::size_t limit) const;
    // The entry for `id` when it is active and indexed.
    const KnowledgeEntry* entry(std::int64_t id) const;
    std::size_t size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// [SECTION] intents -------------------------------------------------------------------

enum class AssistantIntent : std::uint8_t {
    question,      // look it up in the knowledge base
    track,         // the text holds a tracking code: answer its status
    start_report,  // "tôi muốn phản ánh …" with a description: start a report
};

struct ReadQuestion {
    AssistantIntent intent = AssistantIntent::question;
    std::string tracking_code;  // track: normalized ("PAKN-2026-000123")
    std::string report_text;    // start_report: what was said after the request, as typed
};

// What the person wants. A how-to question about reporting ("muốn phản ánh
// thì làm thế nào?") is a question, not a start.
ReadQuestion read_question(std::string_view text);

// [SECTION] wire ----------------------------------------------------------------------

// POST /assistant/ask: the text typed, or the id of an entry the assistant
// offered (then text is ignored). text: 1..kMaxAssistantQuestionChars.
struct AssistantAsk {
    std::string text;
    std::optional<std::int64_t> entry_id;

    bool operator==(const AssistantAsk&) const = default;
};

// Codes: text "required" / "assistant_question_too_long" / invalid_utf8 /
// control_characters (none when entry_id is given).
Validated<AssistantAsk> clean(const AssistantAsk& a);

enum class AssistantReplyKind : std::uint8_t {
    answer,        // entry_id, answer, link
    suggestions,   // not sure: suggestions to choose from
    unknown,       // nothing fits: the hotline and a hand-off
    track,         // tracking_code, and report when that code is a report's
    start_report,  // report_text to pre-fill the report form
};
std::string_view to_wire(AssistantReplyKind k) noexcept;
std::optional<AssistantReplyKind> parse_assistant_reply_kind(std::string_view s) noexcept;

struct AssistantSuggestion {
    std::int64_t entry_id = 0;
    std::string question;

    bool operator==(const AssistantSuggestion&) const = default;
};

// The assistant's answer. Required: kind.
struct AssistantReply {
    AssistantReplyKind kind = AssistantReplyKind::unknown;
    std::int64_t entry_id = 0;
    std::string question;  // the entry's question (answer)
    std::string answer;
    std::string link;
    std::vector<AssistantSuggestion> suggestions;
    std::string tracking_code;
    std::optional<LookupResult> report;
    std::string report_text;

    bool operator==(const AssistantReply&) const = default;
};

// The reply to `ask` from `index` alone (a track reply without its report:
// the caller looks the code up). `unanswered` is set when the question
// should be listed for the admin.
AssistantReply reply_from_index(const KnowledgeIndex& index, const AssistantAsk& ask, bool* unanswered = nullptr);

// [SECTION] seed ----------------------------------------------------------------------

// The knowledge base a new installation starts with: the topics of the
// province's guide (registering, signing in, passwords, the SMS code,
// sending, attachments, tracking, rating, the app, the hotline, office
// hours, what the system does not handle). Ids are 1..n in order.
std::span<const KnowledgeEntry> seed_knowledge();
std::span<const SynonymGroup> seed_synonyms();

// [SECTION] to_json / from_json ------------------------------------------------------

void to_json(nlohmann::json& j, const KnowledgeEntry& v);
void from_json(const nlohmann::json& j, KnowledgeEntry& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const KnowledgeEntryForm& v);
void from_json(const nlohmann::json& j, KnowledgeEntryForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SynonymGroup& v);
void from_json(const nlohmann::json& j, SynonymGroup& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const SynonymForm& v);
void from_json(const nlohmann::json& j, SynonymForm& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UnansweredQuestion& v);
void from_json(const nlohmann::json& j, UnansweredQuestion& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AssistantAsk& v);
void from_json(const nlohmann::json& j, AssistantAsk& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AssistantSuggestion& v);
void from_json(const nlohmann::json& j, AssistantSuggestion& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AssistantReply& v);
void from_json(const nlohmann::json& j, AssistantReply& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
