// [SECTION] index: tables, Reed-Solomon over GF(256), symbol layout (function
// patterns, format and version information), codewords (bit stream, blocks,
// interleaving), data placement and masks, penalty, public API.
#include "pakn/qr.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace pakn {
namespace {

// [SECTION] tables (ISO/IEC 18004:2015 table 9 and annex E)

// Rows follow QrEcc's order (L, M, Q, H); column = version, column 0 unused.
constexpr int kEccPerBlock[4][41] = {
    {0,  7,  10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0,  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {0,  13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0,  17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
};

constexpr int kBlockCount[4][41] = {
    {0, 1, 1, 1,  1,  1,  2,  2,  2,  2,  4,  4,  4,  4,  4,  6,  6,  6,  6,  7, 8,
     8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {0,  1,  1,  1,  2,  2,  4,  4,  4,  5,  5,  5,  8,  9,  9,  10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {0,  1,  1,  2,  2,  4,  4,  6,  6,  8,  8,  8,  10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {0,  1,  1,  2,  4,  4,  4,  5,  6,  8,  8,  11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
};

// Row and column coordinates of alignment pattern centres; 0 ends a row.
constexpr std::uint8_t kAlignment[41][7] = {
    {},
    {},
    {6, 18},
    {6, 22},
    {6, 26},
    {6, 30},
    {6, 34},
    {6, 22, 38},
    {6, 24, 42},
    {6, 26, 46},
    {6, 28, 50},
    {6, 30, 54},
    {6, 32, 58},
    {6, 34, 62},
    {6, 26, 46, 66},
    {6, 26, 48, 70},
    {6, 26, 50, 74},
    {6, 30, 54, 78},
    {6, 30, 56, 82},
    {6, 30, 58, 86},
    {6, 34, 62, 90},
    {6, 28, 50, 72, 94},
    {6, 26, 50, 74, 98},
    {6, 30, 54, 78, 102},
    {6, 28, 54, 80, 106},
    {6, 32, 58, 84, 110},
    {6, 30, 58, 86, 114},
    {6, 34, 62, 90, 118},
    {6, 26, 50, 74, 98, 122},
    {6, 30, 54, 78, 102, 126},
    {6, 26, 52, 78, 104, 130},
    {6, 30, 56, 82, 108, 134},
    {6, 34, 60, 86, 112, 138},
    {6, 30, 58, 86, 114, 142},
    {6, 34, 62, 90, 118, 146},
    {6, 30, 54, 78, 102, 126, 150},
    {6, 24, 50, 76, 102, 128, 154},
    {6, 28, 54, 80, 106, 132, 158},
    {6, 32, 58, 84, 110, 136, 162},
    {6, 26, 54, 82, 110, 138, 166},
    {6, 30, 58, 86, 114, 142, 170},
};

int ecc_row(QrEcc ecc) {
    return static_cast<int>(ecc);
}

// Format information stores the level as these two bits (L=01, M=00, Q=11, H=10).
int ecc_format_bits(QrEcc ecc) {
    constexpr int kBits[4] = {1, 0, 3, 2};
    return kBits[ecc_row(ecc)];
}

int symbol_size(int version) {
    return 17 + 4 * version;
}

// Byte mode's character count field grows from 8 to 16 bits at version 10.
int count_bits(int version) {
    return version <= 9 ? 8 : 16;
}

// [SECTION] Reed-Solomon over GF(256)

// Exponent and logarithm tables of GF(2^8) with the standard's primitive
// polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and generator alpha = 2.
struct Gf256 {
    std::array<std::uint8_t, 512> exp{};
    std::array<int, 256> log{};

    constexpr Gf256() {
        int x = 1;
        for (int i = 0; i < 255; ++i) {
            exp[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(x);
            log[static_cast<std::size_t>(x)] = i;
            x <<= 1;
            if (x & 0x100) x ^= 0x11D;
        }
        // A doubled table lets products index exp[log a + log b] without a modulo.
        for (int i = 255; i < 512; ++i)
            exp[static_cast<std::size_t>(i)] = exp[static_cast<std::size_t>(i - 255)];
    }

    constexpr std::uint8_t mul(std::uint8_t a, std::uint8_t b) const {
        if (a == 0 || b == 0) return 0;
        return exp[static_cast<std::size_t>(log[a] + log[b])];
    }
};

constexpr Gf256 kGf{};

// Coefficients of (x - a^0)(x - a^1)...(x - a^(degree-1)), highest power
// first, the leading 1 left out.
std::vector<std::uint8_t> rs_generator(int degree) {
    if (degree <= 0) return {};
    std::vector<std::uint8_t> g(static_cast<std::size_t>(degree), 0);
    g[static_cast<std::size_t>(degree - 1)] = 1;  // the polynomial "1", stored right-aligned
    std::uint8_t root = 1;
    for (int i = 0; i < degree; ++i) {
        // Multiply by (x + root): shift up one power and add root * g.
        for (std::size_t j = 0; j < g.size(); ++j) {
            g[j] = kGf.mul(g[j], root);
            if (j + 1 < g.size()) g[j] ^= g[j + 1];
        }
        root = kGf.mul(root, 2);
    }
    return g;
}

// Remainder of data(x) * x^degree divided by the generator: the ECC codewords.
std::vector<std::uint8_t> rs_remainder(const std::uint8_t* data, std::size_t n, const std::vector<std::uint8_t>& gen) {
    std::vector<std::uint8_t> rem(gen.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t factor = data[i] ^ rem[0];
        for (std::size_t j = 0; j + 1 < rem.size(); ++j)
            rem[j] = rem[j + 1];
        rem.back() = 0;
        for (std::size_t j = 0; j < rem.size(); ++j)
            rem[j] ^= kGf.mul(gen[j], factor);
    }
    return rem;
}

// [SECTION] symbol layout

// Remainder of value * x^degree(poly) modulo poly over GF(2): BCH check bits.
int bch_remainder(int value, int poly, int degree) {
    int r = value << degree;
    for (int bit = 30; bit >= degree; --bit)
        if (r & (1 << bit)) r ^= poly << (bit - degree);
    return r;
}

// 15 format bits: level and mask, BCH(15,5), XORed so no symbol is all light.
int format_bits(QrEcc ecc, int mask) {
    const int data = (ecc_format_bits(ecc) << 3) | mask;
    return ((data << 10) | bch_remainder(data, 0x537, 10)) ^ 0x5412;
}

// 18 version bits for versions 7..40: the number and its BCH(18,6) bits.
int version_bits(int version) {
    return (version << 12) | bch_remainder(version, 0x1F25, 12);
}

// The matrix under construction; `function` marks modules that data skip.
struct Grid {
    int size = 0;
    std::vector<std::uint8_t> dark;
    std::vector<std::uint8_t> function;

    explicit Grid(int n)
        : size(n), dark(static_cast<std::size_t>(n * n), 0), function(static_cast<std::size_t>(n * n), 0) {}

    std::size_t index(int x, int y) const { return static_cast<std::size_t>(y * size + x); }
    void set_function(int x, int y, bool is_dark) {
        dark[index(x, y)] = is_dark ? 1 : 0;
        function[index(x, y)] = 1;
    }
};

// A finder (7x7 rings dark-light-dark around its centre) plus its light
// separator; parts beyond the edge are clipped.
void draw_finder(Grid& g, int cx, int cy) {
    for (int dy = -4; dy <= 4; ++dy) {
        for (int dx = -4; dx <= 4; ++dx) {
            const int x = cx + dx, y = cy + dy;
            if (x < 0 || y < 0 || x >= g.size || y >= g.size) continue;
            const int ring = std::max(std::abs(dx), std::abs(dy));
            g.set_function(x, y, ring != 2 && ring != 4);
        }
    }
}

void draw_alignment(Grid& g, int cx, int cy) {
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
            g.set_function(cx + dx, cy + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
}

// Writes the two copies of the format information (bit 0 = least significant).
void draw_format(Grid& g, QrEcc ecc, int mask) {
    const int bits = format_bits(ecc, mask);
    const int n = g.size;
    auto bit = [bits](int i) { return ((bits >> i) & 1) != 0; };
    // Around the top-left finder: bits 0..7 down column 8 (skipping the
    // timing row), bits 8..14 leftwards along row 8 (skipping the timing column).
    for (int i = 0; i <= 5; ++i)
        g.set_function(8, i, bit(i));
    g.set_function(8, 7, bit(6));
    g.set_function(8, 8, bit(7));
    g.set_function(7, 8, bit(8));
    for (int i = 9; i < 15; ++i)
        g.set_function(14 - i, 8, bit(i));
    // Second copy: bits 0..7 along row 8 from the right edge, bits 8..14 up
    // to the bottom edge in column 8.
    for (int i = 0; i < 8; ++i)
        g.set_function(n - 1 - i, 8, bit(i));
    for (int i = 8; i < 15; ++i)
        g.set_function(8, n - 15 + i, bit(i));
    g.set_function(8, n - 8, true);  // the module that is always dark
}

// Version information: a 6x3 block left of the top-right finder and its
// transpose above the bottom-left finder (versions 7 and up).
void draw_version(Grid& g, int version) {
    if (version < 7) return;
    const int bits = version_bits(version);
    for (int i = 0; i < 18; ++i) {
        const bool b = ((bits >> i) & 1) != 0;
        const int across = g.size - 11 + i % 3, along = i / 3;
        g.set_function(across, along, b);
        g.set_function(along, across, b);
    }
}

// Every function pattern of `version`, with the format areas reserved (they
// are written once the mask is known).
Grid function_patterns(int version) {
    Grid g(symbol_size(version));
    const int n = g.size;
    for (int i = 0; i < n; ++i) {
        g.set_function(6, i, i % 2 == 0);
        g.set_function(i, 6, i % 2 == 0);
    }
    draw_finder(g, 3, 3);
    draw_finder(g, n - 4, 3);
    draw_finder(g, 3, n - 4);
    const std::uint8_t* pos = kAlignment[version];
    int count = 0;
    while (count < 7 && pos[count] != 0)
        ++count;
    for (int i = 0; i < count; ++i) {
        for (int j = 0; j < count; ++j) {
            const bool on_finder = (i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0);
            if (!on_finder) draw_alignment(g, pos[i], pos[j]);
        }
    }
    draw_format(g, QrEcc::medium, 0);  // placeholder bits: reserves the area
    draw_version(g, version);
    return g;
}

// Modules left for data and ECC in `version` (the remainder bits included).
int raw_data_modules(int version) {
    const Grid g = function_patterns(version);
    int free = 0;
    for (std::uint8_t f : g.function)
        free += f ? 0 : 1;
    return free;
}

int total_codewords(int version) {
    return raw_data_modules(version) / 8;
}

int data_codewords(int version, QrEcc ecc) {
    const int r = ecc_row(ecc);
    return total_codewords(version) - kEccPerBlock[r][version] * kBlockCount[r][version];
}

// [SECTION] codewords

struct BitWriter {
    std::vector<std::uint8_t> bytes;
    int bit_count = 0;

    void put(std::uint32_t value, int n) {
        for (int i = n - 1; i >= 0; --i) {
            if (bit_count % 8 == 0) bytes.push_back(0);
            if ((value >> i) & 1u) bytes.back() |= static_cast<std::uint8_t>(0x80 >> (bit_count % 8));
            ++bit_count;
        }
    }
};

// Mode, count, data, terminator and pad codewords, filling exactly the data
// capacity of `version` (the caller checked that the bytes fit).
std::vector<std::uint8_t> data_stream(std::string_view bytes, int version, QrEcc ecc) {
    const int capacity_bits = data_codewords(version, ecc) * 8;
    BitWriter w;
    w.put(0x4, 4);  // byte mode
    w.put(static_cast<std::uint32_t>(bytes.size()), count_bits(version));
    for (char c : bytes)
        w.put(static_cast<unsigned char>(c), 8);
    w.put(0, std::min(4, capacity_bits - w.bit_count));
    if (w.bit_count % 8 != 0) w.put(0, 8 - w.bit_count % 8);
    for (std::uint32_t pad = 0xEC; w.bit_count < capacity_bits; pad ^= 0xEC ^ 0x11)
        w.put(pad, 8);
    return w.bytes;
}

// Splits the data into the version's blocks, appends each block's ECC and
// interleaves: first data codeword of every block, then the second, ...,
// then the ECC codewords the same way. Shorter blocks come first.
std::vector<std::uint8_t> final_codewords(const std::vector<std::uint8_t>& data, int version, QrEcc ecc) {
    const int r = ecc_row(ecc);
    const int blocks = kBlockCount[r][version];
    const int ecc_len = kEccPerBlock[r][version];
    const int total = total_codewords(version);
    const int long_blocks = total % blocks;
    const int short_data = total / blocks - ecc_len;
    const std::vector<std::uint8_t> gen = rs_generator(ecc_len);

    std::vector<std::vector<std::uint8_t>> data_blocks, ecc_blocks;
    std::size_t offset = 0;
    for (int b = 0; b < blocks; ++b) {
        const std::size_t len = static_cast<std::size_t>(short_data + (b >= blocks - long_blocks ? 1 : 0));
        data_blocks.emplace_back(data.begin() + static_cast<std::ptrdiff_t>(offset),
                                 data.begin() + static_cast<std::ptrdiff_t>(offset + len));
        ecc_blocks.push_back(rs_remainder(data.data() + offset, len, gen));
        offset += len;
    }
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(total));
    for (int i = 0; i <= short_data; ++i)
        for (const auto& block : data_blocks)
            if (static_cast<std::size_t>(i) < block.size()) out.push_back(block[static_cast<std::size_t>(i)]);
    for (int i = 0; i < ecc_len; ++i)
        for (const auto& block : ecc_blocks)
            out.push_back(block[static_cast<std::size_t>(i)]);
    return out;
}

// [SECTION] data placement and masks

// Places the codewords' bits, most significant first, in two-module columns
// zigzagging up and down from the bottom-right corner, skipping function
// modules and the vertical timing column; leftover modules stay light.
void place_codewords(Grid& g, const std::vector<std::uint8_t>& codewords) {
    const std::size_t total_bits = codewords.size() * 8;
    std::size_t i = 0;
    bool upward = true;
    for (int right = g.size - 1; right > 0; right -= 2) {
        if (right == 6) right = 5;
        for (int k = 0; k < g.size; ++k) {
            const int y = upward ? g.size - 1 - k : k;
            for (int x = right; x >= right - 1; --x) {
                if (g.function[g.index(x, y)]) continue;
                bool b = false;
                if (i < total_bits) b = ((codewords[i / 8] >> (7 - i % 8)) & 1) != 0;
                g.dark[g.index(x, y)] = b ? 1 : 0;
                ++i;
            }
        }
        upward = !upward;
    }
}

// The eight mask conditions of the standard (i = row, j = column).
bool mask_bit(int mask, int i, int j) {
    switch (mask) {
        case 0:
            return (i + j) % 2 == 0;
        case 1:
            return i % 2 == 0;
        case 2:
            return j % 3 == 0;
        case 3:
            return (i + j) % 3 == 0;
        case 4:
            return (i / 2 + j / 3) % 2 == 0;
        case 5:
            return (i * j) % 2 + (i * j) % 3 == 0;
        case 6:
            return ((i * j) % 2 + (i * j) % 3) % 2 == 0;
        default:
            return ((i + j) % 2 + (i * j) % 3) % 2 == 0;
    }
}

void apply_mask(Grid& g, int mask) {
    for (int y = 0; y < g.size; ++y)
        for (int x = 0; x < g.size; ++x)
            if (!g.function[g.index(x, y)] && mask_bit(mask, y, x)) g.dark[g.index(x, y)] ^= 1;
}

// [SECTION] penalty

// N1 (runs of 5+) and N3 (finder-like 1011101 with 4 light modules before or
// after it) along one row or column; out-of-range modules count as light
// because the quiet zone is light.
int line_penalty(const std::vector<std::uint8_t>& line) {
    const int n = static_cast<int>(line.size());
    int score = 0;
    int run = 1;
    for (int k = 1; k <= n; ++k) {
        if (k < n && line[static_cast<std::size_t>(k)] == line[static_cast<std::size_t>(k - 1)]) {
            ++run;
            continue;
        }
        if (run >= 5) score += 3 + (run - 5);
        run = 1;
    }
    auto at = [&](int k) { return k >= 0 && k < n && line[static_cast<std::size_t>(k)] != 0; };
    auto light = [&](int from, int to) {
        for (int k = from; k <= to; ++k)
            if (at(k)) return false;
        return true;
    };
    for (int k = 0; k + 7 <= n; ++k) {
        if (!(at(k) && !at(k + 1) && at(k + 2) && at(k + 3) && at(k + 4) && !at(k + 5) && at(k + 6))) continue;
        if (light(k - 4, k - 1) || light(k + 7, k + 10)) score += 40;
    }
    return score;
}

int grid_penalty(int n, const std::vector<std::uint8_t>& dark) {
    auto at = [&](int x, int y) { return dark[static_cast<std::size_t>(y * n + x)]; };
    int score = 0;
    std::vector<std::uint8_t> line(static_cast<std::size_t>(n));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x)
            line[static_cast<std::size_t>(x)] = at(x, y);
        score += line_penalty(line);
    }
    for (int x = 0; x < n; ++x) {
        for (int y = 0; y < n; ++y)
            line[static_cast<std::size_t>(y)] = at(x, y);
        score += line_penalty(line);
    }
    // N2: every 2x2 block of one colour (overlapping blocks each count).
    for (int y = 0; y + 1 < n; ++y)
        for (int x = 0; x + 1 < n; ++x) {
            const auto c = at(x, y);
            if (at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c) score += 3;
        }
    // N4: 10 points for each full 5% step of the dark share away from 50%.
    long long dark_count = 0;
    for (std::uint8_t d : dark)
        dark_count += d;
    const long long total = static_cast<long long>(n) * n;
    if (total > 0) score += static_cast<int>(std::llabs(dark_count * 20 - total * 10) / total) * 10;
    return score;
}

QrCode to_code(const Grid& g, int version, QrEcc ecc, int mask) {
    QrCode code;
    code.version = version;
    code.ecc = ecc;
    code.mask = mask;
    code.size = g.size;
    code.modules.assign(g.dark.begin(), g.dark.end());
    return code;
}

}  // namespace

// [SECTION] public API

bool QrCode::at(int x, int y) const {
    if (x < 0 || y < 0 || x >= size || y >= size) return false;
    return modules[static_cast<std::size_t>(y * size + x)];
}

int qr_byte_capacity(int version, QrEcc ecc) {
    if (version < 1 || version > 40) return 0;
    return (data_codewords(version, ecc) * 8 - 4 - count_bits(version)) / 8;
}

int qr_penalty(int size, const std::vector<bool>& modules) {
    if (size <= 0 || modules.size() != static_cast<std::size_t>(size) * static_cast<std::size_t>(size)) return 0;
    std::vector<std::uint8_t> dark(modules.begin(), modules.end());
    return grid_penalty(size, dark);
}

std::optional<QrCode> make_qr_exact(std::string_view bytes, QrEcc ecc, int version, int mask) {
    if (version < 1 || version > 40 || mask < -1 || mask > 7) return std::nullopt;
    if (static_cast<long long>(bytes.size()) > qr_byte_capacity(version, ecc)) return std::nullopt;

    Grid g = function_patterns(version);
    place_codewords(g, final_codewords(data_stream(bytes, version, ecc), version, ecc));

    int best_mask = mask;
    if (mask < 0) {
        // The standard picks the mask whose result scores the lowest penalty;
        // ties go to the lower mask number.
        int best_score = 0;
        for (int m = 0; m < 8; ++m) {
            Grid trial = g;
            apply_mask(trial, m);
            draw_format(trial, ecc, m);
            const int score = grid_penalty(trial.size, trial.dark);
            if (best_mask < 0 || score < best_score) {
                best_mask = m;
                best_score = score;
            }
        }
    }
    apply_mask(g, best_mask);
    draw_format(g, ecc, best_mask);
    return to_code(g, version, ecc, best_mask);
}

std::optional<QrCode> make_qr(std::string_view utf8, QrEcc ecc) {
    for (int version = 1; version <= 40; ++version)
        if (static_cast<long long>(utf8.size()) <= qr_byte_capacity(version, ecc))
            return make_qr_exact(utf8, ecc, version, -1);
    return std::nullopt;
}

std::string qr_svg(const QrCode& code) {
    if (code.size <= 0) return {};
    const std::string side = std::to_string(code.size + 2 * kQrQuietZone);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side +
                      "\" shape-rendering=\"crispEdges\"><path fill=\"#fff\" d=\"M0 0h" + side + "v" + side +
                      "H0z\"/><path fill=\"#000\" d=\"";
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size;) {
            if (!code.at(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.at(x, y))
                ++x;
            const std::string w = std::to_string(x - start);
            svg += "M" + std::to_string(start + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h" + w +
                   "v1h-" + w + "z";
        }
    svg += "\"/></svg>";
    return svg;
}

}  // namespace pakn
