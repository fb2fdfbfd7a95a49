#include "base/disk.h"

#include <sys/statvfs.h>

#include <algorithm>

namespace pakn::server {

std::optional<DiskSpace> disk_space(const std::string& path) {
    struct statvfs s {};
    if (::statvfs(path.c_str(), &s) != 0) return std::nullopt;
    const std::uint64_t unit = s.f_frsize ? s.f_frsize : s.f_bsize;
    return DiskSpace{static_cast<std::uint64_t>(s.f_bavail) * unit, static_cast<std::uint64_t>(s.f_blocks) * unit};
}

std::uint64_t disk_floor(const DiskSpace& space, std::uint64_t floor_bytes, int floor_percent) {
    const std::uint64_t share = space.total / 100 * static_cast<std::uint64_t>(std::clamp(floor_percent, 0, 100));
    return std::max(floor_bytes, share);
}

}  // namespace pakn::server
