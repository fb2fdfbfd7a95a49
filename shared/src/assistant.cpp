// [SECTION] index: rules, synonyms, words (stop words, repair), the index
// (BM25), intents, the reply, field lists (see dto_fields.h).
#include "pakn/assistant.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "dto_fields.h"
#include "pakn/ids.h"
#include "pakn/text.h"
#include "pakn/vn_input.h"

namespace pakn {

// [SECTION] rules

namespace {

// Cleans `value` in place; on failure it stays as typed and one error is added.
void clean_field(FieldErrors& e, std::string& value, std::string_view field, TextMode mode, std::size_t max_chars,
                 std::string_view too_long, bool required) {
    Checked c = clean_text(value, mode);
    if (!c.ok()) {
        e.push_back(field_error(std::string(field), c.error));
        return;
    }
    if (c.value.empty() && required) {
        e.push_back(field_error(std::string(field), "required"));
        return;
    }
    if (char_count(c.value) > max_chars) {
        e.push_back(field_error(std::string(field), too_long));
        return;
    }
    value = std::move(c.value);
}

// An app path: "/" then the characters the app's own paths and queries use.
bool is_app_path(std::string_view link) {
    if (link.empty()) return true;
    if (link.size() > kMaxKnowledgeLinkChars || link.front() != '/' || link.starts_with("//")) return false;
    return std::all_of(link.begin(), link.end(), [](char ch) {
        const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        return alnum || ch == '/' || ch == '-' || ch == '_' || ch == '?' || ch == '=' || ch == '&';
    });
}

}  // namespace

Validated<KnowledgeEntryForm> clean(const KnowledgeEntryForm& f) {
    Validated<KnowledgeEntryForm> out{f, {}};
    KnowledgeEntryForm& v = out.value;
    FieldErrors& e = out.errors;
    clean_field(e, v.question, "question", TextMode::single_line, kMaxKnowledgeQuestionChars,
                "knowledge_question_too_long", true);
    clean_field(e, v.phrasings, "phrasings", TextMode::multi_line, kMaxKnowledgePhrasingsChars,
                "knowledge_phrasings_too_long", false);
    clean_field(e, v.answer, "answer", TextMode::multi_line, kMaxKnowledgeAnswerChars, "knowledge_answer_too_long",
                true);
    v.link = std::string(trim(f.link));
    if (!is_app_path(v.link)) {
        v.link = f.link;
        e.push_back(field_error("link", "invalid_link"));
    }
    return out;
}

FieldErrors validate(const KnowledgeEntryForm& f) {
    return clean(f).errors;
}

std::vector<std::string> synonym_phrases(std::string_view line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != ',' && line[i] != ';' && line[i] != '\n') continue;
        const std::string_view phrase = trim(line.substr(start, i - start));
        if (!phrase.empty()) out.emplace_back(phrase);
        start = i + 1;
    }
    return out;
}

Validated<SynonymForm> clean(const SynonymForm& f) {
    Validated<SynonymForm> out{f, {}};
    Checked c = clean_text(f.phrases, TextMode::single_line);
    if (!c.ok()) {
        out.errors.push_back(field_error("phrases", c.error));
        return out;
    }
    if (char_count(c.value) > kMaxSynonymChars) {
        out.errors.push_back(field_error("phrases", "synonym_too_long"));
        return out;
    }
    std::vector<std::string> kept;
    std::vector<std::string> folded;
    for (auto& phrase : synonym_phrases(c.value)) {
        const auto words = fold_tokens(phrase);
        if (words.empty()) continue;
        if (words.size() > kMaxSynonymPhraseWords) {
            out.errors.push_back(field_error("phrases", "synonym_phrase_too_long"));
            return out;
        }
        const std::string key = fold_for_search(phrase);
        if (std::find(folded.begin(), folded.end(), key) != folded.end()) continue;
        folded.push_back(key);
        kept.push_back(std::move(phrase));
    }
    if (kept.size() < 2) {
        out.errors.push_back(field_error("phrases", "synonym_needs_two"));
        return out;
    }
    std::string joined;
    for (const auto& p : kept)
        joined += (joined.empty() ? "" : ", ") + p;
    out.value.phrases = std::move(joined);
    return out;
}

Validated<AssistantAsk> clean(const AssistantAsk& a) {
    Validated<AssistantAsk> out{a, {}};
    if (a.entry_id) return out;
    clean_field(out.errors, out.value.text, "text", TextMode::single_line, kMaxAssistantQuestionChars,
                "assistant_question_too_long", true);
    return out;
}

// [SECTION] words

namespace {

using Tokens = std::vector<std::string>;

// A word of a text in two forms: folded ("ho"), and lowercase with its
// diacritics ("hố"), which tells "hố" from "hồ" when both sides wrote them.
struct Word {
    std::string folded;
    std::string exact;

    bool has_marks() const { return exact != folded; }
};
using Words = std::vector<Word>;

Words words_of(std::string_view text) {
    Words out;
    std::u32string piece;
    auto flush = [&] {
        if (piece.empty()) return;
        for (auto& c : piece)
            c = to_lower(c);
        std::string exact = codepoints_to_utf8(to_nfc(piece));
        piece.clear();
        std::string folded = fold_for_search(exact);
        if (folded.empty()) return;
        if (folded.find(' ') == std::string::npos) {
            out.push_back({std::move(folded), std::move(exact)});
            return;
        }
        for (auto& t : fold_tokens(exact))
            out.push_back({t, t});
    };
    for (char32_t c : utf8_to_codepoints_lossy(text)) {
        if (char_class(c) == CharClass::other)
            flush();
        else
            piece.push_back(c);
    }
    flush();
    return out;
}

// A word of the text is a word of a synonym phrase when their folded forms
// match, or, where both carry diacritics, their written forms: the admin's
// "hố" is not the "hồ" of "hồ sơ", but "ho" typed without them may be either.
bool same_word(const Word& text, const Word& phrase) {
    if (text.has_marks() && phrase.has_marks()) return text.exact == phrase.exact;
    return text.folded == phrase.folded;
}

// Folded words that carry no topic in a question ("tôi muốn hỏi làm sao
// để …"). Kept out of the single-word terms; still part of word pairs, so
// "cơ quan" or "đề nghị" keep their meaning.
bool is_stop_word(std::string_view w) {
    static const std::unordered_set<std::string_view> kStop = {
        // Not here, though common: "dang" (đăng), "anh" (ảnh), "ma" (mã),
        // "bao" (báo), "gio" (giờ), "long" (hài lòng): topic words once folded.
        "a",    "ah",   "ak",    "ai",    "ba",    "ban",  "bi",   "biet", "cac",  "cach", "can",
        "cho",  "chi",  "chua",  "co",    "cua",   "cung", "da",   "dau",  "dc",   "de",   "di",   "do",
        "duoc", "duoi", "em",    "gi",    "giup",  "hay",  "hien", "hoi",  "k",    "khi",  "khong",
        "ko",   "la",   "lam",   "luc",   "minh",  "mot",  "muon", "nao",  "nay",  "neu",  "nhe",
        "nhieu", "nho",  "nhu",  "nhung", "o",     "oi",    "phai", "ra",   "roi",  "sao",  "se",   "the",
        "thi",  "thuc", "toi",   "tren",  "tu",    "uh",   "va",   "vao",  "vay",  "ve",   "voi",
        "vui",  "xin",
    };
    return kStop.contains(w);
}

// Restricted Damerau–Levenshtein distance of two short words, capped at 2.
int edit_distance(std::string_view a, std::string_view b) {
    if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return 3;
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return std::min(d[n][m], 3);
}

bool is_transposition(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    std::size_t first = 0;
    while (first < a.size() && a[first] == b[first])
        ++first;
    return first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first] &&
           a.substr(first + 2) == b.substr(first + 2);
}

// `word` typed as keys of `method` without an input method ("ddawng",
// "d9a8ng"), folded: "dang"; "" when that changes nothing.
std::string as_typed_keys(std::string_view word, InputMethod method) {
    Composer composer(method);
    composer.press(word);
    std::string folded = fold_for_search(composer.text());
    return folded == word ? std::string() : folded;
}

// A synonym group's phrases, each as folded words, and the one term that
// stands for all of them.
struct Concept {
    std::vector<Words> phrases;
    std::string term;
};

// Every phrase of any group at each position becomes its group's term;
// the longest phrase wins where several start.
Tokens with_concepts(const Words& words, const std::vector<Concept>& concepts) {
    Tokens out;
    out.reserve(words.size());
    std::size_t i = 0;
    while (i < words.size()) {
        std::size_t best_len = 0;
        const Concept* best = nullptr;
        for (const auto& c : concepts)
            for (const auto& p : c.phrases) {
                if (p.size() <= best_len || i + p.size() > words.size()) continue;
                if (std::equal(p.begin(), p.end(), words.begin() + static_cast<std::ptrdiff_t>(i),
                               [](const Word& pw, const Word& tw) { return same_word(tw, pw); })) {
                    best_len = p.size();
                    best = &c;
                }
            }
        if (best) {
            out.push_back(best->term);
            i += best_len;
        } else {
            out.push_back(words[i++].folded);
        }
    }
    return out;
}

// Two-word ways of asking ("bao nhiêu", "bao giờ"): neither word is a
// topic there, though "báo" and "giờ" are elsewhere.
bool is_filler_pair(std::string_view first, std::string_view second) {
    static const std::unordered_set<std::string_view> kPairs = {"bao nhieu", "bao gio", "the nao", "ra sao",
                                                                "duoc khong", "lam sao"};
    std::string pair;
    pair.reserve(first.size() + second.size() + 1);
    pair.append(first).append(" ").append(second);
    return kPairs.contains(pair);
}

// The terms of a word sequence: its topic words, and each pair of
// neighbours that is not two stop words ("dang ky", "co quan").
Tokens terms_of(const Tokens& words) {
    std::vector<bool> stop(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (is_stop_word(words[i])) stop[i] = true;
        if (i + 1 < words.size() && is_filler_pair(words[i], words[i + 1])) stop[i] = stop[i + 1] = true;
    }
    Tokens out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!stop[i]) out.push_back(words[i]);
        if (i + 1 < words.size() && !(stop[i] && stop[i + 1])) out.push_back(words[i] + ' ' + words[i + 1]);
    }
    return out;
}

// `word` with one letter of a doubled pair dropped ("kemm" -> "kem"), for
// each such pair.
std::vector<std::string> undoubled(const std::string& word) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i < word.size(); ++i)
        if (word[i] == word[i - 1]) out.push_back(word.substr(0, i) + word.substr(i + 1));
    return out;
}

bool is_pair(std::string_view term) {
    return term.find(' ') != std::string_view::npos;
}

// The lines of a multi-line text.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            if (i > start) out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

}  // namespace

// [SECTION] the index

struct KnowledgeIndex::Impl {
    struct Doc {
        KnowledgeEntry entry;
        std::unordered_map<std::string, double> tf;
        double length = 0;
    };
    std::vector<Doc> docs;
    std::vector<Concept> concepts;
    // Folded words of the entries and the synonyms: what a typed word is
    // repaired towards, with how many entries use it.
    std::unordered_map<std::string, int> vocabulary;
    std::unordered_map<std::string, int> df;
    double average_length = 1;

    // The question's words as the index knows them: Telex/VNI keys read,
    // glued words split, one-edit typos corrected.
    Words repaired(const Words& typed) const {
        Words out;
        auto push = [&out](const std::string& folded) { out.push_back({folded, folded}); };
        for (const auto& word : typed) {
            const std::string& w = word.folded;
            if (vocabulary.contains(w) || is_stop_word(w)) {
                out.push_back(word);
                continue;
            }
            bool done = false;
            for (auto method : {InputMethod::telex, InputMethod::vni}) {
                const std::string keys = as_typed_keys(w, method);
                if (!keys.empty() && vocabulary.contains(keys)) {
                    push(keys);
                    done = true;
                    break;
                }
            }
            if (done) continue;
            for (std::size_t cut = 1; cut + 1 < w.size() && !done; ++cut) {
                const std::string head = w.substr(0, cut), tail = w.substr(cut);
                if (vocabulary.contains(head) && vocabulary.contains(tail)) {
                    push(head);
                    push(tail);
                    done = true;
                }
            }
            if (done) continue;
            for (const auto& shorter : undoubled(w))
                if (!done && vocabulary.contains(shorter)) {
                    push(shorter);
                    done = true;
                }
            if (done) continue;
            const std::string* nearest = nullptr;
            int nearest_df = -1;
            for (const auto& [known, uses] : vocabulary) {
                const bool near = (w.size() >= 3 && is_transposition(w, known)) ||
                                  (w.size() >= 5 && known.size() >= 4 && edit_distance(w, known) == 1);
                if (near && (uses > nearest_df || (uses == nearest_df && known < *nearest))) {
                    nearest = &known;
                    nearest_df = uses;
                }
            }
            push(nearest ? *nearest : w);
        }
        return out;
    }

    double idf(const std::string& term) const {
        const auto it = df.find(term);
        const double n = static_cast<double>(docs.size());
        const double used = it == df.end() ? 0.0 : static_cast<double>(it->second);
        return std::log(1.0 + (n - used + 0.5) / (used + 0.5));
    }
};

KnowledgeIndex::KnowledgeIndex(std::span<const KnowledgeEntry> entries, std::span<const SynonymGroup> synonyms)
    : impl_(std::make_unique<Impl>()) {
    Impl& x = *impl_;
    for (std::size_t g = 0; g < synonyms.size(); ++g) {
        Concept c;
        c.term = "~" + std::to_string(g);
        for (const auto& phrase : synonym_phrases(synonyms[g].phrases)) {
            auto words = words_of(phrase);
            if (words.empty()) continue;
            for (const auto& w : words)
                x.vocabulary.try_emplace(w.folded, 0);
            c.phrases.push_back(std::move(words));
        }
        if (c.phrases.size() >= 2) x.concepts.push_back(std::move(c));
    }
    // The question says what the entry is about; the other phrasings too,
    // a little less each; the answer's words help only a little.
    constexpr double kQuestionWeight = 2.0, kPhrasingWeight = 1.0, kAnswerWeight = 0.3;
    double total_length = 0;
    for (const auto& e : entries) {
        if (!e.active) continue;
        Impl::Doc d;
        d.entry = e;
        auto add = [&](std::string_view text, double weight) {
            const Words words = words_of(text);
            for (const auto& w : words)
                ++x.vocabulary[w.folded];
            for (const auto& t : terms_of(with_concepts(words, x.concepts))) {
                d.tf[t] += weight;
                d.length += weight;
            }
        };
        add(e.question, kQuestionWeight);
        for (auto line : lines_of(e.phrasings))
            add(line, kPhrasingWeight);
        add(e.answer, kAnswerWeight);
        for (const auto& [term, _] : d.tf)
            ++x.df[term];
        total_length += d.length;
        x.docs.push_back(std::move(d));
    }
    if (!x.docs.empty()) x.average_length = std::max(1.0, total_length / static_cast<double>(x.docs.size()));
}

KnowledgeIndex::~KnowledgeIndex() = default;
KnowledgeIndex::KnowledgeIndex(KnowledgeIndex&&) noexcept = default;
KnowledgeIndex& KnowledgeIndex::operator=(KnowledgeIndex&&) noexcept = default;

std::size_t KnowledgeIndex::size() const {
    return impl_->docs.size();
}

const KnowledgeEntry* KnowledgeIndex::entry(std::int64_t id) const {
    for (const auto& d : impl_->docs)
        if (d.entry.id == id) return &d.entry;
    return nullptr;
}

std::vector<KnowledgeMatch> KnowledgeIndex::rank(std::string_view question, std::size_t limit) const {
    const Impl& x = *impl_;
    const Tokens words = with_concepts(x.repaired(words_of(question)), x.concepts);
    Tokens terms = terms_of(words);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    double question_weight = 0;
    std::size_t topic_words = 0;
    for (const auto& t : terms)
        if (!is_pair(t)) {
            question_weight += x.idf(t);
            ++topic_words;
        }
    std::vector<KnowledgeMatch> out;
    if (question_weight <= 0) return out;
    constexpr double k1 = 1.2, b = 0.75;
    for (const auto& d : x.docs) {
        double score = 0, matched = 0;
        for (const auto& t : terms) {
            const auto it = d.tf.find(t);
            if (it == d.tf.end()) continue;
            const double idf = x.idf(t);
            const double tf = it->second;
            score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * d.length / x.average_length));
            if (!is_pair(t)) matched += idf;
        }
        if (score > 0) out.push_back({d.entry.id, score, matched / question_weight, topic_words});
    }
    std::sort(out.begin(), out.end(), [](const KnowledgeMatch& p, const KnowledgeMatch& q) {
        if (p.score != q.score) return p.score > q.score;
        if (p.coverage != q.coverage) return p.coverage > q.coverage;
        return p.entry_id < q.entry_id;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

// [SECTION] intents

namespace {

// A word of the text as typed, folded, with where it ends in the text.
struct PlacedWord {
    std::string folded;
    std::size_t end = 0;
};

std::vector<PlacedWord> placed_words(std::string_view text) {
    std::vector<PlacedWord> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
        for (auto& w : fold_tokens(text.substr(start, i - start)))
            out.push_back({std::move(w), i});
    }
    return out;
}

// Ways of saying "I want to report"; what follows is the report.
constexpr std::array<std::array<std::string_view, 3>, 9> kStartReport = {{
    {"muon", "phan", "anh"},
    {"muon", "kien", "nghi"},
    {"can", "phan", "anh"},
    {"xin", "phan", "anh"},
    {"muon", "bao", "cao"},
    {"muon", "gui", "phan"},
    {"toi", "phan", "anh"},
    {"can", "kien", "nghi"},
    {"de", "nghi", "xu"},
}};

// Words that make the text a question about how to do something.
constexpr std::array<std::string_view, 10> kHowTo = {"lam sao", "the nao", "o dau", "bang cach", "cach nao",
                                                    "duoc khong", "huong dan", "the nao", "lam gi", "ra sao"};

// Words dropped between the request and the description ("… về …").
bool is_lead_in(std::string_view w) {
    return w == "ve" || w == "la" || w == "rang" || w == "viec" || w == "voi";
}

}  // namespace

ReadQuestion read_question(std::string_view text) {
    ReadQuestion out;
    // A tracking code anywhere: "pakn" then its digits and dashes.
    const std::string lower = fold_for_compare(text);
    for (std::size_t at = lower.find("pakn"); at != std::string::npos; at = lower.find("pakn", at + 1)) {
        std::size_t end = at + 4;
        while (end < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[end])) || lower[end] == '-' ||
                                      lower[end] == ' ') && end - at < kMaxTrackingCodeChars)
            ++end;
        while (end > at + 4) {
            // "PAKN 2026 000045" as people read it out: spaces for dashes.
            std::string candidate = lower.substr(at, end - at);
            std::replace(candidate.begin(), candidate.end(), ' ', '-');
            if (auto code = normalize_tracking_code(candidate)) {
                out.intent = AssistantIntent::track;
                out.tracking_code = *code;
                return out;
            }
            --end;
        }
    }
    const std::string folded = " " + fold_for_search(text) + " ";
    const bool how_to = std::any_of(kHowTo.begin(), kHowTo.end(), [&](std::string_view h) {
        return folded.find(" " + std::string(h) + " ") != std::string::npos;
    });
    if (how_to || trim(text).ends_with("?")) return out;
    const auto words = placed_words(text);
    for (std::size_t i = 0; i + 3 <= words.size(); ++i)
        for (const auto& trigger : kStartReport) {
            if (words[i].folded != trigger[0] || words[i + 1].folded != trigger[1] || words[i + 2].folded != trigger[2])
                continue;
            std::size_t first = i + 3;
            // "muốn gửi phản ánh": its third word is "phản"; skip "ánh".
            if (trigger[2] == "phan" && first < words.size() && words[first].folded == "anh") ++first;
            if (trigger[2] == "xu" && first < words.size() && words[first].folded == "ly") ++first;
            while (first < words.size() && is_lead_in(words[first].folded)) ++first;
            // Fewer than three words after the request: nothing to pre-fill,
            // so it is a question about reporting.
            if (words.size() - first < 3) return out;
            std::string_view rest = text.substr(words[first - 1].end);
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == ',' ||
                                     rest.front() == '.' || rest.front() == '-'))
                rest.remove_prefix(1);
            out.intent = AssistantIntent::start_report;
            out.report_text = std::string(trim(rest));
            return out;
        }
    return out;
}

// [SECTION] the reply

std::string_view to_wire(AssistantReplyKind k) noexcept {
    switch (k) {
        case AssistantReplyKind::answer: return "answer";
        case AssistantReplyKind::suggestions: return "suggestions";
        case AssistantReplyKind::unknown: return "unknown";
        case AssistantReplyKind::track: return "track";
        case AssistantReplyKind::start_report: return "start_report";
    }
    return "unknown";
}

std::optional<AssistantReplyKind> parse_assistant_reply_kind(std::string_view s) noexcept {
    for (auto k : {AssistantReplyKind::answer, AssistantReplyKind::suggestions, AssistantReplyKind::unknown,
                   AssistantReplyKind::track, AssistantReplyKind::start_report})
        if (to_wire(k) == s) return k;
    return std::nullopt;
}

AssistantReply reply_from_index(const KnowledgeIndex& index, const AssistantAsk& ask, bool* unanswered) {
    AssistantReply r;
    if (unanswered) *unanswered = false;
    auto answer_with = [&r](const KnowledgeEntry& e) {
        r.kind = AssistantReplyKind::answer;
        r.entry_id = e.id;
        r.question = e.question;
        r.answer = e.answer;
        r.link = e.link;
    };
    if (ask.entry_id) {
        if (const KnowledgeEntry* e = index.entry(*ask.entry_id)) answer_with(*e);
        return r;
    }
    const ReadQuestion read = read_question(ask.text);
    if (read.intent == AssistantIntent::track) {
        r.kind = AssistantReplyKind::track;
        r.tracking_code = read.tracking_code;
        return r;
    }
    if (read.intent == AssistantIntent::start_report) {
        r.kind = AssistantReplyKind::start_report;
        r.report_text = read.report_text;
        return r;
    }
    const auto matches = index.rank(ask.text, kMaxAssistantSuggestions + 1);
    // Sure: the best covers the question, and, for a question of a word or
    // two, no other fits it about as well ("tài khoản" alone fits
    // registering, signing in and editing alike).
    const bool close_second = matches.size() > 1 && matches[0].topic_words <= kAmbiguousTopicWords &&
                              matches[1].coverage >= kConfidentCoverage &&
                              matches[1].score >= kAmbiguousScoreRatio * matches[0].score;
    if (!matches.empty() && matches.front().coverage >= kConfidentCoverage && !close_second) {
        answer_with(*index.entry(matches.front().entry_id));
        return r;
    }
    for (const auto& m : matches)
        if (m.coverage >= kSuggestCoverage && r.suggestions.size() < kMaxAssistantSuggestions)
            r.suggestions.push_back({m.entry_id, index.entry(m.entry_id)->question});
    r.kind = r.suggestions.empty() ? AssistantReplyKind::unknown : AssistantReplyKind::suggestions;
    if (unanswered) *unanswered = true;
    return r;
}

// [SECTION] field lists

namespace {

template <typename IO, typename V>
void fields_KnowledgeEntry(IO& io, V& v) {
    io.req("id", v.id);
    io.req("question", v.question);
    io.opt("phrasings", v.phrasings);
    io.req("answer", v.answer);
    io.opt("link", v.link);
    io.opt("active", v.active);
    io.req_time("updated_at", v.updated_at);
}

template <typename IO, typename V>
void fields_KnowledgeEntryForm(IO& io, V& v) {
    io.opt("question", v.question);
    io.opt("phrasings", v.phrasings);
    io.opt("answer", v.answer);
    io.opt("link", v.link);
    io.opt("active", v.active);
}

template <typename IO, typename V>
void fields_SynonymGroup(IO& io, V& v) {
    io.req("id", v.id);
    io.req("phrases", v.phrases);
}

template <typename IO, typename V>
void fields_SynonymForm(IO& io, V& v) {
    io.opt("phrases", v.phrases);
}

template <typename IO, typename V>
void fields_UnansweredQuestion(IO& io, V& v) {
    io.req("id", v.id);
    io.req("question", v.question);
    io.req("times", v.times);
    io.req_time("last_asked_at", v.last_asked_at);
}

template <typename IO, typename V>
void fields_AssistantAsk(IO& io, V& v) {
    io.opt("text", v.text);
    io.opt("entry_id", v.entry_id);
}

template <typename IO, typename V>
void fields_AssistantSuggestion(IO& io, V& v) {
    io.req("entry_id", v.entry_id);
    io.req("question", v.question);
}

template <typename IO, typename V>
void fields_AssistantReply(IO& io, V& v) {
    io.req_enum("kind", v.kind, parse_assistant_reply_kind, "invalid_reply_kind");
    io.opt_omit_zero("entry_id", v.entry_id);
    io.opt("question", v.question);
    io.opt("answer", v.answer);
    io.opt("link", v.link);
    io.list("suggestions", v.suggestions, false);
    io.opt("tracking_code", v.tracking_code);
    io.object("report", v.report);
    io.opt("report_text", v.report_text);
}

}  // namespace

PAKN_JSON_VIA_FIELDS(KnowledgeEntry)
PAKN_JSON_VIA_FIELDS(KnowledgeEntryForm)
PAKN_JSON_VIA_FIELDS(SynonymGroup)
PAKN_JSON_VIA_FIELDS(SynonymForm)
PAKN_JSON_VIA_FIELDS(UnansweredQuestion)
PAKN_JSON_VIA_FIELDS(AssistantAsk)
PAKN_JSON_VIA_FIELDS(AssistantSuggestion)
PAKN_JSON_VIA_FIELDS(AssistantReply)

}  // namespace pakn
