// pakn/qr.h: QR symbols checked three ways: against the standard's published
// constants, against matrices made by an independent encoder (segno 1.4.1,
// fixed version and mask), and by a small reader written here from the
// standard that un-masks the matrix, checks every block's Reed-Solomon
// codewords and reads the bytes back.
//
// [SECTION] index: reference arithmetic, reader, constants, layout,
// independent matrices, read-back, version choice, penalty.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pakn/qr.h"

using namespace pakn;

namespace {

// [SECTION] reference arithmetic (independent of qr.cpp: no tables)

// GF(256) product by shift-and-add, reducing by x^8+x^4+x^3+x^2+1.
int gf_mul_slow(int a, int b) {
    int r = 0;
    while (b != 0) {
        if (b & 1) r ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x100) a ^= 0x11D;
    }
    return r;
}

// Generator polynomial prod (x + 2^i), i < degree; coefficients from x^degree down.
std::vector<int> rs_generator_ref(int degree) {
    std::vector<int> g{1};
    int root = 1;
    for (int i = 0; i < degree; ++i) {
        std::vector<int> next(g.size() + 1, 0);
        for (std::size_t k = 0; k < g.size(); ++k) {
            next[k] ^= g[k];                         // times x
            next[k + 1] ^= gf_mul_slow(g[k], root);  // times root
        }
        g = next;
        root = gf_mul_slow(root, 2);
    }
    return g;
}

// ECC codewords by polynomial long division of data * x^degree.
std::vector<int> rs_ecc_ref(const std::vector<int>& data, int degree) {
    const std::vector<int> g = rs_generator_ref(degree);
    std::vector<int> msg(data);
    msg.resize(data.size() + static_cast<std::size_t>(degree), 0);
    for (std::size_t i = 0; i < data.size(); ++i) {
        const int coef = msg[i];
        if (coef == 0) continue;
        for (std::size_t j = 0; j < g.size(); ++j)
            msg[i + j] ^= gf_mul_slow(g[j], coef);
    }
    return std::vector<int>(msg.end() - degree, msg.end());
}

// Remainder of value * x^(bits of poly - 1) modulo poly over GF(2).
int bch_ref(int value, int poly) {
    int degree = 0;
    while ((poly >> (degree + 1)) != 0)
        ++degree;
    int r = value << degree;
    for (int bit = 31 - 1; bit >= degree; --bit)
        if ((r >> bit) & 1) r ^= poly << (bit - degree);
    return (value << degree) | r;
}

// [SECTION] tables for versions 1..10 (ISO/IEC 18004 tables 7 and 9, annex E),
// typed again here so a slip in qr.cpp's copy cannot hide itself.

struct Level {
    int ecc_per_block;
    int blocks;
};
// [version][L, M, Q, H]
const Level kLevels[11][4] = {
    {},
    {{7, 1}, {10, 1}, {13, 1}, {17, 1}},
    {{10, 1}, {16, 1}, {22, 1}, {28, 1}},
    {{15, 1}, {26, 1}, {18, 2}, {22, 2}},
    {{20, 1}, {18, 2}, {26, 2}, {16, 4}},
    {{26, 1}, {24, 2}, {18, 4}, {22, 4}},
    {{18, 2}, {16, 4}, {24, 4}, {28, 4}},
    {{20, 2}, {18, 4}, {18, 6}, {26, 5}},
    {{24, 2}, {22, 4}, {22, 6}, {26, 6}},
    {{30, 2}, {22, 5}, {20, 8}, {24, 8}},
    {{18, 4}, {26, 5}, {24, 8}, {28, 8}},
};
const int kTotalCodewords[11] = {0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346};
const std::vector<int> kAlignmentRef[11] = {
    {}, {}, {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34}, {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50},
};
const int kByteCapacity[11][4] = {
    {},
    {17, 14, 11, 7},
    {32, 26, 20, 14},
    {53, 42, 32, 24},
    {78, 62, 46, 34},
    {106, 84, 60, 44},
    {134, 106, 74, 58},
    {154, 122, 86, 64},
    {192, 152, 108, 84},
    {230, 180, 130, 98},
    {271, 213, 151, 119},
};

// Format information as printed in the standard's table C.1, [level L M Q H][mask].
const int kFormatTable[4][8] = {
    {0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976},
    {0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0},
    {0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED},
    {0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B},
};
const QrEcc kAllLevels[4] = {QrEcc::low, QrEcc::medium, QrEcc::quartile, QrEcc::high};
const int kLevelBits[4] = {1, 0, 3, 2};  // L=01, M=00, Q=11, H=10

// [SECTION] reader

int version_of(const QrCode& q) {
    return (q.size - 17) / 4;
}

// Format bits, most significant first, from the copy around the top-left finder.
int read_format_copy1(const QrCode& q) {
    const int xy[15][2] = {{0, 8}, {1, 8}, {2, 8}, {3, 8}, {4, 8}, {5, 8}, {7, 8}, {8, 8},
                           {8, 7}, {8, 5}, {8, 4}, {8, 3}, {8, 2}, {8, 1}, {8, 0}};
    int bits = 0;
    for (const auto& p : xy)
        bits = (bits << 1) | (q.at(p[0], p[1]) ? 1 : 0);
    return bits;
}

// The second copy: down from the bottom-left corner in column 8, then along
// row 8 towards the right edge.
int read_format_copy2(const QrCode& q) {
    const int n = q.size;
    int bits = 0;
    for (int y = n - 1; y >= n - 7; --y)
        bits = (bits << 1) | (q.at(8, y) ? 1 : 0);
    for (int x = n - 8; x <= n - 1; ++x)
        bits = (bits << 1) | (q.at(x, 8) ? 1 : 0);
    return bits;
}

// Version bits (most significant first) from the block above the bottom-left
// finder and from the block left of the top-right finder.
int read_version_block(const QrCode& q, bool bottom_left) {
    int bits = 0;
    for (int i = 17; i >= 0; --i) {
        const int a = i / 3, b = q.size - 11 + i % 3;
        bits = (bits << 1) | ((bottom_left ? q.at(a, b) : q.at(b, a)) ? 1 : 0);
    }
    return bits;
}

// Modules that carry no data: finders with separators, timing lines,
// alignment patterns, format and version areas and the dark module.
std::vector<bool> function_map(int version) {
    const int n = 17 + 4 * version;
    std::vector<bool> f(static_cast<std::size_t>(n * n), false);
    auto mark = [&](int x, int y) {
        if (x >= 0 && y >= 0 && x < n && y < n) f[static_cast<std::size_t>(y * n + x)] = true;
    };
    for (int i = 0; i < 9; ++i)
        for (int j = 0; j < 9; ++j)
            mark(i, j);  // top-left finder, separator, format
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 9; ++j) {
            mark(n - 1 - i, j);  // top-right finder, separator, format
            mark(j, n - 1 - i);  // bottom-left finder, separator, format, dark module
        }
    for (int i = 0; i < n; ++i) {
        mark(6, i);
        mark(i, 6);
    }
    const std::vector<int>& pos = kAlignmentRef[version];
    for (int cy : pos)
        for (int cx : pos) {
            if ((cx == 6 && cy == 6) || (cx == 6 && cy == pos.back()) || (cx == pos.back() && cy == 6)) continue;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx)
                    mark(cx + dx, cy + dy);
        }
    if (version >= 7)
        for (int i = 0; i < 6; ++i)
            for (int j = n - 11; j < n - 8; ++j) {
                mark(i, j);
                mark(j, i);
            }
    return f;
}

bool mask_ref(int mask, int row, int col) {
    switch (mask) {
        case 0:
            return (row + col) % 2 == 0;
        case 1:
            return row % 2 == 0;
        case 2:
            return col % 3 == 0;
        case 3:
            return (row + col) % 3 == 0;
        case 4:
            return (row / 2 + col / 3) % 2 == 0;
        case 5:
            return (row * col) % 2 + (row * col) % 3 == 0;
        case 6:
            return ((row * col) % 2 + (row * col) % 3) % 2 == 0;
        default:
            return ((row + col) % 2 + (row * col) % 3) % 2 == 0;
    }
}

// What the reader found; `error` names the first check that failed.
struct ReadBack {
    std::string error;
    int level = -1;  // index into kAllLevels
    int mask = -1;
    std::vector<int> codewords;  // as stored, interleaved
    std::vector<int> data;       // de-interleaved data codewords
    std::string bytes;
};

// Reads a version 1..10 symbol: format, un-masking, codeword order, block
// de-interleaving, Reed-Solomon check of every block, byte-mode payload,
// terminator and pad codewords.
ReadBack read_symbol(const QrCode& q) {
    ReadBack r;
    const int version = version_of(q);
    if (version < 1 || version > 10 || q.size != 17 + 4 * version) return r.error = "size", r;
    const int f1 = read_format_copy1(q), f2 = read_format_copy2(q);
    if (f1 != f2) return r.error = "format copies differ", r;
    const int f = f1 ^ 0x5412;
    if (bch_ref(f >> 10, 0x537) != f) return r.error = "format BCH", r;
    for (int i = 0; i < 4; ++i)
        if (kLevelBits[i] == (f >> 13)) r.level = i;
    r.mask = (f >> 10) & 7;

    // Un-mask and collect bits: two-module columns from the right, bottom-up
    // first and alternating; the vertical timing column is not a data column.
    const std::vector<bool> fm = function_map(version);
    const int n = q.size;
    std::vector<int> bits;
    int col = n - 1;
    for (int pair = 0; col > 0; ++pair, col -= 2) {
        if (col == 6) col = 5;
        const bool up = pair % 2 == 0;
        for (int step = 0; step < n; ++step) {
            const int row = up ? n - 1 - step : step;
            for (int c = col; c > col - 2; --c) {
                if (fm[static_cast<std::size_t>(row * n + c)]) continue;
                bits.push_back((q.at(c, row) != mask_ref(r.mask, row, c)) ? 1 : 0);
            }
        }
    }
    const int total = kTotalCodewords[version];
    if (static_cast<int>(bits.size()) / 8 != total) return r.error = "data module count", r;
    for (int i = 0; i < total; ++i) {
        int cw = 0;
        for (int b = 0; b < 8; ++b)
            cw = (cw << 1) | bits[static_cast<std::size_t>(i * 8 + b)];
        r.codewords.push_back(cw);
    }
    for (std::size_t i = static_cast<std::size_t>(total) * 8; i < bits.size(); ++i)
        if (bits[i] != 0) return r.error = "remainder bits", r;

    // De-interleave into blocks; the last (total % blocks) blocks are one longer.
    const Level lv = kLevels[version][r.level];
    const int longs = total % lv.blocks, short_len = total / lv.blocks - lv.ecc_per_block;
    std::vector<std::vector<int>> data(static_cast<std::size_t>(lv.blocks)), ecc(static_cast<std::size_t>(lv.blocks));
    std::size_t k = 0;
    for (int i = 0; i < short_len + 1; ++i)
        for (int b = 0; b < lv.blocks; ++b)
            if (i < short_len || b >= lv.blocks - longs) data[static_cast<std::size_t>(b)].push_back(r.codewords[k++]);
    for (int i = 0; i < lv.ecc_per_block; ++i)
        for (int b = 0; b < lv.blocks; ++b)
            ecc[static_cast<std::size_t>(b)].push_back(r.codewords[k++]);
    for (int b = 0; b < lv.blocks; ++b) {
        if (rs_ecc_ref(data[static_cast<std::size_t>(b)], lv.ecc_per_block) != ecc[static_cast<std::size_t>(b)])
            return r.error = "Reed-Solomon", r;
        for (int cw : data[static_cast<std::size_t>(b)])
            r.data.push_back(cw);
    }

    // Byte-mode segment, then terminator, zero padding and EC/11 pad codewords.
    std::size_t pos = 0;
    auto take = [&](int count) {
        int v = 0;
        for (int i = 0; i < count; ++i, ++pos)
            v = (v << 1) | ((r.data[pos / 8] >> (7 - pos % 8)) & 1);
        return v;
    };
    const std::size_t capacity = r.data.size() * 8;
    if (take(4) != 4) return r.error = "mode", r;
    const int len = take(version < 10 ? 8 : 16);
    if (pos + static_cast<std::size_t>(len) * 8 > capacity) return r.error = "count", r;
    for (int i = 0; i < len; ++i)
        r.bytes.push_back(static_cast<char>(take(8)));
    const int term = static_cast<int>(std::min<std::size_t>(4, capacity - pos));
    if (take(term) != 0) return r.error = "terminator", r;
    while (pos % 8 != 0)
        if (take(1) != 0) return r.error = "padding bits", r;
    for (int pad = 0xEC; pos < capacity; pad ^= 0xEC ^ 0x11)
        if (take(8) != pad) return r.error = "pad codewords", r;
    return r;
}

std::string text_of_length(int n) {
    const std::string_view seed = "http://127.0.0.1:8080/tra-cuu/PAKN-2026-000123?Phản ánh Khánh Hòa ";
    std::string s;
    for (int i = 0; i < n; ++i)
        s.push_back(seed[static_cast<std::size_t>(i) % seed.size()]);
    return s;
}

std::vector<std::string> rows_of(const QrCode& q) {
    std::vector<std::string> rows;
    for (int y = 0; y < q.size; ++y) {
        std::string row;
        for (int x = 0; x < q.size; ++x)
            row.push_back(q.at(x, y) ? '1' : '0');
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

// [SECTION] reference self-checks and constants

TEST_CASE("QR: reference Reed-Solomon gives the published HELLO WORLD 1-M ECC codewords") {
    // The standard's worked example (alphanumeric mode), as reproduced widely.
    const std::vector<int> data = {32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17};
    const std::vector<int> ecc = {196, 35, 39, 119, 235, 215, 231, 226, 93, 23};
    CHECK(rs_ecc_ref(data, 10) == ecc);
}

TEST_CASE("QR: format information for every level and mask") {
    for (int e = 0; e < 4; ++e) {
        for (int m = 0; m < 8; ++m) {
            INFO("level " << e << " mask " << m);
            CHECK(bch_ref((kLevelBits[e] << 3) | m, 0x537) == (kFormatTable[e][m] ^ 0x5412));
            const auto q = make_qr_exact("PAKN", kAllLevels[e], 1, m);
            REQUIRE(q.has_value());
            CHECK(q->mask == m);
            CHECK(read_format_copy1(*q) == kFormatTable[e][m]);
            CHECK(read_format_copy2(*q) == kFormatTable[e][m]);
        }
    }
}

TEST_CASE("QR: version information for versions 7..40") {
    // Published values for 7..10 and 40; the rest from the BCH(18,6) code.
    CHECK(bch_ref(7, 0x1F25) == 0x07C94);
    CHECK(bch_ref(8, 0x1F25) == 0x085BC);
    CHECK(bch_ref(9, 0x1F25) == 0x09A99);
    CHECK(bch_ref(10, 0x1F25) == 0x0A4D3);
    CHECK(bch_ref(40, 0x1F25) == 0x28C69);
    int wrong = 0;
    for (int v = 7; v <= 40; ++v) {
        const auto q = make_qr_exact("PAKN", QrEcc::medium, v, 0);
        REQUIRE(q.has_value());
        if (read_version_block(*q, true) != bch_ref(v, 0x1F25)) ++wrong;
        if (read_version_block(*q, false) != bch_ref(v, 0x1F25)) ++wrong;
    }
    CHECK(wrong == 0);
    // Versions below 7 have no version blocks: those modules carry data.
    const auto v6 = make_qr_exact("PAKN", QrEcc::medium, 6, 0);
    REQUIRE(v6.has_value());
    CHECK(v6->size == 41);
}

// [SECTION] layout

TEST_CASE("QR: finders, separators, timing lines and the dark module") {
    for (int v = 1; v <= 10; ++v) {
        INFO("version " << v);
        const auto q = make_qr_exact("PAKN", QrEcc::low, v, v % 8);
        REQUIRE(q.has_value());
        const int n = q->size;
        CHECK(n == 17 + 4 * v);
        CHECK(q->modules.size() == static_cast<std::size_t>(n * n));
        int bad = 0;
        const int corners[3][2] = {{0, 0}, {n - 7, 0}, {0, n - 7}};
        for (const auto& c : corners) {
            for (int dy = -1; dy <= 7; ++dy)
                for (int dx = -1; dx <= 7; ++dx) {
                    const int x = c[0] + dx, y = c[1] + dy;
                    if (x < 0 || y < 0 || x >= n || y >= n) continue;
                    const bool outer_ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                    const bool core = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
                    const bool separator = dx == -1 || dy == -1 || dx == 7 || dy == 7;
                    const bool want = !separator && (outer_ring || core);
                    if (q->at(x, y) != want) ++bad;
                }
        }
        for (int i = 8; i < n - 8; ++i) {
            if (q->at(i, 6) != (i % 2 == 0)) ++bad;
            if (q->at(6, i) != (i % 2 == 0)) ++bad;
        }
        CHECK(bad == 0);
        CHECK(q->at(8, n - 8));
        CHECK_FALSE(q->at(-1, 0));
        CHECK_FALSE(q->at(0, n));
    }
}

TEST_CASE("QR: alignment patterns at the annex E positions") {
    for (int v = 1; v <= 10; ++v) {
        INFO("version " << v);
        const auto q = make_qr_exact("PAKN", QrEcc::quartile, v, 3);
        REQUIRE(q.has_value());
        const std::vector<int>& pos = kAlignmentRef[v];
        int patterns = 0, bad = 0;
        for (int cy : pos)
            for (int cx : pos) {
                if ((cx == 6 && cy == 6) || (cx == 6 && cy == pos.back()) || (cx == pos.back() && cy == 6)) continue;
                ++patterns;
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx) {
                        const bool ring1 = std::max(std::abs(dx), std::abs(dy)) == 1;
                        if (q->at(cx + dx, cy + dy) == ring1) ++bad;
                    }
            }
        const int expected_patterns = v == 1 ? 0 : v < 7 ? 1 : 6;
        CHECK(patterns == expected_patterns);
        CHECK(bad == 0);
    }
}

TEST_CASE("QR: alignment patterns for versions 2..40 follow annex E's spacing") {
    // Centres from 6 to size - 7 in (version / 7 + 2) steps; the steps are the
    // even number at or above an equal split, counted back from the far end,
    // the first gap taking the rest; version 32 steps 26.
    int bad = 0;
    for (int v = 2; v <= 40; ++v) {
        const int count = v / 7 + 2, last = 4 * v + 10;
        int step = (last - 6 + count - 2) / (count - 1);
        step += step % 2;
        if (v == 32) step = 26;
        std::vector<int> pos{6};
        for (int i = count - 2; i >= 0; --i)
            pos.push_back(last - i * step);
        const auto q = make_qr_exact("PAKN", QrEcc::high, v, 5);
        REQUIRE(q.has_value());
        for (int cy : pos)
            for (int cx : pos) {
                if ((cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6)) continue;
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx)
                        if (q->at(cx + dx, cy + dy) == (std::max(std::abs(dx), std::abs(dy)) == 1)) ++bad;
            }
        if (v <= 10 && pos != kAlignmentRef[v]) ++bad;
    }
    CHECK(bad == 0);
}

TEST_CASE("QR: byte capacity per version and level (table 7)") {
    for (int v = 1; v <= 10; ++v)
        for (int e = 0; e < 4; ++e) {
            INFO("version " << v << " level " << e);
            CHECK(qr_byte_capacity(v, kAllLevels[e]) == kByteCapacity[v][e]);
        }
    CHECK(qr_byte_capacity(40, QrEcc::low) == 2953);
    CHECK(qr_byte_capacity(40, QrEcc::medium) == 2331);
    CHECK(qr_byte_capacity(40, QrEcc::quartile) == 1663);
    CHECK(qr_byte_capacity(40, QrEcc::high) == 1273);
    CHECK(qr_byte_capacity(0, QrEcc::low) == 0);
    CHECK(qr_byte_capacity(41, QrEcc::low) == 0);
}

// [SECTION] independent matrices

TEST_CASE("QR: matrices equal an independent encoder's at fixed version and mask") {
    // segno 1.4.1: make_qr(data, error, version, mask, mode='byte'), payloads
    // that fill the symbol (segno pads shorter byte-mode data differently:
    // one extra zero codeword, which readers ignore).
    const std::vector<std::string> v1m3 = {
        "111111101111101111111", "100000101110001000001", "101110100011101011101", "101110101111101011101",
        "101110100001001011101", "100000100000001000001", "111111101010101111111", "000000001100000000000",
        "101101110100001001011", "010011011001000010100", "100001101111000000011", "010101000000010011010",
        "011010100010111100100", "000000001110111111111", "111111101000011011100", "100000101000100111101",
        "101110100101000001010", "101110101011101101110", "101110101100110100000", "100000100101001101001",
        "111111101010001100100",
    };
    const auto a = make_qr_exact("PAKN-2026-0001", QrEcc::medium, 1, 3);
    REQUIRE(a.has_value());
    CHECK(rows_of(*a) == v1m3);

    const std::vector<std::string> v7h6 = {
        "111111100000110110101001111100100100101111111", "100000100100100011011110001010010001001000001",
        "101110101001111000011100001011001101001011101", "101110101000000000000010100001011101101011101",
        "101110100101011110011111110000111011101011101", "100000100011010111011000100010011000001000001",
        "111111101010101010101010101010101010101111111", "000000000100000010101000100111010111000000000",
        "000110110101000110111111100001010001000001100", "001000011100110000010101101011100010101000110",
        "001010101010111100110001010011011110110101101", "011010011011100010001011110010011100000011110",
        "110001101111111010011111011100111001011010011", "011100000000000101010000000110101100101100000",
        "001100101101101100100010111111000101101110100", "110110011100100111110011010001100100110101100",
        "111011110101101110101011100111011001000000010", "100011001011110101001001000000111110110101001",
        "111000110011111001111111111101001101110000001", "010101011000111011101100010000010000001011110",
        "010111111110000111111111101101100100111110001", "110110001010100111101000101110111011100011100",
        "110110101010000101101010110001101011101011011", "110010001101110010001000110111111011100010100",
        "110111111010001001011111111010011011111111011", "100101000101010000101100111110100101111101000",
        "011110110100010110100101101100100101100011110", "101001000011100011011011010001010101010011101",
        "010001101000111011000110000111101011100010101", "100011010100001011110010110011101110011111101",
        "100111101110100111000101100111011001101111101", "000100000100011000100100111111000001111100101",
        "111101110110100100100111011111100010110001001", "100001001100100001101010100111011011010011100",
        "000010111100110010011000110100111110101001101", "011110001111101100000000100101101010001010101",
        "100110111010010101011111111001101001111110001", "000000001100000100011000111111010100100010010",
        "111111101100110001011010111111001001101010110", "100000100111010110001000101001000010100011100",
        "101110101000010001101111100001011101111111010", "101110101011101010001101001010000011000010000",
        "101110100101011101010101000011011000100011001", "100000100010000001111111100001110110111000111",
        "111111100000100100011000011010000100001110000",
    };
    const auto b = make_qr_exact("https://pakn.khanhhoa.gov.vn/tra-cuu?ma=PAKN-2026-000123&lang=vi", QrEcc::high, 7, 6);
    REQUIRE(b.has_value());
    CHECK(rows_of(*b) == v7h6);
}

// [SECTION] read-back

TEST_CASE("QR: HELLO WORLD in byte mode, 1-M: the exact codewords") {
    // Hand-assembled: mode 0100, count 00001011, the 11 ASCII bytes,
    // terminator 0000, then pad codewords EC 11 ...
    const std::vector<int> data = {0x40, 0xB4, 0x84, 0x54, 0xC4, 0xC4, 0xF2, 0x05,
                                   0x74, 0xF5, 0x24, 0xC4, 0x40, 0xEC, 0x11, 0xEC};
    std::vector<int> expected = data;
    for (int c : rs_ecc_ref(data, 10))
        expected.push_back(c);
    const auto q = make_qr_exact("HELLO WORLD", QrEcc::medium, 1, -1);
    REQUIRE(q.has_value());
    const ReadBack r = read_symbol(*q);
    CHECK(r.error == "");
    CHECK(r.codewords == expected);
    CHECK(r.bytes == "HELLO WORLD");
}

TEST_CASE("QR: the reader gets the bytes back for versions 1..10, every level, every mask") {
    // Per version and level: a payload that fills the symbol (forced mask),
    // one half as long, and an empty one (both with the chosen mask).
    int checked = 0;
    std::string failures;
    for (int v = 1; v <= 10; ++v) {
        for (int e = 0; e < 4; ++e) {
            const int cap = kByteCapacity[v][e];
            const int lengths[3] = {cap, cap / 2, 0};
            for (int li = 0; li < 3; ++li) {
                const std::string text = text_of_length(lengths[li]);
                const int forced = li == 0 ? (v + e) % 8 : -1;
                const auto q = make_qr_exact(text, kAllLevels[e], v, forced);
                const std::string where =
                    "v" + std::to_string(v) + " e" + std::to_string(e) + " len" + std::to_string(lengths[li]) + ": ";
                if (!q) {
                    failures += where + "no symbol\n";
                    continue;
                }
                const ReadBack r = read_symbol(*q);
                if (!r.error.empty())
                    failures += where + r.error + "\n";
                else if (r.bytes != text)
                    failures += where + "bytes differ\n";
                else if (r.level != e || q->version != v || q->ecc != kAllLevels[e])
                    failures += where + "level\n";
                else if (r.mask != q->mask || (forced >= 0 && r.mask != forced))
                    failures += where + "mask\n";
                ++checked;
            }
        }
    }
    CHECK(checked == 120);
    CHECK(failures == "");
}

TEST_CASE("QR: typical payloads pick the smallest version at level M") {
    struct Row {
        std::string_view text;
        int version;
    };
    // text | version at M (v2 holds 26 bytes, v3 42, v4 62)
    const Row rows[] = {
        {"https://pakn.khanhhoa.gov.vn/", 3},
        {"http://127.0.0.1:8080/tra-cuu/PAKN-2026-000123", 4},
        {"", 1},
        {"Phản ánh, kiến nghị", 2},  // 26 bytes of UTF-8
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto q = make_qr(row.text);
        REQUIRE(q.has_value());
        CHECK(q->version == row.version);
        CHECK(q->ecc == QrEcc::medium);
        const ReadBack r = read_symbol(*q);
        CHECK(r.error == "");
        CHECK(r.bytes == row.text);
    }
}

// [SECTION] version choice and limits

TEST_CASE("QR: version boundaries and payloads too long") {
    int wrong = 0;
    for (int e = 0; e < 4; ++e)
        for (int v = 1; v <= 10; ++v) {
            const auto fits = make_qr(text_of_length(kByteCapacity[v][e]), kAllLevels[e]);
            const auto spills = make_qr(text_of_length(kByteCapacity[v][e] + 1), kAllLevels[e]);
            if (!fits || fits->version != v) ++wrong;
            if (!spills || spills->version != v + 1) ++wrong;
        }
    CHECK(wrong == 0);
    const auto biggest = make_qr(text_of_length(2953), QrEcc::low);
    REQUIRE(biggest.has_value());
    CHECK(biggest->version == 40);
    CHECK(biggest->size == 177);
    CHECK_FALSE(make_qr(text_of_length(2954), QrEcc::low).has_value());
    CHECK_FALSE(make_qr(text_of_length(1274), QrEcc::high).has_value());
    CHECK_FALSE(make_qr_exact("PAKN", QrEcc::low, 0, 0).has_value());
    CHECK_FALSE(make_qr_exact("PAKN", QrEcc::low, 41, 0).has_value());
    CHECK_FALSE(make_qr_exact("PAKN", QrEcc::low, 1, 8).has_value());
    CHECK_FALSE(make_qr_exact("PAKN", QrEcc::low, 1, -2).has_value());
    CHECK_FALSE(make_qr_exact(text_of_length(18), QrEcc::low, 1, 0).has_value());
}

// [SECTION] penalty

TEST_CASE("QR: penalty rules on hand-scored matrices") {
    // 1x1 dark: only N4, 100% dark = 10 steps of 5%.
    CHECK(qr_penalty(1, {true}) == 100);
    // 21x21 all light: N1 42 lines x (3 + 16), N2 400 blocks x 3, N4 100.
    CHECK(qr_penalty(21, std::vector<bool>(441, false)) == 42 * 19 + 400 * 3 + 100);
    // Checkerboard: no runs, no blocks, no finder-like patterns, 221/441 dark.
    std::vector<bool> checker(441);
    for (int i = 0; i < 441; ++i)
        checker[static_cast<std::size_t>(i)] = ((i / 21) + (i % 21)) % 2 == 0;
    CHECK(qr_penalty(21, checker) == 0);
    // 7x7 light with row 3 = 1011101: N1 6 rows x 5 + 2 columns x 5, N3 40
    // (light quiet zone to its left), N2 24 light blocks x 3, N4 5/49 dark = 7 steps.
    std::vector<bool> finder_row(49, false);
    for (int x : {0, 2, 3, 4, 6})
        finder_row[static_cast<std::size_t>(3 * 7 + x)] = true;
    CHECK(qr_penalty(7, finder_row) == 30 + 10 + 40 + 72 + 70);
    // 11x11 light with row 5 = 11011101000: the pattern at column 1 has a dark
    // module before it but light after it (N3 40). N1: 10 light rows x 9,
    // 6 columns broken into two runs of 5 (x 6), 5 light columns x 9; N2: 80
    // blocks away from row 5 and 4 beside it, x 3; N4: 6/121 dark = 9 steps.
    std::vector<bool> light_after(121, false);
    for (int x : {0, 1, 3, 4, 5, 7})
        light_after[static_cast<std::size_t>(5 * 11 + x)] = true;
    CHECK(qr_penalty(11, light_after) == 90 + 36 + 45 + 40 + 252 + 90);
    // Malformed input scores 0 rather than reading out of bounds.
    CHECK(qr_penalty(3, {true}) == 0);
}

TEST_CASE("QR: the automatic mask has the lowest penalty of the eight") {
    for (std::string_view text : {"https://pakn.khanhhoa.gov.vn/", "http://127.0.0.1:8080/tra-cuu/PAKN-2026-000123"}) {
        INFO(text);
        const auto chosen = make_qr(text);
        REQUIRE(chosen.has_value());
        const int best = qr_penalty(chosen->size, chosen->modules);
        int lower = 0;
        for (int m = 0; m < 8; ++m) {
            const auto other = make_qr_exact(text, QrEcc::medium, chosen->version, m);
            REQUIRE(other.has_value());
            const int p = qr_penalty(other->size, other->modules);
            if (p < best || (p == best && m < chosen->mask)) ++lower;
        }
        CHECK(lower == 0);
    }
}

// [SECTION] SVG (the printed receipt's code)

namespace {

// The dark modules an SVG from qr_svg paints, read back from its path's
// "M x yh w v1h-w z" runs, as a symbol of `size` modules (quiet zone removed);
// the viewBox must be the symbol plus its quiet zone.
std::optional<QrCode> modules_of_svg(const std::string& svg, int size) {
    const std::string side = std::to_string(size + 2 * kQrQuietZone);
    if (svg.find("viewBox=\"0 0 " + side + " " + side + "\"") == std::string::npos) return std::nullopt;
    const std::string open = "<path fill=\"#000\" d=\"";
    const auto at = svg.find(open);
    if (at == std::string::npos) return std::nullopt;
    const std::string d = svg.substr(at + open.size(), svg.find('"', at + open.size()) - at - open.size());
    QrCode q;
    q.size = size;
    q.modules.assign(static_cast<std::size_t>(size * size), false);
    const char* p = d.c_str();
    while (*p) {
        int x = 0, y = 0, w = 0, w2 = 0, n = 0;
        if (std::sscanf(p, "M%d %dh%dv1h-%dz%n", &x, &y, &w, &w2, &n) != 4 || w != w2 || w <= 0) return std::nullopt;
        x -= kQrQuietZone;
        y -= kQrQuietZone;
        if (x < 0 || y < 0 || y >= size || x + w > size) return std::nullopt;
        for (int i = 0; i < w; ++i) {
            const auto cell = static_cast<std::size_t>(y * size + x + i);
            if (q.modules[cell]) return std::nullopt;  // painted twice
            q.modules[cell] = true;
        }
        p += n;
    }
    return q;
}

}  // namespace

TEST_CASE("QR: the SVG paints exactly the symbol's dark modules, and reads back") {
    // payload, level
    const std::pair<std::string, QrEcc> rows[] = {
        {"https://pakn.khanhhoa.gov.vn/tra-cuu?ma=PAKN-2026-000123", QrEcc::medium},
        {"A", QrEcc::low},
        {std::string(100, 'x'), QrEcc::high},  // version 10, the reader's limit
    };
    for (const auto& row : rows) {
        const std::string& text = row.first;  // not a structured binding: CAPTURE's lambda takes it
        const QrEcc ecc = row.second;
        CAPTURE(text.size());
        const auto q = make_qr(text, ecc);
        REQUIRE(q);
        const std::string svg = qr_svg(*q);
        CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        CHECK(svg.ends_with("</svg>"));
        auto painted = modules_of_svg(svg, q->size);
        REQUIRE(painted);
        CHECK(painted->modules == q->modules);
        painted->version = q->version;
        const ReadBack r = read_symbol(*painted);
        CHECK(r.error == "");
        CHECK(r.bytes == text);
    }
    CHECK(qr_svg(QrCode{}) == "");
}
