// Percent-encoding (RFC 3986) for paths, query strings and header values: the
// one encoder and the one pair of decoders that the client, the server and
// the SMS gateway share, so that what one side writes the other reads back.
// Pure; nothing here throws.
//
// [SECTION] index: encoding, decoding, query strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pakn {

// [SECTION] encoding

// True for RFC 3986's unreserved characters, A-Z a-z 0-9 - . _ ~, which are
// never encoded.
bool is_unreserved(char c) noexcept;

// `s` with every byte outside the unreserved set written as %XX (upper-case
// hex): safe as a path segment, a query key or value, or an RFC 8187 header
// value (filename*=UTF-8''...). "Đà Lạt & co" -> "%C4%90%C3%A0%20L%E1%BA%A1t%20%26%20co".
std::string percent_encode(std::string_view s);

// As percent_encode, keeping '/': a local path carried in a query value stays
// readable ("/can-bo?page=2" -> "/can-bo%3Fpage%3D2").
std::string percent_encode_path(std::string_view s);

// Appends "key=value", both percent-encoded, to a query string (after '&'
// unless `query` is empty).
void append_query_pair(std::string& query, std::string_view key, std::string_view value);

// [SECTION] decoding

// `s` with every %XX (either case) replaced by its byte; '+' stays '+'.
// nullopt when a '%' is not followed by two hex digits ("%G1", "%4", "%").
// For path segments and header values.
std::optional<std::string> percent_decode(std::string_view s);

// As percent_decode, and '+' is a space (HTML forms' encoding): for query
// keys and values. "%2B" is still '+'.
std::optional<std::string> form_decode(std::string_view s);

// [SECTION] query strings

// Decoded query pairs, in order (a key may repeat).
using QueryParams = std::vector<std::pair<std::string, std::string>>;

// "a=1&b=%C4%91+x" -> {{"a","1"},{"b","đ x"}}: split on '&'; the first '='
// splits key from value (none: the value is ""); both form_decoded. Empty
// items and items with a bad escape are skipped, so client and server see
// the same pairs. The bytes are not checked for UTF-8 here; the field rules do it.
QueryParams parse_query_string(std::string_view query);

}  // namespace pakn
