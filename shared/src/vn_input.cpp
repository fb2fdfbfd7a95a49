// [SECTION] index: letters, syllables, tone placement, keys, Composer.
#include "pakn/vn_input.h"

#include <array>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "pakn/text.h"

namespace pakn {
namespace {

// [SECTION] letters

// What a key adds to a letter besides its tone.
enum class Mark : std::uint8_t { none, circumflex, breve, horn, stroke };

// Tones in the order of the keys: Telex s f r x j, VNI 1 2 3 4 5.
enum class Tone : std::uint8_t { none, sac, huyen, hoi, nga, nang };

// A Latin letter taken apart: "Ệ" is {'e', circumflex, nang, upper}.
struct Letter {
    char base = 'a';  // 'a'..'z'
    Mark mark = Mark::none;
    Tone tone = Tone::none;
    bool upper = false;
};

// Every Vietnamese vowel: its six tone forms in Tone order, lower and upper.
struct VowelForms {
    char base;
    Mark mark;
    std::u32string_view lower;
    std::u32string_view upper;
};
constexpr std::array<VowelForms, 12> kVowels = {{
    {'a', Mark::none, U"aáàảãạ", U"AÁÀẢÃẠ"},
    {'a', Mark::breve, U"ăắằẳẵặ", U"ĂẮẰẲẴẶ"},
    {'a', Mark::circumflex, U"âấầẩẫậ", U"ÂẤẦẨẪẬ"},
    {'e', Mark::none, U"eéèẻẽẹ", U"EÉÈẺẼẸ"},
    {'e', Mark::circumflex, U"êếềểễệ", U"ÊẾỀỂỄỆ"},
    {'i', Mark::none, U"iíìỉĩị", U"IÍÌỈĨỊ"},
    {'o', Mark::none, U"oóòỏõọ", U"OÓÒỎÕỌ"},
    {'o', Mark::circumflex, U"ôốồổỗộ", U"ÔỐỒỔỖỘ"},
    {'o', Mark::horn, U"ơớờởỡợ", U"ƠỚỜỞỠỢ"},
    {'u', Mark::none, U"uúùủũụ", U"UÚÙỦŨỤ"},
    {'u', Mark::horn, U"ưứừửữự", U"ƯỨỪỬỮỰ"},
    {'y', Mark::none, U"yýỳỷỹỵ", U"YÝỲỶỸỴ"},
}};

constexpr char32_t kSmallDStroke = U'đ';
constexpr char32_t kCapitalDStroke = U'Đ';

bool is_vowel(char base) {
    return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

// The letter `cp` shows, or nullopt when `cp` is not a Latin letter a
// Vietnamese word is made of (digits, punctuation, other scripts end a word).
std::optional<Letter> decode(char32_t cp) {
    if (cp >= U'a' && cp <= U'z') return Letter{static_cast<char>(cp), Mark::none, Tone::none, false};
    if (cp >= U'A' && cp <= U'Z') return Letter{static_cast<char>(cp - U'A' + U'a'), Mark::none, Tone::none, true};
    if (cp == kSmallDStroke) return Letter{'d', Mark::stroke, Tone::none, false};
    if (cp == kCapitalDStroke) return Letter{'d', Mark::stroke, Tone::none, true};
    for (const VowelForms& v : kVowels)
        for (std::size_t t = 0; t < v.lower.size(); ++t) {
            if (v.lower[t] == cp) return Letter{v.base, v.mark, static_cast<Tone>(t), false};
            if (v.upper[t] == cp) return Letter{v.base, v.mark, static_cast<Tone>(t), true};
        }
    return std::nullopt;
}

// The precomposed character for `l`, or nullopt when no such character
// exists (a tone on a consonant, a breve on an o): the caller then keeps the
// word as it was.
std::optional<char32_t> encode(const Letter& l) {
    if (l.mark == Mark::stroke) {
        if (l.base != 'd' || l.tone != Tone::none) return std::nullopt;
        return l.upper ? kCapitalDStroke : kSmallDStroke;
    }
    for (const VowelForms& v : kVowels)
        if (v.base == l.base && v.mark == l.mark) {
            const std::size_t t = static_cast<std::size_t>(l.tone);
            return l.upper ? v.upper[t] : v.lower[t];
        }
    if (is_vowel(l.base) || l.mark != Mark::none || l.tone != Tone::none) return std::nullopt;
    return static_cast<char32_t>(l.upper ? l.base - 'a' + 'A' : l.base);
}

using Word = std::vector<Letter>;

// [SECTION] syllables

// Consonants a syllable may start with ("đ" counts as "d"; "gi" and "qu"
// are decided in parse()).
constexpr std::array<std::string_view, 27> kInitials = {
    "",   "b",   "c",  "ch", "d",  "g",  "gh", "gi", "h", "k",  "kh", "l", "m", "n",
    "ng", "ngh", "nh", "p",  "ph", "qu", "r",  "s",  "t", "th", "tr", "v", "x",
};

// Consonants a syllable may end with.
constexpr std::array<std::string_view, 9> kFinals = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

// The vowel groups of Vietnamese syllables, marks included, tones left out.
// Some only occur before a final consonant (iê, uô, ươ, oă, uâ, uyê): they
// are here because they appear while the word is being typed.
constexpr std::array<std::u32string_view, 54> kVowelGroups = {
    U"a",   U"ă",   U"â",   U"e",   U"ê",   U"i",   U"o",   U"ô",   U"ơ",   U"u",   U"ư",   U"y",   U"ai", U"ao",
    U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iê",  U"iu",  U"oa",  U"oă",  U"oe",  U"oi", U"ôi",
    U"ơi",  U"oo",  U"ua",  U"uâ",  U"uê",  U"ui",  U"uô",  U"uơ",  U"uy",  U"ưa",  U"ưi",  U"ưu",  U"ươ", U"yê",
    U"iêu", U"yêu", U"oai", U"oay", U"oeo", U"uây", U"uôi", U"uya", U"uyê", U"uyu", U"ươi", U"ươu",
};

// Where the parts of a word lie: initial [0, vowels_begin), vowels
// [vowels_begin, vowels_end), final [vowels_end, size).
struct Syllable {
    bool valid = false;  // shaped like a Vietnamese syllable, marks aside
    std::size_t vowels_begin = 0;
    std::size_t vowels_end = 0;

    bool has_vowels() const { return vowels_end > vowels_begin; }
};

std::string bases(const Word& w, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i)
        out += w[i].base;
    return out;
}

// The vowel group of `w` as written in kVowelGroups (lowercase, no tone).
std::u32string vowel_group(const Word& w, const Syllable& s) {
    std::u32string out;
    for (std::size_t i = s.vowels_begin; i < s.vowels_end; ++i) {
        Letter plain = w[i];
        plain.tone = Tone::none;
        plain.upper = false;
        out += encode(plain).value_or(U'?');
    }
    return out;
}

// True when `group` is exactly a Vietnamese vowel group, marks included.
bool is_vowel_group(std::u32string_view group) {
    for (std::u32string_view g : kVowelGroups)
        if (g == group) return true;
    return false;
}

// True when some Vietnamese vowel group has these base letters: "uo" (for
// "ươ", "uô") is one while it is being typed, "aa" is not.
bool is_vowel_group_being_typed(std::string_view group_bases) {
    const auto matches = [&](std::u32string_view g) {
        if (g.size() != group_bases.size()) return false;
        for (std::size_t i = 0; i < g.size(); ++i) {
            const std::optional<Letter> l = decode(g[i]);
            if (!l || l->base != group_bases[i]) return false;
        }
        return true;
    };
    for (std::u32string_view g : kVowelGroups)
        if (matches(g)) return true;
    return false;
}

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view part) {
    for (std::string_view p : list)
        if (p == part) return true;
    return false;
}

Syllable parse(const Word& w) {
    Syllable s;
    std::size_t i = 0;
    while (i < w.size() && !is_vowel(w[i].base))
        ++i;
    std::size_t j = i;
    while (j < w.size() && is_vowel(w[j].base))
        ++j;
    for (std::size_t k = j; k < w.size(); ++k)
        if (is_vowel(w[k].base)) return s;  // two vowel groups: not one syllable
    std::string initial = bases(w, 0, i);
    // The u of "qu" and the i of "gi" (before another vowel) belong to the
    // consonant: "quý" has its tone on the y, "già" on the a.
    if (initial == "q") {
        if (i == j || w[i].base != 'u' || w[i].mark != Mark::none) return s;
        initial = "qu";
        ++i;
    } else if (initial == "g" && j - i >= 2 && w[i].base == 'i') {
        initial = "gi";
        ++i;
    }
    for (std::size_t k = 0; k < i; ++k)  // only d takes a mark among the consonants
        if (w[k].mark != Mark::none && !(k == 0 && w[k].base == 'd' && w[k].mark == Mark::stroke) &&
            !is_vowel(w[k].base))
            return s;
    const std::string final_part = bases(w, j, w.size());
    if (!listed(kInitials, initial) || !listed(kFinals, final_part)) return s;
    if (i < j && !is_vowel_group_being_typed(bases(w, i, j))) return s;
    for (std::size_t k = j; k < w.size(); ++k)
        if (w[k].mark != Mark::none) return s;
    s.valid = true;
    s.vowels_begin = i;
    s.vowels_end = j;
    return s;
}

// [SECTION] tone placement

// The letter of the vowel group that carries the tone.
std::size_t tone_position(const Word& w, const Syllable& s, ToneStyle style) {
    const std::size_t b = s.vowels_begin;
    const std::size_t e = s.vowels_end;
    // A vowel with a mark takes the tone; of ươ, the ơ ("người", "thuở").
    for (std::size_t i = e; i > b; --i)
        if (w[i - 1].mark != Mark::none) return i - 1;
    const std::size_t count = e - b;
    if (count == 1) return b;
    if (e < w.size()) return e - 1;  // a final consonant: "hoàng", "huỳnh", "toán"
    if (count == 3) return b + 1;    // "oài", "xoáy", "khuỷu"
    const std::string pair = bases(w, b, e);
    if (pair == "oa" || pair == "oe" || pair == "uy") return style == ToneStyle::modern ? b + 1 : b;
    return b;  // "mùa", "kìa", "tài", "gửi"
}

// What just changed the word.
enum class Edit : std::uint8_t { key, backspace };

// The word with its tone where the rules put it. After a key, also the horns
// of u + o as Vietnamese spells them: "ươ" when a letter follows ("ươi",
// "ương"; "uwo" + "i" means "ươi"), "uơ" when the group ends the word and
// has its tone ("thuở": no word ends in "ươ"); an open "ươ" without a tone
// is only half typed and stays. After backspace the letters stay as shown:
// deleting the "ờ" of "người" leaves "ngư", not "ngu".
// Words that are not syllables are left as typed.
Word place_tone(Word w, ToneStyle style, Edit edit) {
    const Syllable s = parse(w);
    if (!s.valid || !s.has_vowels()) return w;
    Tone tone = Tone::none;
    int toned = 0;
    for (const Letter& l : w)
        if (l.tone != Tone::none) {
            tone = l.tone;
            ++toned;
        }
    if (toned > 1) return w;  // not typed through these rules; do not guess
    for (std::size_t i = s.vowels_begin; edit == Edit::key && i + 1 < s.vowels_end; ++i) {
        Letter& u = w[i];
        Letter& o = w[i + 1];
        const bool horned = u.base == 'u' && o.base == 'o' && o.mark != Mark::circumflex &&
                            (u.mark == Mark::horn || o.mark == Mark::horn);
        if (!horned) continue;
        if (i + 2 < w.size()) {
            u.mark = Mark::horn;
            o.mark = Mark::horn;
        } else if (tone != Tone::none) {
            u.mark = Mark::none;
            o.mark = Mark::horn;
        }
    }
    for (Letter& l : w)
        l.tone = Tone::none;
    if (tone != Tone::none) w[tone_position(w, s, style)].tone = tone;
    return w;
}

// [SECTION] keys

enum class KeyKind : std::uint8_t { literal, tone, remove_tone, mark, stroke };

// One way a mark key may apply: put `mark` on a vowel `base`, or on both
// letters of "uo" (the horn of "ươ").
struct MarkRule {
    char base;  // 'u' with uo_pair
    Mark mark;
    bool uo_pair = false;
};

struct KeyAction {
    KeyKind kind = KeyKind::literal;
    Tone tone = Tone::none;
    std::span<const MarkRule> rules;  // tried in order; the first that fits applies
    bool telex_w = false;             // a bare "w" types "ư"
};

constexpr MarkRule kTelexA[] = {{'a', Mark::circumflex}};
constexpr MarkRule kTelexE[] = {{'e', Mark::circumflex}};
constexpr MarkRule kTelexO[] = {{'o', Mark::circumflex}};
// "uo" first: "uow" is "ươ"; "oaw" is "oă"; "uaw" is "ưa" (no "uă").
constexpr MarkRule kTelexW[] = {{'u', Mark::horn, true}, {'a', Mark::breve}, {'o', Mark::horn}, {'u', Mark::horn}};
constexpr MarkRule kVni6[] = {{'a', Mark::circumflex}, {'e', Mark::circumflex}, {'o', Mark::circumflex}};
constexpr MarkRule kVni7[] = {{'u', Mark::horn, true}, {'o', Mark::horn}, {'u', Mark::horn}};
constexpr MarkRule kVni8[] = {{'a', Mark::breve}};

// One key of a method and what it does; keys not listed are only letters.
struct KeyBinding {
    char32_t key;  // lower case; Telex reads "S" as "s"
    KeyAction action;
};

constexpr KeyBinding kTelexKeys[] = {
    {U's', {KeyKind::tone, Tone::sac, {}, false}},       {U'f', {KeyKind::tone, Tone::huyen, {}, false}},
    {U'r', {KeyKind::tone, Tone::hoi, {}, false}},       {U'x', {KeyKind::tone, Tone::nga, {}, false}},
    {U'j', {KeyKind::tone, Tone::nang, {}, false}},      {U'z', {KeyKind::remove_tone, Tone::none, {}, false}},
    {U'a', {KeyKind::mark, Tone::none, kTelexA, false}}, {U'e', {KeyKind::mark, Tone::none, kTelexE, false}},
    {U'o', {KeyKind::mark, Tone::none, kTelexO, false}}, {U'w', {KeyKind::mark, Tone::none, kTelexW, true}},
    {U'd', {KeyKind::stroke, Tone::none, {}, false}},
};

constexpr KeyBinding kVniKeys[] = {
    {U'1', {KeyKind::tone, Tone::sac, {}, false}},     {U'2', {KeyKind::tone, Tone::huyen, {}, false}},
    {U'3', {KeyKind::tone, Tone::hoi, {}, false}},     {U'4', {KeyKind::tone, Tone::nga, {}, false}},
    {U'5', {KeyKind::tone, Tone::nang, {}, false}},    {U'0', {KeyKind::remove_tone, Tone::none, {}, false}},
    {U'6', {KeyKind::mark, Tone::none, kVni6, false}}, {U'7', {KeyKind::mark, Tone::none, kVni7, false}},
    {U'8', {KeyKind::mark, Tone::none, kVni8, false}}, {U'9', {KeyKind::stroke, Tone::none, {}, false}},
};

// What `key` does in `method` (telex or vni).
KeyAction key_action(InputMethod method, char32_t key) {
    std::span<const KeyBinding> bindings = kVniKeys;
    if (method == InputMethod::telex) bindings = kTelexKeys;
    const char32_t lower = (key >= U'A' && key <= U'Z') ? key - U'A' + U'a' : key;
    for (const KeyBinding& b : bindings)
        if (b.key == lower) return b.action;
    return {};
}

// What a key did to the word.
enum class Outcome : std::uint8_t {
    applied,    // the key became a mark; nothing is typed
    undone,     // the key took its own mark back; the key is typed
    bare_w,     // Telex "w" with no vowel to mark: "ư" is typed
    not_apply,  // the key is typed as itself
};

Tone current_tone(const Word& w) {
    for (const Letter& l : w)
        if (l.tone != Tone::none) return l.tone;
    return Tone::none;
}

Outcome apply_mark(Word& w, const Syllable& s, std::span<const MarkRule> rules) {
    for (const MarkRule& rule : rules) {
        // The letters the rule may mark, the last vowel first ("uu" + w: "ưu").
        std::vector<std::array<std::size_t, 2>> choices;  // {first, last} index, inclusive
        for (std::size_t i = s.vowels_end; i > s.vowels_begin; --i) {
            const std::size_t p = i - 1;
            if (rule.uo_pair) {
                if (p + 1 < s.vowels_end && w[p].base == 'u' && w[p + 1].base == 'o') choices.push_back({p, p + 1});
            } else if (w[p].base == rule.base) {
                choices.push_back({p, p});
            }
        }
        for (const auto& [first, last] : choices) {
            // The horn of u + o is on the o at least ("thuở" shows no horn on
            // its u, yet "w" there takes the horn back).
            bool all_marked = true;
            for (std::size_t p = rule.uo_pair ? last : first; p <= last; ++p)
                all_marked = all_marked && w[p].mark == rule.mark;
            if (all_marked) {
                for (std::size_t p = first; p <= last; ++p)
                    w[p].mark = Mark::none;
                return Outcome::undone;
            }
            Word trial = w;
            for (std::size_t p = first; p <= last; ++p)
                trial[p].mark = rule.mark;
            if (is_vowel_group(vowel_group(trial, s))) {
                w = std::move(trial);
                return Outcome::applied;
            }
        }
    }
    return Outcome::not_apply;
}

// True when the word ends in c, ch, p or t, after which Vietnamese has only
// the sắc and nặng tones ("học", "bích", never "hòc"): another tone key
// there is a letter of some other word, and is typed.
bool ends_in_stop(const Word& w, const Syllable& s) {
    const std::string final_part = bases(w, s.vowels_end, w.size());
    return final_part == "c" || final_part == "ch" || final_part == "p" || final_part == "t";
}

// Applies `action` to the word `w` (which may be empty).
Outcome apply_key(Word& w, const KeyAction& action) {
    if (action.kind == KeyKind::literal) return Outcome::not_apply;
    const Syllable s = parse(w);
    if (!s.valid) return Outcome::not_apply;
    switch (action.kind) {
        case KeyKind::tone: {
            if (!s.has_vowels()) return Outcome::not_apply;
            const bool same = current_tone(w) == action.tone;
            const bool stop_allows = action.tone == Tone::sac || action.tone == Tone::nang;
            if (!same && !stop_allows && ends_in_stop(w, s)) return Outcome::not_apply;
            for (Letter& l : w)
                l.tone = Tone::none;
            if (same) return Outcome::undone;
            w[s.vowels_begin].tone = action.tone;  // place_tone() moves it where it belongs
            return Outcome::applied;
        }
        case KeyKind::remove_tone: {
            if (current_tone(w) == Tone::none) return Outcome::not_apply;
            for (Letter& l : w)
                l.tone = Tone::none;
            return Outcome::applied;
        }
        case KeyKind::stroke: {
            if (w.empty() || w[0].base != 'd') return Outcome::not_apply;
            if (w[0].mark == Mark::stroke) {
                w[0].mark = Mark::none;
                return Outcome::undone;
            }
            w[0].mark = Mark::stroke;
            return Outcome::applied;
        }
        case KeyKind::mark: {
            if (s.has_vowels()) return apply_mark(w, s, action.rules);
            // Only consonants so far ("", "t", "ngh"): Telex "w" is "ư". Not
            // after "qu", whose u belongs to the consonant.
            for (const Letter& l : w)
                if (is_vowel(l.base)) return Outcome::not_apply;
            return action.telex_w ? Outcome::bare_w : Outcome::not_apply;
        }
        case KeyKind::literal:
            break;
    }
    return Outcome::not_apply;
}

bool is_ignored_key(char32_t key) {
    return key < 0x20 || key == 0x7F || is_forbidden_control(key) || char_class(key) == CharClass::mark;
}

// Where the last word of `chars` begins.
std::size_t word_start(const std::u32string& chars) {
    std::size_t start = chars.size();
    while (start > 0 && decode(chars[start - 1]))
        --start;
    return start;
}

Word decode_word(std::u32string_view chars) {
    Word w;
    for (char32_t cp : chars)
        w.push_back(*decode(cp));
    return w;
}

// The characters of `w`, or nullopt when one has no precomposed form.
std::optional<std::u32string> encode_word(const Word& w) {
    std::u32string out;
    for (const Letter& l : w) {
        const std::optional<char32_t> cp = encode(l);
        if (!cp) return std::nullopt;
        out += *cp;
    }
    return out;
}

// Replaces the last word of `chars` (from `start`) with `w`, its tone placed.
void write_word(std::u32string& chars, std::size_t start, const Word& w, ToneStyle style, Edit edit) {
    std::optional<std::u32string> placed = encode_word(place_tone(w, style, edit));
    if (!placed) placed = encode_word(w);
    if (!placed) return;  // cannot happen for words built from decode(); keep the text as it was
    chars.replace(start, std::u32string::npos, *placed);
}

}  // namespace

// [SECTION] Composer

Composer::Composer(InputMethod method, ToneStyle style, std::size_t max_chars)
    : method_(method), style_(style), max_chars_(max_chars) {}

void Composer::press(std::string_view keys) {
    const std::optional<std::u32string> cps = utf8_to_codepoints(keys);
    if (!cps) return;
    for (char32_t key : *cps)
        press_one(key);
    sync_text();
}

void Composer::press_one(char32_t key) {
    if (is_ignored_key(key)) return;
    const std::u32string before = chars_;
    const bool bare_w_before = bare_w_typed_;
    bare_w_typed_ = false;
    if (method_ == InputMethod::numeric) {
        if (key >= U'0' && key <= U'9') chars_ += key;
    } else {
        const std::size_t start = word_start(chars_);
        Word w = decode_word(std::u32string_view(chars_).substr(start));
        const KeyAction action = key_action(method_, key);
        if (action.telex_w && bare_w_before && !w.empty() && w.back().base == 'u' && w.back().mark == Mark::horn) {
            // "ww" -> "w": the second w turns the "ư" back into the w that
            // typed it, case kept ("Ww" -> "W"), and is spent doing so.
            chars_.back() = w.back().upper ? U'W' : U'w';
        } else {
            const Outcome outcome = apply_key(w, action);
            const std::optional<Letter> typed = decode(key);
            if (outcome == Outcome::bare_w) {
                w.push_back(Letter{'u', Mark::horn, Tone::none, key == U'W'});
                bare_w_typed_ = true;
            } else if (outcome != Outcome::applied && typed) {
                // A mark taken back may move the tone ("thuở" + "w": "thủo");
                // place it while the word is still a syllable, then type.
                if (outcome == Outcome::undone) w = place_tone(w, style_, Edit::key);
                w.push_back(*typed);
            }
            // A key that is not a letter leaves the word as it was (unless it
            // took a mark back) and ends it.
            if (outcome != Outcome::not_apply || typed) write_word(chars_, start, w, style_, Edit::key);
            if ((outcome == Outcome::not_apply || outcome == Outcome::undone) && !typed) chars_ += key;
        }
    }
    if (chars_.size() > max_chars_) {
        chars_ = before;
        bare_w_typed_ = bare_w_before;
    }
}

void Composer::backspace() {
    bare_w_typed_ = false;
    if (chars_.empty()) return;
    chars_.pop_back();
    if (method_ != InputMethod::numeric) {
        const std::size_t start = word_start(chars_);
        write_word(chars_, start, decode_word(std::u32string_view(chars_).substr(start)), style_, Edit::backspace);
    }
    sync_text();
}

void Composer::clear() {
    // A shared kiosk: overwrite the buffers this object owns before letting
    // them go, so the last citizen's words are not left in freed memory by
    // this object at least (copies made while typing were freed unwiped).
    chars_.assign(chars_.size(), U'\0');
    text_.assign(text_.size(), '\0');
    chars_.clear();
    text_.clear();
    chars_.shrink_to_fit();
    text_.shrink_to_fit();
    bare_w_typed_ = false;
}

void Composer::set_method(InputMethod method) {
    method_ = method;
    bare_w_typed_ = false;
}

void Composer::set_tone_style(ToneStyle style) {
    style_ = style;
}

void Composer::sync_text() {
    text_ = codepoints_to_utf8(chars_);
}

// [SECTION] free functions

std::string compose(std::string_view keystrokes, InputMethod method, ToneStyle style) {
    Composer composer(method, style);
    const std::optional<std::u32string> cps = utf8_to_codepoints(keystrokes);
    if (!cps) return {};
    for (char32_t key : *cps) {
        if (key == U'\b')
            composer.backspace();
        else
            composer.press(codepoints_to_utf8(std::u32string(1, key)));
    }
    return composer.text();
}

std::string keep_digits(std::string_view typed, std::size_t max_digits) {
    std::string out;
    for (char c : typed)
        if (out.size() < max_digits && is_ascii_digit(c)) out += c;
    return out;
}

}  // namespace pakn
