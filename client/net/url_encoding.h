// Percent-encoding of what the client puts into URLs: API paths and the
// screens' own paths (the screen table builds those, app/screens.h).
// Client-local until the shared encoder (pakn/url.h, issue 12 item 7)
// replaces it.
#pragma once

#include <string>
#include <string_view>

namespace pakn::client::net {

// A query value: UTF-8 bytes %-encoded except unreserved characters and
// '/', so a return path stays readable ("/tra-cuu%3Fma%3DA").
std::string encode_query_value(std::string_view value);
// A path segment (an id in an API path): only unreserved characters kept.
std::string encode_path_segment(std::string_view segment);

}  // namespace pakn::client::net
