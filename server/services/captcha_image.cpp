// [SECTION] index: glyphs, geometry, render, PNG.
#include "services/captcha_image.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <random>

namespace pakn::server::services::captcha_image {
namespace {

// ---------------------------------------------------------------- glyphs
// A stroke font on an 8 x 12 grid (y down). Each point is two characters,
// x then y, in base 13 ('0'-'9', 'a'-'c'); strokes are separated by spaces.
struct Glyph {
    char ch;
    std::string_view strokes;
};
constexpr Glyph kGlyphs[] = {
    {'A', "0c408c 2767"},
    {'C', "826020020a2c6c8a"},
    {'E', "80000c8c 0666"},
    {'F', "80000c 0666"},
    {'H', "000c 808c 0686"},
    {'J', "2080 606a4c2c0a"},
    {'K', "000c 8007 358c"},
    {'M', "0c0046808c"},
    {'N', "0c008c80"},
    {'P', "0c006082846606"},
    {'R', "0c006082846606 468c"},
    {'T', "0080 404c"},
    {'W', "002c446c80"},
    {'X', "008c 800c"},
    {'Y', "004680 464c"},
    {'3', "02206082846636 66888a6c2c0a"},
    {'4', "6c600888"},
    {'7', "00803c"},
    {'9', "862604022060828a6c2c0a"},
};

int grid_value(char c) { return c >= 'a' ? 10 + (c - 'a') : c - '0'; }

const Glyph* glyph_of(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    for (const auto& g : kGlyphs)
        if (g.ch == c) return &g;
    return nullptr;
}

// ---------------------------------------------------------------- geometry
struct Point {
    float x, y;
};

// A thick segment of ink (or, for cuts, of erased ink) with its bounding box.
struct Segment {
    Point a, b;
    float half_width;
    float ink;
    float min_x, min_y, max_x, max_y;
};

Segment segment(Point a, Point b, float half_width, float ink) {
    const float m = half_width + 1.0f;
    return {a, b, half_width, ink, std::min(a.x, b.x) - m, std::min(a.y, b.y) - m, std::max(a.x, b.x) + m,
            std::max(a.y, b.y) + m};
}

float distance(const Segment& s, float x, float y) {
    const float dx = s.b.x - s.a.x, dy = s.b.y - s.a.y;
    const float len2 = dx * dx + dy * dy;
    float t = len2 > 0 ? ((x - s.a.x) * dx + (y - s.a.y) * dy) / len2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float px = s.a.x + t * dx - x, py = s.a.y + t * dy - y;
    return std::sqrt(px * px + py * py);
}

// A wavy line across the whole picture, as segments.
void add_curve(std::vector<Segment>& out, std::mt19937_64& rng, float half_width, float ink) {
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    const float y0 = 12.0f + u(rng) * (kHeight - 24.0f);
    const float amplitude = 4.0f + u(rng) * 12.0f;
    const float period = 50.0f + u(rng) * 110.0f;
    const float phase = u(rng) * 6.2832f;
    const float drift = (u(rng) - 0.5f) * 0.25f;
    Point prev{-6.0f, y0 + amplitude * std::sin(phase) - 6.0f * drift};
    for (float x = 0.0f; x <= kWidth + 6.0f; x += 6.0f) {
        const Point p{x, y0 + amplitude * std::sin(6.2832f * x / period + phase) + drift * x};
        out.push_back(segment(prev, p, half_width, ink));
        prev = p;
    }
}

}  // namespace

// ---------------------------------------------------------------- render
Gray render(std::string_view text, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    auto between = [&](float lo, float hi) { return lo + (hi - lo) * u(rng); };

    std::vector<Segment> ink;
    std::vector<Segment> cuts;
    std::vector<const Glyph*> glyphs;
    for (char c : text)
        if (const Glyph* g = glyph_of(c)) glyphs.push_back(g);
    const float step = glyphs.empty() ? 0.0f : (kWidth - 24.0f) / static_cast<float>(glyphs.size());
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const float scale = between(2.2f, 2.7f);     // pixels per grid unit: 26-32 px tall
        const float angle = between(-0.3f, 0.3f);    // about +-17 degrees
        const float shear = between(-0.25f, 0.25f);
        const float stretch = between(0.85f, 1.15f);
        const float cx = 12.0f + step * (static_cast<float>(i) + 0.5f) + between(-3.0f, 3.0f);
        const float cy = kHeight / 2.0f + between(-4.0f, 4.0f);
        const float half_width = between(1.3f, 2.0f);
        const float level = between(0.85f, 1.0f);
        const float ca = std::cos(angle), sa = std::sin(angle);
        auto place = [&](int gx, int gy) {
            float x = (static_cast<float>(gx) - 4.0f) * scale * stretch;
            const float y = (static_cast<float>(gy) - 6.0f) * scale;
            x += shear * y;
            return Point{cx + x * ca - y * sa, cy + x * sa + y * ca};
        };
        const std::string_view s = glyphs[i]->strokes;
        std::size_t k = 0;
        while (k < s.size()) {
            std::optional<Point> prev;
            for (; k + 1 < s.size() && s[k] != ' '; k += 2) {
                const Point p = place(grid_value(s[k]), grid_value(s[k + 1]));
                if (prev) ink.push_back(segment(*prev, p, half_width, level));
                prev = p;
            }
            ++k;  // the space between strokes
        }
    }
    for (int i = 0; i < 2; ++i) add_curve(ink, rng, between(0.6f, 1.0f), between(0.6f, 0.85f));
    add_curve(cuts, rng, between(0.5f, 0.8f), 1.0f);

    // The warp bends glyphs and noise alike: every segment is cut into short
    // pieces whose ends move with two sine waves, then stamped where it lands
    // (only the pixels near each piece are visited).
    const float wx_amp = between(1.5f, 3.5f), wx_period = between(30.0f, 60.0f), wx_phase = between(0.0f, 6.2832f);
    const float wy_amp = between(1.5f, 3.0f), wy_period = between(60.0f, 120.0f), wy_phase = between(0.0f, 6.2832f);
    const float ink_gray = between(30.0f, 80.0f);
    auto warp = [&](Point p) {
        return Point{p.x + wx_amp * std::sin(6.2832f * p.y / wx_period + wx_phase),
                     p.y + wy_amp * std::sin(6.2832f * p.x / wy_period + wy_phase)};
    };
    auto warped = [&](const std::vector<Segment>& in) {
        std::vector<Segment> pieces;
        for (const auto& s : in) {
            const float len = std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
            const int n = std::max(1, static_cast<int>(std::ceil(len / 4.0f)));
            Point prev = warp(s.a);
            for (int k = 1; k <= n; ++k) {
                const float t = static_cast<float>(k) / static_cast<float>(n);
                const Point p = warp(Point{s.a.x + t * (s.b.x - s.a.x), s.a.y + t * (s.b.y - s.a.y)});
                pieces.push_back(segment(prev, p, s.half_width, s.ink));
                prev = p;
            }
        }
        return pieces;
    };

    Gray out;
    out.width = kWidth;
    out.height = kHeight;
    out.pixels.resize(static_cast<std::size_t>(kWidth) * kHeight);
    std::vector<float> coverage(out.pixels.size(), 0.0f);
    auto for_pixels_near = [&](const Segment& s, auto&& fn) {
        const int x0 = std::max(0, static_cast<int>(s.min_x)), x1 = std::min(kWidth - 1, static_cast<int>(s.max_x));
        const int y0 = std::max(0, static_cast<int>(s.min_y)), y1 = std::min(kHeight - 1, static_cast<int>(s.max_y));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                fn(coverage[static_cast<std::size_t>(y) * kWidth + x],
                   distance(s, static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f));
    };
    for (const auto& s : warped(ink))
        for_pixels_near(s, [&](float& c, float d) { c = std::max(c, std::clamp(s.half_width + 0.5f - d, 0.0f, 1.0f) * s.ink); });
    for (const auto& s : warped(cuts))
        for_pixels_near(s, [&](float& c, float d) { c *= std::clamp(d - s.half_width + 0.5f, 0.0f, 1.0f); });
    // Dots: dark and light specks the size of thin strokes.
    const int dots = 100 + static_cast<int>(u(rng) * 60.0f);
    for (int i = 0; i < dots; ++i) {
        const float cx = u(rng) * kWidth, cy = u(rng) * kHeight, r = between(0.6f, 1.6f), level = between(0.3f, 0.9f);
        for (int y = std::max(0, static_cast<int>(cy - r - 1)); y <= std::min(kHeight - 1, static_cast<int>(cy + r + 1)); ++y)
            for (int x = std::max(0, static_cast<int>(cx - r - 1)); x <= std::min(kWidth - 1, static_cast<int>(cx + r + 1)); ++x) {
                const float d = std::hypot(static_cast<float>(x) + 0.5f - cx, static_cast<float>(y) + 0.5f - cy);
                auto& c = coverage[static_cast<std::size_t>(y) * kWidth + x];
                c = std::max(c, std::clamp(r + 0.5f - d, 0.0f, 1.0f) * level);
            }
    }
    const float bg_left = between(225.0f, 250.0f), bg_right = between(225.0f, 250.0f);
    std::uniform_int_distribution<int> speckle(-8, 8);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * kWidth + x;
            const float bg = bg_left + (bg_right - bg_left) * static_cast<float>(x) / kWidth;
            const float v = bg - coverage[i] * (bg - ink_gray) + static_cast<float>(speckle(rng));
            out.pixels[i] = static_cast<std::uint8_t>(std::clamp(v, 0.0f, 255.0f));
        }
    return out;
}

// ---------------------------------------------------------------- PNG
namespace {

void put_u32(std::string& out, std::uint32_t v) {
    out.push_back(static_cast<char>(v >> 24));
    out.push_back(static_cast<char>(v >> 16));
    out.push_back(static_cast<char>(v >> 8));
    out.push_back(static_cast<char>(v));
}

void put_chunk(std::string& out, std::string_view type, std::string_view data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = out.size();
    out.append(type);
    out.append(data);
    const auto* bytes = reinterpret_cast<const Bytef*>(out.data() + start);
    put_u32(out, static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0), bytes, static_cast<uInt>(out.size() - start))));
}

}  // namespace

std::string encode_png(const Gray& image) {
    std::string out("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    put_u32(header, static_cast<std::uint32_t>(image.width));
    put_u32(header, static_cast<std::uint32_t>(image.height));
    header += std::string("\x08\x00\x00\x00\x00", 5);  // 8 bits, grayscale, deflate, no filter set, no interlace
    put_chunk(out, "IHDR", header);
    // Each row starts with its filter type: 1 (Sub) suits smooth backgrounds.
    std::string raw;
    raw.reserve(static_cast<std::size_t>(image.height) * (image.width + 1));
    for (int y = 0; y < image.height; ++y) {
        raw.push_back(1);
        const std::uint8_t* row = image.pixels.data() + static_cast<std::size_t>(y) * image.width;
        for (int x = 0; x < image.width; ++x)
            raw.push_back(static_cast<char>(x == 0 ? row[x] : static_cast<std::uint8_t>(row[x] - row[x - 1])));
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string packed(size, '\0');
    compress2(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 9);
    packed.resize(size);
    put_chunk(out, "IDAT", packed);
    put_chunk(out, "IEND", "");
    return out;
}

}  // namespace pakn::server::services::captcha_image
