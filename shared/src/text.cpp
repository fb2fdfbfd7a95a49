// [SECTION] index: tables, UTF-8, normalization, whitespace, cleaning,
// folding, truncation, ASCII codes.
#include "pakn/text.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <iterator>

namespace pakn {
namespace {

// [SECTION] tables (record types; the data is generated)

struct CccRange {
    char32_t first, last;
    std::uint8_t ccc;
};
struct DecompRun {
    char32_t first;
    std::uint16_t index;
};
struct CodePair {
    char32_t first;
    char32_t second = 0;  // 0: a singleton decomposition
};
struct CaseRange {
    char32_t first, last;
    std::int32_t delta;
    std::uint8_t stride;
};
struct ClassStep {
    char32_t first;
    std::uint8_t klass;
};

#include "unicode_tables.inc"

constexpr char32_t kReplacement = 0xFFFD;

// Hangul syllables are composed arithmetically (Unicode 15, section 3.12)
// instead of taking 11,172 table rows.
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr char32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

// The entry of a sorted step/range table whose `first` is the last one <= cp.
template <typename T, std::size_t N>
const T* last_at_or_before(const T (&table)[N], char32_t cp) {
    auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                               [](char32_t c, const T& e) { return c < e.first; });
    return it == std::begin(table) ? nullptr : &*(it - 1);
}

const CodePair* decomposition(char32_t cp) {
    auto it = std::upper_bound(std::begin(kDecompRuns), std::end(kDecompRuns), cp,
                               [](char32_t c, const DecompRun& r) { return c < r.first; });
    if (it == std::begin(kDecompRuns)) return nullptr;
    const DecompRun& run = *(it - 1);
    const std::size_t run_length = (it == std::end(kDecompRuns) ? std::size(kDecompMap) : it->index) - run.index;
    const char32_t offset = cp - run.first;
    return offset < run_length ? &kDecompMap[run.index + offset] : nullptr;
}

// The code point whose mapping sits at kDecompMap[index].
char32_t decomposed_code_point(std::size_t index) {
    auto it = std::upper_bound(std::begin(kDecompRuns), std::end(kDecompRuns), index,
                               [](std::size_t i, const DecompRun& r) { return i < r.index; });
    const DecompRun& run = *(it - 1);
    return run.first + static_cast<char32_t>(index - run.index);
}

// The primary composite of `a` followed by `b`, or 0 when there is none.
char32_t compose_pair(char32_t a, char32_t b) {
    if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
        return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
        b < kTBase + kTCount)
        return a + (b - kTBase);
    auto less = [](std::uint16_t i, const CodePair& p) {
        const CodePair& m = kDecompMap[i];
        return m.first < p.first || (m.first == p.first && m.second < p.second);
    };
    const CodePair key{a, b};
    auto it = std::lower_bound(std::begin(kComposeIndex), std::end(kComposeIndex), key, less);
    if (it == std::end(kComposeIndex) || kDecompMap[*it].first != a || kDecompMap[*it].second != b)
        return 0;
    return decomposed_code_point(*it);
}

void decompose_into(std::u32string& out, char32_t cp) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        const char32_t s = cp - kSBase;
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
        return;
    }
    if (cp >= 0xC0) {
        if (const CodePair* d = decomposition(cp)) {
            decompose_into(out, d->first);
            if (d->second != 0) decompose_into(out, d->second);
            return;
        }
    }
    out.push_back(cp);
}

// Sorts each run of non-starters by combining class, stably. stable_sort
// rather than the textbook bubble pass: a paste of thousands of marks must
// not cost quadratic time on the server.
void canonical_order(std::u32string& s) {
    auto by_class = [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); };
    for (std::size_t i = 0; i < s.size();) {
        if (combining_class(s[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < s.size() && combining_class(s[j]) != 0) ++j;
        if (j - i > 1) std::stable_sort(s.begin() + static_cast<std::ptrdiff_t>(i),
                                        s.begin() + static_cast<std::ptrdiff_t>(j), by_class);
        i = j;
    }
}

// Canonical composition of a decomposed, canonically ordered string (UAX #15).
void compose(std::u32string& s) {
    if (s.empty()) return;
    std::size_t starter = 0;
    // A leading non-starter has no starter to join: 256 blocks every pairing.
    int last_class = combining_class(s[0]) == 0 ? 0 : 256;
    std::size_t out = 1;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char32_t ch = s[i];
        const int cls = combining_class(ch);
        if (last_class < cls || last_class == 0) {
            if (const char32_t c = compose_pair(s[starter], ch)) {
                s[starter] = c;
                continue;
            }
        }
        if (cls == 0) starter = out;
        last_class = cls;
        s[out++] = ch;
    }
    s.resize(out);
}

// [SECTION] UTF-8

struct Decoded {
    char32_t cp;
    std::size_t length;  // bytes consumed; for an error, the maximal ill-formed subpart
    bool ok;
};

// Decodes the sequence at s[i] following Unicode's table 3-7 of well-formed
// byte sequences; the narrowed second-byte ranges exclude overlongs (E0, F0),
// surrogates (ED) and values above U+10FFFF (F4).
Decoded decode_at(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, true};
    std::size_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return {kReplacement, 1, false};
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) return {kReplacement, k, false};
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (b < lo || b > hi) return {kReplacement, k, false};
        lo = 0x80;
        hi = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, need + 1, true};
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void append_utf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// [SECTION] whitespace on code points

bool is_line_break(char32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029; }

std::u32string collapse_spaces_cps(std::u32string_view s) {
    std::u32string out;
    bool pending = false;
    for (char32_t cp : s) {
        if (is_space(cp)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.push_back(cp);
    }
    return out;
}

std::u32string clean_lines_cps(std::u32string_view s) {
    std::u32string out;
    bool blank_pending = false;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t end = i;
        while (end < s.size() && !is_line_break(s[end])) ++end;
        std::size_t b = i, e = end;
        while (b < e && is_space(s[b])) ++b;
        while (e > b && is_space(s[e - 1])) --e;
        if (b == e) {
            // Blank lines only count between paragraphs, and many count as one.
            blank_pending = !out.empty();
        } else {
            if (!out.empty()) out += blank_pending ? U"\n\n" : U"\n";
            out.append(s.substr(b, e - b));
            blank_pending = false;
        }
        if (end < s.size() && s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ++end;
        i = end + 1;
    }
    return out;
}

// [SECTION] folding on code points

// Letters with a stroke have no canonical decomposition, so dropping marks
// leaves them alone; people still type "duong" for "đường".
char32_t unstroke(char32_t cp) {
    switch (cp) {
        case 0x0111: return 'd';  // đ
        case 0x0142: return 'l';  // ł
        case 0x00F8: return 'o';  // ø
        case 0x0127: return 'h';  // ħ
        case 0x0167: return 't';  // ŧ
        default: return cp;
    }
}

// Decomposed, mark-free, lowercased code points of `s` (not yet recomposed).
std::u32string fold_codepoints(std::string_view s) {
    std::u32string out;
    for (char32_t cp : to_nfd(utf8_to_codepoints_lossy(s))) {
        if (char_class(cp) == CharClass::mark) continue;
        out.push_back(unstroke(to_lower(cp)));
    }
    return out;
}

}  // namespace

// [SECTION] UTF-8 (public)

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decode_at(s, i);
        if (!d.ok) return false;
        i += d.length;
    }
    return true;
}

std::optional<std::u32string> utf8_to_codepoints(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decode_at(s, i);
        if (!d.ok) return std::nullopt;
        out.push_back(d.cp);
        i += d.length;
    }
    return out;
}

std::u32string utf8_to_codepoints_lossy(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decode_at(s, i);
        out.push_back(d.cp);
        i += d.length;
    }
    return out;
}

std::string codepoints_to_utf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) append_utf8(out, cp);
    return out;
}

// [SECTION] normalization (public)

std::string_view unicode_version() { return kUnicodeVersion; }

int combining_class(char32_t cp) {
    if (cp < 0x300) return 0;
    const CccRange* r = last_at_or_before(kCombiningClass, cp);
    return r && cp <= r->last ? r->ccc : 0;
}

std::u32string to_nfd(std::u32string_view cps) {
    std::u32string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) decompose_into(out, cp);
    canonical_order(out);
    return out;
}

namespace {
// Code points that are NFC whatever surrounds them: no canonical decomposition
// or composition exclusion (NFC_Quick_Check = Yes) and combining class 0, in
// the blocks Vietnamese text is made of (ASCII, Latin-1, Latin Extended A/B,
// the precomposed Latin Extended Additional letters, punctuation, ₫). Text of
// only these is already NFC, which saves decomposing and recomposing every
// field of every request.
bool nfc_stable(char32_t cp) {
    return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x206F) ||
           (cp >= 0x20A0 && cp <= 0x20CF);
}
}  // namespace

std::u32string to_nfc(std::u32string_view cps) {
    bool stable = true;
    for (char32_t cp : cps) stable = stable && nfc_stable(cp);
    if (stable) return std::u32string(cps);
    std::u32string out = to_nfd(cps);
    compose(out);
    return out;
}

std::string to_nfc(std::string_view s) {
    return codepoints_to_utf8(to_nfc(utf8_to_codepoints_lossy(s)));
}

std::size_t char_count(std::string_view s) { return to_nfc(utf8_to_codepoints_lossy(s)).size(); }

// [SECTION] whitespace and control characters (public)

bool is_space(char32_t cp) {
    switch (cp) {
        case '\t': case '\n': case '\r': case ' ': case 0x00A0: case 0x1680:
        case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool is_forbidden_control(char32_t cp) {
    if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
    return (cp >= 0x7F && cp <= 0x9F)                // DEL and C1
           || (cp >= 0x200B && cp <= 0x200F)         // zero-width, LRM/RLM
           || (cp >= 0x202A && cp <= 0x202E)         // bidi embeddings/overrides
           || (cp >= 0x2066 && cp <= 0x2069)         // bidi isolates ("Trojan Source")
           || cp == 0xFEFF;
}

// Mirrors the glyph ranges of client/ui/theme.cpp (and the font subsets of
// client/CMakeLists.txt) minus what is_forbidden_control refuses, the
// invisible format characters U+2060-206F, U+270A (no glyph in the symbol
// font) and U+270B (an emoji by default). Sorted; tests/client checks that
// the loaded fonts have a glyph for each.
constexpr CodepointRange kDrawable[] = {
    {0x0009, 0x000A}, {0x000D, 0x000D},  // tab, LF, CR
    {0x0020, 0x007E},                    // ASCII
    {0x00A0, 0x017F},                    // Latin-1, Latin Extended-A (Ă ă Đ đ Ĩ ĩ Ũ ũ)
    {0x01A0, 0x01B0},                    // Ơ ơ Ư ư
    {0x0300, 0x0303}, {0x0309, 0x0309}, {0x0323, 0x0323},  // Vietnamese tone marks
    {0x1EA0, 0x1EF9},                    // Latin Extended Additional (ạ … ỹ)
    {0x2000, 0x200A}, {0x2010, 0x2029}, {0x202F, 0x205F},  // General Punctuation (– — “ ” … •)
    {0x20AB, 0x20AC},                    // ₫ €
    {0x2116, 0x2116},                    // №
    {0x2190, 0x2193}, {0x21BB, 0x21BB},  // arrows
    {0x25B2, 0x25CF},                    // geometric shapes
    {0x2605, 0x2606}, {0x260E, 0x260E}, {0x2630, 0x2630}, {0x26A0, 0x26A0},
    {0x2709, 0x2709}, {0x270C, 0x2716},  // ✉ ✌ … ✖
    {0x2B06, 0x2B06},
};

std::span<const CodepointRange> drawable_ranges() noexcept { return kDrawable; }

bool is_drawable(char32_t cp) noexcept {
    const auto* it = std::upper_bound(std::begin(kDrawable), std::end(kDrawable), cp,
                                      [](char32_t c, const CodepointRange& r) { return c < r.first; });
    return it != std::begin(kDrawable) && cp <= std::prev(it)->last;
}

std::string_view trim(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        const Decoded d = decode_at(s, b);
        if (!d.ok || !is_space(d.cp)) break;
        b += d.length;
    }
    std::size_t e = s.size();
    while (e > b) {
        std::size_t k = e - 1;
        while (k > b && e - k < 4 && is_continuation(s[k])) --k;
        const Decoded d = decode_at(s, k);
        if (!d.ok || k + d.length != e || !is_space(d.cp)) break;
        e = k;
    }
    return s.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
    return codepoints_to_utf8(collapse_spaces_cps(utf8_to_codepoints_lossy(s)));
}

std::string clean_lines(std::string_view s) {
    return codepoints_to_utf8(clean_lines_cps(utf8_to_codepoints_lossy(s)));
}

// [SECTION] cleaning user input (public)

Checked clean_text(std::string_view raw, TextMode mode) {
    std::optional<std::u32string> cps = utf8_to_codepoints(raw);
    if (!cps) return {{}, "invalid_utf8"};
    std::u32string_view text = *cps;
    // A byte-order mark at the start comes from pasted files and means nothing;
    // anywhere else it is an invisible character hiding inside a word.
    if (!text.empty() && text.front() == 0xFEFF) text.remove_prefix(1);
    for (char32_t cp : text)
        if (is_forbidden_control(cp)) return {{}, "control_characters"};
    const std::u32string nfc = to_nfc(text);
    // After NFC: decomposed Vietnamese (a + U+0306 from some keyboards and
    // macOS file names) composes into letters the fonts have.
    for (char32_t cp : nfc)
        if (!is_drawable(cp)) return {{}, "undrawable_characters"};
    const std::u32string clean = mode == TextMode::single_line ? collapse_spaces_cps(nfc) : clean_lines_cps(nfc);
    return {codepoints_to_utf8(clean), {}};
}

// [SECTION] search folding (public)

CharClass char_class(char32_t cp) {
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::letter;
        return cp >= '0' && cp <= '9' ? CharClass::number : CharClass::other;
    }
    const ClassStep* step = last_at_or_before(kCharClass, cp);
    return step ? static_cast<CharClass>(step->klass) : CharClass::other;
}

char32_t to_lower(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    const CaseRange* r = last_at_or_before(kLowercase, cp);
    if (!r || cp > r->last || (cp - r->first) % r->stride != 0) return cp;
    return static_cast<char32_t>(static_cast<std::int32_t>(cp) + r->delta);
}

std::string fold_for_compare(std::string_view s) { return codepoints_to_utf8(to_nfc(fold_codepoints(s))); }

std::string fold_for_search(std::string_view s) {
    std::u32string words;
    bool pending = false;
    for (char32_t cp : fold_codepoints(s)) {
        const CharClass c = char_class(cp);
        if (c != CharClass::letter && c != CharClass::number) {
            pending = !words.empty();
            continue;
        }
        if (pending) words.push_back(' ');
        pending = false;
        words.push_back(cp);
    }
    return codepoints_to_utf8(to_nfc(words));
}

std::vector<std::string> fold_tokens(std::string_view s) {
    std::vector<std::string> tokens;
    const std::string folded = fold_for_search(s);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        tokens.emplace_back(folded, start, end - start);
        start = end + 1;
    }
    return tokens;
}

// [SECTION] truncation (public)

std::string truncate_chars(std::string_view s, std::size_t max_chars) {
    std::size_t cut = 0, count = 0;
    for (; cut < s.size(); ++cut) {
        if (is_continuation(s[cut])) continue;
        if (count == max_chars) break;
        ++count;
    }
    if (cut >= s.size()) return std::string(s);
    auto mark_at = [&](std::size_t i) {
        const Decoded d = decode_at(s, i);
        return d.ok && char_class(d.cp) == CharClass::mark;
    };
    auto previous_start = [&](std::size_t i) {
        do --i;
        while (i > 0 && is_continuation(s[i]));
        return i;
    };
    // Cutting between a letter and its marks would change the letter
    // ("ế" -> "e"), so the letter goes too.
    while (cut > 0 && mark_at(cut)) cut = previous_start(cut);
    return std::string(s.substr(0, cut));
}

// [SECTION] ASCII codes (public)

bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

bool all_ascii_digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

std::optional<double> parse_decimal(std::string_view s) {
    // strtod skips leading spaces and reads hex, "inf" and "nan": only a
    // plain number that starts with a sign, a digit or a point is one.
    if (s.empty() || s.size() > 32) return std::nullopt;
    const char first = s.front();
    if (!(is_ascii_digit(first) || first == '-' || first == '+' || first == '.')) return std::nullopt;
    if (s.find_first_of("xXpP") != std::string_view::npos) return std::nullopt;
    const std::string copy(s);  // strtod needs the terminating NUL
    char* end = nullptr;
    const double v = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace pakn
