// What a storage failure looks like above the store: the HTTP edge turns it
// into a logged 500 (or 507 when the disk is full) whose body says nothing
// internal, without knowing which database the store uses.
#pragma once

#include <stdexcept>
#include <string>

namespace pakn::server {

struct StorageError : std::runtime_error {
    StorageError(const std::string& what, bool disk_full) : std::runtime_error(what), disk_full_(disk_full) {}
    // True when the write failed for lack of space (disk or database size cap).
    bool disk_full() const { return disk_full_; }

private:
    bool disk_full_;
};

}  // namespace pakn::server
