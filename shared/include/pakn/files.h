// Attachment rules shared by the browser (checks before uploading) and the
// server (which decides again, from the bytes): accepted types by content
// (magic bytes), size limits, safe display names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pakn {

enum class FileKind { image, video, document };

struct FileType {
    std::string_view mime;       // "image/jpeg"
    std::string_view extension;  // ".jpg"
    FileKind kind;
};

// Bytes needed from the start of a file to decide its type (ZIP-based
// office documents are recognised from their first entry names).
inline constexpr std::size_t kSniffBytes = 4096;
inline constexpr int kMaxAttachmentsPerReport = 5;
inline constexpr std::int64_t kMaxImageOrDocumentBytes = 20ll << 20;  // 20 MiB
inline constexpr std::int64_t kMaxVideoBytes = 100ll << 20;           // 100 MiB
// Uploads larger than this go in chunks of this size.
inline constexpr std::int64_t kUploadChunkBytes = 4ll << 20;

// The type of a file from its first bytes: JPEG, PNG, WebP, HEIC, MP4, MOV,
// PDF, DOCX, XLSX; nullopt for anything else (including renamed files).
std::optional<FileType> sniff_file_type(std::string_view head);

// Size limit for a kind.
std::int64_t max_bytes(FileKind kind);
std::string_view to_string(FileKind kind);

// A display name safe to store and to send in Content-Disposition: NFC,
// no path parts, no control or quote characters, none the app's fonts cannot
// draw (is_drawable: emoji, U+FFFD for bad bytes), at most 120 characters,
// the extension of the detected type; "tep-dinh-kem" + extension if empty.
std::string safe_file_name(std::string_view name, const FileType& type);

// Error code for a rejected upload ("" when fine): unsupported_file_type,
// file_too_large, empty_file.
std::string_view check_upload(const std::optional<FileType>& type, std::int64_t size);

}  // namespace pakn
