// Helpers shared by the libFuzzer targets: a property check that stops the
// run with a readable message (libFuzzer then saves the input as a crash).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// Aborts with `what` when `cond` is false; libFuzzer records the input.
#define PAKN_FUZZ_CHECK(cond, what)                                                                            \
    do {                                                                                                       \
        if (!(cond)) {                                                                                         \
            std::fprintf(stderr, "\nPROPERTY FAILED: %s\n  at %s:%d\n  what: %s\n", #cond, __FILE__, __LINE__, \
                         std::string(what).c_str());                                                           \
            std::abort();                                                                                      \
        }                                                                                                      \
    } while (0)

namespace pakn::fuzz {

// `s` with non-printable bytes as \xNN, for failure messages.
inline std::string printable(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x20 && b < 0x7F && b != '\\') {
            out += c;
        } else {
            out += "\\x";
            out += kHex[b >> 4];
            out += kHex[b & 15];
        }
    }
    return out;
}

}  // namespace pakn::fuzz
