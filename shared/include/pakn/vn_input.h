// The input engine of the kiosk's on-screen Vietnamese keyboard (issue 17):
// keys in, composed UTF-8 text out, by the Telex or VNI method ("dduwowngf"
// and "d9u7o7ng2" both give "đường"), plus a digits-only pad for phone and ID
// numbers. The kiosk has no physical keyboard, so no system IME helps; this
// file is the whole of the typing rules, and the app only draws the keys.
//
// How a key is handled: the engine reads the current word (the letters at the
// end of the text) back from the text itself, decides whether the key marks
// it (tone, circumflex, breve, horn, đ) and otherwise inserts the key as
// typed. Because the state is the text, backspace and tone re-placement need
// no bookkeeping, and typing resumes correctly after any edit.
//
// The rules, in short (each has rows in tests/shared/test_vn_input.cpp):
// - A mark key applies only when the word has the shape of a Vietnamese
//   syllable (initial consonant, vowels, final consonant); it may be typed
//   anywhere after the vowel it marks ("vieetj" and "vietej" are "việt").
// - Repeating a mark's key takes it back and types the key: "ass" -> "as",
//   "aaa" -> "aa", "ddd" -> "dd", "a11" -> "a1". This reads the text, not
//   the key history, so it works at any point of the word ("tieesng" + "s"
//   -> "tiêngs"); the one memory kept is for Telex "ww" -> "w" (a bare "w"
//   types "ư", and the text alone cannot tell that "ư" from "uw"'s). Telex
//   "z" / VNI "0" take the tone off.
// - The tone sits where the orthography puts it and moves as the word grows
//   ("hoaf" then "n" -> "hoàn"). ToneStyle chooses between the new rule
//   ("hoà", "thuỷ", "khoẻ") and the traditional one ("hòa", "thủy", "khỏe")
//   for oa, oe, uy without a final consonant; with one, both say "hoàng".
// - u + o with a horn is spelled "ươ" once a letter follows ("người") and
//   "uơ" when it ends a toned word ("thuowr" -> "thuở"), since no word ends
//   in "ươ" and none has "uơ" inside.
// - A key that cannot apply is typed as itself ("s", "bs", "fas"), and so
//   is a tone a word cannot have: after c, ch, p, t only sắc and nặng
//   ("học", but "hocf").
//   Anything that is not a letter (space, punctuation, digits) ends a word.
//
// Output is NFC: precomposed letters only, never combining marks.
// Pure: no I/O, no locale, nothing throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace pakn {

// How letter keys become Vietnamese letters.
enum class InputMethod : std::uint8_t {
    telex,    // s f r x j tones, z no tone; aa ee oo circumflex; w breve/horn; dd đ
    vni,      // 1-5 tones, 0 no tone; 6 circumflex; 7 horn; 8 breve; 9 đ
    numeric,  // the number pad: ASCII digits only, everything else ignored
};

// Where the tone goes on oa, oe, uy when no consonant follows.
enum class ToneStyle : std::uint8_t {
    modern,       // kiểu mới: on the second vowel, "hoà", "khoẻ", "thuỷ"
    traditional,  // kiểu cũ: on the first vowel, "hòa", "khỏe", "thủy"
};

inline constexpr std::size_t kNoCharLimit = std::numeric_limits<std::size_t>::max();

// The text of one input field being typed on the on-screen keyboard.
class Composer {
public:
    explicit Composer(InputMethod method = InputMethod::telex, ToneStyle style = ToneStyle::modern,
                      std::size_t max_chars = kNoCharLimit);

    // Types each character of `keys` (UTF-8) in turn. A key that would make
    // the text longer than max_chars characters is refused; control
    // characters, combining marks and ill-formed UTF-8 are ignored.
    void press(std::string_view keys);

    // Removes the last character shown (a whole "ệ", not just its tone), then
    // re-places the tone of the word that is now last.
    void backspace();

    // Forgets everything typed: the text and the memory of the last key, so
    // the next person starts exactly as on a new Composer.
    void clear();

    // The composed text, UTF-8, NFC.
    const std::string& text() const { return text_; }

    InputMethod method() const { return method_; }
    ToneStyle tone_style() const { return style_; }
    // Switching method or style keeps the text; the next key follows the new rules.
    void set_method(InputMethod method);
    void set_tone_style(ToneStyle style);

private:
    void press_one(char32_t key);
    void sync_text();

    InputMethod method_;
    ToneStyle style_;
    std::size_t max_chars_;
    std::u32string chars_;  // the state; text_ is its UTF-8 copy for text()
    std::string text_;
    // The previous key was a Telex "w" that typed a bare "ư" (no vowel to
    // mark): a second "w" gives back "w", as "uw" + "w" gives back "uw".
    bool bare_w_typed_ = false;
};

// The text a fresh Composer shows after `keystrokes`, where "\b" is a press of
// backspace. For tests and tables; the app keeps a Composer per field.
std::string compose(std::string_view keystrokes, InputMethod method, ToneStyle style = ToneStyle::modern);

// The ASCII digits of `typed`, in order, at most `max_digits` of them: what
// the number pad accepts when text is pasted or restored into a number field.
std::string keep_digits(std::string_view typed, std::size_t max_digits);

}  // namespace pakn
