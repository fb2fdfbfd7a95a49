// A zip archive written in memory (PKWARE APPNOTE 6.3: local headers, the
// central directory, the end record; deflate through zlib). Enough for the
// Office Open XML files the exports produce; no zip64, so an archive and
// each part stay below 4 GiB (exports are capped far below that).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pakn::server {

class ZipWriter {
public:
    // Adds `name` (UTF-8, "/" separated) holding `bytes`, deflated.
    void add(std::string_view name, std::string_view bytes);
    // The whole archive; the writer is spent afterwards.
    std::string finish();

private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0, compressed = 0, size = 0, offset = 0;
    };
    static void put_common(std::string& out, const Entry& e);

    std::string out_;
    std::vector<Entry> entries_;
};

// The CRC-32 zip and PNG use (zlib's).
std::uint32_t crc32_of(std::string_view bytes);

}  // namespace pakn::server
