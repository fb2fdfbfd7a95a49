#include "pakn/sms_text.h"

#include "pakn/text.h"

namespace pakn {
namespace {

// GSM 03.38 basic table beyond printable ASCII (which it holds except for
// "`" and the extension characters below), as Unicode.
constexpr std::u32string_view kGsmBasicExtra = U"\n\r£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà";
// GSM 03.38 extension table: each is sent as ESC + one septet.
constexpr std::u32string_view kGsmExtension = U"\f^{}\\[~]|€";

// Septets `cp` takes in GSM 7-bit, 0 when GSM 7-bit cannot carry it.
int gsm_septets(char32_t cp) {
    if (kGsmExtension.find(cp) != std::u32string_view::npos) return 2;
    if (cp >= 0x20 && cp <= 0x7E) return cp == U'`' ? 0 : 1;
    if (kGsmBasicExtra.find(cp) != std::u32string_view::npos) return 1;
    return 0;
}

// The ASCII look-alike of common typography an editor or a phone keyboard
// puts into titles; empty when there is none.
std::u32string_view look_alike(char32_t cp) {
    switch (cp) {
        case U'\u2018':
        case U'\u2019':
        case U'\u201A':
        case U'\u2032':
            return U"'";
        case U'\u201C':
        case U'\u201D':
        case U'\u201E':
        case U'\u2033':
            return U"\"";
        case U'\u2010':
        case U'\u2011':
        case U'\u2012':
        case U'\u2013':
        case U'\u2014':
        case U'\u2212':
            return U"-";
        case U'\u2026':
            return U"...";
        case U'\u00A0':
        case U'\u2007':
        case U'\u202F':
        case U'\t':
            return U" ";
        default:
            return {};
    }
}

std::size_t septets(std::u32string_view cps) {
    std::size_t n = 0;
    for (char32_t cp : cps)
        n += static_cast<std::size_t>(gsm_septets(cp));
    return n;
}

std::u32string sms_codepoints(std::string_view text) {
    std::u32string out;
    for (char32_t cp : to_nfd(utf8_to_codepoints_lossy(text))) {
        if (char_class(cp) == CharClass::mark) continue;
        if (cp == U'\u0110') cp = U'D';  // Đ
        if (cp == U'\u0111') cp = U'd';  // đ
        if (auto alike = look_alike(cp); !alike.empty()) {
            out += alike;
        } else {
            out.push_back(gsm_septets(cp) > 0 ? cp : U'?');
        }
    }
    return out;
}

}  // namespace

std::string sms_text(std::string_view text) {
    return codepoints_to_utf8(sms_codepoints(text));
}

SmsSegments sms_segments(std::string_view text) {
    const std::u32string cps = utf8_to_codepoints_lossy(text);
    SmsSegments s;
    int gsm = 0, utf16 = 0;
    for (char32_t cp : cps) {
        const int septets = gsm_septets(cp);
        if (septets == 0) s.encoding = SmsEncoding::ucs2;
        gsm += septets;
        utf16 += cp > 0xFFFF ? 2 : 1;
    }
    const bool ucs2 = s.encoding == SmsEncoding::ucs2;
    s.characters = ucs2 ? utf16 : gsm;
    const int single = ucs2 ? 70 : kSmsSingleSegment, part = ucs2 ? 67 : 153;
    s.segments = s.characters <= single ? 1 : (s.characters + part - 1) / part;
    return s;
}

std::string hide_codes(std::string_view text) {
    std::string out(text);
    std::size_t i = 0;
    while (i < out.size()) {
        std::size_t end = i;
        while (end < out.size() && out[end] >= '0' && out[end] <= '9') ++end;
        if (end - i >= 4) out.replace(i, end - i, std::string(end - i, '*'));
        i = end > i ? end : i + 1;
    }
    return out;
}

std::string_view to_string(SmsEncoding e) {
    return e == SmsEncoding::ucs2 ? "ucs2" : "gsm7";
}

std::string fit_sms(std::string_view prefix, std::string_view variable, std::string_view suffix) {
    const std::u32string head = sms_codepoints(prefix), tail = sms_codepoints(suffix);
    std::u32string body = sms_codepoints(variable);
    const std::size_t room = kSmsSingleSegment;
    const std::size_t fixed = septets(head) + septets(tail);
    if (fixed + septets(body) > room) {
        constexpr std::u32string_view kCut = U"...";
        const std::size_t budget = room > fixed + kCut.size() ? room - fixed - kCut.size() : 0;
        std::size_t used = 0, keep = 0;
        while (keep < body.size() && used + static_cast<std::size_t>(gsm_septets(body[keep])) <= budget)
            used += static_cast<std::size_t>(gsm_septets(body[keep++]));
        // Back to the last word break when one is near, so no word is halved.
        std::size_t at = keep;
        while (at > 0 && body[at] != U' ' && keep - at < 20)
            --at;
        if (at > 0 && body[at] == U' ' && keep < body.size()) keep = at;
        body.resize(keep);
        while (!body.empty() && (body.back() == U' ' || body.back() == U',' || body.back() == U'.'))
            body.pop_back();
        body += kCut;
    }
    return codepoints_to_utf8(head + body + tail);
}

}  // namespace pakn
