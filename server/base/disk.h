// Free space on the file system that holds the data folder, so the services
// can stop taking files before the disk fills (the database needs room to
// commit, and a full disk stops every write, not only uploads).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pakn::server {

struct DiskSpace {
    std::uint64_t available = 0;  // bytes this process may still write (statvfs f_bavail)
    std::uint64_t total = 0;      // size of the file system
};

// The space of the file system holding `path`; nullopt when it cannot be read.
std::optional<DiskSpace> disk_space(const std::string& path);

// The free space to keep: the larger of `floor_bytes` and `floor_percent` of
// the file system's size.
std::uint64_t disk_floor(const DiskSpace& space, std::uint64_t floor_bytes, int floor_percent);

}  // namespace pakn::server
