#include "services/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <charconv>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace pakn::server::crypto {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        auto pos = s.find(sep, start);
        out.push_back(s.substr(start, pos - start));
        if (pos == std::string_view::npos) break;
        start = pos + 1;
    }
    return out;
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string scrypt(std::string_view password, std::string_view salt, const ScryptParams& p, std::size_t len) {
    std::string out(len, '\0');
    // maxmem must cover 128 * r * N * p plus overhead.
    const std::uint64_t maxmem = 128ull * p.r * p.n * p.p + (1u << 20);
    if (EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<const unsigned char*>(salt.data()),
                       salt.size(), p.n, p.r, p.p, maxmem, reinterpret_cast<unsigned char*>(out.data()), len) != 1)
        throw std::runtime_error("scrypt failed");
    return out;
}

}  // namespace

std::string random_bytes(std::size_t n) {
    std::string out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

std::string random_token() { return hex(random_bytes(32)); }

int random_int(int lo, int hi) {
    const std::uint32_t range = static_cast<std::uint32_t>(hi - lo) + 1;
    // Rejection sampling avoids modulo bias.
    const std::uint32_t limit = UINT32_MAX - (UINT32_MAX % range);
    for (;;) {
        std::uint32_t v;
        auto bytes = random_bytes(sizeof v);
        std::memcpy(&v, bytes.data(), sizeof v);
        if (v < limit) return lo + static_cast<int>(v % range);
    }
}

std::string random_digits(int digits) {
    std::string out;
    for (int i = 0; i < digits; ++i) out.push_back(static_cast<char>('0' + random_int(0, 9)));
    return out;
}

std::string hex(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(kDigits[c >> 4]);
        out.push_back(kDigits[c & 15]);
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
    return hex(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

std::string base64_encode(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string base64_decode(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0) return {};
    std::string out(3 * text.size() / 4 + 1, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (n < 0) return {};
    std::size_t len = static_cast<std::size_t>(n);
    // EVP_DecodeBlock counts padding as zero bytes.
    if (text.ends_with("==")) len -= 2;
    else if (text.ends_with("=")) len -= 1;
    out.resize(len);
    return out;
}

bool constant_time_equals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hash_password(std::string_view password, const ScryptParams& params) {
    const std::string salt = random_bytes(16);
    const std::string derived = scrypt(password, salt, params, 32);
    return "scrypt$" + std::to_string(params.n) + "$" + std::to_string(params.r) + "$" + std::to_string(params.p) +
           "$" + base64_encode(salt) + "$" + base64_encode(derived);
}

bool verify_password(std::string_view password, std::string_view stored) {
    const auto parts = split(stored, '$');
    if (parts.size() != 6 || parts[0] != "scrypt") return false;
    ScryptParams p;
    if (!parse_number(parts[1], p.n) || !parse_number(parts[2], p.r) || !parse_number(parts[3], p.p)) return false;
    // Refuse absurd parameters from a tampered row instead of allocating GiBs.
    if (p.n < 2 || p.n > (1u << 20) || (p.n & (p.n - 1)) != 0 || p.r == 0 || p.r > 32 || p.p == 0 || p.p > 16)
        return false;
    const std::string salt = base64_decode(parts[4]);
    const std::string expected = base64_decode(parts[5]);
    if (salt.empty() || expected.empty()) return false;
    try {
        return constant_time_equals(scrypt(password, salt, p, expected.size()), expected);
    } catch (const std::exception&) {
        return false;
    }
}

bool needs_rehash(std::string_view stored, const ScryptParams& current) {
    const auto parts = split(stored, '$');
    if (parts.size() != 6) return true;
    ScryptParams p;
    if (!parse_number(parts[1], p.n) || !parse_number(parts[2], p.r) || !parse_number(parts[3], p.p)) return true;
    return p.n < current.n || p.r < current.r || p.p < current.p;
}

}  // namespace pakn::server::crypto
