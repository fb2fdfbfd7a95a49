// fuzz_text: bytes as user text through every function of text.h.
// Properties: is_valid_utf8 and utf8_to_codepoints agree, and valid text
// decodes and re-encodes to itself; NFC is idempotent and its output valid;
// char_count is the code-point count of the NFC form; clean_text's output is
// valid, free of forbidden controls and a fixed point of clean_text (or it
// refuses with one of its three codes);
// fold_for_search gives valid text and is idempotent; truncate_chars keeps
// at most n code points.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "pakn/text.h"

using namespace pakn;

namespace {

void check_clean(std::string_view s, TextMode mode, const char* name) {
    const Checked c = clean_text(s, mode);
    if (!c.ok()) {
        PAKN_FUZZ_CHECK(
            c.error == "invalid_utf8" || c.error == "control_characters" || c.error == "undrawable_characters", name);
        PAKN_FUZZ_CHECK(c.value.empty(), name);
        return;
    }
    PAKN_FUZZ_CHECK(is_valid_utf8(c.value), std::string(name) + ": " + fuzz::printable(c.value));
    for (char32_t cp : utf8_to_codepoints_lossy(c.value))
        PAKN_FUZZ_CHECK(!is_forbidden_control(cp), std::string(name) + " kept a control character");
    const Checked again = clean_text(c.value, mode);
    PAKN_FUZZ_CHECK(
        again.ok() && again.value == c.value,
        std::string(name) + " not idempotent: " + fuzz::printable(c.value) + " -> " + fuzz::printable(again.value));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);

    // UTF-8 decoding.
    const bool valid = is_valid_utf8(s);
    const auto cps = utf8_to_codepoints(s);
    PAKN_FUZZ_CHECK(valid == cps.has_value(), fuzz::printable(s));
    const std::u32string lossy = utf8_to_codepoints_lossy(s);
    if (valid) {
        PAKN_FUZZ_CHECK(codepoints_to_utf8(*cps) == s, fuzz::printable(s));
        PAKN_FUZZ_CHECK(lossy == *cps, fuzz::printable(s));
    }
    PAKN_FUZZ_CHECK(is_valid_utf8(codepoints_to_utf8(lossy)), fuzz::printable(s));

    // Normalization.
    const std::string nfc = to_nfc(s);
    PAKN_FUZZ_CHECK(is_valid_utf8(nfc), fuzz::printable(s));
    PAKN_FUZZ_CHECK(to_nfc(nfc) == nfc, "NFC not idempotent: " + fuzz::printable(s));
    const auto nfc_cps = utf8_to_codepoints(nfc);
    PAKN_FUZZ_CHECK(nfc_cps && char_count(s) == nfc_cps->size(), "char_count: " + fuzz::printable(s));
    PAKN_FUZZ_CHECK(char_count(nfc) == char_count(s), "char_count of NFC: " + fuzz::printable(s));
    PAKN_FUZZ_CHECK(to_nfc(to_nfd(lossy)) == to_nfc(lossy), "NFC(NFD(x)) != NFC(x): " + fuzz::printable(s));

    // White space and cleaning.
    const std::string_view t = trim(s);
    PAKN_FUZZ_CHECK(t.size() <= s.size() && s.find(t) != std::string_view::npos, fuzz::printable(s));
    if (valid) PAKN_FUZZ_CHECK(is_valid_utf8(t), "trim cut a character: " + fuzz::printable(s));
    PAKN_FUZZ_CHECK(is_valid_utf8(collapse_spaces(s)), fuzz::printable(s));
    PAKN_FUZZ_CHECK(is_valid_utf8(clean_lines(s)), fuzz::printable(s));
    check_clean(s, TextMode::single_line, "clean_text single_line");
    check_clean(s, TextMode::multi_line, "clean_text multi_line");

    // Search folding.
    const std::string folded = fold_for_search(s);
    PAKN_FUZZ_CHECK(is_valid_utf8(folded), fuzz::printable(s));
    PAKN_FUZZ_CHECK(fold_for_search(folded) == folded,
                    "fold_for_search not idempotent: " + fuzz::printable(s) + " -> " + fuzz::printable(folded));
    PAKN_FUZZ_CHECK(is_valid_utf8(fold_for_compare(s)), fuzz::printable(s));
    for (const std::string& token : fold_tokens(s))
        PAKN_FUZZ_CHECK(!token.empty(), fuzz::printable(s));

    // Truncation, at a length taken from the input itself. "Code points" is
    // only defined for well-formed text; on other bytes it must just not crash.
    const std::size_t n = size == 0 ? 0 : data[0] % 64;
    const std::string cut = truncate_chars(s, n);
    if (valid) {
        PAKN_FUZZ_CHECK(is_valid_utf8(cut), "truncate_chars cut a character: " + fuzz::printable(s));
        PAKN_FUZZ_CHECK(utf8_to_codepoints(cut)->size() <= n, "truncate_chars: " + fuzz::printable(s));
        PAKN_FUZZ_CHECK(s.substr(0, cut.size()) == cut, "truncate_chars is not a prefix: " + fuzz::printable(s));
    }
    return 0;
}
