// The picture of a captcha: characters from a small built-in stroke font,
// each scaled, sheared, rotated and placed on its own, the whole picture
// warped by two sine waves, crossed by noise curves and a cut, speckled with
// dots, and encoded as an 8-bit grayscale PNG. Pure given its inputs (the
// caller brings the randomness); the file holds pixels only, never the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pakn::server::services::captcha_image {

// Characters that stay apart once distorted: no 0/O/Q/D, 1/I/L, 2/Z, 5/S,
// 6/G/b, 8/B, U/V. Answers are compared case-insensitively.
inline constexpr std::string_view kAlphabet = "ACEFHJKMNPRTWXY3479";
inline constexpr int kWidth = 200;
inline constexpr int kHeight = 70;

struct Gray {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;  // row-major, 0 = black, 255 = white
};

// `text` drawn with the distortions chosen by `seed`; characters outside
// kAlphabet are skipped. kWidth x kHeight.
Gray render(std::string_view text, std::uint64_t seed);

// A PNG file (grayscale, 8 bits, zlib-compressed, no ancillary chunks).
std::string encode_png(const Gray& image);

}  // namespace pakn::server::services::captcha_image
