#include "support/zip_reader.h"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace pakn::test {
namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
    if (at + 2 > b.size()) throw std::runtime_error("zip: read past the end");
    return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}
std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | u16(b, at + 2) << 16; }

std::string inflate_raw(std::string_view in, std::size_t size) {
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) throw std::runtime_error("zip: inflateInit2");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const auto produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != size) throw std::runtime_error("zip: bad deflate stream");
    return out;
}

}  // namespace

std::map<std::string, std::string> unzip_parts(std::string_view b) {
    if (b.size() < 22) throw std::runtime_error("zip: too short");
    const std::size_t end = b.size() - 22;  // no archive comment is written
    if (u32(b, end) != 0x06054b50) throw std::runtime_error("zip: no end record");
    const std::uint32_t count = u16(b, end + 10);
    std::size_t at = u32(b, end + 16);
    std::map<std::string, std::string> parts;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (u32(b, at) != 0x02014b50) throw std::runtime_error("zip: bad central header");
        const std::uint32_t method = u16(b, at + 10), crc = u32(b, at + 16), packed = u32(b, at + 20),
                            size = u32(b, at + 24), name_len = u16(b, at + 28), extra = u16(b, at + 30),
                            comment = u16(b, at + 32), local = u32(b, at + 42);
        const std::string name(b.substr(at + 46, name_len));
        if (u32(b, local) != 0x04034b50) throw std::runtime_error("zip: bad local header for " + name);
        const std::size_t data = local + 30 + u16(b, local + 26) + u16(b, local + 28);
        if (data + packed > b.size()) throw std::runtime_error("zip: data outside the archive");
        std::string bytes = method == 8 ? inflate_raw(b.substr(data, packed), size) : std::string(b.substr(data, packed));
        if (bytes.size() != size) throw std::runtime_error("zip: size mismatch in " + name);
        if (::crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())) != crc)
            throw std::runtime_error("zip: CRC mismatch in " + name);
        parts[name] = std::move(bytes);
        at += 46 + name_len + extra + comment;
    }
    return parts;
}

}  // namespace pakn::test
