// The one catalogue of error codes and their Vietnamese messages. Client and
// server show the same words for the same mistake because both read this table.
#pragma once

#include <string>
#include <string_view>

namespace pakn {

// Vietnamese message for a stable error code; a generic message for an
// unknown code (never empty, never the code itself).
std::string_view message_for(std::string_view code);

// True when `code` has its own entry in the catalogue.
bool is_known_code(std::string_view code);

// The message for `code` with its "{n}" placeholder replaced by `n`
// ("Vui lòng chờ 42 giây ...").
std::string format_message(std::string_view code, long long n);

}  // namespace pakn
