// The database file as a whole: an online copy (consistent while the server
// runs, other writers continue) and an integrity check of any copy.
#pragma once

#include <string>

namespace pakn::server::store {

// Copies the live database at `from` into `to` page by page; false with
// `error` set when it could not.
bool copy_database_online(const std::string& from, const std::string& to, std::string& error);
// PRAGMA integrity_check on the file at `path` == "ok" (false when unreadable).
bool database_intact(const std::string& path);

}  // namespace pakn::server::store
