// Backup and restore of a PAKN data folder: the SQLite database through
// SQLite's online backup API (consistent while the server runs) and the
// content-addressed attachment files (immutable, so copying them after the
// database snapshot captures every file the snapshot refers to).
#pragma once

#include <string>

namespace pakn::server {

struct BackupResult {
    bool ok = false;
    std::string message;  // Vietnamese, for the operator
    long long files = 0;
    long long bytes = 0;
};

// Writes <dest>/pakn.db, <dest>/files/... and <dest>/manifest.json.
BackupResult backup_data(const std::string& data_dir, const std::string& dest_dir);
// Restores a backup into `data_dir` (the server must be stopped); refuses to
// overwrite an existing database unless `force`.
BackupResult restore_data(const std::string& backup_dir, const std::string& data_dir, bool force);

}  // namespace pakn::server
