// Cryptographic helpers on OpenSSL: random tokens, SHA-256, scrypt password
// hashes with their parameters stored beside them, constant-time compare.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pakn::server::crypto {

// `n` bytes from OpenSSL's CSPRNG (aborts the request if it fails).
std::string random_bytes(std::size_t n);
// 256-bit token as 64 lowercase hex characters (session cookies).
std::string random_token();
// `digits` random decimal digits, uniformly distributed (OTP codes).
std::string random_digits(int digits);
// Uniform integer in [lo, hi].
int random_int(int lo, int hi);

std::string hex(std::string_view bytes);
std::string sha256_hex(std::string_view data);
std::string base64_encode(std::string_view bytes);
// Empty on malformed input.
std::string base64_decode(std::string_view text);

// True when equal, in time independent of where they differ.
bool constant_time_equals(std::string_view a, std::string_view b);

// scrypt parameters; stored with every hash so they can be raised later.
struct ScryptParams {
    std::uint64_t n = 1u << 15;  // CPU/memory cost (32 MiB with r = 8)
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};
// "scrypt$N$r$p$<salt b64>$<hash b64>" with a fresh 16-byte salt.
std::string hash_password(std::string_view password, const ScryptParams& params = {});
// True when `password` matches `stored`; false for malformed hashes.
bool verify_password(std::string_view password, std::string_view stored);
// True when `stored` used weaker parameters than `current` (rehash on login).
bool needs_rehash(std::string_view stored, const ScryptParams& current = {});

}  // namespace pakn::server::crypto
