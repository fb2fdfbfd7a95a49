#include "base/zip.h"

#include <zlib.h>

#include <stdexcept>

namespace pakn::server {
namespace {

// All parts carry the same fixed time (1 Jan 2020, 00:00, MS-DOS format):
// the bytes of an export then depend only on its data, which tests rely on.
constexpr std::uint16_t kDosTime = 0;
constexpr std::uint16_t kDosDate = ((2020 - 1980) << 9) | (1 << 5) | 1;
constexpr std::uint16_t kUtf8Names = 0x0800;  // general purpose flag bit 11
constexpr std::uint16_t kDeflate = 8;
constexpr std::uint16_t kVersion = 20;

void put16(std::string& out, std::uint32_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// Raw deflate (no zlib header), as zip stores it.
std::string deflate_raw(std::string_view in) {
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out(deflateBound(&z, static_cast<uLong>(in.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
    return out;
}

}  // namespace

// The fields local and central headers share, from "version needed" to the
// name's length.
void ZipWriter::put_common(std::string& out, const Entry& e) {
    put16(out, kVersion);
    put16(out, kUtf8Names);
    put16(out, kDeflate);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, e.crc);
    put32(out, e.compressed);
    put32(out, e.size);
    put16(out, static_cast<std::uint32_t>(e.name.size()));
}

std::uint32_t crc32_of(std::string_view bytes) {
    return static_cast<std::uint32_t>(
        ::crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

void ZipWriter::add(std::string_view name, std::string_view bytes) {
    Entry e;
    e.name = std::string(name);
    e.crc = crc32_of(bytes);
    e.size = static_cast<std::uint32_t>(bytes.size());
    e.offset = static_cast<std::uint32_t>(out_.size());
    const std::string packed = deflate_raw(bytes);
    e.compressed = static_cast<std::uint32_t>(packed.size());
    put32(out_, 0x04034b50);
    put_common(out_, e);
    put16(out_, 0);  // no extra field
    out_ += e.name;
    out_ += packed;
    entries_.push_back(std::move(e));
}

std::string ZipWriter::finish() {
    const auto directory_at = static_cast<std::uint32_t>(out_.size());
    for (const Entry& e : entries_) {
        put32(out_, 0x02014b50);
        put16(out_, kVersion);  // made by
        put_common(out_, e);
        put16(out_, 0);  // extra
        put16(out_, 0);  // comment
        put16(out_, 0);  // disk
        put16(out_, 0);  // internal attributes
        put32(out_, 0);  // external attributes
        put32(out_, e.offset);
        out_ += e.name;
    }
    const auto directory_size = static_cast<std::uint32_t>(out_.size()) - directory_at;
    put32(out_, 0x06054b50);
    put16(out_, 0);
    put16(out_, 0);
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put32(out_, directory_size);
    put32(out_, directory_at);
    put16(out_, 0);  // comment length
    entries_.clear();
    return std::move(out_);
}

}  // namespace pakn::server
