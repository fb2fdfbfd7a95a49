// pakn/text.h: UTF-8, NFC, whitespace, cleaning, folding, truncation.
#include <doctest/doctest.h>

#include <cstdint>
#include <ios>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/text.h"

using namespace pakn;

namespace {

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : "|") + w;
    return out;
}

}  // namespace

TEST_CASE("ill-formed UTF-8 is refused and decodes lossily to one U+FFFD per maximal subpart") {
    struct Row {
        std::string_view name;
        std::string_view bytes;
        std::u32string_view lossy;
    };
    // name | bytes | lossy decoding
    const Row rows[] = {
        {"overlong NUL C0 80", "\xC0\x80", U"\uFFFD\uFFFD"},
        {"overlong C1 BF", "\xC1\xBF", U"\uFFFD\uFFFD"},
        {"overlong 3-byte E0 80 80", "\xE0\x80\x80", U"\uFFFD\uFFFD\uFFFD"},
        {"overlong 3-byte E0 9F BF", "\xE0\x9F\xBF", U"\uFFFD\uFFFD\uFFFD"},
        {"overlong 4-byte F0 80 80 80", "\xF0\x80\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"overlong 4-byte F0 8F BF BF", "\xF0\x8F\xBF\xBF", U"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"high surrogate ED A0 80", "\xED\xA0\x80", U"\uFFFD\uFFFD\uFFFD"},
        {"low surrogate ED BF BF", "\xED\xBF\xBF", U"\uFFFD\uFFFD\uFFFD"},
        {"above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"lead F5", "\xF5\x80\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"5-byte form F8", "\xF8\x88\x80\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"6-byte form FC", "\xFC\x84\x80\x80\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"},
        {"byte FE", "\xFE", U"\uFFFD"},
        {"byte FF", "\xFF", U"\uFFFD"},
        {"lone continuation 80", "\x80", U"\uFFFD"},
        {"lone continuation between letters", "a\xBF" "b", U"a\uFFFDb"},
        {"2-byte truncated at end", "ab\xC3", U"ab\uFFFD"},
        {"3-byte truncated at end", "\xE1\x80", U"\uFFFD"},
        {"4-byte truncated at end", "\xF0\x9F\x98", U"\uFFFD"},
        {"U+10FFFF truncated at end", "\xF4\x8F\xBF", U"\uFFFD"},
        {"2-byte cut by ASCII", "\xC3" "A", U"\uFFFDA"},
        {"3-byte cut by ASCII", "\xE1\x80" "A", U"\uFFFDA"},
        {"4-byte cut by ASCII", "\xF0\x9F\x98" "A", U"\uFFFDA"},
        {"valid then stray", "\xE1\xBA\xBF\x80", U"\u1EBF\uFFFD"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK_FALSE(is_valid_utf8(r.bytes));
        CHECK_FALSE(utf8_to_codepoints(r.bytes).has_value());
        CHECK(codepoints_to_utf8(utf8_to_codepoints_lossy(r.bytes)) == codepoints_to_utf8(r.lossy));
        CHECK(clean_text(r.bytes).error == "invalid_utf8");
        CHECK(clean_text(r.bytes, TextMode::multi_line).error == "invalid_utf8");
    }
}

TEST_CASE("well-formed UTF-8 at every length boundary round-trips") {
    struct Row {
        std::string_view name;
        std::string_view bytes;
        char32_t cp;
    };
    // name | bytes | the single code point they encode
    const Row rows[] = {
        {"U+0000", std::string_view("\0", 1), 0x0},  {"U+007F", "\x7F", 0x7F},
        {"U+0080", "\xC2\x80", 0x80},                {"U+07FF", "\xDF\xBF", 0x7FF},
        {"U+0800", "\xE0\xA0\x80", 0x800},           {"U+D7FF", "\xED\x9F\xBF", 0xD7FF},
        {"U+E000", "\xEE\x80\x80", 0xE000},          {"U+FFFF", "\xEF\xBF\xBF", 0xFFFF},
        {"U+10000", "\xF0\x90\x80\x80", 0x10000},    {"U+10FFFF", "\xF4\x8F\xBF\xBF", 0x10FFFF},
        {"ế U+1EBF", "ế", 0x1EBF},                   {"Đ U+0110", "Đ", 0x110},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(is_valid_utf8(r.bytes));
        const auto cps = utf8_to_codepoints(r.bytes);
        REQUIRE(cps.has_value());
        CHECK(*cps == std::u32string(1, r.cp));
        CHECK(codepoints_to_utf8(*cps) == r.bytes);
    }
    CHECK(is_valid_utf8(""));
    CHECK(utf8_to_codepoints("")->empty());
}

TEST_CASE("encoding refuses surrogates and values above U+10FFFF by writing U+FFFD") {
    CHECK(codepoints_to_utf8(U"a") == "a");
    CHECK(codepoints_to_utf8(std::u32string{0xD800}) == "\xEF\xBF\xBD");
    CHECK(codepoints_to_utf8(std::u32string{0x110000}) == "\xEF\xBF\xBD");
}

TEST_CASE("NFC composes decomposed Vietnamese and keeps precomposed text") {
    struct Row {
        std::string_view name;
        std::string_view input;
        std::string_view nfc;
    };
    // name | input | expected NFC
    const Row rows[] = {
        {"e + circumflex + acute", "e\u0302\u0301", "ế"},
        {"E + circumflex + acute", "E\u0302\u0301", "Ế"},
        {"a + breve + acute", "a\u0306\u0301", "ắ"},
        {"a + acute + breve stays two marks: same class, order is meaningful", "a\u0301\u0306",
         "á\u0306"},
        {"e + acute + circumflex stays two marks", "e\u0301\u0302", "é\u0302"},
        {"a + dot below + circumflex", "a\u0323\u0302", "ậ"},
        {"a + circumflex + dot below reorders", "a\u0302\u0323", "ậ"},
        {"o + horn + tilde", "o\u031B\u0303", "ỡ"},
        {"o + tilde + horn reorders (horn class 216)", "o\u0303\u031B", "ỡ"},
        {"u + horn + dot below", "u\u031B\u0323", "ự"},
        {"Đ has no decomposition and stays", "Đ", "Đ"},
        {"full name decomposed", "Nguye\u0302\u0303n Thi\u0323 \u0110a\u0300o", "Nguyễn Thị Đào"},
        {"full name precomposed unchanged", "Nguyễn Thị Đào", "Nguyễn Thị Đào"},
        {"already composed partly (ê + acute)", "\u00EA\u0301", "ế"},
        {"Angstrom sign singleton", "\u212B", "\u00C5"},
        {"Ohm sign singleton", "\u2126", "\u03A9"},
        {"composition exclusion (Devanagari qa) stays decomposed", "\u0958", "\u0915\u093C"},
        {"Hangul L V T composes", "\u1100\u1161\u11A8", "\uAC01"},
        {"Hangul LV + T composes", "\uAC00\u11A8", "\uAC01"},
        {"leading combining mark stays", "\u0301a", "\u0301a"},
        {"mark blocked by same-class mark", "a\u0301\u0301", "á\u0301"},
        {"ASCII unchanged", "Khanh Hoa 2026", "Khanh Hoa 2026"},
        {"precomposed letters, punctuation and ₫ unchanged", "Giá 25.000₫ – “Nha Trang”…",
         "Giá 25.000₫ – “Nha Trang”…"},
        {"precomposed letter + combining mark still composes", "\u1EA1\u0302", "ậ"},
        {"en quad singleton (just below the punctuation block)", "a\u2000b", "a\u2002b"},
        {"empty", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(to_nfc(r.input) == r.nfc);
        CHECK(to_nfc(r.nfc) == r.nfc);
    }
}

TEST_CASE("NFC: every Vietnamese vowel with every tone, from decomposed input, in both mark orders") {
    struct Vowel {
        std::string_view base;       // letter + its vowel mark, decomposed
        int vowel_mark_class;        // 0 none, 230 circumflex/breve, 216 horn
        std::string_view composed;   // no tone, grave, hook, tilde, acute, dot below
    };
    // decomposed base | class of its vowel mark | expected NFC for the six tones
    const Vowel vowels[] = {
        {"a", 0, "aàảãáạ"},          {"a\u0306", 230, "ăằẳẵắặ"},   {"a\u0302", 230, "âầẩẫấậ"},
        {"e", 0, "eèẻẽéẹ"},          {"e\u0302", 230, "êềểễếệ"},   {"i", 0, "iìỉĩíị"},
        {"o", 0, "oòỏõóọ"},          {"o\u0302", 230, "ôồổỗốộ"},   {"o\u031B", 216, "ơờởỡớợ"},
        {"u", 0, "uùủũúụ"},          {"u\u031B", 216, "ưừửữứự"},   {"y", 0, "yỳỷỹýỵ"},
        {"A", 0, "AÀẢÃÁẠ"},          {"A\u0306", 230, "ĂẰẲẴẮẶ"},   {"A\u0302", 230, "ÂẦẨẪẤẬ"},
        {"E", 0, "EÈẺẼÉẸ"},          {"E\u0302", 230, "ÊỀỂỄẾỆ"},   {"I", 0, "IÌỈĨÍỊ"},
        {"O", 0, "OÒỎÕÓỌ"},          {"O\u0302", 230, "ÔỒỔỖỐỘ"},   {"O\u031B", 216, "ƠỜỞỠỚỢ"},
        {"U", 0, "UÙỦŨÚỤ"},          {"U\u031B", 216, "ƯỪỬỮỨỰ"},   {"Y", 0, "YỲỶỸÝỴ"},
    };
    // none | grave | hook above | tilde | acute | dot below (class 220)
    const std::string_view tones[] = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
    int checked = 0;
    for (const Vowel& v : vowels) {
        const std::u32string composed = *utf8_to_codepoints(v.composed);
        REQUIRE(composed.size() == 6);
        for (int t = 0; t < 6; ++t) {
            const std::string expected = codepoints_to_utf8(composed.substr(t, 1));
            const std::string mark_then_tone = std::string(v.base) + std::string(tones[t]);
            INFO(expected);
            CHECK(to_nfc(mark_then_tone) == expected);
            CHECK(char_count(mark_then_tone) == 1);
            if (v.vowel_mark_class == 0 || t == 0) continue;
            // Tone typed before the vowel mark: canonical ordering fixes it
            // whenever the two marks have different classes (dot below, horn).
            const std::string tone_then_mark =
                std::string(v.base.substr(0, 1)) + std::string(tones[t]) + std::string(v.base.substr(1));
            const bool reorderable = t == 5 || v.vowel_mark_class == 216;
            CHECK((to_nfc(tone_then_mark) == expected) == reorderable);
            // Search does not care about the order either way.
            CHECK(fold_for_search(tone_then_mark) == fold_for_search(expected));
            ++checked;
        }
    }
    CHECK(checked == 12 * 5);  // ă â ê ô ơ ư, both cases, five tones
}

TEST_CASE("char_count counts characters after NFC, not bytes") {
    struct Row {
        std::string_view text;
        std::size_t chars;
    };
    // text | characters
    const Row rows[] = {
        {"", 0},
        {"abc", 3},
        {"Nguyễn Thị Đào", 14},
        {"Nguye\u0302\u0303n Thi\u0323 \u0110a\u0300o", 14},
        {"😀", 1},
        {"\xC0\x80", 2},  // two ill-formed bytes, two U+FFFD
    };
    for (const Row& r : rows) {
        INFO(r.text);
        CHECK(char_count(r.text) == r.chars);
    }
}

TEST_CASE("trim removes Unicode white space at both ends only") {
    struct Row {
        std::string_view in, out;
    };
    // input | trimmed
    const Row rows[] = {
        {"", ""},
        {"   ", ""},
        {"x", "x"},
        {" \t x y \n", "x y"},
        {"\u00A0\u3000Khánh Hòa\u2003\u202F", "Khánh Hòa"},
        {"\u200Bx", "\u200Bx"},  // zero-width space is not white space (it is refused elsewhere)
        {"x \xC3", "x \xC3"},     // an ill-formed tail stops trimming
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(trim(r.in) == r.out);
    }
}

TEST_CASE("collapse_spaces gives single-line text") {
    struct Row {
        std::string_view in, out;
    };
    // input | single-line form
    const Row rows[] = {
        {"", ""},
        {" \n\t ", ""},
        {"  Nguyễn   Thị  Đào  ", "Nguyễn Thị Đào"},
        {"a\u00A0\u00A0b", "a b"},
        {"a\u2000\u200Ab\u3000c", "a b c"},
        {"a\r\nb\tc", "a b c"},
        {"\u1680a\u205Fb\u2028c\u2029", "a b c"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(collapse_spaces(r.in) == r.out);
    }
}

TEST_CASE("clean_lines keeps paragraphs and tidies everything else") {
    struct Row {
        std::string_view name;
        std::string_view in, out;
    };
    // name | input | multi-line form
    const Row rows[] = {
        {"CRLF becomes LF", "a\r\nb", "a\nb"},
        {"lone CR becomes LF", "a\rb", "a\nb"},
        {"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
        {"line ends trimmed", "  a  \n\t b \u00A0", "a\nb"},
        {"inner spaces kept", "a   b", "a   b"},
        {"one blank line kept", "a\n\nb", "a\n\nb"},
        {"three blank lines become one", "a\n\n\n\nb", "a\n\nb"},
        {"blank lines with spaces count as blank", "a\n  \n\t\n \nb", "a\n\nb"},
        {"blank lines at both ends removed", "\n\n a\n\n", "a"},
        {"CRLF blank lines", "a\r\n\r\n\r\n\r\nb\r\n", "a\n\nb"},
        {"empty", "", ""},
        {"only white space", " \n \r\n ", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        CHECK(clean_lines(r.in) == r.out);
    }
}

TEST_CASE("clean_text returns NFC text or the reason it cannot be stored") {
    struct Row {
        std::string_view name;
        std::string_view in;
        TextMode mode;
        std::string_view value, error;
    };
    constexpr auto single = TextMode::single_line;
    constexpr auto multi = TextMode::multi_line;
    // name | input | mode | cleaned value | error code
    const Row rows[] = {
        {"ordinary name", "  Nguyễn  Thị Đào ", single, "Nguyễn Thị Đào", ""},
        {"decomposed name becomes NFC", "Nguye\u0302\u0303n", single, "Nguyễn", ""},
        {"tab and newline collapse in single-line", "Khánh\tHòa\n", single, "Khánh Hòa", ""},
        {"newlines kept in multi-line", "Dòng 1\r\n\r\n\r\nDòng 2", multi, "Dòng 1\n\nDòng 2", ""},
        {"leading BOM dropped", "\uFEFFNha Trang", single, "Nha Trang", ""},
        {"empty is fine (required is the caller's rule)", "", single, "", ""},
        {"NUL", std::string_view("a\0b", 3), single, "", "control_characters"},
        {"C0 SOH", "a\x01", multi, "", "control_characters"},
        {"vertical tab", "a\x0B" "b", multi, "", "control_characters"},
        {"escape", "\x1B[31m", single, "", "control_characters"},
        {"DEL", "a\x7F", single, "", "control_characters"},
        {"C1 NEL U+0085", "a\u0085b", multi, "", "control_characters"},
        {"C1 U+009F", "a\u009F", single, "", "control_characters"},
        {"zero-width space", "a\u200Bb", single, "", "control_characters"},
        {"zero-width joiner", "a\u200Db", single, "", "control_characters"},
        {"right-to-left mark", "a\u200Fb", single, "", "control_characters"},
        {"bidi embedding U+202A", "\u202Aa", single, "", "control_characters"},
        {"bidi override U+202E", "abc\u202Edef", multi, "", "control_characters"},
        {"bidi isolate U+2066", "\u2066a", single, "", "control_characters"},
        {"BOM inside text", "a\uFEFFb", single, "", "control_characters"},
        {"second BOM after the first", "\uFEFF\uFEFFa", single, "", "control_characters"},
        {"ill-formed UTF-8", "a\xC0\x80", single, "", "invalid_utf8"},
        // What the app's fonts cannot draw (drawable_ranges): shown as "?",
        // stored as what nobody can read.
        {"emoji U+1F600", "Ngập quá \U0001F600", single, "", "undrawable_characters"},
        {"emoji with variation selector", "Bãi biển \U0001F3D6\uFE0F", multi, "", "undrawable_characters"},
        {"BMP emoji U+2600 sun", "Nắng \u2600", single, "", "undrawable_characters"},
        {"emoji-presentation raised hand U+270B", "\u270B dừng", single, "", "undrawable_characters"},
        {"replacement character U+FFFD", "Ngập \uFFFD", single, "", "undrawable_characters"},
        {"Chinese", "\u6C34 ngập", single, "", "undrawable_characters"},
        {"Cyrillic", "\u0416", single, "", "undrawable_characters"},
        {"combining breve left alone on x", "x\u0306", single, "", "undrawable_characters"},
        {"word joiner U+2060 (invisible)", "a\u2060b", single, "", "undrawable_characters"},
        {"Vietnamese report text", "Đường Trần Phú bị ngập sâu 0,5 m", single, "Đường Trần Phú bị ngập sâu 0,5 m", ""},
        {"decomposed ă and ơ compose into drawable letters", "Ca\u0306n ho\u031B", single, "Căn hơ", ""},
        {"punctuation and symbols the fonts have", "– — “ ” ‘ ’ … • № ₫ € © ½ ★ ✓ ☎ → ⚠",
         single, "– — “ ” ‘ ’ … • № ₫ € © ½ ★ ✓ ☎ → ⚠", ""},
        {"Latin-1 letters", "Ærø Façade naïve ß ÿ", single, "Ærø Façade naïve ß ÿ", ""},
        {"NBSP becomes a space", "12\u00A0Trần Phú", single, "12 Trần Phú", ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const Checked c = clean_text(r.in, r.mode);
        CHECK(c.error == r.error);
        CHECK(c.value == r.value);
        CHECK(c.ok() == r.error.empty());
    }
}

TEST_CASE("fold_for_search ignores case, accents, đ and punctuation") {
    struct Row {
        std::string_view in, out;
    };
    // input | search key
    const Row rows[] = {
        {"Đường Trần Phú", "duong tran phu"},
        {"NGẬP ÚNG", "ngap ung"},
        {"hoà", "hoa"},
        {"hòa", "hoa"},
        {"Khánh Hòa", "khanh hoa"},
        {"Nguye\u0302\u0303n Thi\u0323 \u0110a\u0300o", "nguyen thi dao"},
        {"  Ô nhiễm — môi trường!!  ", "o nhiem moi truong"},
        {"Số 12/3, đường 2/4", "so 12 3 duong 2 4"},
        {"Nha Trang – Khánh Hòa", "nha trang khanh hoa"},
        {"PAKN-2026-000123", "pakn 2026 000123"},
        {"Đắk Lắk\tĐắk Nông\n", "dak lak dak nong"},
        {"ÀÉÎÕÜ Ç Ñ", "aeiou c n"},
        {"Łódź Øresund Ħamrun", "lodz oresund hamrun"},
        {"ΑΘΗΝΑ", "αθηνα"},
        {"МОСКВА", "москва"},
        {"한국", "한국"},
        {"café\u00A0olé", "cafe ole"},
        {"", ""},
        {"!!! ... ---", ""},
        {"a\xC0" "b", "a b"},  // ill-formed bytes separate words
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(fold_for_search(r.in) == r.out);
    }
}

TEST_CASE("fold_for_compare keeps punctuation but not case or accents") {
    CHECK(fold_for_compare("MậtKhẩu@123") == "matkhau@123");
    CHECK(fold_for_compare("Đ-đ") == "d-d");
    CHECK(fold_for_compare("") == "");
}

TEST_CASE("fold_tokens splits the search key into words") {
    struct Row {
        std::string_view in, words;
    };
    // input | words joined by '|'
    const Row rows[] = {
        {"Đường  Trần-Phú", "duong|tran|phu"},
        {"ngập", "ngap"},
        {"  ", ""},
        {"", ""},
        {"Cầu Trần Phú, Nha Trang.", "cau|tran|phu|nha|trang"},
    };
    for (const Row& r : rows) {
        INFO(r.in);
        CHECK(join(fold_tokens(r.in)) == r.words);
    }
}

TEST_CASE("char_class and to_lower follow the Unicode tables") {
    CHECK(char_class('a') == CharClass::letter);
    CHECK(char_class('7') == CharClass::number);
    CHECK(char_class('-') == CharClass::other);
    CHECK(char_class(0x1EBF) == CharClass::letter);   // ế
    CHECK(char_class(0x0301) == CharClass::mark);
    CHECK(char_class(0x0663) == CharClass::number);   // Arabic-Indic three
    CHECK(char_class(0x3000) == CharClass::other);
    CHECK(to_lower('Q') == 'q');
    CHECK(to_lower(0x0110) == 0x0111);                // Đ -> đ
    CHECK(to_lower(0x1EA0) == 0x1EA1);                // Ạ -> ạ
    CHECK(to_lower(0x01AF) == 0x01B0);                // Ư -> ư
    CHECK(to_lower(0x0391) == 0x03B1);                // Α -> α
    CHECK(to_lower(0x0111) == 0x0111);
    CHECK(combining_class(0x0301) == 230);
    CHECK(combining_class(0x0323) == 220);
    CHECK(combining_class(0x031B) == 216);
    CHECK(combining_class('a') == 0);
    CHECK(unicode_version() == "15.0.0");
}

TEST_CASE("drawable_ranges are sorted, disjoint and hold no forbidden control") {
    char32_t previous_last = 0;
    bool first = true;
    for (const CodepointRange& r : drawable_ranges()) {
        INFO(std::hex << static_cast<std::uint32_t>(r.first));
        CHECK(r.first <= r.last);
        if (!first) CHECK(r.first > previous_last + 1);  // disjoint and not adjacent
        first = false;
        previous_last = r.last;
        for (char32_t cp = r.first; cp <= r.last; ++cp) {
            CHECK_FALSE(is_forbidden_control(cp));
            CHECK(is_drawable(cp));
        }
        CHECK_FALSE(is_drawable(r.last + 1));
    }
    CHECK_FALSE(is_drawable(0));
    CHECK_FALSE(is_drawable(0x1F600));
    CHECK_FALSE(is_drawable(0xFFFD));
}

TEST_CASE("truncate_chars never splits a UTF-8 sequence or a letter from its marks") {
    struct Row {
        std::string_view name;
        std::string_view in;
        std::size_t max;
        std::string_view out;
    };
    // name | input | max characters | result
    const Row rows[] = {
        {"shorter than the limit", "abc", 10, "abc"},
        {"exact length", "abc", 3, "abc"},
        {"zero", "abc", 0, ""},
        {"precomposed Vietnamese", "Nguyễn Thị", 5, "Nguyễ"},
        {"two-byte letters", "ĐĐĐ", 2, "ĐĐ"},
        {"four-byte emoji", "😀😀", 1, "😀"},
        {"ASCII before emoji", "a😀", 1, "a"},
        {"cut before marks drops their letter", "ae\u0302\u0301x", 2, "a"},
        {"cut between two marks drops the letter", "ae\u0302\u0301x", 3, "a"},
        {"cut after all marks keeps the letter", "ae\u0302\u0301x", 4, "ae\u0302\u0301"},
        {"marks at the start", "e\u0302\u0301x", 1, ""},
        {"empty", "", 5, ""},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const std::string t = truncate_chars(r.in, r.max);
        CHECK(t == r.out);
        CHECK(is_valid_utf8(t));
    }
}

TEST_CASE("text: a decimal number written whole, table") {
    struct Row {
        const char* text;
        std::optional<double> value;
    };
    const Row rows[] = {
        {"12.25", 12.25}, {"-108.5", -108.5}, {"+3", 3.0}, {".5", 0.5}, {"1e3", 1000.0}, {"0", 0.0},
        {"", std::nullopt}, {" 12", std::nullopt}, {"12 ", std::nullopt}, {"12,5", std::nullopt},
        {"nan", std::nullopt}, {"inf", std::nullopt}, {"1e999", std::nullopt}, {"0x1A", std::nullopt},
        {"12abc", std::nullopt}, {"--1", std::nullopt}, {"1234567890123456789012345678901234", std::nullopt},
    };
    for (const Row& r : rows) {
        CAPTURE(r.text);
        CHECK(parse_decimal(r.text) == r.value);
    }
}
