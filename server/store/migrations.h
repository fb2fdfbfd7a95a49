// Numbered schema migrations, embedded in the binary from
// server/store/migrations/NNNN_name.sql and applied in order at start.
#pragma once

#include <span>
#include <string_view>

namespace pakn::server::store {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// All migrations in ascending version order (generated at build time).
std::span<const Migration> migrations();

}  // namespace pakn::server::store
